"""Build the v91 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v91/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v91: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from cork
harvesting, roller coasters, saddle making, hop growing, weather vanes and ski lifts.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a cork oak survives stripping (phellogen, suberin), a weather vane's heading from an
      AS5600 on a Raspberry Pi Pico in MicroPython (`machine.I2C`, `readfrom_mem`), a hop
      picker's last evening in a Kent hop garden (literary), riding a button lift, James
      Curran and the first chairlifts at Sun Valley (1936), hop shoots on toast with a poached
      egg, natural cork versus screw caps, an e-mail booking a saddle fitting for a mare;
  fr: why a weather vane points into the wind, g-forces on a roller coaster from a phyphox
      export with numpy in Spyder (`np.loadtxt`, `np.linalg.norm`), a cork stripper in the
      Maures (literary), looking after a leather saddle, children's first ski lifts ("Bien
      sûr !"), the Aiguille du Midi cable car from the first projects to 1955, jets de houblon
      in cream, keeping small ski areas and their old drag lifts, a letter asking a metalworker
      to restore a church weathercock;
  es: how hops are grown on wirework along the Órbigo (lupulin, alpha acids), reading a
      resistor-ladder wind vane on an Arduino Nano (`analogRead()`, why not `map()`), a cork
      crew on a dehesa in July (literary), checking a saddle's fit before a long ride, five
      Spanish roller coasters ("¡Claro!"), the Catalan cork-stopper industry from Agullana to
      Palafrugell, olla aranesa after skiing at Baqueira, the Spanish vaquera saddle versus
      the English one for trail riding, an e-mail to a ski resort about chairlift access for a
      dual-ski rider;
  de: why hops climb wires in the Hallertau (a right-hand twiner), a wind vane on an ESP32 with
      ESPHome (`platform: adc`, `attenuation: 12db`, Home Assistant), an old saddler stitching
      by the window (literary), riding a T-bar or platter lift, five facts about cork
      ("Klar!"), gruit, hops and the Bavarian order of 1516, hop shoots with fried eggs,
      heated six-seater chairlifts as a wrong turn, a letter asking a saddlery to refit an old
      saddle, the circular mean of wind directions (algorithm), how a detachable chairlift
      grips and releases the rope, why one floats over a roller-coaster hill (science);
  it: why the cork oak survives its harvest in Gallura, a Telegram message with the day's open
      chairlifts (`urllib.request.urlopen`, `json.load`, `sendMessage`), a young woman alone on
      a chairlift in fog (literary), growing hops in a garden, roller coasters at Gardaland
      and Mirabilandia ("Certo!"), Italian cableways from the Bolzano funivia del Colle of 1908
      to the ski boom, risotto with bruscandoli, front row or back row on a roller coaster, an
      e-mail asking a saddler to restore a Maremma scafarda saddle;
  pt: the cork harvest in the Alentejo (virgem, secundeira, amadia), reading a wind vane on a
      Raspberry Pi 4 through an MCP3008 with gpiozero (`MCP3008(channel=0)`, `min()`), an old
      saddler at Golegã on the eve of São Martinho (literary), a first chairlift ride in the
      Serra da Estrela, a first roller coaster ("Claro!"), Portuguese cork from medieval laws
      to Amorim (1870), açorda alentejana on harvest days, growing hops at home for beer, a
      residents' letter to the council about the town clock tower's weather vane.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (liftie, chairlift, bullwheel, snowcat, liftline, weathercock, finial,
verdigris, timberline, saddletree, cantle, pommel, numnah, saddlecloth, sidesaddle, crupper,
surcingle, debarking, phellem, suberin, lenticel, corkwood, corkscrew, rollercoaster,
sidewinder, headchopper, freefall, airtime; perchman, téléski, remonte-pente, dameuse,
télécabine, télésiège, girouette, démasclage, bouchonnier, bouchonnerie, subériculture,
houblonnière, houblonnier, sellier-harnacheur, arçon, troussequin, étrivière, sous-ventrière,
grand-huit, looping, coq-girouette; alcornocal, corchero, descorche, bornizo, taponera,
talabartero, guarnicionería, arzón, baticola, gamarra, sudadero, veleta, pisanieves, telesquí,
telearrastre, telecabina, lupulero, lupulina; Korkeichenrindenernte, Korkstopfenstanzerei,
Sesselbahnbetriebsvorschrift, Kuppelklemmenprüfung, Schleppliftbügelersatzteilliste,
Talstationsgebäude, Hopfenpflückmaschinenwartungstermin, Wetterhahnvergoldungsauftrag;
sughereta, demaschiatura, sugherificio, decortica, sughericoltura, luppoleto, seggiovia,
cabinovia, ovovia, sciovia, battipista, sellaio, sellificio, arcione, sottosella, staffile,
banderuola, segnavento, mostravento; descortiçamento, tiradores, secundeira, amadia,
corticeira, seleiro, selaria, arção, rabicho, cilha, grimpa, catavento, telecadeira, telesqui,
teleférico, telecabina, lupulicultor), tool and brand names in lower case in prose (acarsdec,
satdump, csdr, rtlamr, qsstv, nmon; flake8, yapf, autopep8, pyinstrument, scalene, memray;
sshuttle, autossh, ncat, ngrep, zmap, iotop; munin, nagios, oxidized, phpipam, glpi,
snipe-it; toxiproxy, wiremock, mockoon, pgpool, stolon, wal-g; alembic, migra, sqlfmt,
tflint, conftest, okteto), code identifiers in snake_case and camelCase and dotted names,
URLs, e-mail addresses, hashtags and @handles, German particle verbs with zu inside
(abzuschälen, aufzumalen, abzusuchen, einzukuppeln, anzuleiten, herunterzuholen,
aufzusetzen), clitics and elisions (renvoie-la-leur, préviens-nous, j'étais; cómpraselos,
mándaselos; mettiamocela, portiamoglielo, un'ombra; levou-lha, emprestar-lha-ia, ma), names of
people and places, and informal and dialect words (Yorkshire, Lancashire and Welsh English
babby, frit, nithered, mafting, whingeing, tamping, cwtch; southern French, Quebec and Swiss
quèsaco, miladiou, ensuqué, gnaque, poudrerie, déguiller; Argentine, Mexican and Canarian
trucho, bancar, chafa, fotingo; Austrian Gschamster, Gatsch, Haxn, brochen, eh scho; Tuscan,
Venetian and Neapolitan diaccio, ombra, magnar, ammuìna; Brazilian sextou, bora, rolezinho,
bagual); and texts in languages the detector does not judge (Meriam, Wangaaybuwan-Ngiyambaa,
Carrier, Lushootseed, Yakama, Kiowa, Klamath-Modoc, Dargwa, written as well as we could
without a speaker to check them), some with a glue in them, which must get no word finding at
all.
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
        "Before the first run the liftie brushed the snow off every chairlift seat, checked the bullwheel in "
        "the top station and waved the snowcat past the liftline, while up on the barn roof a gilded "
        "weathercock swung on its finial, green with verdigris, just below the timberline.",
        "The saddler fitted a new saddletree, rebuilt the cantle and the pommel, cut a numnah and a "
        "saddlecloth from felt, and sent the old sidesaddle back with a spare crupper, a surcingle and a "
        "stirrup leather.",
        "After the debarking the trunk shows the phellem, rich in suberin and dotted with lenticels; the "
        "corkwood goes to a factory that also makes corkscrew handles, and at the fair a rollercoaster with a "
        "sidewinder, a headchopper and a freefall drop promised plenty of airtime.",
        "At the club hut we run acarsdec and satdump for the dish, csdr and rtlamr for the meter readings, "
        "qsstv for the pictures, and nmon to watch the old laptop sweat.",
        "The script calls read_vane_angle, passes each value to toCompassPoint and then to "
        "station.logger.write_row; config.vane_offset_deg lives in vane/calibrate_offset.py, the guide is at "
        "https://vanes.example.net/guide/2028-01-09#calibration, mail vane-lab@example.net or ping "
        "@gilded_cockerel_ops. #weathervane #diyweather",
        "Our babby were frit of the button lift and proper nithered by noon, then mafting in the café, so "
        "Ffion Pritchard started whingeing and Gethin Probert got tamping about the queues on Cairn Gorm; "
        "a cwtch and a brew sorted them both out.",
    ],
    "fr": [
        "Au petit matin, le perchman du téléski déneigeait le remonte-pente pendant que la dameuse montait "
        "vers la télécabine ; plus haut, le télésiège restait fermé à cause du vent qui affolait la "
        "girouette.",
        "Le démasclage se fait vers trente ans, puis le bouchonnier achète le liège de reproduction, la "
        "bouchonnerie le trie, et la subériculture reste un métier de patience ; dans la houblonnière "
        "voisine, le houblonnier attache les lianes aux fils.",
        "Le sellier-harnacheur remplaça l'arçon, recousit le troussequin, changea une étrivière et la "
        "sous-ventrière, puis nous parla du grand-huit de son enfance, de son looping et du coq-girouette "
        "du village.",
        "Sur le poste de l'atelier tournent flake8 et yapf pour le style, autopep8 pour les corrections "
        "automatiques, puis pyinstrument, scalene et memray pour savoir où le programme perd son temps.",
        "La fonction lire_angle_girouette passe chaque mesure à versPointCardinal puis à "
        "station.journal.ecrire_ligne ; la doc est sur https://girouettes.exemple.fr/guide/2028#etalonnage, "
        "les questions vont à atelier-girouette@exemple.fr ou à @coq_du_clocher. #girouette #meteoamateur",
        "Renvoie-la-leur demain et préviens-nous s'il râle : quèsaco, cette poudrerie ? Miladiou, "
        "j'étais tout ensuqué, mais Maïwenn a la gnaque, elle a failli déguiller le perchman à "
        "Montgenèvre devant Anatole.",
    ],
    "es": [
        "En el alcornocal, el corchero hace el descorche cada nueve años; el bornizo se vende barato, y la "
        "industria taponera paga mucho más por el corcho de las sacas siguientes.",
        "El talabartero de la guarnicionería ajustó el arzón, cambió la baticola, la gamarra y un estribo, y "
        "dejó el sudadero secándose junto a la veleta del patio, una copia pequeña del Giraldillo.",
        "A primera hora la pisanieves subía por la pista mientras el telesquí, el telearrastre y la "
        "telecabina arrancaban; en la ladera, un lupulero de Carrizo explicaba que el amargor de la "
        "cerveza sale de la lupulina.",
        "En el portátil de guardia usamos sshuttle y autossh para entrar en la red de la estación, ncat y "
        "ngrep para mirar el tráfico, zmap para el inventario e iotop cuando el disco se queja.",
        "La función leer_angulo_veleta pasa cada lectura a aPuntoCardinal y luego a "
        "estacion.registro.escribir_fila; la documentación está en https://veletas.ejemplo.es/guia/2028#calibrado, "
        "escribe a taller-veletas@ejemplo.es o a @veleta_del_tejado. #veleta #meteoaficionados",
        "Cómpraselos mañana y mándaselos tú: la silla era trucha, el fotingo de Xoana no arrancaba y yo no me "
        "bancaba otra hora en Candanchú, aunque el telesilla nuevo de Astún no es nada chafa.",
    ],
    "de": [
        "Die Korkeichenrindenernte beginnt, sobald es warm genug ist, die Platten abzuschälen; der "
        "Vorarbeiter vergisst nie, die Jahreszahl auf den Stamm aufzumalen, und die "
        "Korkstopfenstanzerei im Tal wartet schon auf die Ware.",
        "Laut Sesselbahnbetriebsvorschrift ist das Förderseil regelmäßig auf Drahtbrüche abzusuchen, und erst nach der "
        "Kuppelklemmenprüfung darf der Betriebsleiter erlauben, die Sessel wieder einzukuppeln; die "
        "Schleppliftbügelersatzteilliste hängt im Talstationsgebäude.",
        "In der Hallertau beginnt man im April, die Triebe anzuleiten, der Hopfenpflückmaschinenwartungstermin "
        "fällt in den Juli, und der Wetterhahnvergoldungsauftrag der Gemeinde sieht vor, den Hahn im Herbst "
        "herunterzuholen und neu aufzusetzen.",
        "Im Rechenzentrum der Bergbahnen laufen munin und nagios für die Überwachung, oxidized sichert die "
        "Konfiguration der Switches, phpipam verwaltet die Adressen, und glpi und snipe-it führen Buch über "
        "die Geräte.",
        "Die Funktion lese_fahnenwinkel gibt jeden Messwert an zuHimmelsrichtung und dann an "
        "station.protokoll.schreibe_zeile weiter; die Doku liegt unter "
        "https://wetterfahnen.beispiel.de/anleitung/2028#kalibrierung, Fragen an "
        "fahnenwerkstatt@beispiel.de oder an @wetterhahn_ottobeuren. #wetterfahne #hobbymeteorologie",
        "Geh, Gschamster, der Gatsch unten bei der Talstation war a Wahnsinn, fast hätt i mir die Haxn "
        "brochen; der Ferdl und die Resi warten eh scho in Schladming auf uns.",
    ],
    "it": [
        "Nella sughereta la demaschiatura si fa quando la pianta ha circa venticinque anni; poi il "
        "sugherificio compra il sughero della decortica, e la sughericoltura resta un mestiere di pazienza.",
        "Dal luppoleto si vede la seggiovia, mentre più su la cabinovia, l'ovovia e la vecchia sciovia "
        "portano gli sciatori fino al battipista fermo accanto alla funivia.",
        "Il sellaio del sellificio cambiò l'arcione, ricucì il sottosella e lo staffile, e sopra la sua "
        "bottega gira ancora una banderuola, un segnavento a forma di gallo che i vecchi chiamano "
        "mostravento.",
        "Per i test del servizio usiamo toxiproxy per simulare una rete lenta, wiremock e mockoon per le "
        "finte API, pgpool davanti al database, stolon per l'alta disponibilità e wal-g per i backup.",
        "La funzione leggi_angolo_banderuola passa ogni lettura a versoPuntoCardinale e poi a "
        "stazione.registro.scrivi_riga; la documentazione è su https://banderuole.esempio.it/guida/2028#taratura, "
        "scrivete a officina-banderuole@esempio.it o a @galletto_del_campanile. #banderuola #meteoamatori",
        "Mettiamocela tutta e portiamoglielo domani: ero diaccio dopo la sciovia, ma Gianmaria e Assunta "
        "mi hanno portato a Cortina per un'ombra e qualcosa da magnar, senza fare ammuìna.",
    ],
    "pt": [
        "No montado, o descortiçamento faz-se de nove em nove anos; os tiradores distinguem a cortiça "
        "virgem da secundeira e da amadia, e a corticeira paga mais pela última.",
        "O seleiro da selaria trocou o arção, o rabicho e a cilha, e por cima da oficina gira uma grimpa "
        "de ferro que os mais novos julgam ser um simples catavento.",
        "Na serra, a telecadeira e o telesqui abrem às nove, o teleférico às dez, e quem quiser descer de "
        "telecabina paga bilhete à parte; no vale, um lupulicultor mostrava os seus cones aos esquiadores.",
        "Nos servidores da escola usamos o alembic e o migra para as migrações, o sqlfmt para formatar as "
        "consultas, o tflint para a infraestrutura, o conftest para as políticas e o okteto para os "
        "ambientes de teste.",
        "A função ler_angulo_grimpa passa cada leitura a paraPontoCardeal e depois a "
        "estacao.registo.escrever_linha; a documentação está em https://grimpas.exemplo.pt/guia/2028#calibracao, "
        "escreva para oficina-grimpas@exemplo.pt ou para @galo_da_torre. #catavento #meteoamador",
        "Ele levou-lha ontem e eu emprestar-lha-ia outra vez, se o Duarte ma devolvesse a tempo. Já a Thaís, "
        "de Porto Alegre, escreveu: sextou, bora dar um rolezinho com aquele cavalo bagual?",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ulk": ["Debe idim! Nako ma nali? Ka sikak nali, au esuau; e gebgeb pe dike, irmer pe dike."],
    "wyb": ["Yangkanti mayi thaay yananhi, Ngiyampaa mayi, Wirraathurray mayi. Yata wiimalatha!"],
    "crx": ["Bunda hoonzoo! Danint'oh? Soo'nust'oh, hoonust'i."],
    "lut": ["ʔi čəxʷ, haʔɬ sləx̌il! ʔəsƛ̕ubil čəd, ʔəsx̌aƛ̕txʷ čəd ti dxʷləšucid."],
    "yak": ["Mísh nam wá? Shíx̱nash wá. Ánachax̱i mash ḵ'ínuta."],
    "kio": ["Hā́chò, sègī́dàu! Bàā́nàu béyáigùn. Àhô."],
    "kla": ["waq lis ʔi nanookins? waq dal ʔi gee ʔewksiknii ʔelGank?"],
    "dar": ["Дудеш вакӀиб, урши узар. Дарган мез нушала мез саби."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v91", QUOTA, HARD_NEGATIVES, "neg91")
    print(common.write_set(HERE, recs))
