"""Integrity findings in a provider's answer, found block by block as it streams.

See ``provtui.core.analysis`` for the finding kinds and their shape.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from provtui.core import language
from provtui.core.glue_words import _others_index
from provtui.core.integrity_words import WordChecks, finding as _finding
from provtui.core.code_blocks import CodeBlockTracker
from provtui.core.diff_spans import diff_spans as _diff_spans
from provtui.core.repetition import RepetitionTracker
from provtui.core.text_words import (
    THINK_CLOSE, THINK_OPEN, _LIST_MARKER_RE, _WORD_RE, think_regions,
)

__all__ = ["FINDING_KINDS", "IncrementalAnalyzer", "find_findings", "MAX_FINDINGS", "MAX_FINDINGS_PER_KIND"]

FINDING_KINDS = (
    "glued_words",
    "split_word",
    "leaked_token",
    "leaked_tool_call",
    "inline_reasoning",
    "replacement_char",
    "mojibake",
    "control_char",
    "empty_output",
    "truncated",
    "repetition",
    "broken_code",
    "findings_capped",
)

# --------------------------------------------------------------------------------------------
# Patterns for the findings

# Chat-template and tokenizer special tokens that must never reach the answer text.
_LEAKED_TOKEN_RE = re.compile(
    r"""<\|[A-Za-z0-9_.:\-]{1,40}\|>          # <|im_end|>, <|eot_id|>, <|endoftext|>
      | <｜[^｜\n]{1,40}｜>                    # DeepSeek's full-width bars
      | </?s>                                  # Llama / Mistral sentence markers
      | \[/?INST\] | <<SYS>> | <</SYS>>
      | \[/?(?:AVAILABLE_TOOLS|TOOL_RESULTS|SYSTEM_PROMPT)\]
      | <(?:start|end)_of_turn> | <(?:eos|bos|pad|unk)> | <extra_id_\d{1,3}> | <SPECIAL_\d{1,4}>
    """,
    re.X,
)

# Tool-call syntax from the common chat templates; the value is what closes the call ("\n":
# the call is the rest of the line).
_TOOL_CALL_MARKERS = {
    "<tool_call>": "</tool_call>",
    "<TOOLCALL>": "</TOOLCALL>",
    "<tool_calls>": "</tool_calls>",
    "<|tool_calls_section_begin|>": "<|tool_calls_section_end|>",
    "<|tool_call_begin|>": "<|tool_call_end|>",
    "<｜tool▁calls▁begin｜>": "<｜tool▁calls▁end｜>",
    "<｜tool▁call▁begin｜>": "<｜tool▁call▁end｜>",
    "[TOOL_CALLS]": "\n",
    "<|python_tag|>": "\n",
    "<function=": "</function>",
}
_TAG_RE = re.compile(
    "|".join(re.escape(t) for t in sorted([THINK_OPEN, THINK_CLOSE, *_TOOL_CALL_MARKERS], key=len, reverse=True))
)
_THINK_TAG_RE = re.compile(re.escape(THINK_OPEN) + "|" + re.escape(THINK_CLOSE))

_CONTROL_RE = re.compile(
    "\x1b\\[[0-9;?]*[ -/]*[@-~]"              # ANSI CSI sequence (colours, cursor moves)
    "|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?"  # OSC sequence (titles, hyperlinks)
    "|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]+"
    "|\r(?!\n)"
)
_REPLACEMENT_RE = re.compile("\ufffd+")
_CODE_SPAN_RE = re.compile(r"``[^\n]*?``|`[^`\n]*`")
_MASK_RE = re.compile(
    r"``[^\n]*?``|`[^`\n]*`"                     # inline code
    r"|\b(?:https?|ftp|file)://\S+|\bwww\.\S+"  # URLs
    # Markdown link targets.  A target holds no "](": else every "](" in a long run with no
    # ")" rescans the rest of the run ("](](](…" was quadratic in its length).
    r"|\]\((?:[^)\s\]]|\](?!\())*+\)"
    r"|</?[A-Za-z][^<>\n]*>"                     # HTML tags
)
_MASK_HINT_RE = re.compile(r"[`<\]]|://|www\.")
_FENCE_LINE_RE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
# Cut points for incremental analysis of very long lines (characters from the block start).
_LONG_LINE = 2048
_WIDE_LINE = 8192
_HARD_LINE = 16384
_JOINED_PIECE = 1 << 16
# Findings kept per answer: the first MAX_FINDINGS_PER_KIND of each kind and MAX_FINDINGS in
# all, then one "findings_capped" finding with the count left out.  10 MB of "a\u0001" made
# 5 million control_char findings (a 499 MB session file) before this cap.
MAX_FINDINGS_PER_KIND = 200
MAX_FINDINGS = 1000


# --------------------------------------------------------------------------------------------
# The block scanner: every finding except the ones about the whole text comes from here.


@dataclass(slots=True)
class _State:
    """What a block needs to know about the text before it."""

    in_think: bool = False
    think_start: int = -1
    seen_think_tag: bool = False
    tool_close: str | None = None
    tool_start: int = -1
    fence: str | None = None
    code_line: bool = False
    at_line_start: bool = True
    prev_char: str = "\n"
    english_known: int = 0
    english_total: int = 0
    visible: bool = False
    first_visible: str = ""
    lang_counts: tuple[int, ...] = language.ZERO  # stop words per language so far
    lang_tokens: int = 0
    lang_settled: str = ""  # the language once the counts leave no doubt
    # prose read before the language was told, judged once it is: (masked, base, line start,
    # the character before it) per piece, a tuple (the state is copied for the tail), at most
    # _PENDING_CHARS of it
    pending: tuple[tuple[str, int, bool, str], ...] = ()
    pending_chars: int = 0


@dataclass(slots=True)
class _BlockOut:
    words: int = 0
    findings: list[dict] = field(default_factory=list)
    retro_end: int | None = None  # a first "</think>" made everything before it reasoning
    skipped: int = 0  # findings of kinds already at their cap: counted, not built


class _Scanner(WordChecks):
    def __init__(self, others: Sequence[str], want_findings: bool, slicer: Callable[[int, int], str]):
        self.others = _others_index(tuple(others)) if others else None
        self.want_findings = want_findings
        self.slice = slicer
        self.full: set[str] = set()  # kinds at their cap: not even looked for any more

    def scan(self, block: str, base: int, st: _State) -> _BlockOut:
        if block[-1:] == "\n" and st.tool_close is None and not st.in_think and not block.strip(" \t\n"):
            # A blank line has no word and no finding, and only moves the line state on: the
            # full pass below cost ~9 us for nothing, 9 s on 10 MB of blank lines.
            st.at_line_start, st.code_line, st.prev_char = True, False, "\n"
            return _BlockOut()
        out = _BlockOut()
        n = len(block)
        line_start = st.at_line_start
        if line_start and not st.in_think and st.tool_close is None:
            m = _FENCE_LINE_RE.match(block)
            if m:
                marker = m.group(1)
                if st.fence is None:
                    st.fence = marker
                elif marker[0] == st.fence[0] and len(marker) >= len(st.fence) and not m.group(2).strip():
                    st.fence = None
                st.code_line = True
            else:
                st.code_line = st.fence is not None
        code = st.code_line
        tag_re = _THINK_TAG_RE if code else _TAG_RE
        pieces: list[tuple[int, int, bool]] = []  # (start, end, is_tool_call) of visible text
        pos = 0
        while pos < n:
            if st.in_think:
                c = block.find(THINK_CLOSE, pos)
                if c == -1:
                    break
                end = c + len(THINK_CLOSE)
                self._emit_region(out, "inline_reasoning", st.think_start, base + end, base, block)
                st.in_think = False
                pos = end
                continue
            if st.tool_close is not None:
                closer = st.tool_close
                c = block.find(closer, pos)
                if c == -1:
                    pieces.append((pos, n, True))
                    break
                end = c if closer == "\n" else c + len(closer)
                pieces.append((pos, end, True))
                self._emit_region(out, "leaked_tool_call", st.tool_start, base + end, base, block)
                st.tool_close = None
                pos = end
                continue
            m = tag_re.search(block, pos)
            stop = m.start() if m else n
            if stop > pos:
                pieces.append((pos, stop, False))
            if m is None:
                break
            tag = m.group()
            if tag == THINK_OPEN:
                st.in_think, st.think_start, st.seen_think_tag = True, base + m.start(), True
            elif tag == THINK_CLOSE:
                if not st.seen_think_tag:
                    out.retro_end = base + m.end()
                    pieces.clear()
                    out.findings.clear()
                    st.pending, st.pending_chars = (), 0  # (reasoning: no finding in it)
                    st.visible, st.first_visible = False, ""
                    self._emit_region(out, "inline_reasoning", 0, base + m.end(), base, block)
                elif self.want_findings:
                    out.findings.append(_finding("leaked_token", base + m.start(), tag))
                st.seen_think_tag = True
            else:
                st.tool_close, st.tool_start = _TOOL_CALL_MARKERS[tag], base + m.start()
                pieces.append((m.start(), m.end(), True))
            pos = m.end()

        # Words: on the visible text of the block joined, as strip_think would join it.
        if pieces:
            joined = "".join(block[i:j] for i, j, _ in pieces)
            out.words = len(_WORD_RE.findall(joined))
            if line_start and pieces[0][0] == 0 and _LIST_MARKER_RE.match(joined):
                out.words -= 1
        for i, j, is_tool in pieces:
            piece = block[i:j]
            if not st.visible and piece.strip():
                st.visible = True
                st.first_visible = piece.lstrip()[0]
            if self.want_findings and not is_tool:
                self._scan_piece(piece, base + i, st, code, line_start and i == 0, out)
            stripped = piece.rstrip()
            if stripped:
                st.prev_char = stripped[-1]
        if block.endswith("\n"):
            st.at_line_start, st.code_line, st.prev_char = True, False, "\n"
        else:
            st.at_line_start = False
        return out

    def _emit_region(self, out: _BlockOut, kind: str, start: int, end: int, base: int, block: str) -> None:
        if self.want_findings:
            # The block is not committed yet: text before it comes from the committed blocks.
            text = self.slice(start, base) + block[: end - base] if start < base else block[start - base : end - base]
            out.findings.append(_finding(kind, start, text))

    # ---- one visible piece of prose or code

    def _scan_piece(self, piece: str, base: int, st: _State, code: bool, line_start: bool, out: _BlockOut) -> None:
        fs = out.findings
        if not piece.isascii():
            full = self.full
            mojibake_spans = self._mojibake(piece, base, fs)
            span_starts = [s for s, _ in mojibake_spans]
            if "replacement_char" not in full:
                for m in _REPLACEMENT_RE.finditer(piece):
                    fs.append(_finding("replacement_char", base + m.start(), m.group()))
            else:
                out.skipped += len(_REPLACEMENT_RE.findall(piece))
            if "control_char" in full:
                out.skipped += len(_CONTROL_RE.findall(piece))
            for m in _CONTROL_RE.finditer(piece) if "control_char" not in full else ():
                # The spans are sorted and disjoint: only the last one starting at or before
                # the character can hold it.
                k = bisect.bisect_right(span_starts, base + m.start()) - 1
                if k < 0 or base + m.start() >= mojibake_spans[k][1]:
                    fs.append(_finding("control_char", base + m.start(), m.group()))
        elif "control_char" in self.full:
            out.skipped += len(_CONTROL_RE.findall(piece))
        elif _CONTROL_RE.search(piece):
            for m in _CONTROL_RE.finditer(piece):
                fs.append(_finding("control_char", base + m.start(), m.group()))
        if code:
            return
        if "<" in piece or "[" in piece:
            self._leaked_tokens(piece, base, fs)
        masked = _MASK_RE.sub(lambda m: " " * len(m.group()), piece) if _MASK_HINT_RE.search(piece) else piece
        self._words(masked, base, st, line_start, fs)

    def _mojibake(self, piece: str, base: int, fs: list[dict]) -> list[tuple[int, int]]:
        import ftfy
        import ftfy.badness

        if not ftfy.badness.is_bad(piece):
            return []
        fixed = ftfy.fix_encoding(piece)
        if fixed == piece:
            return []
        spans = []
        for i1, i2, j1, j2 in _diff_spans(piece, fixed):
            if i2 > i1:
                fs.append(_finding("mojibake", base + i1, piece[i1:i2], fixed[j1:j2]))
                spans.append((base + i1, base + i2))
        return spans

    def _leaked_tokens(self, piece: str, base: int, fs: list[dict]) -> None:
        visible = _CODE_SPAN_RE.sub(lambda m: " " * len(m.group()), piece) if "`" in piece else piece
        hits = list(_LEAKED_TOKEN_RE.finditer(visible))
        skip: set[int] = set()
        # "<s>struck</s>" is HTML strikethrough, not a sentence marker: each "<s>" pairs with the
        # first "</s>" after it that is not right against it.  The next "</s>" is found by one
        # backward pass (a forward search per "<s>" was quadratic in "<s><s><s>…").
        next_close = [len(hits)] * (len(hits) + 1)
        for k in range(len(hits) - 1, -1, -1):
            next_close[k] = k if hits[k].group() == "</s>" else next_close[k + 1]
        for k, m in enumerate(hits):
            if m.group() == "<s>":
                j = next_close[k + 1]
                if j < len(hits) and hits[j].start() == m.end():
                    j = next_close[j + 1]
                if j < len(hits):
                    skip.update((k, j))
        for k, m in enumerate(hits):
            if k not in skip:
                fs.append(_finding("leaked_token", base + m.start(), m.group()))


_SENTENCE_CUT_RE = re.compile(r"[.!?][ \t]")
_SPACE_CUT_RE = re.compile(r"[ \t]")


def _next_cut(text: str, pos: int = 0) -> int | None:
    """Where the block starting at ``pos`` ends, or None while it may still grow.

    A block is a line; a very long line is cut after the first sentence end past
    ``_LONG_LINE`` characters, else after any space past ``_WIDE_LINE``, else at
    ``_HARD_LINE``.  The rule depends only on the characters before the cut, so feeding the
    same text in any pieces gives the same blocks.

    Every search stops at ``pos + _HARD_LINE``: no cut can come later, and searching on to the
    end of a multi-megabyte line for each of its blocks made one long line quadratic.
    """
    limit = pos + _HARD_LINE
    nl = text.find("\n", pos, limit)
    # Past the limit a newline would lose to the hard cut, so "not found" is as good.
    end = nl if nl != -1 else len(text)
    cut = nl + 1 if nl != -1 else None
    if end - pos >= _LONG_LINE:
        cands = []
        stop = min(end, limit)
        m = _SENTENCE_CUT_RE.search(text, pos + _LONG_LINE - 2, stop)
        if m:
            cands.append(m.start() + 2)
        m = _SPACE_CUT_RE.search(text, pos + _WIDE_LINE - 1, stop)
        if m:
            cands.append(m.start() + 1)
        if end - pos >= _HARD_LINE:
            cands.append(pos + _HARD_LINE)
        if cands:
            c = min(cands)
            if cut is None or c < cut:
                cut = c
    return cut


class IncrementalAnalyzer:
    """Findings and word count of a streaming answer, updated as deltas arrive.

    ``feed(delta)`` then ``result()`` as often as you like.  Complete lines are analysed once
    and kept; only the unfinished last line is looked at again, so the cost per delta stays
    flat however long the answer grows.  ``result()`` on the whole text equals
    ``find_findings``/``count_words`` on it (both use this class).
    """

    def __init__(self, *, others: Sequence[str] = (), findings: bool = True):
        self._scanner = _Scanner(others, findings, self._slice)
        # Committed text, for the findings that quote a span across blocks: joined into pieces
        # of ~64 kB, since a list entry and an offset per line cost ~70 bytes a line (700 MB
        # for 10 MB of blank lines).
        self._blocks: list[str] = []
        self._starts: list[int] = []
        self._open: list[str] = []  # committed blocks not joined yet, from offset _open_start
        self._open_start = 0
        self._committed = 0
        self._tail = ""
        self._state = _State()
        self._loops = RepetitionTracker() if findings else None
        self._code = CodeBlockTracker() if findings else None
        self._findings: list[dict] = []
        self._kinds: dict[str, int] = {}
        self._dropped = 0
        self._words = 0

    @property
    def held(self) -> tuple[int, int]:
        """Prose waiting for the answer's language to be plain: (pieces, characters)."""
        return len(self._state.pending), self._state.pending_chars

    def _keep(self, found: list[dict], into: list[dict], kinds: dict[str, int]) -> int:
        """Append what the caps allow of ``found`` to ``into``; returns the number dropped."""
        dropped = 0
        for f in found:
            k = f["kind"]
            n = kinds.get(k, 0)
            if n >= MAX_FINDINGS_PER_KIND or len(into) >= MAX_FINDINGS:
                dropped += 1
            else:
                kinds[k] = n + 1
                into.append(f)
                if n + 1 >= MAX_FINDINGS_PER_KIND:
                    self._scanner.full.add(k)
        return dropped

    def feed(self, delta: str) -> None:
        if not delta:
            return
        tail = self._tail + delta
        pos = 0
        while True:
            cut = _next_cut(tail, pos)
            if cut is None:
                break
            self._commit(tail[pos:cut])
            pos = cut
        self._tail = tail[pos:] if pos else tail

    def _commit(self, block: str) -> None:
        base = self._committed
        prose = not self._state.in_think and self._state.tool_close is None
        out = self._scanner.scan(block, base, self._state)
        if out.retro_end is not None:
            self._findings, self._words, self._kinds, self._dropped = [], 0, {}, 0
            self._scanner.full.clear()
        self._dropped += self._keep(out.findings, self._findings, self._kinds) + out.skipped
        self._words += out.words
        self._open.append(block)
        self._committed += len(block)
        if self._loops is not None and self._code is not None:
            extra = self._code.feed(block, base, prose=prose)
            extra += self._loop_findings(self._loops.feed(block, base, prose=prose))
            if extra:
                self._dropped += self._keep(extra, self._findings, self._kinds)
        if self._committed - self._open_start >= _JOINED_PIECE:
            self._join_open()

    def _loop_findings(self, spans: list[tuple[int, int, int]]) -> list[dict]:
        return [{"kind": "repetition", "start": a, "end": b, "text": self._slice(a, b),
                 "suggestion": self._slice(a, c)} for a, b, c in spans]

    def _join_open(self) -> None:
        if self._open:
            self._blocks.append("".join(self._open))
            self._starts.append(self._open_start)
            self._open = []
            self._open_start = self._committed

    def _slice(self, start: int, end: int) -> str:
        """Text between two offsets, across the committed blocks and the tail."""
        self._join_open()
        parts = []
        k = max(bisect.bisect_right(self._starts, start) - 1, 0)
        while k < len(self._blocks) and self._starts[k] < end:
            s = self._starts[k]
            parts.append(self._blocks[k][max(start - s, 0) : end - s])
            k += 1
        if end > self._committed:
            parts.append(self._tail[max(start - self._committed, 0) : end - self._committed])
        return "".join(parts)

    @property
    def length(self) -> int:
        return self._committed + len(self._tail)

    def result(self, *, streaming: bool = False) -> dict:
        """Words and findings of the text so far.  ``streaming``: more text is coming, so a
        word the text ends in may be unfinished ("trouven" of "trouvent") and gets no glued or
        split finding yet."""
        st = replace(self._state)
        findings, words = list(self._findings), self._words
        kinds, dropped = dict(self._kinds), self._dropped
        if self._tail:
            out = self._scanner.scan(self._tail, self._committed, st)
            if out.retro_end is not None:
                findings, words, kinds, dropped = [], 0, {}, 0
            dropped += self._keep(out.findings, findings, kinds) + out.skipped
            words += out.words
        if st.pending:
            # the end of the answer so far: what waited for its language is judged by all of it
            held: list[dict] = []
            self._scanner.flush_pending(st, language.decide_held(st.lang_counts, st.lang_tokens), held)
            dropped += self._keep(held, findings, kinds)
        if self._loops is not None and self._code is not None:
            prose = not self._state.in_think and self._state.tool_close is None
            loops = self._loops.copy()
            spans = loops.feed(self._tail, self._committed, prose=prose) if self._tail else []
            extra = self._loop_findings(spans + loops.finish())
            if self._tail:
                extra += self._code.peek_end(self._tail, self._committed)
            dropped += self._keep(extra, findings, kinds)
        total = self.length
        if self._scanner.want_findings:
            if st.in_think:
                findings.append(_finding("inline_reasoning", st.think_start, self._slice(st.think_start, total)))
            if st.tool_close is not None:
                findings.append(_finding("leaked_tool_call", st.tool_start, self._slice(st.tool_start, total)))
            if not st.visible:
                findings.append(_finding("empty_output", 0, self._slice(0, total)))
            elif st.first_visible in "{[" and total <= 20_000:
                findings.extend(_bare_tool_call(self._slice(0, total)))
            findings.sort(key=lambda f: (f["start"], f["end"]))
            if streaming and total and self._slice(total - 1, total).isalnum():
                findings = [f for f in findings if f["end"] < total or f["kind"] not in ("glued_words", "split_word")]
            if dropped:
                findings.append({"kind": "findings_capped", "start": 0, "end": 0, "text": "",
                                 "suggestion": "", "count": dropped,
                                 "detail": f"{dropped} more findings not listed (the first "
                                           f"{MAX_FINDINGS_PER_KIND} of each kind and "
                                           f"{MAX_FINDINGS} in all are kept)"})
        return {"words": words, "findings": findings}


def _bare_tool_call(text: str) -> list[dict]:
    """A whole answer that is only ``{"name": ..., "arguments": ...}`` is a tool call as text."""
    regions = think_regions(text)
    start = regions[0][1] if regions and regions[0][0] == 0 else 0
    body = text[start:]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        # RecursionError: "[[[[…" nested deeper than the parser goes is not a tool call either.
        return []
    calls = value if isinstance(value, list) else [value]
    if calls and all(isinstance(c, dict) and isinstance(c.get("name"), str)
                     and ("arguments" in c or "parameters" in c) for c in calls):
        return [_finding("leaked_tool_call", start + lead, body)]
    return []


def find_findings(text: str, *, others: Sequence[str] = ()) -> list[dict]:
    """Integrity findings in ``text``; offsets index ``text`` itself.

    ``others`` are the other panes' answers to the same prompt: a token another provider wrote
    as two words is flagged as glued on that evidence alone, and a token another provider also
    wrote is never flagged.
    """
    # A pane passed among its own "others" would vouch for every one of its glued words.
    analyzer = IncrementalAnalyzer(others=[o for o in others if o is not text and o != text])
    analyzer.feed(text)
    return analyzer.result()["findings"]

