"""Build the v103 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v103/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v103: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from maple
syrup tapping, ballroom dancing, snow chains, scrimshaw, bog snorkelling and cuckoo clocks.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why maple sap runs only in the freeze-thaw weeks (stem pressure, taphole, bud break), a
      two-note cuckoo call on an Adafruit Feather RP2040 in CircuitPython (`pwmio.PWMOut`,
      `time.localtime()`, a DS3231), a whaleman pricking a woman's portrait into a tooth in
      the forecastle (literary), fitting snow chains step by step, tips for a first waltz
      lesson ("Sure! Here's..."), the World Bog Snorkelling Championships at Llanwrtyd Wells
      and the Waen Rhydd bog, maple taffy on snow, an e-mail asking a repairer to mend the
      bellows of a grandmother's cuckoo clock;
  fr: how a cuckoo clock calls (bellows, pipes, count wheel), the Jones rule of 86 for sap and
      syrup in Python in JupyterLab (`pandas.read_csv()`), a young woman in a Viennese waltz
      under the chandeliers (literary), fitting snow chains, bog snorkelling at Llanwrtyd
      Wells ("Bien sûr !"), scrimshaw on American and Le Havre whalers and Frederick Myrick,
      pouding chômeur with maple syrup, textile snow socks versus chains under the loi
      Montagne, a letter booking private waltz lessons for a wedding;
  es: why whalers engraved sperm-whale teeth (dentine, baleen whales have none), sorting songs
      by dance from their bars per minute with librosa and Audacity (`librosa.beat.beat_track()`),
      a granddaughter restarting her grandfather's cuckoo clock (literary), snow chains on the
      Navacerrada pass, a first bog snorkelling race ("¡Claro!"), the Black Forest cuckoo clock
      from the Ketterer legend to Eisenlohr's Bahnhäusle of 1850, pancakes with maple syrup,
      ballroom dancing as a sport versus the village verbena, an e-mail to a museum about an
      inherited scrimshaw tooth;
  de: why maple sap runs (frost and thaw, Zapfloch), a snowfall reminder to pack the chains with
      the Open-Meteo API (`requests.get()`, `daily=snowfall_sum`, `elevation`), an old Triberg
      clockmaker carving a bird at dusk (literary), the slow waltz basic step and rise and fall,
      five facts about scrimshaw ("Klar!"), Black Forest clockmaking and the Uhrenträger,
      Kaiserschmarrn with maple syrup, all-season tyres and snow socks versus real chains, a
      letter inviting a friend to the bog snorkelling championship, the skating system for
      placing a dance final (algorithm), how a snorkel works and why it is short, why a
      sperm-whale tooth takes the needle and shows growth layers (science);
  it: why snow chains grip (link pressure, ladder and diamond patterns), ranking bog
      snorkelling times from a LibreOffice Calc sheet with pandas (`pd.to_timedelta()`,
      `rank(method='min')`), an old couple's Saturday foxtrot in a dance hall (literary),
      looking after a cuckoo clock, a day at a Québec cabane à sucre ("Certo!"), Harry Weed's
      snow chain patent of 1904 and what came after, panna cotta with maple syrup, sport
      dancing versus the liscio of Romagna, an e-mail commissioning a scrimshaw-style knife
      handle;
  pt: why bog water is dark (Sphagnum, humic acids, peat), a cuckoo clock in the browser in
      JavaScript on CodePen (`new Audio()`, `setInterval()`, the `ended` event), an old Azorean
      whaleman engraving a tooth at the lookout on Pico (literary), snow chains in the Serra
      da Estrela, tips for a first ballroom class ("Claro!"), maple syrup from the peoples of
      the Great Lakes to Quebec today, salmon glazed with maple syrup, why absurd contests
      such as bog snorkelling are good for a village, a letter asking a clockmaker to restore
      a father's cuckoo clock brought back from Stuttgart.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (sugarbush, sugarhouse, taphole, spile, sapwood, sugaring-off,
scrimshander, whalebone, busk, baleen, floorboards, quickstep, foxtrot, ballgown, tailcoat,
bogland, peatland, sphagnum, flippers; acéricultrice, érablière, chalumeau, évaporateur,
sucrerie, grands-pères, queue-de-pie, haut-de-forme, demi-volte, chassé-croisé, cavalière,
tic-tac, soufflet, baleinière, cachalot, fanon, tuba, palmes, tourbeux, sphaigne, pare-chocs;
cachalote, ballenero, marfileño, bailarín, chachachá, contradanza, esnórquel, antivaho,
superligeras, turbera, sirope, autotensables, santiamén, cuentarrevoluciones, relojería, cucú;
capodoglio, baleniera, mantici, boccaglio, pinne, torbiera, sfagno, valzer, autobloccanti,
ultraleggere, antigelo, soprascarpe, arcistufa; baleeiro, cachalote, arpoador, trancador,
vigia, barbatanas, musgo, foxtrote, pêndulo, seiva, ácer, autotensoras, ultraleves,
anticongelante, pisca-pisca, conta-rotações, tapa-rodas), tool and brand names in lower case in
prose (openttd, freeciv, wesnoth, hedgewars, supertuxkart, xonotic; gromacs, lammps, cp2k,
nwchem, pymol, ovito; retroarch, dosbox, scummvm, ppsspp, duckstation, mgba; vosk, kaldi,
coqui, espeak-ng, rhasspy, sonic-visualiser; qutebrowser, nyxt, luakit, vimb, falkon,
librewolf; pychess, scid, cutechess, gnuchess, lc0, xboard), code identifiers in snake_case
and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds (Kuckucksuhrenmanufakturbesichtigung, Schwarzwalduhrenschildmalerin,
Kuckucksuhrengehäuseschnitzer, Kettenanlegepflichtschild, Standardtanzturnierwochenende,
Turniertanzpaarbetreuerin, Standardformationstanzmannschaft,
Moorschnorchelweltmeisterschaftsanmeldung, Moorgrabenschnorchelstrecke,
Ahornsirupverkostungsnachmittag, Zuckerahornbestand, Pottwalzahnschnitzereiausstellung,
Walzahnritzkunst) and particle verbs with zu inside (vorzutanzen, mitzutanzen,
durchzuschwimmen, abzuzapfen, auszubessern), clitics and elisions (écris-le-lui,
parles-en-lui, glissez-la-lui, s'enjailler; cuélgaselo, arrímaselas; appendiglielo,
montagliele, dell'orologio; pendura-lho, ensinar-lhe-ei, dir-vos-ia), names of people and
places, and informal and dialect words (New England and Canadian mud season, wicked, dooryard,
frappe, jimmies, keener, loonie; Welsh English twp, lush; Swiss and Ivorian French roille,
gouille, chenit, môgô, s'enjailler; Cuban, Peruvian and Venezuelan jama, yuma, causa,
chibolos, ladilla; Swabian and Alemannic gugg emol, Schätzle, Mädle, Hääs, Kehrwoch, Viertele,
Bobbele, Wecken, Grombiere; Lombard, Venetian, Romagnol and Bolognese ghisa, ocio, ciapa,
morosa, burdél, pataca, cinno, triggerare; Angolan, Mozambican and Brazilian maka, muadiê,
machimbombo, txopela, xará, pequenada); and texts in languages the detector does not judge
(Mongo, Tetela, Nande, Kagulu, Mwani, Kutu, Pokomo, Moba, written as well as we could without a
speaker to check them), some with a glue in them, which must get no word finding at all.
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
        "In the sugarbush behind the sugarhouse, every taphole got a fresh spile, and the sapwood around "
        "last year's wounds had healed cleanly; by sugaring-off time the evaporator had boiled down enough "
        "syrup for the whole valley.",
        "The old scrimshander kept a whalebone busk and a strip of baleen on the shelf above his bench. "
        "Downstairs, where the floorboards creaked, his granddaughter practised the quickstep and the foxtrot "
        "in a borrowed ballgown while her partner hunted for his tailcoat.",
        "The trench runs through open bogland, a soggy peatland of sphagnum and rushes, and swimmers in "
        "flippers crawl its length twice. Dai Prosser from Beulah said you'd have to be twp to go in at all, "
        "but Rhiannon went in three times and called the water lush.",
        "At the club's LAN night we ran openttd and freeciv on one table, wesnoth and hedgewars on another, "
        "and the younger ones raced in supertuxkart before a noisy round of xonotic.",
        "The script calls read_sap_log, passes each row to estimateSyrupYield and then to "
        "charts.season.plot_brix_curve; the threshold lives in config.min_brix_percent, the data are at "
        "https://sugarbush.example.org/seasons/2028#march, and questions go to sap-crew@example.org or to "
        "@maple_tapper_hollis. #sugaring #maplesyrup",
        "Hollis said mud season in St. Johnsbury was wicked long this year, so we sat in the dooryard with a "
        "frappe and chocolate jimmies until Thaddeus Pelletier drove over from Sherbrooke, grinning like a "
        "keener, with a loonie in his hand for the parking meter.",
    ],
    "fr": [
        "À l'érablière, l'acéricultrice plante un chalumeau dans chaque entaille et surveille l'évaporateur "
        "toute la nuit ; à la sucrerie voisine, on sert des grands-pères dans le sirop et de la tire sur la "
        "neige.",
        "Le danseur, en queue-de-pie et haut-de-forme, enchaîna une demi-volte et un chassé-croisé avant que "
        "sa cavalière ne reprenne le quickstep. Dans la vitrine d'en face, le tic-tac des coucous se mêlait "
        "au sifflement d'un soufflet fatigué.",
        "Sur la baleinière, le harponneur rangeait une dent de cachalot et un fanon qu'il graverait plus "
        "tard. Aujourd'hui, dans une tourbière du pays de Galles, des nageurs en palmes et tuba traversent "
        "une eau tourbeuse bordée de sphaigne, et le public les applaudit derrière les pare-chocs des "
        "voitures garées.",
        "Au labo, le cluster fait tourner gromacs et lammps pour la dynamique moléculaire, cp2k et nwchem "
        "pour la chimie quantique, tandis que pymol et ovito servent à visualiser les résultats.",
        "La fonction lire_releves_seve passe chaque ligne à calculerRendementSirop puis à "
        "graphiques.saison.tracer_brix ; le seuil se trouve dans config.brix_minimum, les données sont sur "
        "https://erabliere.exemple.ca/saisons/2028#mars, et les questions vont à equipe-erable@exemple.ca "
        "ou à @seve_de_mars. #tempsdessucres #acericulture",
        "Écris-le-lui ce soir, ou mieux, parles-en-lui demain : Ghislaine, de Martigny, dit qu'avec cette "
        "roille la gouille devant le chalet déborde et que le garage est plein de chenit. À Yopougon, Koffi "
        "et son môgô comptent bien s'enjailler tout le week-end.",
    ],
    "es": [
        "El ballenero guardaba un diente de cachalote de tono marfileño junto a su navaja, y en la otra punta "
        "del puerto un bailarín ensayaba el chachachá y la contradanza para las fiestas del sábado.",
        "El esnórquel con máscara antivaho y unas aletas superligeras no evitaron que el agua de la turbera, "
        "oscura como el sirope de arce, le entrara en la boca; aun así, terminó los dos largos sin calambres. "
        "En la relojería de la esquina, el cucú anunciaba las doce.",
        "Las cadenas autotensables se montan en un santiamén; aun así, conviene mirar el cuentarrevoluciones "
        "y no pasar de cincuenta mientras las llevas puestas.",
        "En el viejo portátil del club tenemos retroarch y dosbox para los juegos de siempre, scummvm para las "
        "aventuras gráficas, y ppsspp, duckstation y mgba para las consolas portátiles y de sobremesa.",
        "La función leer_tiempos_turbera pasa cada fila a calcularPuestoFinal y luego a "
        "graficos.carrera.dibujar_podio; el límite está en config.tiempo_maximo_seg, los datos están en "
        "https://buceoturbera.ejemplo.es/resultados/2028#final, y las dudas van a jueces-turbera@ejemplo.es "
        "o a @aletas_de_ainhoa. #buceoenturbera #aletas",
        "Cuélgaselo en la pared y arrímaselas a la estufa, que las botas vienen empapadas. Yanelis escribe "
        "desde Camagüey que la jama estuvo riquísima y que el yuma no paró de bailar, mientras mi causa Renzo, "
        "en Arequipa, dice que cuidar a los chibolos de su hermana es una ladilla.",
    ],
    "de": [
        "Nach der Kuckucksuhrenmanufakturbesichtigung in Schonach erzählte die Schwarzwalduhrenschildmalerin "
        "von einem Kuckucksuhrengehäuseschnitzer, der noch für die Uhrenträger gearbeitet hatte; draußen am "
        "Pass stand ein Kettenanlegepflichtschild.",
        "Für das Standardtanzturnierwochenende suchte die Turniertanzpaarbetreuerin noch Helfer, und die "
        "Standardformationstanzmannschaft bat darum, am Samstagmorgen vorzutanzen und beim Abschlussball "
        "mitzutanzen.",
        "Die Moorschnorchelweltmeisterschaftsanmeldung lag schon im Briefkasten, als ich erfuhr, dass die "
        "Moorgrabenschnorchelstrecke zweimal durchzuschwimmen ist. Am Ahornsirupverkostungsnachmittag im "
        "Zuckerahornbestand zeigte man uns, wie man den Saft abzuzapfen und die Zapflöcher auszubessern hat, "
        "und in der Pottwalzahnschnitzereiausstellung ging es um die alte Walzahnritzkunst.",
        "Für die Sprachsteuerung im Bastelkeller laufen vosk und kaldi für die Erkennung, coqui und espeak-ng "
        "für die Sprachausgabe und rhasspy als Zentrale; die Aufnahmen schaue ich mir mit sonic-visualiser an.",
        "Die Funktion lade_uhrwerk_daten gibt jeden Eintrag an berechneGangabweichung und dann an "
        "diagramme.pendel.zeichne_verlauf weiter; der Grenzwert steht in config.max_abweichung_sek, die Daten "
        "liegen unter https://kuckuck.beispiel.de/uhren/2028#pendel, Fragen an uhrenwerkstatt@beispiel.de "
        "oder an @kuckuck_aus_furtwangen. #kuckucksuhr #schwarzwald",
        "Gugg emol, Schätzle, des Mädle hat ihr neues Hääs an! Bevor am Samstag die Kehrwoch dran ist, "
        "trinken wir in Gengenbach noch ein Viertele mit dem Bobbele und Fridolin Kienzler, und zum Vesper "
        "gibt's Wecken und Grombiere.",
    ],
    "it": [
        "Il capodoglio inseguito dalla baleniera aveva denti enormi, e un marinaio ne incise uno con la punta "
        "di un ago; a casa, il cucù dell'orologio cantava ancora grazie a due mantici di carta.",
        "Con boccaglio e pinne attraversò due volte la torbiera, tra ciuffi di sfagno e acqua color caffè. "
        "La sera, in balera, chiuse il valzer lento con un inchino così profondo che la sua dama rise per "
        "cinque minuti.",
        "Le catene autobloccanti e le calze da neve ultraleggere stanno nel bagagliaio insieme al liquido "
        "antigelo e alle soprascarpe, perché sua moglie, ormai arcistufa di restare bloccata al passo, non "
        "vuole più rischiare.",
        "Sul vecchio portatile della scuola di ballo abbiamo provato qutebrowser, nyxt, luakit e vimb, ma alla "
        "fine la segretaria usa falkon per la posta e librewolf per tutto il resto.",
        "La funzione leggi_tempi_catene passa ogni riga a calcolaTempoMontaggio e poi a "
        "grafici.inverno.disegna_istogramma; la soglia è in config.minuti_massimi, i dati sono su "
        "https://catene.esempio.it/prove/2028#passo, scrivete a officina-catene@esempio.it o a "
        "@catene_di_nives. #catenedaneve #inverno",
        "Appendiglielo in salotto, quell'orologio, e montagliele tu, le catene. Ambrogio, da Lodi, mi scrive "
        "«ocio al ghisa in piazza» e «ciapa la morosa e vieni», mentre a Cesenatico il burdél di Romeo fa il "
        "pataca e a Bologna il cinno di Gherardo passa le giornate a triggerare i compagni.",
    ],
    "pt": [
        "O baleeiro do Pico guardava um dente de cachalote, e o arpoador, a quem na ilha chamavam trancador, "
        "subia todas as manhãs à vigia para procurar o sopro das baleias.",
        "Com barbatanas e tubo, atravessou a turfeira coberta de musgo e, no inverno seguinte, aprendeu a "
        "valsa e o foxtrote num salão de Coimbra. Na sala de jantar, um cuco de pêndulo comprido marcava as "
        "horas, e na despensa havia uma lata de seiva de ácer.",
        "As correntes autotensoras e as meias de neve ultraleves vão na bagageira, ao lado do anticongelante; "
        "quando o pisca-pisca do painel acendeu, o mecânico olhou para o conta-rotações e tirou os tapa-rodas "
        "antes de montar tudo.",
        "No computador do clube de xadrez correm o pychess e o scid para as partidas e a base de dados, o "
        "cutechess para os torneios entre motores, o gnuchess e o lc0 como adversários, e o xboard para quem "
        "gosta do aspeto antigo.",
        "A função ler_registos_seiva passa cada linha a calcularRendimentoXarope e depois a "
        "graficos.epoca.desenhar_brix; o limite está em config.brix_minimo, os dados estão em "
        "https://acer.exemplo.pt/epocas/2028#marco, escreva para equipa-acer@exemplo.pt ou para "
        "@seiva_da_beatriz. #xaropedeacer #seiva",
        "Pendura-lho na sala, que eu ensinar-lhe-ei depois a dar corda ao relógio; dir-vos-ia mais, mas a "
        "pequenada já está aos gritos. O Edivaldo escreveu de Luanda a dizer que não há maka nenhuma com o "
        "muadiê da oficina, e em Maputo o meu xará Anselmo apanhou um machimbombo e depois um txopela até à "
        "Costa do Sol.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "lol": ["Losako, isɔ́! Bato ba Boende bakɛndaka ndá lokole la Mbandaka, ko bɔnɛ́ tokɔkɛnda l'ekanga."],
    "tll": ["Moyo, ɔnaki! Wɛ otshikadi dimɛna? Lelo tayotshɔ la Lodja dia nsomba mbo ya ndɛ."],
    "nnb": ["Wavuka? Navuka, wasingya! Omughole akagenda e Butembo erighula ebyalya omwa katali."],
    "kki": ["Hodi! Karibu, mwanangu, ukale hasi; lelo tulya ugali na mboga ya mlenda kaya ya bibi."],
    "wmw": ["Salama, ndugu yangu? Mwana wa kisiwa cha Ibo ankwenda madhini kuvuwa somba na ngalawa yakwe."],
    "kdc": ["Mbukwa, tata! Nhagenda kumgunda kulima mpunga, ukaya kwetu mhela ya lelo."],
    "pkb": ["Mwamwuka? Hudzamwuka udzuri. Wana wa Ngao wendre mutoni kuvua samaki na mashuanyumba."],
    "mfq": ["A gbeen ŋaan? N gbeen ŋaan, Uwien pa. Tin ba ñɔ fuog Dapaongdaa."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v103", QUOTA, HARD_NEGATIVES, "neg103")
    print(common.write_set(HERE, recs))
