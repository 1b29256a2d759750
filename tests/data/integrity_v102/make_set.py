"""Build the v102 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v102/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v102: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from gold
panning, banjo making, rice wine (sake) brewing, hedge mazes, railway signalling and weather
forecasting for sailors.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and a
product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail; German also an algorithm, a how-it-works and a
science explanation); eight in English, nine in French, Spanish, Italian and Portuguese, twelve
in German (no glue of two content words there):
  en: why gold stays in the pan (density, riffles), reading a PredictWind Offshore GRIB with
      `pygrib` (`select`, `np.hypot`), a woman alone at dusk in a yew maze (literary), setting
      up an open-back banjo, from time-interval working to block and interlocking (Armagh
      1889), sake-kasu black cod, Japan's ban on home sake brewing (opinion), an e-mail asking
      a sailing club for a weather-briefing evening;
  fr: why marine forecasts speak in Beaufort (avis de grand frais), checking an interlocking
      table for SimSig with `itertools.combinations`, an old gold panner on the Ariège
      (literary), a steam-bent maple banjo rim step by step, a hornbeam maze ("Bien sûr !"),
      French signals from the company disc to the Verlant code and cab signalling, clams steamed
      in sake, leisure gold panning (opinion), a letter ordering a clawhammer banjo;
  es: why sake ferments in parallel (koji and yeast), a hedge-maze generator exported with
      `ezdxf` to SketchUp, a skipper watching the barometer fall (literary), gold panning with
      a batea step by step, the parts of a banjo ("¡Claro!"), the California gold rush and its
      Sonoran and Chilean miners, kasujiru, ERTMS against national train protection (opinion),
      an e-mail to a sailing school about a weather course;
  de: why gold collects in river placers, a pressure-tendency barograph on an M5Stack
      (`millis()`, `M5.Lcd.drawLine()`), a woman lost in a hornbeam maze in fog (literary),
      tensioning a banjo head, the German sea-weather report ("Klar!"), mechanical to
      electronic interlockings, amazake, maize mazes against hedge mazes (opinion), a letter
      asking to visit a sake brewery, the axle-counter algorithm, how a semaphore signal with
      wire pulls works, what Aspergillus oryzae does in sake (science);
  it: why the banjo sounds dry and bright, GFS winds with Herbie (`H.xarray()`, `ax.barbs()`),
      an old signalman's last winter in a mountain cabin (literary), planting a hedge maze
      step by step, serving sake at home ("Certo!"), the Roman gold workings of the Bessa,
      spaghetti with clams and sake, weather apps against the bollettino del mare (opinion),
      an e-mail asking a maker for a clawhammer banjo quote;
  pt: why a block signal stays red (cantonamento, Convel), tracking a sake mash with a RAPT
      Pill and pandas (`resample`, nihonshu-do), a fisherman at Nazaré listening to the
      forecast (literary), gold panning with a bateia step by step, choosing a first banjo
      ("Claro!"), the history of hedge mazes (Hampton Court), chicken marinated in sake and
      ginger, building a banjo from a kit (opinion), a teacher's letter asking to visit the
      railway museum at Entroncamento.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words of the crafts, since earlier sets used
up most closed-class compounds (overburden, paystreak, hardpan, highbanker, nuggety, placer,
tonewood, fretboard, flathead, clawhammer, fingerpicking, frailing, signalmen, trainload,
headshunt, crossover, squall, waterspout, haar, boxwood, topiary, hornbeam; orpailleuse,
aurifères, paillettes, batée, chevalet, tendeurs, charmille, cordeau, traversée-jonction,
contre-ordre, après-midi; barequero, jagua, aurífera, cordal, arrayán, carpe, espigón,
marejadilla; guardafili, frangionde, nostromo, terzarolare, controfiocco, mezzomarinaro,
cordiera, pagliuzza, aurifera, canaletta, setaccio; garimpeiro, aurífero, bateia, calha,
palhetas, esporão, cavalete, estandarte, buxo, teixo), tool and brand names in lower case in
prose (openplotter, kplex, saildocs, wgrib2, grib2json, panoply; openrailwaymap, openttd,
simutrans, openrails, navitia, traewelling; plotnine, bokeh, holoviews, datashader, vaex,
modin; thanos, opensearch, vespa, osm2pgsql, flatcar, devenv; flarum, nodebb, ejabberd,
prosody, overseerr, sooperlooper; cython, pythran, orjson, simdjson, cattrs, beeware), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds (Stellwerksmodernisierungsplanung, Achszählpunktverkabelung,
Signalbrückenfundamente, Hobbygoldwäscherin, Schwermineralkonzentrat,
Heckenlabyrinthpflegeplan, Sakebraumeisterin, Seewetterberichtsempfang, Riesenzinnober) and
particle verbs with zu inside (umzuschichten, anzuimpfen, herauszukratzen, beizudrehen,
einzureffen, abzuwettern), clitics and elisions (montre-les-lui, offre-le-nous, l'orpailleuse;
tráeselas, súbemelas; riportatecela, prestateglieli, ce ne, dell'Elvo; devolve-lha,
emprestar-to-ia, armou-se), names of people and places, and informal spellings and slang
(larrikin, tinny, sanger, stubby, rellies, galah, chook; tannant, cenne; pituto, naco, cuático,
pucho; Lulatsch, Plünnen, Zinnober, Bredouille, Kinkerlitzchen; cafone, scazzo, grullo;
sarilho, bronca, cagança, abébias); and texts in languages the detector does not judge (Cusco
Quechua, Imbabura Quichua, Toba Qom, Wichí, Yanesha', Nasa Yuwe, Shawi, Camsá), which must get
no word finding at all.
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
        "Below the overburden the old prospector found a thin paystreak lying on hardpan, ran it through his "
        "highbanker until the riffles were dark with magnetite, and held a nuggety flake of placer gold up to "
        "the light.",
        "Her banjo has a tonewood rim, a flathead tone ring and a scooped fretboard; she plays clawhammer in "
        "the evenings and some fingerpicking on Sundays, and swears that frailing is only clawhammer with a "
        "different accent.",
        "The signalmen held a trainload of ballast in the headshunt until the crossover was clamped. Out at "
        "sea a squall dragged a waterspout past the harbor, the haar rolled in behind it, and in the garden "
        "the boxwood topiary and the hornbeam walls of the maze dripped with fog.",
        "At the chart table I run openplotter with kplex for the instruments, fetch forecasts from saildocs "
        "by email, convert them with wgrib2 and grib2json, and look at the raw fields in panoply before every "
        "passage.",
        "The parser calls read_grib_message, hands each field to computeTrueWindAngle and then to "
        "charts.barbs.render_layer; settings.max_gust_kt lives in routing/plan_passage.py, the notes are at "
        "https://passage.example.net/wx/2028-05-09#gribs, and questions go to nav-desk@example.net or to "
        "@grib_skipper_ottoline. #sailingweather #bluewater",
        "Honestly, what a larrikin: Ottoline Featherstonehaugh drove from Ballarat to Bendigo, panned at "
        "Castlemaine till dusk, and Hamish McCrindle turned up with a tinny, a sanger and a stubby each, so "
        "the rellies from Maldon called him a galah for forgetting the chook.",
    ],
    "fr": [
        "L'orpailleuse a trouvé sa première pépite dans les alluvions aurifères de la Cèze, après une journée "
        "entière à la batée ; les paillettes, elles, dormaient sous la couche de sable noir, entre deux blocs "
        "de gneiss.",
        "Le luthier a posé un chevalet en érable, changé la peau et resserré les tendeurs du banjo ; pendant "
        "ce temps, le maître brasseur goûtait un saké nigori et le jardinier taillait au cordeau la charmille "
        "du labyrinthe.",
        "Le poste de signalisation a fermé le carré devant la traversée-jonction, et l'agent de manœuvre a "
        "attendu le contre-ordre ; au large, le bulletin annonçait un avis de grand frais, une houle croisée "
        "et des grains orageux, de quoi prendre deux ris dès l'après-midi.",
        "Pour préparer le voyage, j'ai parcouru openrailwaymap, essayé la ligne dans openttd, simutrans et "
        "openrails, puis vérifié les horaires avec navitia et pointé mes trajets sur traewelling.",
        "La fonction lire_bulletin_cotier transmet chaque zone à calculerForceBeaufort puis à "
        "cartes.vent.tracer_fleches ; le seuil config.seuil_grand_frais est lu dans meteo/avis_bms.py, la doc "
        "est sur https://meteo-voile.exemple.fr/bulletins/2028#grand-frais, et les questions vont à "
        "veille-meteo@exemple.fr ou à @skipper_gwenola. #meteomarine #voile",
        "Montre-les-lui demain et offre-le-nous pour Noël : c'est tannant, cette histoire, mais Maude n'a "
        "plus une cenne et Thibaut, à Trois-Pistoles, s'en fiche complètement.",
    ],
    "es": [
        "El barequero del Chocó lavó toda la tarde la grava aurífera del río y, al final, solo le quedaba la "
        "jagua, esa arena negra y pesada donde brillaban tres chispas de oro.",
        "El lutier cambió el cordal y el parche del banjo mientras en el jardín recortaban el laberinto de "
        "arrayán y de carpe; en la bodega, el maestro cervecero probaba un sake nigori.",
        "En la estación, el jefe de circulación cerró la señal de entrada y el paso a nivel quedó bajado; en "
        "el puerto, tras el espigón, el parte anunciaba marejadilla y mar de fondo, y la patrona repasó el "
        "barómetro antes de soltar amarras.",
        "Para analizar los partes usamos plotnine y bokeh para los gráficos, holoviews y datashader para las "
        "series largas, y vaex o modin cuando los archivos no caben en memoria.",
        "La función leer_parte_costero pasa cada zona a calcularRachaMaxima y luego a "
        "mapas.viento.dibujar_barbas; el umbral config.aviso_temporal se lee en meteo/avisos_costeros.py, la "
        "documentación está en https://vela.ejemplo.es/partes/2028#temporal, y las dudas van a "
        "guardia-meteo@ejemplo.es o a @patrona_ainhoa. #meteorologiamarina #vela",
        "Tráeselas mañana y súbemelas al barco: el pituto de Baltasar resultó ser un naco, pero el concierto "
        "en Antofagasta estuvo cuático, y Xiomara volvió a Iquique sin un pucho.",
    ],
    "de": [
        "Die Stellwerksmodernisierungsplanung verzögerte sich, weil die Achszählpunktverkabelung und die "
        "Signalbrückenfundamente am Rangierbahnhof neu berechnet werden mussten; nebenan siebte eine "
        "Hobbygoldwäscherin Schwermineralkonzentrat aus ihrer Waschrinne.",
        "Laut Heckenlabyrinthpflegeplan sind die Eibenhecken im Juni in Form zu bringen; die "
        "Sakebraumeisterin bat uns, den gedämpften Reis umzuschichten, den Kojipilz anzuimpfen und den Rest "
        "aus dem Dämpfer herauszukratzen.",
        "Vor der Böenwalze beschloss die Skipperin beizudrehen, das Großsegel einzureffen und den Sturm im "
        "Windschatten der Insel abzuwettern; der Seewetterberichtsempfang auf Kanal 16 war ohnehin gestört.",
        "Auf dem Cluster laufen thanos für die Langzeitmetriken, opensearch und vespa für die Suche, "
        "osm2pgsql für den Kartenimport, flatcar als Betriebssystem der Knoten und devenv für die "
        "Entwicklungsumgebungen.",
        "Die Funktion lese_seewetterbericht gibt jedes Seegebiet an berechneBoeenSpitze und dann an "
        "karten.wind.zeichne_pfeile weiter; der Schwellwert config.sturm_warnung steht in "
        "wetter/warnungen_ostsee.py, die Doku liegt unter "
        "https://segelwetter.beispiel.de/berichte/2028#sturm, Fragen an wetterwache@beispiel.de oder an "
        "@skipperin_telse. #seewetter #segeln",
        "Mensch, so ein Lulatsch: Hinnerk hat in Bad Bentheim seine Plünnen vergessen, macht nun einen "
        "Riesenzinnober und sitzt in der Bredouille, aber Telse meint, das seien Kinkerlitzchen, und holt uns "
        "mit Jörg in Quakenbrück ab.",
    ],
    "it": [
        "Un appassionato trovò una pepita e qualche pagliuzza nella sabbia aurifera dell'Elvo, dopo un "
        "pomeriggio passato col setaccio e la canaletta.",
        "Il bollettino annunciava libeccio in rinforzo e poi grecale; dietro il frangionde il nostromo decise "
        "di terzarolare la randa, ammainare il controfiocco e tenere a portata di mano il mezzomarinaro.",
        "Il dirigente movimento diede il via libera solo dopo che il guardafili ebbe controllato la linea; "
        "nel frattempo il liutaio montava una cordiera nuova sul banjo e il giardiniere sagomava il labirinto "
        "di carpini.",
        "Per la comunità del circolo usiamo flarum e nodebb come forum, ejabberd e prosody per la chat, "
        "overseerr per le richieste di video e sooperlooper per le serate di musica.",
        "La funzione leggi_bollettino_mare passa ogni zona a calcolaRaffica e poi a "
        "mappe.vento.disegna_frecce; la soglia config.avviso_burrasca è in meteo/avvisi_costieri.py, la "
        "documentazione è su https://vela.esempio.it/bollettini/2028#burrasca, e le domande vanno a "
        "guardia-meteo@esempio.it o a @skipper_ginevra. #meteomare #vela",
        "Riportatecela domani e prestateglieli voi, i soldi per i biglietti: quel cafone di Filiberto ha "
        "fatto uno scazzo enorme a Grosseto, ma Ginevra dice che è solo un grullo, e a Orbetello ce ne siamo "
        "fregati.",
    ],
    "pt": [
        "O garimpeiro lavou o cascalho aurífero na bateia e na calha e, ao fim da tarde, tinha três palhetas "
        "e uma pepita do tamanho de um grão de arroz.",
        "Ao abrigo do esporão, o mestre ouviu o boletim: vento noroeste com rajadas, mar cavado e aguaceiros; "
        "na estação, o chefe fechou o sinal de entrada e o guarda da passagem de nível baixou as cancelas.",
        "O construtor trocou o cavalete e o estandarte do banjo, o jardineiro aparou o labirinto de buxo e "
        "teixo, e na adega provou-se um saqué nigori.",
        "No portátil da escola correm o cython e o pythran para acelerar os cálculos, o orjson e o simdjson "
        "para ler os dados, o cattrs para os converter e o beeware para empacotar a aplicação.",
        "A função ler_boletim_costeiro passa cada zona a calcularRajadaMaxima e depois a "
        "mapas.vento.desenhar_setas; o limiar config.aviso_mau_tempo está em meteo/avisos_costeiros.py, a "
        "documentação está em https://vela.exemplo.pt/boletins/2028#temporal, e as dúvidas vão para "
        "vigia-meteo@exemplo.pt ou para @mestre_benedita. #meteorologiamaritima #vela",
        "Devolve-lha amanhã e emprestar-to-ia eu, se pudesse: aquilo foi um sarilho e deu bronca, o Tibério "
        "armou-se em esperto com a cagança dele em Vila do Conde, e a Benedita só quer abébias.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "quz": ["Allillanchu, turay? Ñuqaqa Qusqu llaqtamanta kani; sapa p'unchaw mayu patapi quri maskhaq rini."],
    "qvi": ["Alli puncha, mashikuna! Ñukaka Otavalo llaktapimi kawsani, tutamantaka chakrapi llamkani."],
    "tob": ["Shicait jec so 'alo, qome nvi'."],
    "mzh": ["N'tayphope' tente; fwa'ayekw iwhoye inothi."],
    "ame": ["Yompor anajp̃: yanesha' yechenañ."],
    "pbb": ["Kwe'sx kiwete nasa yuwe neessa; kwe'sxa çxhâçxha mhin ûstha'w."],
    "cbt": ["Tatampua' antiyu' nunterinpua', kanpuanta nuya nihkatewa'."],
    "kbh": ["Botaman luar bëngbe uaman tabanoc; nÿetscang mochjobuertan."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v102", QUOTA, HARD_NEGATIVES, "neg102")
    print(common.write_set(HERE, recs))
