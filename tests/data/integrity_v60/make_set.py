"""Build the v60 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v60/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v60: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written (without looking at the detector's rules or running it on
these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new; their topics come mainly from tidal mills,
paragliding, seaweed farming, cross-country skiing, embroidery and sourdough starters, and each
language has its own, written in the registers of LLM answers (an explanation, a technical
answer with code spans and a product name, a literary paragraph, step-by-step advice, a
"Sure! Here's..." reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight
in English, nine in French, Spanish, Italian and Portuguese, twelve in German (no glue of two
content words there):
  en: why a tidal mill grinds only after high tide, reading IGC flight logs from XCTrack with
      `pandas` to find thermals, a widow embroidering flowers by a winter window (literary),
      reviving a neglected sourdough starter ("Sure!"), tide mills of England and the Woodbridge
      mill, seaweed and sourdough-discard crackers, classic versus skating for a first winter of
      cross-country skiing, an e-mail asking an embroidery teacher for a place in her class;
  fr: why kelp grows so fast in spring, the glide ratio of paraglider flights from a Skytraxx
      export in LibreOffice Calc, an old baker's wife and the family levain at dawn (literary),
      choosing a first pair of cross-country skis, an embroidery workshop for children ("Bien
      sûr !"), the tide mills of Brittany and Traou Meur on Bréhat, a seaweed tartare,
      paragliding versus hang gliding, a letter booking a tandem flight for a father's
      seventieth birthday;
  es: how thermals form and why paraglider pilots watch cumulus, an Arduino Nano proofing box
      for sourdough with a `DHT22` and a relay, an old seaweed farmer on a raft in a Galician
      ría (literary), a first cross-stitch, a beginner's cross-country ski weekend in the
      Pyrenees ("¡Claro!"), the tide mills of the bay of Cádiz, a sourdough loaf in a cast-iron
      pot, farmed versus wild-harvested seaweed, an e-mail to a Nordic ski centre about lessons
      for a family;
  de: why sourdough tastes sour, versioning Ink/Stitch embroidery files with Git LFS, a tide
      miller waiting for the ebb at dawn (literary), waxing classic skis (grip and glide zones),
      a packing list for a paragliding week ("Klar!"), the Bayeux Tapestry, a rye sourdough
      loaf, classic versus skating, a letter asking to join a ski club's cross-country group,
      how a variometer filters its pressure readings (the algorithm), how a tide mill works,
      why seaweed is farmed on long lines near the surface;
  it: why the tide is so large in the northern Adriatic and Venice, analysing XContest tracks
      with `aerofiles` and `pandas`, an embroiderer working punto Assisi by a window
      (literary), how to start paragliding, a cross-country ski day in Val di Fiemme ("Certo!"),
      the history of the Marcialonga, focaccia with lievito madre, lievito madre versus
      brewer's yeast, a letter to an embroidery school about an autumn course;
  pt: how the tide mills of the Tagus estuary worked, a Raspberry Pi watching the temperature
      of a seaweed tank with a `DS18B20`, a grandmother embroidering a lenço dos namorados
      (literary), keeping a sourdough starter through the holidays, a first tandem paragliding
      flight in the Serra da Estrela ("Claro!"), the Corroios tide mill, a seaweed and bean
      soup, cross-country skiing versus snowshoes, a letter from a teacher asking to bring a
      class to a seaweed farm in the Ria de Aveiro.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (hereinafter, henceforth, thereto, whereof, therewith, hereunder, whensoever,
thenceforth, wherefore, and topic words such as millpond, millrace, windsock, updraft,
snowpack, seabed, backstitch, buttonhole; nonobstant, alentour, autrefois, contrepoids,
portefeuille, tournesol, parapentiste, goémonier; sinfín, sinnúmero, quehacer, porvenir,
sobremesa, entretanto, asimismo, mediodía, rompeolas, cortavientos, pasamontañas, paracaídas;
infolgedessen, hierzulande, wohingegen, zuweilen, allenfalls, beizeiten, unterdessen,
seinerzeit; frattanto, altresì, laddove, oltretutto, perlopiù, ciononostante, dopodiché,
tuttora, semmai, paracadute, cavatappi, portaombrelli; outrossim, doravante, porquanto,
conquanto, outrora, decerto, deveras, amiúde, girassol, passatempo, malmequer), tool and brand
names in lower case in prose (xcsoar, gpsbabel, lazygit, zoxide, atuin, hyperfine, yazi),
code identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses,
hashtags and @handles, German long compounds and particle verbs (with zu inside), clitics and
elisions (rends-les-leur, va-t'en, presqu'île, explícaselo, pónmelo, tráiganoslas,
mandaglielo, daccene, fatecelo, dir-lho-ei, mandá-lo-emos, trá-los), names of people and
places, and informal spellings (gonna, kinda, dunno, y'all, innit, ngl, tbh; wesh, chelou,
relou, ouate; ahorita, chévere; moin, digga, krass, haste; cmq, anvedi, figo; bué, gajo,
bacano); and texts in eight languages the detector does not judge (Sidamo, Wolaytta, Hadiyya,
Kambaata, Gedeo, Nuer, Dinka, Shilluk), some with a glue in them, which must get no word
finding at all.  These eight are written by a non-speaker from published vocabulary, so they
may be clumsy; they only have to be text in those languages, not in a judged one.
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
        "The miller, hereinafter the lessee, shall henceforth keep the millpond and the millrace clear, "
        "and the owner agrees thereto; whereof both parties are aware, and therewith the matter is settled "
        "for all repairs hereunder, whensoever the sluice fails.",
        "Thenceforth she checked the windsock before every launch, wherefore nobody laughed when she waited "
        "an hour for a steadier updraft; on the ridge the snowpack was thin, and below it the seabed showed "
        "through the clear water.",
        "I plan flights in xcsoar, convert the old tracks with gpsbabel, commit through lazygit, jump between "
        "folders with zoxide, search my shell history with atuin, time the parser with hyperfine and browse "
        "the logs in yazi.",
        "The job calls load_igc_fixes, passes each track to computeGlideRatio and then to "
        "tides.harmonics.predict_height; settings.max_wind_kmh is read once in loaders/igc_reader.py, and "
        "test_rejects_truncated_b_records covers the odd file.",
        "The notes are at https://wiki.example.org/2027/tide-mills/eling#sluices and the map at "
        "https://maps.example.net/paragliding/sites?region=wales; write to kite-club@example.org or ping "
        "@ridge_soarer_bryn. #paragliding #tidemill",
        "Siobhán Ní Bhriain flew from Ölüdeniz to Bir Billing with Kazimierz Wróblewski and Thandiwe "
        "Mokoena, then took the train on to Llanfairpwllgwyngyll and Machynlleth.",
        "Ngl, I'm gonna skip the backstitch, it's kinda fiddly and I dunno where the buttonhole goes tbh. "
        "Y'all coming to the pub after, innit?",
    ],
    "fr": [
        "Nonobstant la pluie, les promeneurs restaient alentour ; autrefois le goémonier chargeait ici sa "
        "charrette, et le parapentiste qui tournait au-dessus regardait le champ de tournesol et le "
        "contrepoids du vieux pont.",
        "Rends-les-leur tout de suite, puis va-t'en : ton portefeuille est resté sur la presqu'île, chez "
        "quelqu'un qui t'attend jusqu'à ce soir.",
        "Je prépare mes vols dans xcsoar, je convertis les traces avec gpsbabel, je gère le dépôt avec "
        "lazygit, je me déplace dans les dossiers avec zoxide et je retrouve mes commandes avec atuin.",
        "La tâche appelle charger_points_igc, passe chaque trace à calculerFinesse puis à "
        "marees.harmoniques.prevoir_hauteur ; parametres.vent_max_kmh est lu une fois dans "
        "chargeurs/lecteur_igc.py.",
        "Le programme est sur https://club.exemple.fr/2027/parapente/sorties#ete ; les inscriptions se font "
        "à bureau-vol-libre@exemple.fr ou auprès de @deco_sud_maiwenn. #parapente #moulinamaree",
        "Wesh, c'est chelou ce truc, et relou en plus. Ouate de phoque, on s'en fiche, Nolwenn et Yannick "
        "arrivent de Plougrescant avec Anaëlle, puis on file à Lannion.",
    ],
    "es": [
        "Tras la sobremesa, entretanto, hablamos de un sinfín de cosas y de un sinnúmero de planes; asimismo, "
        "cada quehacer del porvenir quedó para después del mediodía, junto al rompeolas.",
        "Explícaselo con calma y pónmelo por escrito; luego tráiganoslas, el cortavientos, el pasamontañas y "
        "el paracaídas de reserva, antes de la clase.",
        "Preparo los vuelos en xcsoar, convierto las trazas con gpsbabel, manejo el repositorio con lazygit, "
        "me muevo entre carpetas con zoxide y busco los comandos antiguos con atuin.",
        "El servicio llama a cargar_puntos_igc, pasa cada traza a calcularPlaneo y luego a "
        "mareas.armonicos.predecir_altura; ajustes.viento_max_kmh se lee una vez en "
        "cargadores/lector_igc.py.",
        "Las rutas están en https://club.ejemplo.es/2027/esqui-de-fondo/rutas#valle; las reservas, a "
        "reservas-fondo@ejemplo.es o a @nordico_amaia. #esquidefondo #algas",
        "Ahorita te aviso, güey, la fiesta estuvo bien chévere. Xoana y Anxo vienen de Vilagarcía de Arousa "
        "con Iratxe Goikoetxea, y luego seguimos a Cambados.",
    ],
    "de": [
        "Infolgedessen blieb die Mühle hierzulande lange in Betrieb, wohingegen man anderswo zuweilen schon "
        "elektrisch mahlte; allenfalls beizeiten reparierte man das Wehr, und unterdessen war der Müller "
        "seinerzeit längst alt geworden.",
        "Der Gleitschirmfluglehrerausbildungslehrgang, die Gezeitenmühlenfördervereinsversammlung und die "
        "Algenzuchtgenossenschaft haben beschlossen, im Frühjahr anzufangen, die Leinen einzuholen, die "
        "Schleusen nachzubessern und die Loipe neu zu spuren.",
        "Ich plane Flüge in xcsoar, wandle alte Tracks mit gpsbabel um, verwalte das Repository mit lazygit, "
        "springe mit zoxide durch die Ordner und messe den Parser mit hyperfine.",
        "Der Dienst ruft lade_igc_punkte auf, reicht jeden Track an berechneGleitzahl und dann an "
        "gezeiten.harmonische.sage_hoehe_voraus weiter; einstellungen.max_wind_kmh wird einmal in "
        "lader/igc_leser.py gelesen.",
        "Die Termine stehen unter https://verein.beispiel.de/2027/langlauf/kurse#winter, Anmeldungen bitte an "
        "loipenteam@beispiel.de oder an @loipe_fenja. #langlauf #sauerteig",
        "Moin, digga, krass, haste das gesehen? Fenja und Hauke kommen aus Neßmersiel mit Okka aus "
        "Dornumersiel, und dann geht's weiter nach Wilhelmshaven.",
    ],
    "it": [
        "Frattanto il mugnaio, altresì custode della diga, apriva le chiuse laddove serviva; oltretutto, "
        "perlopiù di notte, ciononostante tuttora ricorda ogni marea, e dopodiché, semmai, si riposa.",
        "Mandaglielo stasera, daccene una copia e fatecelo sapere: il paracadute di emergenza, il cavatappi "
        "e il portaombrelli restano in macchina.",
        "Preparo i voli con xcsoar, converto le tracce con gpsbabel, gestisco il repository con lazygit, mi "
        "sposto tra le cartelle con zoxide e ritrovo i comandi con atuin.",
        "Il servizio chiama carica_punti_igc, passa ogni traccia a calcolaEfficienza e poi a "
        "maree.armoniche.prevedi_altezza; impostazioni.vento_max_kmh viene letto una volta in "
        "caricatori/lettore_igc.py.",
        "Il calendario è su https://club.esempio.it/2027/sci-di-fondo/uscite#inverno; le iscrizioni a "
        "segreteria-fondo@esempio.it oppure a @pista_nordica_ilaria. #scidifondo #lievitomadre",
        "Anvedi, che figo il volo de ieri, cmq domani nun ce sto. Ilaria e Tancredi vengono da Castelrotto "
        "con Ottilia Pichler, poi si va a Ortisei.",
    ],
    "pt": [
        "Outrossim, doravante o moinho só moerá de manhã, porquanto a maré mudou; conquanto outrora "
        "trabalhasse de noite, decerto os moleiros deveras cansados amiúde adormeciam junto ao girassol do "
        "quintal.",
        "Dir-lho-ei amanhã e mandá-lo-emos depois; se os encontrares, trá-los contigo, que o passatempo do "
        "avô é procurar malmequer no monte.",
        "Preparo os voos no xcsoar, converto os trajetos com o gpsbabel, trato do repositório com o lazygit, "
        "salto entre pastas com o zoxide e procuro comandos antigos com o atuin.",
        "O serviço chama carregar_pontos_igc, passa cada trajeto a calcularPlaneio e depois a "
        "mares.harmonicos.prever_altura; definicoes.vento_max_kmh é lido uma vez em "
        "carregadores/leitor_igc.py.",
        "O programa está em https://clube.exemplo.pt/2027/parapente/voos#verao; as inscrições vão para "
        "secretaria-voo@exemplo.pt, ou mencione @descolagem_tiago. #parapente #algas",
        "Aquilo foi bué bacano, o gajo voou duas horas! O Tiago e a Leonor vieram de Vila Nova de Milfontes "
        "e o Rodrigo de Arcos de Valdevez.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sid": ["Mitto barra ollaa wedellu hakka aana fulino, olluu manninoogalata ikkino. Buna haqqe "
            "cinaanni dagganno."],
    "wal": ["Ha gallassi taani gabaya baana; ta aawaynne ta aayee keeththan de7oosona. Wontto "
            "giyaa wodenkaattaa shammana."],
    "hdy": ["Ani ha'ee mine manni lobakata bunaa uwwoo'ne. Beetti ammachchi mine giddo "
            "hee'litoomma."],
    "ktb": ["Kambaatu manni lobakata beetta ikkanno; ilamaa qoxxaa woroo gizzaa mannitoo hee'nanno. "
            "Ani illitiinne ama'ya ledo mine giddaan hee'ne."],
    "drs": ["Gedee'uu manni buna lowo tokkanno; bunaa haqqe gidooninne baadu gobaa hee'nanno. "
            "Mitte barra olla mannuulowo galate."],
    "nus": ["Naath tin te rɛy cieŋ kɛ gɔaa, kä kɛn nhɔkɛ thok yieer. Kɛ cäŋ kɛl cukɛ wäkɛ "
            "wutni kɛ gaakniɛn."],
    "din": ["Ɣɛn kɔr ba dek ku ba cam në kööl dɛ̈. Wɔ kɔr buk lɔ baai ku mïth kedhiɛ abïkdiɛ̈r në "
            "ruun tök."],
    "shk": ["Dhanhø bëne ba pär ki kal, ge kwanyø piny ki rëëjø e wath. Men ba rëëjø mø dwøngø "
            "kiper nyimiëgg."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v60", QUOTA, HARD_NEGATIVES, "neg60")
    print(common.write_set(HERE, recs))
