"""Words and sentences of a provider's answer, and its inline ``<think>`` blocks.

A word is a run of characters between whitespace (em and en dashes also separate words) that
holds at least one letter or digit; see ``provtui.core.analysis`` for the full rules.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["THINK_OPEN", "THINK_CLOSE", "think_regions", "strip_think", "count_words", "count_sentences"]

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"

# --------------------------------------------------------------------------------------------
# <think> blocks and words


def think_regions(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are inline reasoning, in order.

    ``<think>…</think>`` pairs; an unclosed ``<think>`` runs to the end (the answer is still
    streaming, or never came); a closing tag before any opening one means the template put
    ``<think>`` in the prompt, so everything before it is reasoning.  A later stray closing tag
    is its own span so it never counts as a word.
    """
    regions: list[tuple[int, int]] = []
    pos = 0
    seen = False
    # The next of each tag at or after ``pos``, searched again only once passed: re-searching
    # both on every step made "</think>" repeated with no "<think>" quadratic.
    o = c = -2
    while True:
        if o != -1 and o < pos:
            o = text.find(THINK_OPEN, pos)
        if c != -1 and c < pos:
            c = text.find(THINK_CLOSE, pos)
        if c != -1 and (o == -1 or c < o):
            # A closing tag with no opening one: reasoning from the start if it is the first tag.
            regions.append((0 if not seen else c, c + len(THINK_CLOSE)))
            seen = True
            pos = c + len(THINK_CLOSE)
            continue
        if o == -1:
            return regions
        seen = True
        c = text.find(THINK_CLOSE, o + len(THINK_OPEN))
        if c == -1:
            regions.append((o, len(text)))
            return regions
        regions.append((o, c + len(THINK_CLOSE)))
        pos = c + len(THINK_CLOSE)


def strip_think(text: str) -> str:
    """``text`` without inline ``<think>…</think>`` blocks (see ``think_regions``).

    Whitespace right after a removed block at the start of the text goes too, so an answer
    that opens with reasoning starts at its first visible character.
    """
    regions = think_regions(text)
    if not regions:
        return text
    pieces = []
    pos = 0
    for start, end in regions:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    out = "".join(pieces)
    if not text[: regions[0][0]].strip():
        out = out.lstrip()
    return out


# A match starts only where a run of non-separators starts: without the look-behind a long run
# with no letter ("-----", "=====") is retried from every character, quadratic in its length.
_WORD_RE = re.compile(r"(?<![^\s—–])[^\s—–]*?[^\W_][^\s—–]*")
_ALNUM_RE = re.compile(r"[^\W_]")
_TOKEN_RE = re.compile(r"\S+")
_LIST_MARKER_RE = re.compile(r"^[ \t]*\d{1,3}[.)](?=[ \t])", re.M)


def count_words(text: str) -> int:
    """Number of words in ``strip_think(text)``, counted as described in the module doc."""
    visible = strip_think(text)
    return len(_WORD_RE.findall(visible)) - len(_LIST_MARKER_RE.findall(visible))


_FENCE_BLOCK_RE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e cf al approx fig no vol inc ltd co corp dept est".split()
)
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")


def count_sentences(text: str) -> int:
    """Sentences in ``strip_think(text)`` outside fenced code.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by whitespace (not after a known
    abbreviation such as "e.g." or a single initial), or at a line break; a piece counts only
    when it holds a letter or digit.
    """
    visible = _FENCE_BLOCK_RE.sub("\n", strip_think(text))
    total = 0
    for line in visible.splitlines():
        start = 0
        token_starts: list[int] | None = None
        for m in _SENTENCE_END_RE.finditer(line):
            if m.group().startswith("."):
                # The word before the full stop, found among the line's tokens: slicing the
                # line from ``start`` for it was quadratic when abbreviations kept ``start``
                # in place ("e.g. e.g. e.g. …").
                if token_starts is None:
                    token_spans = [t.span() for t in _TOKEN_RE.finditer(line)]
                    token_starts = [t[0] for t in token_spans]
                k = bisect.bisect_right(token_starts, m.start() - 1) - 1
                last = ""
                if k >= 0 and token_spans[k][0] >= start:
                    last = line[token_spans[k][0] : min(token_spans[k][1], m.start())].lower().strip("(\"'“‘")
                if last in _ABBREVIATIONS or "." in last or (len(last) == 1 and last.isalpha()):
                    continue
            if _ALNUM_RE.search(line, start, m.end()):
                total += 1
            start = m.end()
        if _ALNUM_RE.search(line, start):
            total += 1
    return total

