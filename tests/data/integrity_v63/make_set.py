"""Build the v63 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v63/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v63: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from hot
springs, kelp forests, marathon training, paper marbling, weather balloons and spice markets.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a weather balloon swells and bursts on the way up, finding the tropopause in a
      SondeHub radiosonde CSV with pandas (`read_csv`, `diff()`), an old spice seller closing
      his stall at dusk (literary), fuelling with gels during a marathon, suminagashi at the
      Kyoto court, home-made dukkah, wild hot springs versus developed resorts, an e-mail from
      a physics teacher asking to watch a university balloon launch;
  fr: why hot springs have coloured rings (heat-loving bacteria), following a radiosonde with
      radiosonde_auto_rx and drawing its track with `folium`, an old marbler at her size bath
      (literary), the week after a marathon, the spice souk of Marrakech ("Bien sûr !"),
      Teisserenc de Bort's balloons at Trappes and the stratosphere, a seaweed tartare, running
      a marathon by the watch or by feel, a letter booking a three-week spa cure;
  es: why kelp forests need upwelling (and what El Niño does to them), marathon pace zones in
      Python for a COROS watch (`divmod`, f-strings), an old man alone in an Andean hot spring
      at night (literary), suminagashi at home step by step, a morning at the Istanbul Spice
      Bazaar ("¡Claro!"), Molchanov's first radiosonde of 1930, Canarian mojo rojo, training
      for a marathon alone or with a club, an e-mail to an aquarium about a class visit to its
      kelp tank;
  de: why hot-spring water tastes of minerals and builds sinter terraces, predicting a weather
      balloon's landing point with the SondeHub predictor (`requests.get`, `response.json()`),
      a runner at kilometre thirty-five (literary), storing and toasting whole spices, onsen
      etiquette ("Klar!"), Ebru and "Turkish paper" in Europe, home-made garam masala, helium
      versus hydrogen for weather balloons, a letter to the weather service about a radiosonde
      found in the garden, Riegel's race-time formula (algorithm), how a radiosonde measures
      and transmits, why kelp is slippery (alginate);
  it: why ground spices lose their aroma, simulating marbled paper in p5.js (`noise()`,
      `saveCanvas()`, p5.js Web Editor), a young woman in a hot pool under a waterfall at
      midnight (literary), launching a weather balloon with a school class, the free hot
      springs of Tuscany ("Certo!"), Florentine marbled paper, couscous alla trapanese, city
      marathon versus mountain marathon, an e-mail asking a marathon organiser for an earlier
      start pen;
  pt: why kelp forests are disappearing (marine heatwaves, urchin barrens), kilometre splits
      from a GPX file with `gpxpy` in Visual Studio Code, an old spice seller opening her stall
      in a market hall (literary), marbling paper on shaving foam with children, a first
      half-marathon plan ("Claro!"), Lisbon's spice trade and the Casa da Índia, piri-piri
      chicken, modern spas versus wild hot pools, a teacher's letter asking to launch a
      weather balloon from the school playground.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words, since earlier sets used up most
closed-class compounds (bathhouse, wellspring, roadside, barefoot, aftertaste, sealskin,
windpipe, cornfield, noontime, peppercorn, hotbed, outran, upwelling, footsore, milepost,
legwork, cooldown, outstrip, nosedive, airborne, stratosphere, earthward, washbasin, birdseed,
pepperpot, allspice, storefront, stallholder, backstreet, inkpot, endpaper, notepaper, oxgall;
contre-la-montre, ravitaillement, goutte-à-goutte, épicier, épicerie, bain-marie, vapocuiseur,
courtepointe, marbrure, marbreur, radiosondage, ballon-sonde, thermalisme, curiste,
stratosphérique, algoculture, foulée, semi-marathon, safranier, quatre-épices, cinq-épices,
passe-thé, petit-lait, demi-fond, mi-parcours, fumerolle, sulfureux; radiosondeo,
afloramiento, especiero, especiería, azafranal, maratoniano, avituallamiento, fondista,
marmoleado, jaspeado, friolero, pulsómetro, termalismo, balneario, sobreentrenamiento,
estratosfera, macroalgas, sargazo, guindilla, pimentero, cardamomo; kilometerweise, halbwegs,
werktags, zuoberst; maratoneta, mezzofondo, ristoro, radiosondaggio, stratosferico,
marmorizzatore, marmorizzazione, spezieria, speziale, soffione, fumarola, contropiede,
cronometro, cronoscalata, insomma; malagueta, colorau, cravinho, especiaria, termalismo,
aquista, maratonista, abastecimento, cronómetro, radiossonda, estratosfera, laminária,
ouriço-do-mar, marmoreado), tool and brand names in lower case in prose (tar1090, readsb,
wradlib, pysteps, ncview, xastir; meilisearch, typesense, quickwit, manticore, tigerbeetle,
benthos; supabase, appwrite, hasura, directus, strapi, nhost; redpanda, openresty, pingora,
sozu, firezone, pritunl; goatcounter, shlink, kutt, yourls, statping, newsblur; js8call,
hamlib, flrig, softether, localtunnel, sondehub), code identifiers in snake_case and camelCase
and dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Wetterballonstartgenehmigung, Marathonvorbereitungswochenende, Gewürzmarkthändlerin,
Thermalquellenbadeordnung, Papiermarmorierwerkstatt, Seetangwaldschutzgebiet,
Radiosondenaufstiegsdaten) and particle verbs with zu inside (aufzusteigen, mitzulaufen,
herunterzukommen, anzurösten, auszukämmen), clitics and elisions (goûtez-le,
emballez-les-moi; muéstraselas, envuélvemelas; compratevele, assaggialo, versatecelo;
trá-lo-ei, vendeu-lhas, comprá-las-íamos), names of people and places, and informal
spellings and slang (bonkers, zonked; taffer, pognon, piger; chollo, garito, fiestón,
quedada; Klamotten, rumgammeln, bescheuert, futtern; spoilerare, svoltare; nabo, pirar,
tanso, baldar-se); and texts in languages the detector does not judge (Ainu in Latin letters,
Atayal, Amis, Paiwan, Bunun, Truku, Yami (Tao), Seediq), some with a glue in them, which must
get no word finding at all.
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
        "We walked barefoot along the roadside to the old bathhouse, footsore after passing every milepost "
        "since noontime; the wellspring behind it was a hotbed of algae, the washbasin smelled of sulphur, and "
        "the water left a mineral aftertaste that no peppercorn or pinch of allspice could hide.",
        "After the cooldown she said she outran the whole field only because the legwork was done in "
        "winter, running past a frozen cornfield in a sealskin hat until her windpipe burned and her pace "
        "began to outstrip the pacer's.",
        "The balloon was airborne by noon, rose into the stratosphere, burst, and took a nosedive earthward "
        "over the bay, where the upwelling had turned the water green and a stallholder on the backstreet "
        "sold birdseed, pepperpot and marbled endpaper from a storefront beside the inkpot shop, with "
        "notepaper and a jar of oxgall on the counter.",
        "On the ground station I run readsb and tar1090 for aircraft, xastir for the tracker beacons, "
        "wradlib and pysteps for the rain radar, and ncview to look at the model files before each launch.",
        "The script calls load_sounding_csv, hands the frame to findTropopauseLevel and then to "
        "plots.skewt.draw_profile; config.burst_altitude_m is read once in launch/predict_landing.py, and "
        "the site is https://balloons.example.org/flights/2027-03-14#track, mail "
        "launch-crew@example.org or ping @sonde_hunter_gwyneth. #radiosonde #highaltitude",
        "Honestly, it was bonkers: Gwyneth Abernethy ran from Keswick to Ambleside, was totally zonked by "
        "Grasmere, and still made it to Dunmail Raise with Cormac O'Sullivan before the rain came in.",
    ],
    "fr": [
        "Au ravitaillement du mi-parcours, la foulée de la coureuse de demi-fond restait légère ; elle avait "
        "fini l'entraînement contre-la-montre la veille et, au semi-marathon, un goutte-à-goutte de pluie "
        "glacée l'accompagna jusqu'à l'arrivée.",
        "L'épicier de la rue haute vend du quatre-épices, du cinq-épices et un safran de son propre "
        "safranier ; dans son épicerie, on trouve aussi un passe-thé, un vapocuiseur et du petit-lait pour "
        "les recettes au bain-marie.",
        "Le marbreur examina chaque marbrure sur la feuille comme une courtepointe ; à côté, un curiste "
        "parlait de thermalisme, de vapeurs sulfureuses et de la fumerolle qu'il avait vue au bord du "
        "volcan, puis du radiosondage stratosphérique par ballon-sonde et de l'algoculture en Bretagne.",
        "Sur le serveur tournent meilisearch et typesense pour la recherche, quickwit pour les journaux, "
        "manticore pour les archives, tigerbeetle pour la comptabilité et benthos pour les flux.",
        "La fonction charger_trajectoire passe chaque point à calculerAltitudeMax puis à "
        "cartes.vol.tracer_ligne ; la doc est sur https://ballons.exemple.fr/vols/2027#atterrissage, les "
        "questions vont à equipe-sonde@exemple.fr ou à @sonde_ombeline. #ballonsonde #meteo",
        "Goûtez-le d'abord, puis emballez-les-moi : j'ai plus de pognon, faut encore taffer une semaine, et "
        "Ombeline, à Saint-Flour, a rien pigé à l'histoire de Barthélémy et de Quiterie.",
    ],
    "es": [
        "En el avituallamiento del kilómetro treinta, el fondista maratoniano miró el pulsómetro; el "
        "sobreentrenamiento de marzo le había pasado factura, y como es muy friolero llevaba guantes incluso "
        "con sol.",
        "El especiero del mercado tenía una especiería llena de cardamomo, guindilla y pimienta recién salida "
        "del pimentero, además de hebras de su propio azafranal de La Mancha.",
        "El balneario vive del termalismo; el radiosondeo de esa mañana llegó hasta la estratosfera, y en la "
        "costa el afloramiento alimentaba las macroalgas mientras el sargazo se amontonaba en la playa junto a "
        "un papel marmoleado y otro jaspeado.",
        "Para la web usamos supabase y appwrite como respaldo, hasura para las consultas, directus y strapi "
        "para los contenidos y nhost para las pruebas.",
        "La función leer_sondeo pasa cada fila a calcularPuntoRocio y luego a graficos.perfil.dibujar_curva; "
        "los datos están en https://globos.ejemplo.es/vuelos/2027#descenso, escribe a "
        "equipo-globos@ejemplo.es o a @sonda_maitane. #globosonda #meteo",
        "Muéstraselas a Maitane y envuélvemelas luego: menudo chollo, tío; la quedada es en el garito de "
        "Arantxa en Tudela y después hay fiestón en Zumárraga con Eneko.",
    ],
    "de": [
        "Die Wetterballonstartgenehmigung kam erst am Marathonvorbereitungswochenende, und die Radiosondenaufstiegsdaten "
        "lagen zuoberst auf dem Stapel, als wir uns entschlossen, trotzdem aufzusteigen.",
        "Die Gewürzmarkthändlerin empfahl, die Samen kurz anzurösten; in der Papiermarmorierwerkstatt nebenan "
        "war es Aufgabe der Lehrlinge, die Farben auf dem Bad auszukämmen, und werktags gab es dort halbwegs "
        "ruhige Stunden.",
        "Laut Thermalquellenbadeordnung ist es verboten, über die Felsen herunterzukommen, und im "
        "Seetangwaldschutzgebiet dürfen Taucher nicht kilometerweise an der Küste entlangschwimmen; Gäste "
        "werden gebeten, am Ufer mit dem Führer mitzulaufen.",
        "Auf dem Server laufen redpanda für die Nachrichten, openresty und pingora als Vorbau, sozu als "
        "Lastverteiler sowie firezone und pritunl für die Zugänge von außen.",
        "Die Funktion lade_sondierung gibt jede Zeile an berechneTaupunkt und dann an "
        "diagramme.profil.zeichne_kurve weiter; die Daten liegen unter "
        "https://ballon.beispiel.de/fluege/2027#landung, Fragen an sondenteam@beispiel.de oder an "
        "@sonde_wiebke. #wetterballon #radiosonde",
        "Boah, voll bescheuert: Wiebke hat ihre Klamotten in Tönning vergessen, und Hauke will nur noch "
        "rumgammeln und futtern, bis wir in Husum sind.",
    ],
    "it": [
        "Al ristoro del trentesimo chilometro il maratoneta guardò il cronometro; veniva dal mezzofondo e "
        "preferiva la cronoscalata alla pista, ma insomma, un contropiede del destino l'aveva portato lì.",
        "Lo speziale aprì la sua spezieria all'alba; il marmorizzatore del laboratorio accanto parlava di "
        "marmorizzazione, mentre un turista raccontava di un soffione boracifero e di una fumarola vista sul "
        "vulcano.",
        "Il radiosondaggio di quella mattina raggiunse la quota stratosferica prevista, e il pallone ricadde "
        "in un uliveto.",
        "Per il sito usiamo goatcounter per le statistiche, shlink, kutt e yourls per i link brevi, statping "
        "per i controlli e newsblur per le notizie.",
        "La funzione leggi_sondaggio passa ogni riga a calcolaPuntoRugiada e poi a "
        "grafici.profilo.disegna_curva; i dati sono su https://palloni.esempio.it/voli/2027#atterraggio, "
        "scrivete a squadra-palloni@esempio.it o a @sonda_ludovica. #pallonesonda #meteo",
        "Assaggialo, e se vi piace compratevele, due bottiglie, e versatecelo nei bicchieri: non spoilerare il "
        "finale, Ludovica, che stasera a Comacchio con Ercole e Brunilde vogliamo svoltare.",
    ],
    "pt": [
        "No abastecimento dos trinta quilómetros, o maratonista olhou para o cronómetro; à volta, um aquista "
        "das termas falava de termalismo e da radiossonda que tinha subido até à estratosfera.",
        "A banca vendia malagueta, colorau, cravinho e toda a especiaria que se possa imaginar, e o papel "
        "marmoreado servia para embrulhar as compras.",
        "No fundo do mar, a laminária cobria as rochas e um ouriço-do-mar escondia-se entre as raízes.",
        "No computador do clube correm o js8call, o hamlib e o flrig para o rádio, o softether para a rede e "
        "o localtunnel para mostrar o mapa do sondehub aos alunos.",
        "A função ler_sondagem passa cada linha a calcularPontoOrvalho e depois a "
        "graficos.perfil.desenhar_curva; os dados estão em https://baloes.exemplo.pt/voos/2027#aterragem, "
        "escreva para equipa-baloes@exemplo.pt ou para @sonda_filipa. #balaometeorologico #meteo",
        "Trá-lo-ei amanhã; ele vendeu-lhas, mas nós comprá-las-íamos, pá. Não sejas nabo nem tanso, que a "
        "Filipa vai pirar se o Rodrigo e a Leonor se baldarem à festa em Vila Nova de Cerveira.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ain": ["Sine to ta, kotan un aynu utar atuyta arpa wa cep koyki. Sirpirka kor, menoko utar cise ta "
            "ohaw kar."],
    "tay": ["Lokah su ga? Kwara' qu 'laqi' mhkangi squrgyax, ru yaba' mi mtaq squ ngasal."],
    "ami": ["Nga'ay ho! Maolah kako a mifoting iriyar, adihay ko foting anini a romi'ad."],
    "pwn": ["Djavadjavay! Tima su ngadan? Ti Kui aken, masalu aken tjanusun."],
    "bnn": ["Uninang! Mihumisang, tama, maqtu tu minkasia kata mas tina."],
    "trv": ["Embiyax su hug? Mhuway su balay, maduk ku bubu ru tama kinkla ku."],
    "tao": ["Akokay! Ya apiya o araw ito, ta ipanlag namen o tatala dowawa."],
    "sdq": ["Embiyax su hug? Mhuway su bale, mnegul dheran ka tama mu."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v63", QUOTA, HARD_NEGATIVES, "neg63")
    print(common.write_set(HERE, recs))
