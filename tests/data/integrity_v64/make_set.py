"""Build the v64 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v64/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v64: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from glacier
research, cider making, sailing knots, dog sledding, bamboo building and coral reef restoration.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how sled dogs keep their paws from freezing (countercurrent heat exchange), a point mass
      balance from ablation stake readings with pandas in Positron (`groupby`, `diff()`), an
      old cider maker building the cheese at his press by lamplight (literary), tying a rolling
      hitch to free a jammed sheet, a day on a reef restoration volunteer week ("Sure!"),
      Scudamore's Redstreak cider, coal-fired glass and Merret's paper of 1662, pork shoulder
      braised in dry cider, bamboo as a building material;
  fr: why farm cider sparkles (prise de mousse, défécation and the chapeau brun), following a
      fermentation with an iSpindel and pandas in a Jupyter notebook (`rolling`, `plt.plot`), a
      musher harnessing her team before dawn (literary), tying a clove hitch to hang a fender,
      a day of volunteering in a coral nursery ("Bien sûr !"), Claude Lorius's whisky glass
      and the Vostok ice core, poulet vallée d'Auge, bamboo building in France, a teacher's
      letter asking to bring a class to a glaciology laboratory;
  es: why bamboo must be treated (starch, Dinoderus beetles, borax and boric acid), coral
      fragment survival by species with readr and dplyr in RStudio (`group_by`, `summarise`),
      an old cider pourer in a sidrería of Nava (literary), tying a bowline with the rabbit
      rule, a dog-sledding weekend in the Pyrenees ("¡Claro!"), the Chacaltaya glacier and
      its ski run, hake in Asturian cider, whether coral restoration is worth it, an e-mail to
      a sailing club about a knots and mooring course;
  de: how ice cores are dated (annual layers, isotopes, volcanic sulphate), coral-nursery
      logger temperatures and degree heating weeks with pandas after HOBOware (`resample`,
      `rolling`), a musher setting off across a frozen lake at dawn (literary), tying a
      bowline (Palstek), a small bamboo garden pavilion lashed with square lashings ("Klar!"),
      Frankfurt apple wine, Bembel and Geripptes, Hessian apple-wine tart, whether a tourist
      dog-sled tour is ethical, a letter volunteering for a coral project in the Maldives,
      the glaciological method for a glacier's mass balance (algorithm), how a rack-and-cloth
      cider press works, why a bamboo culm bends but rarely breaks (science);
  it: the geotextile sheets on the Presena glacier, strut lengths for a bamboo geodesic dome
      in Python in Thonny (`print()`, chord factors), an old man tying knots on the quay at
      Camogli (literary), fixing coral fragments to a restoration frame, a day of sled-dog
      driving in the Alps ("Certo!"), the 1925 serum run to Nome, risotto with cider and
      apples, why a sailor needs few knots known perfectly, an e-mail volunteering for a
      glacier survey;
  pt: why knots hold (friction), measuring a glacier's retreat with the box method in the QGIS
      Python console and Shapely (`getFeatures()`, `split()`), a builder on a bamboo roof in
      the rain (literary), a fish-mouth joint between two bamboo poles, three days of dog
      sledding in Finnish Lapland ("Claro!"), the Cordoaria Nacional in Belém, apple and cider
      cake, 3D-printed artificial reefs, an e-mail asking to visit an Asturian cider press.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words, rarer words and prefixed words, since earlier sets used
up most closed-class compounds (tugline, neckline, gangline, sastrugi, firn, bergschrund,
nunatak, moraine, pomace, scratter, keeving, marlinspike, sheepshank, buntline, parrotfish,
staghorn, pierhead, bosun, unlash, reroof, resplice, rebag, outplanting, cellarman, rebottled,
halyard, culms; rimaye, séracs, névé, glaciologue, cordée, carottage, cidriculteur,
douces-amères, poiré, chaumes, entre-nœud, contreventement, matelotage, surliure, épissure,
garcette, taquet, chenil, canicross, pressurage, densimètres; helero, glaciarete, ventisca,
morrena, glacióloga, crampones, chubasquero, llagar, sidrero, magaya, culín, escanciador,
bambusal, entrenudo, noray, ballestrinque, cotes, chicote, cornamusa, esquejes, madrépora,
semienterradas, espicha; Ebbelwoilokal, Sauergespritzter, Handkäs, Webeleinstek, Schotstek,
Toteis, Gletschermühlen, Bergschrund, Firnfeld; nevato, seraccata, crepaccio, glaciologa,
palina, bivacco, bambuseto, sidreria, melicoltore, internodo, passacavo, bozzello, parabordo,
capobarca, sommozzatore, capocordata, motoslitta, talee; peixe-papagaio, coral-cérebro, molhe,
cabeço, lais de guia, volta do fiel, bambuzal, bagaço, contraventamento, repovoamento,
sobrepesca, glaciólogo, moreia), tool and brand names in lower case in prose (oggm, pygem,
xdem, geoutils, icepyx, earthaccess, pygmt; fermentrack, brewpi, craftbeerpi, brewtarget,
tiltpi, kimai; traccar, owntracks, meshtastic, reticulum, nomadnet; pdal, entwine, potree,
cloudcompare, lidr, whitebox; signalk, pypilot, avnav, welle, snapcast, mopidy; coralnet,
pyvista, rioxarray, harmonica, owntone), code identifiers in snake_case and camelCase and
dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Gletschermassenbilanzmessung, Hundeschlittenrennstrecke, Korallenaufzuchtstation,
Tauchausrüstungsbestellung) and particle verbs with zu inside (nachzuvermessen, anzuschirren,
loszubinden, umzupflanzen, aufzuzeichnen), clitics and elisions (rends-la-moi, tends-les-leur;
dáselos, devuélveselas, dárnoslos; portacelo, mandateglieli; dou-lho, mostrar-lhos-emos,
pediram-no-lo), names of people and places, and informal spellings and slang (pukka, done
in, buzzing; le pied, potes, gamelle, crevée, s'éclater, virée; peña, currantes, petados;
Hammer, fix und fertig, Kohldampf, gepennt; pazzesca, cotti, gasatissimi; estafados,
curtiram, bazaram); and texts in languages the detector does not judge (Mam, Q'eqchi',
Tz'utujil, Ixil, Poqomchi', Chuj, Akateko, Popti'), some with a glue in them, which must get
no word finding at all.
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
        "At the kennel the musher clipped each tugline and neckline to the gangline and checked the wheel dogs' "
        "booties; beyond the moraine, sastrugi ribbed the firn all the way up to the bergschrund and a lone nunatak.",
        "In the cider house the pomace from the scratter went to the pigs and the keeving vat stood under the eaves; "
        "down on the pierhead the bosun whipped a frayed rope's end with a marlinspike beside him, tied a sheepshank "
        "and a buntline hitch, and watched a parrotfish graze the staghorn below.",
        "Before the storm we had to unlash the culms, reroof the pavilion, resplice the halyard and rebag the coral "
        "fragments for outplanting, while the cellarman rebottled the perry.",
        "Our glacier group runs oggm and pygem for the models, xdem and geoutils for the elevation change maps, icepyx "
        "and earthaccess to pull the satellite tracks, and pygmt for the figures.",
        "The notebook calls load_stake_readings, hands the frame to computeMassBalance and then to "
        "plots.glacier.draw_bands; config.ice_density is set once in balance/stakes_2025.py, the map is at "
        "https://glaciers.example.net/stakes/2025#north-tongue, and questions go to stake-team@example.net or "
        "@firn_gulliver. #glaciology #massbalance",
        "Honestly, the trip was pukka: Ingrid Halvorsen drove her team from Røros to Femunden, was completely done in "
        "by Elgå, and still beat Torstein Aune and his scrappy huskies by a country mile, so we were all buzzing.",
    ],
    "fr": [
        "Au pied de la rimaye, entre deux séracs, la glaciologue mesurait le névé ; plus bas, sur la moraine, une "
        "cordée redescendait vers le refuge après un carottage réussi.",
        "Le cidriculteur trie ses pommes douces-amères, surveille le chapeau brun dans la cuve et vend aussi du "
        "poiré ; dans le bosquet voisin, on coupe des chaumes de bambou dont chaque entre-nœud servira au "
        "contreventement d'un abri.",
        "Au cours de matelotage, chacun apprend la surliure, l'épissure et la garcette, puis s'exerce au nœud de "
        "chaise sur un taquet ; au chenil, le musher démêle les lignes de trait avant le canicross du dimanche.",
        "À la cave, on utilise fermentrack, brewpi et craftbeerpi pour suivre les cuves, brewtarget pour les "
        "recettes, tiltpi pour les densimètres et kimai pour compter les heures de pressurage.",
        "La fonction lire_carottes passe chaque ligne à calculerDensiteNeige puis à graphes.profil.tracer_couches ; "
        "la documentation est sur https://glaciers.exemple.fr/carottes/2025#rimaye, les questions vont à "
        "equipe-carottage@exemple.fr ou à @glacio_ysoline. #glaciologie #carottage",
        "Rends-la-moi demain et tends-les-leur sans rien dire. Franchement, c'était le pied : Gwenaëlle Le Bihan a "
        "fait Briançon–Névache en traîneau avec ses potes, elle s'est pris une gamelle dans la descente et elle "
        "était crevée, mais Anatole Rigaud s'est éclaté pendant toute la virée.",
    ],
    "es": [
        "Desde el refugio se veía el helero del Aneto, un glaciarete colgado bajo la cresta y la morrena que dejó la "
        "Pequeña Edad de Hielo; la glacióloga bajó en plena ventisca, con los crampones puestos y el chubasquero "
        "roto.",
        "En el llagar, el sidrero echó la magaya al prado de las vacas y sirvió un culín al escanciador; en el "
        "bambusal de al lado, los niños medían cada entrenudo de las cañas con un cordel.",
        "Para amarrar al noray hizo un ballestrinque con dos cotes y pasó el chicote por la cornamusa; en el vivero, "
        "los esquejes de madrépora colgaban de estructuras semienterradas en la arena.",
        "Para la expedición usamos traccar y owntracks para seguir los trineos, y meshtastic, reticulum y nomadnet "
        "para enviar mensajes donde no hay cobertura.",
        "La función leer_fragmentos pasa cada fila a calcularSupervivencia y después a "
        "graficos.vivero.dibujar_barras; los datos están en https://arrecifes.ejemplo.es/vivero/2025#esquejes, "
        "escribe a equipo-vivero@ejemplo.es o a @coral_itziar. #restauracioncoralina #arrecifes",
        "Dáselos a Candela y devuélveselas a Nuria, que dárnoslos aquí no sirve de nada. Menuda peña: Leire "
        "Goikoetxea y Bruno Cifuentes, dos currantes de Cangas de Onís, acabaron petados después de la espicha de "
        "Villaviciosa.",
    ],
    "de": [
        "Die Gletschermassenbilanzmessung am Hintereisferner wurde verschoben, weil die Hundeschlittenrennstrecke "
        "gesperrt war und die Korallenaufzuchtstation ihre Tauchausrüstungsbestellung zu spät abgeschickt hatte.",
        "Wir hatten vor, die Pegel nachzuvermessen, die Hunde rechtzeitig anzuschirren, das Boot loszubinden, die "
        "jungen Bambuspflanzen umzupflanzen und alles sauber aufzuzeichnen, bevor das Unwetter kam.",
        "Im Ebbelwoilokal bestellte sie einen Sauergespritzten und Handkäs mit Musik; am Nebentisch erzählte ein "
        "Segler vom Webeleinstek und vom Schotstek, und zwei Glaziologen stritten über Toteis, Gletschermühlen und "
        "den Bergschrund unter dem Firnfeld.",
        "Im Labor verarbeiten wir die Punktwolken mit pdal, entwine und potree, vergleichen die Geländemodelle in "
        "cloudcompare und mit lidr und berechnen die Abflussrinnen mit whitebox.",
        "Die Funktion lade_pegel übergibt jede Zeile an berechneSchmelzrate und dann an "
        "grafik.gletscher.zeichne_hoehenstufen; die Daten liegen unter https://gletscher.beispiel.de/pegel/2025#zunge, "
        "Fragen an pegelteam@beispiel.de oder an @firn_swantje. #glaziologie #massenbilanz",
        "Leute, das war der Hammer: Swantje Petersen und Ole Brodersen sind mit ihren Hunden von Kautokeino bis "
        "Karasjok gefahren, waren danach fix und fertig, hatten tierisch Kohldampf und haben zwei Tage nur gepennt.",
    ],
    "it": [
        "Sul nevato sopra la seraccata la glaciologa piantò l'ultima palina, poi scese lungo la morena laterale, "
        "aggirando un crepaccio, fino al bivacco, con le mani intirizzite.",
        "Nel bambuseto dietro la sidreria il melicoltore tagliava le canne una per una, misurando ogni internodo, e "
        "intanto il passacavo e il bozzello della sua vecchia barca restavano appesi accanto a un parabordo sgonfio.",
        "Il capobarca e il sommozzatore riposizionarono le talee sul fondale, mentre il capocordata caricava la "
        "motoslitta per il rientro.",
        "A bordo usiamo signalk e pypilot per la navigazione, avnav su un tablet, welle per la radio digitale e "
        "snapcast con mopidy per la musica in pozzetto.",
        "La funzione leggi_paline passa ogni riga a calcolaBilancioMassa e poi a grafici.ghiacciaio.disegna_fasce; "
        "i dati sono su https://ghiacciai.esempio.it/paline/2025#fronte, scrivete a squadra-paline@esempio.it o a "
        "@nevato_ginevra. #glaciologia #ghiacciai",
        "Portacelo subito, il sidro, e i campioni mandateglieli voi: dell'altro non c'è bisogno. Una roba "
        "pazzesca: Ginevra Zanella e Nicolò Pellegrini sono andati in slitta da Bormio a Trepalle, ed erano cotti "
        "ma gasatissimi.",
    ],
    "pt": [
        "Junto ao molhe, um peixe-papagaio roía o coral-cérebro, e mais ao largo os mergulhadores fixavam "
        "fragmentos de coral nas estruturas do viveiro.",
        "Para amarrar ao cabeço, o mestre deu um lais de guia e depois uma volta do fiel; no bambuzal da quinta, o "
        "feitor guardava o bagaço do lagar e as garrafas de sidra.",
        "O contraventamento da cobertura de bambu levou tirantes inoxidáveis; com a sobrepesca e o calor, o "
        "repovoamento dos recifes tornou-se urgente, e o glaciólogo voltou a medir a moreia frontal.",
        "No barco de investigação correm o coralnet para classificar as fotografias do recife, o pyvista e o "
        "rioxarray para os modelos do fundo, o harmonica para a gravimetria e o owntone para a música a bordo.",
        "A função ler_fragmentos passa cada linha a calcularTaxaSobrevivencia e depois a "
        "graficos.viveiro.desenhar_barras; os dados estão em https://recifes.exemplo.pt/viveiro/2025#estacas, "
        "escreva para equipa-recife@exemplo.pt ou para @coral_matilde. #restauroderecifes #corais",
        "Dou-lho amanhã e mostrar-lhos-emos com calma, que eles pediram-no-lo ontem. Que aventura! A Matilde "
        "Sarmento e o Duarte Lencastre foram de trenó de Saariselkä a Ivalo, chegaram estafados mas curtiram "
        "imenso, e depois bazaram logo para a sauna.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "mam": ["Chjonte, nana. Kyaqiil xjaal at kyokleen ti'j anq'ib'il b'ix kopib'il."],
    "kek": ["Bantiox, wiinq. Chijunil li poyanam naru tixye li k'a'ru nak'ulun sa'xch'ool."],
    "tzj": ["Saqari! Utz aawach? Jee', utz, maltyoox."],
    "ixl": ["Ta'ntiixh te unq'a qitz'in qatzike' tu kuyolb'al."],
    "poh": ["Chu'nchel i winaq chi ixoq wilik ayu' wach ak'al."],
    "cac": ["Tas xi ha k'o'ol? Wach, yujwalyos."],
    "knj": ["Ey jun winaj yul conob' tu', Mekel sb'i."],
    "jac": ["Ay jun nhah anhteb'al yul konhob' Xajla'."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v64", QUOTA, HARD_NEGATIVES, "neg64")
    print(common.write_set(HERE, recs))
