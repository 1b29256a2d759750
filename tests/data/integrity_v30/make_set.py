"""Build the v30 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v30/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v30: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as v31 by a different hand, with topics taken mainly from rowing,
saffron, earthquake preparedness, clocks and watchmaking, opera, and mushrooms, so that the two
sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why saffron is so expensive, average 500 m splits from a rowing-machine CSV with Polars
      (`pl.read_csv`, `with_columns`, `group_by`, Zed), a woman sculling on a misty river at
      dawn (literary), strapping furniture and latching cupboards against earthquakes, operas
      for a first visit ("Sure!"), the first Oxford-Cambridge Boat Race (Henley 1829) and its
      course, saffron buns, an e-mail to a watch repairer about a father's wristwatch;
  fr: how a mushroom casts its spores (spore prints), timing Python code with
      `time.perf_counter()` and `timeit` in PyCharm, a tenor in the wings before his entrance
      (literary), packing an earthquake emergency bag, starting rowing in a club ("Bien
      sûr !"), watchmaking in Besançon, moules au safran, rowing machine versus river, a
      letter to an opera house exchanging tickets for Don Giovanni;
  es: base isolators and dampers in earthquake-resistant buildings, rehearsal reminders with
      `asyncio.sleep`, `create_task` and `gather` in PyCharm, a grandmother picking saffron
      flowers in La Mancha (literary), storing and cleaning fresh mushrooms, a first outing at
      a rowing club ("¡Claro!"), the Teatro Real of Madrid (1850, 1925, 1997), saffron rice
      with artichokes, mechanical versus quartz watches, an e-mail from a residents'
      association asking the council for a seismic inspection;
  de: why the sliding seat makes a rowing boat faster, keeping a Raspberry Pi's clock right
      with chrony (`chronyc tracking`, `chronyc sources -v`), an old Black Forest watchmaker
      at his bench (literary), storing mushrooms, operas for children ("Klar!"), the history of
      the cuckoo clock, Pfifferlinge with scrambled eggs, rowing machine versus treadmill, a
      letter to an opera house about a scarf left behind, the STA/LTA trigger for detecting
      earthquakes, how a lever escapement works, why an opera singer carries over an
      orchestra (the singer's formant);
  it: glowing mushrooms (bioluminescence, the jack-o'-lantern mushroom of olive trees), stroke
      rate with `std::time::Instant` and a `VecDeque` in Rust (RustRover, `cargo run`), a
      girl at her first opera in an open-air arena (literary), making a home safer against
      earthquakes, choosing a first automatic watch ("Certo!"), the Regata Storica of Venice,
      pasta with courgettes and saffron, cultivated versus wild mushrooms, an e-mail enrolling
      in an adult rowing course;
  pt: base isolation of buildings against earthquakes, an interval timer for rowing in Go
      (`time.NewTicker`, `time.Since`, GoLand), a singer at the last rehearsal in an empty
      theatre (literary), what to do at home during an earthquake, choosing fresh mushrooms at
      the market ("Claro!"), the Teatro Nacional de São Carlos (1793), chicken with saffron
      (açafrão), wristwatch versus phone, an e-mail from a rowing club entering a regatta.

The hard negatives are new too, seven per judged language: words the language itself writes
as one, many of them looking like two short words joined (whyever, clockwise,
counterclockwise, sidelong, riverbank, puffball, downwind, backwater, headfirst, evermore,
lengthwise, spoonful, cupful, wristband; rendez-vous, pourparlers, gentilhomme, entr'ouverte,
clairsemé, chèvrefeuille, quote-part, croque-monsieur, marchepied, sans-abri, millefeuille;
entremedias, entretiempo, pormenor, malestar; letztendlich, bestenfalls, schlimmstenfalls,
einigermaßen, rundheraus, dazumal, ungeachtet, mitsamt, rücklings, blindlings, zeitlebens,
weitaus, allerorten, seitwärts, nichtsahnend; pocanzi, battibecco, fruttivendolo,
malapena, acquavite, nottetempo, cassaforte, soprannome, granturco, pallacanestro; antemão,
mal-entendido, cata-vento, vai-e-vem, além-mar), tool and brand names in lower case in prose
(kakoune, newsboat, freshrss, aerc, linkding, taskwarrior, headscale, authelia, hyprland,
waybar), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
abzustoßen, einzutauchen, auszuwringen, zurückzurudern, nachzuregulieren, durchzuzählen,
aufzuhängen), clitics, elisions and contractions (donne-le-lui, emmène-les-y, prête-la-moi;
préstamela, súbemelo, arréglamelo, cómpraselas, pónmelo; riportatecelo, prestatemela,
scrivetecelo, ridammelo, passamelo; dir-lhe-ia, mostra-mos, devolve-lho, comprá-lo-ão),
names of people and places, and informal spellings (woulda, betcha, brekkie, arvo, sesh,
mebbe, highkey, sammie; cimer, sah; molón, cañero; knorke, dufte, ick, urst, schnieke,
siehste; sgravo; eita, mó, oxe, vacilão, cusco, desenrascar); and texts in languages the
detector does not judge (Gagauz, Crimean Tatar, Karakalpak, Swazi, Dholuo, Sundanese, Low
German, Nahuatl, none of them used by v9-v29), some with a glue in them, which must get no
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
        "Whyever the cox was shouting, the crew spun the boat clockwise and then counterclockwise, "
        "glancing sidelong at the riverbank while a puffball of mist drifted downwind over the backwater; "
        "nobody went headfirst into the water, and the story has been retold evermore.",
        "Cut the brioche lengthwise, stir a spoonful of honey into a cupful of warm milk, and pull your "
        "wristband over the cuff before you start kneading.",
        "My notes live in kakoune, feeds come through newsboat and freshrss, mail goes through aerc, "
        "bookmarks sit in linkding and tasks in taskwarrior; the homelab is reached over headscale, logins "
        "pass through authelia, and the desktop is hyprland with waybar on top.",
        "The logger calls record_stroke_rate, hands each sample to computeSplitPer500 and then to "
        "erg.session_store.flush_batch; config.sample_window_ms is read once in rowing/metrics_loop.py, "
        "and test_ignores_first_three_strokes covers the warm-up.",
        "The timetable is at https://rowing.example.org/2028/winter-squad#timetable and the results at "
        "https://results.example.net/regatta/spring-head/412; write to squad-captains@example.org or ping "
        "@cox_thaddeus. #rowing #headrace",
        "Thaddeus Wojciechowska sculled from Bideford to Lyme Regis with Fenella Cuthbert and Lysander "
        "Ottokar, then drove on to Whitby and Cromarty.",
        "Woulda come, betcha, but brekkie ran late. Sesh this arvo? Mebbe, I'm highkey knackered, grab us "
        "a sammie on the way.",
    ],
    "fr": [
        "Au rendez-vous, les pourparlers entre le gentilhomme et le marchand reprirent ; la porte "
        "entr'ouverte donnait sur un jardin clairsemé où grimpait le chèvrefeuille, et chacun paya sa "
        "quote-part du croque-monsieur et du millefeuille.",
        "Donne-le-lui ce soir, emmène-les-y demain matin et, s'il pleut, prête-la-moi : je te la rendrai "
        "au marchepied du car, près du foyer des sans-abri.",
        "Mes notes vivent dans kakoune, les flux arrivent par newsboat et freshrss, le courrier passe par "
        "aerc, les favoris dorment dans linkding et les tâches dans taskwarrior ; on rejoint le serveur par "
        "headscale, authelia garde les connexions, et le bureau tourne sous hyprland avec waybar.",
        "Le journal appelle enregistrer_cadence, passe chaque mesure à calculerTempsPar500 puis à "
        "aviron.stockage_seance.vider_lot ; config.fenetre_echantillon_ms est lu une fois dans "
        "aviron/boucle_mesures.py.",
        "Le programme est sur https://aviron.exemple.fr/2028/equipe-hiver#horaires et les résultats sur "
        "https://resultats.exemple.net/regate/printemps/412 ; écrivez à capitaines-aviron@exemple.fr ou à "
        "@barreuse_ysolde. #aviron #regate",
        "Bénédicte et Hortense partent de Pontarlier pour Morteau, puis Casimir les rejoint à Sisteron, "
        "avant de filer vers Lodève et Carcassonne chez Clémentine.",
        "Cimer pour hier, c'était sah. On se capte vers vingt heures, je ramène les chips.",
    ],
    "es": [
        "Entremedias de la mudanza, con ese entretiempo tan raro, nadie reparó en cada pormenor; solo en "
        "el malestar de la abuela, que pedía su manta a cada rato.",
        "Préstamela hasta el lunes, súbemelo al tercero cuando puedas, arréglamelo antes de la cena, "
        "cómpraselas en la tienda de la esquina y pónmelo encima de la mesa.",
        "Mis notas viven en kakoune, las noticias llegan por newsboat y freshrss, el correo pasa por aerc, "
        "los marcadores están en linkding y las tareas en taskwarrior; al servidor se entra por headscale, "
        "authelia controla el acceso y el escritorio es hyprland con waybar.",
        "El registro llama a guardar_ritmo_palada, pasa cada muestra a calcularParcial500 y luego a "
        "remo.almacen_sesion.vaciar_lote; config.ventana_muestra_ms se lee una vez en "
        "remo/bucle_medidas.py.",
        "El horario está en https://remo.ejemplo.es/2028/equipo-invierno#horario y los resultados en "
        "https://resultados.ejemplo.net/regata/primavera/412; escribid a capitanes-remo@ejemplo.es o a "
        "@timonel_evaristo. #remo #regata",
        "Evaristo e Inmaculada viajan de Consuegra a Teruel, y después Nazario Eusebio los lleva a "
        "Briviesca, a Laguardia y a Trujillo.",
        "Qué molón el concierto, tío, súper cañero. ¿Quedamos mañana o qué? Avísame, que estoy a tope.",
    ],
    "de": [
        "Letztendlich war es bestenfalls einigermaßen gelungen; schlimmstenfalls hätten sie rundheraus "
        "abgesagt, wie dazumal, als ungeachtet aller Warnungen einer mitsamt dem Skiff rücklings ins Wasser "
        "fiel und blindlings seitwärts paddelte.",
        "Die Rudervereinsbootshallenverwaltung, der Erdbebenfrühwarnsystembetreiber und die "
        "Opernhauskostümwerkstatt haben vor, morgen die Boote vom Steg abzustoßen, die Riemen einzutauchen, "
        "die nassen Tücher auszuwringen, rechtzeitig zurückzurudern, die Uhren nachzuregulieren, die "
        "Sitzplätze durchzuzählen und die Mäntel aufzuhängen.",
        "Meine Notizen liegen in kakoune, Nachrichten kommen über newsboat und freshrss, Mails über aerc, "
        "Lesezeichen in linkding und Aufgaben in taskwarrior; den Server erreiche ich über headscale, "
        "authelia prüft die Anmeldungen, und der Desktop ist hyprland mit waybar.",
        "Der Logger ruft record_stroke_rate auf, reicht jede Messung an computeSplitPer500 und dann an "
        "erg.session_store.flush_batch weiter; config.sample_window_ms wird einmal in "
        "rowing/metrics_loop.py gelesen.",
        "Der Trainingsplan steht unter https://rudern.beispiel.de/2028/wintergruppe#zeiten, die Ergebnisse "
        "unter https://ergebnisse.beispiel.net/regatta/fruehjahr/412; Fragen an "
        "mannschaftsfuehrung@beispiel.de oder an @steuerfrau_walburga. #rudern #regatta",
        "Zeitlebens war er weitaus ruhiger als sein Bruder, der allerorten nichtsahnend von seinen "
        "Abenteuern erzählte.",
        "Knorke, dufte, ick komm gleich! Urst schnieke siehste aus. Ottokar und Walburga aus Nördlingen "
        "bringen Siegmund aus Furtwangen mit.",
    ],
    "it": [
        "Pocanzi, in un battibecco sul lungomare, il fruttivendolo ha detto che a malapena vende "
        "l'acquavite, che nottetempo qualcuno gli ha svuotato la cassaforte e che il suo soprannome viene "
        "dai tempi della pallacanestro, quando coltivava il granturco.",
        "Riportatecelo domani, prestatemela per il fine settimana, scrivetecelo su un foglio, e poi "
        "ridammelo o passamelo quando hai finito.",
        "Le mie note stanno in kakoune, le notizie arrivano da newsboat e freshrss, la posta passa da aerc, "
        "i segnalibri sono in linkding e le attività in taskwarrior; al server si entra con headscale, "
        "authelia controlla gli accessi e il desktop è hyprland con waybar.",
        "Il registro chiama salva_cadenza_palate, passa ogni misura a calcolaTempoSu500 e poi a "
        "canottaggio.archivio_sessione.svuota_lotto; config.finestra_campioni_ms viene letto una volta in "
        "canottaggio/ciclo_misure.py.",
        "Il calendario è su https://canottaggio.esempio.it/2028/squadra-inverno#orari e i risultati su "
        "https://risultati.esempio.net/regata/primavera/412; scrivete a capitani-remo@esempio.it o a "
        "@timoniere_ubaldo. #canottaggio #regata",
        "Ubaldo e Filomena partono da Rovereto per Sondrio, poi Settimio li accompagna a Cividale e a "
        "Sulmona, da Ausilia.",
        "Sgravo proprio, ieri sera. Ci becchiamo dopo in piazza? Fammi sapere, zio.",
    ],
    "pt": [
        "De antemão sabíamos que o mal-entendido ia dar que falar: o cata-vento da torre andava num "
        "vai-e-vem constante, e as notícias de além-mar chegavam sempre tarde.",
        "Dir-lhe-ia a verdade se pudesse; mostra-mos amanhã, devolve-lho quando acabares, e eles "
        "comprá-lo-ão na feira de sábado.",
        "As minhas notas vivem no kakoune, as notícias chegam pelo newsboat e pelo freshrss, o correio passa "
        "pelo aerc, os marcadores estão no linkding e as tarefas no taskwarrior; ao servidor entra-se pelo "
        "headscale, o authelia controla os acessos e o ambiente de trabalho é o hyprland com o waybar.",
        "O registo chama guardar_cadencia_remada, passa cada medida a calcularParcial500 e depois a "
        "remo.arquivo_sessao.esvaziar_lote; config.janela_amostras_ms é lido uma vez em "
        "remo/ciclo_medidas.py.",
        "O horário está em https://remo.exemplo.pt/2028/equipa-inverno#horario e os resultados em "
        "https://resultados.exemplo.net/regata/primavera/412; escrevam para capitaes-remo@exemplo.pt ou "
        "mencionem @timoneira_albertina. #remo #regata",
        "A Albertina e o Amândio vieram de Lamego e de Mirandela, e a Leopoldina e a Ermelinda "
        "encontraram-se com eles em Estremoz.",
        "Eita, mó calor hoje, oxe! Não seja vacilão, vem logo. O teu primo é um cusco, mas sabe "
        "desenrascar-se.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "gag": ["Yazın bizim küüdä insannar baalarda çalışêrlar. Akşamnarı uşaklar sokakta oynêêrlar, büüklär "
            "dakapu önündä oturêrlar da lafederlär."],
    "crh": ["Qışta bizim evde soba yana, ve anam eraqşam çay pişire. Balalar soba yanında oturıp ananeniñ "
            "ertegini diñleyler."],
    "kaa": ["Jazda awılda kóp adamlar atızlarda isleydi. Keshte olar úygeqaytıp, shay ishedi hám "
            "gúrrińlesedi."],
    "ss": ["Ekuseni bantfwana bahamba bayofundza esikolweni. Make wabo upheka liphalishi ngaphambi "
           "kwekutsi bahambe."],
    "luo": ["Chieng' Ngeso ne wadhi e chiro mar Kisumu mondo wang'iew rech gialode. Ji mang'eny ne nitie "
            "kanyo."],
    "su": ["Isuk-isuk kénéh indung kuring geus indit ka pasar meuli sayur jeunglauk. Saatos mulih, anjeunna "
           "masak sangu kanggo sarapan."],
    "nds": ["Wenn dat Wedder good is, föhrt wi mit dat Rad na'n Diek un kiektde Scheep an. Achterna drinkt "
            "wi en Tass Tee bi Oma."],
    "nah": ["Cemihcac nonantzin quichihua tlaxcalli ihuanetl. In pipiltin tlacuah ica miac "
            "paquiliztli."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v30", QUOTA, HARD_NEGATIVES, "neg30")
    print(common.write_set(HERE, recs))
