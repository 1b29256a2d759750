"""Build the v101 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v101/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v101: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
espadrille making, neon sign bending, lobster fishing, lacrosse, dry-aged beef and well
dressing.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why dry-aged beef tastes different (calpains, cathepsins, the bark, Thamnidium), face-off
      win rates from game-sheet CSVs with polars in JupyterLab (`pl.scan_csv`, `group_by`,
      `rolling_mean`), a lobsterman hauling his traps in the fog (literary), bending a first
      neon unit over the ribbon burner, Tissington and the history of Derbyshire well dressing,
      a reverse-seared dry-aged rib-eye, why young lacrosse players should try a wooden stick,
      an e-mail asking a Mauléon espadrille workshop for a student visit;
  fr: why a lobster turns red in the pot (astaxanthin, crustacyanin), sizing a neon
      transformer in Python in PyCharm (`math.ceil`, `min()`), an old espadrille seamstress in
      Mauléon remembering the "hirondelles" (literary), dry-ageing beef in a home fridge,
      five things to know before a first lacrosse ("crosse") practice ("Bien sûr !"), the
      espadrille from the Pyrenees to the factories of Soule, homard à l'armoricaine, real
      neon versus LED "faux néon", a letter asking a Roscoff lobsterman to take a radio
      reporter on board;
  es: how an espadrille sole is braided, coiled and stitched (yute, esparteña), watching a
      dry-ageing fridge with a DHT22 on an ESP32 in MicroPython from Thonny
      (`sensor.measure()`, `urequests.post`), a lobsterman at dawn off Malpica and the Sisargas
      (literary), stringing a lacrosse head, five facts about neon signs ("¡Claro!"), lacrosse
      from the Haudenosaunee and Brébeuf to W. G. Beers, arroz caldoso con bogavante, against
      ever longer ageing of old-cow beef, an e-mail ordering wedding espadrilles from Cervera
      del Río Alhama;
  de: how a lobster moults and grows, logging the weight loss of dry-aged beef in Google Colab
      (`pd.read_csv`, `plt.plot`), a neon bender alone in his workshop after midnight
      (literary), dressing a Franconian Osterbrunnen, five tips for buying dry-aged beef
      ("Klar!"), the rise and fall of the Helgoland lobster, grilled lobster with herb butter,
      lacrosse sixes at the 2028 Olympics, a letter ordering a neon sign for a café, the tube
      length of a neon sign from its drawing (algorithm), how a lobster pot with a parlour
      works, why neon glows red and argon with mercury blue (science);
  it: why dry ageing makes beef tender (frollatura, calpaine, catepsine), the tube length of a
      neon sign from an SVG with svgpathtools in Spyder (`svg2paths`, `path.length()`), a
      spiny-lobster fisherman off Alghero and Capo Caccia (literary), a first lacrosse
      practice, seeing the Derbyshire well dressings ("Certo!"), neon signs from Georges
      Claude to the Italian boom, linguine all'astice, handmade versus industrial espadrillas,
      an e-mail asking a butcher to dry-age a costata for sixty days;
  pt: how a berried female lobster is recognised and why she goes back (pleópodes, V-notch), a
      neon sign in CSS on CodePen (`text-shadow`, `@keyframes`, `prefers-reduced-motion`), an
      old woman sewing alpercatas at her door (literary), dry-ageing beef at home in membrane
      bags, the rules of lacrosse ("Claro!"), the alpercata from the Pyrenees to Castañer and
      Yves Saint Laurent, arroz de lavagante, dry-aged beef as shop-window decoration in Lisbon,
      a teacher's letter from Ponte de Lima to the Tissington well dressers.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (lobsterman, sternwoman, potwarp, washrail, livewell, tote, culls,
shedders, puddlers, petallers, florets, churchwarden, bootmaker, nonslip, outsoles,
glassbender, rebombarded, longpole, deboned, untrimmed, foreribs; caseyeur, boëtte, vivier,
enseigniste, criée, grainée, piqueuse, alène, persillé, aiguillette baronne, araignée,
néoniste, préchauffe, défenseure, réentoile, garde-pêche; carnada, vivero, cofradía, lonja,
subastador, alpargatera, capellada, bramante, lezna, parrillero, deshuesaba, entreverados,
rotulista, precalentó, reencordó, antideslizantes, deshilachadas; Glasbläsermeister,
entlüftete, Unterdruck, Edelgas, fachsimpelten, Lacrosser, Schlägerköpfe, Anspieltechnik;
tremaglio, sottomisura, pescheria, vivaio, lombata, controfiletto, ciabattino, tomaia,
impeciato, cannello, preriscalda, ritende, infioratori, centrocampista; covos, sapateira,
lota, leiloeiro, ovada, talhante, vazia, alcatra, acém, palmilha, sovela, pré-aqueceu,
queimador, reajustou, desfiadas), tool and brand names in lower case in prose (autotrace,
potrace, vtracer, deepnest, camotics, meerk40t; prestashop, woocommerce, jpegoptim, oxipng,
pngquant, svgo; pspp, jamovi, jasp, veusz, labplot, gretl; shopware, saleor, sylius,
limesurvey, formbricks, typebot; mozjpeg, guetzli, avifenc, cavif, squoosh, gifsicle; gramps,
webtrees, invoiceplane, collabora, mnemosyne), code identifiers in snake_case and camelCase and
dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Hummerfischereigenossenschaft, Neonröhrenbiegewerkstatt, Nachbarmetzgerei,
Reifeschranktemperaturanzeige) and particle verbs with zu inside (abzuhängen, aufzufädeln,
anzuwärmen, zurückzusetzen), clitics and elisions (rends-la-leur, prête-m'en, jusqu'à;
átaselas, anúdaselas; cucinatecela, datecene, l'aragosta; cozinhá-lo-emos, põe-nas), names of
people and places, and informal and dialect words (Maine ayuh, finest kind, bugs, crawlin',
dooryard, cunnin' and Derbyshire ey up mi duck, mashing, snap; Breton French kenavo, yec'hed
mat, ribine; Galician Spanish carallo, orballo, de rechupete; Franconian and Bavarian Bassd
scho, zünftig, Schmankerl, Gönnjamin; Italian bannato, cavolata; Portuguese à maneira, sem
stresse, melga); and texts in languages the detector does not judge (Lampung Api, Lampung Nyo,
Musi, Komering, Central Malay, Ma'anyan, Jambi Malay, Ledo Kaili, written as well as we could
without a speaker to check them), some with a glue in them, which must get no word finding at
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
        "The lobsterman's daughter worked as sternwoman that summer, coiling potwarp along the washrail, "
        "topping up the livewell and banding every keeper before it went into the tote; by dusk the culls and "
        "shedders were sorted and the boat lay snug at her mooring.",
        "In the village schoolroom the puddlers had trodden the clay smooth before dawn, and the petallers "
        "began at once, filling the sky with hydrangea florets and the hills with lichen, while the "
        "churchwarden outlined the lettering in alder cones and split peas.",
        "The bootmaker fitted nonslip outsoles to a pair of espadrilles, the glassbender next door rebombarded "
        "an old sign, and the butcher across the lane, once a longpole defender, sold deboned, untrimmed "
        "foreribs that had hung for sixty days.",
        "For a new sign I vectorise the client's sketch with autotrace, potrace or vtracer, nest the patterns "
        "on the sheet with deepnest, preview the toolpaths in camotics and drive the old laser cutter with "
        "meerk40t.",
        "The logger calls read_trap_tags, hands each record to computeCarapaceLength and then to "
        "catch.reports.weekly_summary; the settings live in config/vnotch_rules.yaml, the dashboard is at "
        "https://harbour.example.net/lobster/2028?zone=3#hauls, and questions go to "
        "sternwoman.crew@example.net or @dooryard_bugs. #lobstering #vnotch",
        "Ayuh, finest kind, says Tobias Pinkham of Matinicus: the bugs are crawlin', his dooryard's stacked "
        "with traps, and his granddaughter's some cunnin'. Over in Youlgreave, Perpetua Ollerenshaw texts "
        "back: ey up mi duck, we're mashing, fetch thi snap and come and see the well boards.",
    ],
    "fr": [
        "Le caseyeur rentra à Loguivy avec ses casiers, le matelot rejeta une femelle grainée et vida la boëtte "
        "dans le vivier ; sur le quai, un enseigniste remplaçait les électrodes de la vieille enseigne de la "
        "criée.",
        "À Mauléon, la piqueuse coud la tige sur la semelle de jute avec une alène ; chez le boucher d'à côté, "
        "un train de côtes persillé attend en chambre froide, pendant que l'apprenti détaille une aiguillette "
        "baronne et une araignée.",
        "Le néoniste préchauffe le tube au brûleur à ruban puis le cintre d'un geste sûr ; sa fille, défenseure "
        "dans une équipe de crosse, réentoile ses vieilles espadrilles, tandis que le garde-pêche contrôle la "
        "taille des homards sur le port.",
        "Pour la boutique en ligne des espadrilles, on a hésité entre prestashop et woocommerce ; les photos "
        "passent par jpegoptim, oxipng et pngquant, et les logos sont allégés avec svgo.",
        "La fonction lire_casiers transmet chaque relevé à calculerTailleCarapace puis à "
        "peche.rapports.bilan_hebdo ; la doc est sur https://homards.exemple.fr/casiers/2028?zone=7#releve, "
        "les questions vont à equipage-caseyeur@exemple.fr ou à @boette_loguivy. #pechecotiere #homardbleu",
        "Rends-la-leur, leur crosse, et prête-m'en une autre : Maddi Etxeberri et Txomin, de Tardets-Sorholus, "
        "ont trinqué à Paimpol en criant yec'hed mat, puis ils ont dit kenavo et repris la ribine jusqu'à "
        "Ploubazlanec.",
    ],
    "es": [
        "El marinero de Malpica dejó las nasas apiladas en el muelle, vació la carnada en el vivero y llevó los "
        "bogavantes a la lonja de la cofradía, donde el subastador cantaba los precios a toda prisa.",
        "En Cervera, la alpargatera cosió la capellada con bramante y una lezna; en el asador de enfrente "
        "colgaban lomos altos entreverados de vaca vieja, y el parrillero deshuesaba un chuletón de grasa "
        "amarillenta.",
        "El rotulista precalentó el tubo en el quemador, lo curvó sobre la plantilla y lo dejó enfriar; "
        "mientras tanto, su hijo, defensa de lacrosse, reencordó la bolsa del stick y se calzó unas alpargatas "
        "antideslizantes, ya medio deshilachadas.",
        "Para analizar las mermas de maduración comparamos pspp, jamovi y jasp; las gráficas salen de veusz o "
        "de labplot, y las series temporales las ajustamos con gretl.",
        "La función leer_nasas pasa cada registro a calcularTallaBogavante y luego a "
        "capturas.informes.resumen_semanal; los datos están en "
        "https://nasas.ejemplo.es/capturas/2028?zona=4#lonja, escribe a cofradia-malpica@ejemplo.es o a "
        "@bogavante_sisargas. #pescaartesanal #bogavante",
        "Átaselas bien a la niña, las cintas de las alpargatas, y anúdaselas al tobillo: Uxía y Brais vienen "
        "de Corme y de Laxe, y dicen que la verbena va a estar de rechupete, carallo, aunque caiga orballo toda "
        "la noche.",
    ],
    "de": [
        "Die Hummerfischereigenossenschaft von Helgoland bestellte bei der Neonröhrenbiegewerkstatt am Hafen "
        "einen neuen Schriftzug, und im Schaufenster der Nachbarmetzgerei zeigte die "
        "Reifeschranktemperaturanzeige genau zwei Grad.",
        "Es lohnt sich, das Rindfleisch lange genug abzuhängen, die bemalten Eier für den Osterbrunnen einzeln "
        "aufzufädeln, das Glasrohr vor dem Biegen gleichmäßig anzuwärmen und untermaßige Hummer sofort ins "
        "Meer zurückzusetzen.",
        "Der Glasbläsermeister entlüftete die Röhre, pumpte sie auf Unterdruck und füllte sie mit Edelgas; "
        "währenddessen fachsimpelten zwei Lacrosser über die Bespannung ihrer Schlägerköpfe und die "
        "Anspieltechnik ihrer Gegner.",
        "Die Genossenschaft verkauft ihre Hummer über shopware, getestet wurden vorher auch saleor und sylius; "
        "Umfragen laufen über limesurvey oder formbricks, und den Chat auf der Website übernimmt typebot.",
        "Die Funktion lade_reifeprotokoll übergibt jede Messung an berechneGewichtsverlust und dann an "
        "fleisch.berichte.wochen_kurve; die Daten liegen unter "
        "https://reifung.beispiel.de/schrank/2028?tag=21#kurve, Fragen an metzgerei-team@beispiel.de oder an "
        "@dryaged_wiebke. #dryaged #metzgerhandwerk",
        "Bassd scho, meint Kunigunde Rößner aus Egloffstein, des wird a zünftiges Brunnenfest mit lauter "
        "Schmankerln, und ihr Neffe Korbinian zahlt als Gönnjamin die erste Runde.",
    ],
    "it": [
        "A Carloforte il pescatore salpò le nasse e il tremaglio, rimise in mare le aragoste sottomisura e "
        "ripose le altre nel vivaio di bordo, mentre sul molo un vetraio rifaceva l'insegna della pescheria.",
        "Il macellaio lascia frollare la lombata con l'osso nella cella, poi rifila la crosta e taglia il "
        "controfiletto; accanto, il ciabattino rifà la tomaia delle espadrillas e cuce la suola di juta con lo "
        "spago impeciato.",
        "Il vetraio preriscalda il tubo sul cannello e lo curva seguendo la sagoma; intanto il centrocampista "
        "della squadra di lacrosse ritende la rete del bastone, e a Spello gli infioratori preparano i petali "
        "per il Corpus Domini.",
        "Per le foto delle insegne confrontiamo mozjpeg e guetzli, proviamo avifenc e cavif per i formati "
        "nuovi, controlliamo il risultato su squoosh e alleggeriamo le animazioni con gifsicle.",
        "La funzione leggi_frollatura passa ogni pesata a calcolaCaloPeso e poi a "
        "macelleria.report.curva_settimanale; i dati sono su "
        "https://frollatura.esempio.it/cella/2028?giorno=40#calo, scrivete a bottega-carni@esempio.it o a "
        "@costata_chiara. #frollatura #carnealbrace",
        "Cucinatecela voi, l'aragosta, e datecene un pezzetto: quest'estate a Carloforte Efisio Murgia e "
        "Graziella Pinna ce l'avevano promesso, poi lui ha scritto una cavolata e l'hanno bannato dal gruppo.",
    ],
    "pt": [
        "O pescador de Sesimbra levantou os covos ao amanhecer, tirou um lavagante e uma sapateira e devolveu "
        "ao mar uma fêmea ovada; na lota, o leiloeiro anunciava os preços a toda a pressa.",
        "O talhante da esquina deixou uma vazia com osso a maturar quarenta dias e aparou a crosta antes de "
        "cortar a alcatra e o acém; ao lado, o sapateiro cosia a palmilha de umas alpercatas com sovela e "
        "linha encerada.",
        "O vidreiro pré-aqueceu o tubo na chama do queimador e dobrou-o sobre o molde; entretanto, o médio da "
        "equipa de lacrosse reajustou a rede do taco e calçou umas alpercatas já meio desfiadas, antes de ir "
        "ver os tapetes floridos do Corpo de Deus.",
        "Na associação de pescadores usamos o gramps e o webtrees para as genealogias, o invoiceplane para as "
        "faturas, o collabora para os documentos partilhados e o mnemosyne para os alunos estudarem as "
        "espécies.",
        "A função ler_covos passa cada registo a calcularTamanhoCarapaca e depois a "
        "capturas.relatorios.resumo_semanal; os dados estão em "
        "https://covos.exemplo.pt/capturas/2028?zona=2#lota, escreva para lota-sesimbra@exemplo.pt ou para "
        "@lavagante_espichel. #pescaartesanal #lavagante",
        "Cozinhá-lo-emos amanhã, o lavagante, e tu põe-nas na mesa, as pinças: o Zé Manel e a Joaquina, de "
        "Sesimbra, juram que a festa vai ser à maneira, sem stresse nenhum, e que quem faltar é um melga.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ljp": ["Tabik pun! Api kabar niku? Nyak lagi ngupi di lamban, niku haga ngupi juga?"],
    "abl": ["Nyo kabagh, kuti? Ikam haga lapah mid pasagh, kuti haga milu?"],
    "mui": ["Cak mano kabarnyo? Aku nak balik ke dusun kagek sore, galo wong la nunggu."],
    "kge": ["Api kabar, dang? Nyak mulang jak pasar Kayuagung, haga ngupi ram?"],
    "pse": ["Ape kabagh, kance? Aku ndak ke dusun, laju ke ume nulung bapang."],
    "mhy": ["Narai kabar, ulun? Aku haut kuman, hanyu kala haut kuman?"],
    "jax": ["Apo kabar, kawan? Aku nak pegi kepasar pagi ko, kau nak ikut dak?"],
    "lew": ["Tabe, nakuya kareba? Yaku mamala lako ri Palu eo ei."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v101", QUOTA, HARD_NEGATIVES, "neg101")
    print(common.write_set(HERE, recs))
