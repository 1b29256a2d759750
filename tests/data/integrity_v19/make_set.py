"""Build the v19 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v19/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v19: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as v18 by a different hand, with topics taken only from bees and
honey, opera and theatre, cartography and maps, recycling and waste, typography, and telescopes
and the night sky, so that the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why honey crystallises, Perl one-liners turning straight quotes into curly ones
      (`perl -pi.bak -e`, `-CSD`, `diff`), an opera prompter in her box (literary), a first
      night with a Dobsonian telescope, reading contour lines on a walking map ("Sure!"),
      Mercator's projection of 1569, honey and walnut baklava, an e-mail to a council about
      recycling bins left unemptied;
  fr: why plastic cannot be recycled endlessly, LaTeX macros (`\\newcommand`,
      `\\NewDocumentCommand`, `\\input`) on Overleaf, a scene painter in an empty theatre at
      night (literary), setting up a first beehive, reading a 1:25 000 hiking map ("Bien
      sûr !"), the Cassini map of France, pain d'épices, opera at the cinema versus in the
      house, a letter asking to join an astronomy club;
  es: why bees build hexagonal cells, waste tonnages per district in Julia (`CSV`,
      `DataFrames`, `combine(groupby(...))`, Visual Studio Code), a props keeper under a
      zarzuela stage (literary), cutting plastic at home, looking at the Moon with binoculars
      ("¡Claro!"), the Casa de Contratación and the Padrón Real, torrijas with honey, serif
      versus sans-serif on screens, an e-mail booking a night visit to an observatory for a
      school;
  de: why the night sky is dark (Olbers' paradox), a Bazel build (`BUILD.bazel`,
      `cc_library`, `cc_binary`, `MODULE.bazel`), an old hand compositor at his type case
      (literary), sorting household waste, a first visit to the opera ("Klar!"), the Zeiss
      planetarium (Jena 1923, Deutsches Museum 1925), Bienenstich, paper maps versus a
      navigation app, a letter to a property manager about the organic-waste bin, the
      Douglas-Peucker line simplification, how a bottle-deposit machine works, why bees swarm;
  it: the Moon illusion at the horizon, haversine distances in Rust compiled to WebAssembly
      (`wasm-bindgen`, `wasm-pack build --target web`, Firefox), a seamstress backstage at La
      Scala (literary), separate waste collection at home, choosing typefaces for wedding
      invitations ("Certo!"), Fra Mauro's world map, struffoli, beehives on city roofs, an
      e-mail to a box office about wheelchair seats;
  pt: light pollution and the Milky Way, a small API for recycling points in Deno
      (`Deno.serve`, `deno task`, Deno Deploy, Leaflet), an old actress of a touring company in
      a village square (literary), harvesting honey from a hive, choosing typefaces for a CV
      ("Claro!"), the Cantino planisphere of 1502, bolo de mel da Madeira, theatre versus
      cinema, an e-mail to a town hall asking for a bulky-waste collection.

The hard negatives are new too, six per judged language: words the language itself writes as
one (howbeit, whilst, thereon, whereto, hereinbefore, aforementioned, nevermore, anybody,
midway, upstage, offstage, beeswax, honeycomb, limelight, nightfall, wastebasket, letterpress;
auprès, entretemps, soi-disant, au-dessus, rez-de-chaussée, sang-froid, lieu-dit, abat-jour,
avant-scène, trompe-l'œil, tournesol, porte-plume, tire-lire; contrapelo, aguardiente,
bajamar, quitasol, parachoques, menosprecio, antifaz, hojalata, bocamanga; vielmehr,
desungeachtet, alldieweil, hiervon, woraufhin, dahingegen, ehedem, mithin, derweil, ebendort,
hinfort, vonseiten, zugunsten; purtroppo, addirittura, tuttalpiù, alquanto, acciocché,
fintanto, sottobosco, ficcanaso, portaombrelli, parafango, passaparola, saliscendi,
dormiveglia, toccasana; bem-me-quer, mata-borrão, vaga-lume, corre-corre, pé-de-meia,
ganha-pão, cor-de-rosa), tool and brand names in lower case in prose (kstars, siril, josm,
gdal, scribus, fontforge, lilypond, openrefine, typst), code identifiers in snake_case and
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs (with zu inside: aufzustellen, mitzubringen, einzusortieren,
auszuschleudern, nachzuschlagen, vorzubestellen), clitics, elisions and contractions
(montre-les-leur, allez-vous-en, qu'il, jusqu'où; cuéntaselo, explícaselas, pídeselo;
portatecelo, spiegaglielo, andatevene, gliel'ho; mostrar-lho-ei, dá-mo, dir-to-ia,
contá-lo-emos), names of people and places, and informal spellings (yup, sorta, y'know;
daron, trop stylé, kiffer; jaja, bacán, chamba, flipante, pibe, ostras; voll, schaffe, geil,
Mahlzeit; gasato, sclerare, bella lì; porreiro, giro, baza, chavalo, já agora); and texts
in languages the detector does not judge (Azerbaijani, Bosnian, Kurmanji Kurdish, Cebuano,
Hausa, Sicilian, Venetian, Quechua, none of them used by v9-v15), some with a glue in them,
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
        "The aforementioned beekeeper, whilst checking the honeycomb at nightfall, found the beeswax soft; "
        "howbeit the colony was calm, and nevermore did anybody doubt the clause thereon, whereto the "
        "hereinbefore named parties had agreed.",
        "Midway through the rehearsal the director sent everyone offstage, moved the lamp upstage into the "
        "limelight and threw the old letterpress proofs into the wastebasket by the door.",
        "I stack the comet frames in siril, plan the evening in kstars, fix the footpaths in josm and clip "
        "the rasters with gdal; the club newsletter is laid out in scribus, the hymn sheets in lilypond, the "
        "talk slides in typst and the bird counts are cleaned in openrefine, while the new logo was drawn "
        "in fontforge.",
        "The script calls load_hive_weights, passes each row to smoothDailyGain and then to "
        "apiary.reports.weekly_summary; config.scale_offset_grams is read once in "
        "sensors/hive_scale_reader.py, and test_ignores_swarm_days covers the odd case.",
        "Slides are at https://astro.example.org/meetings/2027-03/messier-marathon.pdf and the sign-up "
        "sheet at https://forms.example.org/dark-sky-weekend?ref=club; questions to "
        "observing-team@example.org or @darksky_ifeoma. #astronomy #darksky",
        "Yup, Ifeoma Chukwuemeka and Bartholomew Quaife drove from Llanfairfechan to Ullapool, sorta on a "
        "whim, y'know, just to catch the aurora over Loch Broom.",
    ],
    "fr": [
        "Auprès du théâtre, entretemps, un soi-disant décorateur peignait un trompe-l'œil sur l'avant-scène ; "
        "au-dessus, dans la loge du rez-de-chaussée, l'habilleuse gardait son sang-froid sous l'abat-jour.",
        "Au lieu-dit des Tournesols, la grand-mère rangeait son porte-plume dans un tiroir et la tire-lire "
        "des enfants sur la cheminée, à côté d'un bouquet de tournesol séché.",
        "J'assemble les images de la comète avec siril, je prépare la nuit dans kstars, je corrige les "
        "sentiers dans josm et je découpe les cartes avec gdal ; le bulletin du club est mis en page avec "
        "scribus, et la nouvelle police a été dessinée dans fontforge.",
        "Le script appelle charger_poids_ruches, passe chaque ligne à lisserGainJournalier puis à "
        "rucher.rapports.resume_hebdo ; config.decalage_balance_g est lu une fois dans "
        "capteurs/lecteur_balance.py.",
        "Les diapositives sont sur https://astro.exemple.fr/reunions/2027-03/marathon-messier.pdf et "
        "l'inscription à ciel-noir@exemple.fr ou auprès de @cielnoir_solenn. #astronomie #cielnoir",
        "Montre-les-leur ; vous autres, allez-vous-en jusqu'où vous voudrez : Solenn et Gaëtan partent "
        "de Plougastel-Daoulas pour Villefranche-sur-Saône, et mon daron dit qu'il trouve ça trop stylé, "
        "qu'il va kiffer.",
    ],
    "es": [
        "Con el antifaz puesto y a contrapelo de todos, el tramoyista bebió un trago de aguardiente, se secó "
        "los labios con la bocamanga y, con menosprecio, apartó del escenario un quitasol de hojalata.",
        "En la bajamar, el coche dio marcha atrás y el parachoques rozó la barca; cuéntaselo a tu tío, "
        "explícaselas con calma y pídeselo por escrito.",
        "Apilo las fotos del cometa con siril, preparo la noche en kstars, corrijo los senderos en josm y "
        "recorto los mapas con gdal; el boletín de la asociación se maqueta con scribus y las partituras "
        "con lilypond.",
        "El script llama a cargar_pesos_colmenas, pasa cada fila a suavizarGananciaDiaria y luego a "
        "colmenar.informes.resumen_semanal; config.desfase_bascula_g se lee una vez en "
        "sensores/lector_bascula.py.",
        "Las diapositivas están en https://astro.ejemplo.es/reuniones/2027-03/maraton-messier.pdf; la "
        "inscripción, en cielo-oscuro@ejemplo.es o con @cielo_xoan. #astronomía #cielooscuro",
        "Jaja, ostras, qué flipante: Xoán y Eulalia llegaron de Villanueva de la Serena a Puertollano con "
        "la chamba hecha, y el pibe dijo que el concierto estuvo bacán.",
    ],
    "de": [
        "Vielmehr blieb die Souffleuse derweil ebendort sitzen, woraufhin der Intendant desungeachtet "
        "aller Bitten vonseiten des Chors zugunsten der Premiere entschied. Hiervon spricht man hinfort "
        "nur leise, wie ehedem von allen Pannen; mithin bleibt es ein Geheimnis.",
        "Dahingegen sagte der Imker, alldieweil die Bienen schwärmten, man solle nicht vergessen, die "
        "Honigschleuder aufzustellen, Gläser mitzubringen, die Waben einzusortieren und den Honig morgen "
        "auszuschleudern.",
        "Die Sternwartenbesucherbetreuung und die Opernhausgeneralsanierungskommission haben beschlossen, "
        "im Kartenprojektionshandbuch nachzuschlagen und Führungen für den Wertstoffhof vorzubestellen.",
        "Ich staple die Kometenbilder mit siril, plane die Nacht in kstars, korrigiere Wanderwege in josm "
        "und schneide die Karten mit gdal zu; das Vereinsheft wird mit scribus gesetzt, das neue Logo "
        "entstand in fontforge.",
        "Das Skript ruft load_hive_weights auf, reicht jede Zeile an smoothDailyGain und dann an "
        "apiary.reports.weekly_summary weiter; die Folien liegen unter "
        "https://astro.beispiel.de/treffen/2027-03/messier.pdf, Fragen an sternwarte@beispiel.de oder "
        "@dunkelhimmel_wiebke. #astronomie",
        "Mahlzeit! Voll geil, ich schaffe das heute nicht mehr: Wiebke und Hauke kommen aus Wilhelmshaven "
        "und Bad Zwischenahn erst gegen acht.",
    ],
    "it": [
        "Purtroppo la sarta, addirittura in ritardo, arrivò tuttalpiù alle otto, alquanto stanca; "
        "acciocché nessuno se ne accorgesse, restò in quinta fintanto che durò il primo atto, "
        "nel dormiveglia, come un ficcanaso dietro il portaombrelli.",
        "Nel sottobosco il parafango della bici si ruppe sul saliscendi; il passaparola fece il resto e "
        "quella tisana, un vero toccasana, gliel'ho portata io.",
        "Portatecelo domani, spiegaglielo con calma e poi andatevene pure: le foto della cometa le unisco "
        "con siril, la notte la preparo in kstars e i sentieri li correggo in josm.",
        "Lo script chiama carica_pesi_arnie, passa ogni riga a smussaGuadagnoGiornaliero e poi a "
        "apiario.report.riepilogo_settimanale; config.scarto_bilancia_g viene letto una volta in "
        "sensori/lettore_bilancia.py.",
        "Le slide sono su https://astro.esempio.it/incontri/2027-03/maratona-messier.pdf; iscrizioni a "
        "cielo-buio@esempio.it o a @cielobuio_tecla. #astronomia #cielobuio",
        "Bella lì! Tecla e Ruggero tornano da Castelnuovo di Garfagnana a Civitavecchia gasati come non mai, "
        "e io sto a sclerare per il trasloco.",
    ],
    "pt": [
        "No pé-de-meia da avó havia um mata-borrão cor-de-rosa; à noite, um vaga-lume entrou pela janela "
        "no meio do corre-corre, e ela arrancou as pétalas a um bem-me-quer enquanto contava o ganha-pão "
        "da semana.",
        "Mostrar-lho-ei amanhã, dá-mo agora, e eu dir-to-ia se soubesse; depois contá-lo-emos ao resto da "
        "família, à mesa, já agora.",
        "Junto as fotografias do cometa no siril, preparo a noite no kstars, corrijo os caminhos no josm e "
        "recorto os mapas com o gdal; o boletim do clube é paginado no scribus e as pautas no lilypond.",
        "O script chama carregar_pesos_colmeias, passa cada linha a suavizarGanhoDiario e depois a "
        "apiario.relatorios.resumo_semanal; config.desvio_balanca_g é lido uma vez em "
        "sensores/leitor_balanca.py.",
        "Os diapositivos estão em https://astro.exemplo.pt/reunioes/2027-03/maratona-messier.pdf; as "
        "inscrições vão para ceu-escuro@exemplo.pt ou para @ceuescuro_guida. #astronomia #ceuescuro",
        "Porreiro, pá! A Guida e o Tomé vieram de Castelo de Vide a Vila Nova de Foz Côa, o chavalo achou "
        "tudo giro e agora baza para casa.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "az": ["Yayda biz kəndə gedirik, nənəmin bağında arı pətəkləri var. Axşamlar çay içib ulduzlara baxırıq, "
           "çünki orada səma çox təmiz vəaydındır."],
    "bs": ["Subotom idemo na pijacu po domaći med i sir. Poslije toga sjedimo u bašti kod tetke ipijemo "
           "kafu sve do podne."],
    "ku": ["Havînê em diçin gundê bapîrê xwe. Bi şev em li ser banî radizên ûli stêrkan dinêrin."],
    "ceb": ["Matag Domingo, mangadto mi sa merkado aron mopalit og isda ug utanon. Human sa misa, mokaon mi "
            "og puto ugsikwate sa balay ni Lola."],
    "ha": ["Da safe, mata suna zuwa kasuwa domin sayar da nono da fura. Yara kuma suna zuwa makaranta kafin "
           "rana ta yi zafi."],
    "scn": ["Me nonna facìa sempri i cannola pâ festa, e tutta a famigghia s'assittava ô tavulu a "
            "manciari e a cuntari cunti."],
    "vec": ["Dopo el lavoro, tanta zente va a bever un spritz in campo e se ferma a ciacolar co i amici fin "
            "chevien scuro."],
    "qu": ["Ñuqaqa Qusqu llaqtapi tiyani. Sapa p'unchaw mamaywan kuska mikhunata wayk'uni, chaymantataq "
           "yachay wasiman rini."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v19", QUOTA, HARD_NEGATIVES, "neg19")
    print(common.write_set(HERE, recs))
