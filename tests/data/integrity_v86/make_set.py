"""Build the v86 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v86/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v86: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
clockwork automata, ice harvesting history, quince paste, hammocks, barometers, and rock
climbing chalk and holds.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how an aneroid barometer's vacuum capsule and levers work, a barometer logger on a
      Raspberry Pi Pico with a BMP280 in MicroPython (`I2C`, `time.sleep`), a restorer winding
      an eighteenth-century writing automaton after closing time (literary), hanging a hammock
      between two trees, loose, ball, block and liquid chalk ("Sure! Here's"), Frederic Tudor
      and the New England ice trade, quince paste with manchego, an e-mail from a youth coach
      asking a climbing gym for a route-setting workshop;
  fr: why quince cannot be eaten raw (tannins, stone cells, pectin, the pink colour), a
      recording barometer on an Arduino Uno with Adafruit's BMP280 library (`readPressure()`,
      `millis()`), an old clockmaker and his singing-bird automaton on a snowy evening
      (literary), cleaning the holds of a climbing wall, choosing a bivouac hammock ("Bien
      sûr !"), the ice wells of the Sainte-Baume and the night carts to Toulon and Marseille,
      pâte de coings for the thirteen Christmas desserts, why gyms should ban loose chalk, a
      letter to a workshop about restoring a banjo barometer;
  es: why climbing holds lose their grip (polyurethane, resin, polish), a cardboard automaton
      moved by two servos on an Arduino Nano (`Servo.h`, `attach()`, `millis()`), an old man in
      a hammock in a Yucatán patio at siesta time (literary), using chalk step by step, famous
      automata from Vaucanson's duck to Juanelo Turriano's wooden man ("¡Claro!"), the snow
      wells of the Guadarrama that supplied Madrid, dulce de membrillo, whether a barometer
      still makes sense at home, an e-mail from a PE teacher booking a school visit to a
      climbing gym;
  de: why a hammock should sag (rope forces at thirty degrees), a pressure logger on a
      Raspberry Pi 4 with a BME280 (`smbus2`, `bme280.sample()`), cutting lake ice for a
      brewery's ice cellar in January (literary), building a cardboard cam automaton, kinds of
      chalk ("Klar!"), Kempelen's chess-playing Turk, Quittenbrot, whether museums should still
      run their historic automata, a letter to a clockmaker about a broken aneroid barometer, a
      three-hour pressure-tendency forecast in the manner of Zambretti (algorithm), how an ice
      cellar kept ice until late summer, why chalk improves friction (science);
  it: how cams store the movements of an automaton, drawing a cam profile with numpy and
      matplotlib on Google Colab (`np.linspace`, `plt.savefig`), a girl in a hammock between
      olive trees in Salento (literary), a first day at the crag with chalk, kinds of hammock
      ("Certo!"), Torricelli's tube of 1644, Sicilian cotognata in terracotta moulds, restoring
      the old snow wells of the Apennines, an e-mail to a restorer about a singing-bird box;
  pt: why falling pressure announces bad weather, simulating a crank automaton in Processing
      (`draw()`, `map()`, `pushMatrix()`), making marmelada in a grandmother's kitchen in
      Bragança (literary), hanging a hammock on a balcony, kinds of climbing holds ("Claro!"),
      the Royal Ice Factory of Montejunto, marmelada, automata as art and engineering at once,
      a teacher's letter to the Clock Museum in Serpa.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words, since earlier sets used up most
closed-class compounds (icemen, storehouse, rafters, wharf, longshoremen, shipowners, icepick,
toolshed, sledgehammer, waterfront, quickdraw, sidepull, undercling, deadpoint, jughaul,
hangboard, songbird, weatherglass, barograph, housekeeper, oatcakes, storeroom; cotignac,
cognassier, glacière, dévers, monodoigt, bidoigt, réglette, mousquetonner, dégaine,
horlogère, roue de rencontre, anéroïde, altimètre, moustiquaire, porte-manteau,
compte-minutes; membrillero, botillería, aguador, desplome, rocódromo, monodedo, bidedo,
regleta, antebrazos, engranaje, volante, barógrafo, altímetro, portalón; ghiacciaia, neviera,
cotogno, cotognata, strapiombo, rinvio, moschettone, monodito, avambracci, ghisati,
orologiaia, volano, barografo, portaritratti, zanzariera; marmeleiro, sorveteiro, neveiro,
extraprumo, mosquetonar, reglete, antebraços, balanceiro, autómato, barógrafo, altímetro,
guarda-vento, guarda-louça), tool and brand names in lower case in prose (circuitpython,
mpremote, rshell, ampy, esptool, picotool, wview; homebridge, scrypted, chronograf, tdengine,
rumqttd, openplc; papermerge, teedy, privatebin, hastebin, opengist, copyparty; wger,
endurain, fittrackee, dawarich, hauk, rallly; flagsmith, growthbook, flipt, openreplay, diun,
easyappointments; espruino, tinygo, contiki, mbed, grbl, owncloud), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Kletterhallenbetreiberin, Magnesiastaubbelastung, Boulderhalle,
Automatenrestauratorin, Nockenscheibenprofil, Schachautomatennachbau,
Barometerzeigerreparatur, Natureisgewinnungsanlage, Eiskellergewölbe,
Hängemattenaufhängungsset, Quittenbrotrezeptsammlung, Luftdrucktendenzanzeige) and particle
verbs with zu inside (abzubürsten, nachzuchalken, zurechtzufeilen, anzuschrauben,
abzusägen, auszuhöhlen, umzuhängen, hochzuklettern, durchzusteigen), clitics and elisions
(donne-les-leur, accroche-la, dites-le-leur; cuélgala, cuélgamela; appendila, appendetela,
passatemela, quest'estate, sull'amaca; disse-lho, pendurá-la-emos, prová-la-ia), names of
people and places, and informal spellings and slang, mostly climbers' slang now that the
everyday kind is used up (choss, thrutchy, sandbagged, whipper, decked, gumby, punter; fric,
nazes, daubé, pof; reventado, piñazo, bajón, chapar, bloquero; sackschwer, Henkel, Leiste,
quatschen, Muckis; ficata, svaccato, abbioccarsi, scassato; boleia, petisco); and texts in
languages the detector does not judge (Hanunoo, Ibatan, Matigsalug Manobo, Agusan Manobo,
Central Sama, Mandar, Rejang, Karo Batak), some with a glue in them, which must get no word
finding at all.
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
        "The icemen crossed the frozen pond at first light with an icepick, a sledgehammer and a horse-drawn "
        "marker from the toolshed, and by evening the storehouse on the wharf was stacked to the rafters, "
        "while longshoremen loaded the rest for shipowners along the waterfront.",
        "Above the roof she clipped the quickdraw, matched on a sidepull, locked off on an undercling and threw "
        "a deadpoint to the jughaul at the lip; afterwards she spent twenty minutes on the hangboard before "
        "the gym closed.",
        "The songbird automaton sat on the dresser beside a weatherglass and a barograph whose inked drum "
        "recorded every squall, while the housekeeper carried quince cheese and oatcakes up from the storeroom "
        "to the hammock in the orchard.",
        "On the shop laptop I run circuitpython on the board, mpremote and rshell to copy files, ampy when the "
        "others misbehave, esptool and picotool to flash fresh firmware, and wview to publish the weather pages.",
        "The logger calls read_station_pressure, passes the value to toSeaLevelPressure and then to "
        "barometer.trend.classify_three_hour; the address lives in config.sensor.i2c_address, the dashboard is "
        "at https://weather.example.net/station/2031?range=3h#trend, and alerts go to storm-watch@example.net "
        "or @quince_barometer. #barometer #climbing",
        "Honestly, the crag was pure choss: Tamsin Greaves got sandbagged on a thrutchy chimney at Stanage, took "
        "a huge whipper and nearly decked, and Ifeoma Adebayo laughed so hard that every gumby and punter at "
        "Burbage North turned round.",
    ],
    "fr": [
        "Le cotignac d'Orléans, cette gelée de coing vendue dans de petites boîtes rondes en épicéa, se déguste "
        "à la cuillère ; le cognassier du potager en donnait assez pour tout l'hiver, et la glacière du "
        "château gardait le reste au frais.",
        "Dans le dévers, elle tira sur un monodoigt puis sur un bidoigt, mousquetonna la dégaine, se rétablit "
        "sur une réglette et finit en crochetant du talon la grosse prise de sortie.",
        "L'horlogère régla l'échappement et la roue de rencontre de l'automate, puis tapota le baromètre "
        "anéroïde et l'altimètre accrochés près du hamac, sous la moustiquaire, à côté d'un porte-manteau et "
        "d'un compte-minutes.",
        "Chez moi, homebridge et scrypted relient les caméras au téléphone, chronograf affiche les courbes de "
        "pression, tdengine stocke les séries temporelles, rumqttd sert de courtier et openplc pilote la "
        "ventilation de l'atelier.",
        "La fonction lire_pression_station transmet la valeur à convertirNiveauMer puis à "
        "meteo.tendance.classer_trois_heures ; l'adresse est dans config.capteur.adresse_i2c, le tableau de bord "
        "se trouve sur https://meteo.exemple.fr/station/coings?vue=3h#tendance, et les alertes partent vers "
        "alerte-orage@exemple.fr ou @hamac_sous_la_pluie. #baromètre #escalade",
        "Donne-les-leur, accroche-la au pin et dites-le-leur vous-mêmes : arrivés à Fontainebleau, Maëlys et "
        "Tristan n'avaient plus de fric, on était complètement nazes, et le bloc de Bas-Cuvier était daubé, "
        "tout glissant de pof.",
    ],
    "es": [
        "El membrillero del huerto daba fruta de sobra para la carne de membrillo, y en verano la botillería de "
        "la plaza vendía sorbetes y agua de cebada enfriados con la nieve prensada de los pozos, mientras el "
        "aguador pregonaba su mercancía.",
        "En el desplome del rocódromo agarró un monodedo y luego un bidedo, chapó la cinta con el pie en una "
        "regleta y llegó al romo de salida con los antebrazos a punto de estallar.",
        "El relojero ajustó el engranaje y el volante del autómata, consultó el barógrafo y el altímetro "
        "colgados junto al portalón y después se tumbó en la hamaca a escuchar el cuco del reloj.",
        "En la oficina usamos papermerge y teedy para archivar documentos, privatebin y hastebin para compartir "
        "textos, opengist para los fragmentos de código y copyparty para subir las fotos del rocódromo.",
        "La función leer_presion_estacion pasa el valor a convertirNivelDelMar y luego a "
        "barometro.tendencia.clasificar_tres_horas; la dirección está en config.sensor.direccion_i2c, el panel "
        "en https://tiempo.ejemplo.es/estacion/membrillo?rango=3h#tendencia, y los avisos van a "
        "aviso-tormenta@ejemplo.es o a @hamaca_de_sergio. #barómetro #escalada",
        "Cuélgala del pino y cuélgamela luego a mí, que vengo reventado: Nerea Azpiroz y Bruno Calatayud "
        "encadenaron el bloque en Albarracín, yo me pegué un piñazo, menudo bajón, y el bloquero de Cuenca se "
        "partía de risa.",
    ],
    "de": [
        "Die Kletterhallenbetreiberin bat uns, die Griffe nach dem Training abzubürsten und nicht ständig "
        "nachzuchalken, weil die Magnesiastaubbelastung in der Boulderhalle seit Wochen zu hoch sei.",
        "Die Automatenrestauratorin beschloss, das Nockenscheibenprofil zurechtzufeilen und den "
        "Schachautomatennachbau erst anzuschrauben, wenn die Barometerzeigerreparatur fertig war.",
        "In der Natureisgewinnungsanlage am Weiher galt es, die Blöcke abzusägen, das Eiskellergewölbe "
        "auszuhöhlen und die Hängematte mit dem Hängemattenaufhängungsset zwischen zwei Buchen umzuhängen; die "
        "Quittenbrotrezeptsammlung lag neben der Luftdrucktendenzanzeige auf dem Tisch.",
        "Für das Training nutzen wir wger für die Übungspläne, endurain und fittrackee für die Touren, dawarich "
        "für den Standortverlauf, hauk zum Teilen der Position und rallly, um Termine für die Kletterhalle "
        "abzustimmen.",
        "Die Funktion lese_stationsdruck gibt den Wert an rechneAufMeereshoehe und dann an "
        "barometer.tendenz.klassifiziere_drei_stunden weiter; die Adresse steht in config.sensor.i2c_adresse, "
        "das Dashboard liegt unter https://wetter.beispiel.de/station/quitte?bereich=3h#tendenz, Meldungen "
        "gehen an sturmwarnung@beispiel.de oder @haengematte_anke. #luftdruck #klettern",
        "Der Boulder im Frankenjura war sackschwer: Anke Vosskamp hing ewig am Henkel und kam über die Leiste "
        "nicht hinaus, Jonte Harms wollte nur noch quatschen, statt hochzuklettern und die Route endlich "
        "durchzusteigen, und danach zeigte er allen seine Muckis.",
    ],
    "it": [
        "Nella ghiacciaia della villa e nella neviera sul monte si conservava la neve per l'estate, mentre il "
        "cotogno dell'orto dava abbastanza frutti per la cotognata di tutto l'anno.",
        "Sullo strapiombo agganciò la corda al rinvio, chiuse il moschettone, tirò un monodito e arrivò alla "
        "catena con gli avambracci ghisati.",
        "L'orologiaia regolò la molla motrice e il volano dell'automa, guardò il barografo accanto al "
        "portaritratti e si stese sull'amaca sotto la zanzariera.",
        "Per il sito della palestra usiamo flagsmith, growthbook e flipt per le funzioni sperimentali, "
        "openreplay per rivedere le sessioni, diun per gli aggiornamenti delle immagini ed easyappointments "
        "per le prenotazioni dei corsi.",
        "La funzione leggi_pressione_stazione passa il valore a convertiLivelloMare e poi a "
        "barometro.tendenza.classifica_tre_ore; l'indirizzo è in config.sensore.indirizzo_i2c, il pannello è "
        "su https://meteo.esempio.it/stazione/cotogne?intervallo=3h#tendenza, e gli avvisi vanno a "
        "avviso-temporale@esempio.it o a @amaca_di_nives. #barometro #arrampicata",
        "Appendila lì, appendetela bene e poi passatemela: quest'estate a Finale Ligure Nives Caputo ha detto "
        "che il settore era una ficata, ma Ettore Sbarbaro, tutto svaccato sull'amaca, ha preferito abbioccarsi "
        "col telefono scassato in mano.",
    ],
    "pt": [
        "O marmeleiro do quintal dava marmelos para a marmelada do ano inteiro, e o sorveteiro da vila comprava "
        "ao neveiro a neve calcada nos poços da serra, que chegava embrulhada em serapilheira.",
        "No extraprumo ela mosquetonou a fita expresso, apertou uma reglete com o polegar por cima e saiu para "
        "a última presa com os antebraços a arder.",
        "O velho afinou o balanceiro e a roda de escape do autómato, espreitou o barógrafo e o altímetro "
        "pendurados no guarda-vento e deitou-se na rede junto ao guarda-louça.",
        "No laboratório da escola usamos espruino e tinygo nos microcontroladores, contiki e mbed nos sensores "
        "sem fios, grbl na fresadora e owncloud para guardar os relatórios dos alunos.",
        "A função ler_pressao_estacao passa o valor a converterNivelMar e depois a "
        "barometro.tendencia.classificar_tres_horas; o endereço está em config.sensor.endereco_i2c, o painel em "
        "https://tempo.exemplo.pt/estacao/marmelo?intervalo=3h#tendencia, e os alertas seguem para "
        "alerta-tempestade@exemplo.pt ou para @rede_da_matilde. #barómetro #escalada",
        "Disse-lho ontem: pendurá-la-emos na varanda e ele prová-la-ia, se arranjasse boleia. A Matilde "
        "Sequeira e o Tiago Albuquerque ficaram em Manteigas, na Serra da Estrela, e a marmelada com queijo "
        "foi o petisco da noite.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "hnn": ["Akó lumakaw sa dalan, urán pa sa kapuruan; kitá manggatong isdá sa baláy."],
    "ivb": ["Dios mamajes, ina! Mangay kami du vahay a mangan su among."],
    "mbt": ["Egbasa ki te libro diye te eskuwelahan, ne eggendiye si Inday te palingki."],
    "msm": ["Og-anad ki to inikagihan to Manobo, aw og-basa ki to libro diyà to eskwelahan."],
    "sml": ["Magsukul, dangan! Mbal akualasa ma daing alangsa."],
    "mdr": ["Tabeq, iyau pole di Majene, mappau-pau di lopi sandeq."],
    "rej": ["Uku minum bioa sebelum ujen; awan item ngen angin lak kuat ba lenget."],
    "btx": ["Mejuah-juah kita kerina! Enggo nterem kal tiga Kabanjahe, anjar-anjar kamerdalan, turang. "
            "Bujur melala."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v86", QUOTA, HARD_NEGATIVES, "neg86")
    print(common.write_set(HERE, recs))
