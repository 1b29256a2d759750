"""Build the v89 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v89/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v89: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
ostrich farming, lamplighters, geocaching, cobblestone paving, chimney sweeping and sumo
wrestling.

The passages (passages_<lang>.txt) are new, and each language has its own mix of topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: the economics of an ostrich farm (incubation, lucerne, Oudtshoorn), keeping the unfound
      caches of a pocket query with `lxml` and a GSAK export (`findall()`, `encoded_hints`), a
      lamplighter climbing the hill at dusk (literary), getting ready for the chimney sweep,
      sumo from the Edo charity tournaments to the Kokugikan, ostrich fillet with juniper sauce,
      keeping cobbled streets and training paviors, an e-mail from a Leeds teacher asking a sumo
      stable to let her class watch morning practice;
  fr: why a paved street lasts (sand bed, the demoiselle, calepinage), sorting caches by
      distance with `geopy` and an export from c:geo, a Savoyard boy sweeping Paris chimneys
      (literary), setting up an ostrich farm step by step, the rules of a sumo bout ("Bien sûr
      !"), Paris street lighting from La Reynie's lanterns to the gas lamplighters, an ostrich-egg
      omelette, for the compulsory chimney sweeping (bistre, hérisson, tubage), a letter to the
      mayor about loose paving stones;
  es: what geocaching is (logbook, muggles, travellers), watching an ostrich-egg incubator with a
      Raspberry Pi and `adafruit_dht` (`RuntimeError`, `requests.post()`), a lamplighter in a
      town square at nightfall (literary), sweeping your own chimney step by step (erizo,
      hollín, creosota), a small sumo glossary ("¡Claro!"), from cobbles of river stones to
      granite setts in Spanish towns, a potato omelette made with one ostrich egg, geocaching in
      protected areas, an e-mail from a Salamanca teacher booking a visit to an ostrich farm;
  de: what the chimney sweep does (Kehrbezirk, Feuerstättenschau), converting geocache
      coordinates with `re.match()` and the Cachly app, an old lamplighter on his evening round
      (literary), keeping ostriches step by step, the ranks of sumo ("Klar!"), the history of
      Kopfsteinpflaster, ostrich steak with cranberries, cobbles versus bicycles and walkers, a
      letter to the district chimney sweep moving an inspection, the haversine formula
      (algorithm), how a gas street lamp lights itself (how it works), how soot and Glanzruß
      form (science);
  it: how Rome's sampietrini are laid, counting winning techniques of a sumo tournament with
      `collections.Counter` in PyCharm, a child chimney sweep from the Val Vigezzo (literary),
      starting geocaching step by step, questions about ostrich farming ("Certo!"), the
      lamplighters of Italian cities, ostrich fillet with green pepper, taking the sampietrini
      off busy Roman roads, an e-mail asking a sumo club for a trial lesson;
  pt: how Portuguese pavement (calçada portuguesa) is laid, tracking ostrich chick weights in
      Google Sheets (`PROCV`, `QUERY()`), a Lisbon lamplighter at dusk (literary), cleaning a
      chimney step by step, a beginner's guide to geocaching ("Claro!"), the history of sumo,
      ostrich steaks with port sauce, why calçada should not cover every pavement, a letter to
      the parish council asking to keep an old gas lamp.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words (gloaming, kerbstone, paviours, setts,
cobblestoned, unswept, flagstones, hatchlings, hatcher, flightless, brooder, eggshell, outgrow,
fireback, stovepipe, chimneypot, heavyweight, topknot, loincloth, misstep; désencrasser,
entrebâiller, pare-étincelles, avant-cour, casse-pipe, struthioniculture, autruchon, éclosoir,
incubateur, surchauffe, préchauffer, calepinage, demoiselle, garde-feu; deshollinador,
empedrador, reempedrar, bordillo, parachispas, tapajuntas, avestruces, precalentar,
sobrecalentar, desatascar, adoquinado, posguerra; Rauchfangkehrer, Kaminfeger, Essenkehrer,
Kehrbesen, Schornsteinfegermeister, Straußenküken, Brutmaschine, Katzenkopfpflaster,
Kaminkehrerin, Kehrleine; spazzacamini, scovolo, comignolo, canna fumaria, selciatore,
ripavimentare, marciapiede, preriscaldare, sovraccarico, antiscivolo, accenditore,
scaldabagno, portineria; acendedor, reacender, lampiões, desentupir, acendalha, chocadeira,
pré-aquecer, tiragem, exaustor, avestruzinho, calceteiros, vidraço, rosas-dos-ventos, ardina),
tool and brand names in lower case in prose (litestar, granian, msgspec, structlog, alembic,
mkgmap, mapsforge, oruxmaps; tokio, axum, sqlx, leptos, dioxus, slint; hono, elysia, fastify,
drizzle, kysely, zod, valibot; celery, huey, arq, kombu, apscheduler, prefect, luigi; preact,
alpinejs, htmx, zustand, jotai, xstate, immer; nuitka, pyinstaller, briefcase, kivy, textual,
typer, plumbum), code identifiers in snake_case and camelCase and dotted names, URLs with query
strings and fragments, e-mail addresses, hashtags and @handles, German long compounds
(Straußenfarmbesichtigungstermin, Kopfsteinpflastersanierungsbesprechung) and particle verbs
with zu inside (auszubrüten, nachzukehren, zuzupflastern, aufzustöbern, abzukratzen), clitics,
elisions and mesoclisis (donnez-la-lui, rapportez-les-leur, puisqu'on; dándoselo,
llevárnoslo; accendiglielo, dateglieli, spazzatelo; encontrá-la-emos, acendê-lo-ão), names of
people and places (Tamsin Pengelly, Mousehole, Lamorna; Gwenaëlle Le Goff, Plougastel-Daoulas;
Iñaki Larrañaga, Zumaia, Chipiona; Hilke, Jelto, Wyk auf Föhr; Ottavia Sbarbaro, Druogno; Leonor,
Sabugal), and dialect words, informal spellings and slang (Leerie, tosh, zilch, clemmed,
scrumpy; golri, bled, tise; chiquito, canijo, carajote, vacilar, madero; Vollpfosten,
Lackaffe, Bulette, Weck, gönnen, Halligalli, plauschen; stracco, bischerata, bedda; pirralho,
ena, safa, javardice, rebaldaria, garina); and one text in each of eight languages the
detector does not judge (Kakwa, Turkana, Jamsay Dogon, Koyra Chiini, Maasina Fulfulde, Western
Niger Fulfulde, Mandjak, Oniyan), some with a glue in them, which must get no word finding at
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
        "In the gloaming old Leerie, as the children called him, relit every lamp along the waterfront, stepping "
        "round a loose kerbstone where the paviours had left the setts of a cobblestoned lane unswept and the "
        "flagstones still glistening.",
        "Our hatchlings are checked in the hatcher every morning, then the flightless youngsters move to the "
        "brooder by noon; each eggshell is rinsed, and the chicks, no heavier than a bag of sugar at first, "
        "outgrow their pen within a month.",
        "The sweep pushed his brush past the fireback and up the stovepipe to the chimneypot, while across town "
        "a heavyweight had his topknot retied, hitched up his loincloth and stamped the clay without a misstep.",
        "The booking site for the ostrich farm is a small litestar app served by granian, with msgspec for the "
        "payloads, structlog for the logs and alembic for migrations, while the cachers build their maps with "
        "mkgmap from mapsforge tiles and open them in oruxmaps.",
        "The loader calls parse_pocket_query, hands each cache to computeTerrainScore and then to "
        "caches.filters.skip_found; settings.max_terrain is read in tools/plan_route.py, the logs are at "
        "https://cachers.example.net/logs/2028-06-02?sort=desc, and questions go to trail-team@example.net "
        "or to @muddy_boots_tamsin. #geocaching #cachelog",
        "Tosh, said Tamsin Pengelly, who had walked from Mousehole to Lamorna with zilch in her pocket, clemmed "
        "and muttering, and still beat Jago Trevithick to the Logan Rock with a flask of scrumpy.",
    ],
    "fr": [
        "Le ramoneur savoyard désencrassait les conduits à la raclette et au hérisson ; il entrebâillait la "
        "trappe, posait le pare-étincelles devant l'âtre et traversait l'avant-cour sans un mot, car monter "
        "dans ces conduits, c'était aller au casse-pipe.",
        "La struthioniculture demande de la patience : l'autruchon sort de l'éclosoir au bout de six semaines, "
        "et l'éleveur surveille la surchauffe de l'incubateur, qu'il faut préchauffer la veille.",
        "Le paveur vérifia le calepinage et reprit un pavé à la demoiselle, puis entra se chauffer à l'auberge, "
        "près du garde-feu, pendant qu'un allumeur de réverbères, une longue gaule sur l'épaule, traversait la "
        "place.",
        "L'application du club de géocaching est écrite en Rust : tokio et axum côté serveur, sqlx pour la base, "
        "leptos pour le site, dioxus pour la version mobile et slint pour l'écran de la borne.",
        "La fonction lire_cartouche passe chaque cache à calculerDistanceMax puis à cartes.geo.tracer_trajet ; "
        "la doc est sur https://geocaches.exemple.fr/parcours/2028?tri=distance#carte, les questions vont à "
        "equipe-caches@exemple.fr ou à @cache_gwenaelle. #geocaching #randonnee",
        "Donnez-la-lui et rapportez-les-leur, lance Gwenaëlle Le Goff à Plougastel-Daoulas, puisqu'on les attend "
        "depuis ce matin ; Yannick trouve ça golri, puis il part au bled chercher de la tise.",
    ],
    "es": [
        "El deshollinador subió al tejado con su erizo mientras, en la calle, el empedrador reempedraba el tramo "
        "junto al bordillo; dentro, la dueña apartó el parachispas y el carpintero clavó un tapajuntas en el "
        "marco de la puerta.",
        "Las avestruces de la granja ponen en primavera; el granjero precalienta la incubadora, evita que se "
        "sobrecaliente y, cuando un conducto se obstruye, lo desatasca él mismo.",
        "Frente a la ermita, el adoquinado de la plaza, que nadie había tocado desde la posguerra, brillaba tras "
        "el aguacero.",
        "La web del club de geocaching está hecha con hono y elysia, con fastify para la API antigua, drizzle y "
        "kysely para la base de datos, y zod y valibot para validar los formularios.",
        "La función leer_escondite pasa cada caché a calcularDistanciaMinima y luego a mapas.ruta.dibujar_tramo; "
        "los datos están en https://escondites.ejemplo.es/rutas/2028?orden=dificultad#mapa, escribe a "
        "equipo-escondites@ejemplo.es o a @caja_ainhoa. #geocaching #senderismo",
        "Dándoselo a Ainhoa y llevárnoslo a Zumaia, le dijo Iñaki Larrañaga; el chiquito canijo, un carajote de "
        "Chipiona, se pasó la tarde queriendo vacilar y acabó con el madero en la puerta.",
    ],
    "de": [
        "Der Rauchfangkehrer aus Wien und der Kaminfeger aus Basel trafen einen Essenkehrer aus Chemnitz, der "
        "seinen Kehrbesen über der Schulter trug und von seinem Schornsteinfegermeister erzählte.",
        "Die Straußenküken schlüpften in der Brutmaschine, und auf dem Katzenkopfpflaster vor dem Hof lag noch "
        "Ruß aus dem Schlot, den die Kaminkehrerin mit Kehrleine und Kugel herausgeholt hatte.",
        "Der Straußenfarmbesichtigungstermin und die Kopfsteinpflastersanierungsbesprechung fielen auf denselben "
        "Tag; wir versuchten, die Eier auszubrüten, den Kamin nachzukehren, den Hof zuzupflastern und die "
        "Cache-Dose im Wald aufzustöbern, ohne den Glanzruß abzukratzen.",
        "Im Hintergrund laufen celery und huey für die Aufträge, arq für kleine Aufgaben, kombu als "
        "Nachrichtenschicht, apscheduler für die Zeitpläne sowie prefect und luigi für die Datenstrecken.",
        "Die Funktion lade_wegpunkt gibt jeden Cache an berechneLuftlinie und dann an karten.route.zeichne_strecke "
        "weiter; die Daten liegen unter https://caches.beispiel.de/touren/2028?sortierung=gelaende#karte, Fragen "
        "an cacheteam@beispiel.de oder an @dose_hilke. #geocaching #wandern",
        "Hilke aus Wyk auf Föhr nannte Jelto einen Vollpfosten und einen Lackaffen, doch nach Feierabend "
        "gönnten sich beide eine Bulette und einen Weck, das Halligalli war vergessen, und sie plauschten bis "
        "Mitternacht.",
    ],
    "it": [
        "Gli spazzacamini della Val Vigezzo usavano il raschietto e lo scovolo; sul comignolo, in cima alla "
        "canna fumaria, c'era ancora fuliggine, e il selciatore in strada doveva ripavimentare il marciapiede.",
        "Nell'allevamento gli struzzi appena nati stanno sotto la lampada riscaldante; bisogna preriscaldare "
        "l'incubatrice, evitare il sovraccarico del generatore e posare sul pavimento un tappeto antiscivolo.",
        "L'accenditore doveva riaccendere ogni fanale con la sua pertica, e lo scaldabagno della portineria "
        "borbottava mentre i sampietrini luccicavano sotto la pioggia.",
        "Il sito della nostra associazione di sumo usa preact e alpinejs per le pagine, htmx per i moduli, "
        "zustand e jotai per lo stato, xstate per il calendario e immer per gli aggiornamenti.",
        "La funzione leggi_incontro passa ogni sfida a calcolaTecnicaVincente e poi a grafici.torneo.disegna_barre; "
        "i dati sono su https://sumo.esempio.it/tornei/2028?ordine=giorno#tabellone, scrivete a "
        "squadra-sumo@esempio.it o a @dohyo_ottavia. #sumo #lottagiapponese",
        "Accendiglielo, dateglieli e spazzatelo per bene, disse Ottavia Sbarbaro a Druogno; Gino, stracco morto, "
        "borbottò «accidenti, che bischerata», e nonna Rosalia, siciliana, rise: «bedda mia!»",
    ],
    "pt": [
        "O acendedor reacendia os lampiões da rua com a sua vara, e na casa ao lado o limpador desentupia a "
        "chaminé, deixando a fuligem e a acendalha espalhadas pelo chão.",
        "Na quinta, as avestruzes punham os ovos na areia, e o tratador tinha de pré-aquecer a chocadeira, "
        "verificar a tiragem do exaustor e pesar cada avestruzinho ao fim da semana.",
        "Os calceteiros trabalhavam de joelhos com o maço e o martelo, assentando o vidraço branco e o basalto "
        "em rosas-dos-ventos, enquanto um ardina apregoava os jornais da tarde.",
        "No computador da quinta correm o nuitka e o pyinstaller para empacotar o programa, o briefcase para a "
        "versão móvel, o kivy e o textual para as interfaces e o typer e o plumbum para os scripts.",
        "A função ler_pesagem passa cada cria a calcularGanhoDiario e depois a graficos.lote.desenhar_curva; os "
        "dados estão em https://quinta.exemplo.pt/lotes/2028?ordem=peso#tabela, escreva para "
        "equipa-quinta@exemplo.pt ou para @avestruz_leonor. #avestruz #quinta",
        "Encontrá-la-emos amanhã e acendê-lo-ão à noite, disse a Leonor no Sabugal; o pirralho, ena, safa, só "
        "fazia javardice e rebaldaria, e a garina ria-se daquilo tudo.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "keo": ["Kakwa saliya musala! Kutuk na Kakwa lokuliye lo ŋutulu ti Koboko ko Yei."],
    "tuv": ["Ejok noi! Alakara noi, ekapolon, kotere ngakipi ka ngaatuk."],
    "djm": ["Aga po! Ɛ sɛwa? Sɛwa, yaa; dɔ̀gɔ̀ tègú ŋ́ kàná."],
    "khq": ["Fofo! Ni kaani baani? Baani samay, ay koy habu zaaro nda ay hawyo."],
    "ffm": ["A jaraama! No mbaɗɗaa? Jam tan, alhamdu lillaahi; na'i ɗii njaran ndiyam e maayo."],
    "fuh": ["Jam na waali? Jam tan. Mi yahayluumo hannde, mi soodoo kosam e gawri."],
    "mfv": ["Ŋaal na bok ndo Kancuŋu; uko uwul napëc, ba nji ndiin pënaŋ."],
    "bsc": ["Ɓëliyan ɓa Salémata ɓa ndëk oniyan; a-liyan a ñaŋ a bëtyëk a ɓangar."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v89", QUOTA, HARD_NEGATIVES, "neg89")
    print(common.write_set(HERE, recs))
