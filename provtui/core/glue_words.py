"""Glued and split English words: decisions on one lower-case word (cached, context-free).

"soulsbeneath" is two words whose space a streaming detokenizer dropped; "rhythm ically" is one
word broken by a space.  The thresholds are in Zipf units (see integrity_lexicon) and are scored
by tests/bench/bench_integrity.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provtui.core.glue_known import known_glue
from provtui.core.morph_lexicon import known_form
from provtui.core.number_words import CARDINALS

_PART_RE = re.compile(r"[A-Za-z]+")

# Glued-word thresholds (Zipf units).  See tests/bench/bench_integrity.py for how they score.
_COMMON_ZIPF = 4.0        # a word this frequent is never a glued pair
_KNOWN_MARGIN = 2.5       # a known token ("ofthe") must be this much rarer than its split
_RARE_KNOWN_MARGIN = 1.5
_FUNCTION_PAIR_MARGIN = 2.0  # ... or, for two function words glued ("itis"), this much  # ... or, when barely known ("callit", "doesnot"), this much
_PART_MIN_ZIPF = 2.5      # each content part of a glued pair must be a word people use
_SHORT_PART_MIN_ZIPF = 3.3  # ... and a three-letter one a common word
_BARE_INITIAL_MIN_ZIPF = 4.5  # ... and both this common when capitalised ("Sametraining")
_COMMON_PAIR_ZIPF = 4.8  # two words this common glued are a glue even after a prefix-like word
_BARE_PAIR_MIN_ZIPF = 3.0  # two uninflected content words ("batteryhealth") need both this common
_RARE_PART_ZIPF = 1.5     # a rare inflected word glued to ...
_COMMON_PART_ZIPF = 4.5   # ... a word this common
_INFLECTED_HEAD_MIN_ZIPF = 4.0  # a common word before a rarer participle ("patientgnawing")
_LONG_GLUE_LEN = 11           # an unknown token this long, unlisted, of two listed forms ...
_LONG_GLUE_PART = 5           # ... of this many letters each ...
_LONG_GLUE_PART_ZIPF = 1.5    # ... and at least this common: a glue
_UNLISTED_COMPOUND_ZIPF = 4.0  # two words this common before a compound's head, glued into no listed form
_COMMON_AFTER_IS_ZIPF = 4.5  # a listed word this common after "is"/"has" is prose, not a name
_WEAK_ZIPF = 2.5          # below this a piece is a fragment, not a word ("ically", "ocea")
_FOREIGN_MIN_ZIPF = 2.5   # a word this common in another language is that word, not a glue
_JOIN_MIN_ZIPF = 3.0      # a split word must join into a common word ...
_RARE_PIECE_ZIPF = 1.5    # a piece this rare is surely a fragment ("ically")
_SURE_JOIN_MIN_ZIPF = 2.0  # ... or into a known one when a piece is surely a fragment
_SHORT_PIECE_LEN = 4       # two word-like pieces, one this short or shorter, ...
_RARE_PIECES_MAX_ZIPF = 4.0  # ... both rarer than this ...
_RARE_PIECES_MARGIN = 1.0    # ... and this much rarer than their join: a split word
_BOTH_WEAK_JOIN_MIN_ZIPF = 1.5  # ... or a rare one when both pieces are fragments
_ENGLISH_MIN_SHARE = 0.6  # below this share of known words the text is not English
_ENGLISH_MIN_TOKENS = 12

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


class _StrongView:
    """Membership in ``_strong_pieces()`` word by word (same definition), while the English
    list is answered from the compact index and the set is not built."""

    __slots__ = ()

    def __contains__(self, w: object) -> bool:
        if not isinstance(w, str) or w in _BOUND_ENDINGS:
            return False
        lex = _lexicon()
        if w in lex.FUNCTION_WORDS or w in lex.TWO_LETTER_WORDS or w in ("a", "i"):
            return True
        return ((len(w) >= 3 and w in lex.english_words(_WEAK_ZIPF + 0.5))
                or (len(w) >= 4 and w in lex.english_words(_WEAK_ZIPF)))


_STRONG_VIEW = _StrongView()


def _strong():
    """``_strong_pieces()`` for membership tests: the set once the full English list is
    loaded, else a view that builds nothing."""
    lex = _lexicon()
    return _strong_pieces() if isinstance(lex.english_words(_WEAK_ZIPF), frozenset) else _STRONG_VIEW


def _is_part(x: str) -> bool:
    lex = _lexicon()
    if len(x) == 1:
        return x == "a"
    if len(x) == 2:
        return x in lex.TWO_LETTER_WORDS
    if x in lex.FUNCTION_WORDS:
        return True
    z = lex.zipf(x)
    return z >= (_SHORT_PART_MIN_ZIPF if len(x) == 3 else _PART_MIN_ZIPF) or (
        (len(x) >= 8 or (len(x) >= 6 and _inflected(x))) and z >= _RARE_PART_ZIPF)  # "retries", "passphrase"


_INFLECTIONS = ("s", "ed", "ing", "ly", "ous", "ful", "less", "ive", "est")
# Endings that make a word of a word: a token that is a known word plus one of these is that
# word inflected ("logits" = "logit" + "s"), not two words glued ("log its").
_WORD_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def _inflected(x: str) -> bool:
    # A first part that is plural, past, a gerund or an adverb is a phrase word, not a
    # compound's modifier ("soulsbeneath", "wanderingsouls", "quicklyadded").
    return len(x) >= 4 and x.endswith(_INFLECTIONS) and (not x.endswith("ss") or x.endswith("less"))


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
    if mode != "name":
        known = known_glue(word, "en")
        if known is not None:
            return known  # "alot", "eventhough": glues the word lists hold as words
    zt = lex.zipf(word)
    if zt >= _COMMON_ZIPF or (mode == "name" and zt > 0.0) or _pronominal_adverb(word):
        return None
    best: tuple[int, ...] | None = None
    best_score = -1.0
    for i in range(1, n):
        a, b = word[:i], word[i:]
        if not (_is_part(a) and (_is_part(b) or _rare_after_function_word(a, b, zt, mode))):
            continue
        score = _pair_score(a, b, zt, mode)
        if score is not None and score > best_score:
            best, best_score = (i,), score
    if best is None and zt == 0.0 and n >= 9 and mode == "lower" and not _prefixed_word(word):
        # Two dropped spaces in a row ("secretstowandering"): a word, then a glued pair; not
        # a prefix and a word ("postinstall" is no "pos tin stall").
        for i in range(3, n - 5):
            a = word[:i]
            if not _is_part(a) or lex.zipf(a) < _PART_MIN_ZIPF or a in lex.PREFIXES:
                continue
            rest = _glue_split(word[i:], "lower")
            if rest is not None and len(rest) == 1 and lex.zipf(word[i:]) == 0.0:
                best = (i, i + rest[0])
                break
    if best is None and zt == 0.0 and mode == "lower" and n >= _LONG_GLUE_LEN:
        best = _long_listed_pair(word)
    if best is None:
        return best
    plain = _plain_function_glue(word, best)
    for ending in _WORD_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if zt == 0.0 and lex.zipf(stem) >= 1.5 and not plain and not _function_glue_beats(word, best, stem):
            return None  # an inflected word the list lacks ("logits")
        if (ending[0] in "eil" and len(stem) >= 5 and stem[-1] == stem[-2] and stem[-1] not in "aeiou"
                and lex.zipf(stem[:-1]) >= 2.5):
            return None  # ... with its last consonant doubled ("formatter", "unmapped")
    if zt > 0.0:
        return best
    # Guards for unknown tokens, in order of cost.
    if _fragment_of_word(word) and not _function_pair(word, best) and not _function_then_common(word, best):
        # ("endles" of "endless"); but two function words ("andits") are a glue even when a
        # letter more makes a word ("bandits"): a split there is found before this is asked
        return None
    if lex.is_code_word(word) or _identifier(word, best):
        return None
    if lex.zipf_foreign(word) >= _FOREIGN_MIN_ZIPF and (len(best) > 1 or not _plainly_english(word, best)):
        # (a common word of another language is that word; "referto" is still "refer to", but
        # three English words glued in a row are far rarer than "andamento")
        return None
    return best


# English writes its pronominal adverbs as one word ("thereinto", "wherethrough", "herebefore",
# "hitherward") and its indefinite ones too ("somewhence", "otherwhere", "anywise"): a closed
# class, old but alive in legal and literary prose, where a dropped space almost never lands.
_PRONOMINAL_HEADS = frozenset("here there where hither thither whither".split())
_PRONOMINAL_TAILS = frozenset("""about abouts above after against along among at before by for fore from
    in into of off on onto out over since through throughout till to under unto until up upon ward wards
    with withal within without inafter inbefore inabove inbelow away tobefore""".split())
_INDEFINITE_HEADS = frozenset("some any no every other else".split())
_INDEFINITE_TAILS = frozenset("where whence whither wise whit how when".split())
# ... and their kin on "then" and "when" ("thenabouts", "whenas" beside "whereas"), and "noways"
# and "otherways" beside "always" ("some ways", "any ways" are common phrases, and glue)
_OLD_ADVERB_PAIRS = frozenset({("then", "abouts"), ("when", "as"), ("no", "ways"), ("other", "ways")})


def _pronominal_adverb(word: str) -> bool:
    """A pronominal adverb ("thereinto") or an indefinite one ("somewhence"): one word."""
    for i in range(2, min(8, len(word) - 1)):
        head, tail = word[:i], word[i:]
        if (head in _PRONOMINAL_HEADS and tail in _PRONOMINAL_TAILS) \
                or (head in _INDEFINITE_HEADS and tail in _INDEFINITE_TAILS) or (head, tail) in _OLD_ADVERB_PAIRS:
            return True
    return False


def _long_listed_pair(word: str) -> tuple[int, ...] | None:
    """Where a long token that no list knows and the dictionary lists as no form splits into two
    long forms it lists ("barreladjuster", "normalpainkiller"): two words, one rare, whose glue
    the frequency floors miss; not a prefix, a suffix or a name in code ("creationflags")."""
    lex = _lexicon()
    if known_form(word, "en"):
        return None
    for i in range(_LONG_GLUE_PART, len(word) - _LONG_GLUE_PART + 1):
        a, b = word[:i], word[i:]
        if min(lex.zipf(a), lex.zipf(b)) < _LONG_GLUE_PART_ZIPF or not (known_form(a, "en") and known_form(b, "en")):
            continue
        if a in lex.PREFIXES or b in lex.SUFFIX_WORDS or b in _CODE_HEADS or b.rstrip("s") in _CODE_HEADS \
                or _identifier(word, (i,)) or _prefixed_word(word):
            continue
        return (i,)
    return None


def _rare_after_function_word(a: str, b: str, zt: float, mode: str) -> bool:
    """A rare word of six letters or more after a function word of three or more ("the
    sundial", "its gnomon"), in an unknown lower-case token."""
    lex = _lexicon()
    return (zt == 0.0 and mode == "lower" and len(a) >= 3 and a in lex.FUNCTION_WORDS and len(b) >= 6
            and lex.zipf(b) >= _RARE_PART_ZIPF)


def _prefixed_word(word: str) -> bool:
    """A known prefix, then a word ("postinstall", "reupload", "subagent")."""
    lex = _lexicon()
    return any(word[:i] in lex.PREFIXES and lex.zipf(word[i:]) >= _JOIN_MIN_ZIPF for i in range(2, min(8, len(word) - 2)))


# How programmers start a name: "getusername", "maxretries", "usecache", "isvalid" written in
# prose without backticks are identifiers, not glued words (a glue with a function word after
# the prefix, "isthe", still counts).
_IDENTIFIER_PREFIXES = frozenset("get set is has use max min num enable disable init load show".split())


# Programmers' short forms: a token with one of these as a part is a name in code ("dirpath",
# "certfile", "fileno", "kwargs"), not two words glued.
_CODE_PARTS = frozenset("""dir dirs col cert comp char chars val vals num nums str strs cmd cmds arg args
    len obj objs src dst tmp buf ptr idx msg msgs cfg conf lib libs func param params attr attrs dict
    init exec eval repr proc pid uid gid ctx env var vars err errno stderr stdout stdin utf sys db
    sql api url uri http json xml html cls iter fd fp mem addr stat mod pkg int bool impl util
    utils async sync meta doc docs no git data dev""".split())


# Last parts of the names programmers give settings and values ("fontsize", "exitcode",
# "colormode", "optionflags"): two plain nouns ending in one of these are a name, not a glue.
_CODE_HEADS = frozenset("""size sizes name names color colour code codes mode modes level flags flag file
    files string strings width height factor factors value values length date list hint loop case unit
    digits item items type types path key count index buffer handler hook info id ids""".split())


def _identifier(word: str, split: tuple[int, ...]) -> bool:
    head, rest = word[: split[0]], word[split[0] :]
    lex = _lexicon()
    fw = lex.FUNCTION_WORDS
    if len(split) == 1 and ((head in _CODE_PARTS and head not in fw and rest not in fw)
                            or (rest in _CODE_PARTS and rest != "no")
                            or (rest == "no" and len(head) >= 3 and head not in fw and not _inflected(head))):
        return True  # "dirpath", "fileno"; but "hasno", "reportsno" are glues
    # (an adverb after "is" or "has" is prose, not a name: "isprobably", "hasusually"; and so
    # is a common participle after "is", "has": "isserved", "hasbecome", "isgoing")
    if head in ("is", "has") and len(rest) >= 4 and lex.zipf(rest) >= _COMMON_AFTER_IS_ZIPF and known_form(rest, "en"):
        return False  # a common word the dictionary lists after "is" is prose ("islarger"); "isvalid" a name
    return head in _IDENTIFIER_PREFIXES and rest not in _lexicon().FUNCTION_WORDS \
        and not (rest.endswith("ly") and len(rest) >= 5 and lex.zipf(rest) >= _BARE_PAIR_MIN_ZIPF) \
        and not (head in ("is", "has") and len(rest) >= 5 and lex.zipf(rest) >= _PARTICIPLE_AFTER_ZIPF
                 and (rest.endswith("ed") or rest in _IRREGULAR_PARTICIPLES or (head == "is" and rest.endswith("ing"))))


_IRREGULAR_PARTICIPLES = frozenset("become been done gone given taken written seen known shown grown thrown "
                                   "chosen broken spoken driven eaten fallen forgotten hidden ridden risen "
                                   "shaken stolen sworn torn worn woken begun run sung drunk swum".split())
_PARTICIPLE_AFTER_ZIPF = 4.0  # a participle this common after "is" or "has" is prose, not a name


def _plain_function_glue(word: str, split: tuple[int, ...]) -> bool:
    """A function word of three letters or more, then a common word ("thebed"): a glue even
    when the letters also read as a rare word plus an ending ("thebe" + "d")."""
    lex = _lexicon()
    if len(split) != 1:
        return False
    a, b = word[: split[0]], word[split[0]:]
    fw = lex.FUNCTION_WORDS
    return a in fw and len(a) >= 3 and lex.zipf(b) >= _COMMON_ZIPF  # ("logits" is no "log its")


def _function_glue_beats(word: str, split: tuple[int, ...], stem: str) -> bool:
    """A function word and a common word ("a paper", "system as") read better than a rare
    stem and an ending ("apap" + "er", "systema" + "s")."""
    lex = _lexicon()
    if len(split) != 1:
        return False
    a, b = word[: split[0]], word[split[0]:]
    fw = lex.FUNCTION_WORDS
    return ((a in fw and lex.zipf(b) >= _COMMON_PART_ZIPF) or (b in fw and len(b) >= 2 and lex.zipf(a) >= _COMMON_PART_ZIPF)) \
        and lex.zipf(stem) < _WEAK_ZIPF


def _function_then_common(word: str, split: tuple[int, ...]) -> bool:
    """A function word of two letters or more, then a common word ("is placed"): read so even
    when a letter more in front makes a word ("displaced"), a letter the text does not have."""
    lex = _lexicon()
    a, b = word[: split[0]], word[split[0]:]
    return len(split) == 1 and len(a) >= 2 and a in lex.FUNCTION_WORDS and lex.zipf(b) >= _COMMON_PART_ZIPF


def _function_pair(word: str, split: tuple[int, ...]) -> bool:
    fw = _lexicon().FUNCTION_WORDS
    return len(split) == 1 and word[: split[0]] in fw and word[split[0] :] in fw and len(word) >= 5


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
    common = lex.english_words(3.0)
    return any(word + c in common or c + word in common for c in _LETTERS)


def _pair_score(a: str, b: str, zt: float, mode: str) -> float | None:
    lex = _lexicon()
    za, zb = lex.zipf(a), lex.zipf(b)
    fa, fb = a in lex.FUNCTION_WORDS, b in lex.FUNCTION_WORDS
    if zt > 0.0:
        # A known token: only a glue of a function word that the split beats by far ("ofthe").
        margin = _KNOWN_MARGIN if zt >= 2.0 else _RARE_KNOWN_MARGIN
        if fa and fb:
            margin = min(margin, _FUNCTION_PAIR_MARGIN)  # "itis": a rare token, two very common words
        if not (fa or fb) or za + zb - 9.0 - zt < margin:
            return None
        return za + zb
    if mode == "name":
        # Title Case ("What Survives the") or a name followed by a function word.
        if fb and (fa or (len(a) >= 4 and za >= _PART_MIN_ZIPF)) and len(a) + len(b) >= 5:
            return za + zb
        return None
    if a in lex.PREFIXES and not fb and not (za >= _COMMON_PAIR_ZIPF and zb >= _COMMON_PAIR_ZIPF and len(b) >= 4) \
            and not (mode == "lower" and (b in CARDINALS["en"] or b in _QUANTITIES
                                          or (b.endswith("ly") and len(b) >= 6 and zb >= _SUFFIX_HOST_ZIPF))):
        # "upsample", "reindex"; but "extrastaff" is two common words, and no prefix goes
        # before a number or an adverb ("overtwelve", "backroughly")
        return None
    if b in lex.SUFFIX_WORDS and not fa and not _glued_before_suffix_word(a, b, zt, mode):
        return None
    if fa and fb:
        # "ofthe", "tothe", "itwas"; two short ones ("ason", "isit") are more often a fragment.
        if max(len(a), len(b)) < 3 or len(a) + len(b) < 5:
            return None
        return za + zb + 1.0
    if fa or fb:
        content = b if fa else a
        if a == "a" and len(b) < 4 and not fb:
            return None
        if len(content) < 4 and lex.zipf(content) < _SHORT_PART_MIN_ZIPF:
            return None
        return za + zb + 1.0
    if len(a) < 3 or len(b) < 3:
        return None
    if _inflected(a) and min(za, zb) >= _PART_MIN_ZIPF:
        return za + zb
    if (mode == "lower" and _inflected(a) and len(a) >= 6 and len(b) >= 4 and za >= _RARE_PART_ZIPF
            and zb >= _COMMON_PART_ZIPF):
        return za + zb  # a rare inflected word, then a common one ("retriestwice")
    if (mode == "lower" and b.endswith(("ing", "ed")) and len(a) >= 5 and len(b) >= 6
            and za >= _INFLECTED_HEAD_MIN_ZIPF and zb >= _PART_MIN_ZIPF):
        return za + zb  # a word, then a participle ("patientgnawing"); not a compound noun
    if mode == "lower" and a in CARDINALS["en"] and len(b) >= 4 and b.endswith("s") and known_form(b, "en") \
            and lex.zipf(b[:-1]) >= _RARE_PART_ZIPF and known_form(b[:-1], "en"):
        return za + zb  # a number and a plural ("twohandfuls"): no word starts so
    if mode == "lower" and len(b) >= 3 and zb >= _BARE_PAIR_MIN_ZIPF and _graded_adjective(a):
        return za + zb  # "longerloop", "smallestcog", "cleanestway": no name starts so
    if (b in lex.COMPOUND_HEADS or b in _CODE_HEADS) and not (za >= _COMMON_PAIR_ZIPF + 0.5 and zb >= 4.0) \
            and not (b not in _CODE_HEADS and mode == "lower" and min(za, zb) >= _UNLISTED_COMPOUND_ZIPF
                     and not known_form(a + b, "en")):
        # "lanternfish", "fontsize"; but "sameline" starts with a word too common to modify, and
        # two common words the dictionary does not list as one are two words ("biggerfish")
        return None
    if min(za, zb) >= (_BARE_PAIR_MIN_ZIPF if mode == "lower" else _BARE_INITIAL_MIN_ZIPF):
        return za + zb
    return None


_QUANTITIES = frozenset("plenty enough half twice several dozen dozens hundreds thousands".split())


# Suffix-like words that make no new words today: the dictionary lists the ones English has
# ("railway", "hallway", "countryside"), and a word before one in a token it does not list is
# a glue ("newway", "easiestway", "oneside").
_CLOSED_SUFFIX_WORDS = frozenset("way ways side".split())
_SUFFIX_HOST_ZIPF = 3.5  # ... a word at least this common before it


def _glued_before_suffix_word(a: str, b: str, zt: float, mode: str) -> bool:
    """A common word before "way" or "side" in an unknown token the dictionary does not list,
    or a plural before "like" ("lookslike": -like takes a noun, never its plural)."""
    if zt > 0.0 or mode != "lower" or len(a) < 3 or known_form(a + b, "en"):
        return False
    lex = _lexicon()
    if b in _CLOSED_SUFFIX_WORDS:
        return lex.zipf(a) >= _SUFFIX_HOST_ZIPF and known_form(a, "en")
    return b == "like" and a.endswith("s") and not a.endswith("ss") and lex.zipf(a[:-1]) >= _SUFFIX_HOST_ZIPF \
        and lex.zipf(a) >= _SUFFIX_HOST_ZIPF


def _graded_adjective(a: str) -> bool:
    """A comparative or a superlative of a common adjective ("longer", "smallest", "finer",
    "easiest"), which no compound and no programmer's name begins with."""
    lex = _lexicon()
    if len(a) < 5 or not known_form(a, "en"):
        return False
    for ending, other in (("est", "er"), ("er", "est")):
        if a.endswith(ending):
            stem = a[: -len(ending)]
            if not known_form(stem + other, "en"):
                return False  # a comparative has its superlative ("longer", "longest"); "server" none
            bases = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
                     stem[:-1] if len(stem) >= 3 and stem[-1] == stem[-2] else stem)
            return any(lex.zipf(x) >= _GRADED_BASE_ZIPF and known_form(x, "en") for x in bases)
    return False


_GRADED_BASE_ZIPF = 4.0  # ... of an adjective this common


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
    if a not in lex.FUNCTION_WORDS and b not in lex.FUNCTION_WORDS and min(len(a), len(b)) >= 2 \
            and lex.zipf(joined) > 0.0 and known_form(joined, "en") and not (known_form(a, "en") and known_form(b, "en")):
        return True  # a form the dictionary lists, broken into a piece that is no form ("qui rks")
    wa, wb = _weak(a), _weak(b)
    if not (wa or wb):
        return _rare_pieces_of_common_word(a, b)
    if len(joined) < 4 and not (wa and wb) or len(joined) < 3:
        return False  # (two letters are no word broken: "e o" in Portuguese is no "eo")
    # A piece no list knows (or a lone letter) is surely a fragment, so a rarer word will do.
    sure = any(w and (len(x) == 1 or x in _BOUND_ENDINGS or (len(x) >= 3 and lex.zipf(x) < _RARE_PIECE_ZIPF))
               for x, w in ((a, wa), (b, wb)))
    if wa and wb and len(joined) >= 6 and (sure or min(len(a), len(b)) == 2):
        # both pieces fragments, one surely ("gn omon", "retri es"): a rare word will do
        return lex.zipf(joined) >= _BOTH_WEAK_JOIN_MIN_ZIPF
    return lex.zipf(joined) >= (_SURE_JOIN_MIN_ZIPF if sure else _JOIN_MIN_ZIPF)


def _rare_pieces_of_common_word(a: str, b: str) -> bool:
    """Two pieces that are words, but rare ones, of a far commoner word ("sta rts", "loca
    tion"); one of them short, neither a function word."""
    lex = _lexicon()
    if min(len(a), len(b)) > _SHORT_PIECE_LEN or a in lex.FUNCTION_WORDS or b in lex.FUNCTION_WORDS:
        return False
    top = max(lex.zipf(a), lex.zipf(b))
    return top < _RARE_PIECES_MAX_ZIPF and lex.zipf(a + b) >= top + _RARE_PIECES_MARGIN


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

