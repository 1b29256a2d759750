"""Glued and split words in French, Spanish, German, Italian and Portuguese answers.

The same evidence as for English (``glue_words``), from each language's own word list
(``lang_lexicon``), more cautiously:

- only lower-case tokens of letters alone are judged: a capitalised token is a name (or, in
  German, any noun), and a token with an apostrophe or hyphen is an elision ("l'eau",
  "jusqu'à") or a clitic ("fazê-lo");
- a glue needs a function word of the language on one side ("dela" -> "de la", "undder"),
  or two common content words where the language does not write compounds as one word
  (never in German: "Wasserflasche" is a word);
- a second part that is a clitic pronoun ("hacerlo", "dimmelo") is a verb form, not a glue;
- a token the list knows is only a glue of two function words far commoner apart.
"""

from __future__ import annotations

from functools import lru_cache

from provtui.core import lang_lexicon as lex

__all__ = ["glue_split", "split_join"]

_CONTENT_MIN_ZIPF = 2.5       # a content part (of four letters or more) next to a function word
_LONG_CONTENT_MIN_ZIPF = 2.0  # ... or of seven letters or more ("das macieiras")
_RARE_KNOWN_ZIPF = 2.0        # a token rarer than this, known or not, ...
_RARE_KNOWN_MARGIN = 2.5      # ... is a glue when its parts are this much commoner together
_LONG_PAIR_MIN_ZIPF = 2.5     # ... or of two words of six letters or more
_BARE_PAIR_MIN_ZIPF = 3.0     # each of two content words glued (four letters or more)
_KNOWN_MARGIN = 2.0           # a known token must be this much rarer than its two parts
_KNOWN_MAX_ZIPF = 3.5         # a token this common is a word, whatever it looks like
_ENGLISH_MAX_ZIPF = 2.5       # a token this common in English is a borrowed word ("workflow")
_JOIN_MIN_ZIPF = 3.0          # a split word joins into a common word
_FRAGMENT_MAX_ZIPF = 2.5      # and one of its pieces is rarer than this (a fragment), or
_RELATIVE_PIECE_MAX_ZIPF = 3.5  # ... rarer than this and
_RELATIVE_MARGIN = 0.5        # ... this much rarer than the joined word
_SURE_JOIN_MIN_ZIPF = 2.5     # a joined word with a piece no list knows needs only this


def _content_ok(x: str, lang: str, floor: float) -> bool:
    if len(x) < 3:
        return False
    z = lex.zipf(x, lang)
    return z >= (floor + 0.5 if len(x) == 3 else floor)


def _pair_score(a: str, b: str, lang: str, zt: float) -> float | None:
    fw = lex.FUNCTION_WORDS[lang]
    fa, fb = a in fw, b in fw
    if b in lex.CLITICS[lang] and not fa and _takes_clitic(a):
        return None  # a verb and its clitic ("hacerlo", "dámelo"), not "para" + "a"
    za, zb = lex.zipf(a, lang), lex.zipf(b, lang)
    if zt > 0.0:
        if fa and fb and za + zb - 9.0 - zt >= _KNOWN_MARGIN:
            return za + zb
        if (fa or fb) and zt < _RARE_KNOWN_ZIPF and za + zb - 9.0 - zt >= _RARE_KNOWN_MARGIN \
                and _content_ok(b if fa else a, lang, _CONTENT_MIN_ZIPF + 1.0):
            return za + zb  # a rare token, a function word and a common word ("lamañana")
        return None
    if fa and fb:
        return za + zb + 1.0 if len(a) + len(b) >= 4 else None
    if fa or fb:
        content = b if fa else a
        if len(a if fa else b) == 1 and len(content) < 5:
            return None  # "a" + a short word is more often a word the list lacks
        floor = _LONG_CONTENT_MIN_ZIPF if len(content) >= 7 else _CONTENT_MIN_ZIPF
        return za + zb + 1.0 if _content_ok(content, lang, floor) else None
    if lang == "de" or len(a) < 4 or len(b) < 4:
        return None
    floor = _BARE_PAIR_MIN_ZIPF if min(len(a), len(b)) < 6 else _LONG_PAIR_MIN_ZIPF
    if za >= floor and zb >= floor:
        return za + zb
    return None


_ACCENTED = frozenset("áéíóúàèìòù")


def _takes_clitic(a: str) -> bool:
    """Verb forms a clitic is written onto: an infinitive ("hacer", "far"), a gerund
    ("dando"), or an imperative, which Spanish marks with an accent ("dá", "pása", "envía")
    and Italian ends in a vowel ("dam", "manda", "guarda")."""
    return a.endswith(("r", "ndo")) or bool(_ACCENTED & set(a)) or (len(a) <= 6 and a[-1:] in "aie") \
        or a.endswith("m")


@lru_cache(maxsize=50_000)
def glue_split(word: str, lang: str) -> tuple[int, ...] | None:
    """Where to put spaces in lower-case ``word`` of language ``lang`` that is two (or three)
    glued words, or None."""
    n = len(word)
    if n < 4 or n > 40 or not word.isalpha():
        return None
    zt = lex.zipf(word, lang)
    if zt >= _KNOWN_MAX_ZIPF:
        return None
    from provtui.core import integrity_lexicon

    z_en = integrity_lexicon.zipf(word)
    if (z_en >= _ENGLISH_MAX_ZIPF and z_en > zt) or integrity_lexicon.is_code_word(word):
        return None
    best, best_score = None, -1.0
    for i in range(1, n):
        score = _pair_score(word[:i], word[i:], lang, zt)
        if score is not None and score > best_score:
            best, best_score = (i,), score
    if best is None and zt < 2.0 and n >= 7:
        # Two dropped spaces: a function word, then a glued pair ("delaville").
        fw = lex.FUNCTION_WORDS[lang]
        for i in range(1, min(n - 3, 6)):
            if word[:i] not in fw or lex.zipf(word[i:], lang) >= _KNOWN_MAX_ZIPF - 0.5:
                continue
            for j in range(i + 1, min(n - 2, i + 6)):
                if word[i:j] in fw and _content_ok(word[j:], lang, _CONTENT_MIN_ZIPF + 0.5):
                    return (i, j)
    return best


@lru_cache(maxsize=50_000)
def split_join(a: str, b: str, lang: str) -> bool:
    """True when lower-case ``a`` + " " + ``b`` is one word of ``lang`` broken by a space.

    The joined word must be known, and a piece no word: unknown (then a rare joined word will
    do: "zwe itausend"), rare (a common joined word), or far rarer than the joined word ("prep
    arare" -> "preparare": the lists hold fragments at low frequencies).  Two function words
    ("a la") are never one word."""
    fw = lex.FUNCTION_WORDS[lang]
    if a in fw and b in fw:
        return False
    joined = lex.zipf(a + b, lang)
    if joined < _SURE_JOIN_MIN_ZIPF:
        return False
    za, zb = lex.zipf(a, lang), lex.zipf(b, lang)
    pieces = [(x, z) for x, z in ((a, za), (b, zb)) if x not in fw]
    if any(len(x) == 1 or z == 0.0 for x, z in pieces):
        return True
    if joined < _JOIN_MIN_ZIPF:
        return False
    if any(z < _FRAGMENT_MAX_ZIPF for _, z in pieces):
        return True
    return (len(pieces) == 2 and min(za, zb) < _RELATIVE_PIECE_MAX_ZIPF
            and joined >= max(za, zb) + _RELATIVE_MARGIN)
