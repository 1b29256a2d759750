"""Build the v92 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v92/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v92: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
accordion repair, fly tying, horse-drawn canal barges, lavender distillation, roof slating and
curling (the ice sport).

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail; German also an algorithm, a
how-it-works and a science explanation); eight in English, nine in French, Spanish, Italian
and Portuguese, twelve in German (no glue of two content words there):
  en: why a curling stone curls (running band, pebble, the scratch-guiding idea), a slate
      estimate from gauge and head lap in JupyterLab (`slates_needed()`, `math.ceil()`), a
      horse towing a coal-laden narrowboat out of the morning mist (literary), tying a
      Pheasant Tail Nymph, freeing a silent accordion reed and re-waxing its plate ("Sure!"),
      Mitcham lavender and Potter and Moore, stovies after a bonspiel, an e-mail from a care
      home booking a horse-drawn boat trip;
  fr: why slate splits into thin sheets (schistosité, the fendeurs of Angers and Trélazé),
      scoring a curling end in Python in Visual Studio Code (`math.hypot`, `sorted()`), an old
      accordion repairer by the Corrèze (literary), tying a small cul-de-canard dry fly,
      distilling lavender at home with a copper alembic and an essencier ("Bien sûr !"),
      towing on French canals from haleurs to electric tractors (the ânes of the canal du
      Berry), lavender crème brûlée, natural slate versus fibre cement (opinion), a letter
      asking a workshop to overhaul a diatonic accordion;
  es: why curlers sweep in front of the stone, working out fly-tying materials in PyCharm
      (`csv.DictReader`, `collections.Counter`, `subtract()`), a slate splitter in a quarry
      shed at Sobradelo in Valdeorras (literary), looking after an accordion in six steps,
      a first curling session ("¡Claro!"), the Canal Imperial de Aragón and its mule-drawn
      boats, lavender and Alcarria honey ice cream, tying your own flies or buying them
      (opinion), an e-mail asking a slater in Truchas (La Cabrera) to quote for a re-roof;
  de: why one horse could pull fifty tonnes by water (resistance of water and road), the
      beat of a musette accordion in Python with Spyder (`math.log2`, `numpy.arange`,
      `matplotlib`), a slater on an Eifel church steeple at dusk (literary), tying a goldhead
      nymph, curling rules for spectators ("Klar!"), the Halfen who towed ships up the Rhine,
      lavender syrup, barbless hooks (opinion), a letter from an engineering office in Füssen
      booking a curling taster, sorting stones into courses for Altdeutsche Deckung
      (algorithm), how an accordion reed sounds (how it works), why long distillation changes
      lavender oil (linalyl acetate hydrolysis; science);
  it: why an accordion goes out of tune on its own (rust, wax, metal fatigue, musette), the
      last-stone advantage from curling scores with pandas in Google Colab (`groupby()`,
      `plot.bar()`), a grandmother distilling lavender at night above Ligurian olive terraces
      (literary), tying a Valsesian fly, replacing a broken slate on a Ligurian roof
      ("Certo!"), the Burchiello towed by horses up the Brenta, trota in carpione, curling in
      Italy after the Beijing gold (opinion), an e-mail asking for a 1950s Castelfidardo
      accordion to be restored;
  pt: why a slate roof lasts a century (Valongo slate, copper nails, the ripado), a lavender
      yield log in Python in PyCharm (`csv.reader`, `statistics.mean()`, f-strings), a
      Portuguese emigrant finding a curling rink in Quebec (literary), tying a woolly bugger,
      keeping an accordion in a damp house ("Claro!"), the horse-drawn narrowboats of the
      English canal age, lavender lemonade, why Portugal should take up curling (opinion), a
      letter asking a roofer in Valongo to quote for slate repairs.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words, rare words of the crafts, dialect and prefixed words,
none of them listed by an earlier set (sarking, counterbattens, zax, leadwork, flashings,
dormer, steeplejack, reroofed, bargeboard, lengthsman, lockside, wharfinger, horseboat,
unhitched, nosebag, hames, ostler, hairwing, deerhair, marabou, tippet, backcast, wharfside,
bonspiel, centreline, clubhouse, melodeon, nightcap, camphoraceous, distillate; ardoisier,
fendeur, noue, chatière, couvreur-zingueur, volige, contre-latte, sous-toiture, coupe-ardoise,
tire-clou, mouchiste, cul-de-canard, porte-bobine, éclusier, marinier, haleur, bateau-écurie,
berrichon, halage, martin-pêcheur, péniche, accordéoniste, diatonique, soufflet, sommier,
curleuse, essencier, bouilleur; pizarrista, buhardilla, limahoya, cumbrera, rastrel,
tablazón, sacaclavos, esclusero, sirgador, mulero, caballeriza, gabarra, almadiero, almadía,
mosquero, portabobinas, efímera, tricóptero, cantueso, alhucema, hidrolato; schiefergrau,
umgedeckt, eingedeckt, abgedichtet, zentimetergenau, bergwärts, blitzblank, nachgestimmt,
lauwarm, Ortgang, Haubrücke, Fußgebinde, Treidelknecht, Halfe, Quetschkommode,
Trockenfliege, Bindestock, Hechel; conciatetti, listello, controlistello, compluvio,
scossalina, sottotegola, spaccatore, alzaia, cavallante, barcaiolo, barcone, burchiello,
moschista, morsetto, effimera, tricottero, portabobina, lavandicoltura, lavandicoltore,
riaccordare, ancia, mantice, bocciata, accosto; telhador, ripado, cumeeira, rufo, beiral,
arrais, varino, fragateiro, sirgador, barcaça, eclusa, bateira, destilaria, alfazema,
alambique, hidrolato, atador, achigã, reafinar, palheta, fole), tool and brand names in lower
case in prose (snakemake, nextflow, cromwell, samtools, bcftools, multiqc; roundcube,
snappymail, isync, offlineimap, msmtp, hexchat; openttd, freeciv, wesnoth, supertuxkart,
luanti, xonotic; monit, sysstat, collectd, rundeck, conky, gammastep; gramps, webtrees,
grisbi, tellico, mapillary, xidel; kallisto, hisat2, stringtie, fastp, seqkit, minimap2), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds (Schieferdeckermeisterprüfung, Treidelschifffahrtsmuseum,
Lavendeldestillationswerkstatt, Fliegenbindeabend, Akkordeonstimmzungenwerkstatt,
Curlingbahneisaufbereitung) and particle verbs with zu inside (einzuteilen, umzudecken,
anzulegen, anzuspannen, abzustreifen, vorzubinden, freizukehren), clitics and elisions
(accorde-le-moi, apportez-la-nous, montez-les-leur, s'enjailler; átamela, cósemelas;
legamela, riaccordatemela, un'ancia; afiná-lo-ia, entregar-lhas-emos),
names of people and places, and informal, regional and dialect spellings and slang (wabbit,
shoogly, boaking, clatty, stoater; magané, enjailler; chulísimo, joer, carallo, guachi;
dalli, Lulatsch, Hallodri, futschikato, Zinnober, verschlampt; sgama, scazzo, sclero, ciula,
stragasati; azelha, patacos, cachopa); and texts in languages the detector does not judge
(East Frisian Low Saxon, Lower Silesian, Swabian, Main-Franconian, Westphalian, Kaingang,
Guajajára and Tzeltal), some with a glue in them, which must get no word finding at all.
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
        "The slater stripped the roof back to the sarking, fixed new counterbattens and dressed every slate "
        "with his zax before hanging it; the leadwork and the flashings round the dormer went to a "
        "steeplejack who had reroofed half the churches in the county, and the rotten bargeboard was "
        "replaced last.",
        "The lengthsman lived in the lockside cottage beside the wharfinger's office, and every evening he "
        "unhitched the horseboat's mare, hung a nosebag on her hames and led her to the ostler. On Sundays he "
        "tied hairwing flies from deerhair and marabou, trimmed his tippet and practised his backcast on the "
        "wharfside.",
        "At the bonspiel the skip's last stone slid down the centreline into the button, and in the clubhouse "
        "a melodeon player kept going long after the nightcap; the raffle prize was a flask of camphoraceous "
        "distillate from the lavender farm across the loch.",
        "Our lab runs snakemake and nextflow side by side, with cromwell for the older workflows; samtools and "
        "bcftools do the variant calling, and multiqc gathers every report into a single page.",
        "The helper slates_per_square calls computeBattenGauge and then roof.courses.layout_rows; "
        "config.head_lap_mm is read in estimate/roof_quote.py, the docs live at "
        "https://slating.example.co.uk/gauges#headlap, quotes go to quotes@slating.example.co.uk, and "
        "@ridge_tile_tam posts photos under #slateroof #welshslate.",
        "Och, I'm fair wabbit and the wee boat's gone all shoogly: Eilidh Drummond skipped the Kinross rink "
        "to a win at Lochleven, Torquil MacAskill was boaking after the ferry from Mallaig, and his clatty "
        "old van still got us home, the stoater.",
    ],
    "fr": [
        "L'ardoisier de Trélazé, ancien fendeur, a refait la noue et la chatière ; le couvreur-zingueur a "
        "posé la volige, la contre-latte et l'écran de sous-toiture, puis il a taillé les dernières pièces au "
        "coupe-ardoise et arraché les vieux clous au tire-clou.",
        "Le mouchiste avait fixé un cul-de-canard sur son porte-bobine ; plus bas, l'éclusier racontait au "
        "marinier comment les haleurs et le bateau-écurie d'un berrichon remontaient autrefois le chemin de "
        "halage, pendant qu'un martin-pêcheur guettait au ras de la péniche.",
        "L'accordéoniste a changé les peaux de son diatonique et recollé le soufflet sur le sommier ; sa "
        "voisine, curleuse à Megève, lui a offert une fiole sortie de l'essencier d'un bouilleur de lavande "
        "du plateau de Valensole.",
        "Pour le courrier, l'association utilise roundcube et snappymail dans le navigateur, isync ou "
        "offlineimap pour synchroniser les boîtes, msmtp pour l'envoi, et hexchat pour bavarder le soir.",
        "La fonction compter_points reçoit la liste des pierres, appelle distanceAuBouton puis "
        "manche.score.trier_pierres ; la doc est sur https://curling.exemple.fr/regles#maison, les "
        "inscriptions vont à club-curling@exemple.fr ou à @balai_solene. #curling #megeve",
        "Accorde-le-moi avant samedi, apportez-la-nous au club et montez-les-leur jusqu'au grenier : ce "
        "soufflet est tout magané, mais on va s'enjailler quand même, dit Solène Carrière à Gaëtan Lebœuf, "
        "qu'il pleuve ou non à Saint-Pol-de-Léon.",
    ],
    "es": [
        "El pizarrista subió a la buhardilla, revisó la limahoya y la cumbrera, clavó un rastrel nuevo sobre "
        "la tablazón y arrancó los clavos viejos con el sacaclavos antes de colocar cada pieza.",
        "El esclusero del canal contaba que el sirgador y el mulero, con la mula de la caballeriza, tiraban "
        "de la gabarra por el camino de sirga, igual que el almadiero guiaba su almadía río abajo.",
        "Junto al río, el mosquero sacó del portabobinas un hilo fino y montó una efímera y un tricóptero; en "
        "casa, su mujer destilaba cantueso y alhucema, y el hidrolato olía a monte.",
        "En el club de informática jugamos a openttd y a freeciv, los pequeños prefieren wesnoth y "
        "supertuxkart, y los mayores se pasan la tarde en luanti o en xonotic.",
        "La función leer_patrones pasa cada fila a contarMateriales y luego a "
        "inventario.moscas.restar_existencias; el repositorio está en "
        "https://moscas.ejemplo.es/patrones#ninfas, las dudas van a montaje@ejemplo.es o a @mosca_itziar. "
        "#montajedemoscas #truchas",
        "Átamela bien y cósemelas antes del domingo, que el acordeón suena chulísimo aunque esté desafinado; "
        "¡joer, carallo, qué guachi! Itziar Goikoetxea y Fermín Arrizabalaga lo tocarán en Lekeitio.",
    ],
    "de": [
        "Das schiefergraue Dach war frisch umgedeckt, die Kehlen sauber eingedeckt und der Ortgang "
        "abgedichtet; der Schieferdecker hatte jeden Stein auf der Haubrücke zentimetergenau zugerichtet und "
        "zuerst die Fußgebinde gesetzt.",
        "Auf dem Leinpfad ging der Treidelknecht mit dem Pferd bergwärts, während der Halfe das Tier antrieb; "
        "am Abend saßen sie blitzblank gewaschen in der Wirtsstube, und einer spielte auf der "
        "Quetschkommode, die er tags zuvor nachgestimmt hatte. Daneben spannte ein Fliegenbinder eine "
        "Trockenfliege in den Bindestock und wickelte bei lauwarmem Tee die Hechel um den Haken.",
        "Die Schieferdeckermeisterprüfung verlangt, eine Altdeutsche Deckung einzuteilen und Kehlen "
        "umzudecken; im Treidelschifffahrtsmuseum lernten die Kinder, einem Pferd das Geschirr anzulegen und "
        "es anzuspannen, und in der Lavendeldestillationswerkstatt war es ihre Aufgabe, die Blüten "
        "abzustreifen. Beim Fliegenbindeabend ging es darum, ein paar Nymphen vorzubinden, in der "
        "Akkordeonstimmzungenwerkstatt um das Nachfeilen, und nach der Curlingbahneisaufbereitung darum, den "
        "Reif vor dem Haus freizukehren.",
        "Auf dem Server im Keller laufen monit und collectd für die Überwachung, sysstat für die Auslastung "
        "und rundeck für geplante Aufgaben; am Schreibtisch zeigt conky die Werte an, und gammastep dimmt "
        "abends den Bildschirm.",
        "Die Funktion zaehle_punkte übergibt jeden Stein an berechneAbstand und dann an "
        "spiel.ende.sortiere_steine; die Anleitung steht unter https://curling.beispiel.de/regeln#haus, "
        "Anmeldungen an jugend@curling-beispiel.de oder an @besen_kathrin. #curling #füssen",
        "Los, dalli, du langer Lulatsch, der Bus nach Garmisch-Partenkirchen fährt gleich! Kathrin Obermaier "
        "sagt, ihr Hallodri von Bruder Xaver Rieblinger hat die Curlingschuhe verschlampt, und jetzt ist das "
        "ganze Turnier futschikato, so ein Zinnober.",
    ],
    "it": [
        "Il conciatetti ha sostituito il listello e il controlistello, ha rifatto il compluvio con una "
        "scossalina di rame e ha steso la guaina sottotegola; le lastre gliele aveva portate lo spaccatore "
        "della cava di Lavagna.",
        "Lungo l'alzaia il cavallante guidava il cavallo che trainava il barcone, e il barcaiolo ricordava i "
        "tempi del burchiello sul Brenta; più su, un moschista teneva nel morsetto una piccola effimera e un "
        "tricottero, accanto al portabobina.",
        "La lavandicoltura in collina è faticosa, ma il lavandicoltore è contento; la sera suona la "
        "fisarmonica e deve riaccordare un'ancia e incollare una piega del mantice, mentre sulla pista del "
        "circolo la sua squadra prova la bocciata e l'accosto.",
        "Per l'archivio di famiglia usiamo gramps e webtrees, grisbi per i conti di casa, tellico per "
        "catalogare i dischi, mapillary per le foto delle strade e xidel per estrarre i dati dalle pagine web.",
        "La funzione conta_mani passa ogni riga a calcolaPercentuale e poi a partite.mano.ordina_punteggi; i "
        "dati sono su https://curling.esempio.it/statistiche#ultimo-tiro, scrivete a "
        "squadra-curling@esempio.it o a @scopa_ginevra. #curling #cortina",
        "Legamela stretta e riaccordatemela entro sabato, ché stasera a Recanati c'è la festa: se il nonno ti "
        "sgama con la fisarmonica aperta è uno scazzo e lui va in sclero, ciula che non sei altro! Ginevra "
        "Zanardelli e Ottavio Pellegrinetti sono già stragasati.",
    ],
    "pt": [
        "O telhador trocou o ripado podre, refez a cumeeira e o rufo junto à chaminé e endireitou o beiral; as "
        "pedras novas vieram de uma pedreira de Valongo.",
        "No Tejo, o arrais do varino e o fragateiro falavam de sirgadores e de barcaças puxadas por cavalos nas "
        "eclusas inglesas, enquanto a bateira do pescador balançava junto ao cais.",
        "Na destilaria, a alfazema passa pelo alambique e o hidrolato sai morno; ao lado, o atador de moscas "
        "prende um marabu no torno para os achigãs, e a neta tenta reafinar uma palheta desafinada do fole do "
        "acordeão.",
        "No laboratório usamos o kallisto e o hisat2 para alinhar as leituras, o stringtie para montar os "
        "transcritos, o fastp para limpar os dados, o seqkit para os converter e o minimap2 para as leituras "
        "longas.",
        "A função calcular_rendimento recebe cada destilação, chama dividirOleoPorPeso e depois "
        "colheita.parcela.guardar_registo; os dados estão em https://alfazema.exemplo.pt/colheitas#julho, "
        "escreva para destilaria@exemplo.pt ou para @alfazema_benedita. #alfazema #destilacao",
        "Afiná-lo-ia hoje, mas só entregar-lhas-emos no sábado, com a fatura, que aquilo custou uns patacos. "
        "Não sejas azelha, que a cachopa da Benedita Sarmento e o Gonçalo Vasconcelos vão tocar em Arcos de "
        "Valdevez.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "frs": ["Moin! Dat Weer is vandaag hiel moi, un wi gahn na d' Diek hen un kieken na de Scheepen in d' "
            "Haven."],
    "sli": ["Mir woarn dahääme ei Schläsing, und de Mutter hoot zu Weihnachta immer Mohklissla gemacht."],
    "swg": ["I han koi Zeit, i muaß no schaffa, ond nochher gang i zom Bäck ond hol a paar Weckla für d' "
            "Kender."],
    "vmf": ["Mir ham gestern in Würzburch an Schoppe Silvaner getrunke, und des woar fei a guder."],
    "wep": ["Wat is dat vandage för'n Wiär! Ick goh nich no buten, ick bliew leiwer in't Hus bi't Füer."],
    "kgp": ["Ẽg ta kanhgág nĩ, ẽg tóg ẽg ga ki vẽnh vĩ ka fag tãnh ke. Ẽg kófa ag tóg ẽg mỹ vẽnh kagta han "
            "ke mũ."],
    "gub": ["Tupàn uzapo zahy a'e. Tentehar wà umume'u ka'a rehe ma'e kury."],
    "tzh": ["¿Bit'il ay awo'tan? Lek ay ko'tan; ya xbaon ta abtel ta jk'inal sok te jtatik, ya jtsobtik te "
            "kajpel."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v92", QUOTA, HARD_NEGATIVES, "neg92")
    print(common.write_set(HERE, recs))
