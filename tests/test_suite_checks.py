"""Suite check kinds (CONTRACT §5) except code and judge: validation and scoring, with hostile
answers.  Each kind: passes, fails, and a bad spec names its field."""

from __future__ import annotations

import asyncio
import json

import pytest

from provtui.core.analysis import count_words, find_findings
from provtui.suite import checks
from provtui.suite.checks import KINDS, CheckContext, CheckSpecError, run_checks, validate_check

CTX = CheckContext(config=None)


def score(spec: dict, text: str = "", **run) -> dict:
    run.setdefault("text", text)
    [res] = asyncio.run(run_checks([validate_check(spec)], run, CTX))
    assert set(res) == {"name", "kind", "passed", "score", "detail", "error", "reasons", "cost_usd"}
    assert 0.0 <= res["score"] <= 1.0
    if res["error"]:
        assert not res["passed"] and res["score"] == 0.0
    return res


def bad(spec: dict, field: str) -> str:
    with pytest.raises(CheckSpecError) as exc:
        validate_check(spec)
    msg = str(exc.value)
    assert msg.startswith(field + ":"), msg
    assert "\n" not in msg
    return msg


def test_kinds_are_the_contract_table():
    assert KINDS == {
        "words", "regex", "contains", "not_contains", "json", "tools", "no_findings", "code",
        "judge", "max_time_s", "lowercase", "uppercase", "no_commas", "sentences", "paragraphs",
        "bullets", "starts_with", "ends_with"}


def test_validate_normalises_name_and_defaults():
    assert validate_check({"kind": "words", "equals": 12}) == {
        "kind": "words", "name": "words", "equals": 12, "min": None, "max": None}
    assert validate_check({"kind": "contains", "text": "x", "name": "has x"})["text"] == ["x"]
    assert validate_check({"kind": "code", "tests": "def test_a(): pass"})["timeout_s"] == 10
    assert validate_check({"kind": "judge", "target": "j", "rubric": " a \n\n b "})["rubric"] == "a\nb"
    spec = {"kind": "regex", "pattern": "x"}
    validate_check(spec)
    assert spec == {"kind": "regex", "pattern": "x"}  # a copy: the caller's dict is untouched


@pytest.mark.parametrize("spec, field", [
    ("words", "check"),
    ({}, "kind"),
    ({"kind": "word", "equals": 1}, "kind"),
    ({"kind": "words", "equal": 1}, "equal"),
    ({"kind": "words"}, "equals"),
    ({"kind": "words", "equals": -1}, "equals"),
    ({"kind": "words", "equals": True}, "equals"),
    ({"kind": "words", "equals": 1.5}, "equals"),
    ({"kind": "words", "equals": 3, "max": 4}, "equals"),
    ({"kind": "sentences", "min": 5, "max": 4}, "min"),
    ({"kind": "words", "equals": 1, "name": ""}, "name"),
    ({"kind": "regex"}, "pattern"),
    ({"kind": "regex", "pattern": "(unclosed"}, "pattern"),
    ({"kind": "regex", "pattern": "x", "flags": "g"}, "flags"),
    ({"kind": "regex", "pattern": "(a+)+$"}, "pattern"),
    ({"kind": "regex", "pattern": r"^(\w+\s?)*$"}, "pattern"),
    ({"kind": "regex", "pattern": "(?:(?:x*))*y"}, "pattern"),
    ({"kind": "contains", "text": []}, "text"),
    ({"kind": "contains", "text": ["a", ""]}, "text"),
    ({"kind": "contains", "text": "a", "all": "yes"}, "all"),
    ({"kind": "not_contains", "text": 3}, "text"),
    ({"kind": "json", "schema": "object"}, "schema"),
    ({"kind": "json", "schema": {"type": "objekt"}}, "schema"),
    ({"kind": "json", "schema": {"properties": {"a": {"pattern": "(a*)*b"}}}}, "schema"),
    ({"kind": "tools"}, "expect"),
    ({"kind": "tools", "expect": ["a"], "groups": [["a"]]}, "expect"),
    ({"kind": "tools", "expect": []}, "expect"),
    ({"kind": "tools", "groups": [["a"], []]}, "groups"),
    ({"kind": "tools", "groups": ["a"]}, "groups"),
    ({"kind": "no_findings", "kinds": ["glued"]}, "kinds"),
    ({"kind": "max_time_s", "value": 0}, "value"),
    ({"kind": "max_time_s", "value": float("nan")}, "value"),
    ({"kind": "max_time_s"}, "value"),
    ({"kind": "starts_with", "text": "  "}, "text"),
    ({"kind": "ends_with"}, "text"),
    ({"kind": "lowercase", "text": "x"}, "text"),
    ({"kind": "code", "tests": "def test_a(:"}, "tests"),
    ({"kind": "code", "tests": "def helper(): pass"}, "tests"),
    ({"kind": "code", "tests": "def test_a(): pass\ndef test_a(): pass"}, "tests"),
    ({"kind": "code", "tests": "def test_a(): pass", "language": "rust"}, "language"),
    ({"kind": "code", "tests": "def test_a(): pass", "timeout_s": 0}, "timeout_s"),
    ({"kind": "judge", "target": "", "rubric": "x"}, "target"),
    ({"kind": "judge", "target": "j", "rubric": "\n \n"}, "rubric"),
    ({"kind": "judge", "target": "j", "rubric": "x", "threshold": 1.5}, "threshold"),
])
def test_bad_specs_name_their_field(spec, field):
    bad(spec, field)


def test_regex_shapes_that_are_not_exponential_are_accepted():
    for pattern in [r"\A(?![\s\S]*\b(?:red|orange|sun)\b)", r"<<[^<>\n]+>>", r"(\d{3}-)+\d{4}",
                    r"(?:ab)+", r"\b(?:\w+\s)+end", r"(a*+)+", r"x*y*z*"]:
        validate_check({"kind": "regex", "pattern": pattern})


# ------------------------------------------------------------------------------ words


def test_words_counts_like_runs_without_think():
    text = "<think>many many words here</think>The ocean breathes slowly, its tides pulling at the moon's pale light."
    assert count_words(text) == 12
    assert score({"kind": "words", "equals": 12}, text)["passed"]
    res = score({"kind": "words", "equals": 13}, text)
    assert not res["passed"] and res["detail"] == "12 words, want 13"
    assert score({"kind": "words", "min": 10, "max": 12}, text)["passed"]
    assert score({"kind": "words", "max": 11}, text)["detail"] == "12 words, want at most 11"
    assert score({"kind": "words", "equals": 0}, "<think>only thinking")["passed"]


def test_words_with_no_text_and_hostile_text():
    assert score({"kind": "words", "min": 1}, text=None)["detail"] == "0 words, want at least 1"
    hostile = "\x1b[31mred\x1b[0m \x07 words" + "-" * 100_000
    res = score({"kind": "words", "equals": 2}, hostile)
    assert "\x1b" not in res["detail"] and "\x07" not in res["detail"]


# ------------------------------------------------------------------------------ regex


def test_regex_found_flags_and_not_found():
    assert score({"kind": "regex", "pattern": r"\bastana\b", "flags": "i"}, "It is Astana.")["passed"]
    res = score({"kind": "regex", "pattern": r"\bastana\b"}, "It is Astana.")
    assert not res["passed"] and res["error"] is None and "no match" in res["detail"]
    assert score({"kind": "regex", "pattern": "^b$", "flags": "m"}, "a\nb\nc")["passed"]
    assert not score({"kind": "regex", "pattern": "^b$"}, "a\nb\nc")["passed"]
    assert score({"kind": "regex", "pattern": "a.c", "flags": "s"}, "a\nc")["passed"]
    # Inline reasoning never satisfies a check.
    assert not score({"kind": "regex", "pattern": "secret"}, "<think>secret</think>answer")["passed"]


def test_regex_match_shown_without_control_characters():
    res = score({"kind": "regex", "pattern": "x.+"}, "x\x1b]0;title\x07\x1b[2Jend")
    assert res["passed"]
    assert not any(ord(c) < 32 or c == "\x7f" for c in res["detail"])


def test_regex_catastrophic_on_this_answer_is_an_error_not_a_hang(monkeypatch):
    # An exponential alternation the load-time guard does not see: the child is killed.
    monkeypatch.setattr(checks, "REGEX_TIMEOUT_S", 1.0)
    res = score({"kind": "regex", "pattern": "^(x|xx)*y$"}, "x" * 200)
    assert res["error"] and "did not finish" in res["error"]
    assert not res["passed"] and res["score"] == 0.0


def test_regex_on_a_huge_answer():
    text = "word " * 400_000 + "needle"
    assert score({"kind": "regex", "pattern": "needle$"}, text)["passed"]


# ------------------------------------------------------------------------------ contains


def test_contains_any_all_and_case():
    text = "The capital is Astana (formerly Nur-Sultan)."
    assert score({"kind": "contains", "text": "Astana"}, text)["passed"]
    assert score({"kind": "contains", "text": ["Almaty", "Astana"]}, text)["passed"]
    res = score({"kind": "contains", "text": ["Almaty", "Astana"], "all": True}, text)
    assert not res["passed"] and "Almaty" in res["detail"]
    assert not score({"kind": "contains", "text": "astana"}, text)["passed"]
    assert score({"kind": "contains", "text": "ASTANA", "ignore_case": True}, text)["passed"]
    assert not score({"kind": "contains", "text": "Astana"}, "<think>Astana</think>Almaty")["passed"]


def test_contains_unicode_normalisation():
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert score({"kind": "contains", "text": composed}, f"a {decomposed} here")["passed"]


def test_not_contains_is_the_negation():
    text = "As an AI language model, I cannot."
    res = score({"kind": "not_contains", "text": "As an AI"}, text)
    assert not res["passed"] and "As an AI" in res["detail"]
    assert score({"kind": "not_contains", "text": ["sorry", "cannot help"]}, "Here you go.")["passed"]
    assert not score({"kind": "not_contains", "text": ["sorry", "cannot"]}, text)["passed"]
    # all = true: fails only when every text is there.
    assert score({"kind": "not_contains", "text": ["sorry", "cannot"], "all": True}, text)["passed"]
    assert not score({"kind": "not_contains", "text": ["AI", "cannot"], "all": True}, text)["passed"]


# ------------------------------------------------------------------------------ json


SCHEMA = {"type": "object", "required": ["name", "age"],
          "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}


def test_json_plain_fenced_and_schema():
    assert score({"kind": "json"}, '{"a": 1}')["passed"]
    res = score({"kind": "json"}, 'Here it is:\n```json\n{"a": 1}\n```\nEnjoy!')
    assert res["passed"] and "fenced" in res["detail"]
    assert score({"kind": "json", "schema": SCHEMA}, '{"name": "Ada", "age": 36}')["passed"]
    res = score({"kind": "json", "schema": SCHEMA}, '{"name": "Ada", "age": "36"}')
    assert not res["passed"] and "$.age" in res["detail"]
    res = score({"kind": "json"}, "```json\n{}\n```\n```json\n[]\n```")
    assert not res["passed"] and "2 fenced blocks" in res["detail"]
    assert not score({"kind": "json"}, "not json")["passed"]
    assert not score({"kind": "json"}, "```\n{broken\n```")["passed"]
    assert score({"kind": "json"}, '<think>{"x": </think>\n[1, 2]')["passed"]


def test_json_deep_nesting_and_huge_do_not_crash():
    deep = "[" * 200_000 + "]" * 200_000
    res = score({"kind": "json"}, deep)
    assert not res["passed"] and res["error"] is None and "nested" in res["detail"]
    res = score({"kind": "json"}, "```json\n" + deep + "\n```")
    assert not res["passed"] and "nested" in res["detail"]
    # Nested within the parser's reach but deep for the schema validator.
    nested = "[" * 5000 + "]" * 5000
    res = score({"kind": "json", "schema": {"type": "array", "items": {"$ref": "#"}}}, nested)
    assert res["error"] is None
    big = json.dumps({"k": ["x" * 100] * 50_000})
    assert score({"kind": "json", "schema": {"type": "object"}}, big)["passed"]


# ------------------------------------------------------------------------------ tools


CALLS = [{"name": n} for n in ("list_vehicles", "get_battery", "get_battery", "weird")]


def test_tools_expect_and_groups_share_the_analysis_logic():
    res = score({"kind": "tools", "expect": ["list_vehicles", "get_battery"]}, tool_calls=CALLS)
    assert res["passed"] and res["score"] == 1.0 and res["detail"] == "2/2 tools"
    res = score({"kind": "tools", "expect": ["list_vehicles", "get_efficiency"]}, tool_calls=CALLS)
    assert not res["passed"] and res["score"] == 0.5
    assert res["detail"] == "1/2 tools, missing get_efficiency"
    groups = [["list_vehicles"], ["get_battery", "get_health"], ["compare"], ["a", "b"],
              ["weird"], ["x"]]
    res = score({"kind": "tools", "groups": groups}, tool_calls=CALLS)
    assert res["score"] == pytest.approx(3 / 6) and not res["passed"]
    assert res["detail"] == "3/6 tool groups, missing compare, a or b, x"
    # The config's [[checks]] use the same function.
    from provtui.core.analysis import run_checks as config_checks, tool_coverage

    assert tool_coverage(CALLS, groups=groups)[:2] == (3, 6)
    assert config_checks("", [{"name": "tools", "expect": ["get_efficiency"]}], tool_calls=CALLS) == [
        {"name": "tools", "passed": False, "detail": "0/1, missing get_efficiency"}]
    assert config_checks("", [{"name": "tools", "groups": groups}], tool_calls=CALLS) == [
        {"name": "tools", "passed": False, "detail": "3/6, missing compare, a or b, x"}]
    with pytest.raises(ValueError, match="groups"):
        config_checks("", [{"name": "tools", "groups": [[]]}])


def test_tools_with_no_or_garbage_tool_calls():
    assert score({"kind": "tools", "expect": ["a"]})["score"] == 0.0
    res = score({"kind": "tools", "expect": ["a"]}, tool_calls=["a", None, {"name": None}, {"name": "a"}])
    assert res["passed"]
    assert score({"kind": "tools", "expect": ["a"]}, tool_calls="a")["score"] == 0.0


# ------------------------------------------------------------------------------ no_findings


def test_no_findings_uses_the_runs_findings():
    text = "The soulsbeneath the waves."
    findings = find_findings(text)
    assert any(f["kind"] == "glued_words" for f in findings)
    res = score({"kind": "no_findings"}, text, findings=findings)
    assert not res["passed"] and "glued_words" in res["detail"]
    assert score({"kind": "no_findings", "kinds": ["leaked_token"]}, text, findings=findings)["passed"]
    assert score({"kind": "no_findings"}, text, findings=[])["passed"]  # the run's word is final
    # A run without a findings list is analysed on the spot.
    assert not score({"kind": "no_findings"}, "answer<|im_end|>")["passed"]
    assert not score({"kind": "no_findings", "kinds": "truncated"}, "x",
                     findings=[{"kind": "truncated", "start": 0, "end": 1, "text": "x"}])["passed"]


# ------------------------------------------------------------------------------ max_time_s


def test_max_time():
    assert score({"kind": "max_time_s", "value": 5}, metrics={"total_s": 4.2})["passed"]
    res = score({"kind": "max_time_s", "value": 5}, metrics={"total_s": 5.01})
    assert not res["passed"] and "want at most 5 s" in res["detail"]
    assert not score({"kind": "max_time_s", "value": 5}, metrics={"total_s": None})["passed"]
    assert not score({"kind": "max_time_s", "value": 5}, metrics={"total_s": float("nan")})["passed"]
    assert not score({"kind": "max_time_s", "value": 5}, metrics="fast")["passed"]


# ------------------------------------------------------------------------------ run_checks


def test_run_checks_keeps_order_and_survives_a_bad_spec():
    specs = [validate_check({"kind": "words", "equals": 1}), {"kind": "nope"},
             validate_check({"kind": "lowercase", "name": "lower \x1b[31mcase"})]
    res = asyncio.run(run_checks(specs, {"text": "hello"}, CTX))
    assert [r["kind"] for r in res] == ["words", "nope", "lowercase"]
    assert res[0]["passed"] and res[2]["passed"]
    assert res[1]["error"].startswith("bad check: kind:")
    assert res[2]["name"] == "lower case"  # cleaned


def test_run_checks_never_raises_for_garbage_runs():
    specs = [validate_check(s) for s in (
        {"kind": "words", "equals": 1}, {"kind": "json"}, {"kind": "tools", "expect": ["a"]},
        {"kind": "no_findings"}, {"kind": "max_time_s", "value": 1}, {"kind": "bullets", "min": 1})]
    for run in ({}, {"text": 5, "tool_calls": {"a": 1}, "findings": "x", "metrics": []},
                {"text": "\x00\ud800"}):
        res = asyncio.run(run_checks(specs, run, CTX))
        assert len(res) == len(specs)
