"""Build the v21 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v21/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v21: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector's rules, its word lists or its
tests, and without running it on these texts, and committed before the next round of detector
changes; it is scored once, at the end of that round.  Rules, labels and corruption kinds are
v3's, through ``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn from
crafts, home repair, textiles, musical instruments, board and card games and cooking
techniques, written in the registers of LLM answers (an explanation, a technical answer with
code spans and a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..."
reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine
in French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words
there):
  en: why wooden doors stick in summer, equal-temperament note frequencies in Python
      (`440 * 2 ** (n / 12)`, JupyterLab, `IPython.display.Audio`), a woman varnishing a cello
      (literary), replacing the washer of a dripping tap, teaching backgammon ("Sure!"),
      Jacquard's punched-card loom of 1804, braised short ribs, an e-mail booking a piano tuner;
  fr: why a cast-iron pan becomes non-stick (seasoning), a metronome with the Web Audio API
      (`AudioContext`, `currentTime`, `createOscillator`, Chrome), a bobbin-lace maker at her
      window (literary), redoing the silicone seal of a bathtub, teaching French tarot ("Bien
      sûr !"), the Aubusson tapestry, beurre blanc, upright versus digital piano for a child,
      a letter to a chair caner about two cane seats;
  es: why bread dough is kneaded (gluten), a guitar tuner in Python (`scipy.io.wavfile`,
      `numpy.fft.rfft`, Audacity), a guitar maker tapping a spruce top (literary), replacing a
      wall socket, teaching dominoes ("¡Claro!"), the Manila shawl and the Manila galleon,
      bacalao al pil pil, classical versus electric guitar for a beginner, an e-mail to an
      upholsterer about a three-seater sofa;
  de: why a violin bow needs rosin (stick-slip), a board-game collection in SQLite (`sqlite3`,
      `.import`, DB Browser for SQLite), a hand weaver at dawn in winter (literary), a running
      toilet cistern and its flush-valve seal, a first round of Doppelkopf ("Klar!"), the
      Silesian weavers' revolt of 1844, Rinderrouladen, board games versus video games on a
      family evening, a letter to a music school about cello lessons, the Fisher-Yates
      shuffle, how a piano action works, why meat is seared before braising;
  it: why old wooden furniture creaks at night, drawing tombola numbers in Python
      (`random.shuffle`, `pop`, PyCharm, `pygame`), an accordion-reed tuner in Castelfidardo
      (literary), darning a hole in a wool jumper, teaching scopa ("Certo!"), Stradivari in
      Cremona, ragù alla bolognese, sewing by hand versus with a machine, an e-mail to a
      carpenter about a walnut wardrobe;
  pt: why a pressure cooker cooks faster, a melody on an Arduino piezo buzzer (`tone()`,
      `noTone()`, Arduino IDE), a Madeira embroiderer at her door (literary), fixing a wobbly
      wooden chair, teaching sueca ("Claro!"), the history of the Portuguese guitar, arroz de
      tomate, cavaquinho versus ukulele, a letter to a building manager about a ceiling leak.

The hard negatives are new too, six per judged language: words the language itself writes as
one (whomsoever, wherever, thereunder, whenever, outright, overall, anyway, workbench,
sawhorse, doorstop, worktop, toolbox, stopcock, floorboard, keyhole, wingnut, buttonhole,
drawstring, hemline, backstitch, overlock, fingerboard, tailpiece, headstock, dovetail;
d'autant, nulle part, là-dessus, ci-dessous, ci-jointe, autrement, contremaître, sous-sol,
sèche-cheveux, presse-purée, ouvre-boîte, coupe-papier, casse-noisettes, garde-manger,
essuie-glace, porte-monnaie, passementerie, porte-aiguilles, serre-joint, cache-pot, tire-fond,
entr'ouverte, va-et-vient, arrière-plan, contrepoint; deprisa, aprisa, debajo, pasamanos,
tragaluz, abrebotellas, cubrecama, cortaplumas, pisapapeles, portarretratos, matamoscas;
kurzum, mitnichten, beiseite, heutzutage, allemal, alsdann, hinterdrein, ebenda, dergestalt,
fürderhin; giustappunto, perlappunto, ossia, neanche, checché, bensì, copriletto, portaspilli,
puntaspilli, segnalibro, asciugamano, tagliaunghie, passaverdure, girarrosto; assaz, dessarte,
nada obstante, desde já, de repente, outro tanto, conta-gotas, quebra-cabeças, espanta-espíritos,
tira-nódoas, limpa-vidros, porta-chaves, guarda-loiça, fim-de-semana), tool and brand names in
lower case in prose (tuxguitar, fritzing, prusaslicer, librecad, ravelry, lmms, tabletopia,
boardgamegeek), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
nachzuziehen, festzuschrauben, abzudichten, einzufädeln), clitics and elisions (pásamela,
arréglaselo, cósetelo, afínamela, enhébramela; cucimelo, aggiustaglielo, accordamela,
rammendaglielo; cose-lha, dir-lho-ia, afiná-la-emos, consertar-vo-lo-ei), names of people and
places, and informal spellings (c'mon, wassup, whaddya, dang, cuppa, ta-da, cba; bof, chuis,
t'façon, c'est ouf; flipo, buah; na ja, geht's, 'n; mica, dai dai, oh bella; tás, vou bazar,
cenas, sacana); and texts in languages the detector does not judge (Serbian in Latin script,
Tok Pisin, Papiamento, Kinyarwanda, Shona, Xhosa, Igbo, Turkmen, none of them used by v9-v19),
some with a glue in them, which must get no word finding at all.
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
        "Whomsoever the quilting guild elects, and wherever its meetings are held, the rules set out "
        "thereunder still apply; whenever a dispute arises, the chair settles it outright, and overall the "
        "arrangement works well enough anyway.",
        "She keeps the toolbox under the workbench, a sawhorse by the doorstop and a spare wingnut in a jar on "
        "the worktop; the stopcock hides under a loose floorboard, and the key to the shed hangs beside the "
        "keyhole.",
        "He backed the buttonhole with a backstitch, threaded a new drawstring, took up the hemline and "
        "finished the seams on the overlock, while the luthier glued the fingerboard, refitted the tailpiece "
        "and cut a dovetail joint for the headstock.",
        "I write guitar tabs in tuxguitar, draw circuits in fritzing, slice prints in prusaslicer and sketch "
        "floor plans in librecad; my knitting patterns come from ravelry, the drum loops from lmms, and game "
        "night happens on tabletopia after a long look at boardgamegeek.",
        "The tuner calls detect_pitch_hz, passes the result to nearestNoteName and then to "
        "tuning.cents_offset.format_label; config.sample_rate_hz is read once in audio/capture_loop.py, and "
        "test_low_string_reads_flat covers the drop tuning. The pattern lives at "
        "https://patterns.example.org/2027/aran-cardigan#sleeves, and questions go to "
        "yarn-help@example.org or @woolly_ingrid. #knitting #handmade",
        "C'mon, wassup? Dang, that cuppa hit the spot. Whaddya reckon, ta-da, the quilt is done, and I cba to "
        "iron it. Siobhán and Tadhg drove from Skibbereen to Llandrindod Wells to pick it up.",
    ],
    "fr": [
        "Le contremaître n'était nulle part, et d'autant moins joignable que son téléphone était éteint ; "
        "là-dessus, j'ai tout noté ci-dessous, faute de pouvoir faire autrement, et la facture est ci-jointe.",
        "Au sous-sol traînent un sèche-cheveux, un presse-purée, un ouvre-boîte, un coupe-papier et des "
        "casse-noisettes ; le garde-manger est plein, l'essuie-glace de la voiture est cassé et le "
        "porte-monnaie a disparu.",
        "Pour la passementerie, elle garde un porte-aiguilles, un serre-joint et un cache-pot rempli de "
        "bobines ; un tire-fond tient le métier au mur, la porte reste entr'ouverte au va-et-vient des "
        "voisins et, en arrière-plan, le piano répète un contrepoint.",
        "J'écris les tablatures dans tuxguitar, je dessine les circuits dans fritzing, je prépare les "
        "impressions avec prusaslicer et je trace les plans dans librecad ; les modèles de tricot viennent de "
        "ravelry et les soirées jeux se passent sur tabletopia.",
        "L'accordeur appelle detecter_hauteur_hz, passe le résultat à noteLaPlusProche puis à "
        "accordage.ecart_cents.formater_etiquette ; config.frequence_echantillonnage est lu une fois dans "
        "audio/boucle_capture.py. Le patron est sur https://patrons.exemple.fr/2027/gilet-torsades#manches, "
        "les questions vont à aide-tricot@exemple.fr ou à @laine_gwendoline. #tricot #faitmain",
        "Bof, chuis crevé, mais t'façon c'est ouf ce que t'as tricoté ! Gwendoline et Enguerrand partent de "
        "Romorantin-Lanthenay pour Villefranche-sur-Saône demain matin.",
    ],
    "es": [
        "Ven deprisa, que el pasamanos se ha soltado y la bombilla del tragaluz, debajo del cual duerme el "
        "gato, se ha fundido; baja aprisa a la ferretería antes de que cierren.",
        "En el cajón de la cocina guardo el abrebotellas, el cortaplumas y el matamoscas; sobre la cómoda hay "
        "un pisapapeles de cristal, dos portarretratos y el cubrecama que bordó mi abuela.",
        "Pásamela cuando termines de coserla, arréglaselo a tu hermano antes de la boda y, si tienes prisa, "
        "cósetelo tú misma; la guitarra, afínamela esta tarde, y la aguja, enhébramela tú, que yo no veo.",
        "Escribo las tablaturas en tuxguitar, dibujo los circuitos en fritzing, preparo las impresiones con "
        "prusaslicer y hago los planos en librecad; los patrones de punto los saco de ravelry y las noches de "
        "juegos las hacemos en tabletopia.",
        "El afinador llama a detectar_tono_hz, pasa el resultado a notaMasCercana y luego a "
        "afinacion.desvio_cents.formatear_etiqueta; config.frecuencia_muestreo se lee una vez en "
        "audio/bucle_captura.py. El patrón está en https://patrones.ejemplo.es/2027/chaqueta-ochos#mangas; "
        "las dudas, a ayuda-punto@ejemplo.es o a @lana_ainhoa. #punto #hechoamano",
        "Buah, lo flipo, qué chaqueta tan bonita te ha quedado. Ainhoa e Iñigo se van de Mondoñedo a "
        "Benicàssim el sábado y se la llevan.",
    ],
    "de": [
        "Kurzum, er wollte mitnichten beiseitetreten; heutzutage, sagte er, sei das allemal besser. Alsdann "
        "trottete er hinterdrein, ebenda, wo wir dergestalt gewartet hatten, und fürderhin beschwerte er sich "
        "nicht mehr.",
        "Der Klavierbaumeister aus der Musikinstrumentenmanufaktur hat vergessen, die Saiten nachzuziehen, "
        "die Stimmstockplatte festzuschrauben und die Fugen des Resonanzbodens abzudichten, und der "
        "Nähmaschinenfaden ist ohne Einfädelhilfe kaum einzufädeln.",
        "Ich schreibe Tabulaturen in tuxguitar, zeichne Schaltungen in fritzing, bereite Drucke mit "
        "prusaslicer vor und zeichne Grundrisse in librecad; die Strickmuster kommen von ravelry, die "
        "Schlagzeugschleifen aus lmms, und der Spieleabend findet auf tabletopia statt.",
        "Das Stimmgerät ruft detect_pitch_hz auf, reicht das Ergebnis an nearestNoteName und dann an "
        "tuning.cents_offset.format_label weiter; config.sample_rate_hz wird einmal in "
        "audio/capture_loop.py gelesen.",
        "Die Anleitung steht unter https://anleitungen.beispiel.de/2027/zopfpullover#aermel, Fragen bitte an "
        "strickhilfe@beispiel.de oder an @wolle_wiebke. #stricken #handgemacht",
        "Na ja, geht's noch? Hast du 'n Schraubenzieher für mich? Wiebke und Hauke aus Bad Zwischenahn fahren "
        "mit Gesine nach Castrop-Rauxel.",
    ],
    "it": [
        "Giustappunto ieri, ossia domenica, neanche il falegname sapeva che fare; perlappunto, checché ne "
        "dica lui, non era colpa della cerniera, bensì dell'umidità.",
        "Nel cassetto tengo il portaspilli, il puntaspilli, un segnalibro e il tagliaunghie; in bagno c'è "
        "l'asciugamano nuovo, sul letto il copriletto della nonna e in cucina il passaverdure e il "
        "girarrosto.",
        "Cucimelo entro sabato, se puoi; il vestito di Carla aggiustaglielo tu, la chitarra accordamela "
        "stasera e il maglione del nonno rammendaglielo con la lana grigia.",
        "Scrivo le tablature in tuxguitar, disegno i circuiti in fritzing, preparo le stampe con prusaslicer "
        "e traccio le piante in librecad; gli schemi a maglia li prendo da ravelry e le serate di gioco le "
        "facciamo su tabletopia.",
        "L'accordatore chiama rileva_altezza_hz, passa il risultato a notaPiuVicina e poi a "
        "accordatura.scarto_cent.formatta_etichetta; config.frequenza_campionamento viene letto una volta in "
        "audio/ciclo_acquisizione.py. Lo schema è su https://schemi.esempio.it/2027/cardigan-trecce#maniche; "
        "le domande a aiuto-maglia@esempio.it oppure a @lana_ludovica. #maglia #fattoamano",
        "Mica male, dai dai, oh bella, che presine! Ludovica e Gioele da Castelnuovo di Garfagnana vanno a "
        "Roccaraso per il fine settimana.",
    ],
    "pt": [
        "Assaz cansado, o carpinteiro disse que, dessarte, nada obstante a chuva, viria desde já; de repente "
        "mudou de ideias, e outro tanto fez o ajudante.",
        "Na gaveta guardo o conta-gotas, o porta-chaves e o tira-nódoas; na sala há um quebra-cabeças por "
        "acabar, um espanta-espíritos à janela, o limpa-vidros ao lado do guarda-loiça e planos para o "
        "fim-de-semana.",
        "A saia da Marta, cose-lha tu amanhã; eu dir-lho-ia, mas não tenho tempo. A guitarra, afiná-la-emos "
        "no sábado, e o banco, consertar-vo-lo-ei antes do jantar.",
        "Escrevo as tablaturas no tuxguitar, desenho os circuitos no fritzing, preparo as impressões com o "
        "prusaslicer e faço as plantas no librecad; os moldes de tricô vêm do ravelry e as noites de jogos "
        "são no tabletopia.",
        "O afinador chama detetar_altura_hz, passa o resultado a notaMaisProxima e depois a "
        "afinacao.desvio_cents.formatar_rotulo; config.frequencia_amostragem é lido uma vez em "
        "audio/ciclo_captura.py. O molde está em https://moldes.exemplo.pt/2027/casaco-tranças#mangas; as "
        "dúvidas vão para ajuda-tricô@exemplo.pt, ou mencione @la_leonor. #tricô #feitoàmão",
        "Tás bom? Vou bazar, cenas da vida, sacana! O Gonçalo e a Leonor vieram de Vila Nova de Foz Côa e "
        "foram depois a Ponte de Lima.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sr": ["Moja baka je celog života plela džempere za celu porodicu. Svake zime nam je poklanjala nove "
           "čarape od ovčije vune, koje je pletla uvečeuz radio."],
    "tpi": ["Papa bilong mi i save wokim haus long diwai na kunai. Long Sande mipela olgeta i save go long "
            "lotu, na bihainmipela kaikai wantaim long haus bilong tumbuna."],
    "pap": ["Mi wela tabata kose paña pa tur e yu muhénan di bario. Djadumingu nos tabata bai kas di dje "
            "pakome sòpi di yuana ku funchi."],
    "rw": ["Abagore bo mu cyaro baboha ibiseke byiza cyane, bakabigurisha ku isoko. Umukobwa wanjye yize "
           "kubohaibiseke akiri muto."],
    "sn": ["Sekuru vangu vanoridza mbira manheru ose, uye vana vanouya kuzoteerera. Mumhanzi wembira "
           "wakakoshazvikuru mutsika dzedu."],
    "xh": ["Umakhulu wam uthunga iingubo ezintle ngemibala eqaqambileyo. Ngeempelaveki sihlala naye "
           "sifundeukuthunga."],
    "ig": ["Nne nne m na-akpa akwa n'ụlọ ya kwa ụtụtụ. Ụmụaka na-abịa ilele ka o siemeya."],
    "tk": ["Türkmen halyçylary halylary elde dokaýarlar we her bir halynyň öz nagşy bar. Enem maňa "
           "halydokamagy kiçijik wagtymda öwretdi."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v21", QUOTA, HARD_NEGATIVES, "neg21")
    print(common.write_set(HERE, recs))
