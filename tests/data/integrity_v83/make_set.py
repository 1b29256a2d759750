"""Build the v83 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v83/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v83: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from hedge
laying, lime plaster, ice roads, tin toys, violin bows and marmalade.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why lime plaster hardens by carbonation and lets a wall breathe, the allowable load on an
      ice road from auger readings with Gold's formula in pandas (QGIS export, `read_csv()`,
      `groupby`), an old hedger laying a hedge on a frosty day (literary), everyday care of a
      violin bow, the Road of Life across Lake Ladoga, three-fruit marmalade, the tractor flail
      against hedge laying, an e-mail asking for a novice place at a hedge laying competition;
  fr: why marmalade sets (pectin, sugar, acid), a tin-toy inventory in SQLite (`sqlite3`,
      parameterised `execute`, DB Browser for SQLite), an old bow maker at Mirecourt at night
      (literary), a lime render on an old stone wall step by step, driving on an ice road or a
      Quebec ice bridge ("Bien sûr !"), Fernand Martin's clockwork toys and JEP, bitter-orange
      marmalade, lime against cement on old houses, a letter asking a bow maker for a rehair;
  es: how an ice road carries a lorry (a floating elastic plate), watching marmalade's setting
      point with a Raspberry Pi and a DS18B20 probe (`raspi-config`, `time.sleep`), a girl
      winding up her grandmother's tin monkey in the attic (literary), checking a violin bow
      before buying it, lime finishes for a bathroom and tadelakt ("¡Claro!"), how "marmelada"
      became marmalade and Keiller of Dundee, pink grapefruit marmalade, repainting old tin
      toys or not, an e-mail asking a lime plasterer for a quote;
  de: Knicks in Schleswig-Holstein and how they are cut back or laid, a bow's balance point
      from two kitchen scales (PyCharm, `numpy.array()`, `round()`), a boy and a clockwork tin
      fire engine on Christmas Eve (literary), mending cracks in lime plaster, Estonian ice
      roads ("Klar!"), Tourte and the modern bow, English-style orange marmalade, carbon-fibre
      against pernambuco bows, a letter asking about a course in Knick care, an algorithm for
      opening an ice road section by section, how a clockwork tin toy works, why lime plaster
      hardens (the lime cycle);
  it: why a bow needs rosin (stick and slip), bringing a tin toy to life with an Arduino Nano
      and a servo (`Servo.h`, `attach`, `write`, `delay`), an aunt making orange marmalade in
      Ragusa (literary), Venetian marmorino step by step, crossing Lake Baikal on the ice
      ("Certo!"), INGAP of Padua, lemon marmalade, machine-flailed hedges against laid ones, an
      e-mail asking a Cremona bow maker to rehair a viola bow;
  pt: Portuguese marmelada (quince) and English marmalade, lime mortar quantities in Google
      Colab (`math.ceil()`, `sum()`), a Portuguese driver on a Canadian ice road at night
      (literary), laying a hedge step by step, starting a tin toy collection ("Claro!"),
      pau-brasil and the violin bow, quince marmelada, lime wash against plastic paint in the
      Alentejo, a letter offering tin toys to the toy museum at Ponte de Lima.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words of the crafts, since earlier sets used up
most closed-class compounds (billhook, quickset, stockproof, pleacher, limewash, plasterwork,
horsehair, lathwork, whitewash, ironmonger, jampot, stovetop, freeze-up, bowmaker, wind-up,
grapefruit, teatime; plessé, trognes, serpe, badigeon, gobetis, archetier, colophane,
cambrure, remèchage, déneigeuse, souffleuse, embâcle, débâcle, épluche-légumes,
coupe-légumes, confiturier, bigarades; podadera, sotobosque, espinar, estucador, encalado,
enlucido, bruñido, arquetero, colofonia, encerdado, deshielo, hojalatería, latonero,
exprimidor, enjalbegaba, revoque; Benjeshecke, Überhälter, Reisig, Wallhecke,
Pomeranzenmarmelade, Einmachglas, Gelierzucker, Bogenbauer, Aufziehspielzeug, Sumpfkalk;
roncola, polloni, ligustro, corniolo, sanguinello, prugnolo, stuccatore, grassello,
ceratura, archettaio, nasetto, ricrinatura, disgelo, portavivande, bergamotto; podão,
quebra-vento, pilriteiro, abrunheiro, caiador, demãos, colofónia, talão, degelo,
laranjas-amargas, espremedor, peitoril), tool and brand names in lower case in prose (qfield,
mergin, postgis, kobotoolbox, greptimedb, zenoh; sweethome3d, qcad, docspell, languagetool,
searxng, yacy; koillection, inventree, partkeepr, recipesage, whoogle, invidious; heaptrack,
bpftrace, sysdig, tracee, minisign, shellcheck; hadolint, yamllint, distcc, devbox, litefs,
dqlite; trailbase, instantdb, powersync, triplit, risingwave, datafusion), code identifiers
in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Eisstraßenfreigabebescheinigung, Kalkputzsanierungsangebot,
Blechspielzeugsammlungsversicherung, Knickpflegearbeiten, Bogenschwerpunkt) and particle verbs
with zu inside (vorzuziehen, auszumessen, zuzuschrauben, abzumessen), clitics and elisions
(montre-le-moi, rapporte-la-moi; guárdanoslos, apúntaselo; portategliele, rimandatemela;
devolver-lho-ei, oferecer-lhos-íamos, deram-lha), names of people and places, and informal
and dialect words (hinny, stottie, in a strop, yampy, kecks, scally, jarg, jitty; Quebec
patente, écœurant, s'enfarger, dépanneur, jaser, pis; Canarian and Andalusian fleje, machango,
gofio, malaje, esaborío; northern German Büx, Buddel, Köm, Döntjes, verpennt, reinhauen;
Sicilian camurria, talìa, picciotto, Venetian cicchetto; Porto picheleiro, aloquete, tripeiro,
molete); and texts in languages the detector does not judge (Nimadi, Shekhawati, Bhilali,
Haryanvi, Lambadi, Kurukh, Jirel, Nubri, all in Latin letters as they are often typed, written
as well as we could without a speaker to check them), some with a glue in them, which must get
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
        "The hedger swung his billhook along the old quickset, laying each pleacher low so that the field "
        "would be stockproof by spring, and by dusk the brash lay stacked in a heap beside the gate.",
        "Before the limewash went on, the cracked plasterwork was patched with a horsehair mix and the "
        "lathwork behind it was renailed; the ironmonger's whitewash brush stood in a jampot by the stovetop.",
        "After freeze-up the winter road opened across the lake, and the bowmaker drove it every January with "
        "a case of pernambuco sticks, a wind-up tin robot for his grandson and a jar of grapefruit marmalade "
        "for the cook's teatime.",
        "At the field office we run qfield on the tablets for the ice-thickness survey, sync the project with "
        "mergin, keep the road segments in postgis, collect driver check-ins through kobotoolbox, store the "
        "sensor readings in greptimedb and pass telemetry between the camps with zenoh.",
        "The job calls load_auger_readings, hands the frame to computeSafeLoad and then to "
        "survey.segments.flag_thin_ice; settings.max_gross_kg is read once in roads/ice_report.py, the map "
        "lives at https://iceroads.example.net/winter/2028?lake=9#segment-4, and questions go to "
        "survey-desk@example.net or @ice_crew_tamsin. #iceroad #hedgelaying",
        "Our Kyle from Gateshead called me hinny, pinched the last stottie and went off in a strop, his mate "
        "from Walsall turned up proper yampy in muddy kecks, and some scally from Bootle tried to flog us a "
        "jarg watch in the jitty behind Ilkeston market.",
    ],
    "fr": [
        "Au début de l'hiver, on a plessé la vieille haie à la serpe : chaque brin, entaillé puis couché "
        "contre les piquets, formera une clôture vivante, et les trognes voisines, étêtées l'an dernier, "
        "repartent déjà.",
        "Le maçon a passé un badigeon de chaux sur le gobetis ; dans l'atelier voisin, l'archetier ne parlait "
        "que de pernambouc, de colophane, de cambrure et du remèchage de son vieil archet.",
        "La déneigeuse et la souffleuse ouvrent la route de glace dès l'embâcle, bien avant la débâcle ; au "
        "camp, on cherche l'épluche-légumes et le coupe-légumes, et le confiturier coupe des bigarades pour la "
        "marmelade.",
        "Pour le chantier, nous dessinons les plans dans sweethome3d et les coupes dans qcad, classons les "
        "devis avec docspell, relisons les courriers avec languagetool et cherchons les fiches techniques "
        "avec searxng ou yacy.",
        "La fonction lire_releves_chaux passe chaque mesure à calculerTauxCarbonatation puis à "
        "rapports.enduit.tracer_courbe ; la doc est sur https://chaux.exemple.fr/chantiers/2028?mur=3#enduit, "
        "écrivez à atelier-enduits@exemple.fr ou à @plessage_gaelle. #chauxaerienne #patrimoine",
        "Montre-le-moi, pis rapporte-la-moi après : ta patente est écœurante, mais je me suis enfargé dans la "
        "neige en sortant du dépanneur à Chibougamau, et Ghislain jasait avec Maryse au lieu de m'aider. "
        "Qu'est-ce qu'il s'imagine ?",
    ],
    "es": [
        "El jardinero cortó cada rama con la podadera, la tumbó contra las estacas y dejó un seto tupido; el "
        "sotobosque y el espinar de al lado ya rebrotaban tras las heladas.",
        "El estucador dio primero un encalado, luego el enlucido y al final el bruñido con llana; en el taller "
        "vecino, el arquetero hablaba de pernambuco, crines, colofonia y del encerdado de un arco francés.",
        "Tras el deshielo cerraron la carretera de hielo; en la hojalatería del pueblo, el latonero arreglaba "
        "un exprimidor abollado mientras su hija enjalbegaba la fachada sobre el revoque de cal.",
        "Para la colección usamos koillection como catálogo, inventree y partkeepr para los repuestos de los "
        "juguetes, recipesage para las recetas de mermelada, whoogle para buscar e invidious para ver los "
        "vídeos de restauración.",
        "La función leer_inventario pasa cada juguete a calcularValorEstimado y luego a "
        "informes.coleccion.generar_ficha; el catálogo está en "
        "https://hojalata.ejemplo.es/coleccion/2028?pagina=2#trenes, escribe a catalogo-juguetes@ejemplo.es "
        "o a @hojalata_itziar. #juguetesantiguos #coleccionismo",
        "Guárdanoslos hasta el sábado y apúntaselo a Yeray, que en Telde había fleje de gente: el machango de "
        "Cristo trajo gofio para todos, y en Sanlúcar Rocío dice que su primo es un malaje y un esaborío.",
    ],
    "de": [
        "Der Landwirt setzte die Hasel auf den Stock, ließ die Überhälter stehen und schichtete das Reisig zu "
        "einer Benjeshecke; im Frühjahr trieb die Wallhecke wieder dicht aus.",
        "Die Eisstraßenfreigabebescheinigung lag neben dem Kalkputzsanierungsangebot und der "
        "Blechspielzeugsammlungsversicherung, als wir beschlossen, die Knickpflegearbeiten vorzuziehen und den "
        "Bogenschwerpunkt neu auszumessen.",
        "Beim Einkochen der Pomeranzenmarmelade bat uns Oma, die Deckel auf dem Einmachglas heiß "
        "zuzuschrauben und den Gelierzucker genau abzumessen; im Keller stand das Aufziehspielzeug neben einem "
        "Eimer Sumpfkalk, den der Bogenbauer vergessen hatte.",
        "Auf dem Server nutzen wir heaptrack und bpftrace zur Fehlersuche, sysdig und tracee zur Überwachung, "
        "minisign zum Signieren der Pakete und shellcheck für alle Skripte.",
        "Die Funktion lade_eisdicken gibt jeden Messpunkt an berechneTragfaehigkeit und dann an "
        "berichte.strecke.markiere_abschnitt weiter; die Karte liegt unter "
        "https://eisstrasse.beispiel.de/winter/2028?see=2#abschnitt-7, Fragen an streckenteam@beispiel.de "
        "oder an @eisstrasse_swantje. #eisstrasse #knickpflege",
        "Na, Keno hat's wieder verpennt: Er kam mit matschiger Büx und einer Buddel Köm aus Friedrichstadt, "
        "erzählte Döntjes über Jelde aus Garding, und dann hieß es nur noch reinhauen.",
    ],
    "it": [
        "Il contadino piegò la siepe con la roncola, intrecciò i polloni tra i paletti e lasciò una barriera "
        "fitta di ligustro, corniolo e sanguinello; accanto, il prugnolo ricacciava già.",
        "Lo stuccatore stese il grassello di calce, poi il marmorino e infine la ceratura; nella bottega "
        "accanto, l'archettaio parlava di pernambuco, colofonia, nasetto e ricrinatura.",
        "Dopo il disgelo chiusero la strada di ghiaccio; in cantina, tra un portavivande di latta e un vecchio "
        "trenino a carica, la nonna cercava i vasetti per la marmellata di bergamotto.",
        "Per il giocattolo usiamo hadolint e yamllint nella pipeline, distcc per compilare più in fretta, "
        "devbox per l'ambiente di sviluppo, litefs e dqlite per replicare il database dei pezzi.",
        "La funzione leggi_servo passa ogni posizione a calcolaAngoloBraccio e poi a "
        "giocattoli.latta.muovi_figura; lo schema è su https://latta.esempio.it/progetti/2028?pezzo=5#servo, "
        "scrivete a laboratorio-latta@esempio.it o a @latta_ginevra. #giocattolidilatta #arduino",
        "Portategliele subito e rimandatemela domani, ché 'sta camurria dell'archetto non finisce più: talìa, "
        "picciotto, a Modica Salvo se n'è andato, e a Venezia Ottavio s'è fermato per un cicchetto con Marisa.",
    ],
    "pt": [
        "O lavrador entrelaçou a sebe com o podão, prendeu as varas de aveleira às estacas e deixou um "
        "quebra-vento denso; ao lado, o pilriteiro e o abrunheiro já rebentavam.",
        "O caiador deu duas demãos de cal sobre o reboco; na oficina ao lado, o construtor de arcos falava de "
        "pau-brasil, crina, colofónia e de um talão de ébano.",
        "Depois do degelo fecharam a estrada de gelo; na cozinha, a avó cortava laranjas-amargas junto ao "
        "espremedor e pousava os frascos de marmelada no peitoril.",
        "Na aplicação do museu usamos o trailbase como servidor, o instantdb e o powersync para sincronizar, "
        "o triplit sem rede, o risingwave para os relatórios e o datafusion para as consultas ao inventário.",
        "A função ler_inventario passa cada brinquedo a calcularValorSeguro e depois a "
        "relatorios.colecao.gerar_ficha; o catálogo está em "
        "https://brinquedos.exemplo.pt/colecao/2028?pagina=3#carros, escreva para "
        "acervo-brinquedos@exemplo.pt ou para @latas_do_avo. #brinquedosdelata #museu",
        "Devolver-lho-ei amanhã; eles deram-lha e nós oferecer-lhos-íamos, mas o picheleiro de Matosinhos "
        "perdeu o aloquete, e o Rui, tripeiro dos quatro costados, comeu um molete com a Inês em Valongo.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "noe": ["Mhaaro gaam Narmada ka kinaara pa che. Aaj haat ma jwaar ko bhaav badhiya thyo, to baapu ne "
            "sab bechi diyo."],
    "swv": ["Mhaaro gaanv Jhunjhunu kanai hai. Thaane kad aavno hai? Maa kair-sangri ko saag banayo hai."],
    "bhi": ["Ame kaale jangal ma lakda leva jaisaa; tu bhi aavje, bhai, ne rotla saathe laavje."],
    "bgc": ["Ram Ram tau, kyukar aaya? Mhare gaam mein aaj byaahsai, ghani bheed sai, roti kha ke jaiye."],
    "lmn": ["Tu kasi chhi, bai? Apan tanda ma aaj Teej rame chha, sagla gor bhela ho rio chha."],
    "kru": ["Mojra! Neen ekase radai? En dao radan, innela pairee Ranchi kaldan."],
    "jul": ["Nga-ki mingla Dawa yin. Nga Jiri bazar-la tshong ko-la dokhen, khyorang yang yong."],
    "kte": ["Khyerang ga-ne yin? Nga Samagaun-ne yin, Nubri-ke lap-ki yö."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v83", QUOTA, HARD_NEGATIVES, "neg83")
    print(common.write_set(HERE, recs))
