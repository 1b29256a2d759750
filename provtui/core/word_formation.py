"""How French, Spanish, Italian, Portuguese and German make one word of two pieces, for the
glued-word checks (``glue_intl``, ``split_intl``): prefixes and the words that work as prefixes,
endings that never stand alone, and words formed with a suffix, a second element or a unit
prefix.  A token made this way is one word whatever the word lists say ("subclave",
"daguerréotypiste", "colombofilo", "chilopascal", "nachmischen")."""

from __future__ import annotations

from provtui.core import lang_lexicon as lex
from provtui.core.glue_de import DE_PARTICLES, de_infinitive
from provtui.core.morph_lexicon import known_form, lemma

__all__ = ["BOUND_ENDINGS", "PREFIX_WORDS", "PREFIXES", "formed_word", "unit_word"]

_ES_HABER = frozenset("he has ha hemos habéis han".split())
_ES_PARTICIPLE_ENDS = ("ado", "ido", "ído", "to", "cho", "so")


# Suffixes that make a noun of a person, a trade or a tool of a noun ("bandonéon" ->
# "bandonéoniste", "sorbete" -> "sorbetera", "strozza" -> "strozziere")
_AGENT_SUFFIXES = {
    "fr": ("iste", "istes", "ier", "iers", "ière", "ières", "eur", "euse"),
    "es": ("ista", "istas", "ero", "era", "eros", "eras", "ería"),
    "it": ("ista", "isti", "iste", "aio", "aia", "aie", "iere", "ieri", "iera"),
    "pt": ("ista", "istas", "eiro", "eira", "eiros", "eiras"),
}
_AGENT_STEM_ZIPF = 1.5  # the noun it is made of is at least this common
_AGENT_HEAD_MAX_ZIPF = 4.0  # ... and the first part no word this common ("aprender" + "a")
# Greek and Latin second elements, after a word's stem in -o or -i ("colombofilo",
# "campanologo"); a word this common alone ("pode", "logo" in Portuguese) is left to the lists
_SECOND_ELEMENTS = frozenset("""filo filia fila fili filos filas filie logo logi loga logia logue
    logues logos fobo fobia fobe phobe phobie grafo grafia grafi graphe graphie metro metri metre
    mètre cida cide voro vore fago phage fono phone scopio scope scopia cultura cultore culture
    crazia cratie patia pathie terapia thérapie teca thèque dromo drome sfera sphère""".split())
_SECOND_ELEMENT_MAX_ZIPF = 5.0
# Suffixes that make a noun of a verb's action, and the verb's ending ("temperare" ->
# "temperaggio", "masquer" -> "masquage")
_ACTION_SUFFIXES = {
    "fr": (("age", "er"), ("ages", "er")),
    "es": (("aje", "ar"), ("ajes", "ar")),
    "it": (("aggio", "are"), ("aggi", "are")),
    "pt": (("agem", "ar"), ("agens", "ar")),
}
_ACTION_VERB_ZIPF = 1.0  # the verb is at least this common, or a form simplemma lists
# ... and the suffixes of a verb's present participle, an adjective or a noun of what does it
# ("desenredar" -> "desenredante", "decapar" -> "decapante")
_PARTICIPLE_SUFFIXES = {
    "es": (("ante", "ar"), ("antes", "ar"), ("iente", "er"), ("ientes", "er"), ("iente", "ir"), ("ientes", "ir")),
    "it": (("ante", "are"), ("anti", "are"), ("ente", "ere"), ("enti", "ere"), ("ente", "ire"), ("enti", "ire")),
    "pt": (("ante", "ar"), ("antes", "ar"), ("ente", "er"), ("entes", "er"), ("ente", "ir"), ("entes", "ir")),
}
# Unit prefixes ("chilopascal", "milliampère"), which prose writes alone only as a unit
_UNIT_PREFIXES = frozenset("chilo kilo quilo milli centi mega méga giga".split())


def _agent_noun(a: str, b: str, lang: str) -> bool:
    """``a`` + ``b`` is a noun made with an agent suffix, the split falling inside the suffix
    ("daguerréotypis" + "te", "sorbeter" + "a", "carni" + "era"): the noun it is made of is
    known.  An article after the split is left alone ("chiudeva" + "i"), and so is a first part
    that is a common word in its own right ("aprender" + "a", "orientali" + "era")."""
    word = a + b
    if b in lex.ARTICLES[lang] or lex.zipf(a, lang) >= _AGENT_HEAD_MAX_ZIPF:
        return False
    for suffix in _AGENT_SUFFIXES.get(lang, ()):
        if word.endswith(suffix) and len(b) < len(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if any(lex.zipf(stem + v, lang) >= _AGENT_STEM_ZIPF for v in ("", "e", "a", "o", "s")):
                return True
    return False


def _action_noun(word: str, lang: str) -> bool:
    """``word`` is the noun of a known verb's action ("temperaggio", of "temperare": no
    "tempe raggio")."""
    for suffix, ending in (*_ACTION_SUFFIXES.get(lang, ()), *_PARTICIPLE_SUFFIXES.get(lang, ())):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            verb = word[: -len(suffix)] + ending
            if lex.zipf(verb, lang) >= _ACTION_VERB_ZIPF or known_form(verb, lang):
                return True
    return False


def formed_word(a: str, b: str, lang: str) -> bool:
    """True when ``a`` + ``b`` is one word the way the language forms words, whatever the lists
    say: the feminine of a noun of agent in Spanish and Portuguese however split ("doseador" +
    "as", "rallado" + "ras"), an Italian noun of instrument however split ("schiumato" + "io",
    "raschiatoi" + "o"), a German particle verb ("nach" + "mischen": "nachmischen"; "zu"
    stands apart before an infinitive, and so does "mit" meaning "as well": "mit ausgeben"); a
    noun of agent split inside its suffix, a stem with a Greek or Latin second element and the
    noun of a verb's action or its present participle ("tempe" + "raggio": "temperaggio",
    "desenredan" + "te": "desenredante"; a function word first is a glue still: "de" +
    "masquage") (French, Spanish, Italian, Portuguese); and never a Spanish auxiliary before
    anything but a participle ("ha" + "proxy": "haproxy").  The action noun, on v3-v95: 19
    false alarms fewer, no glue lost; the participle, on v3-v99: 18 fewer, no glue lost."""
    if lang == "es" and a in _ES_HABER and b not in lex.FUNCTION_WORDS[lang] and not b.endswith(_ES_PARTICIPLE_ENDS):
        return True  # (Spanish "ha" is haber's, before a participle only: "haproxy" is a name)
    if lang in ("fr", "es", "it", "pt"):
        if _agent_noun(a, b, lang) or (a not in lex.FUNCTION_WORDS[lang] and _action_noun(a + b, lang)):
            return True
        if b in _SECOND_ELEMENTS and a.endswith(("o", "i")) and len(a) >= 4 \
                and a not in lex.FUNCTION_WORDS[lang] and lex.zipf(b, lang) < _SECOND_ELEMENT_MAX_ZIPF:
            return True
    if lang in ("es", "pt"):
        word = a + b
        return word.endswith(("dora", "doras", "tora", "toras", "sora", "soras")) and len(a) >= 5 and len(b) <= 3
    if lang == "it":
        return (a + b).endswith(("atoio", "itoio", "atoia", "itoia")) and len(a + b) >= 8
    if lang == "de":
        return (a in DE_PARTICLES and a not in ("zu", "mit") and de_infinitive(b)) or _de_inseparable_participle(a, b)
    return False


# German prefixes that make a verb inseparable, its participle without "ge-" ("überfettet")
_DE_INSEPARABLE = frozenset("über unter durch um hinter wider".split())
_DE_OWN_PREFIXES = ("ge", "be", "er", "ver", "ent", "zer", "emp", "miss")


def _de_inseparable_participle(a: str, b: str) -> bool:
    """``a`` + ``b`` is the participle of a German verb with an inseparable prefix, declined or
    not ("über" + "fetteten": "überfetteten Seifen", of "überfetten"): ``b`` is then a simple
    verb's form in -t, and a preposition before it would have no noun.  A verb with a prefix of
    its own ("unter erhöhten Temperaturen") or in -ieren ("durch optimierte") is left a glue:
    their participles take no "ge-" anyway.  On v3-v95: 7 false alarms fewer, no glue lost."""
    if a not in _DE_INSEPARABLE or not b.islower() or b.startswith(_DE_OWN_PREFIXES) or b in lex.FUNCTION_WORDS["de"]:
        return False
    for ending in ("", "e", "en", "er", "es", "em"):
        if not b.endswith(ending):
            continue
        form = b[: len(b) - len(ending)]
        if form.endswith("t") and not form.endswith("iert") and len(form) >= 5:
            base = lemma(form, "de")
            if base and base != form and base.islower() and base.endswith("n"):
                return True
    return False


def unit_word(word: str, lang: str) -> bool:
    """A unit with its prefix, the unit a word the lists hold ("chilopascal" is no "chi lo
    pascal"); not in German, which writes its compounds as one anyway."""
    return lang != "de" and any(word.startswith(p) and len(word) - len(p) >= 4
                                and lex.zipf(word[len(p):], lang) > 0.0 for p in _UNIT_PREFIXES)


# Endings that never stand alone as a word of the language (whatever the lists say: "en" and
# "ent" are common tokens in any text with English or abbreviations in it).
BOUND_ENDINGS = {
    "fr": frozenset("ez ent ons ais ait aient iez ions èrent ement ation ations".split()),
    "es": frozenset("amos emos imos aron ieron aban ción ciones mente".split()),
    "it": frozenset("iamo ano ono avano evano zione zioni mente".split()),
    "pt": frozenset("amos emos imos aram eram avam ção ções mente".split()),
    "de": frozenset("en ens er es em te ten test st et ung ungen".split()),
}

# Words that are also productive prefixes: before another word they make one word.
PREFIX_WORDS = {
    "fr": frozenset("contre entre sous sur auto anti super ultra inter multi semi micro macro mini post".split()),
    "es": frozenset("contra entre sobre auto anti super ultra inter multi semi micro macro mini post".split()),
    "it": frozenset("contro contra sopra sovra sotto auto anti super ultra inter multi semi micro macro mini post".split()),
    "pt": frozenset("contra entre sobre auto anti super ultra inter multi semi micro macro mini post".split()),
}

# Prefixes that make one word of the word after them in every one of these languages.
PREFIXES = frozenset("""sub super pseudo meta méta retro ante trans pre pré pro anti auto multi
    semi micro macro mini post inter ultra hiper hyper tele télé neo néo nano bio geo eco re""".split()
    # Greek and Latin combining forms, spelt each language's way, that prose never writes alone
    # ("hidrotrineo", "idrovolante", "électroaimant"); not the ones that are words too ("foto",
    # "socio", "zoo", "astro", "cromo")
    + """hidro hydro idro aero aéro electro électro elettro thermo fono phono crono chrono chromo
    psico neuro hemo hémo paleo paléo piezo piro pyro oleo oléo tecno hemi hémi fito phyto
    hetero hétéro etero homeo homéo omeo xeno xéno endo exo""".split())
