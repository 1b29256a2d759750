"""Where answers diverge and how tool chains line up: pure logic, no terminal.

Two questions follow "here are N answers side by side":

* *Where exactly do two answers differ?*  :func:`diff_words` compares an answer with a
  reference answer word by word (``difflib`` on word tokens that keep their character
  offsets), so a view can highlight the divergent words in place, jump to the first one, and
  map a position in one answer to the aligned position in the other (synchronised scrolling).
* *Did the targets call the same tools with the same arguments?*  :func:`align_chains` puts
  the tool chains of several runs into rows of steps, and :func:`compare_row` says which cells
  of a row differ.

Cost: ``SequenceMatcher`` is quadratic in the worst case, so long answers are diffed in two
levels (lines first, then words inside the lines that differ), blocks that are still large use
difflib's popular-token heuristic (``autojunk``), and at most :data:`MAX_TOKENS` tokens per
side are compared at all (the rest is reported as ``truncated``).  Measured on this machine:
5,000 words a side in about 0.1 s, 50,000 in about 2 s; callers run it in a worker thread.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

__all__ = [
    "Token",
    "DiffSpan",
    "WordDiff",
    "tokenize",
    "diff_words",
    "align_chains",
    "compare_row",
    "EXACT_LIMIT",
    "MAX_TOKENS",
]

EXACT_LIMIT = 25_000_000
"""Largest ``len(a) * len(b)`` (in tokens) diffed without difflib's autojunk heuristic: about
5,000 words a side, a few tenths of a second."""
MAX_TOKENS = 120_000
"""Tokens per side that are compared at all; beyond that the diff says ``truncated``."""

# A word keeps its inner apostrophes and hyphens ("don't", "state-of-charge"); every other
# non-space character is a token of its own, so "healthy." and "healthy" differ only in ".".
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, limit: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text`` with their ``[start, end)`` offsets."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        out.append(Token(m.group(), m.start(), m.end()))
        if limit is not None and len(out) >= limit:
            break
    return out


@dataclass(frozen=True, slots=True)
class DiffSpan:
    """One opcode of the diff, in characters.  ``op``: equal | replace | delete | insert.

    ``ref_start``/``ref_end`` index the reference text, ``start``/``end`` the other text.  A
    ``delete`` (words only the reference has) is empty in the other text (``start == end``,
    the point where they are missing); an ``insert`` is empty in the reference."""

    op: str
    ref_start: int
    ref_end: int
    start: int
    end: int
    ref_words: int = 0
    words: int = 0


@dataclass
class WordDiff:
    """An answer compared with a reference answer."""

    spans: list[DiffSpan]
    ref_length: int
    length: int
    truncated: bool = False
    """True when the texts had more than MAX_TOKENS tokens: only the start was compared."""
    _starts: list[int] = field(default_factory=list, repr=False)
    _ref_starts: list[int] = field(default_factory=list, repr=False)
    _by_ref: list[DiffSpan] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.spans]
        self._by_ref = sorted(self.spans, key=lambda s: (s.ref_start, s.start))
        self._ref_starts = [s.ref_start for s in self._by_ref]

    @property
    def divergences(self) -> list[DiffSpan]:
        return [s for s in self.spans if s.op != "equal"]

    @property
    def first_divergence(self) -> DiffSpan | None:
        return next((s for s in self.spans if s.op != "equal"), None)

    @property
    def identical(self) -> bool:
        return not self.divergences

    @property
    def counts(self) -> dict[str, int]:
        """Divergent spans by op (replace, insert, delete)."""
        c = Counter(s.op for s in self.spans if s.op != "equal")
        return {op: c.get(op, 0) for op in ("replace", "insert", "delete")}

    @property
    def similarity(self) -> float:
        """Share of words in common: 2 x equal words / (words of both); 1.0 for two empties."""
        equal = sum(s.words for s in self.spans if s.op == "equal")
        total = sum(s.words + s.ref_words for s in self.spans)
        return 1.0 if total == 0 else 2 * equal / total

    def to_reference(self, offset: int) -> int:
        """The position in the reference aligned with ``offset`` in the other text."""
        return _map(offset, self.spans, self._starts, "start", "end", "ref_start", "ref_end",
                    self.length, self.ref_length)

    def from_reference(self, ref_offset: int) -> int:
        """The position in the other text aligned with ``ref_offset`` in the reference."""
        return _map(ref_offset, self._by_ref, self._ref_starts, "ref_start", "ref_end",
                    "start", "end", self.ref_length, self.length)

    def next_divergence(self, after: int) -> DiffSpan | None:
        """The first divergent span starting after ``after`` (wrapping to the first)."""
        divs = self.divergences
        for s in divs:
            if s.start > after:
                return s
        return divs[0] if divs else None


def _map(offset: int, spans: Sequence[DiffSpan], starts: list[int], a0: str, a1: str,
         b0: str, b1: str, a_len: int, b_len: int) -> int:
    """Piecewise-linear map from one text's offsets to the other's through the spans; gaps
    between spans (whitespace) map proportionally to the gap on the other side."""
    if not spans:
        return 0 if a_len == 0 else round(offset * b_len / a_len)
    i = bisect_right(starts, offset) - 1
    if i < 0:
        first = spans[0]
        return min(getattr(first, b0), round(offset * getattr(first, b0)
                                             / max(1, getattr(first, a0))))
    s = spans[i]
    sa0, sa1, sb0, sb1 = getattr(s, a0), getattr(s, a1), getattr(s, b0), getattr(s, b1)
    if offset <= sa1:
        if sa1 == sa0:
            return sb0
        return sb0 + round((offset - sa0) * (sb1 - sb0) / (sa1 - sa0))
    # in the gap after span i: up to the next span's start (or the end of the text)
    if i + 1 < len(spans):
        na0, nb0 = getattr(spans[i + 1], a0), getattr(spans[i + 1], b0)
    else:
        na0, nb0 = a_len, b_len
    if na0 <= sa1:
        return sb1
    return sb1 + round((offset - sa1) * max(0, nb0 - sb1) / (na0 - sa1))


def _opcodes(a: Sequence[Any], b: Sequence[Any]) -> list[tuple[str, int, int, int, int]]:
    autojunk = len(a) * len(b) > EXACT_LIMIT
    return SequenceMatcher(None, a, b, autojunk=autojunk).get_opcodes()


def _token_opcodes(a: list[Token], b: list[Token], a_text: str, b_text: str,
                   fold: bool) -> list[tuple[str, int, int, int, int]]:
    key_a = [t.text.casefold() if fold else t.text for t in a]
    key_b = [t.text.casefold() if fold else t.text for t in b]
    if len(a) * len(b) <= EXACT_LIMIT:
        return _opcodes(key_a, key_b)
    # Two levels: lines first (long answers that share most lines, such as repeats of one
    # provider, then cost almost nothing), then words inside each block of differing lines.
    a_lines = _line_groups(a, a_text)
    b_lines = _line_groups(b, b_text)
    out: list[tuple[str, int, int, int, int]] = []
    line_keys_a = [tuple(key_a[i:j]) for i, j in a_lines]
    line_keys_b = [tuple(key_b[i:j]) for i, j in b_lines]
    for op, i1, i2, j1, j2 in _opcodes(line_keys_a, line_keys_b):
        ta0 = a_lines[i1][0] if i1 < len(a_lines) else len(a)
        ta1 = a_lines[i2 - 1][1] if i2 > i1 else ta0
        tb0 = b_lines[j1][0] if j1 < len(b_lines) else len(b)
        tb1 = b_lines[j2 - 1][1] if j2 > j1 else tb0
        if op == "equal":
            out.append(("equal", ta0, ta1, tb0, tb1))
            continue
        if ta1 == ta0 or tb1 == tb0:
            out.append(("insert" if ta1 == ta0 else "delete", ta0, ta1, tb0, tb1))
            continue
        for sub in _opcodes(key_a[ta0:ta1], key_b[tb0:tb1]):
            out.append((sub[0], ta0 + sub[1], ta0 + sub[2], tb0 + sub[3], tb0 + sub[4]))
    return _merge(out)


def _line_groups(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """``[start, end)`` token index ranges, one per line of ``text`` that has tokens."""
    groups: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or "\n" in text[tokens[i - 1].end:tokens[i].start]:
            groups.append((start, i))
            start = i
    return groups


def _merge(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Adjacent opcodes of the same kind become one; adjacent non-equal ones one replace."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out:
            prev = out[-1]
            if prev[0] == op[0] == "equal" or (prev[0] != "equal" and op[0] != "equal"):
                a_changed = prev[1] != prev[2] or op[1] != op[2]
                b_changed = prev[3] != prev[4] or op[3] != op[4]
                kind = ("equal" if op[0] == "equal" else
                        "replace" if a_changed and b_changed else
                        "delete" if a_changed else "insert")
                out[-1] = (kind, prev[1], op[2], prev[3], op[4])
                continue
        out.append(op)
    return out


def diff_words(reference: str, other: str, *, ignore_case: bool = False,
               max_tokens: int = MAX_TOKENS) -> WordDiff:
    """``other`` compared with ``reference`` word by word.

    Every token of both texts lies in exactly one span, spans are in text order on both
    sides, and the equal spans hold equal words.  ``ignore_case`` compares casefolded words.
    """
    a = tokenize(reference, max_tokens + 1)
    b = tokenize(other, max_tokens + 1)
    truncated = len(a) > max_tokens or len(b) > max_tokens
    a, b = a[:max_tokens], b[:max_tokens]
    ref_len, length = len(reference), len(other)
    if truncated:
        # only the compared start counts as text; the rest is outside the diff
        ref_len = a[-1].end if a else 0
        length = b[-1].end if b else 0
    spans: list[DiffSpan] = []
    for op, i1, i2, j1, j2 in _token_opcodes(a, b, reference, other, ignore_case):
        # an empty side is the point right after the previous word (the gap where the
        # missing words would be), so spans stay in order on both sides
        ra, rb = ((a[i1].start, a[i2 - 1].end) if i2 > i1
                  else ((a[i1 - 1].end if i1 else 0),) * 2)
        oa, ob = ((b[j1].start, b[j2 - 1].end) if j2 > j1
                  else ((b[j1 - 1].end if j1 else 0),) * 2)
        spans.append(DiffSpan(op, ra, rb, oa, ob, ref_words=i2 - i1, words=j2 - j1))
    return WordDiff(spans, ref_len, length, truncated)


# ---------------------------------------------------------------------------- tool chains


def align_chains(chains: Sequence[Sequence[str]]) -> list[list[int | None]]:
    """Rows of aligned steps: ``rows[k][c]`` is the index of chain ``c``'s call in step ``k``,
    or None when that chain has no call there.

    The rule: chains of equal length align by position (step k is every chain's k-th call).
    Otherwise the longest chain (the first of the longest) is the spine and every other chain
    is aligned to the rows built so far by tool name: the longest common subsequence of names
    (difflib) pins calls of the same tool to the same row, so a one-call chain's
    ``list_vehicles`` sits beside the long chain's ``list_vehicles``; calls between two pinned
    names fill the rows between them in order, and new rows are inserted for calls that do
    not fit.  Call order within every chain is always kept.
    """
    m = len(chains)
    if m == 0:
        return []
    lengths = [len(c) for c in chains]
    if len(set(lengths)) <= 1:
        return [[k] * m for k in range(lengths[0] if lengths else 0)]
    spine = max(range(m), key=lambda c: (lengths[c], -c))
    rows: list[list[int | None]] = [[None] * m for _ in range(lengths[spine])]
    for k, row in enumerate(rows):
        row[spine] = k
    for c in range(m):
        if c == spine or not chains[c]:
            continue
        keys = [_row_name(row, chains) for row in rows]
        new_rows: list[list[int | None]] = []
        for op, i1, i2, j1, j2 in SequenceMatcher(None, keys, list(chains[c]),
                                                  autojunk=False).get_opcodes():
            block = rows[i1:i2]
            items = list(range(j1, j2))
            if op == "equal":
                for row, j in zip(block, items):
                    row[c] = j
                new_rows.extend(block)
                continue
            # replace / insert / delete: in order, as many as fit, then rows of their own
            for k, row in enumerate(block):
                if k < len(items):
                    row[c] = items[k]
            new_rows.extend(block)
            for j in items[len(block):]:
                row = [None] * m
                row[c] = j
                new_rows.append(row)
        rows = new_rows
    return rows


def _row_name(row: list[int | None], chains: Sequence[Sequence[str]]) -> str:
    for c, j in enumerate(row):
        if j is not None:
            return chains[c][j]
    return ""


def compare_row(cells: Sequence[tuple[str, str] | None]) -> list[str]:
    """For one step, each cell compared with the row's usual call (the most common
    ``(name, canonical arguments)``, ties to the earliest column): ``same``, ``args`` (same
    tool, other arguments), ``name`` (another tool) or ``missing`` (no call in this step)."""
    present = [c for c in cells if c is not None]
    if not present:
        return ["missing"] * len(cells)
    counts = Counter(present)
    best = max(counts.values())
    usual = next(c for c in present if counts[c] == best)
    out = []
    for cell in cells:
        if cell is None:
            out.append("missing")
        elif cell == usual:
            out.append("same")
        elif cell[0] == usual[0]:
            out.append("args")
        else:
            out.append("name")
    return out
