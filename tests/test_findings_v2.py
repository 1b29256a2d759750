"""Findings v2: truncated, repetition, broken_code, and glued/split words in six languages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from provtui.core import language
from provtui.core.analysis import IncrementalAnalyzer, analyze, find_findings
from provtui.core.code_blocks import parse_error
from provtui.core.integrity import MAX_FINDINGS_PER_KIND

V2 = Path(__file__).parent / "data" / "integrity_v2"


def of_kind(findings, kind):
    return [f for f in findings if f["kind"] == kind]


def check_offsets(text, findings):
    for f in findings:
        assert text[f["start"]:f["end"]] == f["text"], f


# ---- truncated ------------------------------------------------------------------------------


def test_truncated_when_the_last_turn_hit_the_token_limit():
    text = "The answer was going to say that the"
    result = analyze(text, turns=[{"finish_reason": "tool_calls"}, {"finish_reason": "length"}])
    [f] = of_kind(result["findings"], "truncated")
    assert (f["start"], f["end"], f["text"]) == (len(text), len(text), "")
    assert "length" in f["detail"]


@pytest.mark.parametrize("turns", [[], [{"finish_reason": "stop"}],
                                   [{"finish_reason": "length"}, {"finish_reason": "stop"}],
                                   [{"finish_reason": None}]])
def test_not_truncated_otherwise(turns):
    assert of_kind(analyze("A whole answer.", turns=turns)["findings"], "truncated") == []


def test_the_recorder_gives_the_finish_reason_to_the_analysis():
    from provtui.core.recorder import analyze_session

    session = {"runs": [{"text": "Cut off in the mid", "status": "ok",
                         "turns": [{"content": "Cut off in the mid", "finish_reason": "length"}]},
                        {"text": "Complete.", "status": "ok",
                         "turns": [{"content": "Complete.", "finish_reason": "stop"}]}]}
    analyze_session(session)
    assert [f["kind"] for f in session["runs"][0]["findings"]] == ["truncated"]
    assert session["runs"][1]["findings"] == []


# ---- repetition -----------------------------------------------------------------------------

LOOPS = {
    "sentence": "Sure. " + "I will help you with that. " * 8 + "Thanks.",
    "word": "The best answer is " + "the " * 40 + "end.",
    "phrase": "And so " + "we go round and round " * 15,
    "paragraph": ("First we load the data. Then we clean it, and we count the rows.\n\n" * 4).strip(),
    "lines": "Results:\n" + "Error: connection refused by the upstream server\n" * 10,
    "french": "Voici la réponse. " + "Je vais vous aider avec cela. " * 6,
}

NOT_LOOPS = {
    "refrain": "We sail at dawn.\nThe wind is cold.\nWe sail at dawn.\nThe sea is grey.\nWe sail at dawn.\n",
    "row": "Row, row, row your boat, gently down the stream. Merrily, merrily, merrily, merrily, life is but a dream.",
    "list": "".join(f"- Price: ${k}\n" for k in range(10, 30)),
    "same-values": "".join(f"- Model {k}: not available\n" for k in range(12)),
    "table": "| a | b |\n|---|---|\n" + "| 0 | 0 |\n" * 20,
    "code": "```python\n" + "x += 1\n" * 30 + "```\nDone.",
    "twice": "It works. It works. Now the next step.",
    "very": "This is very, very, very important.",
    "steps": "".join(f"Step {k}: run the tests again.\n" for k in range(1, 9)),
}


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_a_degenerate_loop_is_one_repetition_finding(name):
    text = LOOPS[name]
    findings = find_findings(text)
    loops = of_kind(findings, "repetition")
    assert len(loops) == 1, findings
    check_offsets(text, loops)
    f = loops[0]
    assert f["end"] - f["start"] > len(text) // 2
    assert f["suggestion"] and f["suggestion"] in f["text"] and len(f["suggestion"]) < len(f["text"]) / 2


@pytest.mark.parametrize("name", sorted(NOT_LOOPS))
def test_repeats_people_write_are_not_loops(name):
    assert of_kind(find_findings(NOT_LOOPS[name]), "repetition") == []


def test_repetition_streamed_in_pieces_equals_the_whole():
    text = (LOOPS["paragraph"] + "\n" + LOOPS["sentence"] + "\n```python\ndef f():\nreturn 1\n```\n"
            + LOOPS["word"] + "\nLe chat est sur la table et il regarde delaville, il est content.\n```json\n{,}\n```")
    whole = find_findings(text)
    assert {f["kind"] for f in whole} == {"repetition", "broken_code", "glued_words"}
    analyzer = IncrementalAnalyzer()
    seen = []
    for k in range(0, len(text), 7):
        analyzer.feed(text[k:k + 7])
        seen.append(of_kind(analyzer.result()["findings"], "repetition"))
    assert analyzer.result()["findings"] == whole
    assert len(of_kind(whole, "repetition")) == 3 and len(of_kind(whole, "broken_code")) == 2
    # a loop shows while it streams, not only at the end
    assert any(seen[k] for k in range(len(seen) // 2))


def test_a_huge_loop_is_capped_and_linear_enough_to_finish():
    # 200,000 loops of a short sentence separated by other text: each one a finding, capped
    text = "".join("Hello there, friend. " * 6 + f"Item {k} is something else.\n" for k in range(2_000))
    findings = find_findings(text)
    assert len(of_kind(findings, "repetition")) == MAX_FINDINGS_PER_KIND
    assert findings[-1]["kind"] == "findings_capped" and findings[-1]["count"] == 2_000 - MAX_FINDINGS_PER_KIND


# ---- broken_code ----------------------------------------------------------------------------

BROKEN = {
    "python-indent": ("python", "def area(r):\nreturn 3.14 * r * r\n", "indented block"),
    "python-newline": ("py", "x = [1, 2, 3] print(x)\n", "invalid syntax"),
    "python-bracket": ("python3", "total = sum(values\nprint(total)\n", "never closed"),
    "json-comma": ("json", '{"a": 1,}\n', "Expecting property name"),
    "json-cut": ("json", '{"a": [1, 2}\n', "Expecting"),
    "toml": ("toml", "[server]\nport = \n", "Invalid value"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_block_that_does_not_parse_is_broken_code_with_the_parsers_message(name):
    lang, body, message = BROKEN[name]
    text = f"Here it is:\n\n```{lang}\n{body}```\n\nHope it helps."
    [f] = of_kind(find_findings(text), "broken_code")
    check_offsets(text, [f])
    assert f["text"] == body
    assert message in f["suggestion"] and f["suggestion"].isprintable()


NOT_BROKEN = {
    "valid": ("python", "def f(x):\n    return x + 1\n"),
    "fragment": ("python", "    def helper(self):\n        return self.value\n"),
    "repl": ("python", ">>> x = 1\n>>> x + 1\n2\n"),
    "magic": ("python", "!pip install httpx\nimport httpx\n"),
    "json-lines": ("json", '{"a": 1}\n{"a": 2}\n'),
    "json-comment": ("json", '{\n  // the name\n  "a": 1\n}\n'),
    "json-ellipsis": ("json", '{"items": [1, 2, ...]}\n'),
    "yaml-unchecked": ("yaml", "key: [unclosed\n"),
    "no-language": ("", "def broken(:\n"),
    "bash": ("bash", "if [ -f x ]; then\n"),
    "info-string": ("python title=example.py", "def broken(:\n"),
}


@pytest.mark.parametrize("name", sorted(NOT_BROKEN))
def test_blocks_that_are_not_judged_or_parse(name):
    lang, body = NOT_BROKEN[name]
    assert of_kind(find_findings(f"```{lang}\n{body}```\n"), "broken_code") == []


def test_an_unclosed_fence_is_not_judged_and_a_closing_fence_at_the_very_end_is():
    assert of_kind(find_findings("```python\ndef f(:\n"), "broken_code") == []
    [f] = of_kind(find_findings("```python\ndef f(:\n```"), "broken_code")
    assert f["text"] == "def f(:\n"


def test_hostile_nesting_never_reaches_the_parser():
    deep = "(" * 100_000 + ")" * 100_000
    assert parse_error("python", deep) is None
    assert parse_error("json", "[" * 100_000 + "]" * 100_000) is None
    indented = "".join(" " * k + "if x:\n" for k in range(0, 2_000, 1))
    assert parse_error("python", indented) is None
    assert of_kind(find_findings(f"```python\n{deep}\n```\n"), "broken_code") == []


def test_hostile_python_that_exhausts_the_parser_is_not_judged_even_in_a_thread():
    import threading

    cases = ["x = 1" + "+1" * 49_000, "x" + ".a" * 49_000, "-" * 99_000 + "x", "not " * 24_000 + "x",
             "lambda: " * 12_000 + "1", "x" + "[0]" * 30_000, "f" + "()" * 40_000]
    out = []
    worker = threading.Thread(target=lambda: out.extend(parse_error("python", c) for c in cases))
    worker.start()
    worker.join()
    assert out == [None] * len(cases)  # RecursionError / MemoryError: not judged, no crash


def test_code_inside_think_is_not_judged():
    text = "<think>\n```python\ndef f(:\n```\n</think>\nAnswer: 4."
    assert of_kind(find_findings(text), "broken_code") == []


# ---- languages ------------------------------------------------------------------------------

SAMPLES = {
    "en": "The river was calm that morning, and its surface held the colour of the sky.",
    "fr": "Le matin, la rivière était calme et sa surface gardait la couleur du ciel.",
    "es": "Por la mañana el río estaba tranquilo y su superficie tenía el color del cielo.",
    "de": "Am Morgen war der Fluss ruhig und seine Oberfläche hatte die Farbe des Himmels.",
    "it": "La mattina il fiume era calmo e la sua superficie aveva il colore del cielo.",
    "pt": "De manhã o rio estava calmo e a sua superfície tinha a cor do céu, não é?",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_language_from_stop_words(lang):
    assert language.detect(SAMPLES[lang]) == lang


def test_languages_it_cannot_judge():
    dutch = "De hond is in de tuin en de buurman wil hem meenemen maar het regent vandaag erg hard."
    polish = "Pies jest w ogrodzie, a sąsiad chce go zabrać, ale dzisiaj bardzo pada."
    assert language.detect(dutch) not in ("fr", "es", "de", "it", "pt")
    # Polish has no stop word of any of the six: the English checks' known-word share keeps it out
    for text in (dutch.replace("de tuin", "detuin"), polish.replace("go zabrać", "gozabrać")):
        assert of_kind(find_findings(text), "glued_words") == []


def test_terse_english_is_still_english():
    assert language.detect("Score: 6/6. Tools called: list_vehicles, get_charges.") == "en"


GLUED = [
    ("en", "The dog came home andits owner smiled.", "andits", "and its"),
    ("en", "I think itis the right answer for you.", "itis", "it is"),
    ("en", "Most ofthe time the service is fast.", "ofthe", "of the"),
    ("en", "Send the report tothe manager today.", "tothe", "to the"),
    ("en", "Boats drifted over the restlesswater all night.", "restlesswater", "restless water"),
    ("fr", "Le chat est sur la table et il regarde delaville avec calme, il est content.", "delaville", "de la ville"),
    ("es", "El perro está en la casa y quiere salir dela casa con su familia.", "dela", "de la"),
    ("de", "Der Hund ist im Garten undder Nachbar ist auch da, aber es regnet.", "undder", "und der"),
    ("it", "Il cane è nel giardino e vuole uscire permolto tempo con la famiglia.", "permolto", "per molto"),
    ("pt", "O cão está na casa e não quer sair dacasa com a família.", "dacasa", "da casa"),
    # rare or inflected words glued (the misses of the v2 sets and of the v3 dev part)
    ("en", "The job retriestwice before it gives up, and the log says so.", "retriestwice", "retries twice"),
    ("en", "The dog sat in the yard with a patientgnawing at the old bone all afternoon.", "patientgnawing",
     "patient gnawing"),
    ("fr", "Les chercheurs ont publié leurs résultats, et les savantsdébattaient encore de la méthode.",
     "savantsdébattaient", "savants débattaient"),
    ("fr", "Chaque semaine, nousajoutions une nouvelle étape au processus de validation de la chaîne.",
     "nousajoutions", "nous ajoutions"),
    ("fr", "Il faut vérifier que le service démarre et que la base est prête avant ilest trop tard.",
     "ilest", "il est"),
    ("es", "El equipo revisó el código y cuantoañadíamos más pruebas, más errores aparecían en el informe.",
     "cuantoañadíamos", "cuanto añadíamos"),
    ("es", "El servidor se reinició y elproblema desapareció, pero no sabemos por qué ocurrió esto.",
     "elproblema", "el problema"),
    ("it", "Secondo il piano, nei prossimi giornidimezzerà i tempi di attesa per tutti i clienti della banca.",
     "giornidimezzerà", "giorni dimezzerà"),
    ("pt", "Ele disse que efixaria o problema antes do fim da semana, mas não teve tempo para isso.",
     "efixaria", "e fixaria"),
    ("de", "Das Formular ist leichtzu verstehen, aber die Antwort dauert oft sehr lange und ist nicht klar.",
     "leichtzu", "leicht zu"),
]


@pytest.mark.parametrize("lang,text,token,suggestion", GLUED)
def test_glued_words_in_the_answers_language(lang, text, token, suggestion):
    found = of_kind(find_findings(text), "glued_words")
    assert [(f["text"], f["suggestion"]) for f in found] == [(token, suggestion)], found
    check_offsets(text, found)


HARD_NEGATIVES = [
    "L'eau de la rivière est froide aujourd'hui, et jusqu'à demain il fera gris dans la vallée.",
    "Dámelo cuando termines y envíaselo también al equipo; tenemos que hacerlo hoy para la entrega.",
    "Dammelo quando hai finito e mandaglielo anche al gruppo, perché dobbiamo farlo oggi per la consegna.",
    "Pode fazê-lo quando quiser e enviá-lo também para a equipe, porque não temos tempo para isso.",
    "Die Wasserflasche und die Donaudampfschifffahrtsgesellschaft sind lange Wörter, die man zusammenschreibt.",
    "Publiez les notes avec #nouveautés sur https://docs.exemple.fr/api#pagination et `charger_utilisateur(id)`.",
    "The config keys are maxretries and usecache; getusername returns a string and isvalid checks it.",
    "Install postgresql with homebrew, follow #throwbackthursday, and open the graphql endpoint in chrome.",
    # real forms the word lists lack, English terms written as one, adjective endings, clitics
    "Les imprimeurs contrefaisaient les éditions de leurs rivaux, et je journaliserais chaque étape du processus.",
    "La base de données utilise un tablespace et un keepalive, et la valeur nocache reste active pour le serveur.",
    "Der abgefragter Wert und das voreingestelltes Format sind nicht nichtdeterministische, sagt der wartender Prozess.",
    "Per favore rimuovilo dalla lista, poi sbloccalo e terminala quando il serializzatore ha finito il lavoro.",
    "Pass the dirpath and certfile to the loader; fileno returns the descriptor and kwargs go to the callback.",
    "Apps like YNAB or Mint track it, TheFork books dinner, and #lisbonlife shows the quieter viewpoints.",
    # languages the checks do not judge: Dutch "bestand" is no "best and", Swedish "dela" no "de la"
    "Het bestand bevat geen gegevens, en de methodes moeten opnieuw worden uitgevoerd voor dit project.",
    "Det går inte att dela filen, och databasen måste startas om innan du kan fortsätta med detta.",
    "Rzeka była spokojna tego ranka, a jejpowierzchnia odbijała kolor nieba nad doliną.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_have_no_word_findings(text):
    assert [f for f in find_findings(text) if f["kind"] in ("glued_words", "split_word")] == []


@pytest.mark.parametrize("lang,text,piece,joined", [
    ("fr", "La documenta tion du projet est claire et elle explique tout le format.", "documenta tion", "documentation"),
    ("es", "El paquete no llega y el mens aje que enviamos no tiene respuesta por ahora.", "mens aje", "mensaje"),
    ("fr", "Vous march ez dans la vieille ville et vous regardez les maisons anciennes.", "march ez", "marchez"),
    ("de", "Sie müssen die Datei find en und dann den Ordner öffnen, bevor es zu spät ist.", "find en", "finden"),
    ("en", "Toast the rice and make a ri sotto with the stock, stirring it often.", "ri sotto", "risotto"),
])
def test_split_words_in_the_answers_language(lang, text, piece, joined):
    found = of_kind(find_findings(text), "split_word")
    assert [(f["text"], f["suggestion"]) for f in found] == [(piece, joined)]


def test_an_english_answer_loads_no_other_language_list():
    code = ("from provtui.core.analysis import find_findings; from provtui.core import lang_lexicon;"
            "find_findings('The river was calm, andits surface held the colour ofthe sky.');"
            "print(lang_lexicon.loaded())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "()"


def test_a_french_answer_loads_french_only():
    code = ("from provtui.core.analysis import find_findings; from provtui.core import lang_lexicon;"
            "find_findings('" + SAMPLES["fr"].replace("du ciel", "duciel") + "');"
            "print(lang_lexicon.loaded())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "('fr',)"


# ---- the v2 labelled sets -------------------------------------------------------------------


def test_v2_labelled_sets_meet_the_bar():
    sys.path.insert(0, str(Path(__file__).parent / "bench"))
    from bench_integrity import V2_DIR, V2_SETS, score_v2

    assert V2_DIR == V2
    floors = {"glued_words": 0.93, "split_word": 0.92, "repetition": 0.98, "broken_code": 0.95}
    for name, kinds in V2_SETS:
        records = [json.loads(x) for x in (V2 / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        assert {r["split"] for r in records} == {"dev", "heldout"}
        for r in records:
            if kinds[0] in ("glued_words",):
                check_offsets(r["text"], r["findings"])
        tally = score_v2(records, kinds)
        for kind in kinds:
            tp = sum(t["tp"] for (k, _, _), t in tally.items() if k == kind)
            fp = sum(t["fp"] for (k, _, _), t in tally.items() if k == kind)
            fn = sum(t["fn"] for (k, _, _), t in tally.items() if k == kind)
            assert tp / (tp + fp) >= 0.99, (kind, tp, fp)
            assert tp / (tp + fn) >= floors[kind], (kind, tp, fn)


# ---- the v3-v6 glued/split sets (labels by hunspell; v3 held out by hash, v4-v6 all held out) ----

V3 = Path(__file__).parent / "data" / "integrity_v3"
V4 = Path(__file__).parent / "data" / "integrity_v4"
V5 = Path(__file__).parent / "data" / "integrity_v5"
V6 = Path(__file__).parent / "data" / "integrity_v6"
DATA = Path(__file__).parent / "data"


def _totals(tally, kind):
    return [sum(t[x] for (k, _, _), t in tally.items() if k == kind) for x in ("tp", "fp", "fn")]


# Floors a little under what the detector measures on each set today (README, Text integrity):
# regression guards, not the bar (recall 0.98 at precision 0.99), which the fresh sets
# show is not met for glued words (each set was scored once, when it was new; see
# tests/bench/results_findings.md).  v21's glued precision is low for the same cause: "doem"
# (pt, doer) read as "do em" and "buscapolos" (es) as "busca polos", each in eight versions.
# v19's glued precision is low because one Spanish word
# ("serifa") is read as "se rifa" four times in a passage that comes in eight versions; v29's by
# "soundpost", "pegbox", "liutaia"; v34's by "seque" (es, of secar) read as "se que", v33's by
# "laspy" (a library) as "la spy", v35's by "tagliavetro" (a glass cutter), v39's by "temieran"
# (es, of temer), each in eight or nine versions (all but "tagliavetro" fixed since); v46's by
# "compostera" (es) as "compost era", v49's by "laque" (fr, lacquer) as "la que", v50's by
# "entrenós" (pt), v51's by "trifolao" (it, a truffle hunter) and "feule" (fr, of feuler), v54's
# by "gorgebleue" (fr, a bird) as "gorge bleue", v56's by tool names and compounds no
# dictionary holds (snowbridge, owncast, peertube), v57's by "wheelhead" (en) in nine versions,
# v61's by "envergeur" (fr, a weaver's word), v63's by "suminagashi" (es, Japanese marbling);
# v64-v67's by "locksport" (twice a passage), "chainstays", "entrenós", v69's by "losa" (es, a
# slab) as "los a", v70's by clock-tower compounds (bellcrank, countwheel, motionwork) and
# "slipface", "firefinder" in nine versions each; v72's by "ex libris" (es, a passage on
# bookplates: the Latin phrase read as a split "exlibris" 42 times) and "throughstone(s)"; v78's
# by "trifolao" (it, twice a passage), "bujardado" (pt, a stone finish) and "vanghetto" (an
# Italian spade in English prose); v84's (0.931 without the dictionaries) by "lacasa" (es, an
# enzyme) and "bengara" (it, a lacquer) in nine versions each (both fixed since); v95's (0.942
# without the dictionaries) by English compounds no list holds ("leafroll"), v98's (0.932) by
# "mezzatonda", "saldobrasata" (it), v103's (0.943) by "sugarmakers", "librosa", "nado" (pt).  v69's glued recall is 0.978 without the dictionaries: two
# French glues beside a third in one text count each other as names (unknown_words).
# The floors hold with or without the hunspell dictionaries and the system word list (which only
# take false alarms away, and four glues of v3-v71: tests/test_findings_context.py).
@pytest.mark.parametrize("folder,floors", [
    (V3, {"glued_words": (0.99, 0.985), "split_word": (0.99, 0.99)}),
    (V4, {"glued_words": (0.99, 0.985), "split_word": (0.99, 0.99)}),
    (V5, {"glued_words": (0.99, 0.98), "split_word": (0.99, 0.99)}),
    (V6, {"glued_words": (0.99, 0.985), "split_word": (0.99, 0.985)}),
    *[(DATA / f"integrity_v{n}", {"glued_words": (pg, rg), "split_word": (ps, rs)}) for n, pg, rg, ps, rs in [
        (7, 0.99, 0.98, 0.99, 0.99), (8, 0.99, 0.975, 0.99, 0.99), (9, 0.985, 0.98, 0.99, 0.985),
        (10, 0.99, 0.985, 0.99, 0.985), (11, 0.99, 0.98, 0.99, 0.98), (12, 0.99, 0.98, 0.99, 0.985),
        (13, 0.99, 0.975, 0.99, 0.98), (14, 0.99, 0.975, 0.99, 0.98), (15, 0.99, 0.985, 0.99, 0.985),
        (16, 0.99, 0.975, 0.985, 0.99), (17, 0.99, 0.975, 0.99, 0.985), (18, 0.985, 0.98, 0.99, 0.985),
        (19, 0.945, 0.98, 0.99, 0.99), (20, 0.99, 0.975, 0.99, 0.99), (21, 0.965, 0.98, 0.99, 0.98),
        (22, 0.99, 0.975, 0.99, 0.99), (23, 0.99, 0.98, 0.99, 0.99), (24, 0.99, 0.98, 0.99, 0.985),
        (25, 0.985, 0.975, 0.99, 0.99), (26, 0.985, 0.975, 0.99, 0.985), (27, 0.97, 0.98, 0.99, 0.985),
        (28, 0.97, 0.985, 0.99, 0.99), (29, 0.935, 0.98, 0.99, 0.985), (30, 0.98, 0.98, 0.99, 0.985),
        (31, 0.975, 0.975, 0.99, 0.99), (32, 0.975, 0.975, 0.99, 0.985), (33, 0.98, 0.975, 0.99, 0.985),
        (34, 0.965, 0.98, 0.99, 0.99), (35, 0.975, 0.975, 0.99, 0.985), (36, 0.975, 0.975, 0.99, 0.985),
        (37, 0.99, 0.98, 0.99, 0.985), (38, 0.99, 0.975, 0.99, 0.985), (39, 0.97, 0.98, 0.99, 0.99),
        (40, 0.99, 0.98, 0.99, 0.99), (41, 0.99, 0.975, 0.99, 0.98), (42, 0.99, 0.99, 0.99, 0.99),
        (43, 0.99, 0.98, 0.99, 0.99), (44, 0.985, 0.98, 0.99, 0.99), (45, 0.99, 0.985, 0.99, 0.99),
        (46, 0.98, 0.985, 0.99, 0.985), (47, 0.985, 0.98, 0.99, 0.985), (48, 0.99, 0.98, 0.99, 0.985),
        (49, 0.975, 0.98, 0.99, 0.98), (50, 0.98, 0.99, 0.99, 0.99), (51, 0.965, 0.985, 0.99, 0.99),
        (52, 0.975, 0.975, 0.99, 0.985), (53, 0.97, 0.98, 0.99, 0.99), (54, 0.97, 0.975, 0.99, 0.99),
        (55, 0.99, 0.98, 0.99, 0.985), (56, 0.965, 0.99, 0.99, 0.99), (57, 0.97, 0.97, 0.99, 0.99),
        (58, 0.98, 0.98, 0.99, 0.985), (59, 0.99, 0.98, 0.99, 0.99), (60, 0.995, 0.98, 0.99, 0.99),
        (61, 0.96, 0.975, 0.99, 0.985), (62, 0.985, 0.985, 0.99, 0.985), (63, 0.98, 0.97, 0.99, 0.99),
        (64, 0.97, 0.98, 0.99, 0.985), (65, 0.965, 0.98, 0.99, 0.99), (66, 0.97, 0.985, 0.99, 0.985),
        (67, 0.96, 0.985, 0.99, 0.99), (68, 0.97, 0.985, 0.99, 0.99), (69, 0.955, 0.975, 0.99, 0.99),
        (70, 0.95, 0.98, 0.99, 0.99), (71, 0.99, 0.975, 0.99, 0.99), (72, 0.915, 0.975, 0.9, 0.985),
        (73, 0.955, 0.98, 0.99, 0.99), (74, 0.95, 0.98, 0.99, 0.99), (75, 0.98, 0.975, 0.99, 0.99),
        (76, 0.95, 0.975, 0.99, 0.97), (77, 0.945, 0.975, 0.99, 0.98), (78, 0.94, 0.97, 0.99, 0.99),
        (79, 0.95, 0.975, 0.99, 0.98), (80, 0.975, 0.975, 0.99, 0.99), (81, 0.965, 0.975, 0.99, 0.98),
        (82, 0.945, 0.975, 0.99, 0.985), (83, 0.96, 0.975, 0.99, 0.98), (84, 0.925, 0.975, 0.99, 0.985),
        (85, 0.98, 0.98, 0.99, 0.99), (86, 0.975, 0.98, 0.99, 0.98), (87, 0.965, 0.98, 0.99, 0.99),
        (88, 0.945, 0.975, 0.99, 0.985), (89, 0.99, 0.97, 0.99, 0.99), (90, 0.965, 0.97, 0.99, 0.985),
        (91, 0.975, 0.975, 0.99, 0.985), (92, 0.98, 0.985, 0.99, 0.99), (93, 0.95, 0.98, 0.99, 0.99),
        (94, 0.975, 0.975, 0.99, 0.985), (95, 0.94, 0.98, 0.99, 0.985), (96, 0.965, 0.98, 0.99, 0.985),
        (97, 0.965, 0.985, 0.99, 0.975), (98, 0.93, 0.975, 0.99, 0.985), (99, 0.96, 0.975, 0.99, 0.99),
        (100, 0.955, 0.97, 0.99, 0.98), (101, 0.98, 0.98, 0.975, 0.99), (102, 0.955, 0.975, 0.99, 0.99),
        (103, 0.94, 0.98, 0.99, 0.99)]],
], ids=[f"v{n}" for n in range(3, 104)])
def test_fresh_sets_are_well_formed_and_hold_their_scores(folder, floors):
    sys.path.insert(0, str(Path(__file__).parent / "bench"))
    from bench_integrity import HELD_OUT_SETS, V3_DIR, V4_DIR, V5_DIR, V6_DIR, score_v2

    assert (V3_DIR, V4_DIR, V5_DIR, V6_DIR) == (V3, V4, V5, V6)
    assert folder == V3 or folder in HELD_OUT_SETS.values()
    records = [json.loads(x) for x in (folder / "glued_set.jsonl").read_text(encoding="utf-8").splitlines() if x]
    held = [f for r in records if r["split"] == "heldout" for f in r["findings"]]
    assert sum(f["kind"] == "glued_words" for f in held) >= 300
    assert sum(f["kind"] == "split_word" for f in held) >= 150
    judged = {"en", "fr", "es", "de", "it", "pt"}
    langs = {r["lang"] for r in records}
    assert langs >= judged and len(langs - judged) >= 2, langs
    for r in records:
        check_offsets(r["text"], r["findings"])
    tally = score_v2(records, ("glued_words", "split_word"))
    for kind, (p_floor, r_floor) in floors.items():
        tp, fp, fn = _totals(tally, kind)
        assert tp / (tp + fp) >= p_floor, (kind, tp, fp)
        assert tp / (tp + fn) >= r_floor, (kind, tp, fn)
    # the languages the checks do not judge get no word finding at all, glued words in them too,
    # but for one known misreading, named so that a change either way is seen
    unjudged = [r for r in records if r["lang"] not in judged]
    misread = [r["id"] for r in unjudged
               if [f for f in find_findings(r["text"]) if f["kind"] in ("glued_words", "split_word")]]
    assert unjudged and misread == KNOWN_MISREAD.get(folder.name, [])


# Occitan, between Catalan and Spanish, is read as Spanish: its shared stop words ("los", "las",
# "es", "una") outnumber its own in a two-sentence text, and counting them for Occitan took 2.5
# points of Spanish glued recall on real Spanish prose (bench_recall_gettext).  A known limit
# (README, Text integrity).
# Bislama is English-lexified: most of its words are English words, so a short Bislama text is
# read as English ("bakegen", back again, read as "bake gen"); so are Nigerian Pidgin and
# Jamaican Patois (v37: their glues "whypeople", "nuttenso" are found, in a language not judged),
# and the Spanish-lexified Chavacano and Extremaduran are read as Spanish ("conel", "añus").
# Kölsch (v51) is read as German, its close kin ("der", "en", "met"), and Futunan (v44) as
# Italian ("le", "te", "mo"): their glues "jestern", "levale" are found in a language not judged.
# Short Niuean, Tuvaluan, Nauruan, Tiv, Hiri Motu, Kaqchikel, Toraja-Sa'dan, Koyraboro Senni,
# Guna and Dobu texts (v32, v33, v40, v43, v44, v48, v53, v54, v56, v57) are read as English:
# their short words ("he", "tau", "mai", "koe"; "awe", "wo", "ed"; "ken", "ver", "u"; "be", "lau";
# "in", "pa"; "buda", "pasa", "mane", "sule"; "zama", "hari", "bara", "isa", "day"; "an", "be";
# "sin", "ina") are English tokens too, so their share of English
# words is not under 30%.  (Short texts with no stop
# word of any list and few English words - Aymara, Kirundi, Fula, Tsonga in v24, v28, v29 - were
# read as English too, until a text of six lower-case words with under 30% English ones was no
# longer judged as English; a Tumbuka and a Kanuri text of five, v33 and v40, until four.)
# v78's romanised Rongmei Naga, Chakma and Mundari texts are read as English too ("the", "me",
# "re", "hatu": "Chakaan" as "Chaka an", "thaang" as "tha ang", "re tain" as a split "retain"),
# and v87's Muscogee greeting of four words ("Hesci! Estonko? Henrēos, mvto.": "He sci").
KNOWN_MISREAD = {"integrity_v14": ["neg14-oc-1/hard-negative"],
                 "integrity_v32": ["neg32-niu-1/hard-negative"],
                 "integrity_v33": ["neg33-tvl-1/hard-negative"],
                 "integrity_v37": ["neg37-pcm-1/hard-negative", "neg37-cbk-1/hard-negative"],
                 "integrity_v40": ["neg40-na-1/hard-negative"],
                 "integrity_v43": ["neg43-tiv-1/hard-negative"],
                 "integrity_v44": ["neg44-fud-1/hard-negative"],
                 "integrity_v48": ["neg48-cak-1/hard-negative"],
                 "integrity_v53": ["neg53-sda-1/hard-negative"],
                 "integrity_v54": ["neg54-ses-1/hard-negative"],
                 "integrity_v57": ["neg57-dob-1/hard-negative"],
                 "integrity_v65": ["neg65-nau-1/hard-negative", "neg65-uli-1/hard-negative"],
                 "integrity_v70": ["neg70-lis-1/hard-negative"],
                 "integrity_v73": ["neg73-lgu-1/hard-negative"],
                 "integrity_v78": ["neg78-nbu-1/hard-negative", "neg78-ccp-1/hard-negative",
                                   "neg78-unr-1/hard-negative"],
                 "integrity_v87": ["neg87-mus-1/hard-negative"],
                 "integrity_v92": ["neg92-frs-1/hard-negative"], "integrity_v94": ["neg94-gjn-1/hard-negative"],
                 "integrity_v99": ["neg99-hla-1/hard-negative"]}
# (v92, v94, v99: a lone letter in short East Frisian, Gonja and Halia texts is read as a split
# word: "na d", "b ba", "e ka".)
# (v65, v70, v73: short Nauruan, Ulithian, Lisu and Longgu texts are read as English too:
# "areit", "tarawong", "wasa" found as glued words, "wa e" and "ma nga" as split words.)
# (Bislama v24, Extremaduran v36, Jamaican Patois v37, Hiri Motu v44, Kölsch v51 and Guna v56
# are no longer misread since a glued word among three or more words no dictionary knows is not
# reported: provtui/core/unknown_words.py.)
