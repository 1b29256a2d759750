"""``repetition``: a degenerate loop, the same span over and over.

A badly quantized model or a broken chat template falls into a loop: the same sentence again
and again, or one token repeated dozens of times ("the the the …").  Writers repeat on purpose
too: a refrain comes back between other lines, a list repeats its prefix ("- Price: …"), a
song goes "row, row, row your boat", a table or code repeats lines.  So a loop is only:

- the same clause (text between ``.!?;:,`` or line ends, compared lower-cased with spaces
  collapsed), or the same cycle of up to ``MAX_CYCLE`` clauses (a paragraph), repeated
  ``MIN_CLAUSE_REPEATS`` times in a row with nothing else between (``MIN_SHORT_CLAUSE_REPEATS``
  when one turn is shorter than ``SHORT_CYCLE`` characters, ``MIN_LONG_CYCLE_REPEATS`` when it
  is ``LONG_CYCLE`` or longer); a clause's last position is kept in a dict, so each clause
  costs O(1) whatever the period; or
- the same word, or cycle of two to six words, ``MIN_WORD_REPEATS`` times in a row
  (``MIN_PHRASE_REPEATS`` for a cycle of several words), inside one clause, however long
  (a loop across the cuts of a very long line is one finding).

Fenced code, table rows (lines starting with "|") and ``<think>`` blocks are not looked at.
One pass, a few comparisons per clause and word: linear in the text.  The finding spans the
whole loop; its suggestion is one turn of the cycle.
"""

from __future__ import annotations

import re

__all__ = ["RepetitionTracker"]

MIN_CLAUSE_REPEATS = 4
MIN_SHORT_CLAUSE_REPEATS = 6
SHORT_CYCLE = 20
MIN_WORD_REPEATS = 16
MIN_PHRASE_REPEATS = 10
MAX_CYCLE = 64  # clauses in one turn of a loop (a looping paragraph)
LONG_CYCLE = 200
MIN_LONG_CYCLE_REPEATS = 3
_SEEN_LIMIT = 50_000
WORD_PERIODS = 6

_CLAUSE_RE = re.compile(r"[^.!?;:,\n]*[^.!?;:,\n\s][^.!?;:,\n]*[.!?;:,]*")
_ALNUM_RE = re.compile(r"[^\W_]")
_TOKEN_RE = re.compile(r"\S+")
_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
_PUNCT = ".,;:!?\"'()[]*_“”‘’«»"
_PUNCT_SPACE = _PUNCT + " "


class RepetitionTracker:
    """Fed the text line by line (``feed(line, offset)``); returns ``(start, end, cycle_end)``
    spans of finished loops, and ``finish()`` the one still running at the end."""

    __slots__ = ("_at_line_start", "_fence", "_spans", "_norms", "_seen", "_idx", "_d", "_run", "_start",
                 "_cycle_end", "_end", "_last_end", "_pending", "_fresh")

    def __init__(self) -> None:
        self._at_line_start = True
        self._fence: str | None = None
        self._spans: list[tuple[int, int]] = []  # (start, end) of the last MAX_CYCLE clauses
        self._norms: list[str] = []  # and their text
        self._seen: dict[str, int] = {}  # clause -> index where it was last seen
        self._idx = 0
        self._d = 0  # period of the running loop (clauses), 0 for none
        self._run = self._start = self._cycle_end = self._end = 0
        self._last_end = -1  # end of the last loop reported: no overlapping second report
        # a word loop running to the end of a block cut inside a long line: it may go on in
        # the next block, so it is reported when it stops (one finding, not one per block)
        self._pending: tuple[int, int, int] | None = None
        self._fresh = False

    def copy(self) -> RepetitionTracker:
        other = RepetitionTracker.__new__(RepetitionTracker)
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        other._spans, other._norms, other._seen = list(self._spans), list(self._norms), dict(self._seen)
        # _pending is a tuple: shared safely
        return other

    def feed(self, block: str, offset: int, *, prose: bool = True) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        line_start, self._at_line_start = self._at_line_start, block.endswith("\n")
        if line_start:
            m = _FENCE_RE.match(block)
            if m and prose:
                if self._fence is None:
                    self._fence = m.group(1)
                elif m.group(1)[0] == self._fence[0] and len(m.group(1)) >= len(self._fence):
                    self._fence = None
                self._break(found)
                return found
        if self._fence is not None or not prose or (line_start and block.lstrip().startswith("|")):
            if block.strip():
                self._break(found)
            return found
        self._fresh = False
        cut = not block.endswith("\n")
        tail = len(block.rstrip())
        push = self._push
        for m in _CLAUSE_RE.finditer(block):
            clause = m.group()
            norm = " ".join(clause.lower().split()).strip(_PUNCT_SPACE)
            if not norm or not _ALNUM_RE.search(norm):
                continue
            push(norm, offset + m.start() + (len(clause) - len(clause.lstrip())), offset + m.end(), found)
            if clause.count(" ") >= MIN_WORD_REPEATS - 1:
                # words repeated inside one clause: "the the the", "round and round and round"
                self._words(clause, offset + m.start(), found, cut and m.end() >= tail)
        if self._pending is not None and not self._fresh:
            self._emit(self._pending, found)
            self._pending = None
        return found

    def finish(self) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        if self._pending is not None:
            self._emit(self._pending, found)
            self._pending = None
        self._break(found)
        return found

    def _emit(self, loop: tuple[int, int, int], found: list) -> None:
        if loop[0] >= self._last_end:
            self._last_end = loop[1]
            found.append(loop)

    # ---- clauses: a clause seen d clauses ago, like the one before it, continues a loop of period d

    def _push(self, norm: str, start: int, end: int, found: list) -> None:
        idx = self._idx
        d = idx - self._seen.get(norm, -MAX_CYCLE - 1)
        if self._d and len(self._norms) >= self._d and self._norms[-self._d] == norm:
            # the loop goes on (its turn may hold a clause twice: "row, row, row your boat")
            self._run += 1
            self._end = end
        else:
            self._report(found)
            if d <= MAX_CYCLE:
                self._d, self._run, self._end = d, 1, end
                self._start = self._spans[-d][0]
                self._cycle_end = self._spans[-1][1]
            else:
                self._d = self._run = 0
        if len(self._seen) >= _SEEN_LIMIT:
            self._seen.clear()
        self._seen[norm] = idx
        self._idx = idx + 1
        self._spans.append((start, end))
        self._norms.append(norm)
        if len(self._spans) > MAX_CYCLE:
            del self._spans[0]
            del self._norms[0]

    def _report(self, found: list) -> None:
        d, run = self._d, self._run
        self._d = self._run = 0
        if not d:
            return
        reps = run // d + 1
        start, cycle_end, end = self._start, self._cycle_end, self._end
        size = cycle_end - start
        need = (MIN_SHORT_CLAUSE_REPEATS if size < SHORT_CYCLE
                else MIN_LONG_CYCLE_REPEATS if size >= LONG_CYCLE else MIN_CLAUSE_REPEATS)
        if reps < need or start < self._last_end:
            return
        self._last_end = end
        found.append((start, end, cycle_end))

    def _break(self, found: list) -> None:
        self._report(found)
        self._spans.clear()
        self._norms.clear()
        self._seen.clear()

    # ---- words on one line

    def _words(self, clause: str, offset: int, found: list, at_end: bool) -> None:
        toks = clause.split()
        n = len(toks)
        norm = [t.strip(_PUNCT).lower() for t in toks]
        spans = None
        for p in range(1, WORD_PERIODS + 1):
            need = (MIN_WORD_REPEATS if p == 1 else MIN_PHRASE_REPEATS) - 1
            if n - p < need * p:
                break
            eq = bytes(a == b and a != "" for a, b in zip(norm, norm[p:]))
            for m in re.finditer(b"\x01{%d,}" % (need * p), eq):
                if spans is None:
                    spans = [t.span() for t in _TOKEN_RE.finditer(clause)]
                i, j = m.start(), m.end() + p - 1  # tokens i .. j (inclusive) are the loop
                loop = (offset + spans[i][0], offset + spans[j][1], offset + spans[i + p - 1][1])
                pending = self._pending
                if pending is not None and loop[0] - pending[1] <= 2 * (pending[2] - pending[0]) + 2:
                    loop = (pending[0], loop[1], pending[2])  # the same loop across a cut
                    self._pending = None
                if at_end and j == n - 1:
                    self._pending, self._fresh = loop, True
                else:
                    self._emit(loop, found)
