"""The IFEval-style verifiable instructions a suite case can check (CONTRACT §5).

Written for provtui after the definitions of Google's instruction_following_eval
(``instructions.py``: CommaChecker, Lowercase/CapitalLettersEnglishChecker, ParagraphChecker,
BulletListChecker, ConstrainedStartChecker, EndChecker), with these deliberate differences:

- Nothing is downloaded and nothing guesses the language: IFEval's lowercase/uppercase also
  ask langdetect for English; here they only look at the letters.
- Sentences are counted by ``provtui.core.analysis.count_sentences`` (the count provtui shows
  for runs) instead of NLTK's punkt.
- Paragraphs: when the answer has a markdown divider line ``***`` the paragraphs are the
  pieces between dividers (IFEval's ParagraphChecker; an empty piece between two dividers
  fails the check, as there); otherwise paragraphs are separated by blank lines (IFEval's
  ParagraphFirstWordCheck).  Fenced code blocks count as part of their paragraph.
- Bullets: a line whose first non-blank characters are ``*``, ``-``, ``+`` or ``•`` followed
  by a space (IFEval counts ``* `` and ``-``; requiring the space keeps "**bold**", "-5 °C"
  and "---" rules from counting).  Lines inside fenced code do not count.
- ``starts_with`` / ``ends_with``: the answer with surrounding whitespace removed begins /
  ends with the text (Unicode NFC on both sides; ``ignore_case`` optional).  IFEval's
  EndChecker always ignores case and strips quotes; here a quote is part of the answer.

Every function takes the *visible* answer (``<think>`` blocks already left out) and returns
``(passed, detail)``; bounds use ``equals`` / ``min`` / ``max``.
"""

from __future__ import annotations

import re
import unicodedata

from provtui.core.analysis import count_sentences

__all__ = [
    "check_lowercase",
    "check_uppercase",
    "check_no_commas",
    "count_paragraphs",
    "count_bullets",
    "check_starts_with",
    "check_ends_with",
    "bounds",
    "check_count",
]

_COMMAS = ",\uff0c"  # ASCII and fullwidth (CJK) commas
_DIVIDER_RE = re.compile(r"^[ \t]*\*\*\*[ \t]*$", re.M)
_BLANK_SPLIT_RE = re.compile(r"\n[ \t]*\n")
_BULLET_RE = re.compile(r"^[ \t]*[*+\-\u2022][ \t]+\S", re.M)
_FENCE_LINE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _show(ch: str) -> str:
    return repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}"


def check_lowercase(visible: str) -> tuple[bool, str]:
    """No uppercase letter, and at least one letter (``str.islower``)."""
    upper = [(i, ch) for i, ch in enumerate(visible) if ch.isupper()]
    if upper:
        i, ch = upper[0]
        return False, f"{len(upper)} uppercase letter{'s' if len(upper) != 1 else ''}, first {_show(ch)} at {i}"
    if not visible.islower():
        return False, "no letters at all"
    return True, "all letters lowercase"


def check_uppercase(visible: str) -> tuple[bool, str]:
    """No lowercase letter, and at least one letter (``str.isupper``)."""
    lower = [(i, ch) for i, ch in enumerate(visible) if ch.islower()]
    if lower:
        i, ch = lower[0]
        return False, f"{len(lower)} lowercase letter{'s' if len(lower) != 1 else ''}, first {_show(ch)} at {i}"
    if not visible.isupper():
        return False, "no letters at all"
    return True, "all letters uppercase"


def check_no_commas(visible: str) -> tuple[bool, str]:
    n = sum(visible.count(c) for c in _COMMAS)
    if n:
        first = min(i for i in (visible.find(c) for c in _COMMAS) if i >= 0)
        return False, f"{n} comma{'s' if n != 1 else ''}, first at {first}"
    return True, "no commas"


def _outside_fences(text: str) -> list[str]:
    """The lines of ``text`` that are not inside a fenced code block (fence lines dropped)."""
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        m = _FENCE_LINE_RE.match(line)
        if fence is None:
            if m:
                fence = m.group(1)
                continue
            out.append(line)
        elif m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip(" \t`~"):
            fence = None
    return out


def _fences_filled(text: str) -> str:
    """``text`` with blank lines inside fenced code made non-blank (a code block's blank
    line does not end its paragraph) and divider-like lines there neutralised."""
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        m = _FENCE_LINE_RE.match(line)
        if fence is None:
            if m:
                fence = m.group(1)
            out.append(line)
            continue
        if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip(" \t`~"):
            fence = None
            out.append(line)
        else:
            out.append(line if line.strip() and not _DIVIDER_RE.match(line) else "\u00a0code")
    return "\n".join(out)


def count_paragraphs(visible: str) -> tuple[int, str | None]:
    """(paragraphs, problem): ``***`` dividers when present, else blank-line separated."""
    text = _fences_filled(visible.strip())
    if not text:
        return 0, None
    if _DIVIDER_RE.search(text):
        pieces = _DIVIDER_RE.split(text)
        n = 0
        for k, piece in enumerate(pieces):
            if piece.strip():
                n += 1
            elif 0 < k < len(pieces) - 1:
                return n, f"an empty paragraph between two *** dividers (after paragraph {n})"
        return n, None
    return sum(1 for p in _BLANK_SPLIT_RE.split(text) if p.strip()), None


def count_bullets(visible: str) -> int:
    return sum(1 for line in _outside_fences(visible) if _BULLET_RE.match(line))


def bounds(n: int, spec: dict, unit: str) -> tuple[bool, str]:
    """Does ``n`` fit the spec's ``equals`` / ``min`` / ``max``; detail like "11 words, want 12"."""
    noun = unit if n == 1 else unit + "s"
    eq, lo, hi = spec.get("equals"), spec.get("min"), spec.get("max")
    if eq is not None:
        return n == eq, f"{n} {noun}" if n == eq else f"{n} {noun}, want {eq}"
    if (lo is None or n >= lo) and (hi is None or n <= hi):
        return True, f"{n} {noun}"
    if lo is not None and hi is not None:
        want = f"{lo}-{hi}"
    elif lo is not None:
        want = f"at least {lo}"
    else:
        want = f"at most {hi}"
    return False, f"{n} {noun}, want {want}"


def check_count(kind: str, visible: str, spec: dict) -> tuple[bool, str]:
    """``sentences`` / ``paragraphs`` / ``bullets`` against the spec's bounds."""
    if kind == "sentences":
        return bounds(count_sentences(visible), spec, "sentence")
    if kind == "bullets":
        return bounds(count_bullets(visible), spec, "bullet")
    n, problem = count_paragraphs(visible)
    if problem:
        return False, problem
    ok, detail = bounds(n, spec, "paragraph")
    return ok, detail


def _norm(s: str, ignore_case: bool) -> str:
    s = unicodedata.normalize("NFC", s)
    return s.casefold() if ignore_case else s


def _excerpt(s: str, n: int = 40) -> str:
    return repr(s if len(s) <= n else s[: n - 1] + "…")


def check_starts_with(visible: str, text: str, ignore_case: bool = False) -> tuple[bool, str]:
    answer = visible.strip()
    if _norm(answer, ignore_case).startswith(_norm(text, ignore_case)):
        return True, f"starts with {_excerpt(text)}"
    return False, f"starts with {_excerpt(answer[: max(len(text), 1)])}, want {_excerpt(text)}"


def check_ends_with(visible: str, text: str, ignore_case: bool = False) -> tuple[bool, str]:
    answer = visible.strip()
    if _norm(answer, ignore_case).endswith(_norm(text, ignore_case)):
        return True, f"ends with {_excerpt(text)}"
    tail = answer[-max(len(text), 1):] if answer else ""
    return False, f"ends with {_excerpt(tail)}, want {_excerpt(text)}"
