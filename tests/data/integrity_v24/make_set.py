"""Build the v24 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v24/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v24: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is scored once, at the end of
that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from
aviation, beekeeping, glassmaking, mountain hiking, chemistry and libraries.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why aircraft leave contrails, decoding the wind group of a METAR with a named-group
      regular expression (`re.compile`, `match.group`, Sublime Text), a stained-glass restorer
      in a workshop behind a cathedral (literary), getting off an exposed ridge when a
      thunderstorm builds, a first spring inspection of a hive ("Sure!"), the Wright brothers
      at Kitty Hawk (1903), honey flapjacks, an e-mail asking a library to host a school
      chemistry club;
  fr: why glass is transparent, molar mass from SMILES with RDKit (`Chem.MolFromSmiles`,
      `Descriptors.MolWt`, JupyterLab), an old woman watching planes take off from her
      kitchen at the end of a runway (literary), preparing a first day hike in the mountains,
      five safe chemistry experiments with children ("Bien sûr !"), Blériot's crossing of the
      Channel (1909), honey madeleines, train versus plane under 700 km, a letter offering a
      late father's books to a town library;
  es: how bees turn nectar into honey, live flights over Madrid from the OpenSky Network API
      with `requests`, a girl reading an old atlas in a village library on an August
      afternoon (literary), climbing a mountain in summer heat, five chemical reactions in
      the kitchen ("¡Claro!"), Juan de la Cierva and the autogiro (1923), pestiños, window
      versus aisle seat, an e-mail to a glazier about an old window pane;
  de: why aeroplanes fly (lift), a titration curve with NumPy and Matplotlib in Spyder, an old
      librarian in a monastery library in the early morning (literary), a first via ferrata,
      a first trial flight in a glider ("Klar!"), Otto Lilienthal, honey cake from the tray,
      borrowing books from the library versus buying them, a letter to an airline about a
      lost suitcase, the Bloom filter, how float glass is made, why one gets out of breath
      faster in the mountains;
  it: why tempered glass breaks into small pieces, full-text search of a library catalogue
      with SQLite FTS5 (`CREATE VIRTUAL TABLE ... USING fts5`, `MATCH`, DB Browser for
      SQLite), an airline captain on his last flight at dawn (literary), choosing hiking
      boots, storing household chemicals safely ("Certo!"), Geo Chávez's flight over the
      Simplon (1910), honey and walnut semifreddo, the public library versus an e-book
      subscription, an e-mail asking a beekeeper for a school visit;
  pt: why hydrogen peroxide foams on a wound (catalase), an elevation profile of a hike from a
      GPX file with gpxpy and Matplotlib in Visual Studio Code, an old glassblower in Marinha
      Grande (literary), getting through airport security quickly, five levada walks on
      Madeira ("Claro!"), Gago Coutinho and Sacadura Cabral's South Atlantic crossing (1922),
      arroz doce, returnable glass bottles versus plastic, an e-mail proposing a reading club
      to a town library.

The hard negatives are new too, six or seven per judged language: words the language itself
writes as one (beforehand, whatever, whoever, somewhere, nearby, instead, indeed, sometime,
airstrip, crosswind, honeybee, honeydew, wildflower, glassware, hourglass, windowpane,
foothill, lookout, snowfield, waterfall, bookworm, checkout, textbook, bookshelf; volontiers,
laquelle, lequel, dehors, combien, porte-avions, hydravion, cerf-volant, longue-vue,
parachute, coffre-fort, pare-brise, sous-marin; otrora, empero, también, aguamiel, tentempié,
portaobjetos, cubreobjetos, abrecartas, limpiacristales, quitaesmalte, sobrevuelo;
vorgestern, übermorgen, demnach, jedoch, zudem, diesbezüglich, inwiefern, hinsichtlich,
zwischenzeitlich, allenthalben; altroché, ciascuno, talora, difatti, epperò, cionondimeno,
portaerei, parabrezza, contagocce, portaprovette, millefiori, fuoripista, spartiacque;
comigo, àquela, daquilo, nessa, porta-aviões, altifalante, vira-latas, porta-bagagens,
lança-chamas, guarda-fatos, mata-moscas), tool and brand names in lower case in prose
(xcsoar, littlenavmap, avogadro, jmol, openbabel, koreader, foliate), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds and particle verbs (with zu inside: einzuchecken, aufzutanken,
abzufüllen, zurückzugeben, auszuleihen, anzuseilen), clitics, elisions and contractions
(confie-la-leur, goûtes-en, rapporte-m'en; cuídamela, apúntatelo, envuélvemelos, tómatela;
insegnaglielo, versamelo, lasciatecelo, riportatelo; ensina-lha, pedir-lho-ia,
guardá-la-emos, mostrar-ta-ei), names of people and places, and informal spellings (hiya,
shoulda, coulda, whatcha, outta, lotsa, ttyl; t'as vu, jsuis, trop dég, ça gère; quillo,
pisha, de lujo, a tope, ni de broma; willste, weeste, is', zackig, komm ma; grz, fighissimo,
ci becchiamo; malta, bute, top de gama); and texts in languages the detector does not judge
(Walloon, Ladin, Tongan, Sesotho, Aymara, Chamorro, Tetum, Bislama, none of them used by
v9-v23), some with a glue in them, which must get no word finding at all.
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
        "Beforehand the instructor warned us that, whatever the forecast said and whoever went up first, we "
        "should land somewhere nearby instead of pushing on; indeed, sometime after four the crosswind picked "
        "up and everyone was back on the airstrip.",
        "The honeybee frames were sticky with honeydew from the wildflower meadow, so she rinsed the glassware, "
        "set the hourglass on the windowpane and walked up the foothill to the lookout above the snowfield and "
        "the waterfall.",
        "The bookworm at the checkout desk slid a chemistry textbook back onto the bookshelf and stamped the "
        "card twice.",
        "I plan glider flights in xcsoar on the tablet and check the route again in littlenavmap at home; for "
        "chemistry homework I draw molecules in avogadro, look at the crystal in jmol, convert the files with "
        "openbabel and read the manuals with koreader or foliate.",
        "The script calls parse_metar_line, passes the result to computeCrosswindComponent and then to "
        "hive_log.export.write_csv; config.max_gust_knots is read once in tools/flight_prep.py, and "
        "test_rejects_missing_altimeter covers the odd case.",
        "The checklist lives at https://wiki.glidingclub.example.org/launch-point/winch-signals#stop and the "
        "hive records at https://bees.example.net/apiary/north-meadow/2027; send corrections to "
        "safety-officer@glidingclub.example.org or tag @hivekeeper_ines. #gliding #beekeeping",
        "Hiya! Shoulda left earlier, coulda caught the good thermals, but whatcha gonna do, eh? Siobhán and "
        "Tadeusz are outta sandwiches too, lotsa love from Llanfyllin, ttyl.",
    ],
    "fr": [
        "Volontiers, répondit l'apicultrice ; elle nous montra laquelle de ses ruches était la plus calme et "
        "lequel des essaims avait failli partir, puis nous attendîmes dehors que la fumée se dissipe, combien "
        "de temps, je ne sais plus.",
        "Sur le porte-avions, un hydravion attendait près d'un cerf-volant oublié ; le pilote prit sa "
        "longue-vue, rangea son parachute dans le coffre-fort et essuya le pare-brise pendant qu'un sous-marin "
        "passait au large.",
        "Je prépare mes vols à voile dans xcsoar sur la tablette et je vérifie l'itinéraire dans littlenavmap ; "
        "pour la chimie, je dessine les molécules dans avogadro, je regarde le cristal dans jmol, je convertis "
        "les fichiers avec openbabel et je lis les notices avec koreader.",
        "Le script appelle analyser_ligne_metar, passe le résultat à calculerVentTraversier puis à "
        "journal_ruche.export.ecrire_csv ; config.rafale_max_noeuds est lu une fois dans "
        "outils/preparation_vol.py.",
        "La liste est sur https://wiki.club-vol-a-voile.exemple.fr/treuil/signaux#arret et les relevés des "
        "ruches sur https://abeilles.exemple.fr/rucher/2027 ; écrivez à securite@club-vol-a-voile.exemple.fr "
        "ou à @rucher_solene. #volavoile #apiculture",
        "Confie-la-leur, goûtes-en un peu et rapporte-m'en un pot : Aurélien et Ségolène partent de "
        "Lons-le-Saunier pour Villefranche-sur-Saône, puis pour Château-Chinon chez Hippolyte.",
        "T'as vu le vol d'hier ? Jsuis trop dég d'avoir raté ça, franchement ça gère pas, bref, on s'appelle "
        "ce soir, bisous.",
    ],
    "es": [
        "Otrora el valle entero vivía del vidrio; empero, también la miel tenía su sitio, y en cada casa se "
        "guardaba aguamiel para el tentempié de media tarde.",
        "En el laboratorio dejé el portaobjetos con su cubreobjetos junto al abrecartas, el limpiacristales y "
        "un frasco de quitaesmalte, y salí a ver el sobrevuelo de las avionetas.",
        "Preparo los vuelos de planeador en xcsoar con la tableta y reviso la ruta en littlenavmap; para "
        "química dibujo las moléculas en avogadro, miro el cristal en jmol, convierto los archivos con "
        "openbabel y leo los manuales con koreader.",
        "El script llama a analizar_linea_metar, pasa el resultado a calcularVientoCruzado y luego a "
        "registro_colmena.exportar.escribir_csv; config.racha_maxima_nudos se lee una vez en "
        "herramientas/preparar_vuelo.py.",
        "La lista está en https://wiki.clubvelero.ejemplo.es/torno/senales#parada y los registros del "
        "colmenar en https://abejas.ejemplo.es/colmenar/2027; escribid a seguridad@clubvelero.ejemplo.es o a "
        "@colmenar_ainhoa. #vuelosinmotor #apicultura",
        "Cuídamela bien, apúntatelo en la agenda y envuélvemelos con papel: Xabier y Montserrat se van de "
        "Albarracín a Villanueva de la Serena, y luego Eulalia Zubizarreta los lleva a Benasque. Tómatela con "
        "calma.",
        "Quillo, lo de ayer fue de lujo, a tope, ¿eh? Ni de broma me pierdo el próximo, pisha.",
    ],
    "de": [
        "Vorgestern hatten wir demnach kaum Wind, übermorgen soll es jedoch besser werden; zudem ist "
        "diesbezüglich noch offen, inwiefern die Thermik hinsichtlich der Basishöhe zwischenzeitlich nachlässt, "
        "denn allenthalben klagen die Piloten.",
        "Die Flugsicherungsbehörde und der Bienenwachsverarbeitungsbetrieb haben nichts dagegen, dass wir "
        "morgen früh vorhaben, einzuchecken, die Maschine aufzutanken und den Sommerhonig abzufüllen.",
        "Am Wochenende haben wir vor, die Bücher zurückzugeben, neue Bergwanderführer auszuleihen und uns am "
        "Grat rechtzeitig anzuseilen; die Bibliotheksbenutzungsordnung erlaubt sechs Wochen Leihfrist.",
        "Ich plane Segelflüge in xcsoar auf dem Tablet und prüfe die Strecke in littlenavmap; für Chemie "
        "zeichne ich Moleküle in avogadro, schaue mir den Kristall in jmol an, wandle die Dateien mit "
        "openbabel um und lese die Anleitungen mit koreader.",
        "Das Skript ruft parse_metar_line auf, reicht das Ergebnis an computeCrosswindComponent und dann an "
        "hive_log.export.write_csv weiter; config.max_gust_knots wird einmal in tools/flight_prep.py gelesen.",
        "Die Liste steht unter https://wiki.segelflug.beispiel.de/winde/zeichen#halt, die Stockkarten unter "
        "https://bienen.beispiel.de/stand/2027; Fragen an sicherheit@segelflug.beispiel.de oder an "
        "@imkerei_wiebke. #segelflug #imkerei",
        "Willste mit? Weeste, is' heut echt super zum Fliegen, glaub ich, also komm ma rüber, aber zackig! "
        "Wiebke und Hauke aus Bad Schwartau fliegen mit Gesine aus Oberammergau nach Spiekeroog.",
    ],
    "it": [
        "Altroché se ne valeva la pena: ciascuno di noi, talora stanco, difatti arrivò in vetta; epperò la "
        "nebbia salì presto e, cionondimeno, restammo in cima un'altra ora.",
        "Sulla portaerei il pilota pulì il parabrezza, mentre in laboratorio il chimico prendeva il contagocce "
        "dal portaprovette; a casa ci aspettavano un vasetto di millefiori e, domenica, una gita fuoripista "
        "fino allo spartiacque.",
        "Insegnaglielo tu, versamelo nel bicchiere e lasciatecelo fino a domani: il barattolo, invece, "
        "riportatelo in cantina.",
        "Preparo i voli in aliante con xcsoar sul tablet e controllo la rotta con littlenavmap; per chimica "
        "disegno le molecole con avogadro, guardo il cristallo con jmol, converto i file con openbabel e "
        "leggo i manuali con koreader.",
        "Lo script chiama analizza_riga_metar, passa il risultato a calcolaVentoTraverso e poi a "
        "registro_arnie.esporta.scrivi_csv; config.raffica_max_nodi viene letto una volta in "
        "strumenti/prepara_volo.py.",
        "La lista è su https://wiki.clubvolo.esempio.it/verricello/segnali#stop e i registri dell'apiario su "
        "https://api.esempio.it/apiario/2027; scrivete a sicurezza@clubvolo.esempio.it o a @apiario_ludovica. "
        "#volovela #apicoltura",
        "Grz mille, fighissimo il volo di ieri! Domani ci becchiamo al campo verso le otto: Ludovica e "
        "Gianmarco vengono da Castelfranco Emilia e Borgo Valsugana con Ermenegildo.",
    ],
    "pt": [
        "Anda comigo até àquela colmeia; daquilo que vires, nada contes a ninguém, e nessa altura decidimos "
        "se o enxame fica por cá.",
        "No porta-aviões, o altifalante chamou o piloto; no hangar, um vira-latas dormia junto ao "
        "porta-bagagens, ao lado de um lança-chamas velho, de um guarda-fatos de metal e de um mata-moscas.",
        "Ensina-lha tu, que eu pedir-lho-ia amanhã; se não puderes, guardá-la-emos até sábado e mostrar-ta-ei "
        "depois.",
        "Preparo os voos de planador no xcsoar, no tablet, e confirmo a rota no littlenavmap; para química "
        "desenho as moléculas no avogadro, vejo o cristal no jmol, converto os ficheiros com o openbabel e "
        "leio os manuais no koreader.",
        "O script chama analisar_linha_metar, passa o resultado a calcularVentoCruzado e depois a "
        "registo_colmeia.exportar.escrever_csv; config.rajada_max_nos é lido uma vez em "
        "ferramentas/preparar_voo.py.",
        "A lista está em https://wiki.clubevoo.exemplo.pt/guincho/sinais#parar e os registos do apiário em "
        "https://abelhas.exemplo.pt/apiario/2027; escrevam para seguranca@clubevoo.exemplo.pt ou para "
        "@apiario_matilde. #voolivre #apicultura",
        "Malta, bute ao aeródromo às oito? Ontem aquilo foi top de gama! O Gonçalo e a Leonor vieram de Vila "
        "Nova de Foz Côa e a Matilde de Santa Comba Dão.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "wa": ["Mi popa aveut troes rutches di mohes dins l' corti, et å moes d' awousse nosmagnîs do pwin avou "
           "do mî tot frexh."],
    "lld": ["D'isté va tröc a ciaminé sö les crëstes dles Dolomites, y da sëra se ciafi ala ütia por mangé "
            "nbun past."],
    "to": ["Naʻe tūʻuta ʻa e vakapuna ʻi Fuaʻamotu he pongipongi ni, pea naʻa mau fiefia ʻaupitoʻi hono sio "
           "ki homau famili."],
    "st": ["Ke rata ho bala dibuka laeboraring ya motse wa rona. Titjhere wa rona o rebolelletse hore re tlise "
           "dibuka hosane."],
    "ay": ["Jichhürux alaxpachax wali qhananwa, ukatx avionax Chuqiyapu markat sarxiwa. Jilatanakax "
           "utanxa wali kusisitaw qhiparapxi."],
    "ch": ["Håfa adai, amigu! Si Yu'os ma'åse' put i ayudu-mu nigap; ta fanhånao para Saipan gi eroplanu "
           "agupa'."],
    "tet": ["Bondia! Ohin ha'u ba eskola ho ha'u-nia maun. Ami aprende kona-ba abelha nomel iha ai-laran."],
    "bi": ["Plen blong Air Vanuatu i kam daon long Bauerfield long Vila tede. Mi glad tumasblong lukim yu "
           "bakegen."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v24", QUOTA, HARD_NEGATIVES, "neg24")
    print(common.write_set(HERE, recs))
