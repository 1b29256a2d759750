"""Build the v46 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v46/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v46: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written without looking at the detector (its rules, its word
lists, its tests or its results) and without running it on these texts, and it is committed
before the next round of detector changes and scored once, at the end of that round.  Rules,
labels and corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell
decides every label), with v9's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn
mainly from kelp forests, pencil making, goat cheese farms, bobsleigh, composting toilets and
shadow puppetry in Indonesia, written in the registers of LLM answers (an explanation, a
technical answer with code spans and a product name, a literary paragraph, step-by-step
advice, a "Sure! Here's..." reply, a historical summary, a recipe, an opinion, a letter or
e-mail); eight in English, nine in French, Spanish, Italian and Portuguese, twelve in German
(no glue of two content words there):
  en: why giant kelp grows so fast, logging a compost chamber's temperature on a Raspberry Pi
      Pico (MicroPython, `sensor.read_temp`), a dalang at a village shadow play in Java
      (literary), sharpening a drawing pencil with a craft knife, a day at a goat cheese farm
      with small children ("Sure! Here's..."), Borrowdale graphite and Conté's leads, warm
      goat cheese salad, an e-mail to a bobsleigh club about a taster session;
  fr: sea urchins and urchin barrens in kelp forests, a carbon-to-nitrogen ratio for compost
      in Python (JupyterLab, `rapport_cn`), a worker in a pencil factory at closing time
      (literary), installing dry toilets in a chalet, five French goat cheeses ("Bien
      sûr !"), the birth of bobsleigh at Saint-Moritz, courgette and goat cheese tart, wooden
      pencil versus mechanical pencil, a letter inviting a wayang kulit troupe to a festival;
  es: why a bobsleigh goes so fast, average milk yield per goat in SQLite (DB Browser for
      SQLite, `GROUP BY`), a girl behind the wayang screen in Yogyakarta (literary), looking
      after a composting toilet, uses for pencil stubs ("¡Claro!"), the Scottish kelp-ash
      industry, griddled goat cheese with tomato jam, graphite versus charcoal for beginners,
      an e-mail from a restaurant to a goat cheese maker;
  de: sea otters, sea urchins and kelp forests, bobsleigh run times in pandas (Jupyter,
      `groupby`), an apprentice punching a leather shadow puppet (literary), preparing a
      guest bobsleigh ride, choosing a composting toilet for an allotment ("Klar!"), Kaspar
      and Lothar von Faber, goat cheese wrapped in bacon, chemical versus dry toilet for
      camping, a teacher's letter to a goat farm about a class visit, ranking a four-run
      bobsleigh race (an algorithm), how a pencil lead is made and put in the wood, why a
      shadow puppet's shadow blurs when it moves away from the screen;
  it: how kelp holds on to the rocks in a storm, animating a shadow puppet on a canvas in
      JavaScript (CodePen, `requestAnimationFrame`), a woman making cheese in an alpine hut
      at dusk (literary), starting to draw in pencil, a first guest bobsleigh descent
      ("Certo!"), the Cortina bobsleigh track and Eugenio Monti, crostini with goat cheese
      and figs, composting toilet versus septic tank in a mountain refuge, a letter to the
      town council about an Indonesian shadow play in the square;
  pt: kelp forests and carbon, an Arduino Uno fan controller for a composting toilet
      (`analogRead`, `digitalWrite`), a girl and a new box of coloured pencils (literary),
      making shadow puppets at home, the rules of bobsleigh for a viewer ("Claro!"), the
      history of wayang kulit, goat cheese toasts with pumpkin jam, pencil versus pen for
      taking notes, a letter to a cheese dairy about a cheese-making workshop.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, many of them topic words (holdfast, rockweed, seabed, underwater, sunlit,
driftwood, goatherd, kelpie, oilcloth, cedarwood, cheesemonger, curds, bobsledder, woodcut,
leadless, outhouse, lavatory; dorénavant, autrui, aucunement, mainmise, desquels, chevrier,
fromagerie, vermoulu, gagne-pain, goémon, varech, marionnettiste, quasi, presto,
casse-noisette, entremets, paravent, justaucorps, bonbon, portemine, presse-citron,
porcelaine, contrefaçon, avant-garde; entretelas, sobresalto, espantasuegras, aguamanil,
sobrecama, pasamano, tornavoz, contrapié, bocamina, carilargo, patidifuso, hispanohablante,
cabrero, quesería, cuajada, laminaria, zarandajas; unterwegs, zunächst, zuletzt, zeitweilig,
allseits, einerseits, meinerseits, ihresgleichen, davor, dagegen, hieran, woran, worauf,
woraus, wovon, wozu, derart, einstmals, immerfort, insgeheim, letztlich, nimmermehr;
nondimanco, dabbasso, costaggiù, sopravvento, oggigiorno, tuttodì, capobanda, sottomarino,
soprabito, sopracciglio, palcoscenico, bassorilievo, altopiano, caprino, caseificio,
formaggella, temperamatite, portamine, marionettista, burattinaio, rizoide, slittino;
guardanapo, maltrapilho, sobrancelha, sobreloja, entardecer, anoitecer, bel-prazer,
lapiseira, apara-lápis, cabreiro, queijaria, sargaço, marionetista), tool and brand names in
lower case in prose (qtile, xmonad, neomutt, calcurse, ncmpcpp, fluidd; bspwm, sxhkd, dmenu,
nnn, vifm, nvtop; openbox, tcpdump, tshark, nmap, iftop, nethogs; herbstluftwm, mtr, socat,
zypper, xbps, masscan; fluxbox, icewm, lxqt, bmon, pkgsrc, opkg; dwm, slock, hoppscotch,
mitmproxy, macports, paru), code identifiers in snake_case and camelCase and dotted names,
URLs, e-mail addresses, hashtags and @handles, German long compounds and particle verbs (with
zu inside: anzuschieben, auszuschneiden, einzustreuen, herunterzufahren, abzuschneiden),
clitics and elisions (offre-la-nous, emmène-nous-y; échaselas, entrégueselo, cómpramela;
raccontamelo, spediscigliele, prendiamocela; dê-lho, mandei-lhas, vê-lo-emos, dar-lho-ei),
names of people and places, and informal spellings and slang (nah, proper, heaps, cos, youse,
coz, bezzie, chockers, grom; crari, ienb, tmtc; hostia, chiquillo, profe, tuani; kriegste,
heftig, griaß; belìn, bestia, aò; abç, obgd, dps); and texts in languages the detector does
not judge (Tonga of Zambia, Yao, Sena, Tshiluba, Umbundu, Kimbundu, Ovambo (Oshindonga),
Shimaore), some with a glue in them, which must get no word finding at all.
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
        "Sunlit from above, the holdfast gripped the seabed while rockweed swayed underwater around it; up on "
        "the beach the goatherd stacked driftwood beside the outhouse, and his kelpie slept on an oilcloth that "
        "smelled faintly of cedarwood.",
        "The cheesemonger sold her last curds to a bobsledder from the valley, who paid for them with a woodcut "
        "of the harbour and a tin of leadless paint, and then asked where the nearest lavatory was.",
        "My desktop runs qtile, though the old laptop still boots into xmonad; mail is read in neomutt, the "
        "calendar lives in calcurse, music plays through ncmpcpp, and the printer in the garage is driven by "
        "fluidd.",
        "The sensor loop calls read_chamber_humidity every ten minutes, passes the value to computeFanDutyCycle "
        "and logs it through compost.telemetry.push_sample; config.max_vent_seconds lives in "
        "firmware/vent_controller.py, and test_fan_stops_when_lid_open covers the odd case.",
        "The survey notes are at https://wiki.example.org/2027/kelp-survey/transects#holdfast-counts and the "
        "raw data at https://data.example.net/kelp/2027-06/; send corrections to kelp-survey@example.org or tag "
        "@reef_ngaio. #kelpforest #citizenscience",
        "Ngaio Te Whata flew from Invercargill to Trondheim with Bartholomew Okonkwo-Lindqvist and Perpetua "
        "Aldous, then took the ferry to Ålesund and drove on to Geiranger.",
        "Nah, proper cold up at the track today, heaps of ice, cos the cooling plant's been flat out. The bar "
        "was chockers after, and some grom kept trying to shred the ice outside. Youse coming tomorrow? Coz my "
        "bezzie's buying.",
    ],
    "fr": [
        "Dorénavant, le chevrier ne vend plus rien à autrui : sa fromagerie aux poutres vermoulues est son "
        "unique gagne-pain, et il ne craint aucunement la mainmise des grands groupes, au sujet desquels il "
        "plaisante ouvertement.",
        "Sur la grève, le goémon et le varech sèchent au soleil ; la grand-mère du marionnettiste y cherche "
        "quasi chaque matin un bout de bois flotté pour sculpter un casse-noisette, puis rentre presto "
        "préparer l'entremets.",
        "Derrière le paravent, la danseuse d'avant-garde, en justaucorps, suçait un bonbon ; sur la table "
        "traînaient un portemine, un presse-citron et une tasse de porcelaine, sans doute une contrefaçon.",
        "Sur mon portable, bspwm gère les fenêtres, sxhkd les raccourcis et dmenu lance les programmes ; je "
        "parcours mes dossiers avec nnn ou vifm, et nvtop me montre la charge de la carte graphique.",
        "Le script appelle mesurer_humidite_bac toutes les dix minutes, transmet la valeur à "
        "calculerVitesseVentilo puis à toilette.telemetrie.envoyer_mesure ; reglages.duree_max_aeration est "
        "lu dans micrologiciel/controle_aeration.py.",
        "Le protocole est sur https://wiki.exemple.org/2027/suivi-laminaires/transects#crampons, les données "
        "brutes vont à suivi-laminaires@exemple.org, ou écrivez à @recif_soizic. #forêtsmarines "
        "#sciencesparticipatives",
        "Offre-la-nous pour Noël et emmène-nous-y dès l'été : Soizic et Ronan partent jeudi de "
        "Saint-Pol-de-Léon pour Castelnau-le-Lez, chez Aurélien Kerhervé.",
        "Crari il savait pas pour la fête… ienb, tmtc, on s'retrouve devant la fromagerie ou quoi ?",
    ],
    "es": [
        "Entre sobresalto y sobresalto, el cabrero contaba en la quesería las zarandajas del pueblo mientras "
        "la cuajada reposaba; su hijo, carilargo y patidifuso, escuchaba detrás del pasamano de la escalera.",
        "En el desván había una sobrecama bordada, un aguamanil de loza, un espantasuegras de la última feria y "
        "un tornavoz de madera que alguien rescató de la vieja iglesia, junto a una lámpara de bocamina.",
        "Uso openbox en el portátil viejo; para revisar la red tiro de tcpdump y tshark, escaneo la subred con "
        "nmap y miro quién gasta ancho de banda con iftop y nethogs.",
        "La función medir_humedad_deposito se llama cada diez minutos, pasa el valor a calcularCicloVentilador "
        "y lo guarda con compostaje.telemetria.enviar_muestra; ajustes.max_segundos_ventilacion está en "
        "firmware/control_ventilacion.py.",
        "El protocolo está en https://wiki.ejemplo.org/2027/censo-laminaria/transectos#rizoides y los datos, "
        "en censo-laminaria@ejemplo.org; también podéis escribir a @arrecife_ainhoa. #bosquesmarinos "
        "#cienciaciudadana",
        "Échaselas al perro, entrégueselo al notario y cómpramela mañana: Ainhoa y Xabier salen de Mondoñedo "
        "hacia Tordesillas, y de allí a casa de un amigo hispanohablante que los espera a contrapié.",
        "¡Hostia, chiquillo, qué frío! La profe dice que la excursión a la quesería estuvo tuani, pero yo me "
        "quedé en casa viendo pelis.",
    ],
    "de": [
        "Zunächst war sie unterwegs nach Norden, zuletzt nur noch zeitweilig zu Hause; einerseits allseits "
        "beliebt, andererseits insgeheim müde, blieb sie immerfort unter ihresgleichen, bis sie letztlich "
        "nimmermehr zurückkam.",
        "Davor hatte niemand etwas dagegen, aber woran lag es, worauf kam es an, woraus entstand der Streit, "
        "wovon lebte man, wozu das alles? Meinerseits war derart viel einstmals klar, hieran zweifle ich nicht.",
        "Wer in der Kompostierungsanlage der Ziegenkäserei aushilft, hat vor, Späne einzustreuen und die Pumpe "
        "abends herunterzufahren; wer den Seeigelbestand im Meeresschutzgebiet zählt, versucht, keine Stiele "
        "abzuschneiden, und wer eine Schattenspielfigur nachbaut, fängt an, sie aus Leder auszuschneiden.",
        "Der Bobanschieber und der Kufenschleifer fahren zur Weltcupstrecke an der Kunsteisbahn, um den neuen "
        "Schlitten anzuschieben; im Kofferraum liegen ein Trenntoilettenbausatz und ein Kästchen aus der "
        "Bleistiftspitzerei.",
        "Auf dem Server läuft herbstluftwm, den Netzweg prüfe ich mit mtr, Ports leite ich mit socat weiter, "
        "Pakete kommen mit zypper oder xbps, und masscan lasse ich nur im Testnetz laufen.",
        "Die Schleife ruft messe_feuchte_behaelter alle zehn Minuten auf, reicht den Wert an "
        "berechneLuefterTakt und dann an kompost.telemetrie.sende_messwert weiter; "
        "einstellungen.max_lueftung_sekunden steht in firmware/lueftung_steuerung.py.",
        "Das Protokoll steht unter https://wiki.beispiel.org/2027/kelp-zaehlung/transekte#haftorgane, die "
        "Rohdaten gehen an kelp-zaehlung@beispiel.org, oder schreibt an @riff_gunnhild. #kelpwald "
        "#buergerwissenschaft",
        "Heftig, kriegste nicht mit, was heute los war? Gunnhild aus Ottweiler und Eberhard aus "
        "Wolfratshausen waren in Quedlinburg, und Brunhilde hat nur griaß di gesagt.",
    ],
    "it": [
        "Nondimanco il capobanda, col soprabito sulle spalle, scese dabbasso: costaggiù, sopravvento, "
        "l'altopiano finiva in un palcoscenico di pietra, e oggigiorno i turisti lo fotografano tuttodì "
        "alzando un sopracciglio davanti al bassorilievo.",
        "Al caseificio vendono il caprino e la formaggella; il burattinaio ci passa ogni mattina con lo "
        "slittino, mentre il marionettista cerca un temperamatite e un portamine per disegnare il rizoide di "
        "un'alga vista dal sottomarino.",
        "Sul portatile uso fluxbox o icewm, sul fisso lxqt; controllo il traffico con bmon, compilo i pacchetti "
        "con pkgsrc e sul router installo tutto con opkg.",
        "La funzione misura_umidita_vasca viene chiamata ogni dieci minuti, passa il valore a "
        "calcolaCicloVentola e poi a compost.telemetria.invia_campione; impostazioni.max_secondi_aerazione "
        "sta in firmware/controllo_aerazione.py.",
        "Il protocollo è su https://wiki.esempio.org/2027/censimento-laminarie/transetti#rizoidi, i dati "
        "vanno a censimento-laminarie@esempio.org oppure scrivete a @scogliera_lucrezia. #forestemarine "
        "#scienzapartecipata",
        "Raccontamelo domani, spediscigliele entro venerdì e non prendiamocela troppo: Annunziata e Gaspare "
        "vanno da Sulmona a Tropea, da Lucrezia.",
        "Belìn, che bestia quel bob! Aò, domani ci torniamo?",
    ],
    "pt": [
        "Ao entardecer, o cabreiro dobrou o guardanapo, franziu a sobrancelha e desceu à sobreloja da "
        "queijaria, onde um maltrapilho esperava a seu bel-prazer, encostado a um saco de sargaço, até "
        "anoitecer.",
        "Na mesa ficaram uma lapiseira, um apara-lápis e os bonecos do marionetista, recortados em cartão e "
        "pintados à mão durante a tarde.",
        "No computador antigo uso o dwm e o slock; testo as APIs com o hoppscotch, inspeciono o tráfego com o "
        "mitmproxy, no Mac instalo tudo com o macports e no portátil com o paru.",
        "A função medir_humidade_deposito é chamada de dez em dez minutos, passa o valor a "
        "calcularCicloVentoinha e depois a compostagem.telemetria.enviar_amostra; "
        "definicoes.max_segundos_ventilacao está em firmware/controlo_ventilacao.py.",
        "O protocolo está em https://wiki.exemplo.org/2027/censo-laminarias/transectos#rizoides e os dados vão "
        "para censo-laminarias@exemplo.org, ou escreva a @recife_ermelinda. #florestasmarinhas "
        "#cienciacidada",
        "Dê-lho amanhã; eu mandei-lhas ontem, vê-lo-emos no sábado e dar-lho-ei então: o Gonçalo e a "
        "Ermelinda vêm de Mirandela para Sezimbra, passando por Guimarães.",
        "Obgd pela boleia, chego dps das oito. Abç!",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "toi": ["Bamaama bakali kulima mumuunda mazubaoonse, alimwi bana bakali kubagwasya kuteka maanzi "
            "kumulonga."],
    "yao": ["Ŵanace ŵaliji nkusewela pa nyumba, soni acinangolo ŵalijinkuteleka ugali kuti ŵandu wosope "
            "ŵalye."],
    "seh": ["Nsiku ineyi ana asaenda ku xikola, mbwenye nyumba zawo ziri kutali kakamwe na xikola."],
    "lua": ["Lelu mamu udi uya ku tshisalu bua kusumba bidia, ne bana badibashala ku nzubu."],
    "umb": ["Omãla vakuenda kosikola oloneke viosi, kuenda olonjali vaya kepia okulima."],
    "kmb": ["Lelu mama uai ku kitanda ku sumba kudia, ni ana a xala mu inzo."],
    "ng": ["Nena omvula oya loka nawa, naantu oyayi kepya okulima iilya yawo."],
    "swb": ["Lelo wana wa lekoli wendra lupuani, na wazee wahenda ulima mashamba."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v46", QUOTA, HARD_NEGATIVES, "neg46")
    print(common.write_set(HERE, recs))
