"""Split words in French, Spanish, German, Italian and Portuguese: whether two adjacent
lower-case tokens are one word of the answer's language broken by a space ("dei ner",
"prep arare"), judged by word frequencies (``lang_lexicon``) and the dictionary's forms
(``morph_lexicon``).  The glued-word side is ``glue_intl``; English is ``glue_words``."""

from __future__ import annotations

from functools import lru_cache

from provtui.core import integrity_lexicon
from provtui.core import lang_lexicon as lex
from provtui.core.clitics import clitic_verb_zipf, verb_with_clitic, vosotros_imperative
from provtui.core.glue_de import DE_PARTICLES
from provtui.core.glue_intl import (
    _ENGLISH_EXCESS_ZIPF,
    _JOIN_MIN_ZIPF,
    _native_zipf,
    _sibling_zipf,
)
from provtui.core.morph_lexicon import known_form
from provtui.core.word_formation import BOUND_ENDINGS

__all__ = ["split_join", "split_rank"]

# (a split word joins into a word at least _JOIN_MIN_ZIPF common, with glue_intl)
_FRAGMENT_MAX_ZIPF = 2.5      # and one of its pieces is rarer than this (a fragment), or
_RELATIVE_PIECE_MAX_ZIPF = 4.0  # ... rarer than this and
_RELATIVE_MARGIN = 0.4        # ... this much rarer than the joined word
_SURE_JOIN_MIN_ZIPF = 2.0     # a joined word with a piece no list knows needs only this
_LONG_SURE_JOIN_MIN_ZIPF = 1.5  # ... or this, when it has eight letters or more
_ENGLISH_PAIR_EXCESS_ZIPF = 0.5  # ... and two pieces both this much commoner in English are English
_FOREIGN_END_ZIPF = 1.0       # at most this for a piece ending as no word of the language does
_RARE_FORM_MIN_LEN = 7       # a split word the list lacks but knows another form of, ...
_RARE_FORM_SIBLING_ZIPF = 2.5  # ... that form this common
_RARE_PIECE_ZIPF = 1.8        # a piece rarer than this is a fragment ...
_RARE_PIECE_JOIN_ZIPF = 2.5   # ... of a joined word this common
_RARISH_PIECE_ZIPF = 3.5      # two content pieces both rarer than this, ...
_RARE_SIDE_ZIPF = 2.7         # ... one rarer than this: a split word (joined word known)
_RARE_SIDE_MARGIN = 1.5       # ... or a piece that rare and a joined word this much commoner
_UNCOMMON_PIECE_ZIPF = 4.5    # ... or two pieces rarer than this and than their joined word ...
_UNCOMMON_JOIN_ZIPF = 3.3     # ... itself this common
_WEAK_PIECE_JOIN_ZIPF = 2.75  # a joined word with a piece under _FRAGMENT_MAX_ZIPF
_LISTED_BESIDE_FW_JOIN_ZIPF = 3.5  # a listed form beside a function word joins only into a word this common
_CLITIC_VERB_JOIN_ZIPF = 2.0  # a verb this common, with clitics on, joins a split word ...
_COMMON_PIECE_ZIPF = 4.5      # ... of no piece this common
_FW_PIECE_FRAGMENT_ZIPF = 2.0  # ... or, beside a function word, under this ("e stendeva" is two words)
_LETTER_HOST_ZIPF = 4.0       # a lone letter after a word this common ...
_LETTER_JOIN_MAX_ZIPF = 2.5   # ... that joins it into no word commoner than this is a letter named


# The letters a native word of these languages ends with (loanwords aside): a first piece
# ending otherwise (five letters at most, before another content piece) is a fragment of the
# word the space broke; before a function word it is as often a loanword ("test e", "bit e").
_WORD_FINALS = {
    "it": frozenset("aeiouàèéìòùlnr"),  # (l, n, r: "maggior", "buon", "qual")
    "es": frozenset("aeiouáéíóúlnrsdzyj"),
    "pt": frozenset("aeiouáéíóúãõâêôàlmrszx"),
}


def split_rank(a: str, b: str, lang: str) -> float:
    """Lower for a likelier split: the Zipf of its most word-like piece (function words count
    as very common), so "us uario" beats "de us"."""
    fw = lex.FUNCTION_WORDS[lang]
    return max(7.0 if x in fw else _native_zipf(x, lang) for x in (a, b))


def _english_pair(a: str, b: str, lang: str) -> bool:
    """True when ``a`` or ``b`` is far commoner in English than in ``lang``, or both are
    plainly commoner there ("boot loader" in an Italian answer)."""
    ea, eb = (integrity_lexicon.zipf(x) - lex.zipf(x, lang) for x in (a, b))
    return max(ea, eb) >= _ENGLISH_EXCESS_ZIPF or min(ea, eb) >= _ENGLISH_PAIR_EXCESS_ZIPF


def _rare_pieces(za: float, zb: float, joined: float) -> bool:
    """Two content pieces of a known word, judged by how rare they are as words: text is made
    of common words, so two rarish ones side by side that join into a word are that word
    broken ("ét alez", "rem endo"); a rare one beside another that joins into a far commoner
    word ("klei nen", "natur el"); or two uncommon ones joining into a word commoner than
    both ("sonn igen", "eta pas")."""
    lo, hi = min(za, zb), max(za, zb)
    return ((hi < _RARISH_PIECE_ZIPF and lo < _RARE_SIDE_ZIPF and joined >= _LONG_SURE_JOIN_MIN_ZIPF)
            or (lo < _RARE_SIDE_ZIPF and joined >= lo + _RARE_SIDE_MARGIN and joined >= _JOIN_MIN_ZIPF)
            or (hi < _UNCOMMON_PIECE_ZIPF and joined >= hi and joined >= _UNCOMMON_JOIN_ZIPF))


def _rare_form_broken(a: str, b: str, lang: str) -> bool:
    """A rare joined word whose piece is no word, when the joined word is a form of a common
    one ("luc idava": lucidare, "tra çavam": traçar) or a verb with its clitic ("sis temalo")."""
    fw = lex.FUNCTION_WORDS[lang]
    if a in fw or b in fw or len(a) + len(b) < _RARE_FORM_MIN_LEN or min(len(a), len(b)) < 2:
        return False
    if lang == "de" and (a in DE_PARTICLES or b in DE_PARTICLES):
        return False  # a particle is a word ("zu ladende")
    if min(_native_zipf(a, lang), _native_zipf(b, lang)) >= _RARE_PIECE_ZIPF - 0.3:
        return False
    if _english_pair(a, b, lang):
        return False
    return _sibling_zipf(a + b, lang) >= _RARE_FORM_SIBLING_ZIPF or verb_with_clitic(a + b, lang)


def _form_broken(a: str, b: str, lang: str, joined: float) -> bool:
    """A form the dictionary lists, broken into a piece that is no form ("dei ner", "capt eur",
    "tue ste"): the frequency lists hold such fragments as words, the dictionary does not."""
    fw = lex.FUNCTION_WORDS[lang]
    if a in fw or b in fw or min(len(a), len(b)) < 2 or joined == 0.0:
        return False
    return known_form(a + b, lang) and not (known_form(a, lang) and known_form(b, lang)) \
        and not _english_pair(a, b, lang)


def _clitic_verb_broken(a: str, b: str, lang: str) -> bool:
    """A verb with its clitics, which no list holds, broken inside the verb into a piece that is
    no form ("dór alos", "racchiu derla", "sírv elo"); a clitic standing alone is a word."""
    fw = lex.FUNCTION_WORDS[lang]
    if a in fw or b in fw or min(len(a), len(b)) < 2 or (known_form(a, lang) and known_form(b, lang)) \
            or max(lex.zipf(a, lang), lex.zipf(b, lang)) >= _COMMON_PIECE_ZIPF:
        return False  # (a common word is a word: "cuál" + "esla" is no "cuálesla")
    return clitic_verb_zipf(a + b, lang) >= _CLITIC_VERB_JOIN_ZIPF and not _english_pair(a, b, lang)


def _unlisted_word(x: str, lang: str) -> bool:
    """True when ``x``, which no frequency list knows, is still a word: a verb with its clitics
    ("a bordarlos" is no "abordarlos"), or the Spanish imperative of vosotros ("ensayad a" is
    no "ensayada")."""
    return len(x) >= 6 and (verb_with_clitic(x, lang) or (lang == "es" and vosotros_imperative(x)))


@lru_cache(maxsize=50_000)
def split_join(a: str, b: str, lang: str) -> bool:
    """True when lower-case ``a`` + " " + ``b`` is one word of ``lang`` broken by a space.

    The joined word must be known, and a piece no word: unknown (then a rare joined word will
    do: "zwe itausend"), rare (a common joined word), or far rarer than the joined word ("prep
    arare" -> "preparare": the lists hold fragments at low frequencies).  Two function words
    ("a la") are never one word."""
    fw = lex.FUNCTION_WORDS[lang]
    joined = lex.zipf(a + b, lang)
    if (a in fw and b in fw) or (a == b and joined < _JOIN_MIN_ZIPF):
        return False  # (a word said twice is no rare word broken: "pil pil"; "tes tes" is "testes")
    if _form_broken(a, b, lang, joined):
        return True
    if joined < (_LONG_SURE_JOIN_MIN_ZIPF if len(a) + len(b) >= 8 else _SURE_JOIN_MIN_ZIPF):
        return _rare_form_broken(a, b, lang) or _clitic_verb_broken(a, b, lang)
    za, zb = _native_zipf(a, lang), _native_zipf(b, lang)
    if a[-1] not in _WORD_FINALS.get(lang, a[-1]) and a not in fw and b not in fw and len(a) <= 5:
        za = min(za, _FOREIGN_END_ZIPF)  # "fot", "vent", "mant": no word of the language ends so
    pieces = [(x, z) for x, z in ((a, za), (b, zb)) if x not in fw]
    if len(b) == 1 and za >= _LETTER_HOST_ZIPF and joined < _LETTER_JOIN_MAX_ZIPF:
        return False  # a letter named after a common word ("ersetze die Grenze durch m"), not "durchm"
    if any((z == 0.0 and not _unlisted_word(x, lang)) or (len(x) == 1 and len(a) + len(b) >= 5 and len(pieces) == 2)
           for x, z in pieces):
        # a piece no list knows, or a lone letter of a longer word ("y o" is no "yo"); a letter
        # after a function word is a letter named ("dalla a alla h")
        return True
    if any(len(x) == 1 for x, _ in pieces):
        return False
    if len(pieces) == 1 and len(pieces[0][0]) >= 4 and joined < _LISTED_BESIDE_FW_JOIN_ZIPF and known_form(pieces[0][0], lang):
        return False  # a form the dictionary lists, beside a function word, is a word ("e numera")
    if b in BOUND_ENDINGS.get(lang, ()) and b not in fw and len(a) >= 3 and a not in fw:
        return True  # an ending alone is no word, whatever the lists say ("creus ez", "démont ez")
    if len(pieces) == 2 and _rare_pieces(za, zb, joined) and not _english_pair(a, b, lang):
        return True  # (English quoted is English's business: "check out", "boot loader")
    if len(pieces) == 2 and min(len(a), len(b)) == 2 and joined >= _JOIN_MIN_ZIPF and len(a) + len(b) >= 6 \
            and lang != "de":  # (German: "zu machen", "rund um" are particles)
        return True  # two letters that are no function word are a fragment ("co lore", "ma ceta")
    if joined < _SURE_JOIN_MIN_ZIPF:
        return False
    if any(z < _RARE_PIECE_ZIPF for _, z in pieces) and joined >= _RARE_PIECE_JOIN_ZIPF:
        return True
    if any(z < (_FRAGMENT_MAX_ZIPF if len(pieces) == 2 else _FW_PIECE_FRAGMENT_ZIPF) for _, z in pieces) \
            and joined >= _WEAK_PIECE_JOIN_ZIPF:
        return True  # (beside a function word, a rare word is a word: "e stendeva", not "estendeva")
    if joined < _JOIN_MIN_ZIPF:
        return False
    if b in BOUND_ENDINGS.get(lang, ()) and b not in fw and len(a) >= 3:
        return True  # a stem and its ending ("march ez", "find en")
    return (len(pieces) == 2 and min(za, zb) < _RELATIVE_PIECE_MAX_ZIPF
            and joined >= max(za, zb) + _RELATIVE_MARGIN)
