"""Build the v74 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v74/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v74: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
weaving on backstrap looms, tram restoration, glacier caves, cheese caves, model rocketry and
rainwater cisterns.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why glacier-cave ice glows blue (red absorption, few bubbles), apogee from an Eggtimer
      Quantum altimeter CSV with pandas (`idxmax()`, `rolling()`, `np.gradient`), a Maya
      weaver tying her backstrap loom to an avocado tree (literary), cleaning a rainwater
      cistern step by step, the Combalou caves, the fleurines and the Roquefort charter of 1411,
      Welsh rarebit with cave-aged cheddar, heritage trams in service rather than in a shed,
      an e-mail asking to join a model rocket club's launch day;
  fr: why the Roquefort caves suit ripening (fleurines, caviers), a cistern level sensor
      (JSN-SR04T, ESP32, MicroPython `machine.time_pulse_us()`, Thonny), inside a glacier cave
      with a guide (literary), restoring the wooden seats of an old tram, kit for a first
      microfusée launch ("Bien sûr !"), Maya backstrap weaving, Jaina figurines and Ixchel,
      tartiflette with a cave-ripened reblochon, a cistern for every new house, a retired
      electrician's letter offering to help a tram museum workshop;
  es: how glacier caves form (meltwater, moulins, Iceland), thrust-to-weight ratio of a model
      rocket in Python with ThrustCurve.org data (f-strings, Visual Studio Code), Doña Teodora
      at her backstrap loom in Chinchero (literary), sizing an aljibe step by step, the Cabrales
      cheese cave at Arenas de Cabrales ("¡Claro!"), the Sóller tram since 1913, Cabrales sauce
      for fillet steak, backstrap weaving workshops for tourists, an e-mail to a councillor
      proposing Sunday runs of a restored 1927 tram;
  de: why cave-ripened cheese tastes different, daily means from a HOBO logger in a glacier cave
      with pandas (`resample("D")`), a woman at her backstrap loom at dawn (literary), a filter
      in front of a rainwater cistern step by step, a first model rocket launch ("Klar!"), the
      Eisriesenwelt (Posselt-Czorich 1879, Mörk), Käsespätzle with cellar-ripened Bergkäse,
      museum trams in regular service, a letter offering a tram driver's photos to a museum
      society, barometric apogee detection (algorithm), how a tram's drum controller works,
      why glacier ice is blue;
  it: formaggio di fossa of Sogliano al Rubicone, a cistern simulation from Open-Meteo
      precipitation (`requests.get()`, `min()`, PyCharm), a father and son in a shrinking
      glacier cave at dawn (literary), building a first model rocket step by step, Milan's
      1500-class "Ventotto" trams ("Certo!"), Carlisle, Stine, Estes and model rocketry,
      formaggio di fossa with pears and chestnut honey, start weaving on a backstrap loom, an
      e-mail to a guide about a glacier cave visit;
  pt: the cisterna de placas of the Brazilian semi-arid, total impulse from a thrust curve with
      NumPy (`np.trapezoid`, `plt.axvline()`, Jupyter, OpenRocket), an old cheesemaker in his
      cave in the Serra da Estrela (literary), restoring a Lisbon tram's brass step by step, ice
      caves of Vatnajökull ("Claro!"), Lisbon's elétricos from 1901 to the remodelados of the
      1990s, baked Serra da Estrela cheese, the backstrap loom in weaving schools, a physics
      teacher's letter asking a rocket club to supervise a school launch.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words, since earlier sets used up most
closed-class compounds (carbarn, motorman, turnout, lifeguard, dashpot, bedplate, rewire,
moulin, englacial, supraglacial, subglacial, hoarfrost, ice-blue, bluish, undercroft,
smear-ripened, mouldy, soakaway, overflow, raincap, nosecone, tailcone, airframe, liftoff,
launchpad, burnout, rocketeer, warp-faced, weft; cavier, fleurine, hygrométrie, affinoir,
wattman, archet, remorque, pantographe, bédière, sous-glaciaire, sérac; quesero, encella,
urdidora, sobretejido, entretejer, aljibero, sobradero, impluvio; Rückstausicherung,
Stromabnehmer, Scherenstromabnehmer, Beiwagen, Fahrdraht, Gletschermühle, Rotschmiere,
Käseharfe, Gurtwebstuhl, Brustbaum, Webschwert; infossatura, sfossatura, combinatore,
pantografo, archetto, tramviario, bigliettaio, sopraglaciale, endoglaciale, razzomodellista,
ogiva, ogivale, cisternone, licci, ordito; queijeiro, almece, trólei, urdideira, urdume, liço,
cisterna-calçadão), tool and brand names in lower case in prose (openrocket, rocketpy, rocksim,
altos, featherweight, stratologger; transitous, motis, onebusaway, transitland, gtfstidy,
peartree; streetcomplete, everydoor, vespucci, gpsprune, gpxstudio, comaps; eccodes, siphon,
fiona, photon, pelias, r5py; ngspice, qucs, librepcb, gerbv, openhantek, inspectrum; ventoy,
raspap, unbound, xournalpp, pdfarranger, kmonad), code identifiers in snake_case and camelCase
and dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Straßenbahnwagenrestaurierungswerkstatt, Gletscherhöhlenbefahrungsgenehmigung,
Modellraketenstartplatzbetreiber, Regenwasserzisternenreinigungsintervall,
Höhlenkäsereifungskeller) and particle verbs with zu inside (aufzurollen, auszupumpen,
herauszulösen, aufzuwickeln), clitics and elisions (donne-la-lui, rends-les-nous, s'en fiche;
dáselo, tráemelos; portaglielo, dammene, gliel'ho; dar-lho-emos, mostrar-to-ia, vê-lo-ás),
names of people and places, and informal spellings and slang (scarper, blag, nicked, dosh,
chockablock; teubé, charbonner, balek; pasada, chapuza, molaba, tocho, hortera; verbockt,
Kiste, Mucke, Gammler, Schrott, Kram; casino, dare buca; tasco, trolha, bitaite, ressaca,
pinga); and texts in languages the detector does not judge (Gunwinggu, Wajarri, Alyawarr,
Yankunytjatjara, Nyungar, Wiradjuri, Dhangu, Kuku Yalanji), which must get no word finding at
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
        "The motorman backed the car into the carbarn, checked the dashpot on the controller and the "
        "lifeguard under the platform, and noted that the bedplate of the second motor still needed a "
        "rewire before the car could take the turnout by the depot again.",
        "A moulin had drained the supraglacial stream into an englacial channel, and the subglacial cave "
        "beneath it was ice-blue near the entrance, bluish further in, and furred with hoarfrost where the "
        "draught came through.",
        "In the undercroft the smear-ripened cheeses were turned daily so that none went mouldy, while the "
        "overflow from the cistern ran to a soakaway under a raincap; upstairs the rocketeer sanded the "
        "nosecone, tailcone and airframe, then timed burnout, liftoff and the walk back from the launchpad. "
        "Her warp-faced band had a cotton weft.",
        "Before each flight I simulate the rocket in openrocket and rocketpy, compare the old rocksim file, "
        "and read the altimeter with altos; the featherweight tracker and the stratologger both log to the "
        "same laptop.",
        "The script calls load_thrust_curve, passes the samples to computeTotalImpulse and then to "
        "plots.motor.draw_curve; settings.max_wind_kmh lives in launch/site_check.py, the club page is "
        "https://rockets.example.org/launches/2028-05-06#range, and you can mail "
        "range-officer@example.org or ping @ember_fernsby. #modelrocketry #launchday",
        "We had to scarper when the rain came; Ember Fernsby tried to blag a lift, somebody nicked her "
        "folding chair, and the last bus from Llandrindod Wells to Rhayader was chockablock, so Tamsin "
        "Ollerenshaw spent her dosh on a taxi.",
    ],
    "fr": [
        "Le cavier ouvrit la fleurine, vérifia l'hygrométrie de l'affinoir et nota que les pains les plus "
        "anciens devaient être emballés avant la fin de la semaine.",
        "Le wattman releva l'archet, accrocha la remorque derrière la motrice et attendit que le pantographe "
        "de la rame voisine quitte le dépôt.",
        "La bédière se perdait dans un puits, et la grotte sous-glaciaire s'ouvrait juste au-dessous d'un "
        "sérac que le guide surveillait depuis le matin.",
        "Pour le réseau de tramway, on compare les trajets avec transitous et motis, on vérifie les horaires "
        "dans onebusaway et transitland, on nettoie les fichiers avec gtfstidy et on dessine les lignes avec "
        "peartree.",
        "La fonction lire_niveau_cuve transmet chaque mesure à calculerVolumeRestant puis à "
        "graphiques.cuve.tracer_niveau ; la doc est sur https://citernes.exemple.fr/suivi/2028#alertes, "
        "écrivez à entretien-cuves@exemple.fr ou à @cuve_solenne. #eaudepluie #citerne",
        "Donne-la-lui et rends-les-nous demain : Solenne s'en fiche, elle dit que le type de Pontarlier est "
        "un peu teubé, mais balek, Anselme a dû charbonner tout l'été pour retaper ce tramway à Besançon.",
    ],
    "es": [
        "El quesero sacó la cuajada de la encella, la colocó en la tabla y comentó que el año pasado la "
        "cueva había estado demasiado seca.",
        "La urdidora preparó los hilos, y la tejedora empezó a entretejer un sobretejido de cóndores y "
        "lagunas mientras caía la tarde.",
        "El aljibero limpió el sobradero y el impluvio del patio antes de las primeras lluvias de otoño, "
        "como se hacía en la casa desde hacía siglos.",
        "Para cartografiar las cisternas del pueblo usamos streetcomplete y everydoor en el móvil, "
        "vespucci para editar, gpsprune y gpxstudio para las rutas, y comaps para enseñarlas sin conexión.",
        "La función leer_caudal pasa cada lectura a calcularVolumenDiario y después a "
        "graficos.aljibe.dibujar_nivel; los datos están en https://aljibes.ejemplo.es/registro/2028#sequia, "
        "escribe a mantenimiento-aljibes@ejemplo.es o a @aljibe_leocadia. #aguadelluvia #aljibe",
        "Dáselo a Leocadia y tráemelos el lunes: el cohete de Fermín molaba una pasada, aunque el tocho de "
        "instrucciones era una chapuza y la camiseta que le regalaron en Betanzos era de lo más hortera.",
    ],
    "de": [
        "Die Straßenbahnwagenrestaurierungswerkstatt bekam erst im Herbst die Gletscherhöhlenbefahrungsgenehmigung "
        "zurück, die versehentlich beim Modellraketenstartplatzbetreiber gelandet war.",
        "Bevor wir das Regenwasserzisternenreinigungsintervall festlegen, ist es sinnvoll, die Zisterne "
        "einmal ganz auszupumpen und die Rückstausicherung zu prüfen; im Höhlenkäsereifungskeller nebenan "
        "hatte man vergessen, die Rotschmiere von den Laiben zu waschen.",
        "Die Weberin hatte keine Lust, den Gurtwebstuhl schon wieder aufzurollen, das Webschwert aus dem "
        "Fach herauszulösen und die Kette um den Brustbaum aufzuwickeln; draußen schepperten der "
        "Beiwagen und der Scherenstromabnehmer am Fahrdraht vorbei.",
        "Für die Wetterdaten der Höhle lesen wir die Dateien mit eccodes, laden Messreihen mit siphon, "
        "bearbeiten die Umrisse mit fiona, suchen Orte mit photon und pelias und berechnen Wege mit r5py.",
        "Die Funktion lese_zisternenstand gibt jeden Messwert an berechneRestvolumen und dann an "
        "diagramme.zisterne.zeichne_verlauf weiter; die Daten liegen unter "
        "https://zisterne.beispiel.de/messung/2028#trockenheit, Fragen an wartung@beispiel.de oder an "
        "@zisterne_gesche. #regenwasser #zisterne",
        "Alter, das hat Gesche echt verbockt: Die Kiste mit dem ganzen Kram steht noch in Pinneberg, die Mucke "
        "im Auto war Schrott, und Lüder hängt wie ein Gammler in Elmshorn herum.",
    ],
    "it": [
        "A fine agosto iniziava l'infossatura, e a novembre la sfossatura richiamava a Sogliano più gente "
        "della fiera del paese.",
        "Il bigliettaio controllò l'archetto e il pantografo, mentre il manovratore girava la manovella del "
        "combinatore nel vecchio deposito tramviario.",
        "Il torrente sopraglaciale scompariva in un pozzo e proseguiva in un canale endoglaciale; il "
        "razzomodellista del gruppo aveva dipinto di rosso l'ogiva, di forma ogivale, del suo ultimo razzo, "
        "e vicino al cisternone del rifugio una tessitrice sistemava i licci e l'ordito.",
        "Per il circuito del razzo simuliamo tutto con ngspice e qucs, disegniamo la scheda con librepcb, "
        "controlliamo i file con gerbv, misuriamo con openhantek e guardiamo i segnali radio con inspectrum.",
        "La funzione leggi_altimetro passa ogni campione a calcolaApogeo e poi a "
        "grafici.volo.disegna_quota; i dati sono su https://razzi.esempio.it/lanci/2028#recupero, scrivete "
        "a gruppo-razzi@esempio.it o a @razzo_ottavia. #razzomodellismo #lancio",
        "Portaglielo domani e dammene un po', gliel'ho già detto: che casino ieri a Cesenatico, Ottavia ci "
        "ha dato buca e Gaspare è rimasto ad aspettare da solo davanti al porto.",
    ],
    "pt": [
        "O queijeiro escorreu o almece, virou os queijos na cave e disse que a cura só estaria pronta depois "
        "do Carnaval.",
        "O trólei soltou-se do fio mesmo na curva, e o elétrico ficou parado até que o condutor o voltasse "
        "a prender; ao lado, uma urdideira preparava o urdume e o liço de um tear antigo, e no quintal "
        "havia uma cisterna-calçadão.",
        "Dar-lho-emos amanhã, e mostrar-to-ia hoje se pudesse; vê-lo-ás na feira de Barcelos, junto à banca "
        "da Custódia.",
        "Na escola usamos o ventoy para arrancar os portáteis, o raspap para criar a rede no campo de "
        "lançamento, o unbound para os nomes, o xournalpp e o pdfarranger para os relatórios e o kmonad "
        "para reconfigurar os teclados.",
        "A função ler_altimetro passa cada amostra a calcularApogeu e depois a "
        "graficos.voo.desenhar_altitude; os dados estão em https://foguetes.exemplo.pt/lancamentos/2028#recolha, "
        "escreva para clube-foguetes@exemplo.pt ou para @foguete_custodia. #foguetemodelo #lancamento",
        "Ontem fomos ao tasco do Albertino, em Mirandela, bebemos uma pinga a mais e hoje o Gaspar está com "
        "uma ressaca daquelas; o trolha que lá estava ainda mandou um bitaite sobre o foguete.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "gup": ["Yoh, kamak rowk! Ngaye ngadjare kunwok ngarriwokdi, bininj dja daluk kabirrimang."],
    "wbv": ["Ngatha Wajarri wangga yanmanha, nhanha yamaji ngurra."],
    "aly": ["Werte! Ayeng Alyawarr-ayel angkem, arelh anwern-kenh."],
    "kdd": ["Palya! Nyuntu palya? Ngayulu palya, kapi pulka ngarinyi."],
    "nys": ["Kaya! Ngany Noongar. Wanjoo, nidja Noongar boodja."],
    "wrh": ["Yaama! Ngadhu Wiradjuri, yindyamarra winhanganha."],
    "dhg": ["Nhamirri nhe? Manymak, ŋarra dhu marrtji wänaŋgal."],
    "gvn": ["Ngayu bama Kuku Yalanji, ngayu wawu-bajaku bubu-ngka."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v74", QUOTA, HARD_NEGATIVES, "neg74")
    print(common.write_set(HERE, recs))
