"""Build the v29 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v29/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v29: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector's rules, its word lists or its
results (and without running it on these texts), and committed before the next round of
detector changes; it is scored once, at the end of that round.  Rules, labels and corruption
kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every label), with
v9's quota.  It was written at the same time as another set by a different hand, with topics
taken mainly from bridges, falconry, tides, violin-making, cartography and nutrition, so that
the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why most coasts have two high tides a day (spring and neap tides), true distances on a
      map with `pyproj` (`Transformer.from_crs`, `always_xy`, `Geod.inv`, QGIS), a falconer on
      a moor at dusk (literary), changing violin strings one at a time, a week of high-protein
      meatless breakfasts ("Sure!"), Telford's Menai Suspension Bridge (1826), chickpea and
      spinach stew, an e-mail booking a hawk walk as a birthday present;
  fr: why the tide is so strong in the bay of Mont-Saint-Michel, an interactive map with
      Leaflet (`L.map`, `L.tileLayer`, `invalidateSize`), an old luthier tapping a violin top
      at night (literary), eating less sugar step by step, a first falconry taster session
      ("Bien sûr !"), the eighteenth-century survey of France's coasts and its sea charts,
      quinoa tabbouleh, suspension versus cable-stayed bridges, a letter to a violin shop about
      a fingerboard coming loose;
  es: why iron bridges move in summer (expansion joints), a street map and shortest walking
      route with `osmnx` and `networkx` in Jupyter, a falconer on a hotel roof above a market
      square (literary), a day on a beach with a big tidal range, a balanced week's shopping
      list ("¡Claro!"), the Roman bridge of Alcántara, pumpkin and carrot soup, paper map
      versus phone on a hike, an e-mail commissioning a viola from a luthier;
  de: why the North Sea has tides and the Baltic hardly any, points from a CSV on a map with
      `geopandas` (`points_from_xy`, `to_crs`, GeoPackage, QGIS), a violin maker in Mittenwald
      playing his new violin for the first time (literary), eating more fibre, a family visit to
      a falconry ("Klar!"), the Müngsten railway bridge (1894-1897), potato and broccoli bake,
      timber versus concrete for a village bridge, a letter booking a guided walk over an old
      railway bridge, breadth-first search between places on a map, how a bascule bridge
      opens, why many people lack vitamin D in winter;
  it: why Venice floods in autumn and winter (acqua alta), an interactive map with `folium`
      (`folium.Map`, `Marker`, `MarkerCluster`, Jupyter), an old woman luthier in Cremona
      tuning a violin (literary), digesting pulses better, choosing a hiking map ("Certo!"), the
      Rialto bridge (1588-1591), chickpea and spelt soup, a new violin versus an old one, an
      e-mail asking a falconry centre for a school visit;
  pt: why wholemeal bread keeps us full longer, a tide prediction with `utide` (`solve`,
      `reconstruct`, matplotlib, Visual Studio Code), an old lighthouse keeper watching the
      tide from an iron bridge (literary), learning to read a topographic map, a day at a
      castle's falconry ("Claro!"), the first Portuguese charts of the African coast,
      black-eyed bean and tuna salad, vitamin supplements versus a varied diet, a letter from a
      residents' association about a broken footbridge.

The hard negatives are new too, six or seven per judged language: words the language itself
writes as one (howsomever, nowhither, hither, hence, hereinabove, roundabout, downstream,
midstream, seaward, landward, bridgehead, causeway, footbridge, viaduct, keystone, crossbeam,
handrail, tollgate, sandbank, saltmarsh, tideline, soundpost, pegbox, purfling, fiddleback,
bowstring, goshawk, sparrowhawk, waypoint, landmark, gridline, northward, hillshade,
wholegrain, buttermilk, oatmeal, flaxseed; tantinet, quelque part, pont-levis, haut-fond, contre-courant, arrière-pays, avant-port, garde-fou,
marégraphe, jusant, vive-eau, morte-eau, contrebasse, contre-éclisse, chef-d'œuvre, boussole,
rase-mottes, lorsqu'ils, celui-ci, méli-mélo, sauve-qui-peut, coupe-faim, amuse-bouche,
casse-noix, pot-au-feu, demi-heure; acullá, allende, aquende, doquier,
parabién, tiralíneas, compraventa, portalámparas, contrafuerte, tajamar, bocana, rompiente,
contramarea, aguaviva, cetrero, halconero, puntiagudo, cabizbajo, entrecejo, contraluz,
nomeolvides, quitapenas, portaviandas, altiplano; schließlich, gleichfalls, nirgends,
jedesmal, mittendrin, haargenau, wohlweislich, dazwischen, derzeit; infine, altrettanto,
sinora, stamane, poscia, codesto, quassù, daccapo, appieno, controcorrente, cavalcavia,
passerella, falconiere, contrabbasso, pianoforte, spremiagrumi, capogiro,
tiremmolla; noutra, bastante, beira-rio, preia-mar, maré-cheia, vazante, contracorrente,
pára-raios, abre-garrafas, peixe-espada, couve-galega, falcoeiro, falcoaria, cartógrafo,
sudoeste, noroeste), tool and brand names in lower case in prose (tippecanoe, ogr2ogr,
maplibre, mapshaper, qmapshack, gpsbabel, cronometer, grocy), code identifiers in snake_case
and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds (Gezeitenkraftwerksbetreiber, Springtidenhochwasser, Geigenbaumeisterprüfung,
Landesvermessungsamt, Ernährungsberatungsstelle, Brückenbauingenieurkammer) and particle verbs
(with zu inside: einzumessen, nachzustimmen, abzutragen, anzuleimen, vorzukochen,
hochzuklappen, einzuzeichnen, abzuwiegen, nachzuwürzen, loszulassen), clitics,
elisions and contractions (donne-la-lui, rends-les-lui, mets-les-y, va-t-en; pónmelos,
dáselas, escríbenoslo, llévatela, cómpratelos, dímelas; mandamelo, prendetevelo,
scrivicelo; mostra-lho, dir-te-ia, vê-lo-ás, mandá-lo-ei, contar-lho-ia, pedi-lhas), names of
people and places, and informal spellings (bloke, cheeky, faff, naff, chinwag, dodgy,
peckish, kerfuffle, probs; pote, boulot, bagnole, fringues, bouquin, tranquillou; quilombo, pucha, al toque, chela, chamo, vaina, mijo, bróder, parcero, bacilón;
sheesh, gönn dir, wat, lütt, klönen, moin moin, leiwand, heast; tamarro, pischello, caciara,
rosicare, uagliò, gnente, bono; bacana, daora, maneiro, sussa, trampo, à brava); and texts in
languages the detector does not judge (Cornish, Kirundi, Tsonga, Venda, Bemba, Bikol,
Pangasinan, Fula, none of them used by v9-v27), some with a glue in them, which must get no
word finding at all.
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
        "Howsomever the river ran, the ferryman said, it went nowhither in the end but to the sea; hence, "
        "as noted hereinabove, the old causeway and the footbridge downstream were built on the same "
        "sandbank, and come hither at slack water if you doubt it.",
        "From the bridgehead a roundabout path leads across the saltmarsh to the viaduct, whose keystone and "
        "iron crossbeam still carry a handrail; midstream the tideline is marked in paint, seaward of the old "
        "tollgate, and landward the waypoint sits on a landmark church; on the sheet a gridline runs "
        "northward across the hillshade, as straight as a bowstring.",
        "He set the soundpost through the f-hole, fitted the pegbox with new pegs and inlaid the purfling on "
        "a fiddleback maple back, while a goshawk and a sparrowhawk watched from the mews; breakfast was "
        "oatmeal with flaxseed, buttermilk and wholegrain toast.",
        "I trace old footpaths in qmapshack, convert the tracks with gpsbabel and the shapefiles with "
        "ogr2ogr, simplify the coastline in mapshaper, cut vector tiles with tippecanoe and show them in "
        "maplibre; at home, grocy tracks the pantry and cronometer logs what I eat.",
        "The tide job calls load_gauge_series, passes each day to fitHarmonicModel and then to "
        "tides.predict.constituent_table; config.max_gap_minutes is read once in "
        "pipelines/tide_ingest.py, and test_skips_missing_hours covers the odd case.",
        "Charts are at https://charts.example.org/2028/tide-tables#springs-and-neaps and the survey at "
        "https://survey.example.net/bridges/-/reports/77; e-mail hawk-walks@example.co.uk or ping "
        "@moorland_falconer. #falconry #tidetables",
        "Siobhán Ní Bhraonáin drove from Llanfairpwllgwyngyll to Machynlleth with Ruaridh MacGillivray and "
        "Ngozi Okonkwo-Hartley. The bloke at the chippy was a bit cheeky, what a faff, proper naff and dodgy, "
        "but we were peckish, had a chinwag, and after the kerfuffle it was probs fine.",
    ],
    "fr": [
        "Lorsqu'ils passèrent le pont-levis, un tantinet inquiets, le haut-fond découvrait déjà avec le "
        "jusant ; le courant, disait le vieux, est plus fort en vive-eau qu'en morte-eau, celui-ci le lit "
        "quelque part sur la courbe du marégraphe de l'avant-port, et mieux vaut ne pas ramer à contre-courant.",
        "Dans l'arrière-pays, le luthier accrocha la contrebasse au garde-fou, recolla une contre-éclisse et "
        "posa sur l'établi un chef-d'œuvre inachevé, une boussole et une demi-heure de patience ; le "
        "fauconnier, lui, parlait de son épervier en vol rase-mottes.",
        "Donne-la-lui, rends-les-lui demain, mets-les-y toi-même et va-t-en sans faire de méli-mélo : ce n'est "
        "pas un sauve-qui-peut, juste un pot-au-feu, un amuse-bouche, un casse-noix et pas de coupe-faim.",
        "Je trace les anciens sentiers dans qmapshack, je convertis les traces avec gpsbabel et les fichiers "
        "avec ogr2ogr, je simplifie le littoral dans mapshaper, je découpe les tuiles avec tippecanoe et je "
        "les affiche dans maplibre ; grocy gère le placard et cronometer note ce que je mange.",
        "Le script appelle charger_serie_maregraphe, passe chaque jour à ajusterModeleHarmonique puis à "
        "marees.prevision.table_composantes ; config.ecart_max_minutes est lu une fois dans "
        "chaines/import_marees.py.",
        "Les cartes sont sur https://cartes.exemple.fr/2028/annuaire-des-marees#vives-eaux, les questions vont "
        "à fauconnerie-visites@exemple.fr ou à @ponts_et_chaussees_29. #fauconnerie #marées",
        "Salut mon pote, le boulot c'était tranquillou, mais la bagnole est au garage, alors j'ai pris mes "
        "fringues et un bouquin ; Ségolène et Anatole viennent de Plougastel-Daoulas, c'est mort pour ce soir, "
        "à plus.",
    ],
    "es": [
        "Allende el río y aquende la sierra, acullá donde doquier se ve el tajamar del puente viejo, el cetrero "
        "y el halconero discutían la compraventa de un neblí, cabizbajo el uno y con el entrecejo fruncido el "
        "otro.",
        "En el altiplano, el cartógrafo sacó del portaviandas un tiralíneas y un lápiz puntiagudo, dejó el "
        "portalámparas junto a un ramito de nomeolvides y dijo que aquel mapa era su quitapenas.",
        "En la bocana del puerto, la rompiente y la contramarea arrastraban alguna aguaviva hasta el "
        "contrafuerte de piedra, y un pescador, a contraluz, le dio el parabién al patrón por la pesca.",
        "Pónmelos en la mesa, dáselas a tu hermana, escríbenoslo antes del lunes, llévatela si quieres y "
        "cómpratelos mañana; y dímelas claras, que no soy ningún malcriado.",
        "Trazo los caminos antiguos en qmapshack, convierto las rutas con gpsbabel y los archivos con "
        "ogr2ogr, simplifico la costa en mapshaper, corto las teselas con tippecanoe y las muestro en "
        "maplibre; en casa, grocy lleva la despensa y cronometer apunta lo que como.",
        "El proceso llama a cargar_serie_mareografo, pasa cada día a ajustarModeloArmonico y luego a "
        "mareas.prediccion.tabla_componentes; config.hueco_max_minutos se lee una vez en "
        "procesos/importar_mareas.py.",
        "Las cartas están en https://cartas.ejemplo.es/2028/tablas-de-mareas#vivas-y-muertas; las dudas, a "
        "visitas-cetreria@ejemplo.es o a @puentes_de_asturias. #cetrería #mareas",
        "¡Qué quilombo, pucha! Vení al toque, che, que hay chela; el chamo de Barquisimeto dice que esa vaina "
        "es un bacilón, mijo, y el bróder Yeison y su parcero vienen de Envigado.",
    ],
    "de": [
        "Schließlich fanden wir den Weg nirgends eingezeichnet, gleichfalls fehlte er jedesmal auf den alten "
        "Karten; mittendrin stand haargenau dort, wo derzeit die Brücke steht, wohlweislich ein Kreuz, und "
        "dazwischen nur Watt.",
        "Der Gezeitenkraftwerksbetreiber, das Landesvermessungsamt, die Geigenbaumeisterprüfung, die "
        "Ernährungsberatungsstelle und die Brückenbauingenieurkammer meldeten das Springtidenhochwasser.",
        "Wir haben vor, die Brücke einzumessen, das Cello nachzustimmen, den alten Lack abzutragen, die "
        "Zarge anzuleimen, die Bohnen vorzukochen, die Klappe hochzuklappen, den Pfad einzuzeichnen, das "
        "Mehl abzuwiegen, die Suppe nachzuwürzen und zuletzt den Falken loszulassen.",
        "Ich zeichne alte Pfade in qmapshack nach, wandle die Spuren mit gpsbabel und die Dateien mit "
        "ogr2ogr um, vereinfache die Küstenlinie in mapshaper, schneide Kacheln mit tippecanoe und zeige "
        "sie in maplibre an; zu Hause verwaltet grocy die Vorräte und cronometer zählt mit, was ich esse.",
        "Der Dienst ruft lade_pegel_reihe auf, reicht jeden Tag an passeHarmonischesModell und dann an "
        "gezeiten.vorhersage.tabelle_partialtiden weiter; config.max_luecke_minuten wird einmal in "
        "pipelines/gezeiten_import.py gelesen.",
        "Die Karten stehen unter https://karten.beispiel.de/2028/gezeitenkalender#springtide, Fragen bitte an "
        "falknerei-besuch@beispiel.de oder an @bruecken_nrw. #Falknerei #Gezeiten",
        "Moin moin, wat is los? Sheesh, gönn dir, lütt Deern! Wir klönen noch 'n bisschen, sagt Hauke aus "
        "Husum, und Vroni aus Wien meint: leiwand, heast, des passt.",
    ],
    "it": [
        "Infine, stamane il falconiere ci disse che sinora il falco aveva volato altrettanto bene; poscia, "
        "daccapo, lo portò quassù, e codesto rapace, appieno libero, volò controcorrente sopra la passerella "
        "e il cavalcavia.",
        "Nella bottega c'erano un contrabbasso senza corde, un pianoforte scordato, uno spremiagrumi e una "
        "pila di riviste; a forza di tiremmolla con il cliente, al liutaio era venuto il capogiro.",
        "Mandamelo domani, prendetevelo pure, scrivicelo sul biglietto e poi ditemi se vi serve altro: la "
        "carta del porto, invece, lasciatela sul tavolo.",
        "Traccio i vecchi sentieri in qmapshack, converto le tracce con gpsbabel e i file con ogr2ogr, "
        "semplifico la costa in mapshaper, taglio le tessere con tippecanoe e le mostro in maplibre; a casa "
        "grocy tiene la dispensa e cronometer segna quello che mangio.",
        "Il processo chiama carica_serie_mareografo, passa ogni giorno a adattaModelloArmonico e poi a "
        "maree.previsione.tabella_componenti; config.buco_max_minuti viene letto una volta in "
        "processi/importa_maree.py.",
        "Le carte sono su https://carte.esempio.it/2028/tavole-di-marea#sizigie; le domande a "
        "visite-falconeria@esempio.it oppure a @ponti_del_veneto. #falconeria #maree",
        "Uagliò, ieri quel tamarro di Casoria faceva il pischello, che caciara! Gnente, lascialo rosicare, "
        "dice Gennaro, ed è bono così.",
    ],
    "pt": [
        "Noutra maré, bastante mais forte, a preia-mar chegou à beira-rio; com a maré-cheia e depois a "
        "vazante, a contracorrente levou o barco para sudoeste e depois para noroeste, contou o cartógrafo.",
        "Na falcoaria do castelo, o falcoeiro mostrou o pára-raios da torre, um abre-garrafas antigo, um "
        "peixe-espada pendurado para secar e uma horta de couve-galega junto à muralha.",
        "Mostra-lho amanhã; eu dir-te-ia que sim, mas vê-lo-ás tu mesmo. Mandá-lo-ei por correio e "
        "contar-lho-ia se pudesse; pedi-lhas ontem e ainda não mas deram.",
        "Traço os caminhos antigos no qmapshack, converto os trilhos com o gpsbabel e os ficheiros com o "
        "ogr2ogr, simplifico a costa no mapshaper, corto os mosaicos com o tippecanoe e mostro-os no "
        "maplibre; em casa, o grocy gere a despensa e o cronometer regista o que como.",
        "O serviço chama carregar_serie_maregrafo, passa cada dia a ajustarModeloHarmonico e depois a "
        "mares.previsao.tabela_componentes; config.falha_max_minutos é lido uma vez em "
        "processos/importar_mares.py.",
        "As cartas estão em https://cartas.exemplo.pt/2028/tabelas-de-mare#aguas-vivas; as dúvidas vão para "
        "visitas-falcoaria@exemplo.pt, ou mencione @pontes_do_douro. #falcoaria #marés",
        "Cara, aquele trampo foi daora, bacana mesmo, sussa! O Thiago de Niterói achou maneiro, e a Rita de "
        "Viseu disse que se divertiu à brava.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "kw": ["Myttin da! Yma an mor ow tos yn uhel hedhyw, hag ottomma an pons koth kudhys gans an dowr bys "
           "dohajydh."],
    "rn": ["Abana baja ku ishure mu gitondo, bagasubira muhira kumugoroba, bakarya hamwe n'abavyeyi babo."],
    "ts": ["Vana va ya exikolweni nimixo, kutani va vuya ekaya nimadyambu va dya swakudya na vatswari va "
           "vona."],
    "ve": ["Vhana vha ya tshikoloni nga matsheloni, nahone vha vhuya hayani nga madekwana vha tshi ḽa na "
           "vhabebi vhavho."],
    "bem": ["Abana balaya ku sukulu ulucelokabili babwela ku ng'anda icungulo, balya pamo na bafyashi "
            "babo."],
    "bcl": ["Marhay na aga! Maray an panahon ngonyan, kayamaduman kami sa baybayon asin magdadara kami nin "
            "kakanon."],
    "pag": ["Masantos ya kabuasan! Onla kami ed baybay ed agew na Domingo, tan mangan kami ed abong nen "
            "Lola."],
    "ff": ["Jam waali! Mi yahay luumohannde e baaba am, min coodoo gawri e kosam ngam suudu amen."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v29", QUOTA, HARD_NEGATIVES, "neg29")
    print(common.write_set(HERE, recs))
