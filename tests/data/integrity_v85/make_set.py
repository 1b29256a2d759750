"""Build the v85 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v85/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v85: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from rope
bridges, seaweed harvesting, stilt houses, glass marbles, carp ponds and cricket bats.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why cricket bats are white willow and must be knocked in, measuring marbles from a photo
      with OpenCV in JupyterLab (`cv2.HoughCircles`, `minDist`, `param2`), a Cambodian girl on
      the ladder of her stilt house in the flood season (literary), getting a farm pond ready
      for carp, the grass bridge of Q'eswachaka and its yearly renewal, laverbread cakes with
      bacon and cockles, Kashmir willow against cheap English willow, an e-mail asking for
      places on a guided seaweed walk near Fanore;
  fr: évolage and assec in the ponds of the Dombes, the sag of a rope footbridge as a catenary
      in Spyder (`numpy`, `scipy.optimize.brentq`), a boy playing marbles in a school yard
      (literary), oiling and knocking in a new cricket bat, visiting the stilt village of
      Ganvié ("Bien sûr !"), the goémoniers of the Léon, kelp soda and iodine, Sundgau fried
      carp, tourist "passerelles himalayennes", a letter asking to watch a pond being fished
      in the Brenne;
  es: Maracaibo's palafitos and the name of Venezuela, a seaweed harvest log in Google Sheets
      with Apps Script (`appendRow`, `getDataRange().getValues()`, `onFormSubmit`), an old
      woman in a palafito of Castro at low tide (literary), a garden carp pond in summer, the
      marble game of the guá ("¡Claro!"), argazo gathered as manure on the Galician coast,
      wakame and cucumber salad, keeping fibre rope bridges rather than replacing them with
      steel, an e-mail to a Costa del Sol cricket club about a boy's first bat;
  de: why carp ponds are fished out in autumn (Mönch, Fischgrube), marble diameters in Thonny
      (`statistics.mean`, `statistics.stdev`, `append()`), a woman crossing a swaying rope
      bridge in the Himalaya (literary), fitting a new grip on a cricket bat with a cone, the
      Pfahlbaumuseum Unteruhldingen ("Klar!"), Ferdinand Keller and the pile dwellings of
      1854, Franconian fried carp, the boom in wild-harvested seaweed, a letter to a Hamburg
      cricket club, the sag of a rope bridge by bisection (algorithm), how a marble machine
      works, why bladder wrack floats and stores iodine;
  it: why a cricket bat handle is cane with rubber strips, rolling marbles with matter.js in
      CodePen (`Matter.Bodies.circle`, `restitution`, `Matter.Runner.run`), an old keeper
      watching a carp pond drained at dawn (literary), gathering edible seaweed step by step,
      beach marble races with cyclist marbles ("Certo!"), the pile dwellings of Lake Ledro,
      carpa regina in porchetta from Lake Trasimeno, houses on stilts against floods, an
      e-mail booking a school visit to the rope bridge of Castelsaraceno;
  pt: why Amazonian houses stand on stilts (cheia, vazante, açacu rafts), picking the lowest
      tides for seaweed with `pandas` in Visual Studio Code (`groupby`, `idxmin()`,
      `between_time`), an old sargaceira on the beach at Apúlia (literary), a rope bridge
      between two garden trees, the marble game of the covinhas ("Claro!"), the stilt harbour
      of Carrasqueira on the Sado, oven-roasted carp, ornamental carp ponds against wildlife
      ponds, a letter asking a cricket club about training for adult beginners.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words of the crafts, since earlier sets used up
most closed-class compounds (oarweed, sugarwrack, bladderwrack, dulse, carrageen, seawrack,
sickles, footrope, handline, pile-dwelling, stilt-house, fishpond, stewpond, fingerlings,
sluice-gate, crannog, bat-maker, linseed, toe-guard, scuff-sheet, wicketkeeper, sightscreen,
outfield, steelie, clearie, onionskin, taw, aggie, marblemaker, cat's-eye; goémonier,
scoubidou, fucus, pioka, évolage, assec, pisciculteur, alevinage, empoissonnement, moine,
carpeau, tanche, gardon, tchanquées, pilotis, palafitte, lacustre, carrelet, calot, pichenette,
agate, batte, guichet; ocleros, ocle, rastrillos, argazo, hórreos, maizales, palafito, chilote,
tejuela, piscicultor, alevín, tenca, desove, oroya, canica, bolindre, guá, bate; Spülsaum,
Blasentang, Knotentang, Zuckertang, Rotalge, Tangernte, Haftscheibe, Pfahlbau, Stelzenhaus,
Pfahlrost, Murmeln, Klicker, Schusser, Knicker, Glasmurmel, Teichwirt, Teichmönch,
Karpfenteich, Spiegelkarpfen, Schuppenkarpfen, Satzkarpfen, Schlagholz, Leinöl, Geländerseil,
Spannseil; trabocco, bilancione, palafitta, peschiera, vallicoltore, avannotti, carpicoltura,
vallicoltura, guadino, retino, tinca, lucioperca, corrimano, tiranti, battitore, lanciatore,
biglie, bilia, boccino, raccoglitrice, alghicoltura; sargaceiros, gadanho, ganchorra,
moliceiros, moliço, botelho, palheiros, estacaria, palafitas, igarapé, ribeirinha, berlinde,
abafador, covinha, piscicultura, alevinos, lançador, batedor, guarda-corpo), tool and library
names in lower case in prose (pymunk, pybullet, mujoco, trimesh, meshio, sfepy; dask, zarr,
kerchunk, fsspec, h5py, cftime; numba, cupy, sympy, mpmath, pint, pooch; valgrind, uftrace,
ltrace, strace, lldb, systemtap; crun, youki, gvisor, firecracker, crosvm, nydus; tetragon,
fulcio, trilinos, hypre, slepc, dolfinx), code identifiers in snake_case and camelCase and
dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Seetangerntegenehmigung, Glasmurmelsammlerbörse, Karpfenteichabfischungstermin,
Cricketschlägerreparaturwerkstatt, Seilbrückenprüfprotokoll) and particle verbs with zu inside
(abzureißen, hochzuklettern, abzufischen, einzuklopfen), clitics and elisions (passe-la-leur,
redonne-les-leur; alcánzasela, préstamelas; tiramela, lanciamela; guardá-las-ia,
mostrar-lhas-á), names of people and places, and informal and dialect words (Irish English
craic, eejit, banjaxed, gammy, yoke; Belgian French dikkenek, brol, baraki, endéans, with
grailler; Chilean polola, pega, cuática, caleta, al tiro; Franconian Bub, Kerwa, Seidla,
Schäufele, Gschwerl, Kren, Semmel; Roman and Lombard sòla, regaz, with paccottiglia, ciofeca,
abbioccarsi; Pará égua, maninho, leseira, pai d'égua, mermã); and texts in languages the
detector does not judge (Upper Guinea Crioulo, Sãotomense, Tetun Dili, Pukapukan, Tahitian,
Wolof, Nigerian Fulfulde, Tasawaq, written as well as we could without a speaker to check them;
the Tahitian and Wolof ones use the common glued spellings Iaorana and Nanga def), which must
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
        "At low water the cutters worked along the reef with sickles, filling net bags with oarweed, "
        "sugarwrack and bladderwrack, while a few pickers searched the pools for dulse and carrageen and the "
        "seawrack thrown up by the storm lay rotting above the shingle.",
        "Crossing the gorge meant shuffling sideways along the footrope with both hands on the handline; "
        "beyond it stood a pile-dwelling, a stilt-house beside a fishpond and an old stewpond where the "
        "fingerlings were counted each autumn before the sluice-gate was opened, and out on the lake lay a "
        "crannog older than the abbey.",
        "The bat-maker rubbed linseed into the blade, fitted a toe-guard and a scuff-sheet and told the "
        "wicketkeeper to knock it in behind the sightscreen, while out on the outfield a boy flicked a "
        "steelie, a clearie and an onionskin at his grandfather's taw, and the marblemaker's cat's-eye and an "
        "old aggie rolled into the long grass.",
        "For the marble simulations I tried pymunk and pybullet first, then mujoco for the contacts, trimesh "
        "and meshio to clean up the scanned meshes, and sfepy when I wanted to see how the glass cracks under "
        "load.",
        "The script calls load_catch_log, passes each row to estimateStockDensity and then to "
        "ponds.report.render_summary; settings.max_fingerlings is read once in pond/stocking_plan.py, the "
        "logs live at https://ponds.example.net/records/2028-04-02#stocking, and questions go to "
        "pond-crew@example.net or @carp_keeper_niamh. #carppond #fishfarming",
        "The craic at the session in Doolin was mighty, but that eejit Fergal banjaxed his gammy knee on the "
        "wet slip, so Siobhán Ní Chonghaile drove him home to Ennistymon in her da's old yoke; he shan't be "
        "dancing again till Easter.",
    ],
    "fr": [
        "Au pied de la falaise, le goémonier maniait son scoubidou pour arracher les laminaires, tandis que sa "
        "fille ramassait du fucus, de la dulse et du pioka dans les flaques laissées par la marée.",
        "Dans la Dombes, entre l'évolage et l'assec, le pisciculteur surveille l'alevinage et "
        "l'empoissonnement ; au fond du filet, près du moine, frétillent un carpeau, une tanche et trois "
        "gardons.",
        "Sur le bassin d'Arcachon, les cabanes tchanquées se dressent sur pilotis comme d'anciennes "
        "palafittes d'un village lacustre, et un carrelet attend la marée ; dans la cour, un enfant vise le "
        "calot d'une pichenette, et son agate roule jusqu'à la batte de cricket oubliée près du guichet.",
        "Pour les relevés des étangs, on utilise dask et zarr pour les gros tableaux, kerchunk et fsspec pour "
        "lire les archives à distance, h5py pour les anciens fichiers et cftime pour les calendriers étranges "
        "des modèles climatiques.",
        "La fonction lire_releves passe chaque ligne à calculerDebitBonde puis à etangs.rapport.tracer_niveau ; "
        "la doc est sur https://etangs.exemple.fr/dombes/2028#vidange, les questions vont à "
        "equipe-etangs@exemple.fr ou à @carpe_de_dombes. #pecheetang #pisciculture",
        "Passe-la-leur, ta bille, et redonne-les-leur après, hein ! Arrête de faire le dikkenek, Jempi : range "
        "ton brol, le baraki d'à côté est déjà venu fouiller le garage, et on va grailler chez Mamy Ghislaine "
        "à Marcinelle endéans l'heure.",
    ],
    "es": [
        "Con la marea baja, los ocleros asturianos sacan el ocle con rastrillos y redes, mientras que en "
        "Galicia el argazo se amontonaba junto a los hórreos antes de abonar los maizales.",
        "En Chiloé, el palafito chilote de tejuela de alerce mira al mar; en el estanque, el piscicultor "
        "separa el alevín de tenca tras el desove de la carpa, y río arriba una oroya cruza la quebrada colgada "
        "de su cable.",
        "El niño guardaba cada canica y cada bolindre en una lata y marcaba el guá con el tacón; su hermano "
        "mayor, en cambio, prefería el bate de sauce y el críquet de los ingleses del barrio.",
        "En el servidor del laboratorio usamos numba y cupy para acelerar los cálculos, sympy y mpmath para "
        "las fórmulas de la catenaria, pint para las unidades y pooch para descargar los datos de mareas.",
        "La función leer_cosecha pasa cada fila a calcularPesoSeco y luego a algas.informe.dibujar_grafico; "
        "los datos están en https://algas.ejemplo.es/cosecha/2028#secado, escribe a equipo-algas@ejemplo.es "
        "o a @ocle_de_llanes. #recoleccionalgas #ocle",
        "Alcánzasela a la Javiera, la canica, y las demás préstamelas a mí. Mi polola dice que la pega en el "
        "palafito fue cuática, que había caleta de gente, y que nos vamos al tiro a Castro con el Nahuel y la "
        "Ximena.",
    ],
    "de": [
        "Am Spülsaum lagen Blasentang, Knotentang und Zuckertang durcheinander, dazwischen eine leuchtende "
        "Rotalge; für die Tangernte braucht man hier eine Seetangerntegenehmigung, und es ist verboten, die "
        "Pflanzen mitsamt der Haftscheibe abzureißen.",
        "Im Pfahlbau am Ufer, einem Stelzenhaus auf einem Pfahlrost, stand eine Truhe voller Murmeln, Klicker, "
        "Schusser und Knicker; der Großvater zeigte uns, wie man eine Glasmurmel ins Loch schnippt, und "
        "versprach, mit uns die Glasmurmelsammlerbörse in Coburg zu besuchen und den Aussichtsturm "
        "hochzuklettern.",
        "Der Teichwirt zog die Bretter aus dem Teichmönch, um den Karpfenteich abzufischen; im Netz zappelten "
        "Spiegelkarpfen, Schuppenkarpfen und Satzkarpfen, denn der Karpfenteichabfischungstermin stand seit "
        "Wochen fest. In der Cricketschlägerreparaturwerkstatt riet man mir, das Schlagholz mit Leinöl zu "
        "pflegen und gründlich einzuklopfen, und das Seilbrückenprüfprotokoll verlangte ein neues "
        "Geländerseil und ein neues Spannseil.",
        "Auf dem Testrechner laufen valgrind und uftrace für die Speicherfehler, ltrace und strace für die "
        "Aufrufe, lldb zum Debuggen und systemtap für die Messungen im Kernel.",
        "Die Funktion lade_messwerte gibt jede Zeile an berechneSauerstoffgehalt und dann an "
        "teiche.bericht.zeichne_kurve weiter; die Daten liegen unter "
        "https://teiche.beispiel.de/aischgrund/2028#abfischen, Fragen an teichteam@beispiel.de oder an "
        "@karpfen_kathi. #karpfenteich #abfischen",
        "Der Bub hat auf der Kerwa in Höchstadt zwei Seidla getrunken und ein Schäufele gegessen, und danach "
        "wollte das ganze Gschwerl noch zum Karpfen mit Kren und einer Semmel, aber die Kathi Dörfler hat "
        "gesagt: Jetzt langt's, ab nach Haus.",
    ],
    "it": [
        "Il trabocco abruzzese e il bilancione del delta del Po sono capanni da pesca su pali, lontani parenti "
        "della palafitta; nella peschiera accanto, il vallicoltore controllava gli avannotti e spiegava la "
        "differenza fra carpicoltura e vallicoltura.",
        "Con il guadino e il retino il pescatore tirò fuori una tinca e un lucioperca; poi, sul ponte "
        "tibetano, si aggrappò al corrimano mentre i tiranti vibravano nel vento sopra la gola.",
        "Il battitore impugnò la mazza e il lanciatore prese la rincorsa; a bordo campo un bambino contava le "
        "sue biglie, una bilia di vetro e un boccino, mentre la zia, raccoglitrice di alghe, parlava di "
        "alghicoltura e di lattuga di mare.",
        "Sui server del progetto usiamo crun e youki come runtime dei container, gvisor e firecracker per "
        "isolare i carichi più rischiosi, crosvm per le macchine virtuali leggere e nydus per scaricare le "
        "immagini più in fretta.",
        "La funzione leggi_biglie passa ogni riga a calcolaDiametroMedio e poi a "
        "biglie.grafici.disegna_istogramma; i dati sono su https://biglie.esempio.it/collezione/2028#misure, "
        "scrivete a squadra-biglie@esempio.it o a @biglia_di_ninetta. #bigliedivetro #collezionismo",
        "Regaz, tiramela qui quella mazza e lanciamela piano, che quella da trenta euro era una sòla, "
        "paccottiglia vera; il caffè del bar di Ostiense era una ciofeca, e dopo pranzo Gianmarco si è "
        "abbioccato sul divano di zia Filomena.",
    ],
    "pt": [
        "Na Apúlia, os sargaceiros apanhavam as algas com o gadanho e a ganchorra, e na ria de Aveiro os "
        "moliceiros carregavam o moliço, enquanto o botelho secava na areia.",
        "Nos palheiros da Tocha, erguidos sobre estacaria de pinho, e nas palafitas da Amazónia, junto ao "
        "igarapé, a família ribeirinha guarda as redes debaixo do soalho; no quintal, a ponte de cordas tem "
        "guarda-corpo de rede.",
        "O miúdo guardava cada berlinde e o abafador num saco de pano e abria a covinha com o calcanhar; no "
        "tanque da piscicultura ao lado, os alevinos de carpa cresciam depressa, e o pai, lançador e batedor "
        "da equipa de críquete, treinava no relvado.",
        "No cluster do laboratório correm o tetragon para vigiar os processos e o fulcio para assinar as "
        "imagens, e o trilinos, o hypre, o slepc e o dolfinx para as simulações da ponte.",
        "A função ler_mares passa cada linha a calcularBaixaMar e depois a algas.graficos.desenhar_ciclo; os "
        "dados estão em https://algas.exemplo.pt/apulia/2028#sargaco, escreva para equipa-algas@exemplo.pt "
        "ou para @sargaceira_da_apulia. #apanhadealgas #apulia",
        "As redes? Guardá-las-ia eu, mas o Edivaldo mostrar-lhas-á amanhã em Santarém, quando a Raimunda "
        "chegar de Alenquer. Égua, maninho, que leseira! A palafita nova do parente ficou pai d'égua, mermã.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "pov": ["Kuma ku bu sta? N sta bon. Oji N na bai tabanka pa kumpra bianda ku pis na feira."],
    "cri": ["Bô sa bwa? Ami sa bwa, Dêsu paga. Ami ska bá plaia ku mosu mu pa kumê pixi."],
    "tdt": ["Bondia! Ha'u naran Maria no ha'u hela iha Dili. Ohin ha'u ba merkadu atu sosa ikan ho modo."],
    "pkp": ["Ko au e wano ki te moana, ke tautai ika i te vaka ma toku tamana."],
    "tah": ["Iaorana! E haere au i te mātete i teie poipoi no te hoʻo i te iʻa."],
    "wol": ["Nanga def? Maa ngi fi rekk, alxamdulilaa. Léegi maa ngi dem marse ngir jënd jën ak ceeb."],
    "fuv": ["A jam na? Jam tan. Mi yahay luumo ngam soodugo kosam e nyiiri."],
    "twq": ["Ɣáy bà-kóy Ìngàl súbà, ɣáy ga dáy hámní nda kóobì."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v85", QUOTA, HARD_NEGATIVES, "neg85")
    print(common.write_set(HERE, recs))
