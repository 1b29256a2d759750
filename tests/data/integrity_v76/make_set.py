"""Build the v76 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v76/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v76: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from snail
farming, telescope mirror grinding, bicycle wheel building, sheepdog trials, hand papermaking
and ice cream making.

The passages (passages_<lang>.txt) are new, and each language has its own mix of topics, written
in the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a snail farm lives on damp and lime (epiphragm, shell growth), reducing Foucault zone
      readings for a FigureXP cross-check with numpy (`np.array`, `np.polyfit`), an old handler
      and his bitch at a sheepdog trial (literary), lacing a first three-cross wheel, how
      papermaking came to Europe (Xàtiva, Fabriano, the Hollander beater), custard-base vanilla
      ice cream, for hand-built wheels over factory wheels, an e-mail asking a sheepdog society
      about its novice class;
  fr: why home-made ice cream turns grainy (recrystallisation, sugars, overrun), Park Tool TM-1
      spoke readings converted and plotted in Python (`np.interp`, `statistics.mean`,
      `matplotlib`), a vatwoman forming sheets at dawn (literary), rough-grinding a 150 mm mirror
      with carborundum, starting a snail farm ("Bien sûr !"), the first sheepdog trial at Bala
      (1873) and the ISDS, escargots à la bourguignonne, for hand-made paper (and against false
      "artisan" labels), a letter asking to join a club's mirror-making workshop;
  es: why a telescope mirror must be a paraboloid, watching the humidity of a snail house with a
      Raspberry Pi Pico W in MicroPython (`machine.I2C`, `time.sleep`, `urequests.post`), a
      grandfather truing wheels in his back shop (literary), recycled paper by hand step by
      step, first steps with a young border collie ("¡Claro!"), the snow-gatherers (neveros) and
      ice pits before freezers, caracoles en salsa, what "artesano" should mean on an ice cream
      parlour, an e-mail asking a wheelbuilder for a quote for touring wheels;
  de: how snails sleep through winter (the epiphragm), spoke length in Python before the DT Swiss
      Spoke Calculator (`math.cos`, `math.sqrt`), a shepherd and his dog in the fog at a herding
      trial (literary), ice cream without a machine, a first afternoon of hand papermaking
      ("Klar!"), Newton, Herschel, Liebig and Foucault and the reflecting telescope, snails in
      herb butter, for herding trials that stay close to farm work, a letter to a public
      observatory about its mirror-grinding course, truing a wheel (algorithm), how a Hollander
      beater works, why ice and salt get colder than zero (freezing-point depression);
  it: why gelato is served at -12 °C (sugars, anti-freezing power), a mirror cell in PLOP and
      the sagitta in Python (`math.isclose`), a snail farmer in his pens after a storm
      (literary), teaching whistles to a sheepdog step by step, choosing spokes and nipples
      ("Certo!"), Fabriano paper (stamping mills, gelatine sizing, watermarks), hazelnut gelato,
      whether grinding your own mirror is still worth it, an e-mail ordering breeding snails;
  pt: why hand-made paper holds together (hydrogen bonds, beating), scoring a sheepdog trial
      exported from Google Sheets with pandas (`read_csv`, `sort_values`, `groupby`), a father
      polishing a mirror at night in the garage (literary), replacing a broken spoke, mango ice
      cream without a machine ("Claro!"), snail eating from shell middens to Fulvius Lippinus
      and Varro, Lisbon-style caracóis, against gelato shops with forty odd flavours, a
      teacher's letter asking for a place in a papermaking workshop.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words, dialect words and rarer words not used by earlier sets
(gimmers, hoggets, shearling, tup, lambing, paddock, gatepost, wheelwright, logbook, sagitta,
carborundum, starlit, paraboloid, spyglass, snailery, hatchling, epiphragm, lukewarm, eggnog,
wastepaper, deckle; héliciculteur, escargotière, bergerie, agnelage, agnelles, estive,
transhumance, papetier, formaire, vergeures, pontuseaux, filigrane, coucheur, étendoir,
porte-oculaire, chercheur, rayonnage, dévoilage, esquimau, granité; rabadán, zagal, aprisco,
majada, redil, mastín, trashumancia, caracolero, caracolada, heladero, granizado, mantecado,
garrapiñadas, sorbetera, verjurado, corondeles, filigrana, buscador; pecoraio, stazzo, ovile,
transumanza, elicicoltore, cartiera, cartaio, vergelle, pastorizzatore, sorbettiera,
spatolabile, raggiatura, centraruote, cercatore, portaoculare; pastoreio, transumância,
rafeiro, aprisco, caracoleiro, caracoletas, papeleiro, vergaturas, pontusais, gelataria,
sorveteira, carborundo, porta-ocular, roda-livre), tool and brand names in lower case in
prose (sextractor, scamp, swarp, psfex, gnuastro, astroimagej; ghidra, rizin, radare2,
binwalk, yara, zeek; cockroachdb, yugabyte, tidb, citus, databend, starrocks; flyway,
liquibase, sqitch, dbmate, skeema, bytebase; amass, subfinder, naabu, feroxbuster, wfuzz,
nikto; checkov, tfsec, gitleaks, trufflehog, trino, dremio), code identifiers in snake_case
and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds (Weinbergschneckenzuchtbetrieb, Hütehundeleistungsprüfung, Spiegelschleifwerkstatt,
Speichenspannungsmessgerät, Eismaschinenbedienungsanleitung, Papiermühlenführungsplan,
Hütewettbewerbsprogramm) and particle verbs with zu inside (einzupferchen, anzuschleifen,
auszupolieren, einzufrieren, umzuspeichen, durchzumahlen, abzuschaben, vorzuspannen),
clitics and elisions (mettez-la-leur, servez-vous-en, goûtez-en; pruébalas, pónselos,
guárdamelos; spediscimele, portamene, raccontatecelo; entregámos-lhas, mandar-lhos-ei,
vendê-los-ia), names of people and places, and informal spellings and slang (reet, barm,
sarnie, skiving, knees-up, muppet, bostin; clébard, froc, picoler, gueuleton, lourder,
gamberger; cateto, pardillo, sobar, ligón, careto, jamacuco; Gschaftlhuber, Gschmarri,
Grattler, Dödel, Schlitten, Kies, Mäuse; spaccone, squattrinato, scroccare, dritta,
sganciare; totó, gandulo, bina, engatar, palhaçada, carcanhol, safar-se); and texts in
languages the detector does not judge (Ibanag, Itawit, Tuwali Ifugao, Kankanaey, Ibaloi,
Central Bikol, Masbatenyo, Rukai), some with a glue in them, which must get no word finding
at all.
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
        "At lambing time the gimmers and hoggets stay in the paddock by the gatepost, and the shearling tup "
        "is kept apart until the trial on the hill is over.",
        "The old wheelwright kept a logbook in which he noted the sagitta of every mirror he had ground with "
        "carborundum, and on starlit nights he tested each paraboloid against a brass spyglass.",
        "In the snailery every hatchling sealed itself behind an epiphragm when the air turned lukewarm and "
        "dry. Next door, in the paper shed, a deckle lay on a pile of wastepaper beside a jug of eggnog.",
        "For the telescope images I run sextractor to find the stars, scamp and swarp to align and stack the "
        "frames, psfex for the point-spread function, gnuastro for the arithmetic and astroimagej for the "
        "light curves.",
        "The script calls read_spoke_tensions, hands the list to computeDishOffset and then to "
        "wheelbuild.report.print_table; config.rim_erd_mm is read once in builds/front_wheel.py, the results "
        "are at https://wheels.example.net/builds/2028-05-02#tension, and questions go to "
        "truing-bench@example.net or @spokewrench_orla. #wheelbuilding #handbuilt",
        "Reet grand day, that: Morwenna Tregothnan drove up from Penzance, Ifan Prosser brought a barm cake "
        "and a sarnie for everyone, and we were all skiving off till the knees-up at Tan Hill. His dog was a "
        "right muppet at the pen, mind, but the lad from Dudley said it was bostin anyway.",
    ],
    "fr": [
        "L'héliciculteur a installé son escargotière derrière la bergerie ; après l'agnelage, les agnelles "
        "partent en estive, et la transhumance passe chaque année devant sa porte.",
        "Le papetier, qu'on appelait aussi formaire quand il fabriquait lui-même ses formes, nous montra les "
        "vergeures, les pontuseaux et le filigrane de la feuille ; derrière lui, le coucheur étalait les "
        "feuilles sur les feutres, et l'étendoir était plein.",
        "Sur le télescope, il a fallu réaligner le chercheur et resserrer le porte-oculaire ; après le "
        "rayonnage et le dévoilage de sa roue, le cycliste s'est offert un esquimau et un granité au citron.",
        "Pour l'analyse des micrologiciels, j'utilise ghidra et rizin pour désassembler, radare2 pour les "
        "scripts rapides, binwalk pour extraire les fichiers, yara pour les signatures et zeek pour surveiller "
        "le réseau.",
        "La fonction lire_tensions_rayons passe chaque relevé à calculerDeportJante puis à "
        "roues.rapport.afficher_tableau ; le réglage config.diametre_erd_mm est lu dans "
        "montage/roue_avant.py, les résultats sont sur https://roues.exemple.fr/montages/2028#tension, "
        "écrivez à atelier-rayons@exemple.fr ou à @rayon_clemence. #roueartisanale #velo",
        "Goûtez-en une cuillère, servez-vous-en autant qu'il vous plaira, puis mettez-la-leur de côté : "
        "Clémence Aubertin est arrivée de Saint-Affrique avec son clébard, on a bien gambergé sur la route, "
        "et son frère, en froc troué, voulait encore picoler au gueuleton de Roquefort-sur-Soulzon jusqu'à "
        "ce qu'on se fasse lourder.",
    ],
    "es": [
        "El rabadán y el zagal encerraron el rebaño en el aprisco de la majada; el mastín durmió junto al "
        "redil, y con la trashumancia bajaron todos por la cañada real.",
        "El caracolero del mercado vendía una caracolada para seis, y el heladero de al lado ofrecía "
        "granizado de limón, mantecado, almendras garrapiñadas y un sorbete hecho en su vieja sorbetera.",
        "Al trasluz, el papel verjurado mostraba los corondeles y una filigrana con forma de ancla; en el "
        "telescopio, en cambio, hubo que alinear el buscador antes de empezar.",
        "En la empresa probamos cockroachdb y yugabyte para la base distribuida, tidb y citus para escalar "
        "las consultas, y databend y starrocks para los informes.",
        "La función leer_humedad_nave pasa cada lectura a calcularRiegoNocturno y luego a "
        "granja.informes.generar_tabla; el parámetro config.humedad_minima se lee en naves/nave_norte.py, "
        "los datos están en https://caracoles.ejemplo.es/naves/2028#humedad, escribe a "
        "granja-helix@ejemplo.es o a @caracol_itziar. #helicicultura #granja",
        "Pruébalas primero, pónselos en la mesa y guárdamelos luego: Itziar Goikoetxea vino de Ólvega con un "
        "amigo algo cateto, un pardillo que no paraba de sobar en el coche, y el muy ligón llegó a Ágreda con "
        "un careto de sueño que daba pena; casi le da un jamacuco.",
    ],
    "de": [
        "Laut Hütehundeleistungsprüfung ist es erlaubt, die Schafe am Ende selbst einzupferchen, und der "
        "Weinbergschneckenzuchtbetrieb nebenan bittet die Besucher, die Gehege nicht zu betreten.",
        "In der Spiegelschleifwerkstatt lernt man, den Rohling zuerst anzuschleifen und später von Hand "
        "auszupolieren; das Speichenspannungsmessgerät im Regal gehört dem Radladen, der anbietet, alte "
        "Laufräder umzuspeichen und neue Speichen vorzuspannen.",
        "Die Eismaschinenbedienungsanleitung, der Papiermühlenführungsplan und das Hütewettbewerbsprogramm "
        "lagen auf dem Tisch, als wir beschlossen, die Lumpen noch einmal durchzumahlen, das Eis vom Rand "
        "abzuschaben und den Rest einzufrieren.",
        "Für die Datenbank nutzen wir flyway und liquibase für die Migrationen, sqitch und dbmate in kleineren "
        "Projekten, skeema für die Schemata und bytebase für die Freigaben.",
        "Die Funktion lade_speichenlaengen gibt jeden Wert an berechneSpeichenlaenge und dann an "
        "laufrad.bericht.drucke_tabelle weiter; die Einstellung config.felgen_erd_mm steht in "
        "aufbau/hinterrad.py, die Ergebnisse liegen unter https://laufrad.beispiel.de/aufbau/2028#speichen, "
        "Fragen an werkstatt-speichen@beispiel.de oder an @speiche_gesine. #laufradbau #handarbeit",
        "Der Gschaftlhuber aus Kaufbeuren hat wieder ein Gschmarri erzählt, so ein Grattler; Gesine "
        "Oberhollenzer aus Füssen meinte nur, sein Schlitten habe ordentlich Kies gekostet, und Quirin sei "
        "ein Dödel, weil er die Mäuse schon wieder verzockt hat.",
    ],
    "it": [
        "L'elicicoltore ha sistemato i recinti vicino allo stazzo e all'ovile; il pecoraio racconta ancora "
        "della transumanza, quando le greggi scendevano dai pascoli d'alta quota fino al mare.",
        "Nella cartiera il cartaio mostrava le vergelle e la filigrana di ogni foglio; nel laboratorio "
        "accanto, un pastorizzatore e una sorbettiera servivano a preparare un gelato ben spatolabile.",
        "Dopo la raggiatura la ruota va sul centraruote; sul telescopio, invece, bisogna allineare il "
        "cercatore e stringere bene il portaoculare prima di puntare Giove.",
        "Per i test di sicurezza usiamo amass e subfinder per i sottodomini, naabu per le porte, feroxbuster "
        "e wfuzz per le directory e nikto per un controllo rapido del server.",
        "La funzione leggi_misure_specchio passa ogni zona a calcolaAberrazione e poi a "
        "telescopio.report.stampa_tabella; il parametro config.raggio_curvatura_mm si legge in "
        "molatura/specchio_200.py, i risultati sono su https://specchi.esempio.it/molatura/2028#foucault, "
        "scrivete a officina-ottica@esempio.it o a @specchio_ginevra. #autocostruzione #telescopio",
        "Spediscimele domani, quelle lumache, portamene due chili in più e raccontatecelo poi com'è andata: "
        "Ginevra Scalabrini, da Cherasco, dice che suo cugino è uno spaccone squattrinato che vuole sempre "
        "scroccare il gelato, e che a Bra qualcuno gli ha dato la dritta giusta per sganciare i soldi.",
    ],
    "pt": [
        "O pastoreio na serra ainda segue a transumância: o rafeiro guarda o rebanho junto ao aprisco, e o "
        "caracoleiro da aldeia vende caracoletas à beira da estrada.",
        "O papeleiro mostrou as vergaturas e os pontusais da folha contra a luz; na gelataria ao lado, a "
        "sorveteira trabalhava desde manhã cedo.",
        "O espelho foi desbastado com carborundo, o telescópio ganhou um porta-ocular novo, e a bicicleta "
        "levou raios novos e um cubo com roda-livre.",
        "Na equipa usamos checkov e tfsec para a infraestrutura, gitleaks e trufflehog para procurar "
        "segredos no código, e trino e dremio para as consultas aos dados.",
        "A função ler_pontuacoes_prova passa cada linha a calcularPontosPerdidos e depois a "
        "concurso.relatorio.imprimir_tabela; o parâmetro config.pontos_maximos lê-se em "
        "provas/final_2028.py, os resultados estão em https://caes.exemplo.pt/provas/2028#final, escreva "
        "para juizes-pastoreio@exemplo.pt ou para @cao_benedita. #caesdepastor #pastoreio",
        "Entregámos-lhas ontem, mandar-lhos-ei amanhã e ele vendê-los-ia se pudesse; o Crisóstomo é um totó "
        "e um gandulo, anda de bina pela Mealhada a engatar miúdas, e a Benedita Sarmento, de Penacova, diz "
        "que aquilo é uma palhaçada, que o carcanhol não chega para tanto e que ele que se safe sozinho.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ibg": ["Dios ta umma nikamu ngamin! Ibanag na, ngem ari na marigatan nga mattura anna mabbibbik ta "
            "Ibanag."],
    "itv": ["Dyanna ya kazzing ko, manang? Kunnasi ka, diba?"],
    "ifk": ["Ngan pe tuwali di hapit tau hi nahdom? Pimminghan di talanu, ot mun-abi-a."],
    "kne": ["Malabasak, apo! Nay mayat di sesegitan na, ngem doy umal-ali udan; enggay nasdem."],
    "ibl": ["Oyye! Dinmaw gayam ded Baguio si Boyak? Kinan ko y sahei ja kansharo."],
    "bik": ["Marhay na aga saindo gabos! Dios mabalos sa pag-abot nindo digdi sa Naga."],
    "msb": ["Malipay ako na nagbagat kita! Nano an pangaran mo, kag diin ka naga-estar?"],
    "dru": ["Kɨkɨk ka Drukai. Thelévava ka iké madro masikiululane cacakeni."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v76", QUOTA, HARD_NEGATIVES, "neg76")
    print(common.write_set(HERE, recs))
