"""Build the v52 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v52/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v52: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or its benchmark results) and without running it on these texts, and is committed before
the next round of detector changes; it is scored once, at the end of that round.  Rules, labels
and corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every
label), with v7's quota.  It was written at the same time as other sets by different hands, with
topics taken mainly from lighthouse keeping, mushroom foraging, watch repair, rainwater
harvesting, orienteering and felt making, so that the sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why rainwater tastes flat, the distance between orienteering controls with
      `geopy.distance.geodesic` in Spyder, a felt maker rolling wool in her shed at dusk
      (literary), changing a quartz watch battery, a kit list for a first orienteering event
      ("Sure!"), Grace Darling and the wreck of the Forfarshire (1838), hen of the woods
      (maitake) fried in butter, an e-mail from an allotment society about a rain barrel scheme;
  fr: why wool felts (the scales of the fibres), counting the tips of a tipping-bucket rain
      gauge with MicroPython on an ESP32 (`machine.Pin`, `pin.irq`, `time.ticks_ms`, Thonny),
      an old forager at dawn in a foggy beech wood (literary), installing a rainwater tank in
      a garden, reading an orienteering map ("Bien sûr !"), the building of the Ar-Men
      lighthouse (1867-1881), girolles en persillade, orienteering versus trail running, a
      letter to a watchmaker asking for a quote for a grandfather's pocket watch;
  es: why each lighthouse has its own light characteristic, reading GPX tracks of orienteering
      runs with `gpxpy` (`gpxpy.parse`, `length_3d`, `get_moving_data`, PyCharm), a woman on
      Lanzarote listening to the rain fill her cistern at night (literary), collecting
      rainwater on a balcony, five edible mushrooms easy to recognise in Spain ("¡Claro!"),
      the Tower of Hercules in A Coruña (Trajan, Gaius Sevius Lupus, Giannini's restoration),
      revuelto de níscalos, map and compass versus a navigation watch, an e-mail to a watch
      shop about a battery, a strap and a fogged-up watch;
  de: why felt does not fray, a cistern level sensor with ESPHome and Home Assistant
      (`platform: ultrasonic`, `lambda` and `median` filters), a night orienteering race in a
      spruce forest (literary), cleaning a rain barrel in spring, five rules for mushroom
      picking ("Klar!"), how watchmaking came to Glashütte (Ferdinand Adolph Lange, 1845),
      breaded cauliflower fungus (Krause Glucke), underground cistern versus rain barrel, a
      letter to an orienteering club about a trial training, the initial bearing between two
      controls with `atan2` (algorithm), how an automatic watch winds itself, why lighthouses
      no longer need keepers;
  it: why lighthouses are painted with stripes (daymarks), a tipping-bucket rain gauge on
      Arduino (`attachInterrupt`, `millis`, `volatile`, Arduino IDE), a watchmaker's tiny shop
      in Via Garibaldi remembered by a child (literary), wet-felting a wool ball with children,
      tips for a first city sprint orienteering race ("Certo!"), the Lanterna of Genoa (1543),
      Caesar's mushroom salad (insalata di ovoli), a second-hand mechanical watch versus a new
      one, an e-mail to a mycological inspectorate asking about having mushrooms checked;
  pt: magnetic declination and orienteering maps, a yearly rainwater estimate for a roof in
      Node.js (`fs.readFileSync`, `reduce`, `Math.min`, `console.table`, WebStorm), a
      lighthouse keeper's daughter climbing the tower at sunset (literary), drying wild
      mushrooms, five tips for a first orienteering race ("Claro!"), the felt-hat industry of
      São João da Madeira and its Museu da Chapelaria, wild mushroom rice, a smartwatch versus
      a mechanical watch, an e-mail to a town hall about the rules for a buried rainwater
      cistern.

The hard negatives are new too, six per judged language: words the language itself writes as
one, mostly topic words that look like two short words joined (downspout, mainspring,
hairspring, headlamp, checkpoint, cobweb, gumboots, moorland, windswept, earthstar, inkcap,
fieldcraft, birdsong, catchment, seashore, kingfisher, rooftop, rainfall, timepiece, backpack,
bootlace, tussock, hillock, anthill, dewpond, standpipe, raincoat, keyless; coulemelle,
pleurote, girolle, trompette-de-la-mort, tue-mouches, pied-bleu, garde-temps, remontoir,
chronographe, contre-pivot, feutrine, feutrier, pare-pluie, terre-plein, presse-étoupe,
cul-de-sac, crève-cœur, pot-pourri, haut-le-cœur, lave-glace; farero, relojero, setero,
micólogo, rebollón, bajante, canalón, aguacero, paragolpes, cubrepiés, entreacto, pordiosero;
allerwegen, anderenorts, ausnahmslos, behufs, angesichts, nachmals, derenthalben, Fliegenpilz,
Hallimasch, Schopftintling, Herbsttrompete, Ankerhemmung, and the long compounds
Regenwassernutzungsanlage, Uhrmachermeisterwerkstatt, Orientierungslaufweltmeisterschaft,
Filzpantoffelmanufaktur; fanalista, orologiaio, micologo, cercafunghi, fungaiolo, grondaia,
pluviale, feltraio, orientista, portafinestra, malinteso, buonumore, sottaceto, doposcuola,
bilanciere, scappamento, ingranaggio, lancetta, tuttotondo, senzatetto; faroleiro, relojoeiro,
cogumeleiro, caleira, algeroz, chapeleiro, orientista, tortulho, míscaro, sancha, cantarelo,
guarda-rios, guarda-noturno, lava-louça, saca-trapo, pão-duro), tool and brand names in lower
case in prose (xh, xsv, ouch, rathole, zrok, rainfrog, kondo, todoman, kiwix, silverbullet,
diskonaut, taskell, vegeta, anytype), code identifiers in snake_case and camelCase and dotted
names, URLs, e-mail addresses, hashtags and @handles, German long compounds and particle verbs
(with zu inside: aufzufangen, einzusammeln, auszuschwemmen, herauszudrehen, anzufeuchten),
clitics and elisions (apporte-les-y, mets-l'y; tráetela, sécalas, guárdanoslas, recógemelas,
démosela; riportamelo, smontatelo, sistemamelo, cercatevelo, mandaglieli, tenetevela;
di-lo-ia, dir-te-ei, mandem-nas, trá-la-emos, pô-los, dá-las, escrevê-la-ia), names of people
and places, and informal spellings (kiddo, bickie, mozzie, dinnae, cannae, wouldnae, bants,
mithered; toubib, reum, zehef, gadjo, chanmax, dacc, qqn; escuincle, chilango, apapachar,
chiripa, msj, mande, guagua, asere, jeva, tuanis, mae, diay, maje, luca, birra; gsd, sry, lg,
klaro, alde, sauber; regà, coatto, burino, tirchio, pirla, ammorbare, cumpà, jamme, addò, ajò,
nnt, cmnq, qlcs; beto, pfvr, cmg, agr, rsrs, visse, arretado, piá, trilegal, sô,
trem); and texts in languages the detector does not judge (Purepecha, Mezquital Otomi,
Isthmus Zapotec, Mixtec, Mazatec, Totonac, Huastec (Wastek), Nheengatu), some with a glue in
them, which must get no word finding at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
import integrity_common as common  # noqa: E402

QUOTA = {"ff": 4, "fc": 5, "cc": 3, "rare": 3, "split": 7}

HARD_NEGATIVES = {
    "en": [
        "Rain ran off the rooftop, down the downspout and into the tank, and the rainfall gauge by the "
        "standpipe showed more in one night than in all of springtime; the whole catchment was soaked, so "
        "we pulled on gumboots and a raincoat before crossing the moorland to the dewpond.",
        "Every control on the windswept fell was a checkpoint of sorts: a tussock, a hillock, an anthill. "
        "With a headlamp, a backpack and a spare bootlace I learned more fieldcraft in one night than in a "
        "year of reading, while a kingfisher flashed along the seashore and birdsong started before dawn.",
        "The old timepiece was keyless, but the mainspring had lost its set and the hairspring was tangled "
        "like a cobweb; under the oak we had found an earthstar and a shaggy inkcap, and the repairer "
        "laughed that the belt of his lathe was older than both of us.",
        "At home I fire requests at the API with xh, slice the CSV of finds with xsv, unpack the archives "
        "with ouch, expose the rain gauge through rathole or zrok, browse the database in rainfrog, clean "
        "old build folders with kondo, keep tasks in todoman and taskell, read offline pages in kiwix and "
        "take notes in silverbullet.",
        "The script calls read_tipping_bucket, passes the count to convertTipsToMillimetres and then to "
        "gauge.storage.daily_totals.append_row; settings.debounce_window_ms is read once in "
        "sensors/rain_gauge_reader.py. The notes are at https://wiki.example.org/2027/rain-gauge/wiring#reed "
        "and questions go to rain-gauge@example.org or @gauge_ifeoluwa. #rainwater #citizenscience",
        "Ifeoluwa Adebanjo and Torquil MacAskill drove from Ullapool to Lochinver, then on to Achiltibuie "
        "with Perpetua Nwachukwu-Beaumont. Kiddo, grab a bickie and mind the mozzie; we dinnae have time, "
        "the ferry cannae wait and I wouldnae risk it. Great bants, though, and nobody was mithered.",
    ],
    "fr": [
        "Dans la hêtraie, elle ramassa une coulemelle, deux pleurotes, une girolle et une poignée de "
        "trompette-de-la-mort, mais laissa l'amanite tue-mouches et ne trouva aucun pied-bleu ; au retour, "
        "le terre-plein devant la maison servait de séchoir, sous un pare-pluie tendu entre deux piquets.",
        "L'horloger démonta le remontoir du chronographe, vérifia chaque contre-pivot et posa le garde-temps "
        "sur une feutrine verte ; à côté, le feutrier comptait ses plaques, et le presse-étoupe de la pompe "
        "fuyait encore au fond de l'atelier, au bout du cul-de-sac.",
        "Chez moi, xh interroge l'API, xsv découpe le fichier des relevés, ouch décompresse les archives, "
        "rathole et zrok exposent le pluviomètre, rainfrog sert à parcourir la base, kondo nettoie les vieux "
        "dossiers de compilation et todoman garde la liste des tâches.",
        "Le script appelle lire_auget_basculant, passe le total à convertirBasculementsEnMillimetres puis à "
        "pluviometre.stockage.cumuls.ajouter_ligne ; reglages.fenetre_rebond_ms est lu une fois dans "
        "capteurs/lecteur_pluviometre.py. Le schéma est sur https://wiki.exemple.fr/2027/pluviometre/cablage#ils, "
        "les questions vont à pluviometre@exemple.fr ou à @pluie_gwendoline. #eaudepluie #meteo",
        "Apporte-les-y demain, et mets-l'y toi-même si tu peux : Gwendoline et Aurélien partent de "
        "Plouguerneau pour Lanildut, puis pour Saint-Pabu chez Hervéline Le Goasguen. Crève-cœur et "
        "haut-le-cœur à la fois, ce pot-pourri de départs ; le lave-glace de la voiture est encore vide.",
        "Non, sérieux : le toubib a dit repos, la reum est d'accord, dacc ? Zehef, le gadjo a ramené "
        "sa guitare, c'était chanmax, et qqn doit rappeler Sofiane ce soir.",
    ],
    "es": [
        "El farero subía cada tarde a la linterna, el relojero del pueblo le arreglaba el reloj del faro y "
        "un setero de Almazán, micólogo aficionado, le traía rebollones en otoño; cuando caía un aguacero, el "
        "agua bajaba por la bajante y el canalón se desbordaba.",
        "En el entreacto, un pordiosero pidió junto al paragolpes de un coche, mientras la señora, con un "
        "cubrepiés sobre las rodillas, contaba la birra que se había tomado su sobrino en Cuenca.",
        "En casa uso xh para probar la API, xsv para recortar el fichero de lluvias, ouch para descomprimir, "
        "rathole y zrok para exponer el pluviómetro, rainfrog para ver la base de datos, kondo para limpiar "
        "carpetas y todoman para las tareas.",
        "El programa llama a leer_cubeta_basculante, pasa el total a convertirBasculacionesEnMilimetros y "
        "luego a pluviometro.almacen.totales_diarios.anadir_fila; ajustes.ventana_rebote_ms se lee una vez en "
        "sensores/lector_pluviometro.py. El esquema está en https://wiki.ejemplo.es/2027/pluviometro/cableado#reed, "
        "y las dudas, a pluviometro@ejemplo.es o a @lluvia_maitane. #aguadelluvia #meteo",
        "Tráetela mañana, sécalas al sol y guárdanoslas en el tarro; luego recógemelas del tendedero y "
        "démosela a Maitane, que vuelve de Navarrete a Ezcaray con Telesforo Iturralde y Rocío Zubizarreta.",
        "Qué chiripa: ese escuincle chilango solo quería apapachar al perro. ¿Mande? Msj al rato. "
        "Asere, la jeva llegó en la guagua; tuanis, mae, diay, todo bien, maje, y me costó una luca.",
    ],
    "de": [
        "Allerwegen wuchsen Fliegenpilz und Hallimasch, anderenorts standen Schopftintling und "
        "Herbsttrompete; ausnahmslos alle Sammler brachten angesichts der Menge ihren Korb behufs Prüfung "
        "zur Beratung, und nachmals erzählte man derenthalben noch Jahre davon.",
        "Die Regenwassernutzungsanlage, die Uhrmachermeisterwerkstatt und die "
        "Filzpantoffelmanufaktur haben vor, im Frühjahr anzufangen, das Dachwasser aufzufangen, alte Uhren "
        "einzusammeln und die Wolle anzufeuchten, bevor die Orientierungslaufweltmeisterschaft beginnt.",
        "Der Uhrmacher versuchte, die Krone herauszudrehen und den Schmutz aus der Ankerhemmung "
        "auszuschwemmen, ohne das Werk ganz zu zerlegen, was ihm nach einer Stunde auch gelang.",
        "Zu Hause teste ich die API mit xh, schneide die Regendaten mit xsv zu, entpacke Archive mit ouch, "
        "mache den Regenmesser mit rathole oder zrok erreichbar, schaue mit rainfrog in die Datenbank, "
        "räume alte Build-Ordner mit kondo auf und verwalte Aufgaben mit todoman.",
        "Das Skript ruft read_tipping_bucket auf, übergibt die Zahl an convertTipsToMillimetres und dann an "
        "gauge.storage.daily_totals.append_row; settings.debounce_window_ms wird einmal in "
        "sensors/rain_gauge_reader.py gelesen. Der Schaltplan liegt unter "
        "https://doku.beispiel.de/2027/regenmesser/verdrahtung#reed, Fragen an regenmesser@beispiel.de oder an "
        "@regen_wiebke. #regenwasser #wetter",
        "Klaro, gsd hat's geklappt, sry für die Verspätung, lg Wiebke. Alde, das war sauber! Hinnerk und "
        "Ottilie Brodersen kommen aus Husum, Wenzel Przybilla aus Cottbus, und wir treffen uns in Tönning.",
    ],
    "it": [
        "Il fanalista aveva un amico orologiaio e uno zio micologo, e ogni autunno un fungaiolo del paese, "
        "cercafunghi da sempre, gli portava porcini; quando pioveva, la grondaia e il pluviale traboccavano "
        "e l'acqua entrava dalla portafinestra della cucina.",
        "Il feltraio lavorava la lana a tuttotondo, mentre l'orientista del gruppo, per un malinteso, si era "
        "presentato al doposcuola con un vaso di sottaceto; lui però era di buonumore e regalò una coperta a "
        "un senzatetto della piazza.",
        "L'orologiaio controllò il bilanciere, lo scappamento e ogni ingranaggio, poi rimise la lancetta dei "
        "minuti al suo posto. Riportamelo sabato, smontatelo pure se serve, sistemamelo per bene; e voi, "
        "cercatevelo da soli, mandaglieli domani e tenetevela stretta.",
        "A casa provo le API con xh, taglio i dati della pioggia con xsv, apro gli archivi con ouch, "
        "espongo il pluviometro con rathole o zrok, guardo il database con rainfrog, pulisco le vecchie "
        "cartelle con kondo e tengo le cose da fare in todoman.",
        "Lo script chiama leggi_bascula_pluviometro, passa il totale a convertiBasculateInMillimetri e poi a "
        "pluviometro.archivio.totali_giornalieri.aggiungi_riga; impostazioni.finestra_rimbalzo_ms viene letto "
        "una volta in sensori/lettore_pluviometro.py. Lo schema è su "
        "https://wiki.esempio.it/2027/pluviometro/cablaggio#reed, le domande a pluviometro@esempio.it o a "
        "@pioggia_ludovica. #acquapiovana #meteo",
        "Regà, quel coatto burino e tirchio è un pirla, mi ha fatto ammorbare tutta la sera; cumpà, jamme, "
        "addò vai? Ajò, nnt di nuovo, cmnq qlcs si trova, la tipa rideva e il fratello era sbronzo. "
        "Ludovica e Tancredi tornano da Pellestrina a Sottomarina con Ermenegilda Scarpa.",
    ],
    "pt": [
        "O faroleiro tinha um irmão relojoeiro e um vizinho cogumeleiro que lhe trazia tortulhos, míscaros, "
        "sanchas e cantarelos; quando chovia, a caleira e o algeroz transbordavam, e um guarda-rios pousava "
        "no muro do quintal.",
        "O chapeleiro falou com o guarda-noturno, um orientista que vendia lava-louça no mercado e que "
        "todos chamavam pão-duro, enquanto o rapaz arrumava o saca-trapo da velha espingarda.",
        "Di-lo-ia se soubesse; dir-te-ei no domingo. Mandem-nas pelo correio, trá-la-emos no sábado, pô-los "
        "ao sol e dá-las à avó, que escrevê-la-ia ela própria se pudesse.",
        "Em casa testo a API com o xh, corto os dados da chuva com o xsv, abro os arquivos com o ouch, "
        "exponho o pluviómetro com o rathole ou o zrok, vejo a base de dados no rainfrog, limpo pastas "
        "antigas com o kondo e guardo as tarefas no todoman.",
        "O programa chama ler_balde_basculante, passa o total a converterBasculacoesEmMilimetros e depois a "
        "pluviometro.armazem.totais_diarios.acrescentar_linha; definicoes.janela_ressalto_ms é lido uma vez "
        "em sensores/leitor_pluviometro.py. O esquema está em "
        "https://wiki.exemplo.pt/2027/pluviometro/ligacoes#reed, as dúvidas vão para pluviometro@exemplo.pt "
        "ou para @chuva_iracema. #aguadachuva #meteo",
        "Sô, esse trem é trilegal, piá! Visse? Arretado! Beto vem cmg agr, pfvr não te atrases, rsrs. "
        "Iracema e Joaquim Ventura vêm de Arcos de Valdevez para Ponte da Barca.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "tsz": ["Juchari nana k'eri itsïni jatsisïndi ka tataka uandasïndi juchari uandakuarhu. Ima ireta "
            "Tsintsuntsani sésijarhasti."],
    "ote": ["Ra hyadi bi mpäbi ne ya jä'i bi ma ha ra 'bonthi. Ra dehe di ehe ndunthi ha ra zänä nuya, "
            "jamadi."],
    "zai": ["Nisaguie bieque ndaani' guidxi Juchitán ne guiráʼ binni nayecheʼ. Xquixe pe' lii, "
            "bichiʼ, nabé galán."],
    "mix": ["Ñuu savi kúu ñuu yo'o, ta kánda'vi ñayiví xi'in savi. Tu'un savi ka'ánna nda'a ñayiví."],
    "mau": ["Chjota enima tsakatsen nandá kjoa, ko nise kjoa'ño chjota xi tjín ndi'ya."],
    "top": ["Xanat tlan smukuka chu chichini lhuwatlan lakaskin. Paxkatkatsini, kinchik tlan."],
    "hus": ["An ja' u k'wajat tin tsabal ani an k'ichaj u tsu'ul tam. Ku tsalpayal, tének."],
    "yrl": ["Kuíri amana uuri paranã kiti, yané rukena upé. Miraitá usu ukaa rupi, kuarasiusika."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v52", QUOTA, HARD_NEGATIVES, "neg52")
    print(common.write_set(HERE, recs))
