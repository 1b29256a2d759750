"""Build the v44 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v44/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v44: v43 and the sets before it are scored once at the end of their round and are tuning
sets from then on.  This set was written (without looking at the detector's rules or running it
on these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from hedgerows and dormice, neon sign making, ice fishing, terrace farming of tea in Darjeeling,
model railways and ferrets, written in the registers of LLM answers (an explanation, a technical
answer with code spans and a product name, a literary paragraph, step-by-step advice, a "Sure!
Here's..." reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight in
English, nine in French, Spanish, Italian and Portuguese, twelve in German (no glue of two
content words there):
  en: why hazel dormice sleep so long, throwing turnouts on a DCC-EX EX-CommandStation with
      pyserial, a neon bender at her bench at night (literary), checking lake ice before ice
      fishing, ferret-proofing a room, ferrets from Roman rabbiting to the living room, hedgerow
      jelly, an e-mail volunteering for dormouse nest box checks;
  fr: why a bocage hedge shelters so many species, a turntable driven by AccelStepper on an
      Arduino Uno, a tea picker on the Darjeeling terraces at dawn (literary), adopting a
      ferret, gear for a first day of ice fishing, Georges Claude and the first neon tubes,
      hazelnut cake, analogue DC versus digital DCC for a first layout, a letter to the mayor
      about hedges cut in the nesting season;
  es: why fish survive under lake ice, model railway signals with MicroPython on an ESP32, a
      ferret waking at night (literary), cleaning a ferret cage, three days in Darjeeling for
      tea, the Darjeeling Himalayan Railway, masala chai with Darjeeling, glass neon versus LED
      neon flex, an e-mail asking to join a model railway club;
  de: why the edible dormouse sleeps seven months, reading decoder CVs with a JMRI Jython
      script, a grandfather's attic layout (literary), testing the ice before ice fishing, a
      packing list for the Darjeeling tea gardens, Märklin and the first track system, fried
      perch after ice fishing, ferrets versus rabbits as family pets, a letter about a cleared
      Knick, Dijkstra's shortest path on a layout (algorithm), how a neon tube is bombarded and
      filled, why hedges may be cut back hard only in winter;
  it: why high-grown Darjeeling tastes different, a faux-neon LED sign animated with FastLED on
      an Arduino Nano, a dormouse in the attic in cherry season (literary), planting a mixed
      native hedge, names for a ferret, Rivarossi, Lima and Italian toy trains, Darjeeling iced
      peach tea, ice fishing at Livigno versus summer lake fishing, an e-mail asking a neon
      workshop for a quote;
  pt: why ferrets sleep so much, tea lots in a shop tracked with pandas, an old neon maker in
      the Bairro Alto (literary), a first model railway on a shelf, hedge shrubs for a garden in
      the Minho, Archibald Campbell and the first tea gardens of Darjeeling, a fish caldeirada,
      ice fishing in Finland versus Canada, an e-mail to a vet about a ferret's booster.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, many of them looking like two short words joined (outhouse, tiptoe, toehold,
wayside, inlet, washout, outfall, upslope, nutshell, ongoing, intake, offset; dormouse, teacup,
tabletop, hazelnut, hedgehog, hawthorn, blackthorn, snowdrift, icehouse, signalbox, railhead,
baseboard, backdrop, offcut, turntable, fishhook, iceboat; clair-obscur, croquemitaine,
saltimbanque, tournebroche, vasistas, malappris, minuit, vert-de-gris, cache-cache,
soutènement, bouche-à-oreille, passe-muraille, gobemouche, pouillot; cambiavías, apagavelas,
chupatintas, carilargo, pasacalle, cubrecadena, portacañas, matacandelas, salvaescaleras,
vaciabolsillos, sobrecogedor, malhechor; dieweil, anderweitig, ehebaldigst, widrigenfalls,
dortselbst, allerhand; casellante, scambista, ferrotranvia, sovrappensiero, pianoterra,
pungitopo, acchiappasogni, nontiscordardimé, dormiglione, portacanne; talqualmente,
hodiernamente, ouriço-cacheiro, pirilampo, porta-canas, arganaz, vidreiro), tool and brand
names in lower case in prose (rocrail, wled, metabase, nocodb, umami, glitchtip, opentofu,
tshark, moonraker, fluidd), code identifiers in snake_case and camelCase and dotted names,
URLs, e-mail addresses, hashtags and @handles, German long compounds and particle verbs with zu
inside (Modelleisenbahnvereinsvorsitzende, Eislochbohrgenehmigung, aufzugleisen, anzulöten,
nachzubiegen, anzufüttern, freizuhacken), clitics and elisions (prête-la-nous, garde-le-lui,
rends-m'en; cómpratelo, llévaselas, devuélveselos; portateceli, fammela; levá-la-emos,
mandar-lhas, vê-la-ei), names of people and places, and informal spellings and slang (gaffer,
bunk off, legged it, bottled it; fraté, chopé; guaje, salao; latte, Schmarrn, Bussi, pfiat di;
ciospo; chato, iá).  Texts in languages the detector does not judge (Marquesan, Rapa Nui,
Tokelauan, East Futunan, Hiri Motu, Saramaccan, Ndyuka, Cameroonian Pidgin), some with a glue
in them, must get no word finding at all.
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
        "Past the outhouse, tiptoe along the wayside to the inlet, where a washout has left only a "
        "toehold on the bank; the ongoing work on the outfall upslope is, in a nutshell, a mess, so "
        "keep a good offset from the intake.",
        "The dormouse curled up in a teacup on the tabletop with a hazelnut beside it, while the "
        "hedgehog under the hawthorn and the blackthorn sat out the snowdrift. On the layout, the "
        "icehouse, the signalbox and the railhead share one baseboard, with a painted backdrop, an "
        "offcut of track by the turntable, and a fishhook and an iceboat on the frozen pond.",
        "On the club's layout PC, rocrail drives the trains, wled runs the station lights and "
        "metabase charts the running sessions straight from nocodb; umami counts the website visits, "
        "glitchtip collects the crashes, opentofu builds the little cloud box behind it all, and "
        "tshark sniffs the odd packet when the throttles misbehave. The printer that makes the "
        "station buildings runs moonraker, with fluidd as its web page.",
        "The controller calls read_block_occupancy, hands each section to setSignalAspect and then to "
        "layout.routing.reserve_path; config.max_scale_speed_kmh is read once in "
        "layout/block_table.py, and test_turntable_stops_at_road_four covers the odd case.",
        "Timetables live at https://railway.example.org/2027/open-day/timetable#branch-line and photos "
        "at https://photos.example.org/albums/ferret-show?page=2; write to "
        "dormouse-survey@hedges.example.org or ping @neon_bender_kit. #modelrailway #dormice #icefishing",
        "Tenzing Dorjee and Pasang Lhamu drove from Kurseong to Kalimpong with Eithne "
        "Breathnach, then flew on to Yellowknife to meet Kalani Kahananui and Thibodeaux Arceneaux.",
        "The gaffer said we could bunk off at four, so we legged it to the lake, but the ice looked "
        "proper iffy and we bottled it, fair play.",
    ],
    "fr": [
        "Dans le clair-obscur du bocage, le muscardin dormait encore, tandis que le pouillot et le "
        "gobemouche se disputaient le talus ; sur le chemin de soutènement passa un saltimbanque, un "
        "croquemitaine de bois sur l'épaule.",
        "Le souffleur de verre, malappris mais génial, ouvrit le vasistas, posa le tournebroche sur "
        "l'établi et joua à cache-cache avec l'apprenti jusqu'à minuit ; le vert-de-gris couvrait les "
        "vieilles électrodes, et la nouvelle se répandit de bouche-à-oreille, comme le passe-muraille "
        "du conte.",
        "Prête-la-nous demain, garde-le-lui jusqu'à dimanche, et des leurres, rends-m'en deux avant midi : "
        "on ira pêcher sur la glace quand même.",
        "Sur le PC du club, rocrail pilote les trains, wled gère les lumières de la gare et metabase "
        "trace les séances à partir de nocodb ; umami compte les visites du site, glitchtip récupère "
        "les plantages et opentofu monte le petit serveur derrière tout ça.",
        "Le programme appelle lire_occupation_cantons, passe chaque canton à definirAspectSignal puis "
        "à reseau.itineraires.reserver_chemin ; config.vitesse_max_kmh est lu une seule fois dans "
        "reseau/table_cantons.py.",
        "Les horaires sont sur https://train.exemple.fr/2027/portes-ouvertes/horaires#ligne-b ; "
        "écrivez à club-ferroviaire@exemple.fr ou à @furet_capucine. #trainminiature #furets",
        "Maëwenn Kerdraon et Tugdual Le Scouarnec partent de Loctudy pour Saint-Flour avec "
        "Capucine. Trop bien, fraté, on a chopé trois perches sous la glace !",
    ],
    "es": [
        "El chupatintas de la estación, un tipo carilargo, accionaba el cambiavías mientras sonaba el "
        "pasacalle de la banda; de noche, con el apagavelas en la mano, revisaba la cubrecadena de su "
        "bicicleta y limpiaba el matacandelas de la sacristía.",
        "Junto al matorral dormía un lirón, y el hurón de mi primo lo miraba desde la jaula; sobre el "
        "hielo, con el portacañas clavado junto al agujero, el silencio era sobrecogedor, y ningún "
        "malhechor se atrevía a cruzar el lago.",
        "El vaciabolsillos, cómpratelo si quieres; las cañas, llévaselas a tu abuela, y los planos del "
        "salvaescaleras, devuélveselos a los vecinos.",
        "En el ordenador del club, rocrail mueve los trenes, wled controla las luces de la estación y "
        "metabase saca los gráficos de las sesiones desde nocodb; umami cuenta las visitas, glitchtip "
        "recoge los fallos y opentofu monta el pequeño servidor.",
        "El programa llama a leer_ocupacion_cantones, pasa cada cantón a fijarAspectoSenal y luego a "
        "maqueta.rutas.reservar_camino; config.velocidad_max_kmh se lee una vez en "
        "maqueta/tabla_cantones.py.",
        "Los horarios están en https://trenes.ejemplo.es/2027/puertas-abiertas/horarios#ramal; las "
        "dudas, a club-ferroviario@ejemplo.es o a @huron_macarena. #modelismo #hurones",
        "Ildefonso Urdangarín y Remedios Pazos salieron de Almendralejo hacia Navalmoral de la Mata con "
        "su nieto. ¡Qué guaje más salao tiene Remedios, oye!",
    ],
    "de": [
        "Dieweil der Siebenschläfer im Nistkasten döste, suchte die Haselmaus anderweitig nach Futter; "
        "widrigenfalls, so hieß es, werde man die Hecke ehebaldigst zurückschneiden, dortselbst und "
        "allerhand andere Sträucher dazu.",
        "Der Modelleisenbahnvereinsvorsitzende, die Eislochbohrgenehmigung und die "
        "Leuchtröhrenglasbläserei hatten eines gemeinsam: Niemand hatte Lust, die Waggons aufzugleisen, "
        "die Kabel anzulöten, die Röhren nachzubiegen, die Fische anzufüttern oder das Eisloch "
        "freizuhacken.",
        "Auf dem Vereinsrechner steuert rocrail die Züge, wled die Bahnhofsbeleuchtung, und metabase "
        "zeichnet die Fahrtage aus nocodb; umami zählt die Besuche, glitchtip sammelt die Abstürze und "
        "opentofu baut den kleinen Server dahinter.",
        "Das Programm ruft lies_blockbelegung auf, reicht jeden Abschnitt an setzeSignalbild und dann "
        "an anlage.fahrstrassen.reserviere_weg weiter; config.max_modell_kmh wird einmal in "
        "anlage/block_tabelle.py gelesen.",
        "Der Fahrplan steht unter https://modellbahn.beispiel.de/2027/tag-der-offenen-tuer/fahrplan#nebenbahn, "
        "Fragen bitte an vereinsvorstand@modellbahn.beispiel.de oder an @frettchen_fenja. #modellbahn "
        "#frettchen",
        "Fenja Tjarks aus Spiekeroog und Liutgard Wagenhuber aus Bad Kötzting fahren mit Ansgar "
        "nach Mittenwald.",
        "Des is doch a Schmarrn, mir is des latte, ob der Zug fährt. Pfiat di und a Bussi an die Oma!",
    ],
    "it": [
        "Il casellante, sovrappensiero, salutò lo scambista dal pianoterra della casa cantoniera, "
        "mentre sulla ferrotranvia passava l'ultima corsa e il gatto, gran dormiglione, sonnecchiava "
        "accanto al pungitopo.",
        "Il vetraio accese la lampadina, tolse il soffiatore dal banco e appese un acchiappasogni alla "
        "finestra; sul davanzale, in un vaso di terracotta, crescevano caprifoglio e nontiscordardimé.",
        "Portateceli domenica, i furetti, e fammela vedere, quella canna nuova con il portacanne da "
        "ghiaccio.",
        "Sul computer del circolo rocrail guida i treni, wled comanda le luci della stazione e metabase "
        "disegna i grafici delle sessioni da nocodb; umami conta le visite, glitchtip raccoglie gli "
        "errori e opentofu crea il piccolo server.",
        "Il programma chiama leggi_occupazione_blocchi, passa ogni sezione a impostaAspettoSegnale e "
        "poi a plastico.percorsi.riserva_itinerario; config.velocita_max_kmh viene letto una volta in "
        "plastico/tabella_blocchi.py.",
        "Gli orari sono su https://treni.esempio.it/2027/porte-aperte/orari#linea-b; le domande a "
        "club-fermodellistico@esempio.it oppure a @furetto_ilaria. #fermodellismo #furetti",
        "Brunilde Venturelli e Ottorino Bortolussi partono da Pontremoli per Bordighera, poi per "
        "Castiglioncello. Quel luccio era proprio un ciospo, ma la grigliata è stata una bomba.",
    ],
    "pt": [
        "O arganaz dormia no muro de pedra, o rouxinol cantava na sebe e o ouriço-cacheiro vinha à "
        "noite comer as lesmas; no verão, os pirilampos acendiam-se talqualmente pequenas lanternas.",
        "O vidreiro, que hodiernamente já quase não tem aprendizes, pousou o porta-canas no canto da "
        "oficina e voltou a dobrar o tubo de néon.",
        "A cana nova, levá-la-emos ao lago gelado no sábado; o Rui pediu as iscas e vou "
        "mandar-lhas hoje; a dona do furão, vê-la-ei no domingo.",
        "No computador do clube, o rocrail conduz os comboios, o wled controla as luzes da estação e o "
        "metabase faz os gráficos das sessões a partir do nocodb; o umami conta as visitas, o glitchtip "
        "recolhe os erros e o opentofu monta o pequeno servidor.",
        "O programa chama ler_ocupacao_cantoes, passa cada troço a definirAspetoSinal e depois a "
        "maqueta.percursos.reservar_caminho; config.velocidade_max_kmh é lido uma vez em "
        "maqueta/tabela_cantoes.py.",
        "Os horários estão em https://comboios.exemplo.pt/2027/portas-abertas/horarios#ramal; as "
        "dúvidas vão para clube-ferroviario@exemplo.pt, ou mencione @furao_guiomar. #modelismo #furoes",
        "A Guiomar Belchior e o Belmiro Sernache partiram de Sernancelhe para Monsaraz. "
        "Iá, o guia era chato, mas a pesca no gelo foi mesmo boa.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "mrq": ["Kaoha nui! Ua hee matou i te tai me te vaka, ua hi i teika, a ua kai i te mei i te ahiahi."],
    "rap": ["'Iorana koe! He oho au ki te tai mo hī ika, ka hoki mai au ki te hare i te ahiahi."],
    "tkl": ["Mālō ni! E fano au ki te moana e faiva ika ma taku tamana. Fakafetai lahi."],
    "fud": ["Mālō le ma'uli! Ko au ne'e 'alu ki te tai o fai ika mo toku tamana, kae ne'e mamafa "
            "levale teua."],
    "ho": ["Lau be hanua dekenai lau ela, bona gwarume haida lau hoia. Namona herea!"],
    "srm": ["Mi bi go a liba ku di boto fu kisi fisi, ma di wata bi hei tuu. Dimujee ta kuku di fisi."],
    "djk": ["A mama fu mi e bori fisi na osu, en napikin e prei na liba se. Tangi fu yu."],
    "wes": ["Ma broda, how na? Yesterday webi go for riva for catch fish, but rain start fall plenty."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v44", QUOTA, HARD_NEGATIVES, "neg44")
    print(common.write_set(HERE, recs))
