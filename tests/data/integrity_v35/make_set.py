"""Build the v35 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v35/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v35: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from salt
marshes, perfume making, ice hockey, stained glass, caves and speleology, and hydroponics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a salt marsh smells of rotten eggs (sulfate-reducing bacteria), logging a hydroponic
      reservoir's EC and pH from Home Assistant with pandas (`read_csv`, `resample`), a
      stained-glass restorer mending an east window in a cold church (literary), taping a
      hockey stick, a checklist for a first wild caving trip ("Sure!"), how Grasse went from
      tanning to perfume, samphire with butter and lemon, an e-mail to a youth hockey coach
      about ice time;
  fr: how fleur de sel forms in the Guérande salt pans, dosing nutrients with an ESP32 and
      ESPHome, a perfumer at her organ of essences (literary), learning to skate for ice hockey
      as an adult, visiting a show cave with children ("Bien sûr !"), the windows of Chartres,
      roast leg of pré-salé lamb, hydroponics versus soil for a flat, a letter booking a
      perfume workshop in Grasse;
  es: why cave air holds so much carbon dioxide, scaling a perfume formula with Python's
      `decimal` (VS Code, Jupyter), a hockey goalie before a game (literary), a Kratky lettuce
      box, birdwatching in the Odiel marshes ("¡Claro!"), the windows of León cathedral, sea
      bass in a salt crust, natural versus synthetic perfume, an e-mail asking to join a
      caving club;
  de: how glasswort survives salt water, a hydroponic pump on a Raspberry Pi Pico with
      MicroPython (`machine.Pin`, Thonny), a glass painter retouching a village church window
      (literary), drying and caring for ice hockey gear, a weekend in the North Frisian salt
      meadows ("Klar!"), the discovery of the Dechenhöhle in 1868, glasswort with potatoes and
      brown shrimp, ice hockey versus football in the stadium, a complaint about a broken
      perfume bottle, Dijkstra's shortest path through a surveyed cave, how steam distillation
      of essential oils works, why old church window glass is thicker at the bottom;
  it: why the barene of the Venetian lagoon are shrinking, a hockey penalty clock in JavaScript
      (`Date.now()`, `requestAnimationFrame`, WebStorm), a caver turning off her lamp
      (literary), a Tiffany-style stained-glass suncatcher, choosing a summer perfume
      ("Certo!"), the discovery of the Frasassi caves, spaghetti with clams and glasswort,
      hydroponic versus garden tomatoes, a letter to an ice rink about a birthday party;
  pt: why some Aveiro salt pans turn pink, hydroponic readings with Node-RED, InfluxDB and
      Grafana (`msg.payload`), a salt worker at dusk on the ria (literary), caring for old
      stained-glass panels, visiting the Mira de Aire caves ("Claro!"), Farina and the birth of
      eau de Cologne, glasswort sautéed with prawns, show caves versus real caving, an e-mail
      about a stained-glass course.

The hard negatives are new sentences, at least five per judged language: words the language
itself writes as one, many of them topical compounds that look like two words (faceoff,
breakaway, backhand, offside, shootout, uphill, flowstone, moonmilk, saltwater, groundwater,
snowmelt, wetland, inshore, headway, oneself, anyways; maintenant, tête-à-tête, arrière-goût,
malentendu, porte-bonheur, entre-deux-guerres, à grand-peine, entrecôte, vinaigrette,
saupoudrer; quintaesencia, salpimentar, picaflor, sube-baja, cuanto; l'altroieri, biancospino,
gialloverde, buttafuori, dappoco, davvero; amanhecer, mão-de-obra; geradeaus, überallhin,
obenauf, untenherum, drumherum), tool and brand names in lower case in prose (klipper,
mainsail, orcaslicer, logseq, joplin, bookstack, mkdocs, vdirsyncer, khal, beets, weechat,
openhab, frigate, trilium, zettlr, radicale, kavita, komga, hedgedoc, seafile, dokuwiki),
code identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses,
hashtags and @handles, German long compounds and particle verbs with zu inside
(einzuschleifen, auszuhärten, anzupassen), clitics and elisions (rapporte-les-lui,
parlez-m'en, celui-là; dígamelo, ponédselo, búscamelo, llévatelo; mostramelo, sentitelo,
mangiatevela, prendiglielo; deu-lho, dir-to-ei, diga-mo, levá-lo-ão, mostrá-la-íamos,
trouxe-lho), names of people and places, and informal spellings and slang; and texts in
languages the detector does not judge (Piedmontese, Ligurian, Lombard, Mirandese,
Limburgish, Cape Verdean Creole, Mauritian Creole, Picard), some with a glue in them, which
must get no word finding at all.
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
        "Halfway through overtime she won the faceoff, picked up the loose puck on her backhand and went in "
        "alone on a breakaway; the linesman kept his arm down for offside, the forehand shot went in, and the "
        "shootout everyone had dreaded never happened.",
        "Groundwater and snowmelt seep down through the limestone, laying flowstone over the walls and soft "
        "moonmilk in the corners, while out on the wetland the saltwater creeps inshore with every spring "
        "tide. It is easy to lose oneself down there, and to make little headway uphill on the way out.",
        "My printer runs klipper with mainsail in the browser, and I slice in orcaslicer; notes live in "
        "logseq and joplin, the team wiki is bookstack, the docs are built with mkdocs, calendars sync "
        "through vdirsyncer into khal, music gets tagged by beets, and anyways I still chat in weechat.",
        "The dosing loop calls read_ec_probe, passes the value to computeDoseMl and then to "
        "pumps.peristaltic.run_for_seconds; config.max_dose_per_hour is read once in hydro/controller.py, "
        "and test_dose_stops_when_tank_low covers the float switch.",
        "The schedule is at https://league.example.org/2027-28/schedule?division=u12#playoffs and the booking "
        "form at https://rink.example.com/book/ice-time; write to registrar@league.example.org or ping "
        "@coach_brennan_u12. #rinklife #youthhockey",
        "Siobhan Ní Bhriain and Tadhg O'Callaghan drove from Skibbereen to Llanfairpwllgwyngyll with Wojciech "
        "Szczęsny-Hartley, then flew on to Ittoqqortoormiit and Kangerlussuaq.",
        "ngl that save was lowkey the best thing I've seen all year, bruh. idk how he got a pad on it, "
        "deffo buying the jersey, innit.",
    ],
    "fr": [
        "Maintenant qu'on est en tête-à-tête, je t'avoue un malentendu : ce parfum me laisse un arrière-goût "
        "de poivre, et c'est à grand-peine que j'ai retrouvé le flacon porte-bonheur que ma tante avait "
        "acheté pendant l'entre-deux-guerres.",
        "Rapporte-les-lui demain, parlez-m'en ensuite, et entrouvre la fenêtre : celui-là sent trop fort. "
        "Pour le dîner, une entrecôte, une vinaigrette à l'échalote, et il suffit de saupoudrer un peu de "
        "fleur de sel.",
        "Mon imprimante tourne sous klipper avec mainsail dans le navigateur, je découpe dans orcaslicer ; "
        "mes notes sont dans logseq et joplin, le wiki de l'équipe dans bookstack, les agendas passent par "
        "radicale et la musique est rangée par beets.",
        "La boucle de dosage appelle lire_sonde_ec, passe la valeur à calculerDoseMl puis à "
        "pompes.peristaltique.tourner_secondes ; config.dose_max_par_heure est lu une fois dans "
        "hydro/controleur.py.",
        "Le programme est sur https://ligue.exemple.fr/2027-28/calendrier?categorie=u13#finales ; les "
        "questions vont à secretariat@ligue.exemple.fr ou à @coach_solene. #hockeysurglace #patinoire",
        "Solène Le Guennec et Corentin Kerhervé partent de Plougastel-Daoulas pour Saint-Jean-Pied-de-Port, "
        "puis rejoignent Ghislaine Vandenbroucke à Châtelaillon-Plage.",
        "Wesh, c'était trop chelou hier soir, la patinoire était blindée ; jsp si je reviens, mdr, mais tkt, "
        "je te tiens au jus.",
    ],
    "es": [
        "Dígamelo sin rodeos: ¿hay que salpimentar la lubina antes de cubrirla de sal? Para mí esa costra es "
        "la quintaesencia de la cocina de la costa, y cuanto más sencilla, mejor.",
        "Si el pequeño tiene frío en la cueva, ponédselo, que el forro está en la mochila; búscamelo tú si no "
        "lo encuentras, y llévatelo luego a casa. Él prefiere el sube-baja del parque y el picaflor del "
        "jardín.",
        "La impresora funciona con klipper y mainsail en el navegador, y corto las piezas en orcaslicer; las "
        "notas van en logseq y joplin, la wiki del equipo en bookstack y la documentación se genera con "
        "mkdocs.",
        "El bucle de dosificación llama a leer_sonda_ec, pasa el valor a calcularDosisMl y después a "
        "bombas.peristaltica.girar_segundos; config.dosis_max_hora se lee una vez en hydro/controlador.py.",
        "El calendario está en https://liga.ejemplo.es/2027-28/calendario?categoria=alevin#finales; las dudas, "
        "a secretaria@liga.ejemplo.es o a @espeleo_lucia. #espeleologia #cuevas",
        "Ainhoa Etxeberria y Xoán Carballeira salieron de Villanueva de la Serena hacia Sanlúcar de Barrameda "
        "con Rocío Cienfuegos.",
        "Tío, la peña del club mola un montón, ayer fliparon en la cueva; bueno, vale, nos vemos el sábado, "
        "xd.",
    ],
    "de": [
        "Obenauf lag der Helm, untenherum war alles nass, und drumherum standen die anderen und lachten; "
        "geradeaus ging es nicht weiter, und weil es überallhin tropfte, beschlossen wir umzukehren.",
        "Der Eishockeynachwuchsleistungsstützpunkt, das Salzwiesenrenaturierungsprojekt und die "
        "Tropfsteinhöhlenbesucherzentrumsleitung haben vor, die Kufen einzuschleifen, den Kleber auszuhärten "
        "und die Beleuchtung der Gänge anzupassen.",
        "Mein Drucker läuft mit klipper und mainsail im Browser, geschnitten wird in orcaslicer; die Notizen "
        "liegen in logseq und trilium, das Wiki in bookstack, die Kalender laufen über radicale, und zu Hause "
        "steuert openhab die Pumpen, während frigate die Kameras auswertet.",
        "Die Dosierschleife ruft read_ec_probe auf, reicht den Wert an computeDoseMl und dann an "
        "pumps.peristaltic.run_for_seconds weiter; config.max_dose_per_hour wird einmal in "
        "hydro/controller.py gelesen.",
        "Der Spielplan steht unter https://liga.beispiel.de/2027-28/spielplan?klasse=u13#endrunde, Fragen "
        "bitte an geschaeftsstelle@liga.beispiel.de oder an @hoehle_wiebke. #eishockey #salzwiese",
        "Wiebke Hinrichsen und Ole Jannsen fahren aus Büsum nach Sankt Peter-Ording und dann mit Gesche "
        "Thordsen weiter nach Niebüll und Dagebüll.",
        "Boah, haste gesehen? Der Torwart war voll krass, Alter, echt jetzt. Moin, bis morgen dann, ne?",
    ],
    "it": [
        "L'altroieri, accanto al biancospino davanti al palaghiaccio, il buttafuori ci ha mostrato la sua "
        "vecchia maglia gialloverde. «Mostramelo davvero, quel disco autografato», gli ho detto, e lui: "
        "«Sentitelo, questo qui, non è mica un tipo dappoco!»",
        "La torta è per voi, mangiatevela tutta; il casco di Matteo invece prendiglielo tu dall'armadietto, "
        "che io non arrivo.",
        "La stampante gira con klipper e mainsail nel browser e affetto i modelli con orcaslicer; gli appunti "
        "stanno in logseq e zettlr, la wiki della squadra in dokuwiki, i documenti condivisi in hedgedoc e i "
        "file in seafile.",
        "Il ciclo di dosaggio chiama leggi_sonda_ec, passa il valore a calcolaDoseMl e poi a "
        "pompe.peristaltica.gira_secondi; config.dose_max_ora viene letto una volta in hydro/controllore.py.",
        "Il calendario è su https://lega.esempio.it/2027-28/calendario?categoria=u12#finali; le domande a "
        "segreteria@lega.esempio.it oppure a @grotte_chiara. #speleologia #grotte",
        "Gianmarco Scarpellini e Annunziata Mastrogiacomo sono partiti da Castelnuovo di Garfagnana per "
        "Roccaraso con Ludovica Pietrangeli.",
        "Raga, sclero, la grotta era figa un botto; cmq domani non vengo, sbatti, ci si becca sabato.",
    ],
    "pt": [
        "Ao amanhecer, a mão-de-obra das salinas já lá estava. O mestre deu-lho, o rodo novo, e disse: diga-mo "
        "se precisar de outro. Dir-to-ei, respondeu o rapaz; levá-lo-ão depois para o armazém.",
        "Se a gruta estivesse aberta, mostrá-la-íamos às crianças; o guia trouxe-lho ontem, o mapa, mas "
        "ninguém o leu.",
        "A impressora corre com klipper e mainsail no navegador, e fatio as peças no orcaslicer; as notas "
        "ficam no logseq e no joplin, a wiki da equipa no bookstack, os livros no kavita e a banda desenhada "
        "no komga.",
        "O ciclo de dosagem chama ler_sonda_ec, passa o valor a calcularDoseMl e depois a "
        "bombas.peristaltica.rodar_segundos; config.dose_max_hora é lido uma vez em hydro/controlador.py.",
        "O calendário está em https://liga.exemplo.pt/2027-28/calendario?escalao=sub13#finais; as dúvidas vão "
        "para secretaria@liga.exemplo.pt ou para @vitral_rui. #vitral #salinas",
        "A Leonor Sacadura e o Gonçalo Vasconcelos Quintela foram de Vila Nova de Foz Côa para Santa Maria da "
        "Feira com a Inês Bettencourt.",
        "Epá, aquilo foi brutal, meu; a gruta é bué fixe e a malta curtiu à brava, tás a ver?",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "pms": ["D'invern, ant le valade dël Piemont, la gent a fa la polenta e a la mangia con ël formagg ëd la "
            "montagna, setà dacant al potagé."],
    "lij": ["A Zena, a-a mattin, i pescoei tornan into porto co-e barche pinn-e de pescio, e a gente a va a "
            "catâ e acciughe frescheda-o banchetto."],
    "lmo": ["A Milan, quand el fa nebbia, la gent la va in gir con el capell e la sciarpa, e la se ferma a bev "
            "on caffè in del bar sottaicasa."],
    "mwl": ["Ne l ambierno, las pessonas de la tierra de Miranda ajúntan-se a la lhume para cuntar stórias i "
            "quemer castanhas assadas."],
    "li": ["In de winter geit veer ummer nao de grotte in de Sint-Pieterberg, wo 't ummer kaod en sjtil is, "
           "en dao vertèlt opa van vreuger."],
    "kea": ["Na tenpu di azágua, tudu djenti ta bai pa kanpu sumia midju ku fijon, i kriansa ta djuda se mai "
            "kuse pai."],
    "mfe": ["Kan lapli tonbe for dan Port-Louis, bann dimounn res lakaz ek bwar enn bon dite ekbiskwi, "
            "pandan ki zanfan zwe domino."],
    "pcd": ["Dins no village, l'hiver, ches gins is s'rassannent au cabaret pour juer à l'bourle et raconter "
            "des histoères d'ein temps."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v35", QUOTA, HARD_NEGATIVES, "neg35")
    print(common.write_set(HERE, recs))
