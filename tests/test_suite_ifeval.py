"""IFEval-style suite checks: lowercase, uppercase, no_commas, sentences, paragraphs, bullets,
starts_with, ends_with (semantics in provtui/suite/ifeval.py)."""

from __future__ import annotations

import asyncio

from provtui.suite import ifeval
from provtui.suite.checks import CheckContext, run_checks, validate_check


def score(spec: dict, text: str) -> dict:
    [res] = asyncio.run(run_checks([validate_check(spec)], {"text": text}, CheckContext(config=None)))
    return res


def test_lowercase():
    assert score({"kind": "lowercase"}, "all lower, 42 digits and ünïcode.")["passed"]
    res = score({"kind": "lowercase"}, "all lower but One")
    assert not res["passed"] and res["detail"] == "1 uppercase letter, first 'O' at 14"
    assert not score({"kind": "lowercase"}, "1234 !!")["passed"]  # no letters at all
    assert score({"kind": "lowercase"}, "<think>Thinking In Caps</think>fine")["passed"]
    assert not score({"kind": "lowercase"}, "straße ÉTÉ")["passed"]


def test_uppercase():
    assert score({"kind": "uppercase"}, "SHOUTING, ALWAYS! 123")["passed"]
    assert not score({"kind": "uppercase"}, "SHOUTING mostly")["passed"]
    assert not score({"kind": "uppercase"}, "")["passed"]


def test_no_commas():
    assert score({"kind": "no_commas"}, "No commas here. None at all!")["passed"]
    res = score({"kind": "no_commas"}, "One, two, three")
    assert not res["passed"] and res["detail"] == "2 commas, first at 3"
    assert not score({"kind": "no_commas"}, "中文，逗号")["passed"]  # fullwidth comma
    assert score({"kind": "no_commas"}, "<think>a, b</think>clean")["passed"]


def test_sentences_use_provtuis_count():
    text = "Dr. Smith arrived at 3 p.m. today. He was late! Why? Nobody knows."
    assert score({"kind": "sentences", "equals": 4}, text)["passed"]
    assert not score({"kind": "sentences", "equals": 3}, text)["passed"]
    code = "One sentence.\n```python\nx = 1. \ny = 2. \n```\nTwo sentences."
    assert score({"kind": "sentences", "equals": 2}, code)["passed"]


def test_paragraphs_blank_lines_and_dividers():
    text = "First paragraph\nstill first.\n\nSecond one.\n \t\nThird."
    assert ifeval.count_paragraphs(text) == (3, None)
    assert score({"kind": "paragraphs", "equals": 3}, text)["passed"]
    divided = "One\n\nstill one\n***\nTwo\n***\nThree\n"
    assert ifeval.count_paragraphs(divided) == (3, None)
    assert score({"kind": "paragraphs", "equals": 3}, "***\nOne\n***\nTwo\n***\nThree\n***")["passed"]
    res = score({"kind": "paragraphs", "equals": 2}, "One\n***\n\n***\nTwo")
    assert not res["passed"] and "empty paragraph" in res["detail"]
    assert ifeval.count_paragraphs("") == (0, None)
    code = "Intro paragraph.\n\n```python\nx = 1\n\n\ny = 2\n***\n```\n\nClosing paragraph."
    assert ifeval.count_paragraphs(code) == (3, None)
    assert ifeval.count_paragraphs("**bold** words\n\nand ***emphasis*** inline") == (2, None)


def test_bullets():
    text = "Intro:\n* one\n- two\n  + three\n• four\n**bold** line\n---\n-5 degrees\n1. ordered"
    assert ifeval.count_bullets(text) == 4
    assert score({"kind": "bullets", "equals": 4}, text)["passed"]
    res = score({"kind": "bullets", "min": 5}, text)
    assert not res["passed"] and res["detail"] == "4 bullets, want at least 5"
    fenced = "* real\n```\n* not a bullet\n- nor this\n```\n- real too"
    assert ifeval.count_bullets(fenced) == 2
    assert ifeval.count_bullets("```\n* inside an unclosed fence") == 0


def test_starts_and_ends_with():
    text = "  Dear reader, here is the letter.\nAny other questions?  \n"
    assert score({"kind": "starts_with", "text": "Dear reader,"}, text)["passed"]
    res = score({"kind": "starts_with", "text": "Dear Reader,"}, text)
    assert not res["passed"] and "want 'Dear Reader,'" in res["detail"]
    assert score({"kind": "starts_with", "text": "dear READER", "ignore_case": True}, text)["passed"]
    assert score({"kind": "ends_with", "text": "Any other questions?"}, text)["passed"]
    assert not score({"kind": "ends_with", "text": "Any other questions?"}, text + "Bye.")["passed"]
    assert score({"kind": "starts_with", "text": "Hi"}, "<think>Dear</think>\n\nHi there")["passed"]
    assert not score({"kind": "ends_with", "text": "x"}, "")["passed"]


def test_hostile_text_in_ifeval_details():
    res = score({"kind": "starts_with", "text": "Hello"}, "\x1b[2J\x1b]8;;http://x\x07evil")
    assert not res["passed"]
    assert "\x1b" not in res["detail"] and "\x07" not in res["detail"]
    huge = ("* item\n" * 100_000) + "," * 100_000
    assert score({"kind": "bullets", "equals": 100_000}, huge)["passed"]
    assert not score({"kind": "no_commas"}, huge)["passed"]
