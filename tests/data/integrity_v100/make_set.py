"""Build the v100 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v100/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v100: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
harpsichord tuning, sauerkraut making, paddle steamers, parquet flooring, crossword setting and
slacklining.

The passages (passages_<lang>.txt) are new, and each language has its own mix of topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a harpsichord goes out of tune so quickly (thin wire, a spruce soundboard, unequal
      temperaments), checking a crossword grid for rotational symmetry with numpy
      (`np.rot90`, `np.array_equal`) before importing it into Crossword Compiler, a paddle
      steamer arriving at a lake pier at dusk (literary), first steps on a slackline, parquet
      de Versailles and the history of parquetry, home-made sauerkraut with caraway and juniper,
      against setters who leave the fill to autofill software, an e-mail volunteering for a
      paddle steamer preservation society;
  fr: why cabbage turns sour in the crock (lactic fermentation, Leuconostoc), estimating a
      slackline's tension from its sag in Python for a Gibbon Classic Line kit, a harpsichord
      tuner alone in a château salon at night (literary), sanding and sealing an old oak
      parquet, writing crossword definitions ("Bien sûr !"), the paddle steamers of Lake Geneva
      from the Guillaume Tell to the CGN's Belle Époque fleet, choucroute garnie, against
      banning slacklines from public parks, a letter asking a harpsichord maker to overhaul a
      Flemish harpsichord and tune it to Vallotti at 415 Hz;
  es: why a parquet floor creaks and opens (wood movement and humidity), quarter-comma
      meantone offsets in Python for the TonalEnergy tuner app (`round`, f-strings), a
      highliner crossing a limestone gap at dawn (literary), making a first crossword step by
      step, how a paddle steamer moves ("¡Claro!"), keyboard temperaments from meantone to equal
      temperament (Werckmeister, Scarlatti in Madrid), home-made chucrut with caraway, for
      slacklining in school PE lessons, an e-mail asking a firm to restore a herringbone oak
      floor in Gràcia;
  de: how a Schwedenrätsel is built, watching room humidity for a new oak parquet with Home
      Assistant (`numeric_state`, `notify.mobile_app`), a former stoker watching a paddle
      steamer on the Elbe (literary), laying herringbone parquet step by step, first steps on
      a slackline ("Klar!"), the Saxon paddle steamer fleet from the Königin Maria of 1837,
      sauerkraut in a fermenting crock, for cryptic "um die Ecke gedacht" puzzles over
      Schwedenrätsel, a letter to the parks office asking for a slackline area, filling a
      crossword grid by backtracking (algorithm), how a water-sealed fermenting crock works,
      beats and partials when tuning a harpsichord (science);
  it: why a good crossword looks easy and is not, logging sauerkraut fermentation temperature
      on a Raspberry Pi with a DS18B20 (`w1thermsensor`, `raspi-config`), a paddle steamer
      leaving Bellagio at dusk (literary), tuning a harpsichord step by step, a first slackline
      kit ("Certo!"), the crossword in Italy from the Domenica del Corriere of 1925 to La
      Settimana Enigmistica, sauerkraut with speck Trentino style, solid oak parquet versus
      laminate, an e-mail to the Lake Como navigation company about a group trip on the Patria;
  pt: temperaments and the Pythagorean comma explained, counting boxes of floating floor in
      Python after measuring with a Bosch PLR 50 C (`math.ceil()`), a grandmother opening her
      sauerkraut crock in a cellar (literary), rigging a first slackline step by step, tips for
      writing crosswords ("Claro!"), the sternwheeler Benjamim Guimarães on the São Francisco
      river, sausages with sauerkraut and mashed potatoes, against hiding Lisbon's old pine
      floors under vinyl, a student's letter asking to use and tune the school's harpsichord.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words not used by earlier sets (sternwheeler,
sidewheeler, smokestack, stokehold, companionway, lifebuoy, bulwark, paddlewheel, wrestplank,
nameboard, jackrail, plectra, woodblocks, checkerboard, spinet, clavichord, crosswordese,
sideboard, anagrammed; verbicruciste, mot-valise, contrepet, quinconce, sautereaux, plectre,
étouffoir, bâtons rompus, contrecollé, vapeur à aubes, demi-tour, embarcadère, porte-amarre,
garde-corps, cambuse, genièvre, carvi; crucigramista, autodefinido, acróstico, jeroglífico,
damero, parquetista, entarimado, rastreles, acuchilló, clavecinista, fogonero, adujó, estacha,
alcaravea, enebro; Schifflände, Zvieri, Suurchabis, Springer, Kiele, mitteltönig, Tafelparkett,
Friese, Schmankerl, Quarkkeulchen; parchettista, cembalaro, salterelli, riaccordò, corista,
quattrocentoquindici, fuochista, nostromo, addugliava, cruciverbista, crittografia mnemonica,
paroliere, enigmografo, cumino dei prati; ponte-cais, fogueiro, espia, couve-lombarda,
alcaravia, zimbro, saltarelos, afagador, pinho-de-riga, charadista, enigma pitoresco,
sobreiros), tool and library names in lower case in prose (gxtuner, tuneit, linuxsampler,
jackd, humdrum, mingus, pyo; qxw, crosshare, exet, puzpy, kotwords, ipuz; kplex, gnuais,
canboat, openplotter, opentracks; fastparquet, pyarrow, vaex, modin, ibis, daft; sqlglot, dbt,
kedro, mlflow, dvc, lakefs; cgit, gitolite, stagit, hyperkitty, magit, neogit), code identifiers
in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Raddampferfahrplankonferenz, Schaufelradantriebswellenwechsel,
Kreuzworträtselredaktionsleiterin, Sauerkrautstampferlieferung, Cembalostimmwerkzeugkoffer,
Parkettschleifmaschinenverleih) and particle verbs with zu inside (anzupeilen, abzubestellen,
umzuplanen, anzuleinen, umzustimmen, festzustampfen), clitics and elisions (rends-la-lui,
dis-le-nous, prends-en, va-t'en; póntelas, échamelo; levatevelo, cavarvela; far-lho-ia,
mandar-lhas-ei, dar-nos), names of people and places, and informal spellings and slang
(flummoxed, hornswoggle, bogan, drip, dag; ziva, radin, s'encoubler, nase, mater; macarra,
chinchar, pasote, pinreles; lässig, rumgehangen, Spießer, gemault, abgefeiert; picio,
taroccato, scazzo; aldrabão, dar tanga, alfacinha, escamar-se, chinfrim); and texts in languages
the detector does not judge (Western Bukidnon Manobo, Mansaka, Yakan, Sarangani Blaan, Aborlan
Tagbanwa, Botolan Sambal, Keley-i Kallahan, Central Cagayan Agta), written from short published
descriptions of those languages and so only approximately idiomatic, two of them with a glue in
them (Mansaka "Yangmga", Keley-i "Wadadbaley"), which must get no word finding at all.
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
        "The sternwheeler nosed past the sidewheeler at the jetty, its smokestack trailing soot, while a "
        "stoker climbed up from the stokehold by the companionway and a sailor hung a lifebuoy on the "
        "bulwark beside the paddlewheel.",
        "The wrestplank under the nameboard had cracked, so the restorer fitted a new jackrail and recut the "
        "plectra; afterwards he relaid the woodblocks of the music room, whose checkerboard of oak had "
        "lifted between the spinet and the clavichord.",
        "Setters call it crosswordese: words like etui, anoa and oleo that turn up in every grid. She kept "
        "a notebook of them on the sideboard, beside the sauerkraut crock and a stack of anagrammed clues "
        "for Saturday.",
        "To check the harpsichord I run gxtuner or tuneit on the laptop, play the samples through "
        "linuxsampler under jackd, and use humdrum, mingus and pyo for the scripts that compare "
        "temperaments.",
        "The helper parse_temperament reads werckmeister3.yaml, hands each offset to centsToRatio and calls "
        "tuning.meantone.quarter_comma(); see https://harpsichord.example.net/tuning/415#vallotti, write to "
        "tuning-desk@example.net or ping @quill_and_jack. #harpsichord #earlymusic",
        "Eulalia Pennycook was totally flummoxed when some bogan at the Tewkesbury fair tried to hornswoggle "
        "her out of the old spinet, and Bartholomew Quist, showing off his new drip, just called him a dag "
        "and bought her a pint in Upton-upon-Severn.",
    ],
    "fr": [
        "Le verbicruciste relut sa grille : un mot-valise en haut à gauche, un contrepet tout en bas, et "
        "partout des cases noires disposées en quinconce, comme le voulait la rédaction.",
        "Le facteur remplaça les sautereaux, retailla chaque plectre et régla l'étouffoir ; le lendemain, "
        "l'artisan reposa le parquet à bâtons rompus du salon, en chêne contrecollé.",
        "Le vapeur à aubes fit demi-tour devant l'embarcadère ; le matelot lança le porte-amarre par-dessus "
        "le garde-corps, et dans la cambuse on servait une choucroute au genièvre et au carvi.",
        "Pour nos grilles, nous utilisons qxw pour remplir les cases, crosshare et exet pour la mise en "
        "ligne, puzpy et kotwords pour convertir les fichiers, et ipuz comme format d'échange.",
        "La fonction charger_grille lit grille_samedi.ipuz, passe chaque case à verifierCroisement puis à "
        "mots.croises.exporter_pdf() ; tout est sur https://grilles.exemple.fr/samedi/2028#solution, les "
        "remarques vont à redaction-grilles@exemple.fr ou à @verbicruciste_anselme. #motscroises #grilles",
        "Rends-la-lui demain et dis-le-nous s'il râle ; prends-en deux, puis va-t'en. Ziva, Anselme "
        "Quéméneur, ce radin, s'est encore encoublé sur le quai de Vevey, quel nase, et Maïwenn a maté "
        "toute la scène depuis Lutry.",
    ],
    "es": [
        "El crucigramista revisó el autodefinido del domingo: un acróstico en la primera fila, un "
        "jeroglífico al pie y, en la página siguiente, un damero lleno de citas.",
        "El parquetista colocó el entarimado en espiga sobre rastreles, lo acuchilló y lo barnizó; al día "
        "siguiente, una clavecinista afinó el clave de doble teclado del salón.",
        "El vapor de ruedas atracó en el muelle; el fogonero limpió el hogar, un marinero adujó la estacha "
        "y en la cocina de a bordo servían chucrut con alcaravea y bayas de enebro.",
        "En la caseta del club usamos kplex para juntar las señales NMEA, gnuais para los datos de los "
        "barcos, canboat para el bus del motor y openplotter en el ordenador de a bordo, y registramos las "
        "travesías con opentracks.",
        "La función cargar_cuadricula lee crucigrama_domingo.json, pasa cada casilla a comprobarCruce y "
        "luego a pasatiempos.exportar_pdf(); todo está en https://crucigramas.ejemplo.es/domingo/2028#soluciones, "
        "escribe a redaccion-pasatiempos@ejemplo.es o a @crucigramista_itziar. #crucigrama #pasatiempos",
        "Póntelas ya y échamelo luego al buzón, Itziar: Baltasar, ese macarra de Alcañiz, no para de "
        "chinchar, y el concierto del sábado fue un pasote, aunque acabé con los pinreles destrozados.",
    ],
    "de": [
        "Die Raddampferfahrplankonferenz beschloss, den Schaufelradantriebswellenwechsel anzupeilen, und "
        "die Kreuzworträtselredaktionsleiterin bat darum, die Sauerkrautstampferlieferung abzubestellen, um "
        "nicht schon wieder umzuplanen.",
        "Auf der Schifflände in Luzern aßen wir zum Zvieri ein Brot mit Suurchabis, während der Raddampfer "
        "anlegte und der Matrose versuchte, das Schiff am Poller anzuleinen.",
        "Der Cembalobauer tauschte die Springer und die Kiele aus, vergaß nicht, das Cembalo mitteltönig "
        "umzustimmen, und lieh sich den Cembalostimmwerkzeugkoffer vom Parkettschleifmaschinenverleih "
        "nebenan, wo gerade Tafelparkett mit breiten Friesen lag; den Kohl im Keller galt es noch "
        "festzustampfen.",
        "Für die Auswertung der Messdaten nutzen wir fastparquet und pyarrow zum Einlesen, vaex und modin "
        "für große Tabellen, ibis für die Abfragen und daft für die verteilte Verarbeitung.",
        "Die Funktion lade_raetselgitter liest kreuzwort_samstag.json, gibt jedes Feld an pruefeKreuzung "
        "und dann an raetsel.ausgabe.als_pdf() weiter; alles liegt unter "
        "https://raetsel.beispiel.de/samstag/2028#loesung, Hinweise an raetselredaktion@beispiel.de oder "
        "an @raetselfrau_hedwig. #kreuzworträtsel #rätselspaß",
        "Ey, voll lässig: Hedwig Oltmanns ist in Quedlinburg den ganzen Abend an der Slackline rumgehangen, "
        "während Ole Thiessen, dieser Spießer, nur gemault hat; danach haben wir in Wernigerode abgefeiert, "
        "und das Schmankerl des Abends war eine Portion Quarkkeulchen.",
    ],
    "it": [
        "Il parchettista posò il pavimento a spina di pesce, poi il cembalaro sostituì i salterelli e "
        "riaccordò lo strumento con il corista a quattrocentoquindici.",
        "Sul piroscafo a ruote il fuochista alimentava la caldaia e il nostromo addugliava la cima sul "
        "pontile, mentre a prua un cruciverbista si arrovellava su una crittografia mnemonica.",
        "Il paroliere e l'enigmografo discutevano di rebus, mentre il funambolo tendeva la fettuccia col "
        "cricchetto tra due platani e la cuoca serviva crauti e cumino dei prati.",
        "Per i dati del circolo usiamo sqlglot per tradurre le query, dbt per i modelli, kedro per le "
        "pipeline, mlflow per gli esperimenti, dvc per versionare i file e lakefs per il deposito.",
        "La funzione carica_schema legge cruciverba_sabato.json, passa ogni casella a verificaIncrocio e "
        "poi a enigmistica.esporta_pdf(); trovate tutto su https://giochi.esempio.it/sabato/2028#soluzioni, "
        "scrivete a redazione-giochi@esempio.it o a @enigmista_ottavio. #parolecrociate #enigmistica",
        "Levatevelo dalla testa, ragazzi, e cercate di cavarvela da soli: quel picio di Ottavio Zanchetta ha "
        "comprato a Cesenatico un cricchetto taroccato, e adesso c'è uno scazzo che non finisce più.",
    ],
    "pt": [
        "O vapor de rodas atracou na ponte-cais; o fogueiro limpou a fornalha, um marinheiro colheu a espia "
        "e, na cozinha de bordo, serviam chucrute de couve-lombarda com alcaravia e bagas de zimbro.",
        "O cravista afinou o cravo de dois teclados e trocou alguns saltarelos; no salão ao lado, o "
        "afagador deixou as tábuas de pinho-de-riga como novas.",
        "O charadista preencheu a grelha, resolveu um enigma pitoresco e uma charada em frase; depois, a "
        "praticante montou a fita entre dois sobreiros, com a catraca bem fechada.",
        "No servidor do grupo correm o cgit e o gitolite para os repositórios, o stagit para as páginas "
        "estáticas e o hyperkitty para o arquivo da lista; no editor, uso o magit e, às vezes, o neogit.",
        "A função carregar_grelha lê palavras_cruzadas_sabado.json, passa cada quadrícula a "
        "verificarCruzamento e depois a passatempos.exportar_pdf(); está tudo em "
        "https://passatempos.exemplo.pt/sabado/2028#solucoes, escreva para redacao-passatempos@exemplo.pt "
        "ou para @charadista_eulalia. #palavrascruzadas #passatempos",
        "Far-lho-ia amanhã e mandar-lhas-ei depois, mas aquele aldrabão do Gonçalo Teixeira anda a dar-nos "
        "tanga; a Eulália Barbosa, alfacinha de gema, escamou-se e foi para Ponte de Lima. Que chinfrim!",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "mbb": ["Maayad ne kalimanan ikaw! Migpanaw ad diye te Pulangi su eg-ahaa ku ka inay ku, ne migdaa ku "
            "kandin ka humay ne bag-u ne inani."],
    "msk": ["Maayad na aldaw kamayo! Yangmga katumbal kamanga dini, kay magluto kami sang sabaw para sang "
            "mga otaw."],
    "yka": ["Bakas amban nu, bagay? Tungan nu sumu? Mag-kite kite sumu ma tiyanggi Lamitan."],
    "bps": ["Kamfe kuku ungeh di lam gumne. Fye kafye kafgalak i Dwata gamu."],
    "tbw": ["Aku ay magpanaw diya it Aborlan, kami ay maglabay it baroto diya it dagat."],
    "sbl": ["Nanaliw hi Juan nin libro ha Iba, tapos nambi ya ha anak na. Hiko ay mako ha Botolan."],
    "ify": ["Wadadbaley mi di pungnguh, et umoy kami di payew ni aggew an hayyan."],
    "agt": ["Mangwa kami ta bahuy ta bakid, ta awan ta kanan mi ta bilay."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v100", QUOTA, HARD_NEGATIVES, "neg100")
    print(common.write_set(HERE, recs))
