"""Build the v17 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v17/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v17: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn from
pottery and ceramics, deserts, radio and podcasts, insurance, libraries and logic puzzles, and
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why deserts get cold at night, overdue library loans with SQLAlchemy 2.0 (`select()`,
      `selectinload`), a potter at the wheel at dawn (literary), starting a podcast, solving a
      logic grid puzzle ("Sure!"), Lloyd's coffee house and marine insurance, lamb and apricot
      tagine, an e-mail to a home insurer about a burst pipe;
  fr: how dunes form and move, a community radio's Icecast stream behind Caddy (`Caddyfile`,
      `reverse_proxy`), a village librarian closing up at night (literary), glazing a first
      bisque-fired pot, three logic riddles for a family meal ("Bien sûr !"), the Sèvres
      porcelain manufactory, date cake, third-party versus comprehensive cover for an old car,
      a letter to a media library about a lost book;
  es: why the Atacama is so dry, PostgreSQL window functions (`rank() over`, `lag`) on podcast
      downloads in pgAdmin, a potter in Níjar (literary), choosing travel insurance, solving a
      nonogram ("¡Claro!"), the first Spanish radio station (Radio Barcelona, EAJ-1), papas
      arrugadas with mojo picón, live radio versus podcasts, an e-mail asking for an
      interlibrary loan;
  de: how a mirage forms, a Nix flake with a devShell (`nix develop`, `flake.lock`), a potter
      in the Westerwald (literary), taking out contents insurance, a three-house Einstein
      puzzle ("Klar!"), Böttger and Meissen porcelain, chicken in a Römertopf clay pot, radio
      versus podcasts, a letter to a town library about Saturday opening hours, the Towers of
      Hanoi (recursion), how FM radio works, why camels go so long without water;
  it: singing sand dunes, a neighbourhood library catalogue in OCaml (variants, pattern
      matching, dune, utop), a ceramic painter in Deruta (literary), choosing home insurance,
      five logic riddles for children ("Certo!"), the Biblioteca Malatestiana in Cesena,
      Trapani fish couscous, car radio versus podcasts, an e-mail to sign up for an evening
      ceramics course;
  pt: how an oasis forms, counting podcast episodes with Zig (allocators, `std.fs`, `defer`,
      `zig build`), a potter making Barcelos roosters (literary), organising a home library,
      knights-and-knaves puzzles ("Claro!"), the Biblioteca Joanina in Coimbra and its bats,
      feijoada à transmontana, private health insurance versus the national health service,
      an e-mail proposing a logic-puzzle programme to a local radio.

The hard negatives are new too, six per judged language: words the language itself writes as
one (withal, aforesaid, hereunder, thereto, wherewith, whensoever, insomuch, everyplace,
upkeep; jusqu'alors, hormis, afin, presqu'île, lorsqu'elles, par-dessous, contrecoup, jusqu'au,
chou-fleur; conmigo, cascanueces, guardaespaldas, trotamundos, pintalabios, rompeolas,
sobremanera, portaviones; alsbald, demgegenüber, kurzerhand, geschweige, ebendeshalb,
nebenher, unversehens, hierauf, vorderhand; allorquando, intanto, quantunque, invero,
viceversa, nientedimeno, soprammobile, arcobaleno, fuoribordo; contanto, aonde, dentre,
neste, disto, naquilo, quebra-cabeça, porta-voz, guarda-sol, beija-flor, bem-vindo),
tool and brand names in lower case in prose (icecast, liquidsoap, mixxx, ardour, kodi,
navidrome, zotero, koha), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German long compounds and particle verbs (with zu
inside: einzureichen, abzuschließen, aufzubewahren, vorzulesen, hochzuladen), clitics,
elisions and contractions (rapporte-les-y, souviens-t'en, donne-la-nous, parles-en,
laisse-m'en; tráiganoslo, devuélvanselas, escríbeselo, póntela, bébetela; riportaglielo,
fatecelo, mandateceli, dagliela, ridatecela; dá-lha, trazer-lho-ás, oferecê-lo-emos,
manda-mos), names of people and places, and informal spellings (welp, hella, imo, meh,
knackered, kip, yeet; wsh, capté, vazy, bibli, abusé; chulo, to', ni de coña, me renta,
jejeje; Keule, mach ma halblang, verpeilt, wallah, chill; fra', cotto, stamo, ahahah, troppo
forte; epá, que seca, à nora, fogo, tá); and texts in languages the detector does not judge
(Corsican, Sardinian, Friulian, Asturian, Faroese, Yoruba, Hawaiian, Uzbek, none of them used
by v9-v15), some with a glue in them, which must get no word finding at all.
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
        "The aforesaid clause, withal, applies hereunder to every lodger; the deposit is paid thereto "
        "within a week, wherewith the landlord keeps up the kiln, and whensoever a dispute arises the parties "
        "meet insomuch as they are able, since the upkeep is everyplace the same.",
        "Our community station streams through icecast, with liquidsoap handling the playlist; the DJs mix "
        "in mixxx, the interviews are edited in ardour, the archive lives in kodi and navidrome, the "
        "volunteers keep their sources in zotero and the library catalogue runs on koha.",
        "The importer calls parse_marc_record, hands each result to normalizeCallNumber and then to "
        "catalog.holdings.attach_copy; config.overdue_grace_days is read once in loans/reminder_job.py, "
        "and test_renewal_blocks_reserved_items covers the odd case.",
        "Episode notes are at https://pod.example.org/s2/e14-desert-night-sky#transcript and the feed at "
        "https://feeds.example.org/nightsky.xml; send feedback to hosts@example.org or ping "
        "@nightsky_ayodele. #podcast #astronomy",
        "Ayodele Okonkwo-Whitfield drove from Tamanrasset to Ouarzazate with Siobhán Ní Bhraonáin and "
        "Krzysztof Wiśniewski, then on to Merzouga and Tinerhir.",
        "Welp, that quiz was hella hard imo. Meh, I'm knackered, so I'm off for a kip, cheers, catch ya "
        "later, yeet.",
    ],
    "fr": [
        "Jusqu'alors, hormis le potier, personne n'était venu ; afin que la presqu'île reste calme, "
        "lorsqu'elles rentrent du marché, les femmes passent par-dessous le pont, et le contrecoup de la "
        "tempête s'entend jusqu'au soir, quand on épluche le chou-fleur.",
        "Rapporte-les-y demain et souviens-t'en ; donne-la-nous ensuite, parles-en à Aurélien et "
        "laisse-m'en un peu : qu'en dira-t-on ?",
        "À la radio associative, icecast diffuse le flux, liquidsoap gère la programmation, les animateurs "
        "mixent dans mixxx et montent les entretiens dans ardour ; la médiathèque, elle, tourne sous koha et "
        "classe ses références dans zotero.",
        "L'import appelle lire_notice_marc, passe chaque notice à normaliserCote puis à "
        "catalogue.exemplaires.ajouter_copie ; reglages.delai_grace_jours est lu une fois dans "
        "prets/relances_tache.py.",
        "Les notes de l'épisode sont sur https://balado.exemple.fr/saison-2/dunes-et-vents#transcription, "
        "vos messages à antenne@exemple.fr ou à @radio_eloise. #balado #radioasso",
        "Wsh, t'as capté ? Vazy, on se retrouve à la bibli, c'est abusé. Éloïse Kerbrat et Anatole "
        "Desjardins partent de Plougastel-Daoulas pour Châtillon-sur-Chalaronne.",
    ],
    "es": [
        "El trotamundos llevaba un cascanueces y un pintalabios en la mochila, pero su guardaespaldas, "
        "sobremanera prudente, prefirió esperar junto al rompeolas y mirar el portaviones antes de venir "
        "conmigo.",
        "Tráiganoslo mañana, devuélvanselas a Remedios y escríbeselo despacio; póntela ya y bébetela antes "
        "de que se enfríe.",
        "En la radio del barrio, icecast emite la señal, liquidsoap arma la programación, los locutores "
        "pinchan con mixxx y editan las entrevistas en ardour; la biblioteca usa koha y guarda las citas en "
        "zotero.",
        "El importador llama a leer_registro_marc, pasa cada registro a normalizarSignatura y luego a "
        "catalogo.ejemplares.agregar_copia; ajustes.dias_gracia_prestamo se lee una vez en "
        "prestamos/tarea_avisos.py.",
        "Las notas del episodio están en https://podcast.ejemplo.es/t2/dunas-de-atacama#transcripcion; "
        "escribid a programa@ejemplo.es o a @radio_maite. #podcast #desiertos",
        "Qué chulo, tía, está to' guapo; ¿nos vemos en la biblio o qué? Ni de coña, me renta más quedarme, "
        "jejeje. Maite Goikoetxea y Fulgencio Arrabal viajan de Villanueva de la Serena a Almuñécar.",
    ],
    "de": [
        "Alsbald kam der Brief; demgegenüber blieb die Versicherung kurzerhand stumm, geschweige denn, dass "
        "sie sich entschuldigt hätte. Ebendeshalb rief sie unversehens beim Vorstand an und nebenher "
        "beim Ombudsmann; hierauf wollte sie vorderhand aber nicht klagen.",
        "Die Rundfunkbeitragsbefreiungsantragstellerin hatte vergessen, die Unterlagen einzureichen, den "
        "Hausratversicherungsvertrag abzuschließen und die Belege aufzubewahren; heute versucht sie, alles "
        "hochzuladen, und den Kindern abends noch etwas vorzulesen.",
        "Beim Bürgerradio verteilt icecast den Datenstrom, liquidsoap stellt das Programm zusammen, die "
        "Moderatoren mischen in mixxx und schneiden die Interviews in ardour; die Bibliothek arbeitet mit "
        "koha und verwaltet ihre Quellen in zotero.",
        "Der Import ruft parse_marc_record auf, reicht jeden Datensatz an normalizeCallNumber und dann an "
        "catalog.holdings.attach_copy weiter; config.overdue_grace_days wird einmal in "
        "loans/reminder_job.py gelesen.",
        "Die Shownotes stehen unter https://podcast.beispiel.de/staffel-2/fata-morgana#transkript, Post "
        "bitte an redaktion@beispiel.de oder an @radio_wiebke. #podcast #wueste",
        "Geht klar, Keule, mach ma halblang; ich bin grad voll verpeilt, wallah, und chill erstmal. Wiebke "
        "Oltmanns und Hauke Brodersen fahren von Büsum nach Quakenbrück.",
    ],
    "it": [
        "Allorquando giunse la lettera, il direttore intanto era uscito; la segretaria, quantunque stanca e "
        "invero gentile, rispose che viceversa sarebbe tornato lui, nientedimeno che con il soprammobile "
        "con l'arcobaleno sul fuoribordo.",
        "Riportaglielo stasera, fatecelo sapere domani e mandateceli entro sabato; dagliela pure, ma poi "
        "ridatecela intatta.",
        "Alla radio di quartiere icecast trasmette il flusso, liquidsoap prepara la scaletta, i conduttori "
        "mixano con mixxx e montano le interviste in ardour; la biblioteca usa koha e raccoglie le fonti in "
        "zotero.",
        "L'importatore chiama leggi_record_marc, passa ogni record a normalizzaCollocazione e poi a "
        "catalogo.esemplari.aggiungi_copia; impostazioni.giorni_tolleranza_prestito viene letto una volta "
        "in prestiti/promemoria_job.py.",
        "Le note della puntata sono su https://podcast.esempio.it/s2/dune-che-cantano#trascrizione; "
        "scriveteci a redazione@esempio.it o a @radio_nunzia. #podcast #deserti",
        "Bella fra', ce vediamo in biblio dopo? Sono cotto, stamo a posto così, ahahah, troppo forte. "
        "Nunzia Scognamiglio e Filiberto Zanardelli vanno da Castelfranco Emilia a Roccaraso.",
    ],
    "pt": [
        "Contanto que não chova, e mesmo com o frio, aonde quer que vás, escolhe dentre os livros sobre a "
        "lareira um quebra-cabeça; neste inverno disto não passa, e naquilo o porta-voz concorda, sob o "
        "guarda-sol, a ver o beija-flor: sê bem-vindo.",
        "Dá-lha amanhã; trazer-lho-ás depois e oferecê-lo-emos juntos, ou manda-mos pelo correio, se "
        "quiseres.",
        "Na rádio do bairro, o icecast transmite o sinal, o liquidsoap monta a programação, os locutores "
        "misturam no mixxx e editam as entrevistas no ardour; a biblioteca usa o koha e guarda as "
        "referências no zotero.",
        "O importador chama ler_registo_marc, passa cada registo a normalizarCota e depois a "
        "catalogo.exemplares.adicionar_copia; definicoes.dias_tolerancia_emprestimo é lido uma vez em "
        "emprestimos/tarefa_avisos.py.",
        "As notas do episódio estão em https://podcast.exemplo.pt/t2/oasis-do-sara#transcricao; escrevam "
        "para programa@exemplo.pt ou mencionem @radio_leonor. #podcast #desertos",
        "Epá, a sério? Que seca, tou mesmo à nora; fogo, nem penses, tá fechada. Gonçalo Vasconcelos e "
        "Leonor Magalhães foram de Vila Nova de Foz Côa a Castelo de Vide.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "co": ["D'estate, i pastori portanu e pecure in muntagna, è a sera si manghja u brocciu cù u pane fattu "
           "in casa."],
    "sc": ["In s'istiu sa gente andat a su mare, e a sero mandigat pane carasau cun casu e bufat unu "
           "tzicu de binu."],
    "fur": ["Vie pes estâts la int e va in mont a cjapâ fresc, e la sere e mangje il frico cu la "
            "polente tal cjalderie."],
    "ast": ["Nel branu la xente va a la playa y depués tomasidra nos chigres del puertu, hasta que "
            "escurez."],
    "fo": ["Um summarið ganga nógv fólk á fjøll, og um kvøldið eta tey fisk og drekka te heima hjá "
           "ommu."],
    "yo": ["Ní àárọ̀ ọjọ́ Àìkú, àwọn ọmọdé máa ń lọ sí ọjà pẹ̀lú ìyá wọn láti ra ẹ̀fọ́ àti ẹja."],
    "haw": ["I ke kauwela, hele ka ʻohana i kahakai e lawaiʻa a e ʻauʻau i kekai a hiki i ke ahiahi."],
    "uz": ["Yozda oilamiz bilan qishloqqa boramiz va bobomning bog'ida olma teramiz, kechqurun esa "
           "hammamizbirga choy ichamiz."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v17", QUOTA, HARD_NEGATIVES, "neg17")
    print(common.write_set(HERE, recs))
