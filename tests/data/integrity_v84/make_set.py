"""Build the v84 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v84/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v84: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from sheep
shearing, gilding with gold leaf, yurt building, oboe reeds, kintsugi repair and beach
volleyball.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why gold can be beaten into leaf thinner than light and how a gilder lays it, a shed
      tally per shearer and run in Airtable's Scripting extension (`selectRecordsAsync()`,
      `getCellValue()`, `output.table()`), an old woman scraping oboe reeds at night
      (literary), mending a bowl with kintsugi step by step, the felt tent of the steppe from
      Herodotus and William of Rubruck to Ulaanbaatar, Mongolian buuz, rally scoring and the
      smaller court in beach volleyball, an e-mail asking for a place on a shearing course;
  fr: the hidden hand signals of beach volleyball blockers, gouge thickness of oboe cane in
      Python written in Notepad++ (`csv.DictReader`, `statistics.mean()`), a shearer at dawn
      in a sheepfold on the causse (literary), water gilding a frame step by step, choosing a
      first kintsugi kit ("Bien sûr !"), the hautbois from the shawm at the French court to
      the Conservatoire system, a chocolate tart with edible gold leaf, the yurt as a home in
      France, a letter ordering oboe reeds from a reed maker;
  es: why urushi cures in a humid box (laccase), yurt roof-pole lengths in Python on Replit
      (`math.hypot()`, `math.ceil()`), a shearing gang in a Patagonian shed at sunset
      (literary), scraping an oboe reed step by step, materials for water gilding with gold
      leaf ("¡Claro!"), beach volleyball from Santa Monica to Atlanta 1996, Patagonian lamb
      on the cross, making one's own oboe reeds or buying them, an e-mail asking a yurt
      maker in Navarre for a quote;
  de: why wool sheep must be shorn, a beach volleyball scoreboard with side changes on
      StackBlitz (`addEventListener()`, `textContent`, `setInterval()`), a girl lighting the
      stove in a yurt on a winter morning (literary), water gilding a picture frame step by
      step, what a kintsugi repair with real urushi needs ("Klar!"), gold beating in Nuremberg
      and Schwabach, Mongolian khuushuur, synthetic oboe reeds against cane, a letter asking a
      shearer to come to a small farm in the Allgäu, an algorithm for dry-fitting the shards
      of a broken bowl, how a Kyrgyz yurt stands without a centre post, why beach sand burns
      on top and stays cool below;
  it: why scraping shapes the sound of an oboe reed, a round-robin beach volleyball schedule
      in Python on PythonAnywhere (`itertools.combinations()`, `csv.writer`), a grandmother
      gilding in a Florentine workshop (literary), shearing a sheep step by step, what a
      traditional kintsugi repair needs ("Certo!"), Cennino Cennini and the gold grounds,
      Abruzzese arrosticini, luxury yurts in agritourism, an e-mail asking to join an adult
      beach volleyball course;
  pt: wind and sand in beach volleyball (float serve, the "jornada nas estrelas"), shearing
      totals per shearer from Microsoft Excel with openpyxl (`load_workbook()`,
      `iter_rows()`, `create_sheet()`), a woman who has her mother's broken cup mended with
      gold (literary), putting up a yurt step by step, gilding a frame with gold leaf on oil
      size ("Claro!"), Portuguese talha dourada and the gold of Brazil, Alentejo lamb stew,
      the kintsugi fashion in self-help, a letter asking an oboe teacher for a reed-making
      course.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words of the crafts, since earlier sets used up
most closed-class compounds (rouseabout, woolclasser, skirtings, tailings, hogget, woolpress,
woolpack, goldbeater, gilder, burnisher, parcel-gilt, ormolu, oboist, gouger, shaper, reedcase,
tonoko, sunbather, beachgoer, crosscourt, offspeed, sideline, boardwalk; hautbois d'amour, cor
anglais, musette, gougeuse, façonneuse, porte-anches, contrebasson, tondaison, antenaise,
bélier, désuintage, peignage, doreur, brunissoir, mixtion, reparure, vermeil, appuie-main,
yourte, treillis, contreur, réceptionneur, beach-volley, après-soleil; esquileo, ovejero,
borregas, trasquiladas, morueco, zalea, cobertizo, toallón, bronceador, bloqueadores,
rematador, guardavidas, dorador, pomazón, polonesa, bruñidor, librillo, retablista, embolado,
estofado, sobredorado, oboísta, gubia, tudel, contrafagot; Scherer, Vergolder, Anschießer,
Filzvorhang, Jause, Topfen, Obers, Sackerl, Marillen, Gspritzter, Haberer; tosatura,
tosatrice, montone, agnelloni, vello, untuoso, mungitura, ombrellone, sdraio, bagnino,
pallonetti, bagher, schiacciate, palleggiatore, doposole, raccattapalle, paravento, doratore,
missione, mecca, pennellessa, brunitoio, guazzo, oboista, sgorbiatrice, sagomatrice,
portaance, controfagotto; tosquia, borregas, carneiro, curral, malhada, velos, churra,
bardo, toldo, espreguiçadeira, bronzeador, dourador, brunidor, bolo arménio, entalhador,
talha, retábulo, oboísta, goiva, porta-palhetas, corne-inglês, iurta), tool and brand names
in lower case in prose (lingot, canorus, giada, amberol, vexflow, wireplumber; flowblade,
pitivi, natron, losslesscut, qimgv, oculante; datavolley, peranavolley, ovscout2, rallly,
pretix, chatwoot; gocryptfs, cryptomator, veracrypt, pgloader, supavisor, yugabytedb; niri,
labwc, leftwm, wayfire, imv, swayimg; localsend, warpinator, scrcpy, kdeconnect, gsconnect,
readest), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds (Beachvolleyballturnierauslosung,
Schafschurwettbewerbsanmeldung, Jurtendachkranzbauanleitung, Oboenrohrbauwochenendkurs,
Blattgoldvergoldungsmappe) and particle verbs with zu inside (nachzuschaben, anzuschießen,
zusammenzufügen, mitzubaggern, glattzurechen), clitics and elisions (montrez-la-nous,
dites-le-leur; tráiganmelo, arreglátelas; mostratecele, comprateglieli; dourá-la-ia,
vendê-las-íamos, entregar-no-lo-ão), names of people and places, and informal and dialect
words (Australian yeah nah, fair dinkum, hard yakka, tradie, ute, esky, coldie, dunny, drongo,
bludger, rousie, thongs; Lyon gone, bugnes, mâchon, Picard biloute, berdouille, barbant,
rouspéter; Patagonian Argentine boliche, garpar, ortiva, al tiro, re; Austrian Jause, Haberer
and Swiss Velo, Trottinett, parkieren, Zmittag, Müesli, Rüebli, Grüessech mitenand; Roman
ahó, sòla, abbozza; Madeiran poncha, semilhas, and teso, ter lata, fazer gazeta, desbundar);
and texts in languages the detector does not judge (Bafia, Kwasio, Yambeta, Bafut, Koonzime,
Ngoni, Kikuyu and Teso, written as well as we could without a speaker to check them, the
Cameroonian ones least surely), some with a glue in them, which must get no word finding at
all.
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
        "In the shed the rouseabout swept the board after every sheep, the woolclasser threw out the skirtings "
        "and tailings, and the hogget mob that had been crutched in autumn came through without a single dag, "
        "ready for the woolpress and the woolpack.",
        "The goldbeater's booklet held twenty-five leaves; the gilder lifted each one with her tip, laid it over "
        "the bole, burnished the highlights with an agate burnisher and left the recesses matte, as on the "
        "parcel-gilt frame beside the ormolu clock.",
        "The oboist kept her gouger, her shaper and a reedcase in a tackle box next to a jar of tonoko, while "
        "outside a sunbather and a beachgoer watched the crosscourt rallies and an offspeed shot that died on "
        "the sideline near the boardwalk.",
        "On the practice laptop I keep lingot open as a tuner, canorus for sketching duets, giada for looping "
        "long tones, amberol for listening back, vexflow in the browser for exercises, and wireplumber to route "
        "the microphone.",
        "The script calls read_tally_sheet, hands each run to sumShearerCounts and then to "
        "reports.shed.print_summary; settings.max_per_run is read in tally/config_loader.py, the sheet is at "
        "https://shearing.example.net/tally/2027-11-02#run-4, and questions go to tally-desk@example.net or "
        "@gun_shearer_bronwyn. #shearing #crutching",
        "Yeah nah, fair dinkum: after a week of hard yakka the tradie parked his ute by the dunny and grabbed a "
        "coldie from the esky, and Bronwyn McAllister from Wagga Wagga called Hamish Kilpatrick a drongo and a "
        "bludger for rocking up to the shed in thongs, with the rousie laughing behind him.",
    ],
    "fr": [
        "Dans l'étui dormaient le hautbois d'amour, le cor anglais et une musette ; la gougeuse, la façonneuse "
        "et un porte-anches en noyer étaient rangés à côté du contrebasson.",
        "Avant la tondaison, le berger avait trié les antenaises et le bélier ; le tondeur ôta chaque toison, "
        "puis le désuintage et le peignage furent confiés à une filature des Vosges.",
        "Le doreur, muni de son brunissoir, de sa mixtion et de son appuie-main, reprit la reparure d'un cadre "
        "ancien et d'une coupe en vermeil ; dehors, sous la yourte au treillis de châtaignier, les contreurs et "
        "les réceptionneurs du tournoi de beach-volley se passaient un tube d'après-soleil.",
        "Pour filmer l'atelier de dorure, nous montons les rushes avec flowblade ou pitivi, nous truquons les "
        "plans avec natron, coupons les longueurs avec losslesscut et trions les photos avec qimgv et oculante.",
        "La fonction lire_mesures_gouge envoie chaque ligne à calculerEcartBords puis à "
        "rapports.anches.tracer_histogramme ; le seuil est dans config.epaisseur_max_centiemes, la page est "
        "https://anches.exemple.fr/gouges/2027#mesures, écrivez à atelier-anches@exemple.fr ou à "
        "@hautbois_clemence. #hautbois #anches",
        "Montrez-la-nous d'abord, puis dites-le-leur : le gone de Ghislaine a avalé trois bugnes au mâchon de "
        "la Croix-Rousse, et à Roubaix le biloute de Fulbert est rentré couvert de berdouille. C'est barbant, "
        "mais inutile de rouspéter.",
    ],
    "es": [
        "Tras el esquileo, el ovejero encerró a las borregas trasquiladas y al morueco en el corral, mientras "
        "el muchacho tendía una zalea de carnero bajo el cobertizo.",
        "Con el bronceador en los hombros y el toallón sobre la arena, los bloqueadores y el rematador "
        "comentaban el saque flotante, mientras un guardavidas vigilaba a los bañistas desde su silla.",
        "El dorador guardó el pomazón, la polonesa y el bruñidor junto al librillo de oro; el retablista "
        "revisaba un embolado y un estofado sobredorado, y la oboísta de al lado dejó la gubia, el tudel y el "
        "contrafagot de su maestro.",
        "En el club analizamos los partidos con datavolley, peranavolley y ovscout2, fijamos los "
        "entrenamientos con rallly, vendemos las entradas del torneo con pretix y contestamos a los socios con "
        "chatwoot.",
        "La función leer_varas_techo pasa cada fila a calcularLongitudVara y después a "
        "informes.yurta.imprimir_tabla; el margen está en config.separacion_cm, la documentación en "
        "https://yurtas.ejemplo.es/calculos/2027#varas, y las dudas van a taller-yurtas@ejemplo.es o a "
        "@yurta_maite. #yurta #bioconstruccion",
        "Tráiganmelo mañana, y vos arreglátelas solo, que el Nahuel es re ortiva: en el boliche de Trelew no "
        "quiso garpar la entrada, y la Anahí se fue al tiro para Puerto Madryn.",
    ],
    "de": [
        "Nach der Beachvolleyballturnierauslosung lag die Schafschurwettbewerbsanmeldung noch neben der "
        "Jurtendachkranzbauanleitung, und im Oboenrohrbauwochenendkurs fehlte die Blattgoldvergoldungsmappe.",
        "Es ist mühsam, das Rohr nachzuschaben, das Blattgold anzuschießen und die Scherben wieder "
        "zusammenzufügen; trotzdem lohnt es sich, am Sonntag am Strand mitzubaggern und den Sand vorher "
        "glattzurechen.",
        "Der Scherer schliff den Kamm, der Vergolder legte den Anschießer beiseite, und in der Jurte hing ein "
        "Filzvorhang; zur Jause gab es Topfen mit Obers, ein Sackerl Marillen und einen Gspritzten, und der "
        "Haberer aus Bad Ischl sagte nur: Passt eh.",
        "Auf dem Vereinsrechner verschlüsseln wir die Mitgliederlisten mit gocryptfs, cryptomator und "
        "veracrypt, spielen alte Daten mit pgloader ein, bündeln Verbindungen mit supavisor und testen "
        "yugabytedb als Ersatz für die alte Datenbank.",
        "Die Funktion lade_schurliste gibt jede Zeile an berechneSchurKosten und dann an "
        "berichte.hof.drucke_rechnung weiter; der Preis steht in config.preis_pro_tier, die Seite liegt unter "
        "https://schafe.beispiel.de/schur/2027#termine, Fragen an schurteam@beispiel.de oder an "
        "@fuchsschaf_johanna. #schafe #wolle",
        "Grüessech mitenand: Jannik und Merle sind mit dem Velo an den Thunersee gefahren, haben das "
        "Trottinett beim Kiosk parkiert, und Oskar aus Thun hat zum Zmittag nur ein Müesli und zwei Rüebli "
        "gegessen.",
    ],
    "it": [
        "Dopo la tosatura il montone e gli agnelloni tornarono al pascolo; la tosatrice restò sul banco, e il "
        "vello, ancora untuoso di lanolina, finì in un sacco di iuta accanto alla sala di mungitura.",
        "Sotto l'ombrellone, vicino alla sdraio del bagnino, i giocatori discutevano di pallonetti, bagher e "
        "schiacciate, mentre il palleggiatore si spalmava il doposole e il raccattapalle inseguiva il pallone "
        "dietro il paravento.",
        "Il doratore preparò la missione e la mecca, prese la pennellessa e il brunitoio d'agata per la "
        "doratura a guazzo; accanto a lui l'oboista teneva la sgorbiatrice, la sagomatrice e il portaance, e "
        "nell'armadio c'era un controfagotto.",
        "Sul portatile dell'associazione usiamo niri e labwc come compositori, leftwm e wayfire sulle macchine "
        "più vecchie, e imv e swayimg per sfogliare le foto dei tornei.",
        "La funzione genera_calendario passa ogni coppia a calcolaTurniCampo e poi a "
        "stampa.torneo.scrivi_tabellone; i campi sono in config.numero_campi, il sito è "
        "https://beach.esempio.it/tornei/2027#gironi, scrivete a segreteria-beach@esempio.it o a "
        "@beach_lucia. #beachvolley #torneo",
        "Mostratecele e poi comprateglieli pure, ma ahó, quella cornice dorata era 'na sòla; Ottavio abbozza, "
        "e a Monteverde con Annunziata e Settimio ci siamo fatti due risate.",
    ],
    "pt": [
        "Depois da tosquia, o pastor meteu as borregas e o carneiro no curral da malhada, e os velos de lã "
        "churra ficaram enfardados junto ao bardo.",
        "Debaixo do toldo, entre a espreguiçadeira e a toalha de praia, os jogadores passavam o bronzeador uns "
        "aos outros e falavam do serviço em suspensão e do bloco, enquanto o meio-campo da rede ficava à "
        "sombra.",
        "O dourador guardou o brunidor de ágata e o bolo arménio; o entalhador acabou a talha do retábulo, e a "
        "oboísta arrumou a goiva, a palheta e o porta-palhetas ao lado do corne-inglês, enquanto no quintal a "
        "iurta secava ao sol.",
        "Na escola de música passamos as gravações do telemóvel para o computador com localsend ou warpinator, "
        "espelhamos o ecrã com scrcpy, sincronizamos tudo com kdeconnect e gsconnect e lemos as partituras "
        "digitalizadas no readest.",
        "A função ler_contagem_tosquia passa cada linha a somarOvelhasPorTosquiador e depois a "
        "relatorios.tosquia.gravar_totais; o limite está em config.max_por_dia, o ficheiro em "
        "https://tosquia.exemplo.pt/contagens/2027#totais, e as dúvidas vão para equipa-tosquia@exemplo.pt ou "
        "para @tosquia_beatriz. #tosquia #ovelhas",
        "Dourá-la-ia eu mesma, e vendê-las-íamos depois, ou entregar-no-lo-ão amanhã; mas estou teso: na "
        "Madeira o Duarte pagou-me uma poncha e um prato de semilhas, e a Matilde, que tem cá uma lata, fez "
        "gazeta para ir desbundar em Câmara de Lobos com a Inês.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ksf": ["Bǝkpak bǝ́ rɨ́ŋ á Bafia; mɨ́ ndɔ́ɔ rɨkpa' á ndǎ ŋgɔ́n, mǝ́ láá bǝ́nɔ bǝ́sɛ́."],
    "nmg": ["Mè schumbèlè bi, bo ta na bo ya! Mè kina bi vè ngumba ô Lolodorf, bi kè mpoo."],
    "yat": ["Mɛ̀ nyɛ́ɛ́ bɔ́ Yambɛta; bɔ́ŋgɔ́ bá kɛ́ŋ à Kon, bá sɔ́ŋ mbɔ́ŋ wáá."],
    "bfd": ["Mbɔ̀ŋə̀ mbɔ̀ŋə̀! Fɔ̀ Bufɛ̀ʼɛ̀ à lɨ̀ʼɨ̀ nə̀ bɔ̀ŋ, nə̀ mban à ghɔ̀ nə̀ ntsɔ̀ʼɔ̀."],
    "ozm": ["Mʉ̂ lóŋ à Lomié; bʉ̀ bɨ̀ yé kʉ̂ à ndáá, mʉ̂ dʉ̀ bʉ̂ ŋkǿŋ."],
    "ngo": ["Sawubona baba! Ngiyabongakakhulu ukusivakatjela e-Songea; namuhla sizakudla inyama yemvu nabantwana."],
    "kik": ["Nĩ ngatho nyingĩ nĩ ũndũwa gũũka gũtũceerera. Rũciũ tũgũthiĩ Karatina, na tũkaagũra kĩondo kĩerũ."],
    "teo": ["Yoga noi! Ijai biai? Ejokuna, arai ijo? Eka'kiror Okello, alomunit Soroti, eyalama noi aanyun bobo."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v84", QUOTA, HARD_NEGATIVES, "neg84")
    print(common.write_set(HERE, recs))
