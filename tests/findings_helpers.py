"""Shared by the glued/split-word tests: the word findings of a text, checked against it."""

from __future__ import annotations

from provtui.core.analysis import find_findings

WORD_KINDS = ("glued_words", "split_word")


def word_findings(text: str) -> list[tuple[str, str, str]]:
    """(kind, text, suggestion) of each glued or split word in ``text``; each finding's offsets
    must quote its text."""
    found = [f for f in find_findings(text) if f["kind"] in WORD_KINDS]
    for f in found:
        assert text[f["start"]:f["end"]] == f["text"]
    return [(f["kind"], f["text"], f["suggestion"]) for f in found]
