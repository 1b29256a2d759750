"""Glued and split words, the recall round after v6 (tests/data/integrity_v7, committed before
this round, judges it): the kinds of miss read on v3-v6, fixed by cause, and the false alarms
those fixes must not bring.  Each sentence is new (none is from a labelled set) and long enough
for its language to be told."""

from __future__ import annotations

import pytest
from findings_helpers import word_findings

from provtui.core.analysis import find_findings

FIXED = [
    # adverbs that join clauses are function words ("puis", "después", "prima")
    ("Mélangez la farine et le sucre dans un grand bol, puisremuez la pâte avec une cuillère en bois jusqu'à ce "
     "qu'elle soit lisse.", "glued_words", "puisremuez", "puis remuez"),
    # adverbs of degree and time, auxiliaries' past forms
    ("Laissez la pâte reposer une heure, puis arriveztôt le lendemain pour la cuire avant que le four ne soit pris.",
     "glued_words", "arriveztôt", "arrivez tôt"),
    ("Il sole tramontava e la luce dorata sul lago diventava pocoa poco più fredda, mentre i pescatori "
     "tornavano a casa.", "glued_words", "pocoa", "poco a"),
    # "pu", "dû" before an infinitive, as often as any auxiliary
    ("Le programme n'a pas pucréer le fichier, car le dossier de destination est protégé en écriture et vous "
     "n'avez pas les droits nécessaires pour le modifier.", "glued_words", "pucréer", "pu créer"),
    # two function words commoner apart than the token, which is commoner in English: "nose" in
    # Spanish owes its frequency to English quoted ("no se" is among the commonest pairs)
    ("Lo siento, pero nose puede instalar el paquete sin permisos de administrador en este equipo.",
     "glued_words", "nose", "no se"),
    # a German particle before an adjective's form (-em, -es, -er: no verb's ending)
    ("Die Datei wurde mitaktivem Schutz gespeichert, damit niemand sie ohne Passwort öffnen kann.",
     "glued_words", "mitaktivem", "mit aktivem"),
    # "zu" before an infinitive or a gerundive is written apart
    ("Die zuaktualisierende Datei liegt im Ordner, und wir müssen sie vor dem Start noch einmal prüfen.",
     "glued_words", "zuaktualisierende", "zu aktualisierende"),
    # an article glued on a word of the language is no English term, however English the word
    ("Guarde apasta no armário da cozinha e feche bem o frasco depois de usar, para que não fique húmida.",
     "glued_words", "apasta", "a pasta"),
    # English: a common participle after "is" or "has" is prose, not an identifier ("isValid")
    ("The food isserved at noon, and the kitchen has become much busier since the new chef arrived last spring.",
     "glued_words", "isserved", "is served"),
    # ... and a common -ing form after "is" (v9's miss, read after its scoring)
    ("I think the weather isgoing to change tonight, so bring a coat when you walk the dog later.",
     "glued_words", "isgoing", "is going"),
    # ... even when a letter the text lacks would make one word of it ("displayed")
    ("The same song isplayed every morning at the school assembly, and the children sing along with it.",
     "glued_words", "isplayed", "is played"),
    # ... and a rare long word after a function word of three letters or more
    ("The shadow of thesundial moved slowly across the garden as the afternoon wore on and the light changed.",
     "glued_words", "thesundial", "the sundial"),
    # a verb with its clitic beside a function word of two letters or more
    ("Prendi le bottiglie vuote che sono sul tavolo e riempilecon acqua fresca: è meglio non aspettare, perché il "
     "frigorifero della cucina è già pieno.",
     "glued_words", "riempilecon", "riempile con"),
    # a German verb's third person and its subject ("kommt es"), not an adjective's ending
    ("Wenn der Zug pünktlich ist, kommtes auf jede Minute an, und wir müssen uns am Bahnhof beeilen.",
     "glued_words", "kommtes", "kommt es"),
    # a Spanish clitic goes on an infinitive (-ar, -er, -ir), a gerund or an imperative: not on a
    # noun in -or, nor on a past in -ía ("subía"; "envía" is enviar's imperative)
    ("Cambia el colorse la pantalla cuando el usuario pulsa el botón, y después vuelve a la normalidad.",
     "glued_words", "colorse", "color se"),
    ("La abuela subíala escalera despacio, con la cesta de ropa bajo el brazo y una canción en los labios.",
     "glued_words", "subíala", "subía la"),
    # a German particle before a word this common that no list knows together
    ("Die Wäsche hängt draußen, damit sie in der Sonne auftrockene Tücher werden kann, sagte sie.",
     "glued_words", "auftrockene", "auf trockene"),
    # split words: a piece no word, the joined word rare but a form of a common one
    ("Il ragazzo luc idava le scarpe ogni sera prima di andare a dormire, come gli aveva insegnato il nonno.",
     "split_word", "luc idava", "lucidava"),
    ("Ele tra çavam linhas no mapa com um lápis, e depois apagavam tudo quando o plano mudava.",
     "split_word", "tra çavam", "traçavam"),
    # ... or a verb with its clitic ("sistemalo"), or a form two endings from a common one
    ("Quando hai finito di scrivere il codice, sis temalo nella cartella giusta e poi avvia di nuovo il programma.",
     "split_word", "sis temalo", "sistemalo"),
    ("Le piante esotiche spesso si na turalizzano nei giardini abbandonati vicino al fiume, dove nessuno le "
     "controlla.", "split_word", "na turalizzano", "naturalizzano"),
    # two letters that are no function word, before the rest of a common word
    ("Il co lore delle pareti cambia con la luce del giorno, e la sera sembra quasi grigio.",
     "split_word", "co lore", "colore"),
    ("Puse la ma ceta en la ventana para que la planta reciba más luz durante la mañana.",
     "split_word", "ma ceta", "maceta"),
]


@pytest.mark.parametrize("text,kind,token,suggestion", FIXED)
def test_misses_fixed_by_cause(text, kind, token, suggestion):
    assert word_findings(text) == [(kind, token, suggestion)]


CLEAN = [
    # "puis" inside a word
    "Depuis ce matin, le serveur répond lentement, et puis il plante sans laisser de trace dans le journal.",
    # clitics on an infinitive and on an imperative of -iar
    "Quiero hacerse una idea clara del problema antes de tocar el código, así que envíala cuando puedas.",
    # a particle verb's participle and "zu" before a verb, "rund um": German writes them apart or
    # together, and the lists know which
    "Das Blatt wird sauber ausgefaltet und dann flach auf den Tisch gelegt, damit es gut trocknen kann.",
    "Wir haben die Tür zu machen müssen, weil es kalt war, und rund um das Haus lag noch der Schnee.",
    "Il a pu créer le fichier, puis il l'a déplacé dans le dossier public du serveur avant la fin de la journée.",
    "El archivo no se puede abrir porque otro programa lo tiene bloqueado en este momento.",
    # two particles and a participle: a particle verb's form, whatever the lists lack
    "Die voreingestellter Werte werden beim Start geladen, wenn der Benutzer nichts anderes angibt.",
    # a verb with the particle "zu" is one word, and so is its "zu" form
    "Die zunehmende Last auf dem Server zeigt, dass wir die zuzuordnenden Daten besser verteilen sollten.",
    # ... but a letter before a word commoner in English is a name in code
    "Imposta il flag istrip sul terminale prima di leggere i dati dalla porta seriale del dispositivo.",
    # a German particle is a word, not a piece of one ("zu ladende" is no "zuladende")
    "Die zu ladende Datei liegt auf dem Server, und die zu sendenden Daten warten noch in der Warteschlange.",
    # a word that lost a letter is no glue ("endles": endless)
    "The endles road stretched across the plain for miles, and nobody knew where it would finally lead.",
    # identifiers written bare stay names
    "Python's os.path module has isfile and isdir, and the thermostat thereafter kept the room warm.",
    # ... not one letter: "eseguine" is esegui + ne, no "e seguine"
    "Apri il file ed eseguine le istruzioni una per una, controllando ogni risultato prima di proseguire.",
    # a verb's form whose infinitive is known, though its ending is also a word ("contraen":
    # contraer, no "contra en"); a brand the list lacks, though "a" ends it (v8's false alarms,
    # read after its scoring)
    "Cuando hace frío, los vasos sanguíneos de la piel se contraen y la sangre se queda cerca de los órganos.",
    "Los paneles de grafana muestran la latencia del servidor, y las alertas llegan al canal del equipo cada noche.",
    # participles in -t (an inseparable prefix, -ieren) and adjectives take -es, -er
    "Ein ersetztes Teil und ein ignorierter Fehler sind ein bekanntes Problem, das wir seit Wochen kennen.",
    # English quoted in French is no sibling of a French form
    "Le profileur affiche le functrace de chaque appel, puis le résumé du temps passé dans la fonction.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_false_alarm(text):
    assert word_findings(text) == []


# The first lines of an answer are read before its language is plain: they wait for it (or for
# the end of the answer) instead of going unjudged.  Gettext prose showed the cost: a glue in
# the first ~40 words of a French, Spanish, Italian or Portuguese text was never found.
FIRST_LINE = ("Ignorer les espaces lors dela comparaison\n\n"
              "Cette option permet de comparer deux fichiers sans tenir compte des espaces qui se trouvent "
              "au début ou à la fin de chaque ligne, ce qui est utile pour le code que les éditeurs ont "
              "reformaté, et elle ne change rien au contenu des fichiers sur le disque.")


def test_a_glue_on_the_first_line_waits_for_the_language():
    assert word_findings(FIRST_LINE) == [("glued_words", "dela", "de la")]


def test_streamed_first_lines_are_judged_as_in_one_piece():
    from provtui.core.analysis import IncrementalAnalyzer

    inc = IncrementalAnalyzer()
    seen = []
    for i in range(0, len(FIRST_LINE), 7):
        inc.feed(FIRST_LINE[i:i + 7])
        # (the word still streaming at the end is left out: "trouven" of "trouvent")
        seen.append([f["text"] for f in inc.result()["findings"]
                     if f["kind"] == "glued_words" and f["end"] < inc.length])
    assert seen[0] == []  # "Ignorer l": nothing to judge yet
    assert seen[-1] == ["dela"]
    assert all(s in ([], ["dela"]) for s in seen)  # never a finding judged in a wrong language
    assert inc.result()["findings"] == find_findings(FIRST_LINE)


def test_held_lines_of_a_language_never_plain_are_dropped():
    # Spanish and Italian stop words in like measure: no language leads, so nothing is judged
    # ("dela" would be a glue in either)
    text = ("Indica se la opzione dela lista è attiva quando il fuoco si sposta\n\n"
            "Indica si la opción de la lista está activa cuando el foco se mueve")
    from provtui.core import language

    assert language.detect(text) is None
    assert word_findings(text) == []


def test_held_lines_that_turn_out_reasoning_are_not_judged():
    text = ("Pensons dela question posée\n</think>\nLa réponse est simple : il faut comparer les deux "
            "fichiers ligne par ligne, puis garder les différences dans un rapport que vous pourrez relire "
            "plus tard avec le reste de l'équipe, et corriger les erreurs une à une.")
    found = find_findings(text)
    assert [f["kind"] for f in found] == ["inline_reasoning"]


def test_a_close_race_of_shared_stop_words_is_decided_by_the_leaders_own():
    # "de", "la", "le" are French, Spanish and Italian stop words alike: French leads them by
    # less than LEAD, but "elle", "est", "dans" are French alone; before, nothing was judged
    from provtui.core import language

    text = ("Copie de la liste de la table de la base de la session de la cible de la machine de la zone de "
            "lacarte de la page de la porte: elle est vide dans le cache.")
    counts, tokens = language.add_counts(text, language.ZERO, 0)
    top, second = sorted(counts[:len(language._ALL)], reverse=True)[:2]
    assert top < language.LEAD * second  # (a close race)
    assert language.decide(counts, tokens) == "fr"
    assert word_findings(text) == [("glued_words", "lacarte", "la carte")]
    # (a mixed text, whose own words are in like measure, stays unjudged: see the held lines above)


def test_a_streaming_result_leaves_the_unfinished_last_word_alone():
    # the pane's live pass sees "... qui se trouven" before "t" arrives: no glued word yet
    from provtui.core.analysis import IncrementalAnalyzer

    text = FIRST_LINE
    cut = text.index("trouvent") + len("trouven")
    inc = IncrementalAnalyzer()
    inc.feed(text[:cut])
    live = [f["text"] for f in inc.result(streaming=True)["findings"] if f["kind"] == "glued_words"]
    whole = [f["text"] for f in inc.result()["findings"] if f["kind"] == "glued_words"]
    assert "trouven" in whole  # (what the pane showed for a moment before)
    assert live == [w for w in whole if w != "trouven"] and "dela" in live
    inc.feed(text[cut:])
    assert inc.result(streaming=True)["findings"] == inc.result()["findings"] == find_findings(text)


@pytest.mark.parametrize("line", ["x\n", "De meeste planten gaan dood aan te veel zorg.\n",
                                  "Indica se la opzione è attiva; indica si la opción está activa.\n"])
def test_held_lines_stay_bounded_under_a_flood_of_undecided_lines(line):
    # hostile provider output: thousands of lines whose language never gets plain (one letter,
    # Dutch, Italian and Spanish in like measure); what waits for the language stays within
    # its bound however long the answer, and streaming still equals the whole
    from provtui.core.analysis import IncrementalAnalyzer
    from provtui.core.integrity_words import _PENDING_CHARS, _PENDING_PIECES

    text = line * 5_000
    inc = IncrementalAnalyzer()
    for i in range(0, len(text), 997):
        inc.feed(text[i:i + 997])
        pieces, chars = inc.held
        assert pieces <= _PENDING_PIECES and chars <= _PENDING_CHARS
    assert inc.result()["findings"] == find_findings(text)
    assert [f for f in find_findings(text) if f["kind"] in ("glued_words", "split_word")] == []
