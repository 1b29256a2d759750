"""Build the v34 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v34/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v34: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from
lighthouses, falconry, ceramic glazes, snow avalanches, jazz improvisation and tram networks.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a slab avalanche starts on a buried weak layer, a live tram departure board from a
      GTFS Realtime feed on a Raspberry Pi (`requests.get()`, `gtfs-realtime-bindings`), a
      widowed lighthouse keeper lighting the lamp (literary), glaze test tiles at home, training
      a young hawk to come back to the glove ("Sure!"), the rise, fall and revival of electric
      trams, a seaside fish chowder, an e-mail accepting an invitation to play at a jazz evening;
  fr: why a glaze crazes, a tram departure board in the terminal with `httpx` and `rich` (Visual
      Studio Code), an old falconer at dawn (literary), avalanche safety on ski tours, Breton
      lighthouses ("Bien sûr !"), jazz from New Orleans to bebop, a thin onion tart, tram versus
      bus rapid transit, a letter asking a school head to lend the school's kiln;
  es: the Fresnel lens, transcribing a saxophone solo with `librosa` (`pyin`, JupyterLab), an old
      woman riding a tram up a hill (literary), glazing pottery at home, rescuing an avalanche
      victim ("¡Claro!"), falconry in Spain (López de Ayala, Rodríguez de la Fuente), migas de
      pastor, learning to improvise by ear or by theory, a letter to the council about tram works;
  de: why a lighthouse flashes (its character), avalanche danger levels from CAAML with
      `requests`, `pandas` and `ElementTree` (PyCharm), an old falconer with a goshawk on an
      autumn morning (literary), mixing a glaze, finding one's way in a strange tram network
      ("Klar!"), German trams since Siemens' line of 1881, Zwiebelkuchen, jazz in a club versus on
      record, a letter about a lighthouse tour, breadth-first search for a tram connection, how an
      avalanche transceiver works, why a glaze shivers off a pot;
  it: why powder-snow avalanches are so destructive, drawing tram lines on a map with `geopandas`
      and `folium` (Google Colab), a lighthouse keeper's notebook (literary), starting to
      improvise at the piano, the birds of prey of falconry ("Certo!"), Renaissance maiolica,
      pizzoccheri, tram versus underground in a mid-sized city, a letter about a pottery course;
  pt: why wood-ash glazes vary, a falcon-weighing app with Flask and SQLite (`matplotlib`,
      PyCharm), an old woman keeping a lighthouse (literary), riding Lisbon's trams, what jazz
      improvisation is ("Claro!"), Portuguese lighthouses since Pombal, caldo verde, route choice
      versus gear in ski touring, a residents' letter against closing a tram line.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (upshot, anyways, headlong, onset, offshoot, outcome, although, afterward,
lightkeeper, seabird, skyward, outcrop, downdraft, shoreward, forefront, onlooker, windbreak,
crosswise, overhang, inbound, outbound, leeward; d'aucuns, hautbois, quelqu'une, contretemps,
puisqu'aucun, d'antan, moyennant, n'importe, prud'homme, quelconques, icelle, susdit, bonsoir,
pourcentage; antaño, hogaño, caradura, nomás, doquiera, bienmesabe, sendos, otrosí, maguer,
maniatado; meinetwegen, anderenfalls, gegebenenfalls, notfalls, inwieweit, neuerdings,
schlussendlich, zuwider, jählings, allerorts, einesteils, seinethalben, deinetwegen, ihrerseits,
kopfüber, vordem, dorther, hierhin; dapprincipio, d'altronde, vieppiù, cionnonostante, issofatto,
tuttavolta, soprappensiero, costà, quinci, dipoi, all'uopo, benanche, innanzi, checchessia,
sottobraccio, stamani, avantieri, dopopranzo, ferragosto, capodanno, magari, persino, davvero;
máxime, cabisbaixo, quão, dalguma, lufa-lufa, toca-discos, beija-mão), tool names in lower case
in prose (jujutsu, oxlint, pyright, pdm, micromamba, gron, visidata, duf, skaffold, lefthook,
k9s), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses,
hashtags and @handles, German long compounds and particle verbs with zu inside
(Straßenbahnbetriebshofsanierungsplanung, Leuchtturmwärterhäuschen, einzufahren,
bereitzustellen, auszuprobieren), clitics and elisions (dis-le-moi, montre-la-leur, parlez-en;
préstamelo, pidiéndoselo, contándoselas; tenetevelo, comprateveli, portandoglieli; trouxe-lha,
entregou-lho, vendê-lo-ia, diz-mo, entregá-las-emos, pedir-lhas-ia, mostrar-no-lo), names of
people and places, and informal spellings (fwiw, iirc, afaik, ymmv, wbu, servo, mozzies, ridic;
reuf, nana, mec, on se capte; pana, venga; samma, machste, uff, mfg; galera, kota, legal); and
texts in languages the detector does not judge (Sango, Kalaallisut, Cook Islands Māori,
Mapudungun, Romani, Aromanian, Limburgish, Kashubian), some with a glue in them, which must get
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
        "The upshot, anyways, was that the lightkeeper went headlong down the stairs at the onset of the gale; "
        "the offshoot of the old quarrel was forgotten, and the outcome suited everyone, although nobody said so "
        "afterward.",
        "Seabirds wheeled skyward over the outcrop while a downdraft drove the spray shoreward; at the forefront "
        "of the crowd an onlooker held a windbreak crosswise under the overhang, and the inbound ferry passed the "
        "outbound one leeward of the point.",
        "I keep the code in jujutsu, lint it with oxlint and pyright, manage environments with pdm and "
        "micromamba, poke at the feeds with gron and visidata, and check disk space with duf; deploys go through "
        "skaffold, hooks run under lefthook, and I watch the pods in k9s.",
        "The poller calls fetch_stop_departures, hands each trip to parseTripUpdate and then to "
        "tramboard.render.draw_rows; config.refresh_interval_s is read once in board/feed_client.py, and "
        "test_keeps_last_good_snapshot covers the odd case.",
        "The timetable lives at https://data.tramways-demo.org/gtfs/rt/trip-updates?stop=4417 and the keepers' "
        "log at https://lighthouse-archive.example.net/keepers/1893#night-12; write to "
        "glaze-lab@kilnworks.example.com or ping @falconer_aziliz. #tramlife #kilnday",
        "Ingrith Valdemarsdóttir and Abena Osei-Tutu drove from Llandudno to Portnahaven, then on to "
        "Achiltibuie with Orlaith Carvajal and Ortwin Ippolito.",
        "fwiw, iirc the tram's late again and afaik nobody knows why, ymmv. wbu? the servo's shut, the mozzies "
        "are out, and honestly this is ridic.",
    ],
    "fr": [
        "D'aucuns prétendent que le hautbois n'a rien à faire dans un orchestre de jazz ; quelqu'une, au fond de "
        "la salle, répondit que le contretemps faisait son bonheur, puisqu'aucun autre instrument ne chantait "
        "ainsi les airs d'antan.",
        "Moyennant un peu de patience, n'importe quel prud'homme comprendrait ces clauses quelconques : icelle, "
        "précisa le susdit notaire en nous souhaitant le bonsoir, ne touche qu'au pourcentage du loyer.",
        "Dis-le-moi franchement, parlez-en à vos voisins, puis montre-la-leur, cette photo du phare : Aziliz et "
        "Gwendal l'ont prise depuis Kerlouan avant de filer vers Plestin-les-Grèves.",
        "Je versionne le code avec jujutsu, je vérifie les types avec pyright, je gère les environnements avec "
        "pdm et micromamba, j'explore les flux avec gron et visidata ; le déploiement passe par skaffold et je "
        "surveille les pods dans k9s.",
        "Le script appelle recuperer_passages_arret, transmet chaque course à analyserMiseAJour puis à "
        "tableau.affichage.dessiner_lignes ; config.intervalle_rafraichissement_s est lu une fois dans "
        "tableau/client_flux.py.",
        "Les horaires sont sur https://donnees.tram-demo.fr/gtfs/temps-reel?arret=2210 et le journal des "
        "gardiens sur https://phares-archives.exemple.org/gardiens/1902#nuit-4 ; écrivez à "
        "atelier-emaux@four-demo.fr ou à @fauconniere_aziliz. #tramway #émaux",
        "Mon reuf, t'as vu la nana du stand de céramique ? Le mec d'à côté brade ses bols, ramène-toi, on se "
        "capte devant le tram.",
    ],
    "es": [
        "Antaño, y aun hogaño en algunos pueblos, el farero tenía fama de caradura: nomás llegaba el invierno, "
        "doquiera que fuese pedía un bienmesabe y sendos vasos de vino para él y su perro.",
        "Otrosí digo que, maguer la nevada, el tranvía llegó puntual, y que el conductor, casi maniatado por el "
        "frío, saludó a todos con la mano.",
        "Préstamelo un rato, que luego te lo devuelvo; estaba pidiéndoselo a Itxaso y contándoselas, las "
        "historias del halcón, a los niños cuando entró Herminia con el pan.",
        "Versiono el código con jujutsu, reviso los tipos con pyright, gestiono los entornos con pdm y "
        "micromamba y exploro los datos con gron y visidata; el despliegue va por skaffold y vigilo los pods en "
        "k9s.",
        "El programa llama a obtener_salidas_parada, pasa cada viaje a analizarActualizacion y luego a "
        "panel.dibujo.pintar_filas; ajustes.intervalo_refresco_s se lee una vez en panel/cliente_datos.py.",
        "Los horarios están en https://datos.tranvia-demo.es/gtfs/tiempo-real?parada=3318 y el diario de los "
        "fareros en https://faros-archivo.ejemplo.org/fareros/1911#noche-7; escribe a "
        "taller-esmaltes@horno-demo.es o a @cetrera_itxaso. #tranvía #cerámica",
        "Venga, pana, nos vemos en la parada del tranvía a las ocho; Itxaso y Baltasar Olmedilla vienen desde "
        "Tineo y Sagrario desde Covarrubias.",
    ],
    "de": [
        "Meinetwegen fahren wir anderenfalls später; gegebenenfalls nehmen wir notfalls die letzte Bahn, aber "
        "inwieweit das neuerdings noch klappt, weiß ich nicht. Schlussendlich war es ihm zuwider, jählings "
        "umzukehren.",
        "Allerorts sprach man davon, einesteils aus Neugier, zum andern aus Sorge; seinethalben und deinetwegen, "
        "sagte sie, solle niemand kopfüber in den Schnee springen, und ihrerseits sei sie vordem von dorther "
        "nach hierhin gezogen.",
        "Die Straßenbahnbetriebshofsanierungsplanung, das Leuchtturmwärterhäuschen und die "
        "Lawinenschutzgalerie am Pass sind im Bericht nachzulesen; der Verbund hat vor, die Züge früher "
        "einzufahren, die Fahrpläne zum Herunterladen bereitzustellen und die neue App auszuprobieren.",
        "Ich versioniere den Code mit jujutsu, prüfe die Typen mit pyright, verwalte die Umgebungen mit pdm und "
        "micromamba und durchsuche die Daten mit gron und visidata; ausgerollt wird mit skaffold, und die Pods "
        "beobachte ich in k9s.",
        "Das Skript ruft fetch_stop_departures auf, reicht jede Fahrt an parseTripUpdate und dann an "
        "tramboard.render.draw_rows weiter; config.refresh_interval_s wird einmal in board/feed_client.py "
        "gelesen.",
        "Die Fahrpläne stehen unter https://daten.strassenbahn-demo.de/gtfs/echtzeit?halt=5120, das "
        "Wärterbuch unter https://leuchtturm-archiv.beispiel.org/waerter/1888#nacht-3; Fragen bitte an "
        "glasurwerkstatt@brennofen-demo.de oder an @falknerin_okka. #straßenbahn #keramik",
        "Samma ehrlich, machste heut noch mit? Uff, Okka und Thorben aus Hückeswagen kommen mit "
        "Heilwig aus Radevormwald, mfg und bis gleich.",
    ],
    "it": [
        "Dapprincipio nessuno ci badò, e d'altronde il tram era in ritardo vieppiù ogni giorno; cionnonostante "
        "il conducente ripartì issofatto, tuttavolta soprappensiero, costà dove la linea piega verso il porto.",
        "Quinci si vede il faro, dipoi la costa; all'uopo il guardiano teneva un binocolo, benanche vecchio, e "
        "innanzi sera non lo prestava per checchessia.",
        "Tenetevelo pure, il libro sui falchi; comprateveli, i guanti, e portandoglieli domani fate una sorpresa "
        "a Fiorella, che arriva con Saverio e il pacco sottobraccio.",
        "Stamani, anzi avantieri, dopopranzo Leonilde mi ha detto che a ferragosto, o magari a capodanno, verrà "
        "davvero, persino con la sorella da Bardonecchia.",
        "Versiono il codice con jujutsu, controllo i tipi con pyright, gestisco gli ambienti con pdm e "
        "micromamba ed esploro i dati con gron e visidata; il rilascio passa da skaffold e i pod li guardo in "
        "k9s.",
        "Lo script chiama recupera_partenze_fermata, passa ogni corsa ad analizzaAggiornamento e poi a "
        "tabellone.disegno.scrivi_righe; config.intervallo_aggiornamento_s viene letto una volta in "
        "tabellone/client_dati.py.",
        "Gli orari sono su https://dati.tram-demo.it/gtfs/tempo-reale?fermata=1207 e il diario dei guardiani "
        "su https://fari-archivio.esempio.org/guardiani/1899#notte-5; scrivete a "
        "laboratorio-smalti@forno-demo.it o a @falconiera_leonilde. #tram #ceramica",
    ],
    "pt": [
        "Máxime no inverno, o faroleiro andava cabisbaixo; quão triste era vê-lo, dalguma maneira, numa "
        "lufa-lufa de tarefas, ora com o toca-discos avariado, ora com o beija-mão das visitas oficiais.",
        "Trouxe-lha ontem e entregou-lho em mão; vendê-lo-ia se pudesse, mas diz-mo tu: entregá-las-emos "
        "amanhã, ou pedir-lhas-ia outra vez? Quem sabe se vai querer mostrar-no-lo.",
        "Ó galera, o kota do quiosque é mesmo legal: deu-me um café e disse que o elétrico já vinha, e a "
        "Custódia e o Sorlin chegam da Ericeira ao meio-dia.",
        "Versiono o código com o jujutsu, verifico os tipos com o pyright, giro os ambientes com o pdm e o "
        "micromamba e exploro os dados com o gron e o visidata; a implantação passa pelo skaffold e vigio os "
        "pods no k9s.",
        "O programa chama obter_partidas_paragem, passa cada viagem a analisarAtualizacao e depois a "
        "painel.desenho.escrever_linhas; config.intervalo_atualizacao_s é lido uma vez em "
        "painel/cliente_dados.py.",
        "Os horários estão em https://dados.eletrico-demo.pt/gtfs/tempo-real?paragem=0815 e o diário dos "
        "faroleiros em https://farois-arquivo.exemplo.org/faroleiros/1907#noite-2; escreva para "
        "oficina-vidrados@forno-demo.pt ou para @falcoeira_custodia. #elétrico #cerâmica",
        "A Leonilde e o Sorlin foram de Caminha a Vila Nova de Milfontes, e depois a Custódia levou-os a "
        "Sortelha.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sg": ["Mbi yeke na Bangui lâsô, mbiyeke ngbâ ti bâ mama ti mbi. Mo yeke nzönî?"],
    "kl": ["Qujanaq, aqagu Nuummut angalassaanga. Ullumikkut sila ajorpoq, anorersuarmat umiarsuit "
           "umiarsualivimmiitsillugit."],
    "rar": ["Kia orana, e aku taeake! Ka aereau ki Rarotonga ā teia epetoma, kia kite au i tōku kōpū tangata."],
    "arn": ["Mari mari, pu lamngen! Iñche Mapuche ngen, Temuko mew müleken ka fachantü kimeleaiñ."],
    "rom": ["Sar san, phrala? Me sim lasho, thajtu? Akana jav amenca, te xas thaj te khelas."],
    "rup": ["Cum hii, frate? Mini hiu di la Crushuva shi mâni va-nj mi duc acasã tu hoara a mea."],
    "li": ["Wie geit 't mèt dich? Ich höb gister in Mestreech e lekkervlaaike gegete mèt mien mam."],
    "csb": ["Witôjcë w Gduńskù! Jô jem z Kartuz i baro lubiã naje mòrze ë stôré latarnie."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v34", QUOTA, HARD_NEGATIVES, "neg34")
    print(common.write_set(HERE, recs))
