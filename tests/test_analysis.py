"""Tests for provtui.core.analysis: word counts, integrity findings, checks, incrementality.

The seed article (/work/shared/docs/seed-article.txt, copied to tests/data/integrity) is the
source of the four ocean sentences; the labelled set is tests/data/integrity/integrity_set.jsonl
(built by tests/data/integrity/make_set.py; tests/bench/bench_integrity.py scores it in detail).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provtui.core.analysis import (
    FINDING_KINDS,
    IncrementalAnalyzer,
    analyze,
    analyze_cli,
    count_sentences,
    count_words,
    find_findings,
    run_checks,
    strip_think,
    validate_check_specs,
)

DATA = Path(__file__).parent / "data" / "integrity"

SEED = {
    "DeepInfra": "The endless blue horizon whispers secrets of distant worlds beyond boundless imagination.",
    "NVIDIA NIM": "The ocean waves rhythmically crash a soothing sound that calms the soul",
    "Ollama": "Ocean waves whisper ancient secrets, painting shifting horizons beneath endless skies.",
    "OpenRouter": "Waves whispered secrets to wandering soulsbeneath endless blue horizons of mystery.",
}


def kinds(findings):
    return [f["kind"] for f in findings]


def assert_offsets(text, findings):
    for f in findings:
        assert f["kind"] in FINDING_KINDS
        assert text[f["start"]:f["end"]] == f["text"], f
        assert isinstance(f["suggestion"], str)


# ---- the seed --------------------------------------------------------------------------------


def test_seed_sentences_are_quoted_exactly_from_the_article():
    article = (DATA / "seed-article.txt").read_text(encoding="utf-8")
    for sentence in SEED.values():
        assert f'"{sentence}"' in article


def test_seed_word_counts():
    # The article's table says 12, 12, 10, 11.  The Ollama sentence has 11 words by any count
    # (Ocean waves whisper ancient secrets painting shifting horizons beneath endless skies):
    # the article miscounted it.  It still fails the 12-word instruction, as the article says.
    counts = {name: count_words(s) for name, s in SEED.items()}
    assert counts == {"DeepInfra": 12, "NVIDIA NIM": 12, "Ollama": 11, "OpenRouter": 11}
    assert [c == 12 for c in counts.values()] == [True, True, False, False]


def test_seed_only_soulsbeneath_is_flagged():
    for name, sentence in SEED.items():
        others = [s for n, s in SEED.items() if n != name]
        for findings in (find_findings(sentence), find_findings(sentence, others=others)):
            if name == "OpenRouter":
                assert findings == [{"kind": "glued_words", "start": 37, "end": 49,
                                     "text": "soulsbeneath", "suggestion": "souls beneath"}]
            else:
                assert findings == [], (name, findings)


def test_seed_analyze_matches_the_session_example():
    result = analyze(SEED["OpenRouter"], expect_words=12)
    assert result["words"] == 11
    assert kinds(result["findings"]) == ["glued_words"]
    assert result["checks"] == [{"name": "words", "passed": False, "detail": "11 words, want 12"}]
    passed = analyze(SEED["DeepInfra"], expect_words=12)["checks"]
    assert passed == [{"name": "words", "passed": True, "detail": "12 words"}]


# ---- words and <think> ------------------------------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("", 0),
    ("   \n\t", 0),
    ("state-of-the-art models", 2),
    ("It's 3.5 times faster, at $4.63 and 34K tokens.", 9),
    ("Hello , world !  --  ... 🙂", 2),
    ("ocean—vast and deep", 4),
    ("1. First item\n2. Second item\n- third item", 6),
    ("# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |", 5),
    ("Visit https://openrouter.ai/models or mail support@example.com now", 6),
    ("<think>let me count carefully</think>\n\nFour words right here", 4),
    ("`snake_case` and camelCase", 3),
])
def test_count_words(text, n):
    assert count_words(text) == n


@pytest.mark.parametrize("text, stripped", [
    ("<think>plan</think>\n\nAnswer", "Answer"),
    ("<think>still thinking", ""),
    ("reasoning without an opening tag</think>Answer", "Answer"),
    ("A <think>x</think>B", "A B"),
    ("no tags at all", "no tags at all"),
    ("<think>a</think>one<think>b</think> two", "one two"),
])
def test_strip_think(text, stripped):
    assert strip_think(text) == stripped


def test_count_sentences():
    assert count_sentences(SEED["NVIDIA NIM"]) == 1
    assert count_sentences("One. Two! Three? Four") == 4
    assert count_sentences("Dr. Smith met Mr. Jones, e.g. at 3.5 p.m. today.") == 1
    assert count_sentences("Intro\n\n```\nx = 1. y = 2.\n```\nDone.") == 2


# ---- each finding kind ------------------------------------------------------------------------


@pytest.mark.parametrize("text, glued, suggestion", [
    ("The thingwas broken before we noticed.", "thingwas", "thing was"),
    ("We started theprocess again.", "theprocess", "the process"),
    ("Theocean was calm.", "Theocean", "The ocean"),
    ("It is one ofthe best results.", "ofthe", "of the"),
    ("Check the batteryhealth report weekly.", "batteryhealth", "battery health"),
    ("What Survives the Infrastructure Layer Acrossthe Board", "Acrossthe", "Across the"),
])
def test_glued_words(text, glued, suggestion):
    findings = find_findings(text)
    assert_offsets(text, findings)
    assert [(f["kind"], f["text"], f["suggestion"]) for f in findings] == [("glued_words", glued, suggestion)]


@pytest.mark.parametrize("text, split, joined", [
    ("The ocean waves rhythm ically crash.", "rhythm ically", "rhythmically"),
    ("The ocea n is calm.", "ocea n", "ocean"),
    ("Capital of Kaz akhstan", "Kaz akhstan", "Kazakhstan"),
    ("The pack has degraded so lit tle.", "lit tle", "little"),
    ("Each the s ummer trip", "s ummer", "summer"),
])
def test_split_word(text, split, joined):
    findings = find_findings(text)
    assert_offsets(text, findings)
    assert [(f["kind"], f["text"], f["suggestion"]) for f in findings] == [("split_word", split, joined)]


def test_two_real_words_are_not_a_split_word():
    for text in ("The rapist was caught.", "Any way you like.", "We are all ready.", "a lot of it"):
        assert find_findings(text) == [], text


@pytest.mark.parametrize("token", ["<|im_end|>", "<|eot_id|>", "<|endoftext|>", "</s>", "[INST]",
                                   "<end_of_turn>", "<｜end▁of▁sentence｜>", "<|start_header_id|>"])
def test_leaked_token(token):
    text = f"The answer is 42.{token}"
    findings = find_findings(text)
    assert_offsets(text, findings)
    assert [(f["kind"], f["text"]) for f in findings] == [("leaked_token", token)]


def test_leaked_token_not_in_code_or_strikethrough():
    assert find_findings("Templates end a turn with `<|im_end|>`.") == []
    assert find_findings("```\n<|im_end|>\n```") == []
    assert find_findings("The price was <s>$20</s> $15.") == []
    # A closing tag with no opening one makes everything before it reasoning ...
    assert kinds(find_findings("Answer: yes.</think>")) == ["inline_reasoning", "empty_output"]
    # ... but a second stray closing tag is just a leaked token.
    stray = find_findings("<think>a</think>Answer: yes.</think>")
    assert [(f["kind"], f["text"]) for f in stray] == [("inline_reasoning", "<think>a</think>"),
                                                        ("leaked_token", "</think>")]


@pytest.mark.parametrize("text, call", [
    ('Let me check.<tool_call>\n{"name": "list_vehicles", "arguments": {}}\n</tool_call>',
     '<tool_call>\n{"name": "list_vehicles", "arguments": {}}\n</tool_call>'),
    ('[TOOL_CALLS] [{"name": "get_battery_health", "arguments": {"id": 1}}]\nDone.',
     '[TOOL_CALLS] [{"name": "get_battery_health", "arguments": {"id": 1}}]'),
    ('<TOOLCALL>[{"name": "get_charges", "arguments": {}}]</TOOLCALL>',
     '<TOOLCALL>[{"name": "get_charges", "arguments": {}}]</TOOLCALL>'),
    ('{"name": "list_vehicles", "arguments": {}}', '{"name": "list_vehicles", "arguments": {}}'),
    ('<function=current_time>{"tz": "UTC"}</function>', '<function=current_time>{"tz": "UTC"}</function>'),
])
def test_leaked_tool_call(text, call):
    findings = find_findings(text)
    assert_offsets(text, findings)
    assert [(f["kind"], f["text"]) for f in findings] == [("leaked_tool_call", call)]


def test_json_answer_that_is_not_a_tool_call_is_fine():
    assert find_findings('{"vehicles": ["R1S", "Model X"], "count": 2}') == []


def test_inline_reasoning():
    text = "<think>The user wants 12 words.</think>\n\nWaves roll in."
    findings = find_findings(text)
    assert [(f["kind"], f["start"], f["end"]) for f in findings] == [("inline_reasoning", 0, 39)]
    lone = "I should answer briefly.</think>Waves roll in."
    assert [(f["kind"], f["text"]) for f in find_findings(lone)] == [
        ("inline_reasoning", "I should answer briefly.</think>")]


def test_replacement_char_and_mojibake_and_control_chars():
    text = "Caf\ufffd\ufffd is open. The cafÃ© said â€œhiâ€\x9d. Red\x1b[31m text\x00 and zero\u200bwidth."
    findings = find_findings(text)
    assert_offsets(text, findings)
    got = [(f["kind"], f["text"], f["suggestion"]) for f in findings]
    assert ("replacement_char", "\ufffd\ufffd", "") in got
    assert ("mojibake", "Ã©", "é") in got
    assert any(k == "mojibake" and s == "“" for k, _, s in got)
    assert ("control_char", "\x1b[31m", "") in got
    assert ("control_char", "\x00", "") in got
    assert ("control_char", "\u200b", "") in got
    # The C1 byte inside the mojibake is part of the mojibake, not a second finding.
    assert not any(k == "control_char" and t == "\x9d" for k, t, _ in got)


def test_clean_unicode_is_not_mojibake():
    for text in ("Ole Rømer measured it; the Kármán line; naïve café; 20 °C; “quotes” — dash…",
                 "Der Bericht zeigt, dass die Batterie gut ist.", "日本語のテキスト", "Thanks! 🙂🚀"):
        assert find_findings(text) == [], text


@pytest.mark.parametrize("text", ["", "   \n", "<think>only reasoning</think>"])
def test_empty_output(text):
    findings = find_findings(text)
    assert "empty_output" in kinds(findings)
    empty = [f for f in findings if f["kind"] == "empty_output"][0]
    assert (empty["start"], empty["end"]) == (0, len(text))


# ---- hard negatives -----------------------------------------------------------------------------

HARD_NEGATIVES = [
    "A lighthouse stood there; nevertheless, the whitespace in the parser was fixed.",
    "Nemotron on OpenRouter, DeepInfra and NVIDIA NIM; the capital of Kazakhstan is Astana.",
    "Call get_battery_health or list_vehicles; in JavaScript use addEventListener and userName.",
    "Docs at https://openrouter.ai/docs/api-reference and www.deepinfra.com/pricing today.",
    "Mail support@example.com, follow @openrouter and use #MLOps2025 on the day.",
    "It draws 7.2kW, stores 135kWh, runs at 320ms, and the 30B model needs 30GB at 95tok/s.",
    "The French say joie de vivre, Danes hygge, and Germans schadenfreude and zeitgeist.",
    "Use `theprocess` and `soulsbeneath` as variable names, and ```x = thingwas()``` too.",
    "```python\ndef startswith_any(name):\n    return name.startswith(('get', 'list'))\n```",
    "Use str.startswith, isinstance, getattr and setdefault when parsing.",
    "Our frontend, backend, toolchain, codebase, dataset, runtime and workflow are fine.",
    "It's a well-known, state-of-the-art, open-source model that's production-ready.",
    "Smartphones replaced the flashlight, notepad and the bookshelf of manuals.",
    "The lanternfish and siphonophores migrate through the twilight zone at night.",
    "See [the guide](https://example.com/guide/setup_steps) and <div class=\"noteblock\">x</div>.",
    "The iPhone, PlayStation, MacBook, YouTube, LinkedIn and GitHub are brands.",
    "Per se, an ad hoc fix did not help, i.e. the gap is structural (Smith et al., 2021).",
    "Run provtui run --expect-words 12 -t nano30b-nim and read ~/.config/provtui/config.toml.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_have_no_findings(text):
    assert find_findings(text) == [], text


def test_foreign_text_is_not_judged_for_glued_words():
    text = ("Der Bericht zeigt, dass die Batterie nach drei Jahren noch 92 Prozent ihrer Kapazität "
            "hat. Das Ladeverhalten ist unauffällig, und die meisten Ladevorgänge finden zuhause statt.")
    assert find_findings(text) == []


# ---- cross-checking with the other panes ---------------------------------------------------------


def test_other_pane_writing_two_words_is_evidence():
    text = "Road trips rely on the superchargerbay near highways."
    assert find_findings(text) == []  # alone, "supercharger" is too rare to be sure
    others = ["Long trips rely on the supercharger bay along highways."]
    assert [(f["kind"], f["suggestion"]) for f in find_findings(text, others=others)] == [
        ("glued_words", "supercharger bay")]
    # (a long glue of two words the dictionary lists needs no other pane: "superchargernetwork")
    assert [f["suggestion"] for f in find_findings("Road trips rely on the superchargernetwork near highways.")] \
        == ["supercharger network"]


def test_other_pane_writing_the_same_token_vouches_for_it():
    text = "A batteryhealth check is an HTTP callback."
    assert kinds(find_findings(text)) == ["glued_words"]  # a compound no word list knows
    assert find_findings(text, others=["Register a batteryhealth URL first."]) == []
    # A pane is never its own evidence.
    assert kinds(find_findings(text, others=[text])) == ["glued_words"]


# ---- checks ---------------------------------------------------------------------------------------


def test_word_checks():
    text = SEED["NVIDIA NIM"]
    specs = [{"name": "words", "exact": 12}, {"name": "words", "min": 5, "max": 10, "label": "short"},
             {"name": "words", "min": 20}, {"name": "words", "max": 12}]
    assert run_checks(text, specs) == [
        {"name": "words", "passed": True, "detail": "12 words"},
        {"name": "short", "passed": False, "detail": "12 words, want 5-10"},
        {"name": "words", "passed": False, "detail": "12 words, want at least 20"},
        {"name": "words", "passed": True, "detail": "12 words"},
    ]


def test_sentence_and_regex_checks():
    text = "<think>Maybe two sentences?</think>Waves roll. Tides turn."
    res = run_checks(text, [
        {"name": "sentences", "exact": 1},
        {"name": "regex", "pattern": r"^Waves"},
        {"name": "regex", "pattern": "think", "must": False},
        {"name": "regex", "pattern": "TIDES", "flags": "i"},
        {"name": "regex", "pattern": "roll", "must": False, "label": "no roll"},
    ])
    assert [(c["name"], c["passed"]) for c in res] == [
        ("sentences", False), ("regex", True), ("regex", True), ("regex", True), ("no roll", False)]
    assert res[0]["detail"] == "2 sentences, want 1"


def test_json_checks():
    schema = {"type": "object", "required": ["count"], "properties": {"count": {"type": "integer"}}}
    ok = run_checks('{"count": 2}', [{"name": "json"}, {"name": "json", "schema": schema}])
    assert [c["passed"] for c in ok] == [True, True]
    fenced = '```json\n{"count": 2}\n```'
    assert run_checks(fenced, [{"name": "json"}])[0]["passed"] is True
    assert run_checks(fenced, [{"name": "json", "strict": True}])[0]["passed"] is False
    bad = run_checks('{"count": "two"}', [{"name": "json", "schema": schema}])[0]
    assert bad["passed"] is False and "count" in bad["detail"] and "integer" in bad["detail"]
    broken = run_checks("{'count': 2}", [{"name": "json"}])[0]
    assert broken["passed"] is False and broken["detail"].startswith("not JSON")


def test_tool_checks():
    expect = ["list_vehicles", "get_battery_health", "get_vehicle_status", "get_charges",
              "find_nearby_chargers", "get_efficiency"]
    calls = [{"name": n} for n in ["list_vehicles", "get_battery_health", "get_vehicle_status", "get_charges",
                                  "get_my_chargers", "find_nearby_chargers", "search_public_chargers"]]
    turns = [{"tool_call_ids": ["a"]}, {"tool_call_ids": ["b", "c"]}, {"tool_call_ids": []}]
    res = run_checks("done", [{"name": "tools", "expect": expect}, {"name": "max_tool_steps", "max": 10},
                              {"name": "max_tool_steps", "max": 5}], tool_calls=calls, turns=turns)
    assert res[0] == {"name": "tools", "passed": False, "detail": "5/6, missing get_efficiency"}
    assert res[1] == {"name": "max_tool_steps", "passed": True, "detail": "7 tool calls in 2 turns"}
    assert res[2]["passed"] is False and res[2]["detail"].endswith("want at most 5")
    all_called = run_checks("", [{"name": "tools", "expect": ["list_vehicles"]}], tool_calls=calls)
    assert all_called == [{"name": "tools", "passed": True, "detail": "1/1"}]
    none = run_checks("", [{"name": "tools", "expect": ["list_vehicles", "x"]}])
    assert none == [{"name": "tools", "passed": False, "detail": "0/2, missing list_vehicles, x"}]


@pytest.mark.parametrize("spec, fragment", [
    ({"name": "wordz", "exact": 1}, "unknown check 'wordz'"),
    ({"name": "words"}, "give 'exact'"),
    ({"name": "words", "exact": -1}, "whole numbers"),
    ({"name": "regex", "pattern": "("}, "bad regular expression"),
    ({"name": "regex", "pattern": "a", "flags": "q"}, "unknown regex flag"),
    ({"name": "json", "schema": {"type": "nope"}}, "JSON Schema is not valid"),
    ({"name": "tools", "expect": []}, "expected tool names"),
    ({"name": "max_tool_steps"}, "most tool calls"),
    ({"exact": 12}, "a dict with a 'name'"),
])
def test_bad_check_specs_name_the_problem(spec, fragment):
    with pytest.raises(ValueError, match="check #1") as info:
        validate_check_specs([spec])
    assert fragment in str(info.value)
    with pytest.raises(ValueError):
        run_checks("text", [spec])


# ---- analyze and the CLI ---------------------------------------------------------------------------


def test_analyze_cli_json_and_text():
    out, code = analyze_cli(SEED["OpenRouter"], as_json=True, expect_words=12)
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"words", "findings", "checks"}
    assert data["words"] == 11 and data["findings"][0]["text"] == "soulsbeneath"
    assert data["checks"][0]["name"] == "words"
    text, code = analyze_cli(SEED["OpenRouter"] + "\x1b[2J<|im_end|>", as_json=False, expect_words=None)
    assert code == 0
    assert "words: 11" in text and 'glued_words at 37-49: "soulsbeneath" -> "souls beneath"' in text
    assert "\x1b" not in text and "\\u001b" in text  # never hand provider bytes to the terminal
    assert "check" not in text


def test_analyze_cli_empty_input():
    out, code = analyze_cli("", as_json=True, expect_words=1)
    data = json.loads(out)
    assert code == 0 and data["words"] == 0 and kinds(data["findings"]) == ["empty_output"]
    assert data["checks"] == [{"name": "words", "passed": False, "detail": "0 words, want 1"}]


def test_module_import_is_cheap():
    # `provtui --version` must start fast: the word lists load on first use, not at import.
    code = ("import sys, provtui.core.analysis as a; "
            "assert 'wordfreq' not in sys.modules and 'ftfy' not in sys.modules and 'jsonschema' not in sys.modules; "
            "a.count_words('two words'); assert 'wordfreq' not in sys.modules; print('ok')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


# ---- incremental analysis ---------------------------------------------------------------------------

STREAM_PIECES = [
    "Waves whispered secrets to wandering soulsbeneath endless skies.", " The ocea n", "<think>", "</think>",
    "\n", "\n\n", "```python\nx = theprocess()\n```\n", "`inline thingwas`", "<|im_end|>", "Caf\ufffd",
    "cafÃ© ", "\x1b[31m", "<tool_call>{\"name\": \"a\"}</tool_call>", "1. item\n", "word " * 5,
    "x" * 50, "Long sentence here. " * 150, "ofthe ", "rhythm ically ",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(STREAM_PIECES), min_size=1, max_size=14), st.data())
def test_incremental_equals_batch_for_any_chunking(pieces, data):
    text = "".join(pieces)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=12)))
    analyzer = IncrementalAnalyzer()
    pos = 0
    for cut in cuts + [len(text)]:
        analyzer.feed(text[pos:cut])
        interim = analyzer.result()
        assert_offsets(text, interim["findings"])
        pos = cut
    final = analyzer.result()
    assert final["findings"] == find_findings(text)
    assert_offsets(text, final["findings"])
    if "<think>" not in text and "</think>" not in text:
        assert final["words"] == count_words(text)


def test_incremental_streaming_of_reasoning_then_answer():
    analyzer = IncrementalAnalyzer()
    analyzer.feed("I think the user wants")
    assert analyzer.result()["words"] == 5
    analyzer.feed(" twelve words.</thi")
    analyzer.feed("nk>Waves roll in.")
    result = analyzer.result()
    assert result["words"] == 3
    assert kinds(result["findings"]) == ["inline_reasoning"]
    assert result["findings"][0]["text"] == "I think the user wants twelve words.</think>"


def test_incremental_keeps_only_the_unfinished_line():
    # Not a timing test: completed lines are analysed once and dropped from the re-scanned tail,
    # so result() costs the same on line 10,000 as on line 1.
    analyzer = IncrementalAnalyzer()
    for k in range(2000):
        analyzer.feed(f"Line {k} talks about theprocess of charging.\n")
        analyzer.feed("partial")
        assert len(analyzer._tail) <= len("partial") * 2
        analyzer.feed(" end\n")
    result = analyzer.result()
    # the first 200 of a kind are kept, the rest counted in one summary finding
    assert sum(1 for f in result["findings"] if f["kind"] == "glued_words") == 200
    assert result["findings"][-1]["kind"] == "findings_capped"
    assert result["findings"][-1]["count"] == 1800
    # A long line with no newline is cut into blocks too.
    long_line = IncrementalAnalyzer()
    for _ in range(5000):
        long_line.feed("This sentence goes on. ")
    assert len(long_line._tail) < 4096


# ---- the labelled set ------------------------------------------------------------------------------


def load_set():
    return [json.loads(line) for line in (DATA / "integrity_set.jsonl").read_text(encoding="utf-8").splitlines()]


def test_labelled_set_meets_the_quality_bar():
    records = load_set()
    assert len(records) >= 300
    assert {r["split"] for r in records} == {"dev", "heldout"}
    tally = {k: {"tp": 0, "fp": 0, "fn": 0} for k in ("glued_words", "split_word")}
    other_false_alarms = []
    for r in records:
        assert_offsets(r["text"], r["findings"])
        labels = {(f["kind"], f["start"], f["end"]) for f in r["findings"]}
        found = find_findings(r["text"])
        got = {(f["kind"], f["start"], f["end"]) for f in found}
        for key in got:
            if key[0] == "broken_code" and any(key[1] <= f["start"] < key[2] for f in r["findings"]):
                continue  # a glue inside code ("elifi % 3") breaks it: both findings are right
            if key[0] not in tally:
                other_false_alarms.append((r["id"], key))
            elif key in labels:
                tally[key[0]]["tp"] += 1
            else:
                tally[key[0]]["fp"] += 1
        for key in labels - got:
            tally[key[0]]["fn"] += 1
    assert other_false_alarms == []
    for kind, t in tally.items():
        precision = t["tp"] / (t["tp"] + t["fp"])
        recall = t["tp"] / (t["tp"] + t["fn"])
        assert t["tp"] + t["fn"] >= 200, kind
        assert precision >= 0.97, (kind, t)
        assert recall >= 0.95, (kind, t)


# ---- pathological inputs: correct findings (their cost is measured in
# tests/bench/bench_analysis_scaling.py, as ratios, not asserted here) --------------------

@pytest.mark.parametrize("unit", ["-", "</think>", "<s>", "](", "e.g. ", "\n", "ÃƒÂ", "cafÃ© "])
def test_pathological_answers_give_valid_offsets(unit):
    text = (unit * (5_000 // len(unit) + 1))[:5_000]
    assert_offsets(text, find_findings(text))


def test_mojibake_on_a_long_line_is_found_where_it_is():
    # The repair is aligned locally now, not by difflib on the whole line: each garbled word
    # must still be its own finding with its own repair.
    text = "Le cafÃ© est prÃªt. " * 2000
    found = [(f["text"], f["suggestion"]) for f in find_findings(text) if f["kind"] == "mojibake"]
    assert found == [("Ã©", "é"), ("Ãª", "ê")] * 100  # the first 200 (the findings cap)


def test_json_nested_past_the_parser_limit_is_a_failed_check_not_a_crash():
    text = "[" * 5000 + "]" * 5000
    assert "leaked_tool_call" not in kinds(find_findings(text))
    [check] = run_checks(text, [{"name": "json"}])
    assert check["passed"] is False and "nested deeper" in check["detail"]


def test_findings_are_capped_per_kind_and_in_all():
    # 10 MB of "a\u0001" once made 5 million control_char findings (a 499 MB session file)
    text = "a\u0001" * 50_000 + "".join(f"Line {k} talks about theprocess.\n" for k in range(300))
    findings = find_findings(text)
    kinds = {}
    for f in findings:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    assert kinds["control_char"] == 200 and kinds["glued_words"] == 200
    assert len(findings) <= 1001
    summary = findings[-1]
    assert summary["kind"] == "findings_capped" and summary["count"] == 50_000 - 200 + 100
    assert "not listed" in summary["detail"]


def test_a_short_text_of_a_language_no_list_counts_is_not_judged_as_english():
    # no stop word of any list, and few of its words English: Kirundi, not English ("hamwe",
    # together, was read as "ham we")
    text = "Abavyeyi bakora hamwe mu murima buri musi, bagasubira muhira bafise inzara."
    assert [f for f in find_findings(text) if f["kind"] in ("glued_words", "split_word")] == []
    # terse English with few stop words is still judged
    notes = "Changelog: faster builds, smaller binaries, clearer errors, addednew cache flags."
    assert [f["text"] for f in find_findings(notes) if f["kind"] == "glued_words"] == ["addednew"]
