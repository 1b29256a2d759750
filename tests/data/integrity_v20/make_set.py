"""Build the v20 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v20/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v20: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector's rules, its word lists or its
tests, and without running it on these texts; it is committed before the next round of detector
changes and is scored once, at the end of that round.  Rules, labels and corruption kinds are
v3's, through ``tests/data/integrity_common.py`` (hunspell decides every label), with v9's
quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn from
the sea, weather, geology, astronomy, plants and medicine, written in the registers of LLM
answers (an explanation, a technical answer with code spans and a product name, a literary
paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical summary, a recipe, an
opinion, a letter or e-mail); eight in English, nine in French, Spanish, Italian and
Portuguese, twelve in German (no glue of two content words there):
  en: why breaking waves glow blue at night (bioluminescent dinoflagellates), cleaning tide
      gauge readings with pandas (`read_csv`, `resample`, `interpolate`) in JupyterLab, a
      lighthouse keeper's widow on the night of a storm (literary), first aid for a small
      burn, storm-proofing a garden ("Sure!"), the discovery of Neptune (Adams, Le Verrier,
      Galle, 1846), samphire with lemon butter, mineral versus chemical sunscreen;
  fr: how hailstones form, reading a GRIB forecast with xarray and cfgrib (`open_dataset`,
      `sel`, `isel`) in Visual Studio Code, an old seaweed gatherer on a Breton shore
      (literary), getting an orchid to flower again, recognising pebbles on a beach ("Bien
      sûr !"), Pasteur and Joseph Meister (1885), moules marinières, generic versus brand
      medicines, a letter to a harbour office asking for a summer mooring;
  es: how stalactites grow, recent earthquakes from the USGS API with `requests` and
      GeoPandas in Jupyter, a fisherman's wife in the levante wind (literary), avoiding heat
      stroke, watching the Perseids ("¡Claro!"), Ramón y Cajal and the neuron, pulpo a la
      gallega, tropical house plants versus cacti in a dark flat, an e-mail moving a
      dermatologist's appointment;
  de: why summer thunderstorms come in the afternoon, ISS passes with Skyfield
      (`load.tle_file`, `wgs84.latlon`, `find_events`) in PyCharm, a mudflat guide leading a
      group across the Wadden Sea (literary), overwintering an oleander, a first-aid kit for
      hiking ("Klar!"), Alfred Wegener and continental drift, elderflower syrup, North Sea
      versus Baltic for small children, a letter to a GP asking for a repeat prescription,
      solving Kepler's equation with Newton's method, how an aneroid barometer works, why we
      always see the same face of the Moon;
  it: fog in the Po valley, temperature anomalies with ggplot2 and dplyr in RStudio, a nun in
      a convent's herb garden (literary), what to do after a jellyfish sting, the summer
      triangle and other easy constellations ("Certo!"), Galileo and the moons of Jupiter
      (1610), spaghetti alle vongole, contact versus infrared thermometers for children, an
      e-mail booking a mountain hut and asking about afternoon storms;
  pt: the giant waves of Nazaré and its submarine canyon, rain-gauge readings in SQLite from
      Python (`sqlite3.connect`, `commit`, DB Browser for SQLite), a salt worker in the Aveiro
      salt pans (literary), getting over the flu at home, succulents on a balcony ("Claro!"),
      Eddington's 1919 eclipse on Príncipe, arroz de marisco, sea versus pool swimming, a
      letter to the parish council about a pine tree felled by a storm.

The hard negatives are new too, seven per judged language: words the language itself writes
as one (whence, thence, whither, thither, meantime, downpour, landslide, shoreline, offshore,
undertow, seaweed, foreshore, whitecaps, windward, overcast, moonrise, groundswell;
nonobstant, pourquoi, lorsqu'un, ci-dessous, là-dessus, raz-de-marée, brise-lames,
garde-côte, coupe-vent, essuie-glace, contrefort, passeport, plafond, entrepôt, soucoupe;
cuandoquiera, quienesquiera, pleamar, maremoto, rompehielos, guardacostas, cortavientos,
pasamontañas, mondadientes, salvoconducto, aguamarina, tiovivo; ebenfalls, allerdings,
keinesfalls, mancherorts, andernorts, vielerorts, obzwar, woanders, irgendwoher, dergestalt,
wiederum, zuvörderst, mitnichten, ebendarum; ebbene, laonde, ovverosia, purtuttavia,
anzitempo, affatto, frangiflutti, guardacoste, parafulmine, salvagente, bagnasciuga,
terraferma, madreperla, pescecane, asciugamano; assaz, adrede, aquando, connosco, convosco,
quebra-mar, guarda-costas, para-raios, salva-vidas, preamar, baixa-mar, beira-mar, rodapé,
aguardente, boquiaberto, madrepérola, pernilongo), tool and brand names in lower case in
prose (gpredict, celestia, metpy, cartopy, astropy, gmsh, paraview, gnuplot), code identifiers
in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds and particle verbs (with zu inside: aufzuspannen, festzuzurren,
abzudichten, hochzuziehen, einzuholen, nachzumessen), clitics, elisions and contractions
(explique-le-leur, tiens-t'en, rapporte-la-nous, emmène-m'y; entrégaselas, cómpranoslo,
recuérdaselo, sírvetelo; mandatemelo, portaceli, regalateglielo, sbrigatevela, andiamocene;
enviar-lhe-ei, mostra-no-lo, deixá-las-íamos, compra-lha), names of people and places, and
informal spellings (blimey, chucking it down, reckon, skive, footy, cuppa, ta-ra; bof, ça
caille, kif-kif, le pieu; qué palo, pringar, unas cañas, qué rollo; Sach ma, Schietwetter,
icke, kiek, jut; che palle, 'sto, ci sta; falou, beleza, à beça, firmeza, demorou); and texts
in languages the detector does not judge (Serbian in Latin script, Papiamento, Tok Pisin,
Neapolitan, Shona, Kinyarwanda, Turkmen, Fijian, none of them used by v9-v19), some with a
glue in them, which must get no word finding at all.
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
        "Whence the squall came nobody on the quay could say; thence it swept inland, and in the meantime "
        "the ferry stayed in the harbour, whither most of the crew had already gone, while the lifeboat "
        "went thither to fetch the last two fishermen.",
        "After the downpour a landslide closed the shoreline road; offshore the undertow was strong, "
        "seaweed piled up along the foreshore, and whitecaps ran to windward under an overcast sky until "
        "moonrise, when the groundswell finally eased.",
        "I track satellites with gpredict, show the planets to my nephew in celestia, plot soundings with "
        "metpy and cartopy, reduce the telescope frames with astropy, mesh the hull in gmsh and look at "
        "the results in paraview; quick charts still come from gnuplot.",
        "The loader calls read_buoy_series, passes each frame to computeSignificantWaveHeight and then to "
        "ocean.spectra.welch_density; config.max_gap_minutes is read once in pipelines/buoy_ingest.py, "
        "and test_drops_flagged_samples covers the odd case.",
        "The forecast charts are at https://charts.example.org/v2/north-atlantic/surface#72h and the raw "
        "data at https://data.example.net/buoys/62105.csv; write to buoy-ops@example.org or ping "
        "@met_ifeoma. #stormwatch #seastate",
        "Ifeoma Chukwuemeka sailed from Stornoway to Tórshavn with Bartholomew Oyelaran-Finch and Saoirse "
        "Ní Bhriain, then flew on to Ittoqqortoormiit by way of Kangerlussuaq.",
        "Blimey, it's chucking it down out there! Reckon I'll skive off the footy and have a cuppa "
        "instead. Cheers, ta-ra.",
    ],
    "fr": [
        "Nonobstant l'alerte, personne ne savait pourquoi le bateau était sorti : lorsqu'un raz-de-marée "
        "menace, on reste derrière les brise-lames, et le garde-côte l'avait rappelé ci-dessous, dans le "
        "message ; là-dessus, tout le monde était d'accord.",
        "Il a rangé son coupe-vent et son passeport dans l'entrepôt, changé l'essuie-glace de la "
        "camionnette, puis il a regardé la tache d'humidité au plafond, au-dessus du contrefort, grande "
        "comme une soucoupe.",
        "Je suis les satellites avec gpredict, je montre les planètes aux enfants dans celestia, je trace "
        "les sondages avec metpy et cartopy, je traite les images du télescope avec astropy et je regarde "
        "les maillages de gmsh dans paraview ; les petits graphiques sortent encore de gnuplot.",
        "Le chargeur appelle lire_serie_bouee, passe chaque tableau à calculerHauteurSignificative puis à "
        "ocean.spectres.densite_welch ; config.ecart_max_minutes est lu une fois dans "
        "chaines/ingestion_bouees.py.",
        "Les cartes sont sur https://cartes.exemple.fr/v2/manche/surface#72h et les données brutes sur "
        "https://donnees.exemple.fr/bouees/62103.csv ; écrivez à equipe-bouees@exemple.fr ou à "
        "@meteo_gwenola. #vigilancevent #tempete",
        "Explique-le-leur calmement, puis rapporte-la-nous et tiens-t'en là ; emmène-m'y demain, si tu "
        "veux. Gwenola Le Berre et Tanguy Quéméner partent de Douarnenez pour Lannion, puis pour "
        "Plougastel-Daoulas chez Yvonnick.",
        "Bof, ça caille sévère ce matin, t'as vu ? Moi je reste au pieu, de toute façon c'est kif-kif, on "
        "se voit à midi.",
    ],
    "es": [
        "Cuandoquiera que suba la pleamar con viento del norte, quienesquiera que estén en el espigón "
        "deben retirarse; el aviso de maremoto llegó tarde, y el rompehielos y los guardacostas ya "
        "habían salido.",
        "Metió en la mochila el cortavientos, un pasamontañas, una caja de mondadientes y el "
        "salvoconducto del puerto, y se fue a ver el mar color aguamarina desde el tiovivo del paseo.",
        "Sigo los satélites con gpredict, enseño los planetas a mi sobrina en celestia, dibujo los sondeos "
        "con metpy y cartopy, reduzco las imágenes del telescopio con astropy y miro las mallas de gmsh "
        "en paraview; los gráficos rápidos aún salen de gnuplot.",
        "El cargador llama a leer_serie_boya, pasa cada tabla a calcularAlturaSignificativa y luego a "
        "oceano.espectros.densidad_welch; config.hueco_maximo_min se lee una vez en "
        "procesos/ingesta_boyas.py.",
        "Los mapas están en https://mapas.ejemplo.es/v2/cantabrico/superficie#72h y los datos en "
        "https://datos.ejemplo.es/boyas/62084.csv; escribe a equipo-boyas@ejemplo.es o a "
        "@aemet_maialen. #temporal #galerna",
        "Entrégaselas a Maialen, recuérdaselo a Xabier, cómpranoslo mañana y sírvetelo tú primero: Leire "
        "y Eneko se van de Zumaia a Ribadesella, y luego Anxo Barreiro los lleva a Cangas de Onís.",
        "Qué palo, tía, llueve a mares. Mañana me toca pringar todo el día, pero el sábado nos tomamos "
        "unas cañas, ¿vale? Qué rollo de tiempo.",
    ],
    "de": [
        "Mancherorts stand das Wasser ebenfalls hoch, andernorts allerdings kaum; vielerorts blieb es "
        "ruhig, obzwar der Wind wiederum zunahm. Keinesfalls solle man woanders hinfahren, meinte er; der "
        "Sturm komme mitnichten irgendwoher, sondern dergestalt aus Nordwest, wie es angekündigt war.",
        "Der Sturmflutwarndienst, die Küstenschutzverwaltung und die Wetterbeobachtungsstation auf der "
        "Hallig haben vor, morgen früh anzufangen, die Planen aufzuspannen, die Boote festzuzurren, die "
        "Fenster abzudichten und die Netze einzuholen.",
        "Ich verfolge Satelliten mit gpredict, zeige den Kindern die Planeten in celestia, zeichne "
        "Radiosondenaufstiege mit metpy und cartopy, bearbeite die Teleskopbilder mit astropy und schaue "
        "mir die Netze aus gmsh in paraview an; schnelle Diagramme kommen noch aus gnuplot.",
        "Der Lader ruft read_buoy_series auf, reicht jeden Datensatz an computeSignificantWaveHeight und "
        "dann an ocean.spectra.welch_density weiter; config.max_gap_minutes wird einmal in "
        "pipelines/buoy_ingest.py gelesen.",
        "Die Karten liegen unter https://karten.beispiel.de/v2/deutsche-bucht/boden#72h und die Rohdaten "
        "unter https://daten.beispiel.de/bojen/62108.csv; Fragen an bojenteam@beispiel.de oder an "
        "@wetter_hauke. #sturmflut #nordsee",
        "Hauke Petersen und Wiebke Thomsen fahren von Dagebüll nach Wyk auf Föhr, Ingeborg Carstensen "
        "kommt aus Sankt Peter-Ording nach. Zuvörderst haben sie vor, den Pegel nachzumessen, und "
        "ebendarum vergessen sie beinahe, die Fahne hochzuziehen.",
        "Sach ma, is dit Schietwetter heute, oder wat? Icke kiek nur kurz raus und bleib drinne, jut so.",
    ],
    "it": [
        "Ebbene, il mare era grosso, laonde il traghetto restò in porto, ovverosia nessuno partì; "
        "purtuttavia qualcuno, anzitempo, aveva già comprato il biglietto e non era affatto contento.",
        "Dietro il frangiflutti la guardacoste controllava il bagnasciuga; sulla terraferma un parafulmine "
        "brillava sotto la pioggia, e un bambino stringeva il salvagente, un asciugamano e una conchiglia "
        "di madreperla trovata vicino a un pescecane di legno.",
        "Seguo i satelliti con gpredict, mostro i pianeti ai nipoti in celestia, disegno i radiosondaggi "
        "con metpy e cartopy, elaboro le immagini del telescopio con astropy e guardo le mesh di gmsh in "
        "paraview; i grafici veloci escono ancora da gnuplot.",
        "Il caricatore chiama leggi_serie_boa, passa ogni tabella a calcolaAltezzaSignificativa e poi a "
        "mare.spettri.densita_welch; config.buco_massimo_min viene letto una volta in "
        "processi/ingestione_boe.py.",
        "Le carte sono su https://carte.esempio.it/v2/alto-adriatico/superficie#72h e i dati su "
        "https://dati.esempio.it/boe/61220.csv; scrivete a squadra-boe@esempio.it oppure a "
        "@meteo_assunta. #allertameteo #acquaalta",
        "Mandatemelo subito, portaceli entro sera, regalateglielo pure e poi sbrigatevela voi; andiamocene "
        "prima del temporale. Assunta Esposito e Gennaro Cuomo vanno da Sorrento a Procida, poi a Maratea "
        "da Ciro.",
        "Che palle 'sto tempo! Piove di brutto, quindi stasera divano, pizza e serie tv, ci sta?",
    ],
    "pt": [
        "O mar estava assaz bravo, e o barco ficou adrede no porto; aquando da tempestade, a avó disse "
        "que vinha connosco e não convosco, e ninguém a convenceu do contrário.",
        "Junto ao quebra-mar, os guarda-costas e os nadadores salva-vidas esperaram pela preamar; na "
        "baixa-mar, a família jantou à beira-mar, bebeu aguardente e ficou boquiaberta com as conchas de "
        "madrepérola, enquanto um pernilongo zumbia junto ao rodapé e ao para-raios da casa.",
        "Sigo os satélites com o gpredict, mostro os planetas aos miúdos no celestia, desenho as "
        "radiossondagens com o metpy e o cartopy, trato as imagens do telescópio com o astropy e vejo as "
        "malhas do gmsh no paraview; os gráficos rápidos ainda saem do gnuplot.",
        "O carregador chama ler_serie_boia, passa cada tabela a calcularAlturaSignificativa e depois a "
        "oceano.espetros.densidade_welch; config.intervalo_maximo_min é lido uma vez em "
        "processos/ingestao_boias.py.",
        "As cartas estão em https://cartas.exemplo.pt/v2/costa-oeste/superficie#72h e os dados em "
        "https://dados.exemplo.pt/boias/62311.csv; escrevam para equipa-boias@exemplo.pt ou mencionem "
        "@ipma_benedita. #avisometeo #agitacaomaritima",
        "Enviar-lhe-ei a carta amanhã; mostra-no-lo depois, compra-lha na feira, e deixá-las-íamos no "
        "cais se pudéssemos. A Benedita e o Rui vieram de Vila do Conde, e o Custódio de Sesimbra.",
        "Falou, beleza! Tá chovendo à beça aqui, então hoje fico em casa, firmeza? Demorou.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sr": ["Juče je ceo dan padala kiša, a more kod Budve bilo je mutno i hladno. Ribari su ostali u luci "
           "ičekali da se vreme smiri."],
    "pap": ["Awe mainta tabata yobe hopi na Kòrsou, i e laman tabata bruá. Mi a keda nakas ku mi famia pa "
            "wak kon e tempu ta kambia."],
    "tpi": ["Long nait, ol man i lukim mun i kamap bikpela antap long solwara. Ol pikinini i amamas "
            "nailaik go long nambis."],
    "nap": ["Stammatina 'o mare era calmo e 'o Vesuvio se vedeva buono. Nuje simmo jute a piscà ncopp' 'a "
            "varca fino a miezzejuorno."],
    "sn": ["Mvura yakanaya zvakanyanya nezuro, uye nzizi dzakazara. Vanhu vakagara mudzimba dzavo kusvikira "
           "zuva rabuda."],
    "rw": ["Imvura yaguye cyane ejo, kandi imisozi yose yari itose. Abahinzi bategereje izuba kugira ngo "
           "basubire mu mirima."],
    "tk": ["Düýn agşam asmanda köp ýyldyz görünýärdi, we biz dagaçykyp olara seretdik. Howa salkyn we "
           "arassa boldy."],
    "fj": ["E tau na uca levu ena bogi, ka sa vura na uciwai. Eda na sega ni lako ki na waitui nikua, ka "
           "da na vakacegu ena vale."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v20", QUOTA, HARD_NEGATIVES, "neg20")
    print(common.write_set(HERE, recs))
