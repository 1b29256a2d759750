"""Build the v45 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v45/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v45: v44 and the sets before it are scored once at the end of their round and are tuning
sets from then on.  This set was written (without looking at the detector's rules or running it
on these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.  It was
written at the same time as v44, v46 and v47 by different hands, on other topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from salt pans, wooden boatbuilding, tango, solar ovens, mycology forays and street lighting,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why salt crystals grow as hollow hopper pyramids on an evaporation pond, switching a path
      light at dusk and dawn with `astral` and `gpiozero` on a Raspberry Pi, a tango teacher
      dancing alone in the empty studio (literary), building a cardboard box solar oven, a
      checklist for a first mushroom foray ("Sure!"), Frederick Winsor and gas lamps in Pall
      Mall (1807), chanterelles on toast, an e-mail asking for a place on a clinker
      boatbuilding course;
  fr: why a dried-out wooden boat leaks and then swells tight, tango tandas in Python
      (`random.sample`, `itertools.cycle`, an .m3u file for VLC), a lamplighter at dusk
      (literary), a first outing with a mycological society, dishes for a solar oven ("Bien
      sûr !"), the royal saltworks of Arc-et-Senans, omelette aux girolles, group versus private
      tango lessons, a letter to the mayor about switching off street lights at night;
  es: why brine springs rise in the Valle Salado de Añana, a dusk-switched garden lamp with an
      ESP32 and a photoresistor (Arduino IDE, `analogRead`, hysteresis), an old couple at a
      milonga in San Telmo (literary), a mushroom day in the pine woods of Soria, materials for
      a box solar oven with pupils ("¡Claro!"), gas street lighting in Barcelona (1842), papas
      arrugadas con mojo picón, wooden versus fibreglass boats, an e-mail to a tango school;
  de: why sodium street lamps are orange, logging a solar cooker with pandas (`read_csv`,
      `resample`, Jupyter), an old boatbuilder steaming planks on the Schlei (literary), rules
      for a first mushroom walk, five tango orchestras to start with ("Klar!"), the Lüneburg
      saline and the Hanse, Rahmschwammerl mit Semmelknödeln, box versus parabolic solar
      cookers, a letter to the town about a flickering street lamp, putting tandas in order
      with backtracking (algorithm), how a graduation tower (Gradierwerk) works, why the fly
      agaric has white spots;
  it: why Cervia salt is "sweet", summing up foray records with `csv.DictReader` and
      `collections.Counter` (Visual Studio Code), a maestro d'ascia planing a gozzo in
      Viareggio (literary), a first milonga, using a solar oven when camping ("Certo!"), the
      Santa Radegonda power station and electric light in Milan (1883), porcini trifolati, a
      wooden gozzo versus an inflatable, an e-mail booking a guided visit to the Trapani salt
      pans;
  pt: how a parabolic solar cooker focuses sunlight, a tango's tempo with librosa
      (`beat_track`, `frames_to_time`), an old caulker in a Vila do Conde boatyard (literary),
      picking mushrooms sustainably on a foray, a tango night in Lisbon ("Claro!"), gas street
      lighting in Lisbon, bacalhau à Brás, a solar oven versus a gas stove for camping, an
      e-mail asking a boatyard to quote for repairing an old wooden boat.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (natheless, elsewise, keelson, gunwale, boathouse, saltworks, saltpan,
streetlamp, lamppost, lamplighter, lamplit, gaslit, moonlit, toadstool, stinkhorn, drawknife,
spokeshave, bandsaw, offcut, woodworm, shipshape, nightlong; paludier, saunier, lampadaire,
réverbère, lampiste, œillet, sempiternel, clair-obscur, rond-point, bas-côté, entrepont,
plat-bord, chasse-marée, varangue, étambot, vide-poches, allume-feu, pied-de-mouton,
vesse-de-loup, bandonéon, milonguero; farolero, farolillo, salinero, cascarrabias,
chupatintas, sobrequilla, bienaventurado, ogaño; meinerseits, seinerseits, unsererseits,
allseits, solchermaßen, stellenweise, zeitweise, scharenweise, Salzsieder, Siedepfanne,
Gradierhaus, Klinkerbauweise, Parabolspiegel, Tangoschuhe, Pilzkorb; lampionaio, lampione,
portalampade, paraluce, accendino, saliera, salamoia, salinaro, capocantiere, capobanda,
colapasta, sottocoperta, sopravento, talché; marnoto, salineiro, calafate, salgadiço,
candeeiro, candeia, lamparina, passadiço, salmoura, salicórnia, gasómetro), tool and brand
names in lower case in prose (quodlibet, rhythmbox, mpd, ncmpcpp, nnn, ranger, aria2,
solvespace, okular), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German long compounds and particle verbs with zu
inside (Natriumdampfhochdrucklampe, Straßenbeleuchtungswartungsvertrag,
Pilzsachverständigenprüfung, Salinenmuseumsführerin, Laternenanzünder; festzuzwingen,
auszukochen, einzuweichen, auszurichten, nachzusalzen), clitics and elisions (rapporte-le-lui,
prête-les-nous, garde-la-toi, entr'acte; cómpratela, regálamela, ofrécesela, díganoslo,
dándoselas; raccontamelo, prestagliela, regalamelo, cantacela, accorgersene; trá-las, traz-mos,
pedir-to-ia, entregá-la-ia, mostra-ma, vendê-las-emos), names of people and places, and
informal spellings and slang (goated, cheugy, stan, simp, peeps; zinzin, bouffon, chiant,
canon, tema, moula; laburo, morfar, bondi, fiaca, mufa, chamuyo, joder; Schmarrn, Gschmäckle,
Ehrenfrau, Schnapsidee, Gammeln; fregatura, bidone, palese, zarro, imbruttito, scroccone,
inciucio, sfigato, ammuccare; betinho, cromo, chunga, grunho, piroso, foleiro, javardo, pita,
sacar, bifana, sandes).  Texts in languages the detector does not judge (Kamba, Luhya, Afar,
Serer, Mandinka, Dyula, Ga, Ibibio), some with a glue in them, must get no word finding at
all; they are short, simple sentences written from phrase-book knowledge, not checked by a
native speaker.
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
        "Natheless the old keelson held, and the gunwale, though riddled with woodworm, was shipshape "
        "enough; elsewise we would have dragged her into the boathouse and gone at her with the drawknife, "
        "the spokeshave and the bandsaw until nothing was left but a pile of offcuts.",
        "Beyond the saltworks the lamplit quay gave way to a moonlit saltpan. On the gaslit street the old "
        "lamplighter leaned on a lamppost under the nightlong hum of a streetlamp, and at his feet a "
        "stinkhorn and a toadstool had pushed up through the verge.",
        "My tango playlists live in quodlibet on the laptop and in mpd on the little server, which I drive "
        "with ncmpcpp over ssh; rhythmbox is still on my partner's machine, nnn and ranger handle the files, "
        "aria2 pulls the big recordings down, and I drew the solar oven lid in solvespace and read its "
        "manual in okular.",
        "The scheduler calls compute_dusk_offset, passes the result to lampGroup.applyDimProfile and then "
        "to saltworks.harvest.log_rake_event; config.brine_threshold_gpl is read once in "
        "lighting/relay_driver.py, and test_flicker_hysteresis covers the edge case.",
        "The foray map is at https://fungi.example.org/2027/autumn-forays#meeting-points and the plans at "
        "https://plans.example.net/clinker/dinghy-12ft.pdf; mail forays-team@example.org or ping "
        "@saltmarsh_tamsin. #mycology #woodenboats",
        "Tamsin Barraclough sailed from Ullapool to Dunvegan with Siosaia Fifita and Ngozi Oyelaran, then "
        "flew on to Piran for the Sečovlje salt pans and on to Læsø.",
        "That milonga was goated, honestly; the DJ was a bit cheugy but I stan the bandoneon guy. Peeps "
        "danced till four, pure simp energy on the floor.",
    ],
    "fr": [
        "Le paludier ratissait l'œillet pendant que le saunier pesait le sel ; plus loin, un lampadaire et "
        "un vieux réverbère éclairaient le bas-côté jusqu'au rond-point, où le lampiste, avec son "
        "sempiternel béret, attendait dans le clair-obscur.",
        "Dans l'entrepont du chasse-marée, la varangue était fendue près de l'étambot et le plat-bord à "
        "refaire ; sur l'étagère traînaient un vide-poches, un allume-feu, un pied-de-mouton séché et une "
        "vesse-de-loup. Pendant l'entr'acte, le milonguero posa son bandonéon.",
        "Je range mes tangos dans quodlibet sur le portable et dans mpd sur le petit serveur, que je pilote "
        "avec ncmpcpp ; rhythmbox tourne encore chez ma compagne, nnn et ranger trient les fichiers, aria2 "
        "télécharge les gros enregistrements, et j'ai dessiné le couvercle du four dans solvespace.",
        "La tâche appelle calculer_decalage_crepuscule, passe le résultat à groupeLampes.appliquerProfil "
        "puis à saline.recolte.noter_ratissage ; config.seuil_saumure_gpl est lu une fois dans "
        "eclairage/pilote_relais.py.",
        "Le plan des sorties est sur https://champignons.exemple.fr/2027/sorties-automne#rendez-vous, les "
        "questions vont à sorties-myco@exemple.fr ou à @saline_perrine. #mycologie #barquesenbois",
        "Rapporte-le-lui demain, prête-les-nous pour la sortie et garde-la-toi, cette girolle : Anouk et "
        "Gaëtan partent de Gruissan pour Aigues-Mortes, puis pour Noirmoutier chez Perrine.",
        "Ce bal, c'était un truc de zinzin ! Le DJ était canon, mais le bouffon du vestiaire était chiant, "
        "et niveau moula, tema un peu le prix de l'entrée.",
    ],
    "es": [
        "Ogaño ya no quedan faroleros, pero mi abuelo, salinero y cascarrabias, recordaba al farolero que "
        "encendía cada farolillo del paseo; bienaventurado quien lo vio. Después discutía con un "
        "chupatintas del puerto sobre la sobrequilla de su barca.",
        "Guardo los tangos en quodlibet en el portátil y en mpd en el servidor pequeño, que manejo con "
        "ncmpcpp; rhythmbox sigue en el ordenador de mi pareja, nnn y ranger ordenan los archivos, aria2 "
        "descarga las grabaciones grandes y la tapa del horno la dibujé en solvespace.",
        "La tarea llama a calcular_desfase_anochecer, pasa el resultado a grupoFarolas.aplicarPerfil y "
        "luego a salinas.cosecha.registrar_rastrillado; config.umbral_salmuera_gpl se lee una vez en "
        "alumbrado/controlador_rele.py.",
        "El mapa de las salidas está en https://setas.ejemplo.es/2027/salidas-otono#puntos-de-encuentro; "
        "las dudas, a salidas-micologia@ejemplo.es o a @salinas_xochitl. #micologia #barcosdemadera",
        "Cómpratela si te gusta, regálamela después y ofrécesela a tu hermana, y díganoslo ustedes cuando "
        "lleguen: Anselmo, que siempre anda dándoselas de experto, viene con Xóchitl Huerta de Torrevieja y "
        "Mazarrón, y luego siguen hasta Ayamonte.",
        "Che, qué fiaca ir al laburo mañana; anoche morfamos en la milonga, volví en el bondi de las cinco "
        "y el chamuyo de ese flaco me dejó la mufa. Y mi amigo de Bilbao: ¡joder, qué noche!",
    ],
    "de": [
        "Meinerseits habe ich nichts dagegen, und seinerseits hat der Salzsieder stellenweise, zeitweise "
        "sogar allseits Zustimmung bekommen; unsererseits kamen die Besucher scharenweise und solchermaßen "
        "begeistert, dass das Gradierhaus und die alte Siedepfanne überfüllt waren.",
        "Die Natriumdampfhochdrucklampe fällt unter den Straßenbeleuchtungswartungsvertrag, die "
        "Salinenmuseumsführerin hat die Pilzsachverständigenprüfung bestanden, und der Laternenanzünder hat "
        "versprochen, die Planke festzuzwingen, die Knochen auszukochen, die Pilze einzuweichen, den "
        "Parabolspiegel auszurichten und die Soße nachzusalzen.",
        "Meine Tangos liegen in quodlibet auf dem Laptop und in mpd auf dem kleinen Server, den ich mit "
        "ncmpcpp steuere; rhythmbox läuft noch bei meiner Partnerin, nnn und ranger sortieren die Dateien, "
        "aria2 lädt die großen Aufnahmen, und den Deckel des Kochers habe ich in solvespace gezeichnet.",
        "Der Dienst ruft compute_dusk_offset auf, reicht das Ergebnis an lampGroup.applyDimProfile und "
        "dann an saltworks.harvest.log_rake_event weiter; config.brine_threshold_gpl wird einmal in "
        "lighting/relay_driver.py gelesen.",
        "Die Karte der Pilzwanderungen steht unter https://pilze.beispiel.de/2027/herbst#treffpunkte, "
        "Fragen bitte an pilzwanderung@beispiel.de oder an @saline_hinnerk. #pilze #holzboote",
        "Schmarrn, des hot a Gschmäckle! Die Ehrenfrau Rosalind aus Schönebeck und Hinnerk aus Staßfurt "
        "wollten mit Pilzkorb und Tangoschuhen nach Wismar, aber das war eine Schnapsidee, also Gammeln in "
        "Greifswald und ein Buch über Klinkerbauweise.",
    ],
    "it": [
        "Il lampionaio accese il lampione del molo e cambiò il portalampade con il paraluce storto; "
        "intanto il salinaro e il capocantiere parlavano sottocoperta, talché nessuno sentì il capobanda "
        "che, sopravento, cercava un accendino.",
        "In cucina la saliera era vuota, la salamoia colava dal colapasta e nessuno sembrava accorgersene.",
        "Raccontamelo stasera, prestagliela per la gita e regalamelo a Natale, quel coltellino; e "
        "cantacela ancora, la milonga! Ottorino e Benedetta partono da Comacchio per Sassoferrato e poi "
        "per Marsala.",
        "Tengo i tanghi in quodlibet sul portatile e in mpd sul piccolo server, che comando con ncmpcpp; "
        "rhythmbox gira ancora sul computer della mia compagna, nnn e ranger sistemano i file, aria2 "
        "scarica le registrazioni e il coperchio del forno l'ho disegnato in solvespace.",
        "Il servizio chiama calcola_scarto_crepuscolo, passa il risultato a gruppoLampioni.applicaProfilo "
        "e poi a saline.raccolta.registra_rastrellata; config.soglia_salamoia_gpl viene letto una volta in "
        "illuminazione/driver_rele.py.",
        "La mappa delle uscite è su https://funghi.esempio.it/2027/uscite-autunno#ritrovo; le domande a "
        "uscite-micologia@esempio.it oppure a @saline_benedetta. #micologia #barcheinlegno",
        "Che fregatura, quel gozzo era un bidone palese; il venditore, uno zarro imbruttito e pure "
        "scroccone, ha fatto un inciucio col meccanico, e io ho ammuccato tutto come uno sfigato.",
    ],
    "pt": [
        "O marnoto e o salineiro atravessaram o passadiço entre a salicórnia de um terreno salgadiço; "
        "junto ao gasómetro, uma candeia e uma lamparina iluminavam o candeeiro partido, e o calafate "
        "guardava a salmoura num balde.",
        "Trá-las amanhã e traz-mos depois; eu pedir-to-ia, e ela entregá-la-ia, mas mostra-ma primeiro, "
        "que nós vendê-las-emos na feira. O Anacleto e a Genoveva vêm de Alcochete e de Castro Marim, e a "
        "Doroteia da Figueira da Foz.",
        "Guardo os tangos no quodlibet do portátil e no mpd do servidor pequeno, que controlo com o "
        "ncmpcpp; o rhythmbox ainda corre no computador da minha companheira, o nnn e o ranger arrumam os "
        "ficheiros, o aria2 descarrega as gravações e a tampa do forno desenhei-a no solvespace.",
        "O serviço chama calcular_desvio_anoitecer, passa o resultado a grupoCandeeiros.aplicarPerfil e "
        "depois a salinas.colheita.registar_rapagem; config.limiar_salmoura_gpl é lido uma vez em "
        "iluminacao/controlador_rele.py.",
        "O mapa das saídas está em https://cogumelos.exemplo.pt/2027/saidas-outono#encontro; as dúvidas "
        "vão para saidas-micologia@exemplo.pt, ou mencione @salinas_genoveva. #micologia #barcosdemadeira",
        "O betinho do bar era um cromo, a música era chunga e o amigo dele, um javardo e um grunho, achou "
        "tudo piroso e foleiro; fomos comer uma bifana e umas sandes, e a pita ainda quis sacar o meu "
        "número.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "kam": ["Wakya, mwaitu! Ũvoo waku? Ũmũnthĩ nĩtũkũthi ũsoko kũuamũnyũ na mbemba, nũndũ mbua nĩ "
            "ĩkwenda kuua."],
    "luy": ["Mulembe muno, mayi! Khwatsia khusoko okhugula omunyu nende amabele, ne khwakalukha ingo "
            "mangu."],
    "aa": ["Mahisse? Meqe. Yi migaq Xaliima kinni, Qafar af yaabeh, kaadu Qafar baaxok tamaateh."],
    "srr": ["Nam fi'o? Mexe meen. Ta mbind na? Owamaa, mexe meen."],
    "mnk": ["I ni sooma! Wuloo te wulookono bii, ì te naa la i yaa."],
    "dyu": ["I ni sogoma! N bɛ taa sugu la ka kɔgɔ ni malo san. I ka kɛnɛ wa? Tɔɔrɔ si tɛ."],
    "gaa": ["Te oyɔɔ tɛŋŋ, Naa? Miiyɛ ojogbaŋŋ, oyiwaladɔŋ. Ojekoo!"],
    "ibb": ["Mesiere, ete mi! Ban ikwa ndien bak ebot, ba do ke afe; sosongo ke afere ye abang oro."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v45", QUOTA, HARD_NEGATIVES, "neg45")
    print(common.write_set(HERE, recs))
