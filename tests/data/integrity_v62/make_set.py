"""Build the v62 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v62/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v62: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written without looking at the detector's rules or word lists and
without running the detector on these texts, and committed before the next round of detector
changes; it is scored once, at the end of that round.  Rules, labels and corruption kinds are
v3's, through ``tests/data/integrity_common.py`` (hunspell decides every label), with v7's
quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from snowshoe making, bicycle messengers, tin mining, solar cookers, barbershop quartets and
river ferries, written in the registers of LLM answers (an explanation, a technical answer with
code spans and a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..."
reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine
in French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words
there):
  en: why cold tin crumbles (tin pest), estimating a messenger's round with `geopy` (Strava), a
      messenger riding through rain (literary), lacing a wooden snowshoe with rawhide, the four
      voices of a barbershop quartet ("Sure!"), Cornish tin mining, a chickpea and sweet potato
      stew in a box solar cooker, an e-mail about an earlier morning river ferry;
  fr: how a reaction ferry (bac à traille) crosses on the current, checking a quartet's tuning
      with `librosa` (Audacity), a quartet rehearsing in a garage (literary), getting a
      delivery bike ready for winter, building a cardboard solar cooker ("Bien sûr !"), the
      ancient tin route and the Cassiterides, a pumpkin soup for a snowshoe outing, bike
      couriers versus vans in town, a letter to the mayor about the village ferry;
  es: why tin "cries" when bent (twinning), a SQLite ticket table for a river barge, an old tin
      miner's last shift in the Bolivian altiplano (literary), choosing snowshoes, tuning
      chords in a barbershop quartet ("¡Claro!"), the Vizcaya transporter bridge, an orange
      sponge cake in a solar box cooker, box versus parabolic solar cookers, an e-mail asking
      to join a barbershop chorus as a baritone;
  de: why snowshoes keep you from sinking, weekly courier kilometres from GPX files with
      `gpxpy` (Komoot), a courier on the coldest day of winter (literary), casting tin
      figures, a warm-up routine for a quartet ("Klar!"), tin mining in the Erzgebirge and
      the Altenberg collapse, lentil soup in a solar cooker, a solar cooker for camping (opinion),
      a letter reserving snowshoes for a family, the nearest-neighbour heuristic for a
      courier's stops, how a hub gear works, why tin cans do not rust (tinplate);
  it: why snow squeaks under snowshoes in the cold, a Telegram bot for river ferry delays
      (`python-telegram-bot`), an old pewterer in his workshop (literary), soldering two wires,
      what to pack for a snowshoe day ("Certo!"), the history of barbershop singing,
      stuffed tomatoes in a solar oven, fixed-gear versus geared bikes for couriers, a bakery's
      letter to a bike courier service;
  pt: why a solar cooker works better at noon and in summer, mapping courier deliveries with
      `Leaflet` (OpenStreetMap), a woman waiting for a river ferry at dusk (literary), learning
      your part in a barbershop chorus, a first week as a bike courier ("Claro!"), the wolfram
      and tin rush in Portugal during the Second World War, caldo verde after a snowshoe walk,
      snowshoes versus crampons in the Serra da Estrela, a letter to a neighbour about late
      quartet rehearsals.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, many of them looking like two short words joined (foursome, outrider, overtone,
undertone, waybill, songbook, handbill, deckhand, doorbell, crosswalk, overshoot, pitchpipe,
headframe, gangplank, wheelhouse, tinsmith, tinware, tinplate, pewterer, lodestar, lampblack,
chainring, toeclip; nuitamment, subito, incontinent, jusque-là, sous-jacent, contre-ut,
demi-ton, à-coup, tue-tête, fer-blanc, ferblantier, étameur, rétameur, rémouleur,
chaudronnier; hojalatero, estañador, contrabajo, contrapunto, cantamañanas, marcapasos,
embarcadero, pasarela; selbigen, jüngsthin, unbenommen, jedweder, irgendwelche,
ausnahmsweise, mehrmals, vielmals, flugs; insomma, battistrada, paralume, controcanto,
spartineve, taglialegna, portaspartiti, lungofiume, scaldavivande, tritaghiaccio, stagnino,
stagnaio, lattoniere; folha-de-flandres, funileiro, latoeiro, funilaria, estanhador,
mesmíssimo, sobressalto, bem-disposto, gira-discos, lobisomem), tool and brand names in lower
case in prose (writefreely, pixelfed, castopod, soju, gomuks, taplo, flameshot, akkoma,
bookwyrm, mobilizon, nheko, halloy, yaak, dendrite, cinny, iamb, strapi, directus, appwrite,
funkwhale, pleroma, sqlitebrowser, kubectx, syncoid), code identifiers in snake_case,
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs with zu inside (abzuspannen, überzusetzen, einzuspeichen,
aufzuschmelzen, einzuschnüren), clitics and elisions (donnez-les-nous, chante-la-leur,
cántanosla, envuélvemela, cantagliela, mandaceli, devolvê-la-ei, entregá-lo-ão,
cantá-la-íamos), names of people and places (Cornwall, Brittany, the Basque Country, Bremen,
Tuscany, Minho), and informal and regional spellings (dreckly, wasson, my 'ansum, bleddy,
emmet; tiguidou, bébelle, niaiser, pogner, quétaine; yapa, wawa, cumpa, achachi, churo,
jailón; büschen, ischa, bützje, jeck, gschmeidig; boia deh, pota, bocia, sbarbato; atão,
fónix, catano, pintarolas); and texts in languages the detector does not judge (Choctaw,
Mi'kmaq, Blackfoot, Tlingit, Hopi, Tohono O'odham, Central Yupik, Plains Cree in Latin
script), some with a glue in them, which must get no word finding at all.
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
        "The foursome tuned up with a pitchpipe beside the doorbell of the old songbook shop; the baritone "
        "held an undertone, the tenor found an overtone above it, and a deckhand from the ferry stopped to "
        "listen with a crumpled handbill for the evening crossing in his fist.",
        "Above the headframe the smelter chimney still stands, lampblack on its bricks. The tinsmith down the "
        "lane sells tinware and tinplate boxes, a pewterer polishes mugs next door, and a lodestar is painted "
        "on the wheelhouse of the boat tied up by the gangplank.",
        "She swapped the chainring, refitted the toeclip, stuffed the waybill into her bag and waited at the "
        "crosswalk, where an outrider on a motorbike let her overshoot the line before waving her on.",
        "I draft the route notes in writefreely, post photos to pixelfed and the chorus recordings to "
        "castopod, keep chat going through soju and gomuks, lint the configs with taplo and grab screenshots "
        "with flameshot.",
        "The planner calls plan_delivery_round, passes every stop to estimateLegMinutes and then to "
        "routing.detours.apply_factor; config.max_stops_per_bag is read once in couriers/round_planner.py, "
        "and test_skips_closed_addresses covers the lunch break.",
        "Winter timetables are at https://ferry.example.org/2028/river-crossings#winter and the chorus "
        "calendar at https://harmony.example.net/events?part=baritone; write to crossings-desk@example.org "
        "or ping @tinmine_tamsin. #snowshoeing #barbershop",
        "Tamsin Pengelly drove from Redruth to Camborne with Jago Trevithick and Morwenna Penhaligon, then "
        "on to Botallack, and said she'd sort the rest dreckly. Wasson, my 'ansum? Bleddy emmets everywhere "
        "in August.",
    ],
    "fr": [
        "Il est parti nuitamment, puis subito revenu ; jusque-là, personne n'avait rien remarqué, et le "
        "passeur, qui chantait à tue-tête sur son bac, l'a salué incontinent.",
        "Le ferblantier du village, ancien étameur, vendait le fer-blanc au chaudronnier ; le rétameur "
        "passait le mardi, le rémouleur le jeudi, et tous deux déjeunaient ensemble au bord de l'eau.",
        "Le ténor a tenté un contre-ut, la basse est descendue d'un demi-ton, et le problème sous-jacent, "
        "c'était cet à-coup dans la respiration. Donnez-les-nous, ces partitions, et chante-la-leur demain.",
        "Je publie le journal du club sur akkoma, les lectures sur bookwyrm et les sorties en raquettes sur "
        "mobilizon ; on discute dans nheko ou halloy, et je teste l'API du bac avec yaak.",
        "Le script appelle planifier_tournee, passe chaque arrêt à estimerDureeTrajet puis à "
        "itineraire.detours.appliquer_facteur ; config.arrets_max_par_sac est lu une fois dans "
        "coursiers/planificateur.py.",
        "Les horaires sont sur https://bac.exemple.fr/2028/traversees#hiver et le calendrier du quatuor "
        "sur https://chorale.exemple.org/agenda?voix=baryton ; écrivez à accueil-bac@exemple.fr ou à "
        "@etain_gaelle. #raquettes #barbershop",
        "Gaëlle Le Goff et Yannick Kerhervé partent de Quimperlé pour Plougastel-Daoulas, puis rejoignent "
        "Ségolène à Châteaulin. Au chalet, Mathieu a dit : c'est tiguidou, niaise pas, pogne ta bébelle, "
        "même si la déco est un peu quétaine.",
    ],
    "es": [
        "El hojalatero y el estañador del barrio tenían el taller junto al embarcadero, y cada tarde un "
        "barquero les traía por la pasarela cacharros que arreglar.",
        "El contrabajo marcaba el contrapunto mientras un cantamañanas hablaba sin parar en la última fila; "
        "al abuelo, con su marcapasos nuevo, no le importaba nada.",
        "Cántanosla otra vez, por favor, y envuélvemela para regalo, que mañana se la llevo a Maite al "
        "ensayo del cuarteto.",
        "Chateamos en dendrite con cinny o iamb, la web de la cooperativa de mensajeros está hecha con "
        "strapi y directus, y las reservas de la barcaza van por appwrite.",
        "La función planificar_ronda pasa cada parada a estimarMinutosTramo y luego a "
        "rutas.desvios.aplicar_factor; ajustes.paradas_max_por_bolsa se lee en mensajeros/planificador.py.",
        "Los horarios están en https://barcaza.ejemplo.es/2028/cruces#invierno y la agenda del coro en "
        "https://armonia.ejemplo.org/eventos?voz=bajo; escribid a reservas-barcaza@ejemplo.es o a "
        "@estano_maite. #raquetas #cuarteto",
        "Maite Goikoetxea viajó de Tudela a Cangas de Onís con Xoán Figueroa y Rocío Barrionuevo. En Oruro, "
        "la cumpa dijo: achachi, qué frío, dame la yapa nomás, que la wawa ya duerme; ¡qué churo el "
        "jailón ese!",
    ],
    "de": [
        "Selbigen Tags stand er flugs wieder vor der Tür, jüngsthin erst aus dem Erzgebirge zurück, und "
        "entschuldigte sich mehrmals. Jedweder Einwand blieb uns unbenommen, doch ausnahmsweise hatte "
        "niemand irgendwelche Bedenken, und wir dankten ihm vielmals.",
        "Die Zinnerzaufbereitungsgesellschaft, der Fährbetriebsausschuss und die "
        "Schneeschuhwanderführerausbildungsstätte haben beschlossen, das Seil der Gierseilfähre neu "
        "abzuspannen, bei Hochwasser niemanden mehr überzusetzen und das alte Lot aufzuschmelzen.",
        "Bevor du losfährst, vergiss nicht, die Laufräder neu einzuspeichen und die Riemen der Schneeschuhe "
        "fest einzuschnüren; die Kurierfahrerinnen und Lastenradfahrer fangen um sechs an.",
        "Wir chatten über funkwhale und pleroma, prüfen die Datenbank mit sqlitebrowser, wechseln den "
        "Cluster mit kubectx und sichern die Pools mit syncoid.",
        "Der Planer ruft tour_planen auf, gibt jeden Halt an schaetzeFahrminuten und dann an "
        "routen.umwege.faktor_anwenden weiter; einstellungen.max_halte_pro_tasche wird in "
        "kuriere/tourplaner.py gelesen.",
        "Die Fahrpläne stehen unter https://faehre.beispiel.de/2028/ueberfahrten#winter, der Probenplan unter "
        "https://quartett.beispiel.org/termine?stimme=bariton; Fragen an faehrbuero@beispiel.de oder "
        "@zinn_wiebke. #schneeschuh #barbershop",
        "Wiebke aus Vegesack meinte am Weserufer: ischa büschen frisch heute, nech? Und Jupp aus Ehrenfeld, "
        "der alte Jeck, gab jedem ein Bützje; in Garmisch fand Vroni alles recht gschmeidig.",
    ],
    "it": [
        "Insomma, lo stagnino e lo stagnaio erano la stessa persona: il lattoniere del paese, che da giovane "
        "aveva fatto il taglialegna e d'estate portava la gente sul lungofiume.",
        "Lo spartineve era fermo davanti all'officina, il battistrada del furgone era consumato, e sul banco "
        "qualcuno aveva lasciato uno scaldavivande accanto a un vecchio tritaghiaccio.",
        "Il basso teneva il controcanto, il paralume tremava sopra il portaspartiti, e il maestro disse: "
        "cantagliela ancora una volta, poi mandaceli tutti e due a casa.",
        "Scriviamo il notiziario del coro su writefreely, le foto delle ciaspolate vanno su pixelfed, e per "
        "chattare usiamo nheko e gomuks; gli screenshot li fa flameshot.",
        "Il programma chiama pianifica_giro, passa ogni fermata a stimaMinutiTratta e poi a "
        "percorsi.deviazioni.applica_fattore; config.fermate_max_per_borsa si legge in "
        "corrieri/pianificatore.py.",
        "Gli orari sono su https://traghetto.esempio.it/2028/traversate#inverno e il calendario del "
        "quartetto su https://armonia.esempio.org/eventi?voce=tenore; scrivete a biglietteria@esempio.it "
        "o a @stagno_nunzia. #ciaspole #barbershop",
        "Pierluigi e Nunzia da Civitavecchia sono passati da Bergamo, dove lo zio diceva pota a ogni frase; "
        "a Livorno, boia deh, un bocia sbarbato ci ha venduto il caciucco.",
    ],
    "pt": [
        "O funileiro e o latoeiro da vila, mestres de funilaria, trabalhavam a folha-de-flandres; o "
        "estanhador vinha às sextas, e o barqueiro ajudava a carregar as peças até ao cais.",
        "Devolvê-la-ei amanhã sem falta, e entregá-lo-ão no cais logo cedo; cantá-la-íamos de bom grado, "
        "se o maestro deixasse.",
        "Acordou com o mesmíssimo sobressalto de sempre, mas bem-disposto, pôs a tocar o gira-discos e "
        "contou aos netos a história do lobisomem da serra.",
        "Publicamos as crónicas do coro no writefreely, as fotos das caminhadas no pixelfed e os ensaios no "
        "castopod; conversamos pelo soju e pelo iamb, e a API dos estafetas é testada com o yaak.",
        "A função planear_volta passa cada paragem a estimarMinutosTrajeto e depois a "
        "percursos.desvios.aplicar_fator; definicoes.paragens_max_por_saco é lido em estafetas/planeador.py.",
        "Os horários estão em https://travessia.exemplo.pt/2028/barcos#inverno e a agenda do quarteto em "
        "https://harmonia.exemplo.org/eventos?voz=baixo; escreva para bilheteira@exemplo.pt ou mencione "
        "@estanho_rui. #raquetes #barbershop",
        "O Rui Tavares e a Filipa Meireles vieram de Ponte de Lima para Arcos de Valdevez; atão, fónix, "
        "catano de frio, disse o Zé, enquanto o miúdo comia pintarolas.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "cho": ["Halito, chimachukma? Chahta sia hoke, micha Chahta anumpa ish anumpoli hinla? Yakoke."],
    "mic": ["Kwe', me' talein? Mi'kmaw na ni'n, aq welta'si nemu'lek kiskuk. Wela'lin."],
    "bla": ["Okinapi, tsa niitaniit? Nitaniko Aakiikoan, nitsiniiyi'taki."],
    "tli": ["Yak'éi ixwsiteení! Wáa sáiyatee? Gunalchéesh, Lingít x'éináx yoo x'atángi."],
    "hop": ["Um waynuma? Nu' Hopi. Kwakwha, nu' Hopilavayit tuwi'yta."],
    "ood": ["Ṣap ke:k? Heu'u, ṣap ke:k. Tohono O'odham ñiok an ñ-ta:hadag."],
    "esu": ["Waqaa! Cangacit? Assirtua, quyanaqvaa. Yugtunqanertua ayagyuani."],
    "crk": ["Tânisi! Tânisi isiyîhkâsoyan? Niya nêhiyaw, êkwa nêhiyawêwin nikiskêyihtên. Kinanâskomitin."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v62", QUOTA, HARD_NEGATIVES, "neg62")
    print(common.write_set(HERE, recs))
