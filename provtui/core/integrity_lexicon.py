"""Word knowledge for the integrity checks: word frequencies and closed word classes.

Frequencies come from wordfreq's lists (Zipf scale: 7 = "the", 3 = once per million words, 0 =
not in the list), read on first use only, straight from its data files (0.1 s for English,
against 0.4 s through ``import wordfreq``), because ``provtui run`` and ``--version`` must
start fast and most commands never look at a word.
``warm_up()`` loads everything up front (call it from a worker so the first streamed answer
does not pay the ~1 s load on the UI's time).
"""

from __future__ import annotations

import gc
import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

__all__ = [
    "zipf",
    "zipf_foreign",
    "is_code_word",
    "warm_up",
    "english_words_at_least",
    "english_words",
    "FUNCTION_WORDS",
    "TWO_LETTER_WORDS",
    "PREFIXES",
    "SUFFIX_WORDS",
    "COMPOUND_HEADS",
]

# Languages whose words a model's English answer quotes most; a token that is a word there is
# not a glued English pair (e.g. "gesundheit", "bonjour", "zeitgeist").
FOREIGN_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")

_lock = threading.Lock()
_english: dict[str, float] | None = None
_foreign: list[dict[str, float]] | None = None
_code_words: frozenset[str] | None = None


def _cbpack(lang: str, wordlist: str) -> list[list[str]]:
    """wordfreq's own word list for ``lang``: bucket ``i`` holds the words of frequency
    ``10 ** (-i / 100)`` (see ``wordfreq.read_cBpack``).

    Read straight from the package's data file with gzip and msgpack: importing wordfreq
    itself (langcodes, regex, its tokenizers) costs 0.2 s that a frequency look-up never uses.
    Falls back to wordfreq's API when the file is not where this wordfreq keeps it."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("wordfreq")
    folders = list(spec.submodule_search_locations or []) if spec else []
    sizes = ("large", "small") if wordlist in ("best", "large") else (wordlist,)
    for folder in folders:
        for size in sizes:
            path = os.path.join(folder, "data", f"{size}_{lang}.msgpack.gz")
            if os.path.exists(path):
                import gzip

                import msgpack

                with gzip.open(path, "rb") as fh:
                    packed = fh.read()
                # one bucket at a time: no single call holds the GIL for more than a couple of
                # ms, so a load running beside streams (the TUI's live analysis) cannot delay their
                # stamps
                unpacker = msgpack.Unpacker(raw=False, max_buffer_size=len(packed) + 1)
                unpacker.feed(packed)
                n = unpacker.read_array_header()
                header = unpacker.unpack() if n else None
                if isinstance(header, dict) and header.get("format") == "cB" \
                        and header.get("version") == 1:
                    return [unpacker.unpack() for _ in range(n - 1)]
    import wordfreq

    return wordfreq.get_frequency_list(lang, wordlist)


def _freq_dict(pack: list[list[str]]) -> dict[str, float]:
    # the same dict as wordfreq.get_frequency_dict, built a bucket at a time in C
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(pack):
        freqs.update(dict.fromkeys(bucket, 10 ** (-index / 100)))
    return freqs


_english_pack: list[list[str]] | None = None


@contextmanager
def _no_collection() -> Iterator[None]:
    """Millions of new strings would trigger dozens of full collections of a heap that only
    grows (0.5 s of the 1.4 s the foreign lists take): none while a list loads."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load_english() -> dict[str, float]:
    global _english, _english_pack
    if _english is None:
        with _lock:
            if _english is None:
                with _no_collection():
                    _english_pack = _cbpack("en", "large")
                    _english = _freq_dict(_english_pack)
    return _english


def _load_foreign() -> list[dict[str, float]]:
    global _foreign
    if _foreign is None:
        with _lock:
            if _foreign is None:
                with _no_collection():
                    _foreign = [_freq_dict(_cbpack(lang, "best")) for lang in FOREIGN_LANGUAGES]
    return _foreign


def _to_zipf(freq: float | None) -> float:
    if not freq:
        return 0.0
    return round(math.log10(freq) + 9.0, 2)


# The shipped compact index (provtui.core.english_index) answers single words without
# building the 321,000-word dict: a short answer's analysis looks up a few hundred words.  After
# this many distinct words looked up in it (3 us each; 16,000 for a 200 KB corpus), building
# the dict and the sets (0.15 s) is the cheaper way on.
_INDEX_LOOKUPS_BEFORE_LOAD = 20_000
_index = None  # EnglishIndex, False when unusable (then wordfreq's file is read)
_index_lookups = 0


def _english_index():
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                from provtui.core import english_index

                _index = english_index.open_index() or False
    return _index


def _buckets(word: str) -> tuple[int, int] | None:
    """(first, last) bucket of ``word`` from the compact index, or None when the full list
    should be used instead (loaded already, index unusable, or many look-ups made)."""
    if _english is not None:
        return None
    if not _english_index() or _index_lookups >= _INDEX_LOOKUPS_BEFORE_LOAD:
        return None
    return _indexed(word)


@lru_cache(maxsize=100_000)
def _indexed(word: str) -> tuple[int, int]:
    global _index_lookups
    _index_lookups += 1
    return _index.buckets(word) or (-1, -1)  # type: ignore[union-attr]


def full_list_loaded() -> bool:
    return _english is not None


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a lower-case English word; 0.0 when wordfreq does not know it."""
    found = _buckets(word)
    if found is not None:
        # the same float as the dict's value: 10 ** (-bucket / 100), the word's last bucket
        return _to_zipf(None if found[1] < 0 else 10 ** (-found[1] / 100))
    return _to_zipf(_load_english().get(word))


@lru_cache(maxsize=20_000)
def zipf_foreign(word: str) -> float:
    """Highest Zipf frequency of a lower-case word in the other languages checked.

    From wordfreq's *small* lists (words at Zipf 3 and above), read by ``lang_lexicon``: the
    six load in ~0.1 s, where the large ones took seconds at the end of ``provtui run``."""
    from provtui.core import lang_lexicon

    return max(lang_lexicon.zipf_small(word, lang) for lang in FOREIGN_LANGUAGES)


def is_code_word(word: str) -> bool:
    """True for lower-case names programmers write in prose without backticks.

    Taken from the running interpreter (builtins, keywords, standard module names and the
    methods of the common types and modules), so "startswith", "isinstance", "getattr" or
    "setdefault" are never read as "starts with" / "is instance" glued together.
    """
    global _code_words
    if _code_words is None:
        with _lock:
            if _code_words is None:
                _code_words = _collect_code_words()
    return word in _code_words


def _collect_code_words() -> frozenset[str]:
    import builtins
    import keyword
    import sys

    names: set[str] = set(dir(builtins)) | set(keyword.kwlist) | set(sys.stdlib_module_names)
    for obj in (str, bytes, list, dict, set, int, float, tuple, object):
        names.update(dir(obj))
    import collections
    import functools
    import itertools
    import json
    import os
    import os.path
    import re

    for module in (os, os.path, re, json, itertools, functools, collections):
        names.update(dir(module))
    return frozenset(n.lower() for n in names if n.isascii() and n.isalpha())


def warm_up() -> None:
    """Load every word list now (takes about a second the first time)."""
    _load_english()
    english_words_at_least(2.0)
    english_words_at_least(2.5)
    english_words_at_least(4.0)
    zipf_foreign("")  # the small lists of the other languages (~0.1 s)
    is_code_word("")


# Closed-class words.  A glued pair that has one of these on either side ("ofthe",
# "soulsbeneath", "thingwas") is almost never a real compound, unlike two content words
# ("toolchain", "webhook") which English glues on purpose all the time.
FUNCTION_WORDS = frozenset("""
a an the this that these those my your his her its our their some any no every each all both
either neither much many more most few other another such what which who whom whose when
where why how whether if then than because since while though although unless until as so
and or but nor yet also not only just very too quite rather even still already again ever
never always often here there now i me you he him she it we us they them is am are was were
be been being have has had having do does did doing will would shall should can could may
might must of in on at by for with about against between into through during before after
above below to from up down out off over under further once per via upon onto within without
among across along around behind beyond beneath beside besides toward towards near unlike
despite except inside outside past
""".split())

# Two-letter words that stand on their own in English prose; anything else of two letters
# ("se", "ll", "ve", "re") is a fragment, not a word.
TWO_LETTER_WORDS = frozenset("""
am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we
""".split())

# Word-forming prefixes: "unbatched", "reindex", "upsample", "subagent" are words a reader
# accepts even when no word list has them.
PREFIXES = frozenset("""
un re de pre non anti over under out up down sub super inter intra multi semi mis dis co
counter micro macro mega meta auto bio cyber eco geo hyper mini neo post pro pseudo tele trans
ultra cross off back self mid mono poly omni uni bi tri quad fore extra hydro photo thermo
electro neuro
""".split())

# Word-forming second parts: "streamlike", "tokenwise", "sugarfree", "fanbased".
SUFFIX_WORDS = frozenset("""
like less wise ness able ible ful ship hood fold ward wards proof free based driven related
style type side most way ways
""".split())


class WordsAtLeast:
    """Membership in ``english_words_at_least(min_zipf)`` answered word by word from the
    compact index (the same comparison on the word's first bucket), without building the set."""

    __slots__ = ("min_zipf", "floor")

    def __init__(self, min_zipf: float) -> None:
        self.min_zipf = min_zipf
        self.floor = 10.0 ** (min_zipf - 9.0)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = _buckets(word)
        if found is None:  # the full list is (to be) loaded: the real set from now on
            return word in english_words_at_least(self.min_zipf)
        return found[0] >= 0 and 10 ** (-found[0] / 100) >= self.floor


@lru_cache(maxsize=8)
def _words_at_least_view(min_zipf: float) -> WordsAtLeast:
    return WordsAtLeast(min_zipf)


def english_words(min_zipf: float) -> frozenset[str] | WordsAtLeast:
    """What ``english_words_at_least`` answers, for membership tests only: the frozenset when
    the full list is loaded, else a view on the compact index (nothing built for a short
    answer)."""
    if _english is None and _english_index() and _index_lookups < _INDEX_LOOKUPS_BEFORE_LOAD:
        return _words_at_least_view(min_zipf)
    return english_words_at_least(min_zipf)


@lru_cache(maxsize=8)
def english_words_at_least(min_zipf: float) -> frozenset[str]:
    """Every English word at or above ``min_zipf``: one set lookup instead of a log per token."""
    floor = 10.0 ** (min_zipf - 9.0)
    _load_english()
    assert _english_pack is not None
    # a bucket's words share one frequency: compare it once per bucket, not once per word
    keep = [b for i, b in enumerate(_english_pack) if b and 10 ** (-i / 100) >= floor]
    return frozenset(w for b in keep for w in b)

# The commonest heads of English closed compounds: with one of these last, two plain nouns are
# far more often a compound the list lacks ("lanternfish", "chargepoint") than a glued pair.
COMPOUND_HEADS = frozenset("""
fish fly bird berry tree wood work works house room man men woman women boat ship board line
lines side ware craft land field yard point base book light stone ground town water weed worm
""".split())
