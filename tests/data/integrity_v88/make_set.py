"""Build the v88 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v88/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v88: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from ice
sculpture, cable cars, bagels, rain gauges, mountain bike suspension and cross-stitch.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a tipping-bucket rain gauge reads low in a downpour (and wind undercatch), a photo
      turned into a cross-stitch chart with Pillow (`resize`, `quantize`, DMC floss, Pattern
      Keeper), an ice carver making a heron in a square at night (literary), setting sag and
      rebound on a new mountain bike, Hallidie's San Francisco cable cars and Friedel
      Klussmann, boiled bagels with barley malt, urban gondolas after La Paz's Mi Teleférico
      (opinion), an e-mail volunteering as a rain gauge observer;
  fr: why carving ice is clear (freezing from the bottom up), a tipping-bucket gauge on a
      Raspberry Pi with `gpiozero` and a Davis collector, an old woman stitching a village on
      linen (literary), servicing the lowers of a mountain bike fork, a day of cable cars at
      Chamonix ("Bien sûr !"), the Grenoble-Bastille cable car and its bubbles, Montreal
      bagels, a manual rain gauge against a connected weather station (opinion), a letter
      asking an ice sculptor for a wedding quote;
  es: what spring and damping each do in a mountain bike's suspension, daily rain totals from
      AEMET OpenData with pandas (`resample`, `rolling`), a cable car climbing out of the fog
      (literary), starting cross-stitch step by step, bagel fillings for a brunch ("¡Claro!"),
      the history of rain gauges (Kautilya, the cheugugi, Castelli, Wren), sesame bagels, ice
      sculptures at weddings (opinion), an e-mail booking a Fox 36 and Float X service;
  de: why a rain gauge catches too little in wind (Hellmann gauge), a sag calculator in Python
      for a RockShox Lyrik (`dataclass`, `matplotlib`), an ice carver making a stag at a
      Christmas market (literary), a first cross-stitch picture, a cable car day at the
      Zugspitze ("Klar!"), the first passenger cable cars (Wetterhorn-Aufzug, Kohlerer Bahn,
      Predigtstuhl), poppy and sesame bagels, coil against air shocks (opinion), a letter to a
      shop about missing embroidery floss, turning tipping-bucket pulses into rain rate
      (algorithm), how a detachable gondola grip works, why an ice sculpture melts unevenly
      (science);
  it: why bagels are boiled before baking, counting stitches per colour in a WinStitch JSON
      export with JavaScript (`reduce()`, `console.table()`), a grandfather and his rain gauge
      notebook (literary), a first ice sculpture step by step, a suspension check before a
      mountain trip ("Certo!"), the imparaticcio (embroidered sampler) and Jane Bostocke,
      poppy-seed bagels, urban cable cars for Italian hill towns (opinion), an e-mail asking a
      town hall to allow an ice sculpture in the square;
  pt: what ten millimetres of rain means and how a rain gauge measures it, a first air
      pressure for a Marzocchi Bomber Z1 in Python (`bisect`, `ValueError`), the Funchal cable
      car at dusk (literary), washing and framing finished cross-stitch, an ice sculpture at a
      party ("Claro!"), the history of the bagel (Kraków 1610, Bagel Bakers Local 338),
      cinnamon-raisin bagels, why cross-stitch came back (opinion), a letter offering rain
      records to the weather institute.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words not listed by earlier sets (bullwheel,
sheave, chairlift, lineman, hi-vis, blackwork, needleminder, variegated, crosshatch, thatch,
bagelry, shopfront, pumpernickel, bialys, schmear, counterman, Brooklynite, overrated;
télésiège, perchman, porteur-tracteur, pisteur-secouriste, pluviographe, ombromètre,
totalisateur, grand-papa, garde-forestier, passe-fil, abécédaire, canevas; telecabina,
telesquí, polea motriz, enhebrador, descosedor, vainica, cañamazo, pluviógrafo, chaparrón,
tahona, roscones, obrador; Liftler, Grantler, Brezn, zapfig; ovovia, seggiovia, funiviere,
skilift, ditale, matassina, mezzopunto, punto scritto, centrotavola, pluviografo, nivometro,
termoigrometro; telecadeira, contraporca, amortecedor, pluviógrafo, higrómetro,
enfia-agulhas, pesponto, alinhavo, meio-ponto, rosquilhas, montra), tool and brand names in
lower case in prose (belchertown, mqttx, kxstitch, pyembroidery, embroidermodder; yunohost,
framadate, zammad, dovecot, jitsi, calckey; qdrant, milvus, weaviate, lancedb, marqo, txtai;
arangodb, memgraph, dgraph, typedb, janusgraph, orientdb; openfaas, knative, nuclio,
fnproject, wasmcloud; wasmtime, wasmer, wazero, extism, bytewax, feldera), code identifiers
in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Umlaufbahnklemmenprüfung, Eisskulpturenwettbewerbsveranstalter,
Niederschlagsmessreihe, Seilbahnbetriebsleiterbericht) and particle verbs with zu inside
(zurückzudrehen, nachzuprüfen, auszuschnitzen, anzuwerfen), clitics and elisions
(donnez-la-lui, allons-nous-en, jusqu'au; alcánzaselo, guárdaselas; mostrateglielo,
mandatemeli; embrulhar-lho-ei, trá-las-emos, mostrá-los-ia), names of people and places, and
informal spellings and slang (steezy, bonked, full send, brap; tartine, carrément; leñazo,
bajona, morrada; verplant, Klamauk; tamarrata, farlocca, sbarellare; estampanço, embirrar,
cacau, bicla); and texts in languages the detector does not judge and no earlier set used
(Batak Dairi, Batak Angkola, Batak Simalungun, Tooro, Nyoro, Karamojong, Saamia, Ma'di),
some with a glue in them, which must get no word finding at all.
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
        "At the top station a lineman in a hi-vis jacket climbed above the bullwheel to check every sheave, "
        "while the liftie kept the chairlift queue moving in the sleet.",
        "She finished the blackwork border, parked her needleminder on the linen, and threaded a length of "
        "variegated floss to crosshatch the thatch of the cottage roof.",
        "The bagelry behind the blue shopfront sold pumpernickel rounds, onion bialys and tubs of schmear, "
        "and the counterman, a Brooklynite by birth, reckoned the everything bagel was overrated.",
        "On the shed computer I run belchertown for the weather page, mqttx to watch the gauge messages, and "
        "kxstitch, pyembroidery and embroidermodder for the charts my partner stitches in the evenings.",
        "The handler calls read_tip_count, passes the result to computeRainRate and then to "
        "gauges.bucket.log_event; the manual lives at https://rain.example.net/gauges/2027#calibration, so "
        "mail gauge-crew@example.net or ping @tipping_bucket_ottoline. #raingauge #cocorahs",
        "Honestly, the ride was steezy: Rhiannon bonked on the climb out of Coed y Brenin but still went full "
        "send off the big drop, and Ieuan just yelled brap the whole way down to Dolgellau.",
    ],
    "fr": [
        "À la gare d'arrivée du télésiège, le perchman vérifia le câble porteur-tracteur pendant que le "
        "pisteur-secouriste remontait la piste avant la tombée de la nuit.",
        "Dans la cabane de l'observatoire, le vieux pluviographe et l'ombromètre de grand-papa côtoyaient un "
        "pluviomètre totalisateur tout neuf, relevé une fois par mois par le garde-forestier.",
        "La brodeuse passa au point arrière, enfila une aiguillée de fil mouliné avec son passe-fil et "
        "termina l'abécédaire de son canevas avant le goûter.",
        "Sur notre petit serveur tournent yunohost pour tout gérer, framadate pour les sondages, zammad pour "
        "le support, dovecot pour le courrier, jitsi pour les visioconférences et calckey pour le réseau social.",
        "La fonction lire_impulsions passe chaque valeur à calculerCumulPluie puis à "
        "stations.auget.enregistrer_mesure ; la doc est sur https://pluie.exemple.fr/capteurs/2027#etalonnage, "
        "écrivez à equipe-pluvio@exemple.fr ou à @auget_gwenaelle. #pluviometre #meteo",
        "Donnez-la-lui avant midi, et allons-nous-en : Thibaud s'est pris une tartine dans la descente de "
        "Morzine, et Maxence a trouvé ça carrément hilarant jusqu'au parking des Gets.",
    ],
    "es": [
        "En la estación de la telecabina, el maquinista revisó la polea motriz mientras el telesquí de los "
        "principiantes seguía parado por el viento.",
        "Con el enhebrador y el descosedor a mano, la bordadora terminó la vainica del pañuelo y el medio "
        "punto del cañamazo, mientras en el patio el pluviógrafo registraba el chaparrón.",
        "El panadero de la tahona sacó del obrador los roscones y los bagels, se sacudió la harina del "
        "delantal y abrió la puerta antes del amanecer.",
        "Para el buscador usamos qdrant y milvus, weaviate y lancedb para las pruebas, marqo para las "
        "imágenes y txtai para los resúmenes.",
        "La función leer_pulsos pasa cada dato a calcularLluviaDiaria y luego a "
        "estaciones.cubeta.guardar_registro; los datos están en https://lluvia.ejemplo.es/pluviometros/2027#calibrado, "
        "escribe a equipo-lluvia@ejemplo.es o a @cubeta_rocio. #pluviometro #meteo",
        "Alcánzaselo a Begoña y guárdaselas luego, que vaya leñazo se dio Xisco bajando de Deià; después le "
        "entró la bajona y acabó con otra morrada en el barro.",
    ],
    "de": [
        "Die Umlaufbahnklemmenprüfung ergab keine Mängel, doch der Eisskulpturenwettbewerbsveranstalter "
        "verlangte trotzdem die Niederschlagsmessreihe und den Seilbahnbetriebsleiterbericht des Winters.",
        "Bevor man versucht, die Zugstufe zurückzudrehen, lohnt es sich, den Negativfederweg nachzuprüfen; "
        "und wer das Geweih auszuschnitzen beginnt, vergisst oft, die Kettensäge vorher anzuwerfen.",
        "Der Liftler an der Bergstation, ein alter Grantler aus dem Zillertal, bot uns eine Brezn an und "
        "meinte, heut sei es ziemlich zapfig, also eiskalt.",
        "Auf dem Server laufen arangodb und memgraph für die Graphen, dgraph und typedb zum Vergleich sowie "
        "janusgraph und orientdb für die alten Projekte.",
        "Die Funktion lies_impulse gibt jeden Wert an berechneRegenrate und dann an "
        "stationen.wippe.speichere_messung weiter; die Daten liegen unter "
        "https://regen.beispiel.de/messer/2027#kalibrierung, Fragen an regenteam@beispiel.de oder an "
        "@wippe_svenja. #regenmesser #wetter",
        "Total verplant: Jannik hat in Winterberg den Dämpfer falsch aufgepumpt, und Svenja hat das ganze "
        "Wochenende nur Klamauk gemacht, bis wir in Willingen waren.",
    ],
    "it": [
        "L'ovovia e la seggiovia partivano dallo stesso piazzale, dove il funiviere controllava la fune "
        "traente mentre lo skilift dei più piccoli restava fermo per il vento.",
        "Con il ditale e una matassina di cotone, la nonna finì il mezzopunto del cuscino e passò al punto "
        "scritto del bordo, poi all'orlo a giorno del centrotavola.",
        "Nell'osservatorio il pluviografo e il nivometro stavano accanto al termoigrometro, e l'addetto "
        "annotava ogni sera i dati sul registro.",
        "Per le funzioni usiamo openfaas e knative, nuclio per i flussi di dati, fnproject per i test e "
        "wasmcloud per gli esperimenti.",
        "La funzione leggi_impulsi passa ogni valore a calcolaPioggiaOraria e poi a "
        "stazioni.bascula.salva_misura; i dati sono su https://pioggia.esempio.it/pluviometri/2027#taratura, "
        "scrivete a squadra-pioggia@esempio.it o a @bascula_ginevra. #pluviometro #meteo",
        "Mostrateglielo domani e mandatemeli pure, Tommaso: a Pinzolo Ginevra ha fatto una tamarrata con la "
        "forcella farlocca, e per poco non si è messa a sbarellare davanti a tutti.",
    ],
    "pt": [
        "Junto à telecadeira, o técnico apertou a contraporca do amortecedor e consultou o pluviógrafo e o "
        "higrómetro antes de subir ao posto de comando.",
        "A bordadeira usou o enfia-agulhas, um dedal e o bastidor redondo; depois do pesponto, fez o "
        "alinhavo da barra e rematou o pano com meio-ponto.",
        "O padeiro tirou do forno as rosquilhas e os bagels, sacudiu a farinha do avental e abriu a "
        "montra antes do nascer do sol.",
        "No servidor do clube correm o wasmtime e o wasmer para os módulos, o wazero para os testes, o "
        "extism para os plugins e o bytewax com o feldera para os fluxos de dados.",
        "A função ler_impulsos passa cada valor a calcularChuvaDiaria e depois a "
        "estacoes.balde.guardar_medicao; os dados estão em https://chuva.exemplo.pt/pluviometros/2027#calibracao, "
        "escreva para equipa-chuva@exemplo.pt ou para @balde_ines. #pluviometro #meteo",
        "Embrulhar-lho-ei amanhã, trá-las-emos depois e mostrá-los-ia se pudesse: o Tiago deu um estampanço "
        "na descida da Lousã, e a Inês passou a tarde a embirrar com ele por causa do cacau que gastou na bicla.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "btd": ["Njuah-njuah! Mangan mo kita i sapo, enggo masak nakan."],
    "akb": ["Horas! Kehe do au tu pasar, dungi mulak tu bagas manyogot."],
    "bts": ["Horas banta haganupan! Diatei tupa ma, ai domma roh hita hu huta on."],
    "ttj": ["Oraire ota? Ndi kurungi, kandi nyenda kugenda ha katale kugura ebitooke."],
    "nyo": ["Webale kwija, munywani wange! Twije turye hamu omu nju."],
    "kdj": ["Mata, lokapolon! Ejok nooi, alakara noi."],
    "lsm": ["Mulembe muno! Ese ndi mulamu, nende abaana bosi bali bulayi."],
    "mhi": ["Awa'difo ra! Ma mu ndra ani, mi ovu ngoni?"],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v88", QUOTA, HARD_NEGATIVES, "neg88")
    print(common.write_set(HERE, recs))
