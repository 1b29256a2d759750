"""Which word forms a language has, from simplemma's lemmatization dictionaries: a second
opinion on "is this a word?", independent of wordfreq's frequencies.

wordfreq knows how often a token occurs in text, glues and fragments included: its rarest
entries hold "toosoon", "ssen" and "dei" beside real rare words, so frequency alone cannot tell
"latoripido" from a rare word.  simplemma's dictionaries list the inflected forms of a
language's words (built from Měchura's lemmatization lists, Wiktionary via Kaikki, FreeLing,
spaCy's lookup tables and Unimorph; not from running text, and not from hunspell, whose
dictionaries label the test sets), so a glue of two words is rarely among them while its two
parts are.  The glued- and split-word checks ask both.

Each language's dictionary is read on first use, for a language an answer is written in, through
simplemma's stream reader (its front-coded file, a block index over it, a few records decoded
per look-up): about 0.1-0.6 s and up to 20 MB per language, once per process.  A missing or broken
simplemma makes every form unknown, which only takes the second opinion away.
"""

from __future__ import annotations

import threading
from collections.abc import Container
from functools import lru_cache

__all__ = ["known_form", "available", "lemma"]

_lock = threading.Lock()
_maps: dict[str, Container[str] | None] = {}


def _forms(lang: str) -> Container[str] | None:
    found = _maps.get(lang, False)
    if found is False:
        with _lock:
            found = _maps.get(lang, False)
            if found is False:
                try:
                    from simplemma.strategies.dictionaries import StreamDictionaryFactory

                    found = StreamDictionaryFactory(cache_max_size=8).get_dictionary(lang)
                except Exception:  # noqa: BLE001 - not installed, no such language, a damaged file
                    found = None
                _maps[lang] = found
    return found


def available(lang: str) -> bool:
    """True when ``lang``'s forms can be looked up."""
    return _forms(lang) is not None


@lru_cache(maxsize=100_000)
def known_form(word: str, lang: str) -> bool:
    """True when lower-case ``word`` is a form of a word of ``lang`` in simplemma's dictionary
    (as written, or capitalised in German, whose nouns are listed so; elsewhere a capitalised
    entry is a name: "Paris" does not make "paris" an English word)."""
    forms = _forms(lang)
    if forms is None or not word or len(word) > 60:
        return False
    try:
        return word in forms or (lang == "de" and word.capitalize() in forms)
    except (ValueError, UnicodeError):
        return False  # (a lone surrogate cannot be encoded for the look-up)


@lru_cache(maxsize=20_000)
def lemma(word: str, lang: str) -> str | None:
    """The dictionary's lemma of lower-case ``word`` ("kleinen": "klein", "mischen": itself), or
    None when it lists no such form."""
    forms = _forms(lang)
    if forms is None or not word or len(word) > 60:
        return None
    try:
        found = forms.get(word) if hasattr(forms, "get") else None
    except (ValueError, UnicodeError, KeyError):
        return None
    return found if isinstance(found, str) else None
