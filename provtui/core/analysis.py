"""Word counts, text integrity findings and checks for a provider's answer.

Providers corrupt text in ways a reader misses: a streaming detokenizer drops the space between
two words ("soulsbeneath") or puts one inside a word ("rhythm ically"), chat-template tokens
leak (``<|im_end|>``, ``</s>``), a tool call arrives as text, reasoning arrives inline as
``<think>``, bytes decode wrongly (U+FFFD, "cafÃ©").  This module finds those, counts words
the way people count them and scores instruction-following checks.  It never imports a UI
library and loads its word lists on first use (see ``integrity_lexicon``).

Words
    A word is a run of characters between whitespace (em and en dashes also separate words)
    that holds at least one letter or digit.  So a hyphenated word ("state-of-the-art"), a
    contraction ("don't"), a number ("3.5", "34K", "$4.63"), a URL or an identifier counts
    once; punctuation, emoji and markdown markers ("#", "-", "*", "|", ">") do not count, nor
    does an ordered-list marker ("1.", "2)") at the start of a line.  ``<think>`` blocks are left
    out (``strip_think``).  Scripts written without spaces (Chinese, Japanese) count one word
    per run.

Findings
    ``{"kind", "start", "end", "text", "suggestion"}``; ``start``/``end`` are Python string
    indices into the text given (never the stripped one) and ``text == given[start:end]``.
    ``suggestion`` is the replacement text: the words with the space for ``glued_words``, the
    joined word for ``split_word``, the repaired characters for ``mojibake``, and "" where the
    right fix is to remove the span (leaked tokens, tool calls, reasoning, control characters,
    U+FFFD whose lost bytes cannot be known).

    Token checks (glued_words, split_word, leaked_token) skip fenced and inline code, URLs,
    HTML tags, markdown link targets and ``<think>`` blocks.  Glued and split words are judged
    only in English text (most words known to wordfreq).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Sequence

__all__ = [
    "FINDING_KINDS",
    "strip_think",
    "think_regions",
    "count_words",
    "count_sentences",
    "find_findings",
    "run_checks",
    "validate_check_specs",
    "tool_coverage",
    "analyze",
    "IncrementalAnalyzer",
    "analyze_cli",
    "warm_up",
]

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
)

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
# One prose word with the punctuation around it, alone between whitespace or dashes: anything
# with a digit, "_", ".", "/", "@", "#" inside is an identifier, path, number or handle.
_CHUNK_RE = re.compile(
    r"(?<![^\s—–])([\"'“‘(\[*_~]*)"
    r"([A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*)"
    r"([\"'”’)\]*_~.,;:!?…]*)(?=[\s—–]|$)"
)
_PART_RE = re.compile(r"[A-Za-z]+")
_LETTER_RUN_RE = re.compile(r"[a-z]+")
# Lower-case words of three letters or more, for the share of known English words.
_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z0-9_])[a-z]{3,}(?![A-Za-z0-9_])")

# Glued-word thresholds (Zipf units).  See tests/bench/bench_integrity.py for how they score.
_COMMON_ZIPF = 4.0        # a word this frequent is never a glued pair
_KNOWN_MARGIN = 2.5       # a known token ("ofthe") must be this much rarer than its split
_RARE_KNOWN_MARGIN = 1.5  # ... or, when barely known ("callit", "doesnot"), this much
_PART_MIN_ZIPF = 2.5      # each content part of a glued pair must be a word people use
_SHORT_PART_MIN_ZIPF = 3.3  # ... and a three-letter one a common word
_BARE_INITIAL_MIN_ZIPF = 4.5  # ... and both this common when capitalised ("Sametraining")
_BARE_PAIR_MIN_ZIPF = 3.0  # two uninflected content words ("batteryhealth") need both this common
_WEAK_ZIPF = 2.5          # below this a piece is a fragment, not a word ("ically", "ocea")
_FOREIGN_MIN_ZIPF = 2.5   # a word this common in another language is that word, not a glue
_JOIN_MIN_ZIPF = 3.0      # a split word must join into a common word ...
_RARE_PIECE_ZIPF = 1.5    # a piece this rare is surely a fragment ("ically")
_SURE_JOIN_MIN_ZIPF = 2.0  # ... or into a known one when a piece is surely a fragment
_ENGLISH_MIN_SHARE = 0.6  # below this share of known words the text is not English
_ENGLISH_MIN_TOKENS = 12

# Cut points for incremental analysis of very long lines (characters from the block start).
_LONG_LINE = 2048
_WIDE_LINE = 8192
_HARD_LINE = 16384
_JOINED_PIECE = 1 << 16


def warm_up() -> None:
    """Load the word lists now so the first finding does not wait for them."""
    from provtui.core import integrity_lexicon

    integrity_lexicon.warm_up()
    _strong_pieces()


# --------------------------------------------------------------------------------------------
# Glued and split words: decisions on one lower-case word (cached, context-free)


_LEXICON = None


def _lexicon():
    global _LEXICON
    if _LEXICON is None:
        from provtui.core import integrity_lexicon

        _LEXICON = integrity_lexicon
    return _LEXICON


@lru_cache(maxsize=1)
def _strong_pieces() -> frozenset[str]:
    """Lower-case words that are never a fragment (``_weak`` is False for every one)."""
    lex = _lexicon()
    words = {w for w in lex.english_words_at_least(_WEAK_ZIPF + 0.5) if len(w) >= 3}
    words |= {w for w in lex.english_words_at_least(_WEAK_ZIPF) if len(w) >= 4}
    words |= lex.FUNCTION_WORDS | lex.TWO_LETTER_WORDS | {"a", "i"}
    return frozenset(words - _BOUND_ENDINGS)


def _is_part(x: str) -> bool:
    lex = _lexicon()
    if len(x) == 1:
        return x == "a"
    if len(x) == 2:
        return x in lex.TWO_LETTER_WORDS
    if x in lex.FUNCTION_WORDS:
        return True
    return lex.zipf(x) >= (_SHORT_PART_MIN_ZIPF if len(x) == 3 else _PART_MIN_ZIPF)


_INFLECTIONS = ("s", "ed", "ing", "ly", "ous", "ful", "less", "ive", "est")
# Endings that make a word of a word: a token that is a known word plus one of these is that
# word inflected ("logits" = "logit" + "s"), not two words glued ("log its").
_WORD_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def _inflected(x: str) -> bool:
    # A first part that is plural, past, a gerund or an adverb is a phrase word, not a
    # compound's modifier ("soulsbeneath", "wanderingsouls", "quicklyadded").
    return len(x) >= 4 and x.endswith(_INFLECTIONS) and not x.endswith("ss")


@lru_cache(maxsize=100_000)
def _glue_split(word: str, mode: str = "lower") -> tuple[int, ...] | None:
    """Where to put spaces in a lower-cased ``word`` that is two or three glued words, or None.

    ``mode`` says how the word was written: "lower" (all lower case), "initial" (capitalised
    at the start of a sentence, line or table cell: as likely a name, so two bare content words
    are not enough) or "name" (capitalised inside a sentence: only a name followed by a
    function word, "Parisis" -> "Paris is").
    """
    lex = _lexicon()
    n = len(word)
    if n < 4 or n > 40:
        return None
    zt = lex.zipf(word)
    if zt >= _COMMON_ZIPF or (mode == "name" and zt > 0.0):
        return None
    best: tuple[int, ...] | None = None
    best_score = -1.0
    for i in range(1, n):
        a, b = word[:i], word[i:]
        if not (_is_part(a) and _is_part(b)):
            continue
        score = _pair_score(a, b, zt, mode)
        if score is not None and score > best_score:
            best, best_score = (i,), score
    if best is None and zt == 0.0 and n >= 9 and mode == "lower":
        # Two dropped spaces in a row ("secretstowandering"): a word, then a glued pair.
        for i in range(3, n - 5):
            a = word[:i]
            if not _is_part(a) or lex.zipf(a) < _PART_MIN_ZIPF or a in lex.PREFIXES:
                continue
            rest = _glue_split(word[i:], "lower")
            if rest is not None and len(rest) == 1 and lex.zipf(word[i:]) == 0.0:
                best = (i, i + rest[0])
                break
    if best is None or zt > 0.0:
        return best
    # Guards for unknown tokens, in order of cost.
    for ending in _WORD_ENDINGS:
        if word.endswith(ending) and lex.zipf(word[: -len(ending)]) >= 1.5:
            return None  # an inflected word the list lacks ("logits")
    if _fragment_of_word(word):
        return None
    if lex.is_code_word(word):
        return None
    if lex.zipf_foreign(word) >= _FOREIGN_MIN_ZIPF and not _plainly_english(word, best):
        return None
    return best


def _plainly_english(word: str, split: tuple[int, ...]) -> bool:
    """A common English word plus an English function word ("referto") is English, even when
    another language happens to have the same letters as a word."""
    lex = _lexicon()
    bounds = (0, *split, len(word))
    parts = [word[i:j] for i, j in zip(bounds, bounds[1:])]
    has_function = any(p in lex.FUNCTION_WORDS and len(p) >= 2 for p in parts)
    return has_function and all(p in lex.FUNCTION_WORDS or lex.zipf(p) >= 3.5 for p in parts)


@lru_cache(maxsize=100_000)
def _maybe_glued(word: str) -> bool:
    """Could this lower-cased letter run be a glued pair written any way (cached)?"""
    return len(word) >= 4 and any(_glue_split(word, mode) for mode in ("lower", "initial", "name"))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _fragment_of_word(word: str) -> bool:
    """True when one letter more makes ``word`` a common word: it is a piece of a split word
    ("endles" of "endless", "befor" of "before"), not two words glued."""
    lex = _lexicon()
    common = lex.english_words_at_least(3.0)
    return any(word + c in common or c + word in common for c in _LETTERS)


def _pair_score(a: str, b: str, zt: float, mode: str) -> float | None:
    lex = _lexicon()
    za, zb = lex.zipf(a), lex.zipf(b)
    fa, fb = a in lex.FUNCTION_WORDS, b in lex.FUNCTION_WORDS
    if zt > 0.0:
        # A known token: only a glue of a function word that the split beats by far ("ofthe").
        margin = _KNOWN_MARGIN if zt >= 2.0 else _RARE_KNOWN_MARGIN
        if not (fa or fb) or za + zb - 9.0 - zt < margin:
            return None
        return za + zb
    if mode == "name":
        # Title Case ("What Survives the") or a name followed by a function word.
        if fb and (fa or (len(a) >= 4 and za >= _PART_MIN_ZIPF)) and len(a) + len(b) >= 5:
            return za + zb
        return None
    if a in lex.PREFIXES and not fb:
        return None
    if b in lex.SUFFIX_WORDS and not fa:
        return None
    if fa and fb:
        # "ofthe", "tothe", "itwas"; two short ones ("ason", "isit") are more often a fragment.
        if max(len(a), len(b)) < 3 or len(a) + len(b) < 5:
            return None
        return za + zb + 1.0
    if fa or fb:
        content = b if fa else a
        if a == "a" and len(b) < 4:
            return None
        if len(content) < 4 and lex.zipf(content) < _SHORT_PART_MIN_ZIPF:
            return None
        return za + zb + 1.0
    if len(a) < 3 or len(b) < 3:
        return None
    if _inflected(a) and min(za, zb) >= _PART_MIN_ZIPF:
        return za + zb
    if b in lex.COMPOUND_HEADS:
        return None
    if min(za, zb) >= (_BARE_PAIR_MIN_ZIPF if mode == "lower" else _BARE_INITIAL_MIN_ZIPF):
        return za + zb
    return None


# Pieces that never stand alone as words: a split word's second half ("paint ing").
_BOUND_ENDINGS = frozenset(
    "ing ings ly ed ers est tion tions sion sions ment ments ness ity ble bles les ous ive ize ise ism ists".split()
)


def _weak(x: str) -> bool:
    lex = _lexicon()
    if len(x) == 1:
        return x not in ("a", "i")
    if len(x) == 2:
        return x not in lex.TWO_LETTER_WORDS
    if x in lex.FUNCTION_WORDS:
        return False
    return x in _BOUND_ENDINGS or lex.zipf(x) < (_WEAK_ZIPF + 0.5 if len(x) == 3 else _WEAK_ZIPF)


@lru_cache(maxsize=50_000)
def _split_join(a: str, b: str) -> bool:
    """True when lower-case ``a`` + " " + ``b`` is one word broken by a space ("rhythm ically")."""
    lex = _lexicon()
    joined = a + b
    wa, wb = _weak(a), _weak(b)
    if not (wa or wb):
        return False
    if len(joined) < 4 and not (wa and wb):
        return False
    # A piece no list knows (or a lone letter) is surely a fragment, so a rarer word will do.
    sure = any(w and (len(x) == 1 or x in _BOUND_ENDINGS or (len(x) >= 3 and lex.zipf(x) < _RARE_PIECE_ZIPF))
               for x, w in ((a, wa), (b, wb)))
    return lex.zipf(joined) >= (_SURE_JOIN_MIN_ZIPF if sure else _JOIN_MIN_ZIPF)


@lru_cache(maxsize=16)
def _others_index(others: tuple[str, ...]) -> tuple[frozenset[str], dict[str, int]]:
    """Words the other panes wrote, and their adjacent word pairs joined (-> split index)."""
    words: set[str] = set()
    pairs: dict[str, int] = {}
    for text in others:
        prev = ""
        prev_end = -1
        for m in _PART_RE.finditer(text):
            w = m.group().lower()
            words.add(w)
            if prev and m.start() > prev_end and text[prev_end : m.start()].isspace():
                pairs.setdefault(prev + w, len(prev))
            prev, prev_end = w, m.end()
    return frozenset(words), pairs


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


@dataclass(slots=True)
class _BlockOut:
    words: int = 0
    findings: list[dict] = field(default_factory=list)
    retro_end: int | None = None  # a first "</think>" made everything before it reasoning


def _finding(kind: str, start: int, text: str, suggestion: str = "") -> dict:
    return {"kind": kind, "start": start, "end": start + len(text), "text": text, "suggestion": suggestion}


class _Scanner:
    def __init__(self, others: Sequence[str], want_findings: bool, slicer: Callable[[int, int], str]):
        self.others = _others_index(tuple(others)) if others else None
        self.want_findings = want_findings
        self.slice = slicer

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
            mojibake_spans = self._mojibake(piece, base, fs)
            span_starts = [s for s, _ in mojibake_spans]
            for m in _REPLACEMENT_RE.finditer(piece):
                fs.append(_finding("replacement_char", base + m.start(), m.group()))
            for m in _CONTROL_RE.finditer(piece):
                # The spans are sorted and disjoint: only the last one starting at or before
                # the character can hold it.
                k = bisect.bisect_right(span_starts, base + m.start()) - 1
                if k < 0 or base + m.start() >= mojibake_spans[k][1]:
                    fs.append(_finding("control_char", base + m.start(), m.group()))
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

    def _words(self, masked: str, base: int, st: _State, line_start: bool, fs: list[dict]) -> None:
        lex = _lexicon()
        common = lex.english_words_at_least(_COMMON_ZIPF)
        known = lex.english_words_at_least(2.0)
        strong = _strong_pieces()
        lower_words = _LOWER_WORD_RE.findall(masked)
        st.english_total += len(lower_words)
        st.english_known += sum(map(known.__contains__, lower_words))
        if st.english_total >= _ENGLISH_MIN_TOKENS and st.english_known < _ENGLISH_MIN_SHARE * st.english_total:
            return
        others_words, others_pairs = self.others if self.others else (frozenset(), {})
        if not others_words:
            # Fast path: most lines hold no word that could be a fragment or a glued pair.
            runs = set(_LETTER_RUN_RE.findall(masked.lower()))
            if runs <= strong and not any(_maybe_glued(w) for w in runs - common):
                return
        # (chunk start, core start, lead, core, trail) per prose word.
        chunks = [(m.start(), m.start(2), *m.groups()) for m in _CHUNK_RE.finditer(masked)]
        lowers = [c[3].lower() for c in chunks]
        # Split words first: the pieces of a split word ("endles s") are not glued pairs.  A
        # piece can pair with either neighbour ("the s ummer"); the pair with more fragments in
        # it, then the commoner joined word, wins.
        candidates = []
        in_split: set[int] = set()
        for k in range(len(chunks) - 1):
            if lowers[k] in strong and lowers[k + 1] in strong and not others_words:
                continue
            prev, cur = chunks[k], chunks[k + 1]
            prev_end = prev[1] + len(prev[3]) + len(prev[4])
            if prev_end + 1 != cur[0] or masked[prev_end] != " " or prev[4] or cur[2]:
                continue
            rank = self._split_rank(prev[3], cur[3], others_words)
            if rank is not None:
                candidates.append((rank, k))
            elif self._near_split(prev[3], cur[3]):
                in_split.update((k, k + 1))
        taken: set[int] = set()
        for _rank, k in sorted(candidates, reverse=True):
            if k in taken or k + 1 in taken:
                continue
            taken.update((k, k + 1))
            a, b = chunks[k][3], chunks[k + 1][3]
            fs.append(_finding("split_word", base + chunks[k][1], a + " " + b, a + b))
        in_split |= taken
        for k, (c, low) in enumerate(zip(chunks, lowers)):
            if low in common or len(low) < 4 or k in in_split:
                continue
            core, core_start = c[3], c[1]
            if core.isalpha():
                self._glued(core, masked, base, core_start, True, line_start, st, others_words, others_pairs, fs)
                continue
            first = True
            for pm in _PART_RE.finditer(core):
                part = pm.group()
                if len(part) >= 4 and part.lower() not in common:
                    self._glued(part, masked, base, core_start + pm.start(), first, line_start, st,
                                others_words, others_pairs, fs)
                first = False

    def _glued(self, part: str, masked: str, base: int, pos: int, first: bool, line_start: bool, st: _State,
               others_words, others_pairs, fs: list[dict]) -> None:
        low = part.lower()
        if part.islower():
            mode = "lower"
        elif part[0].isupper() and part[1:].islower():
            mode = "initial" if first and _sentence_initial(masked, pos, st, line_start) else "name"
        else:
            return  # an acronym or camelCase
        if low in others_words:
            return
        lex = _lexicon()
        if low in others_pairs and lex.zipf(low) < 1.5:
            split: tuple[int, ...] | None = (others_pairs[low],)
        else:
            split = _glue_split(low, mode)
        if split is None:
            return
        suggestion, last = [], 0
        for i in split:
            suggestion.append(part[last:i])
            last = i
        suggestion.append(part[last:])
        fs.append(_finding("glued_words", base + pos, part, " ".join(suggestion)))

    @staticmethod
    def _near_split(a: str, b: str) -> bool:
        """A rare word split by a space ("mishand les"): too rare to flag, but its pieces are
        not glued pairs either."""
        if not (a.isalpha() and b.isalpha() and b.islower()):
            return False
        la, lb = a.lower(), b.lower()
        return (lb in _BOUND_ENDINGS or la in _BOUND_ENDINGS) and _lexicon().zipf(la + lb) > 0.0

    def _split_rank(self, a: str, b: str, others_words) -> tuple[int, float] | None:
        """(fragments, joined word's frequency) when "a b" is one word broken by a space."""
        if not (a.isalpha() and b.isalpha() and b.islower()):
            return None
        if not (a.islower() or (a[0].isupper() and (len(a) == 1 or a[1:].islower()))):
            return None
        la, lb = a.lower(), b.lower()
        lex = _lexicon()
        if len(la) > 3 and len(lb) > 3:
            weak_set = lex.english_words_at_least(_WEAK_ZIPF)
            if la in weak_set and lb in weak_set:
                return None
        joined = la + lb
        hit = _split_join(la, lb)
        if not hit and joined in others_words and (_weak(la) or _weak(lb) or min(lex.zipf(la), lex.zipf(lb)) < 3.5):
            hit = lex.zipf(joined) >= 2.0
        if not hit:
            return None
        return (_weak(la) + _weak(lb), lex.zipf(joined))


# How far past a difference _diff_spans looks for where the texts agree again, and the longest
# stretch it hands to difflib for the fine alignment (difflib is cubic on repetitive text).
_SYNC_REACH = 96
_STRONG_REACH = 24
_STRONG_SYNC = 8
_REFINE_MAX = 96


def _diff_spans(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """``(i1, i2, j1, j2)`` of each stretch where ``a[i1:i2]`` became ``b[j1:j2]``, in order.

    For a text and its mojibake repair, which differ in short local stretches.  difflib on the
    whole text is cubic on repetitive input (2,000 characters of "ÃƒÂ" took 14 s), so this
    walks both texts once: equal characters pass, and at a difference the nearest point where
    they agree again (``_sync_point``) closes the stretch; difflib then aligns only that short
    stretch, as finely as it did the whole text.  A stretch with no such point within
    ``_SYNC_REACH`` characters (a long run of garbled characters, e.g. a line of Chinese
    decoded wrongly) is one span to the end, less the common tail: coarser, but linear.
    """
    import difflib

    spans: list[tuple[int, int, int, int]] = []
    na, nb = len(a), len(b)
    i = j = 0
    while i < na and j < nb:
        if a[i] == b[j]:
            i += 1
            j += 1
            # Skip long equal stretches in C, not one character at a time.
            while i + 64 <= na and j + 64 <= nb and a[i : i + 64] == b[j : j + 64]:
                i += 64
                j += 64
            continue
        sync = _sync_point(a, b, i, j)
        if sync is None:
            tail = 0
            while tail < na - i and tail < nb - j and a[na - 1 - tail] == b[nb - 1 - tail]:
                tail += 1
            sync = (na - tail, nb - tail)
        i1, j1, (i, j) = i, j, sync
        if not set(a[i1:i]) & set(b[j1:j]):
            spans.append((i1, i, j1, j))  # nothing in common: difflib would say the same
        elif i - i1 <= _REFINE_MAX and j - j1 <= _REFINE_MAX:
            matcher = difflib.SequenceMatcher(None, a[i1:i], b[j1:j], autojunk=False)
            for op, x1, x2, y1, y2 in matcher.get_opcodes():
                if op != "equal":
                    spans.append((i1 + x1, i1 + x2, j1 + y1, j1 + y2))
        else:
            spans.append((i1, i, j1, j))
    if i < na or j < nb:
        spans.append((i, na, j, nb))
    return spans


def _sync_point(a: str, b: str, i: int, j: int) -> tuple[int, int] | None:
    """Where ``a[i:]`` and ``b[j:]``, which differ at their first character, agree again."""
    na, nb = len(a), len(b)
    # Like difflib, a long agreement beats a near one: eight equal characters (or the equal
    # rest of both) first, then one ASCII character (garbled text is never ASCII, so a space
    # or comma is real text on both sides) or three others; the nearest (fewest characters
    # skipped on both sides together) of the first kind found wins.  And a repair turns a few
    # garbled characters into fewer, so each kind is looked for first where the repaired side
    # skipped no more than the garbled one (else "â€œ\xa0â€œ", only half repaired, syncs on
    # its second, unrepaired "â€œ").
    for strong, reach in ((True, _STRONG_REACH), (False, _SYNC_REACH)):
        for shrink in (True, False):
            best = None
            b_stop = min(nb, j + reach + _STRONG_SYNC)
            for ii in range(i, min(na, i + reach)):
                k = ii - i
                if best is not None and k >= best[0]:
                    break  # every later candidate skips more
                if strong:
                    anchor = a[ii : ii + _STRONG_SYNC]
                else:
                    anchor = a[ii] if a[ii].isascii() else a[ii : ii + 3]
                stop = min(b_stop, j + k + len(anchor)) if shrink else b_stop
                if strong and len(anchor) < _STRONG_SYNC:
                    jj = nb - len(anchor)
                    if not (j <= jj and nb <= stop and b.endswith(anchor)):
                        jj = -1
                else:
                    jj = b.find(anchor, j, stop)
                if jj != -1 and (best is None or k + jj - j < best[0]):
                    best = (k + jj - j, ii, jj)
            if best is not None:
                return best[1], best[2]
    return None


def _sentence_initial(masked: str, pos: int, st: _State, line_start: bool) -> bool:
    before = masked[:pos].rstrip(" \t\"'“‘(*_>#+-[")
    if not before.strip():
        return line_start or st.prev_char in ".!?:|\n"
    return before[-1] in ".!?:|"


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
        self._findings: list[dict] = []
        self._words = 0

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
        out = self._scanner.scan(block, self._committed, self._state)
        if out.retro_end is not None:
            self._findings, self._words = [], 0
        self._findings.extend(out.findings)
        self._words += out.words
        self._open.append(block)
        self._committed += len(block)
        if self._committed - self._open_start >= _JOINED_PIECE:
            self._join_open()

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

    def result(self) -> dict:
        st = replace(self._state)
        findings, words = self._findings, self._words
        if self._tail:
            out = self._scanner.scan(self._tail, self._committed, st)
            if out.retro_end is not None:
                findings, words = [], 0
            findings = findings + out.findings
            words += out.words
        else:
            findings = list(findings)
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


# --------------------------------------------------------------------------------------------
# Checks

_CHECK_NAMES = ("words", "sentences", "regex", "json", "tools", "max_tool_steps")


def validate_check_specs(specs: Sequence[dict]) -> None:
    """Raise ValueError naming the first bad check spec and how to write it."""
    for k, spec in enumerate(specs):
        where = f"check #{k + 1}"
        if not isinstance(spec, dict) or "name" not in spec:
            raise ValueError(f"{where}: a check is a dict with a 'name', one of {', '.join(_CHECK_NAMES)}")
        name = spec["name"]
        where = f"check #{k + 1} ({spec.get('label', name)!r})"
        if name not in _CHECK_NAMES:
            raise ValueError(f"{where}: unknown check {name!r}; use one of {', '.join(_CHECK_NAMES)}")
        if name in ("words", "sentences"):
            bounds = [spec.get(b) for b in ("exact", "min", "max")]
            if all(b is None for b in bounds):
                raise ValueError(f"{where}: give 'exact', or 'min' and/or 'max' (e.g. {{'name': '{name}', 'exact': 12}})")
            if any(b is not None and (not isinstance(b, int) or isinstance(b, bool) or b < 0) for b in bounds):
                raise ValueError(f"{where}: 'exact', 'min' and 'max' must be whole numbers >= 0")
        elif name == "regex":
            if not isinstance(spec.get("pattern"), str):
                raise ValueError(f"{where}: give the regular expression as 'pattern'")
            try:
                re.compile(spec["pattern"], _regex_flags(spec.get("flags", "")))
            except (re.error, ValueError) as exc:
                raise ValueError(f"{where}: bad regular expression {spec['pattern']!r}: {exc}") from None
        elif name == "json" and spec.get("schema") is not None:
            import jsonschema

            try:
                jsonschema.validators.validator_for(spec["schema"]).check_schema(spec["schema"])
            except jsonschema.SchemaError as exc:
                raise ValueError(f"{where}: the JSON Schema is not valid: {exc.message}") from None
        elif name == "tools" and spec.get("groups") is not None:
            groups = spec["groups"]
            if (not isinstance(groups, (list, tuple)) or not groups
                    or not all(isinstance(g, (list, tuple)) and g and all(isinstance(t, str) and t for t in g)
                               for g in groups)):
                raise ValueError(f"{where}: give 'groups' as lists of tool names, e.g. "
                                 "[['list_vehicles'], ['get_battery', 'get_health']]")
        elif name == "tools":
            expect = spec.get("expect")
            if not expect or not isinstance(expect, (list, tuple)) or not all(isinstance(t, str) and t for t in expect):
                raise ValueError(f"{where}: give the expected tool names as 'expect', e.g. ['list_vehicles']")
        elif name == "max_tool_steps":
            mx = spec.get("max")
            if not isinstance(mx, int) or isinstance(mx, bool) or mx < 0:
                raise ValueError(f"{where}: give the most tool calls allowed as 'max' (a whole number)")


def _regex_flags(flags: str) -> int:
    value = 0
    for ch in flags:
        if ch not in "imsx":
            raise ValueError(f"unknown regex flag {ch!r}; use any of i, m, s, x")
        value |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}[ch]
    return value


def run_checks(text: str, specs: Sequence[dict], *, tool_calls: Sequence[dict] = (),
               turns: Sequence[dict] = ()) -> list[dict]:
    """Score ``text`` (with ``<think>`` blocks left out) against check specs.

    Returns ``[{"name", "passed", "detail"}]`` in spec order; ``name`` is the spec's ``label``
    when given, else its ``name``.  Spec shapes:

    - ``{"name": "words", "exact": 12}`` or ``{"name": "words", "min": 5, "max": 20}``
      (words as ``count_words`` counts them)
    - ``{"name": "sentences", "exact": 1}`` (also ``min``/``max``; see ``count_sentences``)
    - ``{"name": "regex", "pattern": "...", "must": true, "flags": "i"}``: ``must`` (default
      true) says whether the pattern must match (``re.search``) or must not
    - ``{"name": "json"}``: the answer is valid JSON; a single fenced ```json block around it
      is accepted unless ``"strict": true``.  ``{"name": "json", "schema": {...}}`` also
      validates against the JSON Schema.
    - ``{"name": "tools", "expect": ["a", "b"]}``: score = distinct expected tools called /
      expected; detail "5/6" (plus the missing ones); passed when all were called.  Or
      ``"groups": [["a"], ["b", "c"]]``: a group counts when any of its tools was called
    - ``{"name": "max_tool_steps", "max": 10}``: at most this many tool calls in the run

    ``tool_calls`` are the run's tool-call dicts (with ``"name"``); ``turns`` its turns.
    A bad spec raises ValueError (see ``validate_check_specs``).
    """
    validate_check_specs(specs)
    visible = strip_think(text)
    results = []
    for spec in specs:
        name = spec["name"]
        passed, detail = _CHECKS[name](visible, spec, tool_calls, turns)
        results.append({"name": spec.get("label", name), "passed": passed, "detail": detail})
    return results


def _bounds(n: int, spec: dict, unit: str) -> tuple[bool, str]:
    noun = unit if n == 1 else unit + "s"
    exact, lo, hi = spec.get("exact"), spec.get("min"), spec.get("max")
    if exact is not None:
        return n == exact, f"{n} {noun}" if n == exact else f"{n} {noun}, want {exact}"
    ok = (lo is None or n >= lo) and (hi is None or n <= hi)
    if ok:
        return True, f"{n} {noun}"
    if lo is not None and hi is not None:
        want = f"{lo}-{hi}"
    elif lo is not None:
        want = f"at least {lo}"
    else:
        want = f"at most {hi}"
    return False, f"{n} {noun}, want {want}"


def _check_words(visible, spec, tool_calls, turns):
    return _bounds(count_words(visible), spec, "word")


def _check_sentences(visible, spec, tool_calls, turns):
    return _bounds(count_sentences(visible), spec, "sentence")


def _check_regex(visible, spec, tool_calls, turns):
    pattern = spec["pattern"]
    must = spec.get("must", True)
    m = re.search(pattern, visible, _regex_flags(spec.get("flags", "")))
    if must:
        return (True, f"matches /{pattern}/") if m else (False, f"no match for /{pattern}/")
    return (True, f"no match for /{pattern}/") if not m else (False, f"matches /{pattern}/ at {m.start()}: {m.group()[:40]!r}")


_FENCED_JSON_RE = re.compile(r"\A```[ \t]*(?:json|JSON)?[ \t]*\n(.*?)\n?```\Z", re.S)


def _check_json(visible, spec, tool_calls, turns):
    body = visible.strip()
    note = ""
    fenced = _FENCED_JSON_RE.match(body)
    if fenced and not spec.get("strict"):
        body, note = fenced.group(1), " (inside a ``` fence)"
    try:
        value = json.loads(body)
    except ValueError as exc:
        return False, f"not JSON: {exc}"
    except RecursionError:
        return False, "not JSON this parser can read: nested deeper than Python's recursion limit"
    schema = spec.get("schema")
    if schema is not None:
        import jsonschema

        validator = jsonschema.validators.validator_for(schema)(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            return False, f"JSON fails the schema at {error.json_path}: {error.message}"
        return True, f"valid JSON matching the schema{note}"
    return True, f"valid JSON{note}"


def tool_coverage(tool_calls: Sequence[dict], *, expect: Sequence[str] | None = None,
                  groups: Sequence[Sequence[str]] | None = None) -> tuple[int, int, str]:
    """(groups covered, groups, detail) of a run's tool calls: the one tools check.

    ``expect`` names tools that must each be called; ``groups`` is a list of lists where a
    group counts when any of its tools was called (``expect`` is ``groups`` of one name
    each).  The detail reads "5/6" plus what is missing ("missing a, b or c").  Used by
    ``--expect-tools``, the config's ``[[checks]]`` and the suites' ``tools`` check.
    """
    if groups is None:
        groups = [[t] for t in dict.fromkeys(expect or ())]
    called = {c.get("name") for c in tool_calls if isinstance(c, dict)}
    missing = [g for g in groups if not called.intersection(g)]
    total = len(groups)
    detail = f"{total - len(missing)}/{total}"
    if missing:
        detail += ", missing " + ", ".join(" or ".join(g) for g in missing)
    return total - len(missing), total, detail


def _check_tools(visible, spec, tool_calls, turns):
    covered, total, detail = tool_coverage(tool_calls, expect=spec.get("expect"),
                                           groups=spec.get("groups"))
    return covered == total, detail


def _check_max_tool_steps(visible, spec, tool_calls, turns):
    n, mx = len(tool_calls), spec["max"]
    noun = "tool call" if n == 1 else "tool calls"
    tool_turns = sum(1 for t in turns if t.get("tool_call_ids"))
    where = f" in {tool_turns} turn{'s' if tool_turns != 1 else ''}" if turns else ""
    return (n <= mx, f"{n} {noun}{where}" + ("" if n <= mx else f", want at most {mx}"))


_CHECKS = {
    "words": _check_words,
    "sentences": _check_sentences,
    "regex": _check_regex,
    "json": _check_json,
    "tools": _check_tools,
    "max_tool_steps": _check_max_tool_steps,
}


# --------------------------------------------------------------------------------------------
# Everything together


def analyze(text: str, *, expect_words: int | None = None, checks: Sequence[dict] = (),
            others: Sequence[str] = (), tool_calls: Sequence[dict] = (),
            turns: Sequence[dict] = (), status: str | None = None) -> dict:
    """``{"words", "findings", "checks"}`` for one answer, as stored in a session run.

    ``expect_words`` adds the check ``{"name": "words", "exact": N}`` before ``checks``.
    ``status`` is the run's status: a run that failed or was cancelled before any text has
    its error as the story, so it gets no ``empty_output`` finding (the checks still fail).
    """
    specs = list(checks)
    if expect_words is not None:
        specs.insert(0, {"name": "words", "exact": expect_words})
    findings = find_findings(text, others=others)
    if status in ("error", "cancelled"):
        findings = [f for f in findings if f["kind"] != "empty_output"]
    return {
        "words": count_words(text),
        "findings": findings,
        "checks": run_checks(text, specs, tool_calls=tool_calls, turns=turns),
    }


def _printable(s: str, limit: int = 60) -> str:
    # Provider text is untrusted: never let it move the cursor or recolour the terminal.
    shown = "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in s)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def analyze_cli(stdin_text: str, *, as_json: bool, expect_words: int | None) -> tuple[str, int]:
    """Output of ``provtui analyze [--json] [--expect-words N]`` and its exit status (0)."""
    result = analyze(stdin_text, expect_words=expect_words)
    if as_json:
        return json.dumps(result, ensure_ascii=False, indent=2) + "\n", 0
    lines = [f"words: {result['words']}"]
    findings = result["findings"]
    lines.append(f"findings: {len(findings) or 'none'}")
    for f in findings:
        line = f"  {f['kind']} at {f['start']}-{f['end']}: \"{_printable(f['text'])}\""
        if f["suggestion"]:
            line += f" -> \"{_printable(f['suggestion'])}\""
        lines.append(line)
    for c in result["checks"]:
        lines.append(f"check {c['name']}: {'pass' if c['passed'] else 'FAIL'} ({c['detail']})")
    return "\n".join(lines) + "\n", 0
