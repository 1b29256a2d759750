"""Build the v67 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v67/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v67: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from ski
jumping, candle making, harbour pilots, mosaic tiles, rice terraces and bell ringing.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why ski jumpers fly in a V (Boklöv, lift against drag), decoding AIS around a pilot
      station with rtl_ais and `pyais` (`decode()`, `UDPReceiver`) on a Raspberry Pi, an old
      ringer climbing the tower before a wedding (literary), first container candles in soy
      wax, the Ifugao rice terraces and the hudhud, Shrove Tuesday pancakes and the Olney
      pancake bell, smalti against vitreous glass tiles (opinion), an e-mail from a maritime
      historian asking to go out with a pilot;
  fr: how a harbour pilot boards a moving ship (pilotine, pilot ladder), a mosaic plan from a
      photo with `Pillow` (`Image.open()`, `quantize()`) and Affinity Designer, dawn over rice
      terraces (literary), moulded beeswax candles, a day at the Courchevel jumps ("Bien
      sûr !"), the bells of Notre-Dame de Paris from Emmanuel to 2024, teurgoule (Norman rice
      pudding), opening ski flying to women (opinion), a teacher's letter asking to visit a bell
      foundry on a casting day;
  es: why rice terraces do not collapse in the monsoon, FIS distance points in Python
      (`round()`, `sorted()`) and Google Sheets, a Valparaíso pilot climbing a ladder at night
      (literary), a mosaic by the indirect method, scented soy candles ("¡Claro!"), manual bell
      ringing in Spain and its 2022 Unesco listing, arroz caldoso marinero, paraffin against
      beeswax candles (opinion), an e-mail to a Roman-mosaic course in Mérida;
  de: how Roman mosaics were laid (opus vermiculatum), finding a bell's strike note with
      Audacity and `librosa.load()`, `numpy.fft.rfft()`, `scipy.signal.find_peaks()`, a ski
      jumper on the bar at Oberstdorf (literary), dipping candles with children, a day at the
      Jatiluwih rice terraces ("Klar!"), the history of the Vierschanzentournee, Bubur Injin
      (Balinese black rice pudding), church clocks striking at night (opinion), a nautical
      student's letter to a pilots' station, plain hunt in change ringing (algorithm), how a
      pilot station ship and its transfer boat work, why a candle burns (science);
  it: how bells are rung "alla veronese", a digital mosaic with `scikit-image`
      (`segmentation.slic()`) and Photoshop, a Genoa pilot boarding a tanker at dusk
      (literary), candles in glass jars, the Predazzo jumps before the 2026 Games ("Certo!"),
      the mosaics of Ravenna, risotto alla pilota, hand ringing against electric bells
      (opinion), a mother's e-mail asking for a ski-jumping trial for her son;
  pt: why jar candles tunnel, tide windows for the Leixões bar with `numpy` and `matplotlib`
      (`np.linspace()`, `plt.axhline()`) and Navionics, a village bell ringer at dusk
      (literary), a mosaic from broken azulejos, three days at the Banaue and Batad terraces
      ("Claro!"), the pilots of the Douro bar, arroz de tamboril, ski jumping on television
      (opinion), a bride's letter ordering wedding candles.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words of the crafts, none of them listed by an
earlier set (handstroke, backstroke, bellframe, steeplekeeper, bellhanger, gudgeon, rehang,
candlemaker, chandlery, candlewick, tallow, snuffer, tinderbox, candlestick, wickless, hardie,
smalti, tesserae, andamento, pilotage, seaway, shipmaster, sternway, pilothouse, quayside,
harbourmaster, hawser, towline, boathook, backwash, landslip, stonework, ricefield, inrun,
takeoff; abat-son, campanaire, joug, volée, cirier, lumignon, mouchette, éteignoir, bougeoir,
chauffe-plat, mosaïste, smalt, tesselle, marteline, tranchet, lamaneur, pilotine, vraquier,
riziculteur, diguette, télémark; campanero, espadaña, badajo, volteo, bandeo, cerería, cerero,
pabilo, velón, palmatoria, despabiladeras, mosaiquista, lechada, practicaje, amarrador,
remolcador, portacontenedores, bancal, acequia, abancalamiento, arrozal; Klöppel, Joch,
Läutemaschine, Wachszieher, aufstoppen, Schanzentisch, Aufsprunghang; suonatore, campanologo, ceppo,
batacchio, incastellatura, scampanata, scampanio, ceraiolo, moccolo, lucignolo, smoccolatoio,
portacandele, mosaicista, martellina, tagliolo, ormeggiatore, pilotina, portacontainer,
risicoltore, terrazzamenti; campanário, badalo, repique, carrilhão, cerieiro, círio,
lamparina, castiçal, apaga-velas, mosaísta, azulejaria, amarrador, porta-contentores,
orizicultor, socalco, arrozal, calceteiro), tool and brand names in lower case in prose (gpsd,
signalk, aiscatcher, pypilot, vesselfinder, marinetraffic; webodm, opendronemap, pdal,
cloudcompare, potree, whitebox; colmap, meshroom, openmvg, kornia, libvips, graphicsmagick;
crowdsec, passbolt, gopass, infisical, powerdns, wazuh; mopidy, snapcast, owntone, airsonic,
musicbrainz; signoz, uptrace, jaeger, zipkin, fluentd, graylog), code identifiers in snake_case
and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds (Glockenstuhlsanierungsarbeiten, Kirchturmuhrenwartungsdienst,
Lotsenversetzbootsführer, Großschanzenweltcupwochenende, Kerzenwachsschmelztopf,
Mosaiksteinchenschneidezange, Reisterrassenbewässerungsmodell) and particle verbs with zu
inside (einzuhängen, einzustellen, aufzustoppen, abzuspringen, hinunterzufliegen,
herauszuheben, glattzurollen, wegzustellen), clitics and elisions (rends-la-lui, donne-m'en,
qu'on s'en; pónselas, cómpramelas; portategliene, vendetegliele, se ne vanno; entregar-lho-ei,
acendê-la-emos), names of people and places, and informal spellings, dialect and slang (bamboozled, kaput, manky, clobber,
whinge, shenanigans, cushty, gormless; tarpin, dégun, fada, dracher, chocolatine; pasota,
cachondeo, jartá; Remmidemmi, Zaster, tüddelig, Klönschnack, Tüdelkram, Sause;
smanettone, bigiare, gasarsi, gufare; forreta, cusca, pachorra, chatice, fino, sertã); and
texts in languages the detector does not judge and no earlier set used (Cheyenne, Arapaho,
Potawatomi, Menominee, Oneida, Seneca, Cayuga, Kwak'wala), some possibly with a glue in them,
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
        "Between handstroke and backstroke the tenor paused at the balance; afterwards the steeplekeeper "
        "checked every gudgeon in the oak bellframe, and the bellhanger promised to rehang the treble before "
        "the next quarter peal.",
        "The candlemaker at the old chandlery dipped tallow candles on a braided candlewick, trimmed the stubs "
        "with a snuffer and kept a tinderbox beside each pewter candlestick, although the wickless warmers "
        "sold better. Next door a mosaicist nipped smalti and tesserae on a hardie, setting them in an "
        "andamento that swept around the figure.",
        "Pilotage on the seaway is compulsory, so the shipmaster held the ship with barely any sternway while "
        "the pilot climbed from the cutter to the pilothouse; on the quayside the harbourmaster watched the "
        "hawser, the towline and a boathook swaying in the backwash. Up in the hills a landslip had broken the "
        "stonework of a ricefield, and on the jump above the village the inrun and the takeoff were being "
        "groomed.",
        "On the pilot boat we run gpsd for the receiver, signalk as the data server, aiscatcher to decode the "
        "traffic and pypilot for the autopilot, while the office keeps vesselfinder and marinetraffic open on "
        "a second screen.",
        "The script calls read_ringing_log, passes each row to countChangesPerMinute and then to "
        "peals.stats.plot_speed; config.tower_bells is loaded from towers/st_edith.toml, the results are at "
        "https://ringing.example.org/peals/2027-05-02#quarter, and questions go to "
        "tower-captain@example.org or @tenor_behind_rosalind. #bellringing #quarterpeal",
        "Tamsin Pengelly had us properly bamboozled: she swore the van from Penzance was kaput, then drove it "
        "to Ilfracombe crammed with manky climbing clobber while Lowenna Trewhella had a whinge in the back "
        "about all the shenanigans. Cushty, said Jago Nancarrow, and nobody was gormless enough to argue.",
    ],
    "fr": [
        "Sous l'abat-son, le campanaire vérifia le joug, le battant et le bourdon, puis il montra aux "
        "apprentis comment lancer la volée à la main sans abîmer la corde.",
        "Le cirier du village fabriquait des cierges et des lumignons ; sur son établi, une mouchette, un "
        "éteignoir et un bougeoir en étain côtoyaient un chauffe-plat. Dans l'atelier voisin, la mosaïste "
        "taillait des smalts et des tesselles à la marteline sur un tranchet.",
        "Le lamaneur attendait sur le quai pendant que la pilotine longeait le vraquier ; plus haut, le "
        "riziculteur réparait la diguette de sa rizière, et au tremplin une sauteuse réussit un télémark "
        "impeccable.",
        "Pour relever les rizières, on utilise webodm et opendronemap pour les orthophotos, pdal pour filtrer "
        "les nuages de points, cloudcompare et potree pour les visualiser, et whitebox pour calculer les "
        "pentes.",
        "La fonction lire_releve passe chaque tesselle à calculerCouleurMoyenne puis à "
        "mosaique.palette.trouver_teinte ; le plan est sur https://mosaique.exemple.fr/ateliers/2027#panneau, "
        "écrivez à atelier-tesselles@exemple.fr ou à @mosaiste_gwendoline. #mosaique #smalts",
        "Rends-la-lui demain et donne-m'en deux, qu'on s'en souvienne : à Marseille, Marius a tarpin de "
        "boulot, dégun ne l'aide, et il devient fada. À Lille, Anne-Sophie m'a dit qu'il allait dracher "
        "jusqu'au soir, alors elle garde sa chocolatine pour l'apéro à Roubaix.",
    ],
    "es": [
        "El campanero subió a la espadaña, revisó el yugo y el badajo de la campana mayor y preparó el volteo, "
        "mientras su sobrino practicaba el bandeo con la pequeña.",
        "En la cerería del pueblo, el cerero enrollaba el pabilo, encendía un velón y dejaba las velas en una "
        "palmatoria junto a las despabiladeras; al lado, una mosaiquista cortaba teselas y preparaba la "
        "lechada.",
        "El practicaje es obligatorio en este puerto: el amarrador esperaba en el muelle y el remolcador "
        "empujaba al portacontenedores. Tierra adentro, los campesinos reparaban cada bancal y cada acequia "
        "del arrozal, fruto de un antiguo abancalamiento de las laderas.",
        "Para el archivo de mosaicos usamos colmap, meshroom y openmvg para reconstruir los suelos en tres "
        "dimensiones, kornia para corregir las fotos y libvips o graphicsmagick para generar las miniaturas.",
        "La función leer_saltos pasa cada fila a calcularNotaEstilo y después a "
        "resultados.tabla.ordenar_por_total; la clasificación está en "
        "https://saltos.ejemplo.es/copa/2027#final, escribe a club-saltos@ejemplo.es o a @saltadora_itziar. "
        "#saltoconesquí #trampolín",
        "Pónselas a Itziar, que le quedan bien, y cómpramelas mañana, que Toño es un pasota y solo busca "
        "cachondeo; en Jerez me contaron que en la feria había una jartá de gente y que Macarena bailó con "
        "Paco Lozano hasta las seis.",
    ],
    "de": [
        "Die Glockenstuhlsanierungsarbeiten begannen erst, nachdem der Kirchturmuhrenwartungsdienst den "
        "Klöppel ausgebaut hatte; der Sachverständige versprach, das Joch bis Ostern wieder einzuhängen und "
        "die Läutemaschine neu einzustellen.",
        "Der Lotsenversetzbootsführer riet dem Kapitän, erst kurz vor der Ansteuerungstonne aufzustoppen. Im "
        "Programmheft für das Großschanzenweltcupwochenende stand, dass die Springerinnen am Schanzentisch "
        "früher abzuspringen hätten, um nicht zu weit den Aufsprunghang hinunterzufliegen.",
        "Im Kerzenwachsschmelztopf wurde das Bienenwachs flüssig, und der Wachszieher erklärte den Kindern, "
        "wie man die Kerze aus dem Wasser herauszuheben, unten glattzurollen und zum Trocknen wegzustellen "
        "hat. Daneben lagen eine Mosaiksteinchenschneidezange und ein Reisterrassenbewässerungsmodell aus der "
        "Schulausstellung.",
        "Auf dem Vereinsserver laufen crowdsec gegen Angriffe, passbolt und gopass für die Passwörter, "
        "infisical für die Geheimnisse der Anwendungen, powerdns für die Namensauflösung und wazuh für die "
        "Überwachung.",
        "Die Funktion lade_laeutplan gibt jede Zeile an berechneAnschlagzeit und dann an "
        "glocken.plan.zeichne_folge weiter; die Daten liegen unter "
        "https://glocken.beispiel.de/plaene/2027#ostern, Fragen an glockenteam@beispiel.de oder an "
        "@glocke_hedwig. #glockengeläut #wechselläuten",
        "Hör mal, das war ein Remmidemmi: Hinnerk hat in Cuxhaven seinen ganzen Zaster verprasst, und "
        "Swantje, schon etwas tüddelig, nannte das beim Klönschnack bloß Tüdelkram, bevor sie zur Sause nach "
        "Otterndorf fuhr.",
    ],
    "it": [
        "Il suonatore salì nella cella campanaria, controllò il ceppo, il batacchio e l'incastellatura, poi "
        "insegnò ai ragazzi la scampanata per la festa, mentre un campanologo registrava lo scampanio.",
        "Il ceraiolo di Gubbio vendeva moccoli, lucignoli e candele votive, e accanto al candeliere teneva uno "
        "smoccolatoio d'ottone e un portacandele. Nella bottega vicina la mosaicista tagliava le tessere con "
        "la martellina sul tagliolo.",
        "L'ormeggiatore aspettava sulla banchina mentre la pilotina affiancava il portacontainer; in collina il "
        "risicoltore sistemava i terrazzamenti, e sul trampolino di Pragelato la saltatrice atterrò con un "
        "telemark perfetto.",
        "Per l'archivio delle registrazioni delle campane usiamo mopidy e snapcast per diffonderle in tutta la "
        "sala, owntone per gli altoparlanti, airsonic per l'ascolto da remoto e musicbrainz per i metadati.",
        "La funzione leggi_concerto passa ogni rintocco a calcolaIntervallo e poi a "
        "campane.grafico.disegna_sequenza; i file sono su https://campane.esempio.it/concerti/2027#pasqua, "
        "scrivete a gruppo-campanari@esempio.it o a @campanaro_ottavio. #suonoallaveronese #campanari",
        "Portategliene due e, se le vuole, vendetegliele: Ottavio, quello smanettone, ha bigiato la scuola "
        "per gasarsi al trampolino e adesso non smette di gufare, mentre Fiorenza e Annunziata se ne vanno a "
        "Cavalese con Gianmaria.",
    ],
    "pt": [
        "No campanário, o homem verificou o badalo e o eixo do sino grande e ensinou ao neto o repique das "
        "festas, enquanto o carrilhão da basílica tocava ao longe.",
        "O cerieiro de Fátima vendia círios, lamparinas e velas de promessa, e na montra havia um castiçal e um "
        "apaga-velas de latão. Na oficina ao lado, a mosaísta cortava peças de azulejaria para um painel.",
        "O amarrador esperava no cais enquanto a lancha do piloto encostava ao porta-contentores; no norte de "
        "Luzon, o orizicultor reparava cada socalco do arrozal, e em Lisboa o calceteiro assentava a calçada "
        "com o maço.",
        "Na plataforma da oficina, o signoz e o uptrace recolhem os traços, o jaeger e o zipkin servem de "
        "alternativa, o fluentd envia os registos e o graylog guarda-os durante um ano.",
        "A função ler_encomendas passa cada pedido a calcularTempoQueima e depois a "
        "oficina.relatorio.gerar_tabela; os dados estão em https://velas.exemplo.pt/encomendas/2027#casamento, "
        "escreva para oficina-velas@exemplo.pt ou para @cerieira_teresinha. #velasartesanais #ceradeabelha",
        "Entregar-lho-ei amanhã e acendê-la-emos juntos, mas não sejas forreta nem cusca: a Teresinha já não tem "
        "pachorra para a chatice do Zé Manel, que em Matosinhos bebeu um fino atrás do outro e depois foi "
        "buscar a sertã à adega do Ti Albano.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "chy": ["Haáahe! Nétonėšévehe? Nea'eše, hena'haanehe."],
    "arp": ["Héébe! Hohóú, hinóno'éitíít."],
    "pot": ["Bozho, ndenwémagnek! Ndezhnekas Mnoké, ni je na ezhnekazyen? Igwien."],
    "mez": ["Posoh, Omǣqnomenēwak! Waewaenen."],
    "one": ["Shekóli! Onʌyoteʔa·ká niʔi, yawʌ́ko."],
    "see": ["Nyá:wëh sgë:nö'! Onödowá'ga:' Gawë:nö'."],
    "cay": ["Sgę:nǫʔ! Nyaweh, Gayogo̱hó:nǫʔ."],
    "kwk": ["Yo, gilakas'la! Nugwa'am Tłakwagila."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v67", QUOTA, HARD_NEGATIVES, "neg67")
    print(common.write_set(HERE, recs))
