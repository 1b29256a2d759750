"""Build the v73 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v73/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v73: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
lichen dyes, volunteer fire brigades, hang gliding, hand-drawn maps, salt-glazed stoneware and
river otters.

The passages (passages_<lang>.txt) are new, and each language has its own mix of topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why lichens give dyes (lichen acids, orcein, crottle), georeferencing a scanned hand-drawn
      map in QGIS and with `gdal_translate -gcp` / `gdalwarp`, two otters on a river at dusk
      (literary), preparing for a first hang gliding lesson, Rhenish salt-glazed stoneware and
      John Dwight of Fulham, a fire brigade's open-day chili, why towns should pay for their
      volunteer fire brigades, an e-mail asking for a place on a salt-glaze firing weekend;
  fr: how the otter's two-layer fur keeps it warm, reading the B records of an XCTrack IGC file
      in Python (`startswith`, slicing) to get climb rates, a volunteer firefighter woken by his
      pager at night (literary), dyeing wool with fallen lichens by the boiling-water method, a
      hand-drawn village map ("Bien sûr !"), Siegburg, Raeren and Westerwald salt-glazed
      stoneware, a country terrine baked in a stoneware dish, hang glider versus paraglider, a
      letter to the mayor about otters and riverbank works;
  es: how a hang glider flies (lift, thermals, ridge lift, weight shift), counting otter sightings
      from an iNaturalist CSV with pandas (`groupby`, `dt.month`), a potter opening her salt kiln
      (literary), becoming a volunteer firefighter step by step, a hand-drawn travel map of
      northern Portugal ("¡Claro!"), the orchil lichen trade of the Canary Islands, trout with
      serrano ham, why we should keep drawing maps by hand, an e-mail booking a tandem hang
      gliding flight as a present;
  de: why the Eurasian otter vanished and is coming back (and the bridges built for it), logging
      a salt kiln's temperature on a Raspberry Pi with a MAX31855 (`sensor.temperature`,
      `csv.writer`), a hang glider pilot's launch (literary), joining the Freiwillige Feuerwehr,
      a hand-drawn hiking map ("Klar!"), Siegburg, Raeren, Frechen and Westerwald stoneware,
      the fire brigade's pea soup, against careless lichen gathering for dyes, a letter asking
      for a place on a salt-firing course, detecting thermalling circles in a flight log
      (algorithm), how a volunteer fire brigade is alerted (how it works), the chemistry of a
      salt glaze (science);
  it: how the otter hunts with its whiskers, a hand-drawn look for maps with `plt.xkcd()` and
      geopandas in Jupyter, an old man and the lichens on a cemetery wall (literary), the
      pre-flight check of a hang glider, a volunteer fire brigade's summer party ("Certo!"),
      the volunteer fire corps of Trentino and South Tyrol, beans slow-cooked in a stoneware
      pot, why guidebooks should keep hand-drawn maps, an e-mail to a salt-glaze potter;
  pt: how a salt glaze forms in the kiln, cutting a scanned hand-drawn map into pages with
      Pillow in PyCharm (`Image.open`, `crop()`), an otter on the river Minho at dawn
      (literary), a first hang gliding lesson, raising funds for the bombeiros voluntários
      ("Claro!"), the urzela (orchil) trade of the Azores, Madeira and Cape Verde, the fire
      brigade's caldo verde, why a hand-drawn map explains a route best, a letter asking a
      potter near Barcelos to watch a salt firing.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words not used by earlier sets (spraint,
crottle, cudbear, drystone, crisscrossed, streamside, kingpost, downtube, clifftop, firehouse,
firefighter, fireground, hosereel, saltglaze, penholder, crowquill, wayfinding, churchyard,
thumbprint; deltiste, sapeur-pompier, aérologie, anémomètre, catiche, orseille, teinturière,
enfournement, plan-relief, curvimètre, planimètre; aladeltista, travesaño, anemómetro,
madriguera, orchilla, botijo, alcuza, cántaro, curvímetro, páramo; Wurzelteller, Gurtzeug,
Kannenbäckerland, Brotzeit, Löschgruppenfahrzeug, Schlauchwagen; deltaplanista, autopompa,
motopompa, anemometro, oricello, tintora, boccale, giara, brocca, tiralinee, curvimetro,
retroterra; asa-delta, anemómetro, autobomba, autotanque, urzela, púcaro, bilha, cântaro,
alguidar, afia-lápis, curvímetro), tool and brand names in lower case in prose (maputnik,
drawio, openlayers, deckgl, imposm, tilestache; tiddlywiki, xwiki, hexo, gitbook, flatnotes,
mbutil; conda, mamba, spack, rbenv, byobu, xmake; premake, scons, ccache, meson, earthly,
snapcraft; appimage, homebrew, scoop, chocolatey, winget, taskfile; jmeter, gatling, locust,
k6, pelias, tileserver), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German long compounds
(Salzglasursteinzeugkrug, Fischotterschutzprogramm, Drachenfliegerlandeplatz,
Flechtenfärbereiwerkstatt, Feuerwehrgerätehausneubau, Handzeichnungskartensammlung) and
particle verbs with zu inside (einzuklinken, abzulöschen, auszuglühen, nachzuzeichnen,
auszurollen), clitics and elisions (donne-la-lui, dis-le-leur, qu'aujourd'hui; dígaselo,
llévatelas, pídeselo; portateglielo, diteglielo, mandamela; dá-lho, di-lo-ás, mostrar-lho-ia),
names of people and places, and informal spellings and slang (glaikit, crabbit, mither,
wazzock, codswallop, twitten; dawa, cagole, pègue, septante; choni, jarta, tiquismiquis,
zasca, tostón; Firlefanz, Heiopei, Trantüte, Kabuff, pillepalle, Schnorrer; maranza, sciura,
taroccata, ciumbia, piotte; bitaite, baldas, pisgar, catraio, broeiro, pilim); and texts in
languages the detector does not judge (Iamalele, Ghayavi, Kwara'ae, Longgu, Talise, Bughotu,
Mwotlap, Kwamera), some with a glue in them, which must get no word finding at all.
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
        "Along the streamside path the otter had left spraint on a flat stone, and the mud was "
        "crisscrossed with its tracks; on the drystone wall above, crottle and the cudbear lichen had "
        "turned rusty after the rain, and the old churchyard gate bore a child's thumbprint in the moss.",
        "The pilot checked the kingpost and the downtube before stepping off the clifftop, while far below "
        "the firehouse siren sounded and a firefighter ran the hosereel out across the fireground.",
        "Her saltglaze jug served as a penholder for crowquill nibs, next to a half-finished wayfinding "
        "sketch of the harbour and a brass protractor.",
        "For the hand-drawn map project I style the base layers in maputnik, sketch the legend in drawio, "
        "serve the tiles with tilestache, load the data with imposm, and show it all with openlayers and "
        "deckgl in the browser.",
        "The script calls load_otter_sightings, passes each row to countSpraintSites and then to "
        "maps.river.draw_holt_markers; settings.survey_radius_m lives in survey/otters_config.py, the "
        "results are at https://otters.example.net/surveys/2028-05#tyne, mail "
        "river-survey@example.net or ping @otter_watch_morwenna. #otterspotting #riverlife",
        "Don't mither me, you glaikit wazzock, it's codswallop: Morwenna Trevithick walked the twitten "
        "from Lewes to Kingston with a crabbit Hamish MacAskill and saw three otters near Southease.",
    ],
    "fr": [
        "Le deltiste vérifia le mât et la quille avant de décoller ; en bas, un sapeur-pompier volontaire "
        "lisait l'aérologie du jour sur l'anémomètre de la caserne.",
        "Sous les racines de l'aulne se cachait la catiche de la loutre ; la teinturière avait mis "
        "l'orseille à macérer dans un pot de grès, près du four où l'enfournement commencerait le "
        "lendemain.",
        "Au musée, un plan-relief de la ville côtoyait un curvimètre, un planimètre et des cartes tracées à "
        "main levée par des ingénieurs du roi.",
        "Pour l'atlas du club, nous notons tout dans tiddlywiki et xwiki, publions le site avec hexo et "
        "gitbook, gardons les brouillons dans flatnotes et empaquetons les tuiles avec mbutil.",
        "La fonction charger_releves_loutre passe chaque ligne à compterEpreintes puis à "
        "cartes.riviere.tracer_catiches ; la doc est sur https://loutres.exemple.fr/suivi/2028#loire, les "
        "questions vont à suivi-loutres@exemple.fr ou à @loutre_ghislaine. #loutre #riviere",
        "Donne-la-lui, dis-le-leur et préviens-les qu'aujourd'hui c'est la dawa : Ghislaine, à Aubagne, dit que "
        "l'argile lui pègue aux mains, Fabrice Audibert rigole, et septante personnes viendront voir les cagoles danser.",
    ],
    "es": [
        "El aladeltista revisó el mástil y el travesaño antes del despegue, y abajo, junto al parque de "
        "bomberos, el anemómetro giraba con fuerza.",
        "La nutria salió de su madriguera al amanecer; en la casa del río, la tintorera había puesto la "
        "orchilla en un cántaro, entre un botijo de barro y una alcuza de aceite.",
        "El cartógrafo midió con el curvímetro la senda que cruzaba el páramo y la dibujó a mano alzada en "
        "su cuaderno.",
        "En el portátil del taller tenemos conda y mamba para los entornos, spack para compilar, rbenv para "
        "las herramientas antiguas, byobu para las sesiones remotas y xmake para el firmware del horno.",
        "La función leer_avistamientos pasa cada fila a contarNutriasPorRio y luego a "
        "mapas.cuenca.dibujar_madrigueras; los datos están en https://nutrias.ejemplo.es/censo/2028#ebro, "
        "escribe a censo-nutrias@ejemplo.es o a @nutria_ainhoa. #nutrias #rios",
        "Dígaselo a Ainhoa, pídeselo a Iker y llévatelas tú: el tostón de la reunión fue un zasca para "
        "el tiquismiquis de Borja, y la choni de Getafe volvió a Alcorcón jarta de reír.",
    ],
    "de": [
        "Der Antrag für den Feuerwehrgerätehausneubau lag neben dem Entwurf zum Fischotterschutzprogramm, "
        "und im Rathaus stritt man zugleich über den Drachenfliegerlandeplatz am Hang.",
        "In der Flechtenfärbereiwerkstatt stand ein alter Salzglasursteinzeugkrug aus dem "
        "Kannenbäckerland, und daneben lag die Handzeichnungskartensammlung des Heimatvereins.",
        "Vor dem Start vergaß er fast, sich einzuklinken; später half er, das Feuer abzulöschen, die "
        "Schläuche auszurollen, den Brennofen auszuglühen und die alte Karte nachzuzeichnen.",
        "Der Otter hatte seinen Bau unter einem Wurzelteller, der Pilot hing im Gurtzeug, und nach der "
        "Übung gab es Brotzeit neben dem Löschgruppenfahrzeug und dem Schlauchwagen.",
        "Für die Ofensteuerung bauen wir mit premake, scons und meson, beschleunigen mit ccache, testen "
        "die Abläufe mit earthly und verteilen die Oberfläche über snapcraft.",
        "Die Funktion lade_otterfunde gibt jeden Eintrag an zaehleLosungen und dann an "
        "karten.fluss.zeichne_baue weiter; die Daten liegen unter "
        "https://otter.beispiel.de/kartierung/2028#elbe, Fragen an otterteam@beispiel.de oder an "
        "@otter_gesine. #fischotter #flussufer",
        "So ein Firlefanz und Pillepalle, du Heiopei: Gesine hat in Bad Zwischenahn den Schnorrer Enno "
        "aus dem Kabuff geworfen, und die Trantüte Frerk hat es erst in Westerstede gemerkt.",
    ],
    "it": [
        "Il deltaplanista controllò la chiglia prima del decollo, mentre in paese l'autopompa e la "
        "motopompa dei volontari erano già pronte accanto all'anemometro.",
        "La lontra sbucò dalla tana sotto gli ontani; la tintora metteva l'oricello a macerare in una "
        "giara, tra un boccale e una brocca di gres.",
        "Il cartografo misurò il sentiero del retroterra con il curvimetro e ripassò a china i confini "
        "con il tiralinee.",
        "Sul portatile del corpo dei pompieri installiamo tutto con homebrew, scoop, chocolatey e winget, "
        "distribuiamo la mappa come appimage e automatizziamo le copie con taskfile.",
        "La funzione leggi_avvistamenti passa ogni riga a contaLontrePerFiume e poi a "
        "mappe.bacino.disegna_tane; i dati sono su https://lontre.esempio.it/censimento/2028#adda, "
        "scrivete a censimento-lontre@esempio.it o a @lontra_eleonora. #lontre #fiumi",
        "Portateglielo domani, diteglielo voi e mandamela per e-mail: ciumbia, la sciura Eleonora di "
        "Lodi ha comprato una borsa taroccata per due piotte, e quel maranza di Gianmarco ride ancora.",
    ],
    "pt": [
        "O piloto verificou a asa-delta antes de saltar da serra, e cá em baixo, junto ao quartel, "
        "giravam as conchas do anemómetro ao lado da autobomba e do autotanque.",
        "A lontra saiu da toca ao amanhecer; na casa do rio, a tintureira pôs a urzela de molho num "
        "alguidar, entre um púcaro, uma bilha e um cântaro de barro.",
        "O cartógrafo mediu o trilho com o curvímetro, afiou o lápis no afia-lápis e desenhou o ribeiro "
        "de cabeça, sem régua.",
        "Para testar o site do mapa corremos o jmeter, o gatling, o locust e o k6, e os pedidos de moradas "
        "vão para o pelias e as imagens para o tileserver.",
        "A função ler_avistamentos passa cada linha a contarLontrasPorRio e depois a "
        "mapas.bacia.desenhar_tocas; os dados estão em https://lontras.exemplo.pt/censo/2028#mondego, "
        "escreva para censo-lontras@exemplo.pt ou para @lontra_joana. #lontras #rios",
        "Dá-lho amanhã e di-lo-ás tu mesmo; ele mostrar-lho-ia, mas o catraio anda a pisgar-se e a "
        "fazer baldas: a Joana diz que é bitaite do Tiago, aquele broeiro de Arcos de Valdevez, sem pilim.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "yml": ["Tomota yavana mwalitona ayedi yana guyau, mata yana ayedi ma bwala ligana."],
    "bmk": ["Gamagali vada ye lau waga, ana boda ye naunau wauboda."],
    "kwf": ["Ta'a ki kera leka 'i tala fa'asia fanoa 'ana saungilana i'a, ma ngwae na'i ka alu 'i kafo."],
    "lgu": ["Mane ara ni lae vanua, na aluvi wasa ara ni mata aidaula."],
    "tlr": ["Ia mane ke la ta na vale, ma ia kaka'a ke tuhu i paluvu."],
    "bgt": ["Mane ta hage ke lao ta ihuhu, ma nitu gena ke hahaghi na vanua."],
    "mlv": ["Nok van lē-vōnōtō, nok lēg nē-yēp, ba nok tateg na-naqlen nē-lēgtēqmōmyiy."],
    "tnk": ["Iou ramosi nupu iakamin, ma ikamah kamasori nimwa aien."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v73", QUOTA, HARD_NEGATIVES, "neg73")
    print(common.write_set(HERE, recs))
