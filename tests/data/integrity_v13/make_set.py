"""Build the v13 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v13/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v13: the sets before it are scored once at the end of their round and are tuning sets
from then on, like v3-v11.  This set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v12 by a
different hand, with topics taken only from transport (trains, cycling, cars), weather and
climate, languages and linguistics, films and books, law and paperwork, and the sea and
mountains, so that the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: valley fog on clear nights, TypeScript generics with `K extends keyof T` in Visual Studio
      Code, a retired signalman waiting for the last goods train (literary), reading a rental
      contract before signing, a packing list for a three-day sailing trip ("Sure!"), the
      Rosetta Stone and Champollion, New England clam chowder, an e-mail asking to join a
      cycling club's Sunday rides;
  fr: why snow squeaks underfoot in hard frost, summing a CSV column with awk (GNU Awk), a
      mountain-hut warden closing up at the end of the season (literary), giving notice on a
      rented flat and the check-out inventory, five French films of the sixties ("Bien
      sûr !"), the Ordinance of Villers-Cotterêts (1539), moules marinières, reading a novel in
      the original or in translation, a claim to a car insurer after a hailstorm;
  es: the sea breeze and the land breeze, Terraform init/plan/apply and the state file, a
      lighthouse keeper near Muxía (literary), registering on the padrón at the town hall, a
      three-day ride on the Vía Verde de la Sierra ("¡Claro!"), the Real Academia Española
      and the Diccionario de autoridades, marmitako, dubbed films versus subtitles, a claim to
      a railway company for a delayed high-speed train;
  de: the Föhn wind, rolling out a Deployment in Kubernetes with kubectl and a readinessProbe,
      a mountain guide before dawn at a hut (literary), re-registering a car in a new district,
      a first mudflat hike on the North Sea ("Klar!"), the Grimm brothers' Deutsches
      Wörterbuch, Labskaus, is the film ever better than the book, a letter to a landlady
      querying the service-charge statement, the Levenshtein distance, how ABS brakes work,
      why it gets colder the higher you climb;
  it: how hail forms, a Makefile with .PHONY and variables (GNU Make), a stationmaster at
      Fortezza in winter (literary), registering a rental contract with the Agenzia delle
      Entrate, two days by bike around the south of Lake Garda ("Certo!"), Bembo, the
      questione della lingua and the Accademia della Crusca, spaghetti alle vongole, cinema
      versus streaming, a request to the town for a limited-traffic-zone permit;
  pt: why waves break on the beach, goroutines, channels and sync.WaitGroup in Go, a shepherd
      in the Serra da Estrela at the first snow (literary), exchanging a foreign driving
      licence in Portugal, five Portuguese books for the summer ("Claro!"), the 1990
      Orthographic Agreement, arroz de marisco, paper dictionaries versus translation apps, an
      e-mail to the council asking for a bus shelter.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (hereinafter, hereto, thereof, herein, whereof, therefrom, besides, altogether,
nowhere, underway, someplace, whosoever; surlendemain, sur-le-champ, là-bas, puisqu'il, quelque
part, au-delà, jusqu'ici, tandis, d'ores et déjà, portefeuille, parapluie; anteanoche,
rascacielos, sinfín, asimismo, hincapié, salvavidas, limpiaparabrisas, sacapuntas, pasatiempo,
portalápices; nichtsdestotrotz, neulich, zuweilen, überdies, allenfalls, andernfalls,
spätabends, weshalb, zusehends, sowieso; siccome, talvolta, pertanto, finora, granché, perfino,
ormai, ovunque, altresì; antigamente, lusco-fusco, vaivém, ademais, além, girassol, enfim,
guarda-chuva, malmequer, talvez), tool and brand names in lower case in prose (pandoc, calibre,
anki, mpv, borgbackup, wezterm, hugo, ruff), code identifiers in snake_case and camelCase and
dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds and particle
verbs (with zu inside: umzugestalten, herabzusetzen, nachzureichen, abzuschleppen), clitics,
elisions and contractions (donne-m'en, envoie-les-leur, redonne-le-nous; llévaselo,
devuélvemela, cuéntanoslo, mándaselas; raccontaglielo, prestamela, ridammela, tienitela;
empresta-mo, trá-lo, levá-la-ei, contar-lhe-ia, naquela, dalgum), names of people and places,
and informal spellings (bruv, lowkey, deffo, skint, laters; askip, chanmé, osef, vénère,
frérot; chaval, flipar, un montón, en plan, colega; jo, eh, tschö, wa; scialla, zì,
chissenefrega, mamma mia; altamente, bacano, à rasca, fixolas); and texts in languages the
detector does not judge (Danish, Swedish, Norwegian, Finnish, Hungarian, Czech, Turkish,
Icelandic, none of them used by v9-v11), some with a glue in them, which must get no word
finding at all.
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
        "The parties hereto agree that the deposit, hereinafter called the bond, is held in a scheme, and "
        "that nothing herein limits the rights arising therefrom; besides, whosoever signs for the tenant is bound by "
        "the clauses whereof the first page speaks, altogether and without exception.",
        "The move is already underway, but the cat is nowhere to be found; she is probably hiding someplace "
        "in the shed, as she always does whenever the removal van turns up.",
        "I convert my notes to slides with pandoc, keep my ebooks in calibre, drill vocabulary in anki and "
        "watch lectures in mpv; borgbackup copies the laptop every night, wezterm is my terminal, hugo builds "
        "the blog and ruff checks the scripts.",
        "The job calls parse_tide_tables, passes each row to normalizeStationName and then to "
        "forecast.swell_model.predict_height; config.max_wave_height_m is read once in "
        "workers/tide_fetcher.py, and test_ignores_missing_buoys covers the gaps.",
        "The timetable is at https://trains.example.org/2027/timetables/coast-line#weekend and the bug at "
        "https://code.example.com/rail/feeds/-/issues/87; write to timetable-desk@example.org or ping "
        "@rail_ingrid. #railways #opendata",
        "Eilidh MacGillivray drove from Llanfairpwllgwyngyll to Auchtermuchty with Bartholomew "
        "Okonkwo-Lindqvist, then took the ferry to Stornoway and on to Tobermory.",
        "Bruv, that film was lowkey mint, deffo watching it again. Fancy a cuppa after? Nah, I'm skint till "
        "Friday, so laters, yeah?",
    ],
    "fr": [
        "Le surlendemain, il est reparti sur-le-champ là-bas, puisqu'il avait laissé son portefeuille quelque "
        "part au-delà du pont ; jusqu'ici personne ne l'a retrouvé, tandis que son parapluie, lui, est d'ores "
        "et déjà revenu aux objets trouvés.",
        "Je transforme mes notes en diapositives avec pandoc, je range mes livres numériques dans calibre, je "
        "révise le vocabulaire avec anki et je regarde les cours dans mpv ; borgbackup sauvegarde le portable "
        "chaque nuit et hugo construit le blog.",
        "La tâche appelle lire_tables_marees, passe chaque ligne à normaliserNomStation puis à "
        "prevision.modele_houle.predire_hauteur ; config.hauteur_vague_max_m est lu une fois dans "
        "travailleurs/lecteur_marees.py.",
        "Les horaires sont sur https://trains.exemple.fr/2027/horaires/ligne-cote#week-end, les questions "
        "vont à bureau-horaires@exemple.fr ou à @rail_solene. #ferroviaire #donneesouvertes",
        "Donne-m'en deux, puis envoie-les-leur et redonne-le-nous demain : Solène et Yannick partent de "
        "Saint-Jean-de-Luz pour Châlons-en-Champagne, puis pour Chambéry chez Anatole.",
        "Askip le film est chanmé, mais osef, j'suis trop vénère ce soir ; frérot, on se capte demain, "
        "tranquille.",
    ],
    "es": [
        "Anteanoche, desde lo alto del rascacielos, se veía un sinfín de luces en el puerto; asimismo, el "
        "socorrista hizo hincapié en que el salvavidas estuviera a mano, y el limpiaparabrisas no dejó de "
        "moverse en todo el trayecto.",
        "Mi pasatiempo favorito es dibujar barcos, pero nunca encuentro el sacapuntas cuando lo necesito, ni "
        "siquiera en el portalápices.",
        "Paso mis apuntes a diapositivas con pandoc, guardo los libros electrónicos en calibre, repaso "
        "vocabulario con anki y veo las clases en mpv; borgbackup hace la copia cada noche y hugo genera el "
        "blog.",
        "La tarea llama a leer_tablas_mareas, pasa cada fila a normalizarNombreEstacion y luego a "
        "prevision.modelo_oleaje.predecir_altura; config.altura_ola_max_m se lee una vez en "
        "trabajadores/lector_mareas.py.",
        "Los horarios están en https://trenes.ejemplo.es/2027/horarios/linea-costa#finde; las dudas, a "
        "oficina-horarios@ejemplo.es o a @tren_ainhoa. #ferrocarril #datosabiertos",
        "Llévaselo hoy, devuélvemela el lunes, cuéntanoslo todo y mándaselas a Xurxo: Ainhoa y Fermín salen "
        "de Villanueva de la Serena hacia Alcalá de Henares y luego a Betanzos.",
        "Chaval, flipé un montón con la peli, en plan, qué fuerte; mañana madrugo, pero el sábado quedamos, "
        "¿vale, colega?",
    ],
    "de": [
        "Nichtsdestotrotz kam er neulich noch vorbei; zuweilen ist er überdies so müde, dass er allenfalls "
        "nachher anruft, andernfalls erst spätabends, weshalb sie sowieso zusehends ungeduldiger wird.",
        "Die Kraftfahrzeughaftpflichtversicherung, das Grundbuchamt und die Wetterdienstleistungsgesellschaft "
        "haben beschlossen, die Formulare umzugestalten, die Gebühren herabzusetzen, fehlende Unterlagen "
        "nachzureichen und falsch geparkte Autos abzuschleppen.",
        "Ich mache aus meinen Notizen Folien mit pandoc, verwalte meine E-Books in calibre, lerne Vokabeln "
        "mit anki und schaue Vorlesungen in mpv; borgbackup sichert den Laptop jede Nacht, und hugo baut den "
        "Blog.",
        "Der Dienst ruft parse_tide_tables auf, reicht jede Zeile an normalizeStationName und dann an "
        "forecast.swell_model.predict_height weiter; config.max_wave_height_m wird einmal in "
        "workers/tide_fetcher.py gelesen.",
        "Der Fahrplan steht unter https://bahn.beispiel.de/2027/fahrplan/kuestenlinie#wochenende, Fragen "
        "bitte an fahrplanbuero@beispiel.de oder an @bahn_wiebke. #bahn #opendata",
        "Jo, läuft bei dir! Ich hab's eh eilig, also tschö bis gleich. Sönke und Hiltrud aus Castrop-Rauxel "
        "kommen mit Wiebke "
        "aus Oer-Erkenschwick, wa?",
    ],
    "it": [
        "Siccome pioveva, talvolta uscivamo lo stesso, invece di restare chiusi in casa; pertanto, "
        "finora, non ci siamo mai annoiati granché, e perfino i nonni, ormai, ci seguono ovunque.",
        "Raccontaglielo stasera, prestamela fino a domenica e poi ridammela: la bicicletta, invece, "
        "tienitela pure, come hai altresì chiesto.",
        "Trasformo gli appunti in diapositive con pandoc, tengo gli ebook in calibre, ripasso il vocabolario "
        "con anki e guardo le lezioni in mpv; borgbackup salva il portatile ogni notte e hugo genera il blog.",
        "Il servizio chiama leggi_tabelle_maree, passa ogni riga a normalizzaNomeStazione e poi a "
        "previsione.modello_onde.prevedi_altezza; config.altezza_onda_max_m viene letto una volta in "
        "lavoratori/lettore_maree.py.",
        "Gli orari sono su https://treni.esempio.it/2027/orari/linea-costa#festivi; le domande a "
        "ufficio-orari@esempio.it oppure a @treni_matilde. #ferrovie #opendata",
        "Mamma mia che freddo, ma chissenefrega, tanto ci vediamo dopo, zì, scialla! Matilde e Cosimo "
        "arrivano da Castelfranco Veneto con Gualtiero da Sansepolcro.",
    ],
    "pt": [
        "Antigamente, ao lusco-fusco, o vaivém dos barcos era constante; ademais, além do farol, havia nas traseiras "
        "da casa um girassol enorme, e enfim ninguém reparou no guarda-chuva esquecido junto ao malmequer, "
        "talvez por causa do vento.",
        "Empresta-mo até sábado e depois trá-lo cá; eu levá-la-ei à estação e contar-lhe-ia tudo, se ela "
        "quisesse, naquela altura ou dalgum outro modo.",
        "Passo os apontamentos a diapositivos com o pandoc, guardo os livros digitais no calibre, reviso o "
        "vocabulário com o anki e vejo as aulas no mpv; o borgbackup faz a cópia todas as noites e o hugo "
        "gera o blogue.",
        "O serviço chama ler_tabelas_mares, passa cada linha a normalizarNomeEstacao e depois a "
        "previsao.modelo_ondulacao.prever_altura; config.altura_onda_max_m é lido uma vez em "
        "trabalhadores/leitor_mares.py.",
        "Os horários estão em https://comboios.exemplo.pt/2027/horarios/linha-costa#fim-de-semana; as "
        "dúvidas vão para gabinete-horarios@exemplo.pt, ou mencione @comboios_leonor. #ferrovia #dadosabertos",
        "Altamente, o filme foi bacano, mas estou à rasca de tempo; logo marcamos, fixolas? A Leonor e o "
        "Tomás vêm de Vila Nova de Foz Côa com o Duarte de Sesimbra.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "da": ["Om vinteren tager mange danskere toget på arbejde, fordidet blæser for meget til at cykle. Når "
           "stormen kommer, bliver færgerne til øerne ofte aflyst."],
    "sv": ["På sommaren seglar vi ofta i skärgården utanför Stockholm. Vi ankrar i en lugn vik ochbadar "
           "innan middagen, och sedan grillar vi på klipporna."],
    "nb": ["Når det har snødd i fjellet, går vi på ski fra hytta til nærmeste vann. Der fisker vi gjennom "
           "isen og koker kaffe på bål mens sola går ned."],
    "fi": ["Talvella juna on usein myöhässä, koska lunta sataa paljon. Silti useimmat suomalaiset "
           "matkustavat mieluummin junalla kuin autolla."],
    "hu": ["A Balatonon nyáron gyakran hirtelen jön a vihar, ezért figyelni kell a viharjelző fényeket. "
           "Amikor villog a fény, mindenkinek ki kell úszni apartra."],
    "cs": ["V neděli jsmejeli vlakem do Krkonoš a vyšli jsme až na Sněžku. Nahoře foukal tak silný vítr, že "
           "jsme se rychle vrátili dolů."],
    "tr": ["Geçen yaz İstanbul'dan İzmir'e feribotla gittik ve yol boyunca yunusları izledik. Deniz "
           "çoksakindi, hava ise oldukça sıcaktı."],
    "is": ["Á Íslandi breytist veðrið mjög hratt, og ferðamenn ættu alltaf að skoða spána áður en þeir keyra "
           "yfir heiðina. Á veturna er vegum oft lokað vegna snjós."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v13", QUOTA, HARD_NEGATIVES, "neg13")
    print(common.write_set(HERE, recs))
