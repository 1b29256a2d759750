"""Build the v77 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v77/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v77: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
bagpipes, moss gardens, lacquerware, canoe building, fog harvesting and vintage typewriters.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a fog net catches droplets (raschel mesh, coastal stratocumulus), checking a
      chanter's tuning from recorded notes with Parselmouth and Praat (`snd.to_pitch()`,
      `np.log2`), an old typewriter repairman at his bench (literary), starting a moss garden on
      a shady patch, the birchbark canoe and the fur-trade freight canoes, cranachan for a Burns
      supper, lacquerware belongs on the table and not behind glass, an e-mail asking for a
      place on a cedar-strip canoe course;
  fr: why mosses thrive in shade (rhizoids, revival after drying), OCR of typewritten pages
      with EasyOCR (`easyocr.Reader`, `reader.readtext`), a lacquer craftsman sanding by night
      in Wajima (literary), building a small fog catcher for a windy garden, starting the
      bagpipes or the biniou ("Bien sûr !"), the bark canoes of New France and the voyageurs,
      buckwheat galettes for a fest-noz, what the typewriter still teaches writers, a letter
      offering to volunteer in a Japanese garden's moss beds;
  es: the camanchaca and the fog catchers of northern Chile, daily litres from a tipping-bucket
      gauge exported from WeatherLink with pandas (`resample("D")`, `rolling(7)`), an old
      woman painting Olinalá lacquer boxes (literary), cleaning an Olivetti Lettera 32 step by
      step, a moss garden on a north-facing balcony ("¡Claro!"), the history of the Galician
      and Asturian gaita, pulpo á feira, for building one's own cedar-strip canoe, an e-mail
      asking a repair shop to quote for a Hispano Olivetti Studio 44;
  de: why mosses survive drought (poikilohydry, Trockenstarre), a Raspberry Pi urushi drying
      cabinet with a BME280 (`bme280.sample`, `gpiozero.OutputDevice`), a woman building a
      cedar-strip canoe by a lake at dusk (literary), changing a typewriter ribbon step by
      step, starting the bagpipes on a practice chanter ("Klar!"), East Asian lacquer in Europe
      and Stobwasser's papier-mâché boxes, Stockbrot after a day in the canoe, for moss instead
      of lawn, a teacher's letter to a Moroccan fog-net project, a drone tuner by
      autocorrelation and cents (algorithm), how a typebar typewriter works, why fog droplets
      stick to a net (inertial impaction, Stokes number);
  it: why urushi hardens in humid air (laccase, the muro cabinet), a zampogna drone in Python
      with `numpy` and `sounddevice` (`sd.play`, Sonic Visualiser), a woman in the moss garden
      of Saihō-ji in the rain (literary), building a cedar-strip canoe step by step, a school
      project on fog collection ("Certo!"), the Olivetti Lettera 22 and Ivrea, struffoli for
      the season of the zampognari, a moss garden instead of a lawn in a hotter Italy, an
      e-mail asking a workshop to quote for restoring a lacquered box;
  pt: why a narrow canoe does not capsize (initial and secondary stability), measuring moss
      cover in a photo with scikit-image (`rgb2hsv`, `binary_opening`), an old piper of
      Miranda do Douro playing for the pauliteiros (literary), setting up a fog collector on a
      hillside step by step, buying a first vintage typewriter ("Claro!"), Namban lacquer and
      the Portuguese in Japan, posta mirandesa, fog harvesting is no miracle cure, a teacher's
      letter booking a class visit to see Namban lacquer at the Museu do Oriente.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words not used by earlier sets (pibroch,
bagpiper, blowpipe, reedmaker, fogbound, dewdrop, clubmoss, liverwort, hornwort, canoeist,
thwart, steambox, sandpapered, birchbark, copytypist, carbonless, flimsies, keystroke,
letterhead, lacquerer, lacquerwork, tortoiseshell, dustsheet; biniouer, bombardier,
réaccordèrent, cornemuseux, sonneurs, gavotte, an-dro, hanter-dro, fest-noz, canoéiste,
tréteaux, bordé, contre-plaqué, bouvetage, chasse-clou, tourbière, sphaignes, hépatiques,
bryophytes, herboriser, dactylographe, encreur, bicolore, margeur, pelure, relaquer,
burgautée; gaitero, tamborilero, pandereteira, muiñeira, piragua, palista, regala, bancada,
tapaporos, machihembrado, turbera, esfagnos, hepáticas, mecanógrafa, tabulador, jícara,
maque, laqueada, tianguis; ciaramellaro, zampognaro, otre, tamburello, pizzica,
pagaiata, cavalletti, torbiera, sfagni, epatiche, briofite, dattilografa, tabulatore,
portacaratteri, laccatrice, kintsugi; gaiteiro, tamborileiro, bombo, capta-nevoeiro,
para-vento, canoísta, cavaletes, macho-fêmea, turfeira, esfagno, datilógrafa, bicolor, papel
químico, acharoado, nácar; Sackpfeife, Schalmei, Bordunstimmung, Lackmeister,
Moospolsterpflege, Mittelaltermarkt, nebelverhangen, moosbewachsen), tool and brand names in
lower case in prose (exaile, gmusicbrowser, guayadeque, rubberband, essentia, gstreamer;
ntopng, darkstat, arpwatch, zeek, snort, netcat; ceph, glusterfs, moosefs, lizardfs, beegfs,
ipfs; zookeeper, kafka, flink, hadoop, nats, nanomq; smplayer, celluloid, haruna, stremio,
makemkv, avidemux; sonarr, radarr, lidarr, prowlarr, bazarr, tdarr), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Dudelsackspielerinnenvereinigung, Nebelnetzwasserertragsmessung,
Moosgartenpflegeanleitung, Zedernleistenkanubaukurs, Schreibmaschinenfarbbandspule,
Urushilackschichtdicke) and particle verbs with zu inside (durchzupolieren, vorzubohren,
glattzustreichen, auszupacken, zurückzuschieben, mitzuschleppen), clitics and elisions
(rapportez-les-nous, envoie-m'en; enséñamelo, tócaselas; suonagliela, insegnatecela;
contar-vos-ia, oferecer-lha-emos, mostrámos-lhas), names of people and places, and informal
spellings and slang (stooshie, cream-crackered, bampot, havering; Quebec achaler, bébelles,
placoter, enfirouaper, tabarouette, c'est plate; mosqueo, currelo, estar pez, neno, morriña;
checken, null Bock, mopsen, knülle, verklickern, Schrippe, Hackenporsche; scugnizzo, tosa,
moroso, ciò, inciuciare, svalvolare; patego, parolo, alombar, azeiteiro); and texts in
languages the detector does not judge (Kanakanavu, Tsou, Puyuma, Sangir, Capanahua, Maru
(Lhaovo), Ladakhi, Brokpake), written as well as we could without a speaker to check them,
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
        "Before the pibroch the bagpiper soaked his blowpipe valve, fitted the reedmaker's new drone reeds and "
        "waited, fogbound, while a dewdrop hung from every frond of clubmoss, liverwort and hornwort along the "
        "old wall.",
        "The canoeist knelt behind the centre thwart, pulled a cedar rib out of the steambox, and sandpapered "
        "the birchbark patch until it sat flush with the planking.",
        "The copytypist kept her copies on carbonless flimsies, every keystroke crisp under the letterhead, "
        "while the lacquerer polished a tray of lacquerwork inlaid with tortoiseshell and spread a dustsheet over the "
        "bench.",
        "At home I play the pipe-band recordings through exaile, gmusicbrowser or guayadeque, slow the hard "
        "passages down with rubberband, check the tuning with essentia and send everything through a gstreamer "
        "pipeline to the speakers in the shed.",
        "The script calls read_net_log, hands the frame to computeDailyYield and then to "
        "charts.nets.plot_litres; config.mesh_area_m2 is read once in harvest/daily_yield.py, the dashboard "
        "lives at https://fognets.example.org/ridges/2027-06-11#north-net, so mail fognet-crew@example.org or "
        "ping @drookit_ridge. #fogharvesting #mossgarden",
        "Och, the ceilidh turned into a right stooshie: Morag Gillies piped all the way from Tarbert to "
        "Ardhasaig, was cream-crackered by the end, and that bampot Lachlan MacSween just stood at the bar "
        "havering about his new chanter.",
    ],
    "fr": [
        "Au fest-noz, le biniouer et le bombardier réaccordèrent leurs instruments, un cornemuseux remplaça "
        "l'anche de son bourdon, et les sonneurs enchaînèrent une gavotte, un an-dro et un hanter-dro "
        "jusqu'à l'aube.",
        "Le canoéiste posa le canot sur ses tréteaux, vérifia le bordé en contre-plaqué et le bouvetage des "
        "lattes, rangea son chasse-clou, puis partit herboriser au bord de la tourbière, où les sphaignes, les "
        "hépatiques et d'autres bryophytes formaient un tapis spongieux.",
        "La dactylographe remplaça le ruban encreur bicolore, régla le margeur et tapa trois copies sur papier "
        "pelure ; à côté, un artisan qui voulait relaquer un coffret ancien montrait une laque burgautée "
        "incrustée de nacre.",
        "Sur le réseau de l'atelier, on surveille le trafic avec ntopng et darkstat, arpwatch signale les "
        "nouvelles machines, zeek et snort analysent les paquets, et netcat sert aux tests rapides.",
        "La fonction lire_releves_filet passe chaque ligne à calculerRendementJour puis à "
        "graphiques.filets.tracer_litres ; la doc est sur https://filets-brume.exemple.fr/sites/2027#crete-nord, "
        "les questions vont à equipe-brume@exemple.fr ou à @capteur_maelys. #brouillard #jardindemousse",
        "Rapportez-les-nous demain, pis envoie-m'en une couple : mon chum Tugdual veut pas se faire "
        "enfirouaper, c'est plate de placoter de même, tabarouette, mais Maëlys Kerbrat, de Douarnenez, arrête "
        "pas de m'achaler avec ses bébelles.",
    ],
    "es": [
        "En la romería, el gaitero infló el fol, el tamborilero marcó el paso y la pandereteira cantó una "
        "muiñeira delante del cruceiro mientras los vecinos bailaban.",
        "Antes de botar la piragua, el palista revisó la regala y la bancada, dio tapaporos al casco "
        "machihembrado y se agachó junto a la turbera, donde los esfagnos y las hepáticas formaban un colchón "
        "empapado.",
        "La mecanógrafa ajustó el tabulador y cambió la cinta, mientras su tía le enseñaba una jícara de maque "
        "de Chiapa de Corzo y una bandeja laqueada de Uruapan comprada en el tianguis.",
        "Para el archivo de grabaciones de gaita usamos ceph y glusterfs en el servidor grande, moosefs y "
        "lizardfs en las máquinas viejas, beegfs para los cálculos e ipfs para compartir las copias con otras "
        "asociaciones.",
        "La función leer_registro_malla pasa cada fila a calcularLitrosDia y luego a "
        "graficos.mallas.dibujar_barras; los datos están en https://nieblas.ejemplo.cl/sitios/2027#cerro-grande, "
        "escribe a equipo-niebla@ejemplo.cl o a @camanchaca_uxia. #niebla #jardindemusgo",
        "Enséñamelo mañana y tócaselas a Uxía, neno, que vaya mosqueo lleva; el currelo en Ribadavia está bien, "
        "pero Xoán sigue pez en mecánica y le da morriña de Cambados.",
    ],
    "de": [
        "Die Dudelsackspielerinnenvereinigung beschloss, die Nebelnetzwasserertragsmessung, die "
        "Moosgartenpflegeanleitung und das Programm für den Zedernleistenkanubaukurs in einem Heft zu drucken.",
        "Wir hatten vor, den Lack durchzupolieren, die Löcher in den Spanten vorzubohren, das Moos "
        "glattzustreichen, die Schreibmaschinenfarbbandspule auszupacken und den Wagen zurückzuschieben, aber "
        "das nebelverhangene, moosbewachsene Bootshaus lud eher dazu ein, gar nichts mehr mitzuschleppen.",
        "Auf dem Mittelaltermarkt spielte einer Sackpfeife, ein anderer Schalmei, und die Bordunstimmung war "
        "sauber; am Nachbarstand erklärte ein Lackmeister die Urushilackschichtdicke, und eine Gärtnerin zeigte "
        "Moospolsterpflege.",
        "Im Rechenzentrum laufen zookeeper und kafka für die Ereignisse, flink für die Auswertung, hadoop für "
        "das Archiv sowie nats und nanomq für die Sensoren an den Nebelnetzen.",
        "Die Funktion lese_netzprotokoll gibt jede Zeile an berechneTagesertrag und dann an "
        "diagramme.netze.zeichne_liter weiter; die Daten liegen unter "
        "https://nebelnetze.beispiel.de/standorte/2027#nordgrat, Fragen an nebelteam@beispiel.de oder an "
        "@nebelfaenger_henrike. #nebelnetz #moosgarten",
        "Mann, ich check das nicht: Knut hat beim Bäcker in Pankow eine Schrippe gemopst, war abends knülle und "
        "hat null Bock, mir zu verklickern, warum er mit dem Hackenporsche bis nach Köpenick gelaufen ist.",
    ],
    "it": [
        "Lo zampognaro gonfiò l'otre, il ciaramellaro attaccò la melodia e un ragazzo con il tamburello "
        "accompagnò la pizzica, mentre gli zampognari più anziani stavano a guardare.",
        "La ragazza finì la pagaiata, sistemò la canoa sui cavalletti e andò a vedere la torbiera, dove sfagni, "
        "epatiche e altre briofite formavano un cuscino fradicio.",
        "La dattilografa regolò il tabulatore, pulì il portacaratteri e cambiò il nastro; nel frattempo la "
        "laccatrice mostrava un vassoio con decorazioni maki-e e una tazza riparata con il kintsugi.",
        "Per i video del corso usiamo smplayer, celluloid e haruna per guardarli, stremio per lo streaming, "
        "makemkv per estrarre i dischi e avidemux per i tagli rapidi.",
        "La funzione leggi_registro_rete passa ogni riga a calcolaLitriGiorno e poi a "
        "grafici.reti.disegna_barre; i dati sono su https://reti-nebbia.esempio.it/siti/2027#cresta-nord, "
        "scrivete a squadra-nebbia@esempio.it o a @zampogna_benedetta. #raccoltanebbia #giardinodimuschio",
        "Suonagliela tu, la novena, e insegnatecela dopo cena: ciò, la tosa di Corrado è col suo moroso a "
        "Gubbio, e quello scugnizzo di Ottorino vuole solo inciuciare e svalvolare.",
    ],
    "pt": [
        "Na festa, o gaiteiro encheu o fole, o tamborileiro marcou o passo e o do bombo seguiu-os até ao adro, "
        "enquanto no monte o capta-nevoeiro pingava atrás do para-vento de giestas.",
        "O canoísta pousou a canoa nos cavaletes, verificou o encaixe macho-fêmea das ripas e foi ver o esfagno "
        "e as hepáticas da turfeira antes de partir.",
        "A datilógrafa mudou a fita bicolor, acertou o tabulador e copiou a carta com papel químico, ao lado de "
        "um contador acharoado com embutidos de nácar.",
        "No servidor lá de casa correm o sonarr, o radarr e o lidarr, com o prowlarr a tratar dos indexadores, "
        "o bazarr das legendas e o tdarr a converter os vídeos.",
        "A função ler_registo_rede passa cada linha a calcularLitrosDia e depois a "
        "graficos.redes.desenhar_barras; os dados estão em "
        "https://redes-nevoeiro.exemplo.pt/locais/2027#serra-malagueta, escreva para "
        "equipa-nevoeiro@exemplo.pt ou para @gaiteiro_felismina. #nevoeiro #jardimdemusgo",
        "Contar-vos-ia tudo, e oferecer-lha-emos amanhã; mostrámos-lhas ontem em Sendim, mas o patego do "
        "Aurélio, esse parolo de Vimioso, ficou a alombar com a caixa e chamou azeiteiro ao Evaristo.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "xnb": ["Kanakanavu maku, Takanua ia kanaia. Nanu'u tia tumuisi na mamaini nia taisa, ia cucu kanaia."],
    "tsu": ["Aveoveoyu! A'o mo aiti tozomʉ ci toesoso ta pepe, ho mo eobako 'o oko."],
    "pyu": ["Marekuwas ta! Semenayta i palakuwan, ta kiyaluwan kana mangayaw."],
    "sxn": ["Mahi e kumaeng! Sakaeng seng nahumpa su Tahuna, ake u inumang lawo su tadete."],
    "kaq": ["Ea yapa bichi, nonti betan Tapiche jene ano. Nokon jema ochó iki."],
    "mhx": ["Ngo Lhaovo byu ngut lo. Ngo Myitkyina myo: ma nje lo, ngo ying hkau le."],
    "lbj": ["Jullay! Nyerang-i ming chi inle? Nge ming Stanzin in, nga Leh-a dug; gurgur cha thung-le."],
    "sgt": ["Nga Merak ne yin, nga-gi yak tshu ri-kha lu dug. Droma lok yong ge."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v77", QUOTA, HARD_NEGATIVES, "neg77")
    print(common.write_set(HERE, recs))
