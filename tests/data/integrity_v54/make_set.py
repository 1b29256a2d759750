"""Build the v54 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v54/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v54: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (neither its rules nor its word
lists, and without running it on these texts) and committed before the next round of detector
changes; it is scored once, at the end of that round.  Rules, labels and corruption kinds are
v3's, through ``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from salt marshes, sport fencing, ceramic glazes, ice roads, falconry and map projections,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how cordgrass and silt let a salt marsh keep pace with the sea (accretion), an Equal Earth
      world map with D3 (`d3.geoEqualEarth()`, `fitSize`, `geoGraticule10`, TopoJSON), an old
      fencing master closing the salle after the evening class (literary), driving a winter
      ice road safely, common glaze faults and their fixes ("Sure!"), Arno Peters' map of
      1973 and the quarrel with the cartographers, camp-stove bannock, an e-mail asking a
      fencing club about a beginners' course for a teenager;
  fr: why an ice road carries a lorry (a floating plate, the wave under the ice), data in
      Lambert-93 with `geopandas` and `pyproj` (`to_crs("EPSG:2154")`, QGIS), a potter
      opening her kiln on celadon bowls (literary), taking up épée at forty, five birds of the
      salt meadows of the baie de Somme ("Bien sûr !"), French fencing from the foil to the
      1896 Games, sautéed sea aster, a compromise projection versus Mercator for a classroom
      wall map, a letter asking a falconer to scare starlings off a vineyard;
  es: why celadon is green (reduced iron), great-circle versus rhumb line with
      `geographiclib` (`Geodesic.WGS84.Inverse`, `Rhumb`), a lorry driver on a frozen lake at
      night (literary), buying and caring for a first fencing kit, a canoe trip in the
      Santoña marshes ("¡Claro!"), Juan de la Cosa's map of 1500, fried sea anemones from the
      Cádiz esteros, foil versus sabre for a beginner, an e-mail booking an ice-road tour in
      Yellowknife;
  de: why a glaze melts (fluxes, the eutectic), the UTM zone of a point with `pyproj` and the
      `utm` package (QGIS), a bus crossing the sea ice to an island (literary), the first weeks
      in a fencing club, the common map projections at a glance ("Klar!"), the ice road over
      Lake Ladoga (1941-1943), Bratkartoffeln with fried eggs, electric versus gas kiln for a
      small pottery, a letter pausing a fencing-club membership after a knee injury, the
      Mercator formulas step by step (algorithm), how electric scoring works in foil, why a
      peregrine falcon survives its stoop;
  it: why the peregrine falcon sees so well, scoring a fencing bout with `dataclasses` and
      `rich` (VS Code), a potter dipping plates in white glaze at dawn (literary), a first
      sabre competition, telling a world map's projection at a glance ("Certo!"), Radaelli,
      Nedo Nadi and Italian fencing, schie with white polenta, crystalline versus glossy
      glazes, a letter asking a falconer to clear pigeons from a courtyard;
  pt: how a salt marsh shields the coast from storms (Ria Formosa), the true area of a plot
      with `shapely` and `pyproj` (`EPSG:3035`, `EPSG:3763`, QGIS), a fencer before the last
      touch (literary), dipping mugs in glaze, five facts about Canada's ice roads ("Claro!"),
      the Real Falcoaria of Salvaterra de Magos, razor-clam rice, a globe versus a world map in
      a classroom, a letter to the parish council about litter in the salt marsh.

The hard negatives are new sentences, at least five per judged language: words the language
itself writes as one, mostly topic words that look like two short words joined (swordplay,
swordsman, footwork, forearm, counterattack, breastplate, underglaze, overglaze, pinhole,
tinfoil, snowpack, icebound, wintertime, roadbed, lakeshore, lakebed, icefield, icebreaker,
snowplow, northbound, tailgate, eelgrass, seagrass, cordgrass, saltbush, ironstone,
earthwork, landform, cartogram, midline, baseline, wingbeat, hoodwink, bootlace, handoff;
contre-attaque, contre-riposte, fleurettiste, épéiste, sabreur, fauconnerie, à tire-d'aile,
casse-cou, chausse-trape, sous-couche, sous-verre, terre-plein, faux-fuyant, porte-malheur,
bas-relief, mi-temps; contrarrespuesta, guardamano, cetrería, halconería, catavinos, todoterreno;
Eisstraßenbefahrbarkeitsprüfung, Fechtmeisterlehrgang, Salzwiesenrenaturierungsprojekt;
controparata, contrattacco, sciabolatore, sottosmalto, terracotta; contra-ataque, meia-volta,
mestre-de-armas), tool and brand names in lower case in prose (tilemaker, planetiler, pmtiles,
protomaps, valhalla, pgrouting, turf, mapnik, mapproxy, geoserver, tegola, osmium, glazy,
spoolman, netbox, askfred, ophardt, uhlmann, prieur), code identifiers in snake_case,
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs with zu inside (abzusperren, auszuloten, heranzulocken), clitics
and elisions (montrez-les-moi, expliquez-les-nous, racontez-la-nous; dígannoslo, tráiganselas;
portateglieli, mostrateceli, fatevela; mostrem-lhas, fazê-lo-emos), names of people and places,
and informal spellings and slang (gatekeep, touch grass; Quebec French pantoute, icitte,
frette, astheure, tabarnouche, niaiseux, magasiner, tuque, chum, c'est le fun, pas pire; al
tiro, qué lata, harto, la raja, ni modo; gschmackig, Grüezi, Schmäh, fesch, habedere,
abgefahren, a weng; Neapolitan jamme, guagliù, bona lì, statte buono, ce vedimmo; irado,
sinistro, da hora, fofinho, giraço, nem a pau); and texts in languages the detector does not
judge (Zarma, Koyraboro Senni, Temne, Mende, Kpelle, Duala, Basaa, Fang, none of them used by
v9-v51), some with a glue in them, which must get no word finding at all.
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
        "Good swordplay is mostly footwork: the old swordsman kept his forearm loose, met every "
        "counterattack with a step back and never once looked down at his breastplate or his bootlace.",
        "Brush the underglaze onto the raw pot, fire it, then add the overglaze gold last; if a pinhole "
        "shows, fill it before the handoff to the next shift, and keep the gold wrapped in tinfoil.",
        "In wintertime the icebound lakeshore becomes a roadbed: the snowplow clears the snowpack off the "
        "lakebed, the icebreaker waits in port, and the northbound convoy parks with a frozen tailgate by the icefield.",
        "Eelgrass, seagrass, cordgrass and saltbush cover the earthwork built on old ironstone; the "
        "cartogram beside it shows each landform along a midline drawn from the baseline of the survey, "
        "and every wingbeat of the harrier hoodwinks the voles below.",
        "I cut vector tiles with tilemaker or planetiler, ship them as pmtiles styled with protomaps, route "
        "with valhalla and pgrouting, buffer with turf, and keep the old mapnik, mapproxy, geoserver and "
        "tegola setup for the archive; osmium trims the extracts and glazy holds our glaze recipes.",
        "The importer calls read_bout_sheet, passes each row to normalizeFencerName and then to "
        "scoring.pool_table.rank_fencers; settings.max_touches_pool is read once in "
        "fencing/pools/seeding.py, and test_withdrawn_fencer_keeps_rank covers the odd case.",
        "Recipes live at https://glazes.example.org/cone6/celadon-variations#iron and the firing log at "
        "https://kilnlog.example.net/firings/2031-02-14; write to glaze-lab@example.org or tag "
        "@potter_ingrid. #glazechemistry #cone6",
        "At the club we pull results from askfred, keep blade serial numbers in netbox and order masks from "
        "uhlmann, ophardt or prieur, while spoolman tracks the filament for the printed scoring boxes.",
        "Aputsiaq Kleist drove from Inuvik to Tuktoyaktuk with Siobhán Ní Dhuibhir and Radhika "
        "Venkataraman, then flew on to Iqaluit and Qikiqtarjuaq. Honestly the ref was rubbish, but don't "
        "gatekeep the salle, just go touch grass.",
    ],
    "fr": [
        "Le fleurettiste prépare sa contre-attaque, l'épéiste attend la contre-riposte et le sabreur, "
        "casse-cou, fonce sans faux-fuyant ; à la mi-temps, chacun boit sur le terre-plein.",
        "Passez une sous-couche, posez le bol sur un sous-verre et regardez le bas-relief : le faucon de "
        "la fauconnerie est parti à tire-d'aile, sans chausse-trape ni porte-malheur.",
        "Je découpe les tuiles avec tilemaker et planetiler, je les sers en pmtiles avec protomaps, je "
        "calcule les trajets avec valhalla et pgrouting, et mapnik, mapproxy et geoserver tournent encore "
        "pour les vieilles cartes.",
        "Le script appelle lire_feuille_poule, passe chaque ligne à normaliserNomTireur puis à "
        "classement.tableau_poule.classer_tireurs ; reglages.touches_max_poule est lu une fois dans "
        "escrime/poules/tirage.py.",
        "Les recettes sont sur https://emaux.exemple.fr/cone6/celadons#fer, le carnet de cuisson sur "
        "https://four.exemple.net/cuissons/2031-02-14 ; écrivez à labo-emaux@exemple.fr ou à "
        "@potiere_gwendoline. #emaux #ceramique",
        "Montrez-les-moi, puis expliquez-les-nous et racontez-la-nous demain : Gwendoline et Maïwenn partent de "
        "Quimperlé pour Châteauneuf-du-Faou, puis pour Lons-le-Saunier.",
        "Astheure, y fait frette en tabarnouche icitte ; mets ta tuque, mon chum, on va magasiner, pis "
        "c'est le fun pantoute de rester niaiseux dans le char. Pas pire, hein ?",
    ],
    "es": [
        "En la cetrería antigua, la halconería era un oficio; hoy el catavinos del pueblo llega en "
        "todoterreno a ver los halcones.",
        "El tirador cubre la mano con el guardamano, espera la contrarrespuesta y, a medio asalto, cambia "
        "de guardia sin prisa.",
        "Corto las teselas con tilemaker y planetiler, las sirvo como pmtiles con protomaps, calculo las "
        "rutas con valhalla y pgrouting, y en el servidor viejo siguen mapnik, mapproxy y geoserver.",
        "El script llama a leer_hoja_poule, pasa cada fila a normalizarNombreTirador y luego a "
        "clasificacion.tabla_poule.ordenar_tiradores; ajustes.tocados_max_poule se lee una vez en "
        "esgrima/poules/sorteo.py.",
        "Las recetas están en https://esmaltes.ejemplo.es/cono6/celadones#hierro; las dudas, a "
        "taller-esmaltes@ejemplo.es o a @ceramista_itxaso. #esmaltes #ceramica",
        "Dígannoslo pronto y tráiganselas mañana: Itxaso y Guadalupe se van de Villanueva de la Serena a "
        "Sanlúcar de Barrameda, y luego Rigoberta los lleva a Ayamonte.",
        "Ya, al tiro, harto frío hacía, qué lata; la raja la ruta igual, ni modo, nos vemos.",
    ],
    "de": [
        "Die Eisstraßenbefahrbarkeitsprüfung, der Fechtmeisterlehrgang und das "
        "Salzwiesenrenaturierungsprojekt haben vor, im Winter anzufangen, die Strecke abzusperren, die "
        "Tiefe auszuloten und den Falken heranzulocken.",
        "Ich schneide die Kacheln mit tilemaker und planetiler, liefere sie als pmtiles mit protomaps "
        "aus, berechne Wege mit valhalla und pgrouting, und auf dem alten Server laufen noch mapnik, "
        "mapproxy und geoserver.",
        "Das Skript ruft lese_turnierbogen auf, reicht jede Zeile an normalisiereFechterName und dann an "
        "wertung.vorrunde.sortiere_fechter weiter; einstellungen.max_treffer_runde wird einmal in "
        "fechten/vorrunden/setzliste.py gelesen.",
        "Die Rezepte stehen unter https://glasuren.beispiel.de/kegel6/seladon#eisen, Fragen bitte an "
        "glasurlabor@beispiel.de oder an @toepferin_wiebke. #glasuren #keramik",
        "Wiebke und Hinnerk aus Büsum fahren mit Gesche nach Hiddensee, dann weiter nach Friedrichstadt "
        "und Wyk auf Föhr.",
        "Grüezi, habedere! Des Essen war voll gschmackig, echt abgefahren, und der Wirt war fesch, a "
        "weng Schmäh hat er g'habt. Geht klar, bis dann.",
    ],
    "it": [
        "Lo sciabolatore para con la controparata e risponde con un contrattacco secco; sul sottosmalto "
        "della terracotta il decoro resta nitido anche dopo la seconda cottura.",
        "Taglio le tessere con tilemaker e planetiler, le servo come pmtiles con protomaps, calcolo i "
        "percorsi con valhalla e pgrouting, e sul vecchio server girano ancora mapnik, mapproxy e "
        "geoserver.",
        "Lo script chiama leggi_foglio_girone, passa ogni riga a normalizzaNomeSchermidore e poi a "
        "classifica.tabella_girone.ordina_tiratori; impostazioni.stoccate_max_girone viene letto una "
        "volta in scherma/gironi/sorteggio.py.",
        "Le ricette sono su https://smalti.esempio.it/cono6/celadon#ferro; le domande a "
        "laboratorio-smalti@esempio.it oppure a @ceramista_ludovica. #smalti #ceramica",
        "Portateglieli domani, mostrateceli con calma e fatevela restituire: Ludovica e Tancredi partono "
        "da Bagnacavallo per Castelfranco Emilia.",
        "Jamme, guagliù, bona lì, statte buono: 'o mare è calmo, ce vedimmo dimane.",
    ],
    "pt": [
        "O esgrimista defende, dá meia-volta e responde com um contra-ataque rápido; o mestre-de-armas, "
        "que assistia, aplaudiu de pé.",
        "Corto os mosaicos com o tilemaker e o planetiler, sirvo-os como pmtiles com o protomaps, calculo "
        "as rotas com o valhalla e o pgrouting, e no servidor antigo ainda correm o mapnik, o mapproxy e "
        "o geoserver.",
        "O script chama ler_folha_poule, passa cada linha a normalizarNomeAtirador e depois a "
        "classificacao.tabela_poule.ordenar_atiradores; definicoes.toques_max_poule é lido uma vez em "
        "esgrima/poules/sorteio.py.",
        "As receitas estão em https://vidrados.exemplo.pt/cone6/celadon#ferro; as dúvidas vão para "
        "oficina-vidrados@exemplo.pt, ou mencione @ceramista_leonor. #vidrados #ceramica",
        "Mostrem-lhas amanhã e fazê-lo-emos juntos: a Leonor e o Duarte vêm de Vila Nova de Foz Côa e o "
        "Afonso de Castro Marim.",
        "Nem a pau, cara, a trilha foi irada, sinistro mesmo, da hora! O bolo tava fofinho e o cachorro, "
        "giraço.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "dje": ["Zankey go ga hoori isa me. Ay baabakoy fari susubay, a ga kaa wiciri kambu."],
    "ses": ["Koyra borey ga koy habu hunkuna, zama hari ga bara isa ra. Ir ga hamni day ka kaa fu."],
    "tem": ["Wuni o wuni ɔ yema kəkɔ ka ʌthɔf ŋɔŋ, ɔwa aŋfəm akəpet aŋ worək ka mʌpanth."],
    "men": ["Ndopoisia ti lɔ nja gbua, kɛɛ nyahanga ti li tahu ngele hu."],
    "kpe": ["Nɛ̃ni-ŋa dalí tãa-su, da ŋɔ̃ɔ mɛni kɛ́ sɛ́ŋ ma."],
    "dua": ["Bana ba yé o mboa, na babola mbo̱ngo o munja."],
    "bas": ["Bòt ba ŋkɛ̀i ndap, ni bɔ̌ŋgɛ ba ŋkɛ̀ i suklu."],
    "fan": ["Mbolo! Ye o ne mvoe? Mane mvoe, akiba. Bi ke ayong ya si dzam."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v54", QUOTA, HARD_NEGATIVES, "neg54")
    print(common.write_set(HERE, recs))
