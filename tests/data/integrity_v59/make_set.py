"""Build the v59 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v59/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v59: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
mountain huts, wool dyeing, ferry crossings, beach cleanups, puppet theatre and meteor showers.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a meteor shower seems to come from one point (the radiant), counting meteors in a
      night of video with OpenCV (`cv2.absdiff`, `cv2.findContours`, Visual Studio Code), a
      dyer lifting a skein from the indigo vat (literary), a beach cleanup with a school class,
      taking a bicycle on the Ullapool-Stornoway ferry ("Sure!"), the Leonid storm of 1833 and
      Denison Olmsted, a city park versus a dark site for a meteor shower, an e-mail to a hut
      warden shrinking a group booking;
  fr: why the Geminids come from an asteroid (Phaethon), a night time-lapse with `ffmpeg`
      (Darktable), a seamstress mending marionette costumes in Charleville (literary), dyeing
      wool with onion skins, a beach cleanup in Brittany after a storm ("Bien sûr !"), Laurent
      Mourguet and the birth of Guignol, croûte au fromage as served in mountain huts, a
      staffed hut versus an unstaffed cabin, a letter signing up for a plant-dyeing workshop;
  es: why litter gathers on some beaches and not others, totals of a beach cleanup in Google
      Sheets (`QUERY`, `SUMIFS`), a lorry driver on the dawn ferry from Algeciras (literary),
      dyeing wool with cochineal, the rules of a staffed Pyrenean refuge ("¡Claro!"), Lorca's
      puppet show of January 1923 with Falla, migas de pastor, binoculars versus the naked eye
      for a meteor shower, an e-mail to the mayor asking for help with a beach cleanup;
  de: why indigo turns blue only in the air, free beds of a mountain hut with FastAPI
      (`pydantic`, `uvicorn`), an old man clearing a Baltic beach in January (literary),
      dyeing wool with madder root, watching the Geminids ("Klar!"), Max Jacob and the
      Hohnstein Kasper, Tyrolean cheese dumplings, dormitory versus room in a hut, a letter to
      a ferry company about a dog on the crossing to Borkum, computing a zenithal hourly rate,
      how a string marionette's control works, why huts have so little hot water;
  it: why meteors have different colours, a nightly summary of hut bookings with Apps Script
      (`SpreadsheetApp`, `MailApp.sendEmail`), two old people clearing a Ligurian beach after a
      storm surge (literary), dyeing wool with woad, taking a car on the Piombino-Elba ferry
      ("Certo!"), the Sicilian opera dei pupi, polenta taragna, machine raking versus hand
      picking on beaches, a letter to the mayor asking to switch off street lights on the night
      of San Lorenzo;
  pt: the Eta Aquariids and Halley's comet, a Leaflet map of beach-cleanup points
      (`L.marker`, `bindPopup`, `L.circleMarker`), a child watching shooting stars with his
      grandfather on a threshing floor (literary), dyeing wool with green walnut hulls, the
      boat from Peniche to the Berlengas ("Claro!"), the Tagus ferries before and after the
      1966 bridge, chickpea and spinach soup for a thermos in the hills, natural versus
      synthetic dyes, a letter inviting a puppet company to a school party.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly rarer words and topic words (whilom, skylight, gangway, dyepot,
woodsmoke, bunkroom, oilskin, bedroll, afterglow, fireball, earthbound, moonless, shipboard,
handspun, homespun, overdyed, showboat, footlights, forecastle, starboard, lifejacket,
campfire, firelight, meteoroid; piéça, malheureusement, castelet, vide-poche, tourne-disque,
bâbord, tribord, débarcadère, goélette, vaguelette, mordançage, teinturerie, écheveau,
garance, pardessus, vraisemblablement, grand-voile, hors-piste; trasatlántico, atardecer,
titiritero, marioneta, retablo, buscavidas; vollends, ebenderselbe; retroscena, lungolago,
mordenzatura, tintoria, tintore; tinturaria, meada, anil, fantocheiro, titereiro,
desembarcadouro, cacilheiro, estrela-do-mar, picapau), tool and brand names in lower case in
prose (kanidm, lldap, sqlpage, seaweedfs, juicefs, openobserve; readeck, karakeep, siyuan,
rqlite, turso, mailpit; gotosocial, changedetection, healthchecks, baikal, stalwart, maddy;
zitadel, dokploy, caprover, beszel, dashy, technitium; blocky, coredns, zabbix, checkmk,
librenms, mimir; victoriametrics, dockge, pangolin, komodo, gradio, fnm), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Meteorstrombeobachtungsnacht, Strandreinigungsaktionstag,
Pflanzenfärbereiwerkstatt, Marionettentheaterfestspiele) and particle verbs with zu inside
(einzufärben, hinüberzufahren, vorbeizuschauen, anzuschwemmen), clitics and elisions
(súbeselo, quítaselas, átaselo, bájamelo, cuélgalo; riportamela, fagliela, accompagnatelo;
lança-o, pediu-ma, mandei-lha), names of people and places, and informal spellings and slang
(skedaddle, hunky-dory, shambles; dèche, flotte, roupiller, caillasse, tchatcher; rayada,
majete, mñn; schnafte, schnorren, pennen, malochen; svaccarsi, cannare; bazamos, granda,
chavalada, tasca, bica); and texts in languages the detector does not judge (Zazaki, Laz,
Karaim, Ludian, Talysh, Ume Sami, Istro-Romanian, Arbëresh), some with a glue in them, which
must get no word finding at all.
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
        "Whilom a fisherman, the warden now keeps the bunkroom tidy, hangs the oilskin by the skylight and "
        "rolls out a bedroll for latecomers, while woodsmoke drifts from the campfire and the firelight "
        "catches the dyepot of handspun, overdyed and homespun yarn on the shelf.",
        "On the moonless night a fireball crossed the sky in a long afterglow; from the gangway and the "
        "forecastle the shipboard crowd, each in a lifejacket, looked to starboard, and nobody earthbound had "
        "ever seen a meteoroid like it, not even from the footlights of the old showboat.",
        "Our login runs on kanidm with lldap as a fallback, the reports are served by sqlpage, the files sit "
        "in seaweedfs and juicefs, and openobserve keeps the logs of the whole cluster.",
        "The job calls load_tide_table, passes each row to estimateLowWaterWindow and then to "
        "cleanup.routes.assign_volunteer_groups; config.max_bags_per_team is read once in "
        "jobs/beach_sweep.py, and test_ignores_night_tides covers the edge case.",
        "Sign-up is at https://cleanups.example.org/2028/spring-sweep?beach=porthcurnick#kit and questions go "
        "to sweep-crew@example.org or @tideline_ffion. #beachclean #meteorwatch",
        "Ffion Trevithick and Oisín Mac Giolla Phádraig sailed from Lochboisdale to Castlebay with Kasimir "
        "Wojtaszek, and it was all hunky-dory till the dinghy was a shambles, so they had to skedaddle.",
    ],
    "fr": [
        "Malheureusement, il y a piéça que le castelet dort au grenier, entre un vide-poche et un vieux "
        "tourne-disque ; vraisemblablement, la goélette peinte sur le rideau ne reverra jamais de public.",
        "Sur la goélette, on passa de bâbord à tribord pour voir le débarcadère ; la vaguelette battait la "
        "coque, la grand-voile faseyait et chacun serrait son pardessus en rêvant déjà du hors-piste de "
        "l'hiver.",
        "Dans la teinturerie, le mordançage se fait la veille : chaque écheveau passe ensuite dans la garance, "
        "puis on note tout dans readeck ou karakeep, et l'inventaire vit dans siyuan.",
        "Le service appelle charger_horaires_bac, passe chaque traversée à calculerRetardPrevu puis à "
        "bac.notifications.envoyer_alerte ; reglages.marge_embarquement_min est lu dans "
        "services/horaires_bac.py, les données sont dans rqlite ou turso, et les courriels de test passent "
        "par mailpit.",
        "Inscriptions sur https://nuit-etoiles.exemple.fr/2028/perseides?site=plateau#materiel, questions à "
        "veillee-ciel@exemple.fr ou à @ciel_noir_aurelien. #nuitdesetoiles #ramassage",
        "Aurélien Quéméneur et Soizic Le Bihan partent de Lanildut pour Molène, puis pour Ouessant ; c'est la "
        "dèche, il tombe de la flotte, on va roupiller sur la caillasse et tchatcher jusqu'au matin.",
    ],
    "es": [
        "Al atardecer, el titiritero sacó del trasatlántico un viejo retablo y una marioneta de madera; era "
        "un buscavidas, pero nadie manejaba los hilos como él.",
        "Súbeselo a la guarda del refugio, quítaselas a los críos antes de entrar, átaselo bien a la mochila, "
        "bájamelo cuando acabes y cuélgalo en el perchero de la entrada.",
        "En la asociación publicamos todo con gotosocial, vigilamos la web del puerto con changedetection y "
        "healthchecks, y el calendario de limpiezas vive en baikal; el correo lo llevan stalwart y maddy.",
        "El proceso llama a cargar_mareas_semana, pasa cada día a calcularVentanaBajamar y luego a "
        "limpieza.rutas.asignar_grupos; ajustes.max_bolsas_por_equipo se lee una vez en "
        "tareas/recogida_playa.py.",
        "Inscripciones en https://limpiezas.ejemplo.es/2028/primavera?playa=bolonia#material; las dudas, a "
        "equipo-playa@ejemplo.es o a @mareas_ainhoa. #limpiezadeplayas #lluviadeestrellas",
        "Ainhoa Etxeberria y Yeray Cabrera van de Agaete a Santa Cruz con Nayra; tía, qué rayada lo del "
        "ferry, menos mal que el patrón es un majete. Nos vemos mñn.",
    ],
    "de": [
        "Der Regen ließ vollends nach, und ebenderselbe Fährmann, der uns morgens übergesetzt hatte, wartete "
        "abends am Steg, als hätte er nie etwas anderes getan.",
        "Für die Meteorstrombeobachtungsnacht, den Strandreinigungsaktionstag, die Pflanzenfärbereiwerkstatt "
        "und die Marionettentheaterfestspiele haben wir vor, die Wolle einzufärben, mit der Fähre "
        "hinüberzufahren und bei der Hüttenwirtin vorbeizuschauen, bevor die Flut neuen Müll anzuschwemmen "
        "beginnt.",
        "Die Anmeldung läuft über zitadel, die Dienste werden mit dokploy oder caprover ausgerollt, beszel "
        "überwacht die Server, dashy zeigt alles auf einer Seite, und technitium beantwortet die "
        "DNS-Anfragen der Hütte.",
        "Der Dienst ruft lade_belegung_woche auf, reicht jede Nacht an berechneFreieLager und dann an "
        "huette.buchung.sende_bestaetigung weiter; einstellungen.max_personen_pro_zimmer wird einmal in "
        "dienste/belegung_pruefen.py gelesen.",
        "Die Termine stehen unter https://sternwarte.beispiel.de/2028/geminiden?ort=hochmoor#ausruestung, "
        "Fragen bitte an nachtgruppe@beispiel.de oder an @sternwarte_wiebke. #geminiden #strandputz",
        "Wiebke Oltmanns und Hauke Brodersen aus Dagebüll fahren mit Swantje nach Wyk auf Föhr; die wollen "
        "erst pennen, dann schnorren, und malochen is nich, war trotzdem schnafte.",
    ],
    "it": [
        "Nella tintoria del lungolago, il vecchio tintore spiegava la mordenzatura della lana, mentre nel "
        "retroscena del teatrino i burattini aspettavano lo spettacolo della sera.",
        "Marco, riportamela domani, la marionetta col mantello rosso, e fagliela vedere al direttore; "
        "ragazzi, poi accompagnatelo voi al traghetto, che parte alle sei.",
        "Nel rifugio usiamo blocky e coredns per i nomi, zabbix e checkmk per controllare i pannelli solari, "
        "librenms per la rete e mimir per tenere le metriche di tutta la stagione.",
        "Il servizio chiama carica_prenotazioni_notte, passa ogni letto a calcolaPostiLiberi e poi a "
        "rifugio.avvisi.invia_riepilogo; impostazioni.orario_invio_sera viene letto una volta in "
        "servizi/riepilogo_rifugio.py.",
        "Le iscrizioni sono su https://stellecadenti.esempio.it/2028/san-lorenzo?prato=chiesa#orari; le "
        "domande a gruppo-astrofili@esempio.it oppure a @cielo_buio_nives. #sanlorenzo #spiaggepulite",
        "Nives Zanolla e Ettore Bassignana vanno da Piombino a Cavo con Loredana; oggi zero voglia: il "
        "piano è svaccarsi sulla spiaggia, e stavolta non cannare l'orario del traghetto.",
    ],
    "pt": [
        "Na tinturaria, cada meada passava pelo anil até ficar da cor do mar; lá fora, o fantocheiro e um "
        "titereiro espanhol viam o cacilheiro chegar ao desembarcadouro.",
        "O miúdo desenhou uma estrela-do-mar e um picapau no caderno; lança-o ao teu irmão; quanto à fotografia, "
        "a tua mãe pediu-ma e eu mandei-lha ontem.",
        "As métricas da associação vão para o victoriametrics, os contentores gerem-se no dockge, o acesso "
        "de fora passa pelo pangolin, o komodo faz as implantações, o gradio mostra o classificador de lixo "
        "e o fnm trata das versões do Node.",
        "O serviço chama carregar_mares_semana, passa cada dia a calcularJanelaBaixaMar e depois a "
        "limpeza.rotas.atribuir_grupos; definicoes.max_sacos_por_equipa é lido uma vez em "
        "tarefas/recolha_praia.py.",
        "As inscrições estão em https://limpezas.exemplo.pt/2028/primavera?praia=cresmina#material; as "
        "dúvidas vão para equipa-praia@exemplo.pt, ou mencione @mares_iolanda. #limpezadepraias #berlengas",
        "A Iolanda e o Gervásio vieram de Vila Nova de Milfontes com a Deolinda; ganda festa, granda "
        "chavalada, bazamos da tasca depois da bica.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "zza": ["Amnanî ma şinê zozanan; uca hewa serin a û şewe asmên pirr estareyî yo. Dadiya mi her roj "
            "şit dotena û penîr virazenaû ma rê nan pewjena."],
    "lzz": ["Ma Arkabişe vore. Ğoma zuğaşa bigzalit do ǩayiǩi-te zuğa gamibgzit, mtutepe mtiŋuşi "
            "dolomxtes doviǩitit."],
    "kdr": ["Jazda biź Trochkinin kioliu kyryjyna baramyz, anda kiczi kajyklar suv üstiunia juzadlar. "
            "Kieczia biź kyjasta olturupbiź jułdyzłarha karajbyz."],
    "lud": ["Kezal meiden kyläs kaikile ruadod on äjä. Mužikad ladjatah veneht i akad keitetah kalakeitot "
            "randal, a lapsed kerätah kivid vedenrandaspäi."],
    "tly": ["Ami havoyo şimə çəmə dıvonədə bıvinde. Tolışon bə ğışlağı şeyədə paz-pəzon bə bandi "
            "bardeydəşin."],
    "sju": ["Giesen mijjá vuolgijme várráj, ja dåppe vuojnnijme sáme gávtij. Iehkeden lij nåv tjáppe "
            "ahte mijjá tjåhkkåhijme dålen baldeduvva guhkás ijjáj."],
    "ruo": ["Ân Šušnjevica jel je muntele ǩiråt de nor, ši noi ren ânsus pre cårare. Mie plåće câd "
            "se âmblå pre obale ši se vede måre ândulcolo."],
    "aae": ["Vera vjen e ne vemi te deti bashkë me fëmijët. Mbrëmanet rrimë te sheshi i katundit e "
            "flasmë arbërishtme gjithë të moçmit."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v59", QUOTA, HARD_NEGATIVES, "neg59")
    print(common.write_set(HERE, recs))
