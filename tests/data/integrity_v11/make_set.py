"""Build the v11 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v11/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v11: the sets before it are scored once at the end of their round and are tuning sets
from then on, like v3-v9.  This set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v10 by a
different hand, with topics taken only from travel, history, sport, music, health,
hardware/electronics and work life, so that the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why ears pop on a plane, debouncing a push button on an Arduino Uno with millis(), a
      violinist busking by a ferry ramp (literary), a first 10k in eight weeks ("Sure!"), the
      invention of the transistor at Bell Labs, a homemade sports drink, open-plan office
      versus working from home, an e-mail asking to attend an embedded systems conference;
  fr: muscle cramps while swimming, reading a DHT22 on a Raspberry Pi with adafruit_dht, an
      old cyclist waiting for the Tour in his village (literary), asking for a pay rise, a
      football warm-up ("Bien sûr !"), the Orient-Express, hiking cereal bars, vinyl versus
      streaming, a letter to HR asking to work part time;
  es: altitude sickness, measuring a battery with an ESP32 and analogReadMilliVolts, a
      flamenco guitarist in a patio at night (literary), the first week in a new job, three
      days in Asturias ("¡Claro!"), the Way of St James, a recovery smoothie, road versus
      trail running, an e-mail cancelling a gym membership;
  de: why muscles get sore (Muskelkater), i2cdetect on a Raspberry Pi, an organist alone in a
      church at night (literary), a first hut-to-hut tour in the Alps, a swimming plan
      ("Klar!"), the 1954 World Cup final in Bern, rice cakes for cycling, laptop versus
      desktop, a letter asking for educational leave, how a step counter counts steps, how
      noise-cancelling headphones work, why jet lag is worse flying east;
  it: why we sweat, dimming an LED with PWM on a Raspberry Pi Pico in MicroPython, a village
      band in a procession (literary), preparing a bicycle for a long tour, exercises for desk
      workers ("Certo!"), Marconi and the radio, a ginger infusion, smartwatch versus
      stopwatch for running, a complaint to a travel agency about a cancelled flight;
  pt: seasickness, an SSD1306 OLED screen on an Arduino Nano, a surfer at dawn (literary),
      starting the guitar as an adult, a strength workout at home ("Claro!"), the Lisbon
      trams, porridge before a long walk, train versus car in Portugal, an e-mail to a boss
      asking for three weeks' holiday.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (notwithstanding, insofar, whereupon, thereafter, henceforth, wherewithal,
oftentimes, nevertheless, somewhat, anyhow, albeit, therein; dorénavant, quiconque,
néanmoins, autrefois, quoique, pourtant, sitôt, c'est-à-dire, vis-à-vis; anoche, entretanto,
tocadiscos, sacacorchos, dondequiera, rompecabezas, paraguas, portaequipajes, cumpleaños,
enhorabuena, sinvergüenza, contrarreloj, guardabarros, cortafuegos, altavoz, mediodía;
infolgedessen, stattdessen, unterdessen, obendrein, dennoch, immerhin, zwischendurch,
geradewegs, hierzulande, jedenfalls; perciò, affinché, eppure, benché, purché, semmai,
dopotutto, tuttora, oppure, anzitutto; todavia, contudo, conquanto, aliás, sobretudo,
depressa, devagar, quiçá, afinal, nomeadamente, sequer), tool and brand names in lower case
in prose (kicad, platformio, sigrok, pulseview, esphome, openscad, strava, komoot, musescore,
audacity), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
anzumelden, mitzunehmen, umzusteigen, einzuplanen), clitics, elisions and contractions
(rends-les-nous, dis-le-lui, va-t'en; pásamelo, explícaselo, cómpratelas; mandaglielo,
dimmelo, fammelo, portatecele; dir-lho-ei, vende-lha, mandar-vos-emos, daquele, doutra,
nisso), names of people and places, and informal spellings (bruh, ngl, y'all, tmrw, imma,
finna, smh; tkt, stylé, kiffé, chelou, relou, jsp, stp; tío, mogollón, guay, xfa, tb, npi;
Alter, krass, weißte, haste, digga; bella zio, figo, ke, sbatti, tvb; ya, cena, curti, gajo,
bazou, sff); and texts in languages the detector does not judge (Catalan, Romanian,
Indonesian, Polish, Irish, Luxembourgish, Esperanto, Vietnamese), some with a glue in them,
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
        "The contract stands, notwithstanding the delay; insofar as the parts arrive by Friday, the client "
        "will pay, whereupon we ship, and thereafter the warranty runs for a year. Henceforth we lack neither "
        "the wherewithal nor the patience.",
        "Oftentimes the crew worked overnight, and nevertheless the stage was somewhat unfinished; anyhow, the "
        "show went ahead, albeit late, and whatever went wrong therein was fixed the next morning.",
        "I draw the schematics in kicad, flash the boards through platformio, capture the bus with sigrok and "
        "read the traces in pulseview; the sensors at home run esphome, the case comes out of openscad, and "
        "my rides end up on strava and komoot.",
        "The firmware calls read_battery_millivolts, passes the value to updateChargeState and then to "
        "power.manager.schedule_sleep; config.adc_sample_count is read once in drivers/fuel_gauge.c, "
        "isUsbConnected stays false on battery, and test_brownout_recovery covers the odd case.",
        "The pinout is at https://wiki.example.org/boards/rev-c/pinout#power-header and the errata at "
        "https://hw.example.io/sensor-node/-/issues/87; send questions to hardware-team@example.org or ping "
        "@solder_fatima on the forum. #embedded #lowpower #makers",
        "Siobhán Ní Bhriain and Kwabena Owusu-Ansah took the night train from Thessaloniki to Ljubljana with "
        "Zbigniew Wróblewski, then cycled on to Bohinjska Bistrica and Kranjska Gora.",
        "Bruh, that gig was lit, ngl. Y'all coming to rehearsal tmrw? Imma bring snacks, we finna jam till "
        "late, fr. Smh, the drummer's late again, lol.",
    ],
    "fr": [
        "Dorénavant, quiconque arrive en retard attendra dehors ; néanmoins, autrefois, quand le car partait "
        "plus tôt, personne ne s'en plaignait, quoique le chauffeur fût sévère. Pourtant, sitôt le match fini, "
        "tout le monde se réconciliait, c'est-à-dire qu'on oubliait tout, même vis-à-vis de l'arbitre.",
        "Je dessine les schémas dans kicad, je programme les cartes avec platformio, j'espionne le bus avec "
        "sigrok et je lis les signaux dans pulseview ; à la maison, les capteurs tournent sous esphome, et "
        "j'écris mes partitions dans musescore.",
        "Le micrologiciel appelle lire_tension_batterie, passe la valeur à majEtatCharge puis à "
        "alimentation.gestionnaire.planifier_veille ; config.nb_echantillons_adc est lu une fois dans "
        "pilotes/jauge_batterie.c.",
        "Le brochage est sur https://wiki.exemple.fr/cartes/rev-c/brochage#alimentation ; les questions vont à "
        "equipe-materiel@exemple.fr ou à @soudure_anais. #electronique #faitmaison",
        "Rends-les-nous demain, dis-le-lui gentiment et va-t'en avant la pluie : Anaïs et Loïc partent de "
        "Châlons-en-Champagne pour Villefranche-sur-Saône, puis pour Saint-Jean-de-Luz chez Ghislaine.",
        "Tkt, c'était trop stylé, j'ai kiffé ! Le batteur est un peu chelou mais pas relou, jsp pourquoi il "
        "part si tôt. Stp, envoie les photos.",
    ],
    "es": [
        "Anoche, entretanto, el tocadiscos del salón sonaba mientras buscábamos el sacacorchos; dondequiera "
        "que mirásemos había un rompecabezas a medio hacer, un paraguas mojado y el portaequipajes lleno de "
        "regalos de cumpleaños. ¡Enhorabuena, sinvergüenza!",
        "En la contrarreloj el corredor perdió el guardabarros a mediodía, y el cortafuegos del portátil del "
        "equipo bloqueó el altavoz justo cuando iban a dar los tiempos.",
        "Dibujo los esquemas en kicad, programo las placas con platformio, capturo el bus con sigrok y miro "
        "las señales en pulseview; en casa, los sensores usan esphome y grabo los ensayos con audacity.",
        "El firmware llama a leer_tension_bateria, pasa el valor a actualizarEstadoCarga y luego a "
        "energia.gestor.programar_reposo; config.muestras_adc se lee una vez en "
        "controladores/medidor_bateria.c.",
        "El esquema de pines está en https://wiki.ejemplo.es/placas/rev-c/pines#alimentacion; las dudas, a "
        "equipo-hardware@ejemplo.es o a @soldadora_nerea. #electronica #hazlotumismo",
        "Pásamelo luego, explícaselo a Nerea y cómpratelas si te gustan: Ainhoa y Xabier viajan de "
        "Vilagarcía de Arousa a Alcalá de Henares, y después Maite Etxeberria los lleva a Sotogrande.",
        "Tío, el concierto fue mogollón de guay, en serio. Xfa, pásame las fotos, tb las del bus. Npi de a qué "
        "hora volvemos.",
    ],
    "de": [
        "Infolgedessen fuhren wir stattdessen mit dem Rad; unterdessen regnete es, obendrein war die Brücke "
        "gesperrt, und dennoch kamen wir immerhin pünktlich an, weil wir zwischendurch geradewegs über die "
        "Felder fuhren. Hierzulande ist das jedenfalls nichts Besonderes.",
        "Die Fußballweltmeisterschaftsqualifikationsspielübertragung, der Mehrzweckhallenbelegungsplan und "
        "die Hochgeschwindigkeitszugverbindung machen es schwer, sich rechtzeitig anzumelden, alles "
        "mitzunehmen, in Fulda umzusteigen und genug Pausen einzuplanen.",
        "Ich zeichne die Schaltpläne in kicad, flashe die Platinen mit platformio, schneide den Bus mit sigrok "
        "mit und lese die Signale in pulseview; zu Hause laufen die Sensoren mit esphome, und das Gehäuse "
        "entsteht in openscad.",
        "Die Firmware ruft lies_akkuspannung auf, reicht den Wert an aktualisiereLadezustand und dann an "
        "energie.verwaltung.plane_ruhezustand weiter; konfig.adc_abtastungen wird einmal in "
        "treiber/akku_anzeige.c gelesen.",
        "Die Pinbelegung steht unter https://wiki.beispiel.de/platinen/rev-c/pinbelegung#versorgung, Fragen "
        "bitte an hardware-team@beispiel.de oder an @loetkolben_lena. #elektronik #selbstgebaut",
        "Alter, das Konzert war voll krass, weißte? Haste die Fotos? Lena und Malte aus Castrop-Rauxel kommen "
        "mit Hannelore aus Bad Münstereifel, digga.",
    ],
    "it": [
        "Perciò, affinché nessuno si perda, partiremo insieme; eppure, benché il pullman sia grande, ci sarà "
        "posto purché arriviate in orario. Semmai, dopotutto, tuttora nessuno sa se il concerto si terrà "
        "all'aperto oppure al chiuso, anzitutto per via della pioggia.",
        "Mandaglielo stasera, dimmelo appena arriva e fammelo vedere prima di spedirlo: le corde nuove, invece, "
        "compratevele voi e portatecele domani.",
        "Disegno gli schemi in kicad, programmo le schede con platformio, catturo il bus con sigrok e guardo "
        "i segnali in pulseview; a casa i sensori girano con esphome e le uscite in bici finiscono su strava.",
        "Il firmware chiama leggi_tensione_batteria, passa il valore ad aggiornaStatoCarica e poi a "
        "energia.gestore.pianifica_riposo; config.campioni_adc viene letto una volta in "
        "driver/misuratore_batteria.c.",
        "La piedinatura è su https://wiki.esempio.it/schede/rev-c/piedinatura#alimentazione; le domande a "
        "squadra-hardware@esempio.it oppure a @saldatore_ludovica. #elettronica #faidate",
        "Bella zio, il concerto è stato troppo figo, ke sbatti però il ritorno! Tvb, ci vediamo da Ludovica e "
        "Gianmarco a Castelfranco Emilia, poi tutti a Porto Sant'Elpidio.",
    ],
    "pt": [
        "Todavia, contudo, conquanto ninguém o dissesse, aliás já se sabia: a equipa treinava sobretudo de "
        "manhã, ora depressa, ora devagar, e quiçá afinal o treinador tivesse razão, porque queria, "
        "nomeadamente, ganhar o campeonato. Ninguém sequer se queixou.",
        "Dir-lho-ei amanhã; vende-lha se quiseres, mas daquele preço não desças. Num dia qualquer "
        "mandar-vos-emos a encomenda doutra loja, e nisso fica tudo resolvido.",
        "Desenho os esquemas no kicad, programo as placas com o platformio, capturo o barramento com o sigrok "
        "e vejo os sinais no pulseview; em casa, os sensores correm o esphome e as voltas de bicicleta vão "
        "para o komoot.",
        "O firmware chama ler_tensao_bateria, passa o valor a atualizarEstadoCarga e depois a "
        "energia.gestor.agendar_repouso; config.amostras_adc é lido uma vez em "
        "controladores/medidor_bateria.c.",
        "A pinagem está em https://wiki.exemplo.pt/placas/rev-c/pinagem#alimentacao; as dúvidas vão para "
        "equipa-hardware@exemplo.pt, ou mencione @soldador_goncalo. #eletronica #facavocemesmo",
        "Ya, a cena ontem foi brutal, curti imenso! O gajo da bateria bazou cedo, sff manda as fotos. O "
        "Gonçalo e a Leonor vieram de Vila Nova de Famalicão e a Matilde de Oliveira de Azeméis.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ca": ["A l'estiu, molta gent puja al Montseny per fugir de la calor de la ciutat. Al vespre tornen "
           "cansats però contents, i sopen a la terrassa ambels amics fins ben tard."],
    "ro": ["Iarna, mulți oameni merg la schi în Poiana Brașov la sfârșit de săptămână. Seara se întorc la "
           "cabană și beau unceai fierbinte lângă sobă."],
    "id": ["Pada akhir pekan, banyak warga Jakarta pergi ke Puncak untuk menghirup udara segar. Mereka "
           "biasanya berhenti di warung pinggir jalan untuk minum teh dan makan jagung bakar."],
    "pl": ["W sobotę rano cała drużyna spotkała się na boisku za szkołą. Trener przyniósł nowe piłki i "
           "powiedział, żebywszyscy najpierw porządnie się rozgrzali."],
    "ga": ["Bíonn an trá lán de dhaoine sa samhradh, agus téann na páistí ag snámh san fharraige gach lá. "
           "Tar éis an tae, siúlaimid abhaile cois na habhann."],
    "lb": ["Am Summer fuere vill Leit mam Vëlo laanscht d'Musel. Owes sëtze se dann op enger Terrass a "
           "drénken e Patt Wäin mat hire Frënn."],
    "eo": ["En la somero ni ofte iras al la montoj kaj promenas dum la tuta tago. Vespere ni kantas kunla "
           "amikoj apud la fajro kaj rigardas la stelojn."],
    "vi": ["Vào mùa hè, nhiều gia đình đi biển Nha Trang để nghỉ ngơi. Buổi tối, họ đi dạo trên bãi cát "
           "và ăn hải sản tươi ở chợ đêm."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v11", QUOTA, HARD_NEGATIVES, "neg11")
    print(common.write_set(HERE, recs))
