"""Build the v32 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v32/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v32: v31 is scored once at the end of its round and is a tuning set from then on, like
the sets before it.  This set was written (without looking at the detector's rules, word lists
or tests, and without running it on these texts) and committed before the next round of
detector changes, and is scored once, at the end of that round.  Rules, labels and corruption
kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every label), with
v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, taken mainly
from glassblowing, tides and estuaries, bookbinding, cycling tours, dentistry and wind
turbines, written in the registers of LLM answers (an explanation, a technical answer with code
spans and a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..."
reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine
in French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words
there):
  en: why estuary water is brackish (the salt wedge), a small turbine's power curve with numpy
      in PyCharm, a woman cyclist at the top of a foggy pass (literary), flossing properly, a
      packing list for a week of cycling between hotels ("Sure!"), the Murano glassmakers from
      1291, mackerel baked in foil, a letter to a bookbinder accepting a full rebinding;
  fr: how a wind turbine turns to face the wind and feathers its blades, reading GPX rides
      with `gpxpy` in Visual Studio Code, an old glassblower before visitors (literary), a
      first multi-day bike trip, what tooth decay is ("Bien sûr !"), medieval bookbinding on
      wooden boards, moules marinières, offshore versus onshore wind, a letter moving a dental
      appointment;
  es: why glass is transparent though made of sand, tide prediction with `pytides` in Jupyter,
      an old man watching the tide fill a ría (literary), brushing for healthy gums, five days
      on the Camino del Norte by bike ("¡Claro!"), the windmills of La Mancha, steamed mussels,
      binding your own notebook versus buying one, an e-mail changing a bike-tour booking to an
      e-bike;
  de: why big wind turbines have three blades, `windpowerlib` with a `ModelChain`, an old bike
      mechanic in his workshop (literary), preparing a bike for a long tour, a first mudflat
      walk on the North Sea ("Klar!"), Lauscha's glassworks and glass baubles, plaice
      Finkenwerder style, floss versus interdental brushes, a letter booking a guided Elbe bike
      tour, the longest run of usable wind hours (an algorithm), how a hub dynamo works, why
      teeth darken with age;
  it: why Venice floods and the Mediterranean barely has tides, reading a home turbine's
      inverter with `pymodbus` on a Raspberry Pi, an old bookbinder's workshop in a courtyard
      (literary), climbing hills on a bike, what happens at a dental cleaning ("Certo!"),
      Murano and Angelo Barovier's cristallo, clams alla marinara, cycling versus walking
      holidays, a teacher's letter thanking a glassworks for a class visit;
  pt: why teeth are sensitive to cold (dentine tubules), storing wind-mast readings in
      InfluxDB, a woman gathering cockles in an estuary at low tide (literary), starting to
      cycle to work, binding a book by hand ("Claro!"), the growth of wind power in Portugal,
      amêijoas à Bulhão Pato, hand-blown versus factory glasses, a letter thanking a dentist
      for his patience with a frightened son.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (hereon, betwixt, athwart, straightaway, astride, amidst, nobody, somebody,
aboard, afloat, tailwind, upwind, flywheel, gearbox, kickstand, mudguard, saddlebag,
halfhearted, onlookers; susmentionné, avant-veille, par-derrière, ci-contre, celle-ci,
quelques-unes, nul; despacio, contracorriente, contratiempo, pelapatatas, escarbadientes,
cubrebocas, tapabocas, porqué; vormals, dereinst, jedermann, folglich, unweit, inmitten,
diesseits, jenseits, oberhalb, unterhalb; qualunque, ciascheduno, dimodoché, testé, quivi,
costì, colà, frangivento, controvento, sottovento, portabici, paraspruzzi; qualquer, algo,
cada, quejandos, palito, marca-livros, corta-papel, pisa-papéis, vira-lata), tool names in lower
case in prose (loki, telegraf, mosquitto, zigbee2mqtt, minio, duplicati, pihole, adguard,
authentik, netbird), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German long compounds and particle verbs with zu inside
(Windenergieanlagenwartungstechniker, Wattenmeernationalparkverwaltung, auszuwuchten,
festzuziehen, hochzufahren, zusammenzufassen, Gezeitenkraftwerksplanung), clitics and elisions (passe-la-moi,
rapporte-les-moi, donnez-m'en, parle-lui-en, gardez-vous-en; mándaselo, pídeselas, échatelo,
enséñaselas, llévatelas; portamelo, restituiscaglielo, mandatecela, prendetevela, spediscimela,
raccontacelo; dá-mos, entrega-lhos, di-lo-ei, vê-la-íamos, trá-la, empresta-mas), names of
people and places, and informal spellings (aye, wee, bairn, canny, howay, yinz, oughta,
d'ya, 'cause, smoko; ouaip, ben, daronne, clope, thune; jolín, currito, cañita, cachai, weón,
fome, ándale, padrísimo; fetzig, Atze, gschwind; uè, belin, ostrega, sbrego, 'nnamo; bah, guri,
tri, oxente, uai, parça, tchau); and texts in languages the detector does not judge (Northern
Sotho, Tumbuka, Lozi, Herero, Kiribati, Marshallese, Niuean, Kikongo), some with a glue in
them, which must get no word finding at all.
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
        "Hereon the skipper kept everyone aboard: betwixt the two shoals the dinghy lay athwart the channel, "
        "somebody stood astride the bow, and nobody went ashore, since amidst the swirling water only the "
        "heaviest crates stayed afloat.",
        "With a tailwind we flew across the flats, then worked upwind past the old windmill; my kickstand "
        "snapped, the mudguard rattled, and the last climb was halfhearted, but the saddlebag held and the "
        "onlookers cheered. At the turbine, the guide showed us the flywheel and the gearbox.",
        "The gauges report to telegraf, which sends them through mosquitto to loki; zigbee2mqtt reads the "
        "garden sensors, the photos sit in minio and go off site with duplicati, pihole and adguard block "
        "the ads, authentik guards the logins and netbird links the boat to the house.",
        "The service calls estimate_blade_pitch, passes each reading to smoothYawAngle and then to "
        "telemetry.nacelle_sensors.read_rotor_rpm; config.cut_out_speed_ms is loaded once in "
        "turbines/site_settings.py, and test_ignores_negative_gusts covers the odd case.",
        "The tables are at https://tides.example.org/2028/estuary-tables#spring-ebb and the raw data at "
        "https://data.example.net/gauges/river-mouth/-/hourly.csv; write to tidewatch-crew@example.org or "
        "ping @estuary_ngozi. #tidetables #mudflats",
        "Ngozi Okonkwo cycled from Llanidloes to Machynlleth with Radomir Szczepański and Ailsa "
        "MacGillivray, then took the train on to Kirkcudbright and Auchtermuchty.",
        "Aye, the wee bairn's canny, howay man! Yinz coming or what? Ok, d'ya want tea first, 'cause we "
        "oughta leave before smoko.",
    ],
    "fr": [
        "Chacun le savait depuis l'avant-veille : par-derrière la digue, la marée susmentionnée, celle-ci "
        "même dont parlait le tableau ci-contre, monterait plus haut que jamais, et nul ne devait rester sur "
        "l'estran, pas même quelques-unes des barques.",
        "Passe-la-moi, puis rapporte-les-moi demain ; donnez-m'en deux, parle-lui-en ce soir et gardez-vous-en "
        "bien, de ce vieux vélo sans freins.",
        "Les capteurs écrivent dans telegraf, qui passe par mosquitto jusqu'à loki ; zigbee2mqtt lit les "
        "sondes du jardin, les photos dorment dans minio et partent ailleurs avec duplicati, pihole et adguard "
        "bloquent les pubs, authentik garde les connexions et netbird relie le bateau à la maison.",
        "Le service appelle estimer_pas_pale, passe chaque mesure à lisserAngleLacet puis à "
        "telemetrie.capteurs_nacelle.lire_tours_rotor ; config.vitesse_coupure_ms est lue une fois dans "
        "eoliennes/reglages_site.py.",
        "Les tables sont sur https://marees.exemple.fr/2028/tables-estuaire#vive-eau, les questions vont à "
        "veille-marees@exemple.fr ou à @estuaire_bertille. #marées #estran",
        "Ouaip, ben, la daronne a encore piqué une clope, et moi j'ai plus de thune. Enguerrand et Ségolène "
        "partent de Châlons-en-Champagne pour Villeneuve-d'Ascq avec Bertille.",
    ],
    "es": [
        "Despacio y a contracorriente avanzaba la barca; un contratiempo con el motor nos dejó en el muelle, "
        "donde vendían pelapatatas, escarbadientes, cubrebocas y tapabocas. ¿El porqué? Nadie lo sabía.",
        "Mándaselo hoy, pídeselas a tu hermana, échatelo al hombro, enséñaselas a los niños y llévatelas "
        "antes de que suba la marea.",
        "Los sensores escriben en telegraf, que pasa los datos por mosquitto hasta loki; zigbee2mqtt lee las "
        "sondas del jardín, las fotos se guardan en minio y salen fuera con duplicati, pihole y adguard "
        "bloquean los anuncios, authentik protege los accesos y netbird une el barco con la casa.",
        "El servicio llama a estimar_paso_pala, pasa cada lectura a suavizarAnguloGuinada y luego a "
        "telemetria.sensores_gondola.leer_rpm_rotor; config.velocidad_corte_ms se lee una vez en "
        "turbinas/ajustes_parque.py.",
        "Las tablas están en https://mareas.ejemplo.es/2028/tablas-ria#vivas; las dudas, a "
        "vigia-mareas@ejemplo.es o a @ria_montserrat. #mareas #rías",
        "Jolín, qué currito más simpático, nos invitó a una cañita. Cachai, weón, la fiesta estuvo fome; "
        "¡ándale, qué padrísimo! Montserrat Iturriaga y Eulogio Barrenechea llegan de Mondoñedo a Navalmoral "
        "de la Mata.",
    ],
    "de": [
        "Jedermann wusste es, folglich blieb niemand unterhalb des Deiches; vormals, so erzählte jemand, habe "
        "das Wasser dereinst diesseits und jenseits des Hafens bis oberhalb der Kirche gestanden, inmitten "
        "der Stadt, unweit des Marktes.",
        "Der Windenergieanlagenwartungstechniker versucht, den Rotor auszuwuchten, die Schrauben festzuziehen "
        "und die Anlage danach wieder hochzufahren; die Wattenmeernationalparkverwaltung bittet ihn außerdem, "
        "die Gezeitenkraftwerksplanung zusammenzufassen.",
        "Die Sensoren schreiben an telegraf, der die Daten über mosquitto zu loki schickt; zigbee2mqtt liest "
        "die Fühler im Garten, die Fotos liegen in minio und gehen mit duplicati außer Haus, pihole und "
        "adguard sperren die Werbung, authentik schützt die Anmeldungen und netbird verbindet das Boot mit "
        "dem Haus.",
        "Der Dienst ruft estimate_blade_pitch auf, reicht jeden Messwert an smoothYawAngle und dann an "
        "telemetry.nacelle_sensors.read_rotor_rpm weiter; config.cut_out_speed_ms wird einmal in "
        "turbines/site_settings.py gelesen.",
        "Die Tabellen stehen unter https://gezeiten.beispiel.de/2028/watt-tabellen#springtide, Fragen bitte "
        "an gezeitenteam@beispiel.de oder an @watt_korbinian. #gezeiten #wattenmeer",
        "Na, Atze, det war fetzig! Komm gschwind, die Hedwig und der Korbinian aus Castrop-Rauxel warten "
        "schon in Wilhelmshaven.",
    ],
    "it": [
        "Qualunque cosa accada, ciascheduno resti quivi; costì e colà l'acqua sale, e dimodoché nessuno si "
        "perda, testé ho chiamato il guardiano del faro.",
        "Portamelo domani, restituiscaglielo entro sabato, mandatecela per posta, prendetevela comoda, "
        "spediscimela appena puoi e raccontacelo a cena.",
        "Il frangivento ripara il portabici; si pedala controvento all'andata e sottovento al ritorno, e il "
        "paraspruzzi tiene asciutta la schiena.",
        "I sensori scrivono su telegraf, che passa i dati tramite mosquitto fino a loki; zigbee2mqtt legge le "
        "sonde del giardino, le foto stanno su minio e partono con duplicati, pihole e adguard bloccano la "
        "pubblicità, authentik protegge gli accessi e netbird collega la barca alla casa.",
        "Il servizio chiama stima_passo_pala, passa ogni lettura a smussaAngoloImbardata e poi a "
        "telemetria.sensori_navicella.leggi_giri_rotore; config.velocita_taglio_ms viene letta una volta in "
        "turbine/impostazioni_parco.py.",
        "Le tabelle sono su https://maree.esempio.it/2028/tabelle-laguna#sizigie; le domande a "
        "vedetta-maree@esempio.it oppure a @laguna_ludovica. #maree #laguna",
        "Uè, belin, ostrega che freddo! 'nnamo, che Gianmarco e Ludovica ci aspettano a Roccaraso, e c'è "
        "pure uno sbrego nella giacca.",
    ],
    "pt": [
        "Qualquer um sabia que, dentro de uma hora, algo mudaria: cada barco encalhado voltaria a flutuar, e "
        "os pescadores, e quejandos, iriam buscar as redes ao cais.",
        "Dá-mos amanhã, entrega-lhos hoje; di-lo-ei ao teu pai, vê-la-íamos no cais se a maré deixasse, "
        "trá-la contigo e empresta-mas por uma semana.",
        "Na secretária tenho um palito, um marca-livros, um corta-papel e dois pisa-papéis de vidro, e o "
        "vira-lata dorme debaixo da cadeira.",
        "Os sensores escrevem no telegraf, que passa os dados pelo mosquitto até ao loki; o zigbee2mqtt lê "
        "as sondas do quintal, as fotos ficam no minio e saem com o duplicati, o pihole e o adguard bloqueiam "
        "os anúncios, o authentik protege os acessos e o netbird liga o barco à casa.",
        "O serviço chama estimar_passo_pa, passa cada leitura a suavizarAnguloGuinada e depois a "
        "telemetria.sensores_nacele.ler_rpm_rotor; config.velocidade_corte_ms é lida uma vez em "
        "turbinas/definicoes_parque.py.",
        "As tabelas estão em https://mares.exemplo.pt/2028/tabelas-estuario#vivas; as dúvidas vão para "
        "vigia-mares@exemplo.pt, ou mencione @estuario_gaudencio. #marés #estuário",
        "Bah, guri, a festa foi tri boa, tchau! Oxente, uai, parça, tu vens ou não? O Gaudêncio e a Iracema "
        "chegam de Vila Nova de Foz Côa e de Chapecó.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nso": ["Ke rata go sepela ka paesekela mesong ge letšatši le hlaba. Bana ba rena bayasekolong ka maoto "
            "gomme ba boa ka morago ga mpho ya matšatši."],
    "tum": ["Mawa tikuluta ku nyanja kukawona ŵalovi. Ŵana ŵakusambira mu maji ghachoko pafupi ndi "
            "mphepete."],
    "loz": ["Ni lata ku zamaya ka bisikiri musihali. Lizazi la kachenu ne li na nipula ye ñata mwa Mongu."],
    "hz": ["Ovanatje mave kambura ozongombe komeva. Ombura ya roka notjari ohunga ya kotoka."],
    "gil": ["Ti a nako n te tari n te ingabong ma ti kakaea te ika. Ko na mauri, ao tera arom?"],
    "mh": ["Iakwe! Ij kōņaan etal ñan lojet ilo raelep in, bwe ebwe kōmmān eñwōd."],
    "niu": ["Fakaalofa lahi atu! Ne o e tau fanau ke he tahi he pogipogi nei ke takafaga ika."],
    "kg": ["Bana ke kwenda na nzo-nkanda na suka yonso. Mvula ke nokamingi na ngonda yai, yo yina beto ke "
           "vanda na nzo."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v32", QUOTA, HARD_NEGATIVES, "neg32")
    print(common.write_set(HERE, recs))
