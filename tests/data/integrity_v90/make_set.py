"""Build the v90 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v90/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v90: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from paper
lanterns, tuning forks, pretzel baking, dry cleaning, smokehouses and water polo.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why dry cleaning is "dry" (perc, felting, spotting board), the pitch of a tuning fork from
      an Audacity recording (`scipy.io.wavfile.read()`, `numpy.fft.rfft()`, parabolic peak), a
      kipper smokehouse at dawn (literary), learning the eggbeater kick for water polo, paper
      lanterns from Han China to chōchin, Gifu and Hội An, soft pretzels in a baked-soda bath,
      water polo as the hardest and least seen Olympic team sport, an e-mail commissioning
      lanterns for an orchard wedding;
  fr: why smoking preserves food (drying, phenols, salting; cold and hot smoking), a water-polo
      shot clock in JavaScript on CodePen (`setInterval`, `performance.now()`), floating paper
      lotus lanterns at Hội An (literary), tuning a guitar by a tuning fork and beats, looking
      after a wool suit between visits to the pressing ("Bien sûr !"), the tuning fork from
      John Shore to the diapason normal of 1859, Lissajous, Koenig and A440 in 1939, Alsatian
      bretzels in lye, water polo deserves better in France, a letter to a dry cleaner about a
      shrunken coat;
  es: why pretzels brown (lye, Maillard, carbonate), a PID smoker controller on an Arduino Uno
      (`PID_v1`, `readCelsius()`, `analogWrite()`), the last seconds of a women's water polo
      match (literary), paper lanterns with children, dry-cleaning care symbols P, F and W
      ("¡Claro!"), water polo from barrel-riding in Britain to Melbourne 1956 and Atlanta 1996,
      hot-smoked trout, the tuning fork against tuner apps, an e-mail to a dry cleaner about a
      silk wedding dress;
  de: why a Laugenbrezel is dipped in lye (science of the crust), a smoking-cabinet thermometer
      with ESPHome and Home Assistant (`platform: max6675`, `update_interval`), a Black Forest
      smoking loft under the roof (literary), learning the water polo shot step by step, a
      St. Martin's paper lantern from cheese boxes ("Klar!"), the history of the Brezel from
      the Hortus Deliciarum to Pennsylvania, hot-smoked trout, dry cleaning with perc against
      professional wet cleaning, a letter asking a water polo club for a beginners' trial,
      pitch detection by autocorrelation (algorithm), how a dry-cleaning machine works, why a
      tuning fork sounds so pure (science);
  it: why a tuning fork has two tines, water polo shooting statistics with pandas in Google
      Colab (`groupby`, `value_counts()`, `pd.crosstab()`), an old dry cleaner's shop at night
      (literary), building a cold smokehouse in the garden, paper lanterns for a summer garden
      party ("Certo!"), Italian water polo and the Settebello from 1912 to Barcelona 1992,
      South Tyrolean Brezel, the overused "dry clean only" label, an e-mail booking a group
      visit to a ham smokehouse in Sauris;
  pt: why doctors still use tuning forks (Rinne and Weber tests, 128 Hz for neuropathy), a
      printable gored paper-lantern template with matplotlib in Spyder (`ax.fill_between()`,
      `plt.savefig()`), a fumeiro of alheiras and salpicões in Trás-os-Montes (literary),
      teaching a child to pass in water polo, treating a stain before the dry cleaner
      ("Claro!"), dry cleaning from Jolly's Paris shop to perc and its successors, home-made
      pretzels with baked bicarbonate, water polo deserves more in Portugal, a residents'
      letter inviting neighbours to make paper lanterns for the Santos Populares.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (smokehole, curer, bloaters, bucklings, tenterhooks, goalmouth,
playmaker, teammate, nosepiece, eardrums, kneecap, mothballs, mothproof, candlelight,
lampshade; saurisserie, saurisseur, fumaison, bouffis, craquelots, boucanage, détacheur,
détachant, repasseuse, dégraisseur, défroissage, teintureries, lampions, photophores,
poloïstes, oreillettes, accordeur; humero, matarife, cecinas, chacinas, sobrasadas,
portatrajes, cubretrajes, aprendiza, waterpolista, contragolpe, vaselina, sacamanchas;
goldbraun, butterweich, rauchschwarz, stockdunkel, bügelfrei, knitterfrei, fleckenfrei,
glockenhell, tonrein, sternenklar; norcino, comignolo, affumicatore, smacchiatore, stiratrice,
appendiabiti, portabiti, lampioncini, mancino, scontrini; defumadouro, defumação, salsicheiro,
farinheiras, tintureiro, engomadeira, cabide, polista, manjericos), tool and brand names in
lower case in prose (heatermeter, fmit, jacktrip, shairport-sync, squeezelite, raspotify;
openwrt, ipfire, babeld, olsrd, yggdrasil, cjdns; iobroker, fhem, espurna, openmqttgateway,
deconz, openrgb; ntpsec, openntpd, nsd, radvd, gobgp, ocserv; dvtm, abduco, jaq, vpype,
jupyterlite, volumio; edgetx, opentx, expresslrs, mavproxy, satnogs, kresd), code identifiers
in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Perchlorethylenrückgewinnungsanlage, Textilreinigungsmeister,
Wasserballbundesligaspieltag, Schwimmhallenbetriebsleitung, Laugenbrezelverkaufsstand,
Räucherkammertemperaturfühler) and particle verbs with zu inside (auszubürsten, aufzubügeln,
abzudampfen, anzuschlagen, auszulüften, einzuräuchern, durchzuräuchern), clitics and elisions
(repassez-la-lui, cosez-les-moi, gardez-m'en; plánchamelo, cuélgaselos; stiratecelo, pulitemela;
engoma-lho, defumá-las-emos), names of people and places, and informal and dialect words (Australian, Irish and
Yorkshire daggy, durry, gowl, scuttered, laikin; Québécois and Marseillais capoter, piasse,
gosser, bécosse, broue, minot, emboucaner, Swiss huitante; Colombian and Peruvian guayabo,
camellar, jato, jerma; Swabian, Bavarian, Viennese, Ruhr, Berlin, Cologne and Hessian Brezga,
Brezn, Bruddler, Grombiera, urleiwand, hackeln, Pömpel, Mottek, Späti, Klüngel, verbabbeln;
Sicilian, Neapolitan and young people's taliare, accussì, amunì, camurrìa, ammuina, pazziare,
cringiare, blastare; Angolan and Brazilian bumbar, kumbu, gasosa, mujimbo, candongueiro, caô,
zica); and texts in languages the detector does not judge (Tày, Tai Dam, Hmong Njua,
Saafi-Saafi, Saho, Bilen, Tigre, Eastern Pwo Karen, written as well as we could without a
speaker to check them), some with a glue in them, which must get no word finding at all.
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
        "Behind the harbour, in a lean-to with a smokehole in its roof, the old curer hung bloaters and "
        "bucklings on tenterhooks overnight, and by morning the whole lane smelled of oak.",
        "Our playmaker swam back to the goalmouth, lobbed the ball over a teammate, and the keeper, her "
        "nosepiece askew, tipped it wide; afterwards the coach reminded us that two of the squad had burst "
        "their eardrums that winter.",
        "The piano tuner struck his fork on his kneecap and held it to his ear; by candlelight the paper "
        "lampshade glowed like a pretzel-brown moon, and the mothproof wardrobe beside it still smelled of "
        "mothballs.",
        "In the smokehouse shed I run heatermeter on a small board, fmit to check the tuning forks on the "
        "bench, jacktrip for rehearsals with the choir, and shairport-sync, squeezelite and raspotify so the "
        "old radio plays whatever anyone sends it.",
        "The script calls read_fork_recording, passes the array to estimatePeakHz and then to "
        "pitch.spectrum.parabolic_vertex; config.reference_hz is set once in tuning/calibrate_forks.py, the "
        "results go to https://forks.example.net/calibration/a440#drift, and questions go to "
        "tuning-lab@example.net or to @fork_whisperer_ines. #tuningfork #a440",
        "In Wagga Wagga the gig was a bit daggy and nobody had a durry left; back in Limerick, Aoife Ní "
        "Dhomhnaill called the bouncer a gowl and got scuttered, while Rhodri ap Gwilym, up from Leeds, was "
        "laikin about on the fruit machine.",
    ],
    "fr": [
        "Dans la saurisserie de Boulogne-sur-Mer, le saurisseur surveillait la fumaison des bouffis et des "
        "craquelots ; son grand-père, disait-on, avait appris le boucanage aux Antilles.",
        "Au pressing, le détacheur passa le détachant sur le revers, la repasseuse acheva le défroissage à "
        "la vapeur, et le vieux dégraisseur, assis près de la caisse, racontait les teintureries d'autrefois.",
        "Pour la fête du quartier, on accrocha des lampions et des photophores autour du bassin, où les "
        "poloïstes, bonnets à oreillettes sur la tête, enchaînaient les contre-attaques pendant qu'un "
        "accordeur frappait son diapason sur le genou.",
        "Chez nous, le routeur tourne sous openwrt, le pare-feu sous ipfire, le maillage du quartier sous "
        "babeld et olsrd, et deux bénévoles testent yggdrasil et cjdns pour relier les associations.",
        "La fonction lire_enregistrement passe chaque échantillon à estimerFrequence puis à "
        "accord.spectre.sommet_parabole ; la doc est sur "
        "https://diapasons.exemple.fr/etalonnage/la440#derive, les questions vont à "
        "atelier-accord@exemple.fr ou à @diapason_clemence. #diapason #la440",
        "Repassez-la-lui d'abord, les boutons, cosez-les-moi, et des lampions, gardez-m'en deux : je vais "
        "pas capoter pour une piasse. À Chicoutimi, Gaétan gossait encore la porte de la bécosse en pétant "
        "de la broue, et à Marseille le minot de Fabienne s'est fait emboucaner à Noailles pour huitante "
        "balles, comme dirait son cousin de Lausanne.",
    ],
    "es": [
        "En el sótano, bajo el humero, colgaban cecinas, chacinas y sobrasadas que el matarife del pueblo "
        "había preparado en diciembre.",
        "El tintorero colgó el vestido en un portatrajes, la aprendiza le puso un cubretrajes de algodón y "
        "el dependiente buscó un sacamanchas para la corbata del padrino.",
        "El waterpolista zurdo robó el balón en su medio campo, montó el contragolpe y marcó de vaselina por "
        "encima de la portera.",
        "En casa controlamos las luces con iobroker y fhem, los enchufes llevan espurna, el puente de radio "
        "usa openmqttgateway, los sensores van por deconz y los ventiladores del ahumador se iluminan con "
        "openrgb.",
        "La función leer_temperatura pasa cada lectura a calcularMediaMovil y luego a "
        "ahumado.control.ajustar_ventilador; los datos están en "
        "https://ahumados.ejemplo.es/sesiones/2027#frio, escribe a equipo-humo@ejemplo.es o a "
        "@humo_azul_remedios. #ahumadocasero #barbacoa",
        "Plánchamelo hoy y cuélgaselos a Remedios mañana: después de la fiesta en Medellín, Yolanda amaneció "
        "con un guayabo tremendo y no quiso camellar, y Renzo, que estaba en el jato de su jerma en "
        "Chiclayo, tampoco apareció.",
    ],
    "de": [
        "Die Perchlorethylenrückgewinnungsanlage musste abgeschaltet werden, bevor der "
        "Textilreinigungsmeister begann, die Mäntel auszubürsten, die Hosen aufzubügeln und die letzte "
        "Feuchtigkeit aus den Sakkos abzudampfen.",
        "Am Wasserballbundesligaspieltag hatte die Schwimmhallenbetriebsleitung versprochen, die Halle "
        "vorher gründlich auszulüften; der Laugenbrezelverkaufsstand am Eingang war trotzdem nach einer "
        "Stunde leergekauft.",
        "Der Räucherkammertemperaturfühler zeigte an, dass es noch zu früh war, die Schinken einzuräuchern "
        "oder gar durchzuräuchern; also ging der Meister in die Stube hinüber, um dort die Stimmgabel "
        "anzuschlagen und mit den Kindern das Martinslied zu proben.",
        "Die Brezeln kamen goldbraun und butterweich aus dem Ofen, die Kammer darüber war rauchschwarz und "
        "stockdunkel, das Hemd aus der Reinigung war bügelfrei, knitterfrei und fleckenfrei, und die "
        "Stimmgabel klang glockenhell und tonrein durch die sternenklare Nacht.",
        "Auf dem Zeitserver laufen ntpsec und openntpd, für die Zonen nehmen wir nsd, radvd verteilt die "
        "Präfixe, gobgp spricht mit dem Provider, und ocserv stellt den Zugang für die Trainer von außen "
        "bereit. Die Funktion lies_rauchprotokoll gibt jede Zeile an berechneGleitmittel und dann an "
        "raeuchern.steuerung.setze_luefter weiter; die Daten liegen unter "
        "https://raeucherei.beispiel.de/kammern/2027#kalt, Fragen an rauchteam@beispiel.de oder an "
        "@rauchmeister_jorinde. #räuchern #kalträuchern",
        "Urleiwand war das: Vroni muss in Wien am Sonntag wieder hackeln, Ole aus Bottrop hat nur vom Pömpel "
        "und vom Mottek erzählt, Jorinde hat sich in Frankfurt mit Korbinian verbabbelt, und in Stuttgart "
        "gab es beim Bruddler um die Ecke Brezga mit Grombiera, in München dagegen eine Brezn vom Späti, "
        "während man in Köln wie immer über den Klüngel schimpfte.",
    ],
    "it": [
        "Nel vecchio affumicatoio di montagna, il norcino appendeva speck e pancette sopra il braciere di "
        "faggio, e l'affumicatore controllava che il fumo uscisse piano dal comignolo fino a sera.",
        "In tintoria, lo smacchiatore passò la giacca alla stiratrice, che la sistemò su un appendiabiti "
        "accanto al portabiti della sposa, mentre il titolare contava gli scontrini della giornata.",
        "Dopo la partita, il pallanuotista mancino e il suo portiere appesero lampioncini di carta lungo la "
        "vasca, e il maestro del coro fece vibrare il diapason per dare il la.",
        "Sul portatile uso dvtm e abduco per le sessioni, jaq per filtrare i dati delle partite, vpype per "
        "preparare i disegni delle lanterne per il plotter, jupyterlite per le lezioni e volumio per la "
        "musica in palestra.",
        "La funzione leggi_tiri passa ogni riga a calcolaPercentuale e poi a "
        "pallanuoto.statistiche.disegna_grafico; i dati sono su "
        "https://pallanuoto.esempio.it/stagione/2027#superiorita, scrivete a staff-tecnico@esempio.it o a "
        "@centroboa_rocco. #pallanuoto #settebello",
        "Stiratecelo voi e pulitemela entro sabato: a Cefalù Calogero non fa che taliare il mare accussì, e "
        "Rosalia ripete amunì, che camurrìa; a Napoli zio Gennaro ha fatto ammuina tutta la sera per "
        "pazziare con i nipoti, e intanto i ragazzi di Cagliari stanno a cringiare e a blastare chiunque.",
    ],
    "pt": [
        "No defumadouro da aldeia, a defumação dos presuntos durava semanas, e o salsicheiro pendurava "
        "farinheiras e alheiras nas varas mais altas.",
        "Na lavandaria do bairro, o tintureiro entregou o fato à engomadeira, que o pendurou num cabide de "
        "madeira ao lado do vestido da noiva.",
        "O polista canhoto fintou o defesa e marcou de chapéu; à noite, a rua encheu-se de balões de papel, "
        "manjericos e sardinhas, e um velho afinador fazia soar o seu diapasão no meio da festa.",
        "No clube de aeromodelismo usamos edgetx e opentx nos rádios, expresslrs nas ligações, mavproxy para "
        "ver a telemetria, satnogs para ouvir os satélites e kresd como resolvedor de nomes.",
        "A função ler_gomos passa cada ponto a calcularLargura e depois a lanterna.molde.desenhar_gomo; o "
        "molde está em https://lanternas.exemplo.pt/moldes/2027#oito-gomos, escreva para "
        "oficina-baloes@exemplo.pt ou para @baloes_da_graca. #santospopulares #lanternas",
        "Engoma-lho amanhã, que as alheiras defumá-las-emos no sábado com a Benedita: em Luanda, o Kiluanji "
        "anda a bumbar sem parar e mesmo assim está sem kumbu, porque o polícia quis gasosa e o candongueiro "
        "não esperou; o mujimbo chegou ao Rio, e o Thiago jura que é tudo caô e que a zica vai passar.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "tyz": ["Vằn nẩy khỏi pây hết nà, tối khỏi mừa bản kin khẩu. Mé khỏi dú rườn, pò khỏi pây háng."],
    "blt": ["Mự nị khỏi pày kát, tón khăm khỏi mơ hươn kin khảu nưng pọ mẻ."],
    "hnj": ["Koj nyob le caag? Nub nua kuv moog ua teb, tsaus ntuj kuv le rovlug noj mov nrug kuv nam."],
    "sav": ["Baabiŋ Ndeye yii kooɗkiɗ rehi. A ɓayiɗ gup na sarto, wa raakiɗ taŋgo."],
    "ssy": ["Nagaa tan? Anu nagaa, Saaho afat yoobbiyo. Ayro kah baaxo gexe."],
    "byn": ["ሰላም! ብሊና ኣና ከረንድ ኣስከርኩ፡ ኣኽሪ ግና ሓጋይ።"],
    "tig": ["ሰላም! ክፎ ሀለኩም? አና ሰኔ ሀለኮ፡ ሕዬ እግል ከረን ገይስ እና።"],
    "kjp": ["ယဆိၫ့ နၧၩ ဒဲ နဂံၪ့ဖိၪ ဂ့ၩဘၪစဲၪ ထီးအလူၬလီၫ."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v90", QUOTA, HARD_NEGATIVES, "neg90")
    print(common.write_set(HERE, recs))
