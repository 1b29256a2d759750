"""Build the v65 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v65/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v65: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from the
tea ceremony, electric bicycle repair, salt mining, circus acrobatics, solar eclipses and harp
making.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why there is no solar eclipse at every new moon (nodes, eclipse seasons, perigee and
      apogee), logging an e-bike battery's voltage under load with an INA226 on a Raspberry Pi
      Zero 2 W (`smbus2`, `read_i2c_block_data()`), a harp maker stringing a new harp at night
      (literary), starting partner acrobatics safely, the Wieliczka salt mine, warabimochi to
      serve with matcha, conversion kits versus factory e-bikes, an e-mail commissioning a
      lever harp;
  fr: why there is rock salt under Lorraine (Triassic lagoons, diapirs), the 12 August 2026
      eclipse from Bordeaux with `skyfield` (`load.timescale()`, `separation_from()`) and
      Stellarium, a young trapeze artist before the show (literary), mending a flat on a rear
      hub-motor wheel, how to behave as a guest at a tea ceremony ("Bien sûr !"), Érard's
      double-action harp of 1810, sea bream in a salt crust, contemporary versus traditional
      circus, a letter asking to join an astronomy club's eclipse trip to Spain;
  es: cadence sensors versus torque sensors on e-bikes, harp string tensions in Python in
      Jupyter (`math.pi`, `pandas.DataFrame`), a boy taken down a salt mine by his grandfather
      (literary), watching the 2026 eclipse safely, five basic hand-to-hand figures
      ("¡Claro!"), Sen no Rikyū and the chanoyu, ochazuke with salmon and green tea, repairing
      rather than throwing away e-bike batteries, an e-mail to a circus school about adult
      acrobatics classes;
  de: the Zechstein salt deposits and salt domes (Gorleben), measuring an e-bike battery's
      capacity from a Cycle Analyst log (`pandas.read_csv()`, `numpy.trapezoid()`), a harp
      maker scraping a soundboard at dawn (literary), learning a free handstand, the phases of a
      total eclipse ("Klar!"), prehistoric salt mining at Hallstatt, whisking a bowl of usucha,
      circus without wild animals, a letter about a lever harp's bulging soundboard, the Saros
      cycle (algorithm), how a hub motor works (how it works), why a somersault speeds up when
      the acrobat tucks (conservation of angular momentum);
  it: why a harp's soundboard is thin and its frame rigid, reading VESC telemetry with
      `pyvesc` and `pyserial` (`encode_request`, `decode()`) and VESC Tool, an old salt miner
      at dawn above his closed mine (literary), starting aerial silks, the utensils of the tea
      ceremony ("Certo!"), Angelo Secchi and the eclipse of 1860, matcha tiramisu, e-bikes and
      the right to repair, an e-mail booking a class visit to the Realmonte rock-salt mine;
  pt: why leaf shadows turn into crescents during an eclipse, tuning a harp from Audacity
      recordings with `numpy.fft.rfft()`, an old tea master preparing the room (literary), an
      e-bike that will not switch on, visiting the Loulé rock-salt mine ("Claro!"), Léotard and
      the flying trapeze, dorayaki, travelling to see totality in 2026, a warranty letter about
      an e-bike motor that cuts out on climbs.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words, since earlier sets used up most
closed-class compounds (ringmaster, tightrope, handspring, somersault, stiltwalker, springboard,
backflip, cartwheel, trapdoor, eyepiece, sunspot, penumbral, candlelit, teahouse, kettleful,
tealight, teakettle, saltcellar, crosspiece, harper, fretsaw, crankset, regreased, freewheel,
overcharge; contre-écrou, cache-chaîne, antivol, pédalier, avant-guerre, pénombre, funambule,
contorsionniste, voltigeuse, monocycliste, trampoline, demi-lune, roulottes, saulnier, salorge,
arrière-grand-père, théière; funambulista, saltimbanqui, contorsionista, volatinero, monociclo,
malabarista, trapecista, cortacadenas, tensaradios, salgema; cavalletto, pedivella,
deragliatore, portaborraccia, salvacatena, coprisella, reggisella, funambola, trampolino,
capriola, mezzaluna, saltimbanco, salgemma; pedaleiro, desviador, porta-bidão, desmonta-pneus,
equilibrista, contorcionista, sal-gema), tool and brand names in lower case in prose (ccdciel,
phd2, xephem, aladin, sunpy; supercollider, csound, puredata, vcvrack, dexed; openocd, pyocd,
chibios, nuttx, betaflight; tooljet, activepieces, n8n, airbyte, meltano, dagster; guitarix,
rakarrack, qtractor, ardupilot, qgroundcontrol; huginn, leantime, grist, kestra), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds (Harfenbaumeisterin, Resonanzkastenboden,
Sonnenfinsternisbeobachtungsbrille, Salzbergwerksbesucherausweis, Zirkuszeltaufbautrupp,
Trapezsicherungsnetzhalterung, Seiltänzerinnenplattform, Pedelecakku) and particle verbs with
zu inside (vorzuwärmen, hinaufzuklettern, abzuteufen, auszusieden, nachzuzentrieren,
umzuspulen), clitics and elisions (rapporte-la-leur, offre-la-lui, qu'on n'avait;
guárdamelas, tráenoslas, dínoslo; portameli, mandatecele, riparatemela, ricordatevene,
all'alba, nell'atelier; traz-mas, diz-lho, vê-la-emos, entregá-lo-ei), names of people and
places, and informal spellings and slang (psyched, humongous, bummed, nite, thru; galérer,
chiller, se marrer, bidon, oseille; empanado, rayado, peña, carca, flipados, pirarse; Boah,
Kohldampf, Zoff, Wampe, hab ich; sbarbatello, strafigo, abbioccato, cumenda; miúda, cagufa,
rapaziada, moca); and texts in languages the detector does not judge (Nauruan, Paumotu,
Mangarevan, Mortlockese, Pingelapese, Mokilese, Ulithian, Woleaian), some with a glue in them,
which must get no word finding at all.
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
        "The ringmaster stood in the ring while a tightrope walker turned a handspring into a somersault, a "
        "stiltwalker waved from the springboard, and a young flyer practised a backflip and a cartwheel before "
        "the trapdoor opened.",
        "Through the eyepiece we followed a sunspot until the penumbral shading faded; later, in the candlelit "
        "teahouse, the host poured a kettleful of water over the leaves while a tealight flickered beside the "
        "teakettle and a saltcellar.",
        "The harp's crosspiece had cracked, so the harper cut a new one with a fretsaw, and next door the "
        "mechanic swapped my crankset, regreased the freewheel and warned me never to overcharge the battery.",
        "For the eclipse I run ccdciel for the camera, phd2 for guiding, xephem and aladin for planning the "
        "shots, and sunpy to process the frames afterwards.",
        "The script calls read_bms_frame, passes the result to computeCellDelta and then to "
        "ebike.battery.report_imbalance; the limits live in config/pack_limits.yaml, the notes are at "
        "https://ebike-lab.example.net/packs/13s4p#balancing, and you can mail pack-repair@example.net or ping "
        "@cell_whisperer_odile. #ebikerepair #batterylife",
        "Honestly, I was psyched: Odile Fairweather dragged me from Llandudno to Betws-y-Coed for the harp "
        "festival, and it was humongous fun, though we were a bit bummed when the nite bus never came thru.",
    ],
    "fr": [
        "Le contre-écrou, le cache-chaîne, l'antivol et le pédalier de mon vélo datent d'avant-guerre ; seul "
        "le moteur du moyeu a été changé l'an dernier.",
        "Dans la pénombre du chapiteau, le funambule, la contorsionniste et la voltigeuse regardaient le "
        "monocycliste tourner autour du trampoline, pendant qu'une demi-lune se levait au-dessus des roulottes.",
        "Le saulnier rangeait ses sacs dans la salorge sous l'œil de son arrière-grand-père, pendant que la "
        "théière fumait et qu'on accordait une vieille harpe au fond de l'atelier.",
        "Pour mes pièces pour harpe et électronique, j'utilise supercollider et csound pour la synthèse, "
        "puredata sur scène, vcvrack pour les essais et dexed pour les nappes.",
        "La fonction calculer_contacts passe chaque instant à trouverMaximum puis à "
        "eclipse.ombre.tracer_bande ; les cartes sont sur https://eclipses.exemple.fr/2026/08/12#totalite, "
        "les observations vont à observations@exemple.fr ou à @lune_noire_aude. #eclipse2026 #astronomie",
        "Rapporte-la-leur et offre-la-lui ensuite : franchement, on a galéré tout l'après-midi, puis on est "
        "allés chiller chez Gaëtane à Pézenas ; on s'est bien marrés, même si le plan était un peu bidon et "
        "qu'on n'avait plus d'oseille.",
    ],
    "es": [
        "La funambulista, el saltimbanqui y la contorsionista ensayaban mientras el volatinero, subido al "
        "monociclo, hacía reír al malabarista, y la trapecista los miraba desde lo alto.",
        "En el taller había un cortacadenas, un tensaradios y una tetera abollada; el viejo minero, que trabajó "
        "treinta años en una mina de salgema, tocaba un arpa paraguaya junto a la ventana.",
        "Guárdamelas hasta el lunes y tráenoslas después; si no puedes, dínoslo y buscamos otra solución.",
        "Para reprogramar el controlador de la bici uso openocd y pyocd con una sonda barata; el firmware corre "
        "sobre chibios, y en el club probamos nuttx y betaflight en los drones.",
        "La función calcular_tension pasa cada cuerda a ajustarCalibre y luego a arpa.cuerdas.exportar_tabla; "
        "la tabla está en https://arpas.ejemplo.es/taller/cuerdas#tensiones, escribe a taller@ejemplo.es o a "
        "@arpista_itziar. #arpa #tallerdearpas",
        "Tío, estaba empanado y un poco rayado, pero la peña de Lavapiés nos llevó a Chinchón con Begoña y "
        "acabamos flipados; el carca de Anselmo, como siempre, se piró antes de la cena.",
    ],
    "de": [
        "Die Harfenbaumeisterin überprüfte den Resonanzkastenboden, bevor sie anfing, den Knochenleim im "
        "Wasserbad vorzuwärmen und die Halbtonklappen neu zu justieren.",
        "Die Sonnenfinsternisbeobachtungsbrille lag neben dem Salzbergwerksbesucherausweis, denn wir hatten "
        "versprochen, die Steigleiter hinaufzuklettern, bevor man dort beginnt, einen neuen Schacht abzuteufen, "
        "und später eine Pfanne Sole auszusieden.",
        "Im Zirkuszeltaufbautrupp prüft man die Trapezsicherungsnetzhalterung und die "
        "Seiltänzerinnenplattform jeden Morgen; weil der Pedelecakku des Elektrikers leer war, half er, das "
        "Hinterrad nachzuzentrieren und die Lichtkabel umzuspulen.",
        "Im Büro des Salzbergwerks laufen tooljet für die Formulare, activepieces und n8n für die Abläufe, "
        "airbyte und meltano für den Datenimport sowie dagster für die nächtlichen Auswertungen.",
        "Die Funktion lies_hallsensor gibt jeden Wert an berechneDrehzahl und dann an "
        "motor.steuerung.setze_phase weiter; die Fehlerliste steht unter "
        "https://radwerk.beispiel.de/nabenmotor/fehler#hall, Fragen an werkstatt@beispiel.de oder an "
        "@nabe_und_naht. #ebike #nabenmotor",
        "Boah, hatte ich Kohldampf: Nach dem Zoff mit Jannik hab ich mir in Grevesmühlen die Wampe mit "
        "Fischbrötchen vollgeschlagen, bis Svenja und Malte mich abgeholt haben.",
    ],
    "it": [
        "Il cavalletto, la pedivella, il deragliatore e il portaborraccia della bici sono nuovi; il salvacatena, "
        "la coprisella e il reggisella invece sono ancora quelli del nonno.",
        "La funambola e il contorsionista provavano sul trampolino, il saltimbanco faceva una capriola dopo "
        "l'altra e una mezzaluna pallida sorgeva sopra il tendone, vicino all'ingresso della miniera di salgemma.",
        "Portameli domani, anzi mandatecele subito; la teiera, riparatemela voi, e ricordatevene all'alba, "
        "prima dell'eclissi, quando accordate l'arpa nell'atelier.",
        "Nello studio usiamo guitarix e rakarrack per gli effetti dell'arpa elettrica e qtractor per registrare; "
        "per il drone che riprende il circo dall'alto ci sono ardupilot e qgroundcontrol.",
        "La funzione misura_salinita passa ogni campione a calcolaSpessoreStrato e poi a "
        "miniera.gallerie.disegna_pianta; le mappe sono su https://miniere.esempio.it/salgemma/percorsi#livello3, "
        "scrivete a visite@esempio.it o a @sale_di_realmonte. #salgemma #geologia",
        "Quel sbarbatello di Tancredi è strafigo sul trapezio, ma dopo pranzo era tutto abbioccato; il cumenda, "
        "invece, è partito per Cefalù con Filomena senza salutare nessuno.",
    ],
    "pt": [
        "O pedaleiro, o desviador e o porta-bidão da bicicleta elétrica são novos, e na caixa de ferramentas "
        "ainda guardo os desmonta-pneus que vieram com ela.",
        "A equilibrista e o contorcionista ensaiavam ao fim da tarde, enquanto o saltimbanco, em cima do "
        "monociclo, fazia rir o malabarista; lá fora, um velho mineiro da mina de sal-gema bebia chá do bule.",
        "Traz-mas amanhã ou diz-lho tu; a harpa, vê-la-emos no sábado, e o bule, entregá-lo-ei à Inês.",
        "Na escola de circo usamos o huginn para os alertas, o leantime para os projetos, o grist para as "
        "folhas de inscrições e o kestra para as tarefas noturnas.",
        "A função registar_salto passa cada sessão a contarRotacoes e depois a circo.trapezio.gravar_sessao; "
        "os horários estão em https://circo.exemplo.pt/escola/horarios#trapezio, escreva para "
        "inscricoes@exemplo.pt ou para @volante_matilde. #circo #trapezio",
        "A miúda ia com uma cagufa enorme, mas a rapaziada deu-lhe uma moca de coragem e lá subiu ao trapézio; "
        "depois o Tomás e a Beatriz levaram-na a comer a Vila Real de Santo António.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nau": ["Ekamawir omo! Omoyoran, wo areit ed? Omo, tubwa kor; tarawong, omo yabum."],
    "pmt": ["Ia ora na! Kua tae mai tevaka ki te fenua, e kua rekareka te tamariki i te tahatai."],
    "mrv": ["Ko Mangareva te kaiga o toku tupuna; ka tere matou i runga i te pahi ki Akamaru i te popoi."],
    "mrl": ["Ran allim! Ifa usun om kopwe feila Satawan, ren waa are ren sip?"],
    "pif": ["Kaselel! Ngehi pahn kohla Pingelap nimenseng, oh kalangan en kupwurowo."],
    "mkj": ["Kaselelie! Jerihmen kin kasang koaul nan warpas, oh doahkmen kin kapirek wus."],
    "uli": ["Ye gach ngalei fal, ngo ye mal yalus ri wa e sefal ngali Yap."],
    "woe": ["Yaremat we ye serag waa le metaw, ngo ye sefal ngali fanu we le bwong."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v65", QUOTA, HARD_NEGATIVES, "neg65")
    print(common.write_set(HERE, recs))
