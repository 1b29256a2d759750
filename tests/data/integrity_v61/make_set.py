"""Build the v61 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v61/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v61: v60 and the sets before it are scored once at the end of their round and are tuning
sets from then on.  This set was written (without looking at the detector's rules or running it
on these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from desert navigation, harp making, rooftop gardens, cheese caves, hovercraft and hand looms,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why distances are hard to judge in the desert, dead reckoning in a Jupyter notebook
      (`math.atan2`, `math.hypot`), a cave keeper turning cheese wheels by lamplight
      (literary), warping a rigid-heddle loom, plants for a windy rooftop ("Sure!"),
      Christopher Cockerell and the SR.N1 hovercraft (1959), cave-aged cheddar on toast, an
      e-mail to a harp maker about renting a lever harp;
  fr: why the Pole Star seems not to move, a cheese-cave logger with a Raspberry Pi Pico and a
      DHT22 in MicroPython (Thonny), an old Tuareg guide at dawn in the Hoggar (literary), a
      vegetable garden on a flat roof, materials for a small Celtic harp ("Bien sûr !"), Jean
      Bertin, the Aérotrain and the N500 Naviplane, pear and blue cheese tart, rigid-heddle
      versus floor loom for a beginner, a letter asking to visit the cheese caves of the fort
      des Rousses;
  es: the sun and a stick's shadow as a compass, watering a rooftop garden with an ESP32 in the
      Arduino IDE, an old man tending blue cheeses in a mountain cave (literary), setting up a
      backstrap loom, what to take orienteering in the Tabernas desert ("¡Claro!"), the
      Spanish double-strung harp (arpa de dos órdenes), blue cheese and cider sauce,
      hovercraft versus flat-bottomed boat for marsh rescues, a letter to a councillor asking
      for a community garden on a council block's roof;
  de: why a green roof cools a house, a four-shaft weave draft with NumPy and matplotlib (Visual
      Studio Code), a hovercraft rescue in fog on the mudflats (literary), tuning a new lever
      harp, packing for a guided Sinai trek ("Klar!"), László Almásy and the Libyan Desert,
      Obazda, raised beds versus grow bags on a roof garden, a letter asking a hand-weaving
      workshop about a floor-loom course, dead reckoning as an algorithm, how a hovercraft
      floats and steers, why cheese ripens well in caves;
  it: how desert sandstorms form (the ghibli), a cheese cave in Home Assistant with
      `numeric_state` automations, a hovercraft crossing a frozen lagoon at dawn (literary),
      preparing a vegetable garden on a roof, five Italian cave and pit cheeses ("Certo!"),
      the Estense harp of Ferrara and Modena, risotto al Castelmagno, compass versus GPS in the
      desert, an e-mail asking about a course on the Sardinian horizontal loom;
  pt: why wind ripples form on desert sand, warp length and end count in Python (Thonny),
      an old man watering his rooftop garden in Lisbon at dusk (literary), finding north with
      an analogue watch, a four-week plan for a rigid-heddle loom ("Claro!"), the woven
      blankets of Reguengos de Monsaraz, baked sheep's cheese with honey and rosemary,
      hovercraft versus boats for the Ria Formosa islands, a letter to a harp maker about
      lever regulation.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, mostly rarer words and topic words (sandhill, tableland, sunward, waterskin,
lodestone, waymark, camelback, nethermost, outmost, harpmaker, soundbox, eyelet, handloom,
overshot, cheesewire, cheesemaker, cheeseboard, rindless, hoverport, airflow, downpipe,
groundcover, windbreaks, windowsill; aéroglisseur, aérotrain, hydroglisseur, méhariste, méharée,
chamelier, caravanier, ensouple, ourdissoir, dévidoir, remettoir, canette, cantre, harpiste,
affineur, hâloir, saloir, égouttoir, avant-toit, bourrasque, gouvernail; caravanero, camellero,
contraviento, sobrellevar, lanzadera, urdimbre, tejedora, clavijero, quesera, cuajadera,
salmuera, azotea, trasnochar; hinwieder, hierwider, vielmals, dorthinaus, dadurch, wobei, wovor,
nordwärts, südwärts, ostwärts; sottinsù, dappiè, sopracoperta, idroscivolo, casaro,
affinatore, cacioricotta, tessitrice, spola, liccio, subbio, navetta, formaggiaio,
stagionatore, terrazzo, pergolato; aerobarco, queijeira, cardador, dobadoura, novelo,
cameleiro, sextante, tecedeira, lançadeira, urdidura, caseiro, terraço), tool and brand names
in lower case in prose (jrnl, scc, onefetch, proselint, codespell, ugrep, numbat, qalc, planka,
ctop; semgrep, comby, lektor, mergiraf, gitoxide; kalker, hishtory, mcfly, gobang, ijq;
binsider, superfile, rustscan, nload, curlie, atac; presenterm, pgbadger, fend, cloc), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds and particle verbs with zu inside
(Luftkissenbootführerscheinprüfung, Dachgartenbewässerungssteuerung,
Käsehöhlenklimaüberwachung, anzuweben, aufzubäumen, anzuschnüren, nachzuspannen,
abzuschirmen), clitics and elisions (tisse-le-moi, accroche-les-y, expédie-la-leur;
tejémoslo, cuélgaselas, ensártamela; tessiglielo, accordatela, mandagliela; tece-lho,
emprestá-la-ei, entregá-la-emos), names of people and places (Chinguetti, Agadez, Djanet,
Ghardaïa), and informal spellings and slang (bodacious, tubular, cowabunga, nosh, chirpse;
kiffance, chouraver, taffer, bledard, darone, ouam; morro, apalancarse; Diggah, tacheles,
gechillt, Lappen, Kippe, Vallah; sbrago, stra, cringio, boomer; beca, xoné, busão).  Texts
in languages the detector does not judge (Tamasheq, Soninke, Susu, Kissi, Loma, Dan, Baoulé,
Bété), some with a glue in them, must get no word finding at all.
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
        "Beyond the last sandhill the tableland ran sunward for a day's march; the guide carried a waterskin "
        "and a lodestone on a cord, called every camelback ridge a waymark, and said the nethermost wells lay "
        "at the outmost edge of the map.",
        "The harpmaker glued the soundbox, drilled each eyelet and left the handloom, still threaded for an "
        "overshot coverlet, in the corner; the cheesemaker next door hung a cheesewire by the windowsill and "
        "set out a cheeseboard of rindless curds.",
        "On the roof we cut the airflow with windbreaks, laid groundcover over the gravel and moved the "
        "downpipe; from up there you can watch the ferries leave the old hoverport across the bay.",
        "I keep notes in jrnl, count lines with scc, print a summary with onefetch, lint the docs with "
        "proselint and codespell, search the logs with ugrep and do unit sums in numbat or qalc; the cards "
        "live in planka, and ctop watches the containers.",
        "The cave monitor calls read_humidity_sample, hands it to smoothRollingAverage and then to "
        "alerts.cave_rules.check_threshold; config.max_rh_percent is loaded in daemons/cave_watch.py, and "
        "test_ignores_single_spike covers the odd reading.",
        "The build notes are at https://harpworks.example.org/kits/lever-34#soundbox and the thread at "
        "https://forum.example.net/t/hovercraft-skirts/9182; write to workshop@harpworks.example.org or "
        "ping @loom_ottoline. #handweaving #rooftopgarden",
        "Aïcha Walet Mohamed and Hamid Ould Daddah drove from Chinguetti to Agadez and on to Djanet, where "
        "Ottoline Fairweather-Nkemelu and Wojciech Przybylski met them.",
        "Dude, that hover ride was totally tubular, cowabunga! Bodacious nosh after, too. He tried to chirpse "
        "the pilot tho, proper bait.",
    ],
    "fr": [
        "Le méhariste et le chamelier menaient la méharée vers le sud ; le caravanier, lui, avait pris "
        "l'aérotrain jusqu'à Orléans, puis un hydroglisseur, et racontait qu'il avait déjà tenu le gouvernail "
        "d'un aéroglisseur pendant une bourrasque.",
        "À l'atelier, la harpiste rangeait l'ensouple près de l'ourdissoir, du dévidoir et du remettoir ; la "
        "canette était vide et le cantre à moitié garni. En bas, l'affineur vérifiait le hâloir, le saloir et "
        "l'égouttoir, sous l'avant-toit.",
        "Tisse-le-moi avant dimanche, accroche-les-y s'il reste de la place, et expédie-la-leur dès que "
        "possible : Ghardaïa, c'est loin.",
        "Pour le code, je cherche avec semgrep et comby, je génère le site avec lektor, je fusionne avec "
        "mergiraf et je clone avec gitoxide ; la doc, elle, passe par codespell.",
        "La tâche appelle lire_releve_cave, transmet chaque mesure à lisserMoyenneGlissante puis à "
        "alertes.regles_cave.verifier_seuil ; config.humidite_max_pct est lu dans demons/veille_cave.py.",
        "Le plan est sur https://harpes.exemple.fr/kits/celtique-22#console ; écrivez à "
        "atelier@harpes.exemple.fr ou à @tissage_maelle. #tissage #toitpotager",
        "Ouam, c'était la kiffance ! Ma darone m'a dit de pas chouraver les fromages, mais le bledard taffait "
        "déjà à la cave.",
    ],
    "es": [
        "El caravanero y el camellero caminaron contraviento toda la tarde; supieron sobrellevar la sed y, al "
        "llegar, nadie quiso trasnochar.",
        "La tejedora dejó la lanzadera sobre la urdimbre y fue a ver a la quesera, que sacaba la cuajadera y "
        "preparaba la salmuera en la azotea; el arpa esperaba con el clavijero a medio barnizar.",
        "Tejémoslo juntos, cuélgaselas a tu abuela en el balcón y ensártamela antes de que se vaya Pilarica "
        "a Uadane con Ezequiel.",
        "Para calcular uso kalker, para el historial hishtory y mcfly, para las bases de datos gobang y, si "
        "hace falta filtrar, ijq.",
        "El servicio llama a leer_humedad_cueva, pasa cada lectura a suavizarMediaMovil y luego a "
        "alertas.reglas_cueva.comprobar_umbral; config.humedad_max_pct se lee en demonios/vigia_cueva.py.",
        "Las instrucciones están en https://telares.ejemplo.es/cintura/montaje#urdimbre; escribe a "
        "taller@telares.ejemplo.es o a @arpa_valdivieso. #telar #azoteaverde",
        "¡Qué morro tiene tu primo! Se ha apalancado en el sofá todo el sábado y no ha fregado ni un plato, "
        "tío.",
    ],
    "de": [
        "Der Führer sagte, wir gingen erst nordwärts, dann südwärts und zuletzt ostwärts; hinwieder hatte er "
        "uns vielmals gewarnt, allein dorthinaus zu laufen, wobei keiner wusste, wovor genau, und dadurch "
        "wurde es nicht klarer. Hierwider ließ sich wenig sagen.",
        "Die Luftkissenbootführerscheinprüfung, die Dachgartenbewässerungssteuerung und die "
        "Käsehöhlenklimaüberwachung kosten Zeit, und wir haben vor, morgen anzuweben, die Kette aufzubäumen, "
        "die Tritte anzuschnüren, die Saiten nachzuspannen und den Sensor abzuschirmen.",
        "Ich analysiere Binärdateien mit binsider, blättere mit superfile durch Ordner, scanne Ports mit "
        "rustscan, beobachte den Verkehr mit nload und teste die API mit curlie und atac.",
        "Der Dienst ruft lese_feuchte_hoehle auf, reicht jeden Wert an glaetteGleitendenMittelwert und dann "
        "an warnungen.hoehlen_regeln.pruefe_schwelle weiter; konfig.max_feuchte_prozent steht in "
        "dienste/hoehlen_waechter.py.",
        "Die Anleitung steht unter https://harfen.beispiel.de/bausatz/haken-27#stimmen, Fragen bitte an "
        "werkstatt@harfen.beispiel.de oder an @webstuhl_henrike. #handweben #dachgarten",
        "Diggah, red mal tacheles: War das gechillt oder nicht? Du Lappen hast die Kippe aufs Dach geworfen, "
        "Vallah, mach das nie wieder.",
    ],
    "it": [
        "La tessitrice prese la spola e la navetta, controllò il liccio e il subbio, e dal terrazzo sotto il "
        "pergolato guardò il casaro e l'affinatore che portavano la cacioricotta al formaggiaio; lo "
        "stagionatore, intanto, contava le forme.",
        "Il pittore dipinse la cupola di sottinsù, poi si sedette dappiè del letto a cercare la sopracoperta, "
        "mentre fuori passava un idroscivolo.",
        "Tessiglielo per Natale, accordatela prima del concerto e mandagliela a Ghardaïa con Tiberio e "
        "Nives.",
        "Per le presentazioni uso presenterm, per i log di Postgres pgbadger, per i conti fend e per "
        "contare le righe cloc.",
        "Il servizio chiama leggi_umidita_grotta, passa ogni misura a smussaMediaMobile e poi ad "
        "avvisi.regole_grotta.verifica_soglia; config.umidita_max_pct si legge in demoni/guardia_grotta.py.",
        "La guida è su https://arpe.esempio.it/kit/celtica-22#tavola; scrivete a bottega@arpe.esempio.it "
        "oppure a @telaio_samugheo. #tessitura #ortosultetto",
        "Che sbrago, ieri sera stra bello! Però quel video era cringio, roba da boomer.",
    ],
    "pt": [
        "O cameleiro usava um sextante velho; a tecedeira, essa, trocou a lançadeira por um novelo, e o "
        "cardador consertou a dobadoura antes de preparar a urdidura no tear.",
        "O caseiro deixou os queijos na queijeira, à sombra do terraço, e foi ver passar o aerobarco das "
        "cinco do outro lado do rio.",
        "Tece-lho até sábado; eu emprestá-la-ei à Guiomar e nós entregá-la-emos depois em Ghardaïa.",
        "Para contas uso o kalker, para o histórico o hishtory, para as bases de dados o gobang e para o "
        "código o semgrep e o codespell.",
        "O serviço chama ler_humidade_gruta, passa cada leitura a suavizarMediaMovel e depois a "
        "alertas.regras_gruta.verificar_limite; config.humidade_max_pct é lido em daemons/vigia_gruta.py.",
        "O guia está em https://harpas.exemplo.pt/kits/alavancas-34#caixa; escreve para "
        "oficina@harpas.exemplo.pt ou para @tear_guiomar. #tecelagem #hortanoterraço",
        "Espera uma beca, meu, fiquei xoné com o barulho a noite toda. Depois vou de busão, que o carro avariou.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "taq": ["Imuhaɣ əgan aɣrəm dax tənere, əssanan abareḍ s itran ɣas. Ad nəkkəs aman dax anu "
            "ənta ad nəglu sər tamasnay."],
    "snk": ["Soninkanko ga nta daga Kayes, i ga da sunke xanne. Yugo su be da dabari ke ña, a da "
            "kitixore."],
    "sus": ["Ɲɔxɔmɛ nan siga makiti ma, a nan sansi sara. Dii mɛma na a xa wali ra ɲɔxɔmɛ xa "
            "banxi kui."],
    "kss": ["Wana cio yaŋ hiou cɛlɛ pɛ, ŋ ndu o pɔllɔ. Mɛ o chiɔŋ yɛ bɛndu, kɔɔ fula tiɔŋ."],
    "lom": ["Gbɔlɔ wo va zu, ge ɓa kɛ pɛlɛ ɓɛ. Zeeɓa ɗa lo kpɔɔ gizi, wo lɛɛ."],
    "dnj": ["Yɔ ɓö gbɛ̈ ka kɔ, ö ya sɛ̈ ta. Wa ka mɛ̈ dhö kɔ ɗhɛ ka gbɛ̈nyɔ."],
    "bci": ["Bla'n kɔ gua su, ɔ kɔ to aliɛ nin nzue. Kɛ ɔ sin klo'n nun'n, ɔ wun i wa'n mun bɔ be di "
            "aliɛ'n."],
    "bet": ["Ɔ yi gbeu lɛ, ɔ nyɛ nyɛkɔ pɔ. Kpanyɔ yi gbele ɔ kɔ ɓɛlɛ zo."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v61", QUOTA, HARD_NEGATIVES, "neg61")
    print(common.write_set(HERE, recs))
