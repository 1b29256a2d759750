"""Numbers written out as one word, which German and Italian do for any number below a million
("einunddreißigsten", "zweihundertfünfzig", "centotrentasette", "duemilaventicinque").

The word lists hold the common ones only, so a rarer one looks like glued words ("ein und
dreißigsten", "cento trenta sette") to the frequency tests; these are told by their grammar
instead.  French and Portuguese write numbers apart or with hyphens, and Spanish's one-word
numbers (veintidós, doscientos) are all in the lists.

``CARDINALS`` holds the numbers each judged language writes as words of their own, for the glue
of a number and the noun it counts ("twohandfuls", "soixanteans").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["is_number_word", "CARDINALS"]

# The numbers each language writes as a word of their own, apart from the noun they count ("two
# handfuls", "soixante ans", "cem gramas"): a glue when written on to it.
CARDINALS = {
    "en": frozenset("""two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
        ninety hundred thousand million billion""".split()),
    "fr": frozenset("""deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
        seize vingt trente quarante cinquante soixante cent cents mille""".split()),
    "es": frozenset("""dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta
        cuarenta cincuenta sesenta setenta ochenta noventa cien mil""".split()),
    "pt": frozenset("""dois duas três quatro cinco seis sete oito nove dez onze doze vinte trinta
        quarenta cinquenta sessenta setenta oitenta noventa cem mil""".split()),
    "it": frozenset("""due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta
        quaranta cinquanta sessanta settanta ottanta novanta cento mille mila""".split()),
}

_DE_UNIT = "(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_DE_TEEN = "(?:zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)"
_DE_TENS = "(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
_DE_BELOW_100 = f"(?:(?:{_DE_UNIT}und)?{_DE_TENS}|{_DE_TEEN}|{_DE_UNIT})"
_DE_BELOW_1000 = f"(?:(?:{_DE_UNIT}|{_DE_TEEN})?hundert{_DE_BELOW_100}?|{_DE_BELOW_100})"  # (years: "neunzehnhundert")
_DE_NUMBER = f"(?:{_DE_BELOW_1000}?tausend{_DE_BELOW_1000}?|{_DE_BELOW_1000})"
# ordinals and the words numbers make ("-jährige", "-mal", "-fach", "-tel")
_DE_SUFFIX = "(?:s?te[nmrs]?|mal|fach(?:e[nmrs]?)?|erlei|s?tel|jährig(?:e[nmrs]?)?)?"

_IT_UNIT = "(?:uno|un|due|tre|tré|quattro|cinque|sei|sette|otto|nove)"
_IT_TEEN = "(?:dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove)"
_IT_TENS = "(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[ai]?"
_IT_BELOW_100 = f"(?:{_IT_TENS}{_IT_UNIT}?|{_IT_TEEN}|{_IT_UNIT})"
_IT_HUNDREDS = "(?:due|tre|quattro|cinque|sei|sette|otto|nove)?cent[oe]?"
_IT_BELOW_1000 = f"(?:{_IT_HUNDREDS}{_IT_BELOW_100}?|{_IT_BELOW_100})"
_IT_NUMBER = f"(?:(?:mille|{_IT_BELOW_1000}mila){_IT_BELOW_1000}?|{_IT_BELOW_1000})"
_IT_ORDINAL = re.compile("(.+)esim[oaie]")  # the cardinal less its last vowel: "trentaquattresimo"

_NUMBER_RE = {
    "de": re.compile(f"{_DE_NUMBER}{_DE_SUFFIX}"),
    "it": re.compile(_IT_NUMBER),
}


@lru_cache(maxsize=4096)
def is_number_word(word: str, lang: str) -> bool:
    """True when lower-case ``word`` is a number written out as one word in ``lang`` (German or
    Italian), of two parts or more ("einundvierzig", "centotrentuno"; not "und", "cento")."""
    pattern = _NUMBER_RE.get(lang)
    if pattern is None or len(word) < 6:
        return False
    if pattern.fullmatch(word):
        return True
    ordinal = _IT_ORDINAL.fullmatch(word) if lang == "it" else None
    return ordinal is not None and any(pattern.fullmatch(ordinal.group(1) + v) for v in ("", "o", "e", "i", "a"))
