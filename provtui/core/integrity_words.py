"""Glued and split words in a piece of an answer's prose, judged in the answer's language.

The block scanner of ``provtui.core.integrity`` hands each visible piece of prose here (code
spans, URLs and tags masked); this holds the words until the language is plain, tells whether
the text is English, and finds split words ("endles s") and glued ones ("soulsbeneath"), by
``glue_words`` in English and by ``glue_intl`` and ``split_intl`` in French, Spanish, German,
Italian and Portuguese.  A glued word its neighbours rule out (``glue_context``: "la lacasa",
"detto sugherone,") or the language's spell-check dictionary accepts (``spelling``) is not
reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provtui.core import glue_context, integrity_lexicon, lang_lexicon, language, spelling, system_words
from provtui.core.clitics import clitic_host
from provtui.core.glue_context import ends_phrase, wants_a_word_after
from provtui.core.glue_de import GERMAN_PREPOSITIONS
from provtui.core.glue_known import known_glue
from provtui.core.morph_lexicon import known_form
from provtui.core.number_words import CARDINALS
from provtui.core.unknown_words import drop_glues_among_unknown
from provtui.core.glue_words import (
    _BOUND_ENDINGS, _COMMON_ZIPF, _SHORT_PIECE_LEN, _ENGLISH_MIN_SHARE, _ENGLISH_MIN_TOKENS, _WEAK_ZIPF,
    _glue_split, _lexicon, _maybe_glued, _split_join, _strong, _weak,
)

if TYPE_CHECKING:
    from provtui.core.integrity import _State

__all__ = ["WordChecks", "finding"]


def finding(kind: str, start: int, text: str, suggestion: str = "") -> dict:
    """A finding of ``kind`` at ``start`` (see ``provtui.core.analysis`` for the shape)."""
    return {"kind": kind, "start": start, "end": start + len(text), "text": text, "suggestion": suggestion}



# One prose word with the punctuation around it, alone between whitespace or dashes: anything
# with a digit, "_", ".", "/", "@", "#" inside is an identifier, path, number or handle.
_CHUNK_RE = re.compile(
    r"(?<![^\s—–])([\"'“‘(\[*_~]*)"
    r"([A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*)"
    r"([\"'”’)\]*_~.,;:!?…]*)(?=[\s—–]|$)"
)
_PART_RE = re.compile(r"[A-Za-z]+")
# A word of letters in any script with the punctuation around it (French, Spanish, ...): a token
# with an apostrophe or a hyphen inside ("l'eau", "fazê-lo") is not one.
_INTL_CHUNK_RE = re.compile(
    r"(?<![^\s—–])([\"'“‘(\[*_~«¿¡]*)([^\W\d_]+)([\"'”’)\]*_~.,;:!?…»]*)(?=[\s—–]|$)"
)
_LETTER_RUN_RE = re.compile(r"[a-z]+")
# Lower-case words of three letters or more, for the share of known English words.
# (letters of any alphabet: "déanann", "bíonn" are words of an answer not in English, which the
# share of known English words must count; only lower-case ones are counted)
_LOWER_WORD_RE = re.compile(r"(?<!\w)[^\W\d_]{3,}(?!\w)")

# Once this many lower-case words were counted and this share of them are English, the text is
# English and the share is no longer counted (it cost a tenth of a long answer's analysis).
_FOREIGN_LEAN_MIN_TOKENS = 3
_NOT_ENGLISH_MIN_TOKENS = 4   # a text this long (lower-case words) ...
_NOT_ENGLISH_SHARE = 0.3      # ... with fewer known English words than this share is not English
_ENGLISH_SETTLED_TOKENS = 400
_PENDING_CHARS = 4096  # prose kept while the language is not told yet, ...
_PENDING_PIECES = 64   # ... in at most this many pieces (lines and sentences)
_ENGLISH_SETTLED_SHARE = 0.85


class WordChecks:
    """The word checks of the block scanner: it sets ``others`` (the other answers' words and
    pairs, or None) and ``want_findings``."""

    others: tuple | None
    want_findings: bool

    def _words(self, masked: str, base: int, st: _State, line_start: bool, fs: list[dict]) -> None:
        if st.lang_settled:
            lang = st.lang_settled
        else:
            st.lang_counts, st.lang_tokens = language.add_counts(masked, st.lang_counts, st.lang_tokens)
            lang = language.decide(st.lang_counts, st.lang_tokens)
            if lang is not None and language.settled(st.lang_counts):
                st.lang_settled = lang  # no need to count any further
        if lang is None or not (st.lang_settled or language.confident(st.lang_counts)):
            # a language the checks cannot judge (yet): no finding rather than false ones; the
            # first lines wait until the language is plain, or for the end of the answer (past
            # _PENDING_CHARS they are judged by the language so far, as they come)
            if st.pending_chars + len(masked) <= _PENDING_CHARS and len(st.pending) < _PENDING_PIECES:
                st.pending += ((masked, base, line_start, st.prev_char),)
                st.pending_chars += len(masked)
                return
            if lang is None:
                return
        if st.pending:
            self.flush_pending(st, lang, fs)
        self._judge(masked, base, st, line_start, fs, lang)

    def flush_pending(self, st: _State, lang: str | None, fs: list[dict]) -> None:
        """Judge the prose held while the language was not plain, in ``lang`` (None: drop it)."""
        earlier, st.pending, st.pending_chars = st.pending, (), 0
        if lang is not None and self.want_findings:
            now = st.prev_char
            for p_masked, p_base, p_line_start, st.prev_char in earlier:
                # (judged as where it stood: a capital after "." starts a sentence)
                self._judge(p_masked, p_base, st, p_line_start, fs, lang)
            st.prev_char = now

    def _judge(self, masked: str, base: int, st: _State, line_start: bool, fs: list[dict], lang: str) -> None:
        """Glued and split words of one piece of prose in ``lang``."""
        start = len(fs)
        if lang != "en":
            self._words_intl(masked, base, lang, fs)
        else:
            self._words_en(masked, base, st, line_start, fs)
        if len(fs) > start:
            drop_glues_among_unknown(masked, base, fs, start, lang)

    def _words_en(self, masked: str, base: int, st: _State, line_start: bool, fs: list[dict]) -> None:
        """Glued and split words of one piece of English prose."""
        lex = _lexicon()
        # sets once the full English list is loaded, else views on the compact index
        common = lex.english_words(_COMMON_ZIPF)
        known = lex.english_words(2.0)
        strong = _strong()
        if st.english_total < _ENGLISH_SETTLED_TOKENS or st.english_known < _ENGLISH_SETTLED_SHARE * st.english_total:
            # the share of known English words, until it is plainly English (then counting more
            # could not bring it under _ENGLISH_MIN_SHARE in an answer of ordinary length)
            lower_words = [w for w in _LOWER_WORD_RE.findall(masked) if w.islower()]
            st.english_total += len(lower_words)
            st.english_known += sum(map(known.__contains__, lower_words))
            # (English by default while another language's stop words lead: then a few words
            # must already be mostly English; "no se", "usato" are not)
            min_tokens = _FOREIGN_LEAN_MIN_TOKENS if language.foreign_lean(st.lang_counts) else _ENGLISH_MIN_TOKENS
            if st.english_total >= min_tokens and st.english_known < _ENGLISH_MIN_SHARE * st.english_total:
                return
            if st.english_total >= _NOT_ENGLISH_MIN_TOKENS and st.english_known < _NOT_ENGLISH_SHARE * st.english_total:
                return  # a short text of a language no list counts, few of its words English ("hamwe")
        others_words, others_pairs = self.others if self.others else (frozenset(), {})
        if not others_words:
            # Fast path: most lines hold no word that could be a fragment or a glued pair.
            runs = set(_LETTER_RUN_RE.findall(masked.lower()))
            if all(map(strong.__contains__, runs)) and not any(
                    _maybe_glued(w) for w in runs if w not in common):
                return
        # (chunk start, core start, lead, core, trail) per prose word.
        chunks = [(m.start(), m.start(2), *m.groups()) for m in _CHUNK_RE.finditer(masked)]
        lowers = [c[3].lower() for c in chunks]
        function_words = lex.FUNCTION_WORDS
        # Split words first: the pieces of a split word ("endles s") are not glued pairs.  A
        # piece can pair with either neighbour ("the s ummer"); the pair with more fragments in
        # it, then the commoner joined word, wins.
        candidates = []
        in_split: set[int] = set()
        # Two words are no split word, unless one is short, rare and no function word and the
        # other short too or rare ("sta rts"): per word, 0 = maybe a fragment, 1 = a short rare
        # word, 2 = a long rare one, 3 = a function word or a common one.
        if not others_words:
            kinds = [0 if w not in strong else 3 if w in function_words or w in common
                     else 2 if len(w) > _SHORT_PIECE_LEN else 1 for w in lowers]
        for k in range(len(chunks) - 1):
            if not others_words and kinds[k] and kinds[k + 1] and kinds[k] + kinds[k + 1] >= 4:
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
            fs.append(finding("split_word", base + chunks[k][1], a + " " + b, a + b))
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

    def _words_intl(self, masked: str, base: int, lang: str, fs: list[dict]) -> None:
        """Glued and split words of a French, Spanish, German, Italian or Portuguese text."""
        from provtui.core import glue_intl, split_intl

        chunks = list(_INTL_CHUNK_RE.finditer(masked))
        if not chunks:
            return
        others_words = self.others[0] if self.others else frozenset()
        in_split: set[int] = set()
        candidates = []
        for k in range(len(chunks) - 1):
            a, b = chunks[k].group(2), chunks[k + 1].group(2)
            if not (_joined_by_a_space(masked, chunks, k + 1) and a.islower() and b.islower()):
                continue
            if split_intl.split_join(a, b, lang):
                candidates.append((split_intl.split_rank(a, b, lang), k))
        # A piece can pair with either neighbour ("de us uario"): the pair whose pieces are
        # the least like words wins.
        for _rank, k in sorted(candidates):
            if k in in_split or k + 1 in in_split:
                continue
            in_split.update((k, k + 1))
            a, b = chunks[k].group(2), chunks[k + 1].group(2)
            fs.append(finding("split_word", base + chunks[k].start(2), a + " " + b, a + b))
        for k, m in enumerate(chunks):
            core = m.group(2)
            if k in in_split or len(core) < 4 or not core.islower() or core in others_words:
                continue
            split = glue_intl.glue_split(core, lang)
            if split is None:
                continue
            bounds = (0, *split, len(core))
            parts = [core[i:j] for i, j in zip(bounds, bounds[1:])]
            if glue_context.rules_out(core, parts, lang, _word_before(masked, chunks, k), ends_phrase(masked, m.end(2)),
                                      _word_after(masked, chunks, k)) \
                    or glue_context.named_term(parts, lang, masked, m.start(2)):
                continue
            if _dictionary_word(core, parts, lang):
                continue
            suggestion = " ".join(parts)
            fs.append(finding("glued_words", base + m.start(2), core, suggestion))

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
        if (ends_phrase(masked, pos + len(part)) and wants_a_word_after(suggestion, "en")) \
                or glue_context.named_term(suggestion, "en", masked, pos):
            return
        if _dictionary_word(part, suggestion, "en"):
            return
        fs.append(finding("glued_words", base + pos, part, " ".join(suggestion)))

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
        if len(a) == 1 and a.isupper() and lb in lex.FUNCTION_WORDS and lex.zipf(la + lb) < lex.zipf(lb):
            return None  # a letter of a name or a unit before a common word ("Pi Zero 2 W and"), not "Wand"
        if min(len(la), len(lb)) > _SHORT_PIECE_LEN:
            weak_set = lex.english_words(_WEAK_ZIPF)
            if la in weak_set and lb in weak_set:
                return None
        joined = la + lb
        hit = _split_join(la, lb)
        if not hit and joined in others_words and (_weak(la) or _weak(lb) or min(lex.zipf(la), lex.zipf(lb)) < 3.5):
            hit = lex.zipf(joined) >= 2.0
        if not hit:
            return None
        return (_weak(la) + _weak(lb), lex.zipf(joined))


def _dictionary_word(word: str, parts: list[str], lang: str) -> bool:
    """A glued word that the language's spell-check dictionary accepts is its word
    ("drawknife", "feule", "überreifer"), unless every part is a function word and the last an
    article: "de la", "per i", "che le" are glued into "dela", "peri", "chele" far more often
    than those rare words are meant, and the dictionaries hold them.  Pairs that end otherwise
    are left to the dictionary: on the labelled sets v3-v71 exempting them too cost 55 false
    alarms ("losa", "laque", "doem", "quesería") and found no glue more; of 11,315 glues of
    neighbouring words in real prose, 4 are lost ("loes", "encada", "quandosi", "amenos").
    Nor is it a word when it is a glue people write so
    often that lists hold it ("sofar", "osea": ``glue_known``), nor a Spanish verb and clitic
    without the accent the clitic gives it (below).  In English, a word the system's big word
    list holds is a word too, when no part is a function word (``system_words``), and so is one
    simplemma's English dictionary lists (``morph_lexicon``)."""
    if lang == "en":
        function = integrity_lexicon.FUNCTION_WORDS
    else:
        function = lang_lexicon.FUNCTION_WORDS[lang] | (GERMAN_PREPOSITIONS if lang == "de" else frozenset())
    if known_glue(word.lower(), lang) is not None:
        return False
    if all(p.lower() in function for p in parts) and parts[-1].lower() in lang_lexicon.ARTICLES[lang]:
        return False
    if lang == "es" and len(parts) == 2 and parts[1] in lang_lexicon.CLITICS["es"] \
            and not clitic_host(parts[0].lower(), "es"):
        # Spanish writes a verb of two syllables or more with a clitic on with an accent
        # ("cámbialas"); the dictionaries also hold the voseo form ("cambialas", of "cambiá"),
        # but in a text that writes the accents, that is a verb and an article glued
        return False
    if spelling.accepts(word, lang):
        return True
    # English: the system's big word list, for closed compounds hunspell lacks ("soundpost"),
    # never where a part is a function word (it holds "froma", "witha", "heis"); and the forms
    # simplemma's English dictionary lists ("drawknife", "fretsaw", "stonecrops": with no
    # spell-check dictionary on the machine, 36 false alarms of v3-v95 fewer), unless the first
    # part is a number ("fivegrams", the one glue of those sets it holds)
    if lang != "en" or any(p.lower() in function for p in parts):
        return False
    low = word.lower()
    return bool(system_words.listed(low)) or (parts[0].lower() not in CARDINALS["en"] and known_form(low, "en"))


def _sentence_initial(masked: str, pos: int, st: _State, line_start: bool) -> bool:
    before = masked[:pos].rstrip(" \t\"'“‘(*_>#+-[")
    if not before.strip():
        return line_start or st.prev_char in ".!?:|\n"
    return before[-1] in ".!?:|"


def _joined_by_a_space(masked: str, chunks: list[re.Match], k: int) -> bool:
    """Chunk ``k`` follows chunk ``k - 1`` after one space, with no punctuation between."""
    prev, cur = chunks[k - 1], chunks[k]
    return not (prev.group(3) or cur.group(1)) and prev.end() + 1 == cur.start() and masked[prev.end()] == " "


def _word_before(masked: str, chunks: list[re.Match], k: int) -> str:
    """The word right before chunk ``k`` (lower case), one space between and no punctuation;
    else ""."""
    return chunks[k - 1].group(2).lower() if k > 0 and _joined_by_a_space(masked, chunks, k) else ""


def _word_after(masked: str, chunks: list[re.Match], k: int) -> str:
    """The word right after chunk ``k`` (lower case), one space between and no punctuation;
    else ""."""
    return chunks[k + 1].group(2).lower() if k + 1 < len(chunks) and _joined_by_a_space(masked, chunks, k + 1) else ""
