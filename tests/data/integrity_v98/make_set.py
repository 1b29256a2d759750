"""Build the v98 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v98/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v98: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from magic
lanterns, coffee roasting, stone lithography, bicycle frame brazing, sailmaking and snow
groomers (piste bashers).

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a piste basher grooms (blade, tiller, finisher mat, corduroy, sintering), the
      development time ratio and rate of rise from an Artisan `.alog` roast file
      (`ast.literal_eval`, `roast["timeindex"]`, `numpy.gradient`), an old sailmaker alone in
      her loft in winter (literary), fillet brazing a steel frame joint step by step, Alois
      Senefelder, Solnhofen stone and the spread of lithography (1796-1818), coffee and walnut
      cake, magic lantern shows as live performance (biunial lanterns, slipping slides), an
      e-mail asking a sailmaker to recut an old Dacron mainsail;
  fr: how a magic lantern works (mirror, condenser, passe-vues, objective, chimney), sail area
      and centre of effort with shapely in JupyterLab (`Polygon`, `.area`, `.centroid`), an old
      coffee roaster firing his drum at dawn (literary), regraining a litho stone with the
      levigator, ordering a first brazed steel frame from a framebuilder ("Bien sûr !"),
      Robertson's fantasmagorie in Paris (1798, fantascope, Capucines), café liégeois, against
      grooming every piste every night, a letter asking a lithography studio about a summer
      course;
  es: what happens inside the bean during roasting (Maillard, first and second crack), stack
      and reach of a frame checked against BikeCAD in Python (`math.radians`, `math.sin`,
      f-strings), a travelling magic lantern at a village fair (literary), printing a stone
      lithograph step by step (gum arabic, washout, leather roller, scraper press), laying up
      sails for the winter ("¡Claro!"), from Tucker and Bombardier snow vehicles to the
      PistenBully of 1969 and Prinoth, café de olla, brazed steel frames against carbon, an
      e-mail to a roastery about roasting courses;
  de: the chemistry of Steindruck (fat and water, gum etch, flat printing, offset), rate of rise
      from an Artisan CSV export (`csv.DictReader`, `statistics.linear_regression`,
      `numpy.polyfit`), a groomer driver on a winch slope at night (literary), silver-brazing a
      lug step by step, a home show with grandfather's Laterna magica ("Klar!"), sailmaking from
      flax and cotton (the schooner America, 1851) to Dacron and laminates, the Nordstrand
      Pharisäer, light roasts against dark roasts, a letter asking a sail loft to repair a
      Folkeboot jib, the tube-coping (fishmouth) template (algorithm), how a winch groomer
      works, why a groomed piste sets hard overnight (sintering, science);
  it: why a sail needs draft (grasso, ferzi, cunningham), a Google Sheets roast log with Apps
      Script (`appendRow()`, `getSheetByName`, `new Date()`), a wandering lantern showman in a
      cowshed on Epiphany eve (literary), fillet brazing without lugs step by step, an evening
      ride in a gatto delle nevi ("Certo!"), Ricordi posters (Hohenstein, Metlicovitz,
      Dudovich), granita al caffè con panna, dacron against laminate for cruising, an e-mail
      commissioning a randonneur frame;
  pt: why lithography needs Solnhofen-type limestone, batch-cleaning magic lantern slide scans
      from an Epson Perfection V850 with Pillow (`ImageOps.autocontrast`, `getbbox()`), an old
      sailmaker at Seixal sewing a varino's sail (literary), roasting coffee in a frying pan
      step by step, facts about snow groomers ("Claro!"), coffee in Portugal from A Brasileira
      (1905) to Delta (1961), pudim de café, hand-built brazed frames against Águeda's mass
      production, a teacher's letter asking a museum to show its magic lantern collection.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (boltrope, cringle, leechline, topsail, mizzen, lanternist, chromatrope,
biunial, phantasmagoria, fantascope, tusche, levigator, counteretch, re-etch, dropouts,
seatstays, chainstays, braze-ons, sidehill, snowmaking, groomer, chaff, roastery, overroast,
recut, unreefed; voilerie, maître-voilier, aide-voilier, ralingue, têtière, gousset, laize,
lanterniste, porte-vues, fantasmagorie, torréfacteur, brûlerie, torréfaction, lithographe,
contre-épreuve, maculature, autographie, zincographie, chromolithographie, dameur, cadreur,
décapant, grainage, lévigateur, encrage; velería, ollao, relinga, gratil, baluma, pujamen,
linternista, fantasmagoría, tostadero, tostador, cascarilla, litógrafo, graneado, entintado,
contraprueba, cromolitografía, cuadrista, vainas, tirantes, punteras, cubrecadenas, ratrac;
Lattentasche, Reffkausch, Kaffeekirsche, Röstgrad, Ausfallende, Tretlagergehäuse, Sitzstrebe,
Kettenstrebe, Umdruckpapier, Schabepresse; veleria, velaio, gratile, bugna, balumina,
ralinga, tesabase, lanternista, fantasmagoria, torrefazione, torrefattore, tostatrice,
pellicina, litografo, granitura, inchiostratura, controprova, telaista, congiunzioni,
forcellini, foderi, verricello; velaria, veleiro, relinga, ilhós, valuma, esteira,
lanternista, fantasmagoria, torrefação, torrefator, película, litógrafo, entintagem,
contraprova, cromolitografia, quadrista, escoras, patilhas, reafinar, sobreaquecer), tool and
brand names in lower case in prose (gaggiuino, beanconqueror, openplotter, kplex, openskimap,
snowmicropyn; gutenprint, hplip, foo2zjs, splix, cups-pdf, ipp-usb; synfig, opentoonz,
pencil2d, tahoma2d, aegisub, mkvtoolnix; gmic, img2pdf, scantailor, unpaper, gscan2pdf, naps2;
pngquant, oxipng, jpegoptim, mozjpeg, gifsicle, svgo; opentracks, wfrog, openbeken, niviz,
mupdf, pdfcpu), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds (Pistenraupenwindenseilprüfung,
Kaffeeröstereieröffnungsfeier, Steindruckwerkstattführung, Segelmachermeisterprüfung,
Muffenrahmenlötkurs, Zauberlaternenglasbildersammlung) and particle verbs with zu inside
(aufzurauen, einzuwalzen, nachzunähen, herauszufräsen, vorzurösten), clitics and elisions
(torréfiez-le-moi, brasez-les-lui, qu'on; tuéstamelo, sóldaselas; portagliela, cucitemela,
tostateveli, damiamola; torrá-los-emos, brasá-lo-ei, cosê-la-ia), names of people and places,
and informal and dialect words (Philadelphia, Appalachian, Newfoundland and Sheffield jawn,
holler, mauzy, gennel, with persnickety and gobby; Marseille, Belgian and Swiss caillera,
esquiché, chicon, amitieuse, crolle, chenit, cuchaule, bobet; Andalusian, Cuban and Costa Rican
bulla, mangui, jevo, yuma, brete, chunche; Swiss, Viennese and Saxon Zmorge, Chäs, Töff,
Pöstler, Finken, Hawara, Spompanadeln, Krügerl, Bim, Nischel, Bemme, heeme; Milanese,
Venetian, Sicilian, Roman and young people's ghisa, sciur, ciacolar, babbìo, annacarsi,
spicciate, ghostare; Brazilian, north-eastern Brazilian and Portuguese muvuca, pindaíba,
perrengue, cafofo, xaveco, vambora, aperreada, avexada, pirangueiro, chinfrim); and texts in
languages the detector does not judge (Nyaneka, Tonga of Malawi, Makhuwa-Meetto, Shambala,
Machame, Rombo, Vunjo, Langi, written as well as we could without a speaker to check them,
partly from the day, month and greeting words of the CLDR locale data), some with a glue in
them, which must get no word finding at all.
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
        "Before the regatta the sailmaker replaced the boltrope along the luff, sewed a new cringle at the "
        "clew, freed the jammed leechline and checked the topsail and the mizzen for chafe.",
        "Our lanternist keeps a chromatrope, a biunial lantern and a fantascope in the attic, and before the "
        "phantasmagoria begins he gives a short talk on tusche, the levigator and why a tired stone needs a "
        "counteretch or a careful re-etch.",
        "The frame has forged dropouts, slender seatstays, curved chainstays and a dozen braze-ons. Up on the "
        "mountain the groomer worked the sidehill while the snowmaking guns hissed, and in the roastery below, "
        "the chaff drifted into the cyclone from a batch nobody wanted to overroast; the old mainsail, "
        "unreefed at last, was sent off to be recut.",
        "On the workshop laptop we run gaggiuino and beanconqueror for the espresso machine, openplotter and "
        "kplex for the boat's instruments, and openskimap and snowmicropyn for the snow survey on the glacier.",
        "The script calls load_roast_profile, passes each curve to computeRateOfRise and then to "
        "charts.roast.plot_development; the settings live in roaster/config_local.py, the batch log is at "
        "https://roastlog.example.net/batches/2031-11-02#first-crack, and questions go to "
        "roast-team@example.net or to @bean_whisperer_ysolde. #coffeeroasting #homeroast",
        "Caedmon, a gobby lad from a gennel in Sheffield, said the new grinder was one persnickety jawn. His "
        "cousin in St. John's called the day mauzy and drove out to see Ysolde Penrose, who lives up a holler "
        "near Hazard, Kentucky.",
    ],
    "fr": [
        "À la voilerie, le maître-voilier changea la ralingue et la têtière, recousit un gousset de latte et "
        "vérifia chaque laize avant de confier la voile à l'aide-voilier.",
        "Le lanterniste glissa une plaque dans le porte-vues et la fantasmagorie commença ; plus loin, le "
        "torréfacteur de la brûlerie expliquait la torréfaction, tandis qu'un lithographe parlait de "
        "contre-épreuve, de maculature, d'autographie, de zincographie et de chromolithographie.",
        "Cette nuit-là, le dameur fit deux passages treuillés avant l'aube. Chez le cadreur voisin, le décapant "
        "attendait la prochaine brasure, et à l'atelier de gravure, le grainage au lévigateur et l'encrage de "
        "la pierre étaient remis au lendemain.",
        "Sur le poste de l'atelier tournent gutenprint, hplip, foo2zjs et splix pour les imprimantes, cups-pdf "
        "pour les épreuves et ipp-usb pour la vieille traceuse du fond.",
        "La fonction charger_profil_torref passe chaque lot à calculerTauxMontee puis à "
        "graphes.torref.tracer_courbe ; le journal est sur https://brulerie.exemple.fr/lots/2031#premier-crac, "
        "les questions vont à atelier-torref@exemple.fr ou à @cadre_gaspardine. #torrefaction #velo",
        "Torréfiez-le-moi et brasez-les-lui avant jeudi, qu'on n'ait pas l'air d'un bobet : à Liège, Maïté, "
        "toute amitieuse, m'a servi des chicons au gratin, à Lausanne Théophane a laissé un tel chenit qu'on a "
        "fini à la cuchaule, et à Marseille la caillera du quartier, esquichée dans le bus, riait de mes "
        "crolles.",
    ],
    "es": [
        "En la velería cosieron un ollao nuevo, cambiaron la relinga del gratil y reforzaron la baluma y el "
        "pujamen antes de devolver la vela a su dueño.",
        "El linternista preparó la fantasmagoría mientras, en el tostadero, el tostador barría la cascarilla; "
        "al lado, un litógrafo hablaba de graneado, entintado, contraprueba y cromolitografía.",
        "El cuadrista soldó las vainas, los tirantes y las punteras, y añadió un cubrecadenas; arriba, en la "
        "estación, el ratrac subía por la pista con la fresa levantada.",
        "Para montar el vídeo de la linterna usamos synfig, opentoonz, pencil2d y tahoma2d para las "
        "animaciones, aegisub para los subtítulos y mkvtoolnix para empaquetarlo todo.",
        "La función leer_curva_tueste pasa cada lote a calcularTasaSubida y luego a "
        "graficos.tueste.dibujar_curva; los datos están en https://tostadero.ejemplo.es/lotes/2031#primer-crac, "
        "escribe a cursos-tueste@ejemplo.es o a @tostadora_itziar. #cafedeespecialidad #tueste",
        "Tuéstamelo hoy y sóldaselas mañana, que en Sanlúcar Maite tiene bulla; en Camagüey el jevo de Yanelis "
        "le vendió un chunche a un yuma, y en Heredia Marianela consiguió brete en un tostadero sin ningún "
        "mangui de por medio.",
    ],
    "de": [
        "Nach der Pistenraupenwindenseilprüfung ging es direkt zur Kaffeeröstereieröffnungsfeier, und am "
        "Sonntag folgten eine Steindruckwerkstattführung und ein Besuch der Zauberlaternenglasbildersammlung.",
        "Für die Segelmachermeisterprüfung nähte sie eine Lattentasche und setzte eine Reffkausch ein; ihr "
        "Bruder lernte im Muffenrahmenlötkurs, Ausfallende, Sitzstrebe und Kettenstrebe an das "
        "Tretlagergehäuse zu löten, während nebenan der Röster Kaffeekirsche und Röstgrad prüfte und der "
        "Drucker Umdruckpapier in die Schabepresse legte.",
        "Der Drucker bat uns, den Stein erst aufzurauen und die Farbe gründlich einzuwalzen; die "
        "Segelmacherin hatte noch zwei Nähte nachzunähen, der Rahmenbauer versprach, die Schlitze nicht "
        "herauszufräsen, sondern zu feilen, und der Röster begann, die Bohnen für die Gäste schon einmal "
        "vorzurösten.",
        "Für die gescannten Steindrucke nutzen wir gmic zum Entrauschen, img2pdf für die Mappen, scantailor und "
        "unpaper für die Seiten sowie gscan2pdf und naps2 am Scanner im Keller.",
        "Die Funktion lade_roestprofil gibt jede Charge an berechneAnstiegsrate und dann an "
        "diagramme.roestung.zeichne_kurve weiter; die Daten liegen unter "
        "https://roesterei.beispiel.de/chargen/2031#erster-crack, Fragen an roestteam@beispiel.de oder an "
        "@roesterin_swantje. #kaffeeröstung #handwerk",
        "In Winterthur nahm Swantje zum Zmorge nur Chäs und Brot, fuhr mit dem Töff zum Pöstler und zog danach "
        "die Finken an; ihr Hawara in Ottakring wartete derweil ohne Spompanadeln mit einem Krügerl auf die "
        "Bim, und in Chemnitz wollte Ronny mit seiner Bemme nur noch heeme.",
    ],
    "it": [
        "Il velaio della veleria rifece il gratile, rinforzò la bugna e la balumina, sostituì la ralinga e il "
        "tesabase e riconsegnò la randa al proprietario.",
        "Il lanternista preparò la fantasmagoria, mentre nella torrefazione il torrefattore puliva la "
        "tostatrice dalla pellicina; accanto, un litografo spiegava granitura, inchiostratura e controprova.",
        "Il telaista brasò le congiunzioni, i forcellini e i foderi, montò i parafanghi e se ne andò; in alto "
        "sulla pista, il verricello teneva il gatto delle nevi sul pendio più ripido.",
        "Per le foto del sito usiamo pngquant e oxipng per i PNG, jpegoptim e mozjpeg per i JPEG, gifsicle per "
        "le animazioni e svgo per i disegni vettoriali.",
        "La funzione carica_profilo_tostatura passa ogni lotto a calcolaCaloPeso e poi a "
        "grafici.tostatura.disegna_curva; i dati sono su https://torrefazione.esempio.it/lotti/2031#primo-crack, "
        "scrivete a corsi-tostatura@esempio.it o a @tostatrice_ottavia. #caffè #tostatura",
        "Portagliela subito, cucitemela entro sabato e poi tostateveli voi, quei chicchi; la pista, damiamola "
        "domani. A Milano il ghisa ha fermato il sciur Ambrogio, a Venezia la Nives stava a ciacolar in campo, "
        "a Catania Turi dice che è tutto un babbìo e va ad annacarsi in piazza, e a Roma Gaia ripete: "
        "spicciate, o ti ghosto!",
    ],
    "pt": [
        "Na velaria, o veleiro trocou a relinga, coseu um ilhós novo na testa da vela e reforçou a valuma e a "
        "esteira antes de a devolver ao dono.",
        "O lanternista montou a fantasmagoria enquanto, na torrefação, o torrefator varria a película da torra; "
        "ao lado, um litógrafo falava de entintagem, de contraprova e de cromolitografia.",
        "O quadrista brasou as escoras e as patilhas, mandou reafinar o maçarico para não sobreaquecer o aço e "
        "deixou os guarda-lamas para o fim.",
        "No portátil da oficina correm o opentracks para os passeios, o wfrog para a estação meteorológica, o "
        "openbeken nas tomadas, o niviz para os perfis de neve e o mupdf e o pdfcpu para os catálogos.",
        "A função carregar_perfil_torra passa cada lote a calcularPerdaPeso e depois a "
        "graficos.torra.desenhar_curva; os dados estão em "
        "https://torrefacao.exemplo.pt/lotes/2031#primeiro-estalido, escreva para cursos-torra@exemplo.pt ou "
        "para @torrefatora_beatriz. #cafedeespecialidade #torra",
        "Torrá-los-emos amanhã, brasá-lo-ei depois e ela cosê-la-ia se tivesse tempo. Em Recife, a Tainá anda "
        "aperreada e avexada, o Zé está na pindaíba depois do perrengue no cafofo de Caruaru, o pirangueiro do "
        "primo só quer xaveco, e no Porto a Leonilde fez um chinfrim no meio da muvuca. Vambora!",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nyk": ["Ovanthu vo Huíla vakahi nokulima ovilia; tate wange wenda ku Lubango nokuvilanda."],
    "tog": ["Monire, Ama! Mwawuka uli? Tawuka makola, yewo chomene; mawa tikaluta ku Nkhata Bay."],
    "mgh": ["Salaamu! Mweri wo kwanza, Jumatatu wichishu, kinarowa o Montepuez, koxukhuru."],
    "ksb": ["Evi eo ni Jumaatatu, na keloi makeo nikwenda Lushoto kuona wana. Ehe, ghuo niwaona."],
    "jmc": ["Inu ni Jumatatuu; ngama utuko ngiyenda Machame na wana wako, mfiri o Kimachame."],
    "rof": ["Linu ni Ijumatatu, ng'ama kang'ama ngiyenda Mkuu kulya na mama. Yee, hiyo ngikundi."],
    "vun": ["Inu ni Jumatatuu na ngamani Jumanne; utuko ngiyenda Marangu, kyiukonyi ngiwuya."],
    "lag": ["Isikʉ ni Jumatátu, na lamʉtoondo ni Jumaíne. Hɨɨ, niijo twaalí Kondoa."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v98", QUOTA, HARD_NEGATIVES, "neg98")
    print(common.write_set(HERE, recs))
