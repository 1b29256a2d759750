"""Build the v99 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v99/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v99: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from bird
ringing (bird banding), sign painting, dulcimer making, ferret keeping, ice sailing and tortilla
making.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: what a numbered ring and a recovery tell about a bird, top speed of an ice sailing session
      from a Garmin Instinct FIT file with `fitdecode` and pandas (`rolling(5).mean()`), an old
      man cutting the sound holes of a walnut dulcimer (literary), bringing a new ferret home,
      American sign painters from the apprentices to the revival of hand lettering, northern
      Mexican flour tortillas, ferrets and young children, an e-mail asking to join a ringing group as
      a trainee;
  fr: why a ferret smells (sebaceous glands, the rut, too many baths), a pounce pattern from an
      Inkscape lettering with `svgpathtools` (`path.point()`, `path.ilength()`), a man on an
      ice yacht over black ice (literary), painting a first sign board step by step, choosing a
      first Appalachian dulcimer and its cousin the épinette des Vosges ("Bien sûr !"),
      Mortensen's rings of 1899 and the spread of ringing, maize tortillas from masa harina,
      ice sailing and its undeserved name for recklessness, a student's letter offering help
      at an estuary ringing station;
  es: what nixtamalization does to maize (lime, the pericarp, niacin and pellagra), summing up
      a ringing station's Excel sheet with pandas (`groupby`, `value_counts()`), an old
      fileteador painting a colectivo in Barracas (literary), settling a new ferret in,
      a first outing on an ice yacht in Sweden ("¡Claro!"), the history of fileteado porteño,
      hand-pressed maize tortillas, building a first dulcimer from a kit rather than from
      scratch, an e-mail reporting a ringed lesser kestrel found dead near Teruel;
  de: why ferrets sleep so much, speeds of an ice yacht run from a GPX file with `polars`
      (`rolling_mean`, `with_columns`), an old man stringing a scheitholt in the Ore Mountains
      (literary), lettering a shop window with a quill brush and a mahlstick, tuning an
      Appalachian dulcimer to D-A-d ("Klar!"), Thienemann and the Rossitten bird observatory,
      wheat tortillas, why a single ferret should not be kept alone, a letter to the Helgoland
      observatory about a ringed herring gull found on the dike, the great-circle distance of
      a ring recovery (algorithm), how an ice yacht outruns the wind (apparent wind), why black
      ice bears more than white ice (science);
  it: what ringing tells (rings, mist nets, wing chord, recoveries), dulcimer fret positions in
      Python for Autodesk Fusion 360 (`itertools.accumulate`, `round()`), a woman water-gilding
      a pharmacy window in Turin at dawn (literary), safety checks before going out on an ice
      yacht, a shopping list for a new ferret ("Certo!"), ice yachting from the Dutch canals to
      the Hudson and the DN of 1937, maize tortillas from the whole kernel (nixtamal), hand-
      painted shop signs versus cut vinyl, an e-mail asking a luthier for a dulcimer;
  pt: ferrets and rabbit hunting in Portugal, a Home Assistant heat alert for a ferret room
      (`numeric_state`, `notify.mobile_app_*`), an old sign painter lettering a Lisbon dairy
      window (literary), what to do on finding a ringed bird, the Appalachian dulcimer versus
      the hammered dulcimer ("Claro!"), the history of the maize tortilla, maize tortillas from
      masa harina, ice sailing as an Olympic sport, a bakery owner's letter asking a sign
      painter for a gilded window.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words, since earlier sets used up most
closed-class compounds (reedbed, chiffchaff, blackcap, dunnock, firecrest, unfurled, tailblock,
headblock, fretboard, noter, mahlstick, signwriter, showcard, hob, jill, iceboaters, mainsheet,
cookshack; bagueur, démailla, rougegorge, roitelet, fauvette, roselière, planchette, sillet,
appui-main, queue-de-morue, poncif, furette, entortiller; anillador, desenredó, petirrojo,
mosquitero, estadillo, carrizal, tortillera, rotulista, tiento, fileteador, requetebuenas,
tortillero; inanellatore, scricciolo, luì, fiorrancino, canneto, sgusciò, arraffò,
appallottolarsi, bolinavano; anilhador, felosa, caniçal, douramento, esgueirou-se, surripiou,
enroscar-se), tool and brand names in lower case in prose (birdnet, birdvoxdetect, seewave,
vocalpy, koogu, opensoundscape; potrace, autotrace, glyphr, fontmake, gftools, fontbakery;
pixelorama, aseprite, grafx2, drawpile, opentoonz, synfig; estlcam, universalgcodesender,
visicut, k40whisperer, rtklib, inav; teable, seatable, ente, hoarder, fider, pingvin; zwavejs,
rhasspy, picoshare, psitransfer, chibisafe, yarr), code identifiers in snake_case and camelCase
and dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Beringungshelferin, Teichrohrsänger, Japannetz, Anschlaglineal, Eissegelweltmeisterschafts-
teilnehmer, Frettchenhalterstammtisch, Schriftenmalermeisterin, Scheitholtbauer,
Tortillapressenbesitzerin) and particle verbs with zu inside (freizulassen, vorzuzeichnen,
einzuziehen, loszusegeln, aufzutragen, anzuschießen, aufzuwärmen, zurechtzuschneiden), clitics
and elisions (montrez-les-leur, rapportez-m'en; sírvanselo, ofréceselas, envíanoslos;
regalaglieli, rendetecela, restituiscimeli; devolve-lhos, deu-mos, mandou-lhas,
oferecê-las-ei, pintá-lo-emos), names of people and places, and informal, dialect and slang
spellings (swole, cakehole, jawn, barmy, floof; chenit, écoeurant, kétaine, chialer, bibitte;
cuático, chibolo; obacht, gschamig, griabig, dösig, snacken, Hawara, Alman; cinno, sburone,
sbroccato, babbiare, ghostato, piotta; pivete, buzão, breja, cabuloso, bwé, xaveco, malandro);
and texts in languages the detector does not judge (Asu, Samburu, Halia, Mekeo, Rotokas,
Molima, Kobon, Tampulma), some with a glue in them, which must get no word finding at all.
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
        "Before dawn the trainee unfurled the nets along the reedbed, and by breakfast she had ringed a "
        "chiffchaff, a blackcap, a dunnock and a firecrest, each one weighed, aged and released within minutes.",
        "The luthier glued the tailblock and the headblock, slotted the fretboard and carved a hickory noter, "
        "while next door the signwriter steadied his wrist on a mahlstick and lettered a showcard for the bakery.",
        "The hob and his jill dozed in a fleece hammock while the iceboaters hauled in the mainsheet out on the "
        "frozen bay, and the cookshack on the shore sold tortillas straight off the comal.",
        "For the dawn recordings at the observatory we run birdnet and birdvoxdetect, seewave and vocalpy for "
        "the spectrograms, koogu to train our own classifier and opensoundscape to tie it all together.",
        "The importer calls parse_ring_sheet, hands every row to estimateFatScore and then to "
        "charts.biometry.plot_wing_lengths; settings.max_net_hours is read in ringing/net_rounds.py, the notes "
        "are at https://ringing.example.com/handbook/2028#fat-scores, so mail netrounds@example.com or ping "
        "@dunnock_duty. #birdringing #nocmig",
        "Kwabena Oduya-Whitfield got swole from hauling iceboats across Lake Winnebago, and when he called his "
        "new runner plank a masterpiece, Marisol Teague told him to shut his cakehole; still, she admitted the "
        "jawn was barmy but brilliant, and her ferret Biscuit, a floof of pure mischief, loved riding in the "
        "cockpit.",
    ],
    "fr": [
        "À l'aube, le bagueur démailla un rougegorge, un roitelet et une fauvette pris dans le filet près de la "
        "roselière, nota la longueur de l'aile sur sa planchette et relâcha chaque oiseau au bord du fossé.",
        "Le luthier posa le sillet et colla la touche de l'épinette, pendant que le peintre en lettres, le "
        "poignet sur l'appui-main, reprenait un filet au pinceau queue-de-morue d'après un vieux poncif jauni.",
        "Après sa sieste, la furette s'est mise à entortiller une chaussette dans son hamac ; ma voisine de "
        "Chicoutimi trouve ça écoeurant de cute, même si le hamac à carreaux est un peu kétaine, mais son chum "
        "passe son temps à chialer contre cette bibitte qui lui vole ses bas.",
        "Pour vectoriser les lettrages, j'utilise potrace et autotrace, glyphr pour dessiner les capitales, "
        "puis fontmake, gftools et fontbakery pour compiler et vérifier la police.",
        "La fonction charger_reprises passe chaque ligne à estimerDistanceReprise puis à "
        "cartes.reprises.tracer_fleches ; la notice est sur https://baguage.exemple.net/notice/2028#reprises, "
        "écrivez à station-estuaire@exemple.net ou à @roitelet_margaux. #baguage #migrationpostnuptiale",
        "Montrez-les-leur, puis rapportez-m'en deux : Anatole Vuilleumier jure qu'il a déniché ces gouges au "
        "fond du chenit de sa cave à Yverdon, et Perrine Chappuis n'en revient toujours pas.",
    ],
    "es": [
        "Al amanecer, el anillador desenredó un petirrojo y un mosquitero de la red, apuntó la cuerda alar en "
        "el estadillo y los soltó junto al carrizal antes de la siguiente revisión.",
        "La tortillera molía el nixtamal en el metate mientras el rotulista, con el tiento apoyado en el marco "
        "de la puerta, retocaba la firma de un fileteador que había muerto hacía décadas.",
        "Sírvanselo caliente y ofréceselas a los vecinos, que las tortillas recién hechas están requetebuenas; "
        "y los tamales que sobren, envíanoslos mañana en el tortillero de la abuela.",
        "Para diseñar filetes en digital usamos pixelorama y aseprite para los bocetos, grafx2 para las "
        "paletas, drawpile para dibujar a varias manos, y opentoonz y synfig para animarlos.",
        "La función cargar_recuperaciones pasa cada fila a estimarDistanciaVuelo y luego a "
        "mapas.recuperaciones.dibujar_flechas; el manual está en "
        "https://anillas.ejemplo.net/manual/2028#recuperaciones, escribe a estacion-carrizal@ejemplo.net o a "
        "@mosquitero_ainhoa. #anillamiento #pasoprenupcial",
        "Fue cuático, en serio: el chibolo de Ximena Huamaní se escapó con el hurón por todo el mercado de "
        "Arequipa, y Teodosio Quispe tuvo que perseguirlos hasta la plaza.",
    ],
    "de": [
        "Die Beringungshelferin befreite den Teichrohrsänger vorsichtig aus dem Japannetz, maß die "
        "Flügellänge mit dem Anschlaglineal, trug die Ringnummer ins Fangbuch ein und versuchte, den Vogel "
        "möglichst rasch am Schilfgürtel freizulassen.",
        "Der Eissegelweltmeisterschaftsteilnehmer begann, die Kufenhalter neu vorzuzeichnen und die Schoten "
        "einzuziehen, während der Frettchenhalterstammtisch nebenan beschloss, im Frühjahr gemeinsam "
        "loszusegeln.",
        "Die Schriftenmalermeisterin riet dem Lehrling, das Anlegeöl dünn aufzutragen und das Blattgold erst "
        "später anzuschießen; der Scheitholtbauer und die Tortillapressenbesitzerin baten derweil darum, den "
        "Ofen rechtzeitig aufzuwärmen und die Folien passend zurechtzuschneiden.",
        "Für den Bau der Eisyacht nutzen wir estlcam und universalgcodesender an der Fräse, visicut und "
        "k40whisperer am Lasercutter, rtklib für die genaue Position und inav im Telemetriemodul.",
        "Die Funktion lade_fernfunde übergibt jede Zeile an berechneZugdistanz und dann an "
        "karten.fernfunde.zeichne_pfeile; die Anleitung liegt unter "
        "https://ringfunde.beispiel.net/anleitung/2028#fernfunde, Fragen an zentrale-nord@beispiel.net oder an "
        "@teichrohrsaenger_frauke. #vogelzug #ringfund",
        "Obacht, der Xaver Huber aus Garmisch ist gschamig, aber griabig, sagt sein Hawara aus Wien, und der "
        "Alman Jannik Vosskamp ist beim Snacken am Deich von Büsum ganz dösig geworden.",
    ],
    "it": [
        "All'alba l'inanellatore liberò dalla rete uno scricciolo, un luì e un fiorrancino presi vicino al "
        "canneto, annotò la corda alare sul quaderno e li lasciò andare prima del giro successivo.",
        "Il furetto sgusciò fuori dalla cuccia, arraffò un calzino e tornò ad appallottolarsi nell'amaca, "
        "mentre sul lago ghiacciato le barche a vela bolinavano a tutta velocità.",
        "Regalaglieli pure, quei pennelli vecchi, ma la vetrina rendetecela entro venerdì, e restituiscimeli "
        "puliti, i coltelli da doratore.",
        "Nel laboratorio di liuteria usiamo teable e seatable per il catalogo dei legni, ente per le "
        "fotografie degli strumenti, hoarder per i segnalibri, fider per le richieste dei clienti e pingvin per "
        "spedire i progetti.",
        "La funzione carica_ricatture passa ogni riga a stimaDistanzaVolo e poi a "
        "mappe.ricatture.disegna_frecce; il manuale è su https://anelli.esempio.net/manuale/2028#ricatture, "
        "scrivete a stazione-canneto@esempio.net o a @scricciolo_ornella. #inanellamento #migrazioneautunnale",
        "Ornella Bortolotti dice che quel cinno di suo nipote, a Bologna, è un po' sburone: ha sbroccato perché "
        "il furetto gli aveva rubato il telefono, e Calogero Lo Presti, da Catania, si è messo a babbiare, "
        "tanto che il ragazzo l'ha ghostato e gli deve ancora una piotta.",
    ],
    "pt": [
        "De madrugada, o anilhador soltou da rede uma felosa e um pisco, mediu a asa com a régua, anotou tudo "
        "na ficha e devolveu as aves ao caniçal antes da volta seguinte.",
        "O furão esgueirou-se da toca, surripiou uma meia e voltou a enroscar-se na cama de pano, enquanto o "
        "pintor de letreiros preparava o mordente para o douramento da montra.",
        "Devolve-lhos amanhã: a vizinha deu-mos e mandou-lhas ontem; oferecê-las-ei na festa, e o letreiro "
        "pintá-lo-emos juntos no sábado.",
        "Na casa dos furões usamos o zwavejs para os sensores, o rhasspy para os comandos de voz, o picoshare "
        "e o psitransfer para partilhar vídeos, o chibisafe para guardar as fotografias e o yarr para ler as "
        "notícias.",
        "A função carregar_recuperacoes passa cada linha a estimarDistanciaVoo e depois a "
        "mapas.recuperacoes.desenhar_setas; o manual está em "
        "https://anilhas.exemplo.net/manual/2028#recuperacoes, escreva para estacao-canical@exemplo.net ou "
        "para @felosa_benedita. #anilhagem #migracaooutonal",
        "O pivete do Anselmo Cachapuz apanhou o buzão para Campinas com uma breja na mão, e a Jucélia achou "
        "tudo cabuloso; já em Luanda, o primo dele diz que o furão é bwé malandro e que o xaveco do Anselmo "
        "não cola.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "asa": ["Vaasu vekaa vughonu na vuasu, na vetonga ndizi, mpunga na kahawa."],
    "saq": ["Supa! Keata kule ng'ejuk te nkiteng ai, amu etaa lpusani te lkees."],
    "hla": ["Alia e ateisilegu a katun teka. A tahol i tar e ka mena a luma a omi."],
    "mek": ["Lau Paulo. Papiau maꞌoai anina keani, ke lau isafa laafia ega kainai."],
    "roo": ["Ragai-a vao Rovoto. Vokiara rutu-ia uruia-ia toupaparai, ora riakova oaa vearoaioa kekepareve."],
    "mox": ["Tomotau ʼabaga qiduana ʼinaya itoatoa, ta ʼaubena ʼaidega ʼaidega waga ʼinega itauya "
            "bwanabwana ʼinaya."],
    "kpw": ["Yad ram yad mɨdem, ñɨn añɨ añɨ nɨbi bɨ gau aip manö aij hagabin."],
    "tpm": ["Ŋ̀ kʊ́ Daboya, ŋ̀ nɛ̀ŋ báál bà, bà tɔ́ŋ kàràŋ."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v99", QUOTA, HARD_NEGATIVES, "neg99")
    print(common.write_set(HERE, recs))
