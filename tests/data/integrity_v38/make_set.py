"""Build the v38 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v38/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v38: v37 is scored once at the end of its round and is a tuning set from then on, like
the sets before it.  This set was written (without looking at the detector's rules or running it
on these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.

The passages (passages_<lang>.txt) are new, drawn mainly from sheepdog trials, lacemaking, flood
barriers, kite surfing, cartography and sourdough, each language with its own topics, in the
registers of LLM answers; eight in English, nine in French, Spanish, Italian and Portuguese,
twelve in German (no glue of two content words there):
  en: why sourdough rises, drawing hiking routes with folium, an old lacemaker by a harbour
      window (literary), learning to kite surf, how sheepdog trials work ("Sure! Here's..."),
      the Thames Barrier, a rye sourdough loaf, an e-mail about a lace club newsletter;
  fr: why the sea breeze rises in the afternoon, maps in QGIS, a lacemaker on a quay
      (literary), starting a levain, a day at sheepdog trials in the Massif central, the Paris
      flood of 1910, fougasse au levain, paper map versus phone app, a letter about a dike;
  es: storm surges without rain, pyproj coordinate transforms, a lacemaker of Camariñas
      (literary), starting kitesurfing, scoring a sheepdog trial, the Padrón Real of Seville,
      a sourdough loaf, kitesurf versus windsurf, a letter about river flood barriers;
  de: why sourdough smells of vinegar or yoghurt, a Leaflet map of hiking trails, a bobbin
      lacemaker at a window (literary), training a herding dog, packing for a first kite day,
      the 1962 Hamburg storm flood, a rye sourdough loaf, printed map versus phone, a letter
      about a lace meeting, Dijkstra's shortest path, mobile flood walls, why a kite can sail
      upwind;
  it: why a pasta madre lives for decades, distances with geopy, a lacemaker on Burano
      (literary), a sheepdog trial, kitesurfing on Lake Garda, the Mose barrier of Venice,
      focaccia with pasta madre, topographic versus digital maps, a letter to a bobbin-lace
      teacher;
  pt: why sourdough crust is dark and crisp, parish boundaries with geopandas and folium, a
      lacemaker of Vila do Conde (literary), protecting a house from floods, kitesurfing on the
      Lagoa de Óbidos, Portuguese cartography in the sixteenth century, broa with a natural
      starter, sourdough versus baker's yeast, a letter inviting a sheepdog trial judge.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, many of them topical compounds (somewhither, thenabouts, halfway, sheepdog,
sheepfold, shepherdess, bellwether, lambswool, pincushion, lacework, floodwall, floodplain,
spillway, kiteboard, mapmaker, farmhand, outrun; dentellière, contrevent, porte-bobines,
lève-tôt, couche-tard, chasse-mouches, remue-ménage, fourre-tout, qu'aujourd'hui, s'il;
encajera, bolillos, rompevientos, sino; ebendiese, dorthinein, Hütehund, Klöppelkissen,
Deichschart, Sielzug, Warft; merlettaia, tombolo, poc'anzi, andirivieni, viavai; rendilheira,
bilros, quebra-ventos, daqueloutro), tool names in lower case in prose (zathura, alacritty,
sops, hurl, gping, bandwhich, jless, mosh, tig, stow, sioyek), code identifiers in snake_case
and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs with zu inside (herauszufinden, hinzuzufügen, nachzufüttern,
durchzukneten), clitics and elisions (explicándoselo, dámela, tráetelos, enseñándonoslo;
raccontandocelo, tornatevene; mandá-lo-emos, dizer-vo-lo), names of people and places, and
informal spellings; and texts in languages the detector does not judge (Fon, Mooré, Dagbani,
Wallisian, Pohnpeian, Northern Ndebele, Makhuwa, Chokwe), some with a glue in them, which must
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
        "The shepherdess walked halfway up the hill to the sheepfold, where the bellwether stood by the "
        "floodwall; the farmhand had gone somewhither with the sheepdog, and the lambswool lay on a pincushion "
        "of lacework, or thenabouts.",
        "The mapmaker marked the floodplain and the spillway in red, and the kiteboard club drew its own "
        "outrun along the dunes before the tide came in.",
        "On the old laptop I read PDFs in zathura or sioyek, keep secrets in sops, test the API with hurl, "
        "watch traffic with gping and bandwhich, browse JSON with jless, log in over mosh, review commits in "
        "tig and link my dotfiles with stow, all inside alacritty.",
        "The job calls load_tide_gauges, passes each reading to computeSurgeMargin and then to "
        "barrier.gate_controller.close_sequence; config.alert_threshold_cm is read in "
        "workers/gauge_poller.py, and test_ignores_stale_readings covers the odd case.",
        "The trial results are at https://trials.example.org/2027/open-nursery?class=novice#results; send "
        "corrections to scorer-desk@example.org or ping @kelpie_fenwick. #sheepdogtrials #herding",
        "Aoibheann Ó Súilleabháin drove from Ballachulish to Llanwrtyd Wells with Tamsin Pengelly and "
        "Eilidh MacAskill, then on to Chipping Sodbury and Bude.",
        "Dunno, innit, the kite's proper knackered, bruv. Gonna grab a brew, wanna come? Laters, cheers.",
    ],
    "fr": [
        "La dentellière ferma le contrevent, rangea le porte-bobines et le chasse-mouches, et dit qu'aujourd'hui, "
        "s'il pleuvait encore, le fourre-tout resterait à la maison.",
        "Lève-tôt ou couche-tard, tout le monde a participé au remue-ménage du grenier avant le faire-part de "
        "ma belle-sœur et le pique-nique chez grand-mère.",
        "Je lis mes PDF dans zathura ou sioyek, je garde mes secrets avec sops, je teste l'API avec hurl, je "
        "surveille le réseau avec gping et bandwhich et je me connecte par mosh, le tout dans alacritty.",
        "La tâche appelle charger_maregraphes, passe chaque mesure à calculerMargeSurcote puis à "
        "barrage.commande_vannes.sequence_fermeture ; config.seuil_alerte_cm est lu dans "
        "travailleurs/releve_maregraphe.py.",
        "Les résultats sont sur https://concours.exemple.fr/2027/chiens-de-troupeau?classe=debutant#resultats ; "
        "écrivez à secretariat-jury@exemple.fr ou à @berger_gaetane. #chiensdetroupeau #dentelle",
        "Gaëtane Le Goff et Perrine Abgrall partent de Plougastel-Daoulas pour Saint-Flour, puis Yannick "
        "Chabrol les rejoint à Le Puy-en-Velay. Wesh, trop stylé, j'te jure, à plus dans l'bus.",
    ],
    "es": [
        "La encajera guardó los bolillos sino en la caja del rompevientos, y le dije: explicándoselo despacio, "
        "dámela mañana, tráetelos luego y sigue enseñándonoslo con calma.",
        "En casa leo los PDF con zathura o sioyek, guardo los secretos con sops, pruebo la API con hurl y miro "
        "la red con gping y bandwhich, todo dentro de alacritty y por mosh.",
        "La tarea llama a cargar_mareografos, pasa cada lectura a calcularMargenMarea y luego a "
        "barrera.control_compuertas.secuencia_cierre; config.umbral_alerta_cm se lee en "
        "trabajadores/lector_mareas.py.",
        "Los resultados están en https://pruebas.ejemplo.es/2027/perros-pastores?nivel=inicial#tabla; las "
        "dudas, a secretaria-jueces@ejemplo.es o a @pastor_ainhoa. #perrospastores #encaje",
        "Ainhoa Etxeberria y Xabier Olano viajan de Mondoñedo a Villanueva de los Infantes, y luego Rocío "
        "Cifuentes los recoge en Almuñécar.",
        "Tío, mola mazo, ¿vienes o qué? Bueno, vale, nos vemos en el curro, chao, xfa no llegues tarde.",
    ],
    "de": [
        "Ebendiese Hütehund-Prüfung fand dorthinein statt, wo früher die Warft stand; am Deichschart "
        "und am Sielzug lag ein altes Klöppelkissen.",
        "Die Hochwasserschutzzweckgemeinschaft, das Landeskartierungsamt und die "
        "Sauerteigbäckereigenossenschaft versuchen herauszufinden, wie man dem Teig Roggen hinzuzufügen hat, "
        "ohne den Ansatz nachzufüttern oder neu durchzukneten.",
        "Ich lese PDFs in zathura oder sioyek, verwalte Geheimnisse mit sops, teste die API mit hurl, "
        "beobachte das Netz mit gping und bandwhich und melde mich über mosh an, alles in alacritty.",
        "Der Dienst ruft load_tide_gauges auf, reicht jeden Messwert an computeSurgeMargin und dann an "
        "barrier.gate_controller.close_sequence weiter; config.alert_threshold_cm wird in "
        "workers/gauge_poller.py gelesen.",
        "Die Ergebnisse stehen unter https://pruefung.beispiel.de/2027/huetehunde?klasse=anfaenger#liste, "
        "Fragen bitte an richterteam@beispiel.de oder an @schaefer_wiebke. #hütehunde #klöppeln",
        "Wiebke Janssen und Hauke Petersen aus Husum fahren mit Gesche Ohlsen nach Bad Zwischenahn. Moin, "
        "joa, läuft bei dir, wa? Tschö mit ö.",
    ],
    "it": [
        "La merlettaia posò il tombolo poc'anzi, tra l'andirivieni e il viavai della calle, e disse: "
        "raccontandocelo adesso, tornatevene a casa prima di sera.",
        "A casa leggo i PDF con zathura o sioyek, tengo i segreti con sops, provo le API con hurl e guardo la "
        "rete con gping e bandwhich, tutto dentro alacritty e via mosh.",
        "Il servizio chiama carica_mareografi, passa ogni misura a calcolaMargineMarea e poi a "
        "barriera.controllo_paratoie.sequenza_chiusura; config.soglia_allerta_cm viene letto in "
        "lavoratori/lettore_maree.py.",
        "I risultati sono su https://prove.esempio.it/2027/cani-da-pastore?livello=base#classifica; le "
        "domande a segreteria-giudici@esempio.it oppure a @pastore_ludovica. #canidapastore #merletto",
        "Ludovica Zanin e Tommaso Scarpa partono da Pellestrina per Castelfranco Veneto, poi Iacopo Brambilla "
        "li raggiunge a Sottomarina.",
        "Zio, troppo bella sta cosa, ci sta. Vabbè, dai, ci becchiamo dopo, bella lì, ciaone.",
    ],
    "pt": [
        "A rendilheira guardou os bilros junto aos quebra-ventos daqueloutro lado da praia e disse: "
        "mandá-lo-emos amanhã, e hei de dizer-vo-lo com calma.",
        "Em casa leio os PDF no zathura ou no sioyek, guardo os segredos com o sops, testo a API com o hurl e "
        "vejo a rede com o gping e o bandwhich, tudo dentro do alacritty e por mosh.",
        "O serviço chama carregar_maregrafos, passa cada leitura a calcularMargemMare e depois a "
        "barreira.controlo_comportas.sequencia_fecho; config.limiar_alerta_cm é lido em "
        "trabalhadores/leitor_mares.py.",
        "Os resultados estão em https://provas.exemplo.pt/2027/caes-pastores?nivel=inicial#tabela; as dúvidas "
        "vão para secretaria-juizes@exemplo.pt, ou mencione @pastor_gaspar. #caespastores #rendas",
        "O Gaspar Fontoura e a Leonor Brandão vieram de Vila Nova de Cerveira e a Matilde de Castro Laboreiro, "
        "com o Duarte de Alcoutim.",
        "Ya, mano, tá-se bem, isso é mesmo fixe! Bazamos já, fica na boa, xau, até logo.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "fon": ["Mɛ e ɖo gbɛ é lɛ bi ɖo xwé ɔ mɛ sɔ́ azǎn ɔ. Un ɖu nǔ bo yi azɔ̌ ɖo ayihɔ̌ ɔgblamɛ ɖo "
            "Kutɔnu."],
    "mos": ["Mam na n kẽng raaga beoogo n da ki la kamana. Yʋʋmd fãa, kaoodb fãa rat n wa sigi bãmbẽ, "
            "la b sẽn tʋmd ne b kãadba."],
    "dag": ["Dasiba, n-yɛn chaŋ daa n-ti da nyuli ni kawana. Bɛ ni zaŋ bindiriga maaliba n-ti "
            "bipunsinima ka bɛ diri nyɛla zaŋ yɛn zaa."],
    "wls": ["ʻE au ʻalu ki te tahi ʻapogipogi ʻo fai ika mo taku tamai. ʻE mātou toe liliu mai ki "
            "te fale ʻi te efiafi ʻo kai fakatahi."],
    "pon": ["Kaselehlie! I pahn kohla nan sidohwa lakapw pwe I pahn pwainda mwenge. Ni soundi, kitail "
            "pahn mwohdmwohd pohn ahpw oh mwengemwenge."],
    "nd": ["Ekuseni sivuka kusesele, sigeze, sidle ukudla kwasekuseni, besesiya esikolo. Umama "
           "uthengisa imifino emakethe ngalolonsuku ngoba kulelanga."],
    "vmw": ["Nihiku nimosa, mwaana aahiroowa omatta wiira akhaviherye anamuyari awe. Athu yaale "
            "yaahisivela vanjene owiriyana miyaha sa nlopwana ole."],
    "cjk": ["Mwana wa mukwetu ayile ku mukanda hamwe ni masepa jenyi. Akwa-Chokwe akwete jina lya "
            "kupanga mbonge ni kuhema mukanda."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v38", QUOTA, HARD_NEGATIVES, "neg38")
    print(common.write_set(HERE, recs))
