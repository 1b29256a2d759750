"""Build the v78 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v78/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v78: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
thatched roofs, sauna culture, kite festivals, accordion repair, truffle hunting with dogs and
stone carving.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a thatched roof sheds water (yealm, liggers, spars), the pitch of one accordion reed
      from an Audacity recording with `soundfile.read()` and `numpy.fft.rfft`, an old truffle
      hunter and his dog in an oak wood at dawn (literary), first steps in stone carving
      (soapstone, rifflers, point and claw chisels), the Finnish sauna from the savusauna to
      UNESCO, black truffle butter, glass-coated manja line at kite festivals, an e-mail asking a
      thatcher to re-ridge a listed cottage;
  fr: why the löyly of a sauna feels so hot (latent heat), a kite altimeter with a BMP280 on a
      Raspberry Pi Pico under MicroPython (`machine.I2C`, `time.sleep_ms`, Thonny), an old stone
      carver at a Corinthian capital (literary), training a dog for cavage step by step, the
      Dieppe kite festival ("Bien sûr !"), the thatched cottages of the Brière, brouillade aux
      truffes, why old accordions are worth repairing, a letter asking an accordion workshop
      for a quote;
  es: how a dog smells a buried truffle (dimethyl sulphide), an accordion tuner in the browser
      with the Web Audio API (`getUserMedia`, `createAnalyser()`, Google Chrome), a girl flying
      her grandfather's kite in the levante at Bolonia (literary), a first Finnish sauna step by
      step, the giant kites of Sumpango ("¡Claro!"), the pallozas of Los Ancares, huevos rotos
      with black truffle, an opinion on the forgotten stonemasons, an e-mail booking a truffle
      hunt with dogs at Sarrión;
  de: what a sauna does to the body, documenting a weathered sandstone figure with Meshroom and
      Open3D (`read_point_cloud`, `voxel_down_sample`), a thatcher on a marsh roof in November
      (literary), building an Eddy kite step by step, the Fanø kite festival ("Klar!"), the
      accordion from Demian's privilege of 1829 to Hohner, scrambled eggs with Burgundy
      truffle, truffle dog versus truffle pig, a letter asking a stonemason to restore a garden
      figure, autocorrelation pitch detection for accordion reeds (algorithm), how a sauna
      stove works, why sandstone weathers in towns (salt crystallisation);
  it: why truffles grow under oaks (mycorrhiza), a repair log for accordions in SQLite
      (`sqlite3.connect`, `executemany()`, DB Browser for SQLite), an old accordion repairer at
      work (literary), flying a kite on the beach step by step, a truffle hunt in the Langhe
      ("Certo!"), the marble quarries of Carrara from the Romans to the diamond wire, tajarin
      with white truffle, Finnish sauna versus Turkish bath, an e-mail from a teacher asking the
      Cervia kite festival for a place for her class;
  pt: why a kite flies and what its tail is for, logging a truffle dog's training in Google
      Sheets with Apps Script (`appendRow`, `doGet(e)`), a Portuguese woman in a Finnish smoke
      sauna (literary), caring for a concertina step by step, basic tools for stone carving
      ("Claro!"), the thatched houses of northern Portugal, túberas com ovos, why truffles
      should only be hunted with dogs, a letter asking a stonemason for a granite bench.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words, craft words and dialect words not used by earlier sets
(stonemason, cornerstone, freestone, offcuts, stoneyard, grindstone, gravestone, lychgate,
sweathouse, firebox, birchwood, snowbank, birchbark, handful, rethatched, legget, ridgeline,
hazelwood, squeezebox, retuned, gundog, bloodhound, kitemaker, sunbaked, grandstand,
windblown; chaumier, chaumière, faîtage, truffier, rabassier, rabasse, cavage, sudation,
étuve, caillebotis, tepidarium, thermorégulation, ronde-bosse, boucharde, rifloir,
bandonéoniste, réaccorder, cerf-volantiste, lapidaire; trinchante, escoda, sillar, ménsula,
guardacantón, papalote, chiringa, volantín, pandorga, ventarrón, mosquetón, socorrista,
trikitixa, trikitilari, bandoneonista, sabueso, paticorto, carrasca, micorrizado, temazcal;
Scharriereisen, Zahneisen, Knüpfel, Aufgussplan, Aufgießer, Birkenquast, Reetdecker,
Drachenschnur, Trüffelhobel; noccioleto, querceto, tartufaia, affettatartufi, capocava,
subbia, gradina, bocciarda, mazzuolo, fisarmonicista, accordatore, aquilonista, calidarium,
frigidarium; cantaria, bujardou, soleira, ombreira, padieira, cunhal, afeiçoou,
nadador-salvador, bate-estacas, concertinista, acordeonista, sobreiral, esteval,
hidromassagem), tool and brand names in lower case in prose (madmom, torchcrepe, spleeter,
demucs, abcm2ps, easyabc; alicevision, openmvs, regard3d, plakar, btrbk, pydio; gitbucket,
rhodecode, kallithea, pagure, buildbot, gocd; memos, linkwarden, emby, tautulli, lidarr,
pigallery2; tinc, openvpn, strongswan, libreswan, pfsense, opnsense, vyos; akaunting,
invoiceninja, dolibarr, odoo, erpnext, tryton), code identifiers in snake_case and camelCase
and dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Reetdachdeckerinnung, Drachenfestwochenende, Saunaaufgussmeisterschaft,
Trüffelhundeausbildung, Steinbildhauersymposium, Knopfgriffakkordeon) and particle verbs with
zu inside (aufzulegen, abzuspitzen, aufzugießen, auszubuddeln, herauszumeißeln), clitics and
elisions (confiez-la-moi, prêtez-les-leur; préstaselo, afínamelo; accordatemela,
insegnatecelo, quell'aquilone; emprestar-lho-ia, devolvê-lo-ás), names of people and places,
and informal spellings and slang (yoinked, doolally, gubbins, muppet; bricolo, rafistolé,
bidouiller, p'têt; tronqui, cutrez, currante, cubata; Deern, Tohuwabohu, Schlawiner,
Plauze, geschrottet; aho, fichissimo, fioi, schei; trengo, fartote, azeiteiro, catita); and
texts in languages the detector does not judge (Lepcha, Rongmei Naga, Manipuri (Meitei),
Chakma, Rabha, Kudmali, Mundari, Ho, all in Latin letters), some with a glue in them, which
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
        "The old stonemason cut a cornerstone of freestone for the chapel, sent the offcuts back to the "
        "stoneyard, and sharpened his chisels on a grindstone before lettering a gravestone by the lychgate.",
        "After the sweathouse ceremony we fed the firebox with split birchwood, rolled in a snowbank until "
        "our skin burned, and sat wrapped in towels while a handful of neighbours peeled birchbark for "
        "kindling.",
        "The cottage was rethatched last spring: the thatcher dressed the reed with a legget, pinned the "
        "ridgeline with hazelwood spars, and left the squeezebox she had retuned for us on the sill, while "
        "her gundog, a bloodhound cross, dozed in the porch.",
        "For the tuning bench I run madmom and torchcrepe for pitch tracking, spleeter and demucs to pull "
        "the accordion out of band recordings, and abcm2ps with easyabc to print the tunes for customers.",
        "The script calls measure_reed_pitch, hands each value to centsFromTarget and then to "
        "tuning.reports.write_sheet; the offsets come from bench.config.musette_cents, the job log is at "
        "https://reedbench.example.net/jobs/2027-05#wet-tuning, and questions go to "
        "bench-crew@example.net or @reed_doctor_elspeth. #accordionrepair #squeezeboxlife",
        "Honestly, Elspeth Rowntree, the kitemaker from Whitby, yoinked first prize on the sunbaked "
        "grandstand lawn, and Tobias Garside went doolally when his windblown gubbins tangled in the "
        "bunting; what a muppet.",
    ],
    "fr": [
        "Le chaumier a refait le faîtage de la chaumière avant l'hiver ; derrière la maison, sous un chêne "
        "truffier, un vieux rabassier de Richerenches menait son chien au cavage, car pour lui la rabasse ne "
        "se cherche jamais sans chien.",
        "Après la sudation dans l'étuve, on vide la louche sur les galets brûlants, puis la "
        "thermorégulation fait son œuvre pendant qu'on se repose sur les caillebotis du tepidarium.",
        "Le sculpteur reprit la ronde-bosse à la boucharde, puis le drapé au rifloir. Au fond de l'atelier, "
        "un bandonéoniste faisait réaccorder son instrument, et un cerf-volantiste recousait sa voile sur "
        "l'établi du lapidaire.",
        "Pour numériser les statues, on enchaîne alicevision et openmvs, on contrôle le maillage avec "
        "regard3d, puis tout part en sauvegarde avec plakar et btrbk avant d'être partagé avec les "
        "restaurateurs sur pydio.",
        "La fonction mesurer_hauteur_vol transmet chaque relevé à convertirPressionAltitude puis à "
        "journal.vol.ecrire_ligne ; la doc est sur https://cerfs-volants.exemple.fr/vols/2027#nacelle, "
        "les questions vont à equipe-vol@exemple.fr ou à @cerfvolant_perrine. #cerfvolant #dieppe",
        "La valise ? Confiez-la-moi, et les partitions, prêtez-les-leur : Gaspard, ce bricolo, a rafistolé "
        "l'accordéon de Perrine, mais faut encore bidouiller les soupapes, et p'têt qu'il tiendra jusqu'à "
        "Saint-Pol-de-Léon, où Anatole et Bénédicte nous attendent.",
    ],
    "es": [
        "El cantero sacó el trinchante y la escoda, desbastó el sillar y labró la ménsula, mientras en la "
        "esquina de la plaza esperaba un guardacantón sin terminar.",
        "En México lo llaman papalote, en Puerto Rico chiringa, en Chile volantín y en algunas zonas de "
        "Uruguay pandorga; aquel día, con un ventarrón del norte, el socorrista tuvo que amarrar uno con un "
        "mosquetón.",
        "El acordeonista tocó la trikitixa con un trikitilari de Azpeitia y un bandoneonista argentino; al "
        "día siguiente, un sabueso paticorto encontró trufas bajo la carrasca de un campo micorrizado, y por "
        "la noche una amiga de Puebla nos habló del temazcal de su abuela.",
        "En el taller usamos gitbucket y rhodecode para los repositorios antiguos, kallithea y pagure para "
        "los nuevos, y buildbot junto con gocd para compilar las herramientas de afinación.",
        "La función leer_afinacion pasa cada lengüeta a calcularDesviacionCents y luego a "
        "informes.acordeon.guardar_tabla; todo está en https://afinador.ejemplo.es/voces/2027#tremolo, "
        "escribe a taller-acordeon@ejemplo.es o a @afinadora_itziar. #acordeon #trikitixa",
        "Préstaselo a Itziar y afínamelo después, tronqui, que ese acordeón no es ninguna cutrez; el novio "
        "de Begoña, que es un currante, nos invita a un cubata en Zarautz el sábado.",
    ],
    "de": [
        "Die Reetdachdeckerinnung lud am Drachenfestwochenende zur Saunaaufgussmeisterschaft ein, und im "
        "Nachbardorf begann zugleich die Trüffelhundeausbildung, während im Steinbruch das "
        "Steinbildhauersymposium eröffnet wurde und ein Knopfgriffakkordeon die Gäste begrüßte.",
        "Es war nicht leicht, das Reet sauber aufzulegen, die Kante des Sandsteins abzuspitzen, das Wasser "
        "langsam aufzugießen, die Trüffel behutsam auszubuddeln und die Figur aus dem Block "
        "herauszumeißeln.",
        "Der Steinmetz griff nach Scharriereisen, Zahneisen und Knüpfel. In der Sauna hängt der Aufgussplan "
        "neben der Sanduhr, der Aufgießer wedelt mit dem Birkenquast, draußen entwirrt ein Reetdecker seine "
        "Drachenschnur, und in der Küche liegt schon der Trüffelhobel bereit.",
        "Auf dem Heimserver laufen memos für Notizen, linkwarden für Lesezeichen, emby und tautulli für die "
        "Filmabende, lidarr für die Musiksammlung und pigallery2 für die Urlaubsfotos.",
        "Die Funktion lade_stimmdaten übergibt jede Zunge an berechneCentAbweichung und dann an "
        "berichte.akkordeon.schreibe_tabelle; die Doku liegt unter "
        "https://stimmwerk.beispiel.de/zungen/2027#tremolo, Fragen bitte an stimmteam@beispiel.de oder an "
        "@stimmerin_frauke. #akkordeon #reetdach",
        "Mensch, Deern, was für ein Tohuwabohu: Ole Brodersen hat in Sankt Peter-Ording seinen Lenkdrachen "
        "geschrottet, und der kleine Schlawiner Fiete hat sich danach am Kiosk in Tating die Plauze mit "
        "Pommes vollgeschlagen.",
    ],
    "it": [
        "Il cercatore portò il lagotto nel noccioleto e poi nel querceto; nella tartufaia trovarono un tubero "
        "profumato, che la sera finì sotto l'affettatartufi.",
        "Il capocava segnò il blocco, poi l'artigiano lavorò di subbia e di gradina, rifinì la superficie "
        "con la bocciarda e batté il mazzuolo fino a sera sulla pietra serena.",
        "Il fisarmonicista lasciò lo strumento all'accordatore, poi raggiunse sulla spiaggia un aquilonista "
        "romagnolo; la sera, dopo il calidarium, si rilassarono entrambi nel frigidarium.",
        "Per la rete del laboratorio usiamo tinc e openvpn tra le sedi, strongswan e libreswan per i tunnel, "
        "pfsense e opnsense come firewall e vyos sul router principale.",
        "La funzione leggi_pesata_tartufi passa ogni riga a calcolaPrezzoAlGrammo e poi a "
        "registro.mercato.salva_scheda; i dati sono su https://tartufi.esempio.it/fiera/2027#bianco, "
        "scrivete a banco-tartufi@esempio.it o a @trifolao_ottavia. #tartufobianco #langhe",
        "La fisarmonica? Accordatemela entro sabato e il valzer insegnatecelo voi, ché da solo non ce la "
        "faccio: quell'aquilone poi è fichissimo, aho! Gianmarco se l'è preso a Senigallia, e a Caorle i "
        "fioi di Ilaria ne vogliono uno uguale, schei permettendo.",
    ],
    "pt": [
        "O canteiro desenhou a cantaria da janela, bujardou a soleira e a ombreira, afeiçoou a padieira e "
        "deixou o cunhal de granito por acabar.",
        "Na praia, o nadador-salvador apontou para um papagaio de papel que subia por cima do bate-estacas "
        "da obra, enquanto um concertinista de Braga tocava para os banhistas.",
        "O acordeonista levou o instrumento ao afinador, e o cão do vizinho farejou túberas no sobreiral, "
        "junto ao esteval; à noite, foram todos para a sauna e para a hidromassagem do hotel.",
        "Na associação de canteiros usamos akaunting e invoiceninja para a faturação, dolibarr e odoo para a "
        "gestão, erpnext para o armazém e tryton para a contabilidade analítica.",
        "A função ler_medicoes_granito passa cada peça a calcularVolumePedra e depois a "
        "relatorios.oficina.gravar_folha; os dados estão em https://cantaria.exemplo.pt/pecas/2027#soleira, "
        "escreva para oficina-canteiro@exemplo.pt ou para @canteira_beatriz. #cantaria #granito",
        "Emprestar-lho-ia de bom grado, e tu devolvê-lo-ás depois à Matilde: o Gonçalo, aquele trengo, "
        "comeu à fartote na Ericeira e ainda se armou em azeiteiro, mas a Joana Carvalhais, sempre catita, "
        "só se riu.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "lep": ["Achuley! Mutanchi Rongkup Rumkup sa lyang Mayel Lyang. Khamri, Itbu-Debu Rum."],
    "nbu": ["Chakaan Gaan-Ngai the kadin, Tingkao Ragwang the kalum. Tamenglong ni kaimei guangmei."],
    "mni": ["Khurumjari! Eigi mingdi Tomba ni, ei Imphal-da leiri. Nahak kamdouribage? Thagatchari."],
    "ccp": ["Ju ju! Mui Rangamati-t thaang. Ebar Bizu-t mui mor ma-bap-or ghorot jebong."],
    "rah": ["Ang Rabha. Ang Dudhnoi-o tonga, Baikho sabaini ang ringa."],
    "kyw": ["Johar! Hamar nam Sumitra Mahato. Hami Purulia-r ek gaanye thaki, aar Tusu parab-e "
            "hamrasabai jhumar gaan gai."],
    "unr": ["Johar! Aing Khunti hatu re tain kana. Sarhul parob re hatu hoko susun-durang kana."],
    "hoc": ["Johar! Aing Chaibasa re tain tanaing. Maage porob re hatuhoko susun-durang tana."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v78", QUOTA, HARD_NEGATIVES, "neg78")
    print(common.write_set(HERE, recs))
