"""Glued words in French, Spanish, German, Italian and Portuguese answers (split words:
``split_intl``).

The same evidence as for English (``glue_words``), from each language's own word list
(``lang_lexicon``) and its dictionary of word forms (``morph_lexicon``), more cautiously:

- only lower-case tokens of letters alone are judged: a capitalised token is a name (or, in
  German, any noun), and a token with an apostrophe or hyphen is an elision ("l'eau",
  "jusqu'à") or a clitic ("fazê-lo");
- a glue needs a function word of the language on one side ("dela" -> "de la", "undder"),
  or two common content words where the language does not write compounds as one word
  (never in German: "Wasserflasche" is a word);
- a second part that is a clitic pronoun ("hacerlo", "dimmelo") is a verb form, not a glue
  (``clitics``: which forms take one, and how Spanish marks the stress it moves);
- a token the list knows is only a glue of two function words far commoner apart;
- a token the dictionary lists is a word, unless plainly a function word and a common word; a
  token neither knows, of two forms the dictionary lists, is a glue;
- what no list holds is written down as the language's grammar: numbers written as words,
  question words, German adjective endings and particle verbs (``glue_de``), and how the
  languages make one word of two pieces: prefixes, endings, agent suffixes, second elements
  (``word_formation``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from provtui.core import integrity_lexicon
from provtui.core import lang_lexicon as lex
from provtui.core.clitics import INFINITIVES, clitic_host, clitic_verb_zipf, verb_with_clitic
from provtui.core.glue_de import (
    DE_ARTICLE_ENDINGS,
    DE_CLOSING_HOST,
    DE_CLOSING_PARTICLES,
    DE_ENDING_WORDS,
    DE_NICHT_WORD_ZIPF,
    DE_PARTICLES,
    DE_TRAILING,
    GERMAN_PREPOSITIONS,
    de_finite_verb,
    de_no_particle_verb,
    de_particle_floor,
    de_uninflected,
    de_unlisted_nicht,
)
from provtui.core.glue_known import known_glue
from provtui.core.morph_lexicon import available, known_form
from provtui.core.number_words import CARDINALS, is_number_word
from provtui.core.verb_forms import verb_form
from provtui.core.verb_noun import verb_noun_compound
from provtui.core.word_formation import BOUND_ENDINGS, PREFIX_WORDS, PREFIXES, formed_word, unit_word

__all__ = ["glue_split"]

_CONTENT_MIN_ZIPF = 2.5       # a content part (of four letters or more) next to a function word
_LONG_CONTENT_MIN_ZIPF = 2.0  # ... or of seven letters or more ("das macieiras")
_RARE_KNOWN_ZIPF = 2.0        # a token rarer than this, known or not, ...
_RARE_KNOWN_MARGIN = 2.5      # ... is a glue when its parts are this much commoner together
_LONG_PAIR_MIN_ZIPF = 2.5     # ... or of two words of six letters or more
_BARE_PAIR_MIN_ZIPF = 3.0     # each of two content words glued (four letters or more)
_KNOWN_MARGIN = 2.0           # a known token must be this much rarer than its two parts
_NOISE_ZIPF = 2.0             # a known token this rare ("warmund", "glialtri") ...
_NOISE_MARGIN = 1.0           # ... needs its parts only this much commoner together
_KNOWN_MAX_ZIPF = 3.5         # a token this common is a word, whatever it looks like
_ENGLISH_MAX_ZIPF = 2.5       # a token this common in English is a borrowed word ("workflow")
_ENGLISH_COMPOUND_SLACK = 0.5  # a part of an English term may be this much commoner here ("codebase")
_ENGLISH_FUNCTION_PAIR_ZIPF = 3.5  # ... unless two function words and rarer than this ("peril")
_JOIN_MIN_ZIPF = 3.0          # a split word joins into a common word
_ENGLISH_EXCESS_ZIPF = 1.5     # a piece this much commoner in English is English, not a word here
# Romance neighbours, whose common words each language's list holds as quoted or mistyped
_NEIGHBOURS = {"es": ("pt", "it"), "pt": ("es", "it"), "it": ("es", "pt", "fr"), "fr": ("it", "es")}
_NEIGHBOUR_MAX_ZIPF = 3.0     # a part rarer than this here ...
_NEIGHBOUR_EXCESS_ZIPF = 2.0  # ... and this much commoner in a neighbour is the neighbour's word
_SHORT_ENGLISH_EXCESS_ZIPF = 1.0  # ... a part of three letters next to a function word, unless common here
_LISTED_PAIR_ZIPF = 3.0       # a token no list or dictionary knows, of two listed forms this common
_LISTED_LONG_PART = 6         # ... or, both of this many letters or more, ...
_LISTED_LONG_PAIR_ZIPF = 1.0  # ... this common ("levedartapada")
_LISTED_CONTENT_ZIPF = 1.5    # ... or of a function word and a listed form this common
_LISTED_RARE_CONTENT_LEN = 7  # ... or, of this many letters and beside a function word of two, any
_LISTED_FUNCTION_CONTENT_ZIPF = 2.0  # a listed form this common beside a function word: no sibling's
_LISTED_UNEVEN_LEN = 4        # ... or, both of this many letters or more, ...
_LISTED_UNEVEN_HIGH_ZIPF = 4.4  # ... one this common ...
_LISTED_UNEVEN_LOW_ZIPF = 2.0   # ... and the other this
_CLITIC_PARTNER_ZIPF = 2.0    # ... or of a verb with clitics and a listed form this common
# Suffixes and first words that make one word the dictionary may not list ("scorribile",
# "malformée", "désallouer"), for the test above.
_LISTED_SUFFIXES = tuple("""bile bili mento menti mentos mentas tura ture dor dora dores tes lité ité
    ità idad idade iza izar izza izzare ista iste isti ismo isme ismi""".split())
_ABLE_SUFFIXES = tuple("able ables ável áveis ible ibles ível íveis".split())
_LISTED_LEADS = frozenset("""mal bien ben bem nom des dés ré réa bis bi tri co poli poly mono hiper
    extra infra contre sotto sopra""".split())
# Words of two letters (verb forms most), common as function words, that no list of function
# words holds: a long listed form beside one is a glue ("fu" + "apprezzata", "prefieres" + "ir",
# "gente" + "vê", "ad" + "angolo", "pó" + "ficar").
_SHORT_VERBS = {"it": frozenset("fu va ha ho sa fa sta ad ed né sé te sì".split()),
                "es": frozenset("ir va ha ve da".split()),
                "pt": frozenset("vê ia há dá vai foi vá nó pó pé fé lá cá já só ar vi má".split()),
                "fr": frozenset("lu vu su bu eu pu dû mû".split()), "de": frozenset()}
_PLURAL_ENDS = {"fr": ("s", "x"), "es": ("s",), "pt": ("s",), "it": ("i", "e"), "de": ()}
_QUESTION_WORDS = {"es": frozenset("qué cómo dónde cuándo cuál cuáles quién quiénes cuánto cuánta".split()),
                   "pt": frozenset("quê".split()), "fr": frozenset("où".split())}
_SHORT_VERB_PARTNER = 5  # ... of this many letters or more
_PLURAL_S_LANGS = ("fr", "es", "pt")  # (a plural in -s; Italian and German change or add endings)
_PLURAL_SINGULAR_ZIPF = 2.0  # an unknown token in -s whose singular is this common is its plural
_ANY_SIBLING_ZIPF = 0.01     # a sibling the lists know at all
_RARE_CONTENT_MIN_ZIPF = 1.0  # a content part of eight letters or more, next to a function word
_RARE_CONTENT_SIBLING_ZIPF = 2.5  # a form rarer than this (or unknown) may count as its sibling
_SIBLING_PART_MIN_ZIPF = 2.0  # an unknown part of two content words, by its sibling
_SIBLING_PENALTY = 0.5        # an unknown form counts as its commonest known sibling, less this
_RARE_PAIR_SUM_ZIPF = 5.5     # two content words of which one is rare: their Zipf sum ...
_RARE_PAIR_MIN_ZIPF = 1.5     # ... and the rarer one's
_RARER_PAIR_MIN_ZIPF = 1.0    # ... or this, beside a common word ("giorni dimezzerà")
_COMMON_PARTNER_ZIPF = 4.5
_GLUED_ON_ZIPF = 3.0          # a word this common before a function word glued on it
_SHORT_PAIR_PART_ZIPF = 4.0   # a four-letter part this common beside a long rare one ("rese sospettosi")
_KNOWN_FUNCTION_MARGIN = 1.25  # a known token glued of two function words ("porisso")
_KNOWN_CONTENT_MARGIN = 1.5   # a rare known token, a function word and a common long word
_PLAIN_CONTENT_ZIPF = 4.0     # ... unless it is a function word and a word this common
_SIBLING_WORD_ZIPF = 1.5      # an unknown token whose sibling is this common is that word's form
_GLUE_TYPO_MAX_ZIPF = 3.0     # a known token rarer than this, with no other form, ...
_GLUE_TYPO_PART_ZIPF = 4.5    # ... of a function word and a word this common ...
_GLUE_TYPO_MARGIN = 0.5       # ... this much commoner together (independent) than the token
_GLUE_TYPO_PAIR_ZIPF = 5.0    # ... or of two words this common (margin -0.5): a glue
_FUNCTION_PAIR_MAX_ZIPF = 4.0  # a known token of two function words is a glue up to this ...
_FUNCTION_PAIR_MARGIN = 2.0    # ... when far rarer than the two apart ("oque": o que)
_ENGLISH_FUNCTION_PAIR_SLACK = 0.5  # ... less this for a token commoner in English
_ENGLISH_LEAD_ZIPF = 1.0       # ... even when English, if not this much commoner in English


# Inflectional endings per language: a form the list lacks ("figerais", "añadíamos") is a word
# when the same stem with another ending is known ("figer", "añadimos").
_ENDINGS = {
    "fr": """e es s x er é ée és ées ez ais ait ions iez aient ant ent ons a as ai âmes èrent erai eras
        era erons erez eront erais erait erions eriez eraient ir is it issons issez issent issait
        issaient re ra rait raient age ages eur eurs euse euses ation ations ement ements""",
    "es": """o a os as e es ar er ir ado ada ados adas ido ida idos idas ando iendo amos emos imos áis
        éis an en aba abas ábamos aban ía ías íamos ían é ó aron ieron ará erá irá aría ería iría
        arían erían irían ción ciones dor dores dora doras izar izado izada izados
        izadas izando""",
    "it": """o a i e are ere ire ato ata ati ate ito ita iti ite uto uta uti ute ando endo iamo ete
        ano ono ava avano eva evano iva ivano erà irà erò eranno ebbe erebbe erebbero tore tori
        trice trici zione zioni mento menti""",
    "pt": """o a os as e es ar er ir ado ada ados adas ido ida idos idas ando endo indo amos emos imos
        am em ava avam ia iam ou eu iu aram eram iram ará erá irá aria eria iria ariam eriam ação
        ações dor dores dora doras ávamos íamos áramos êramos íramos ássemos êssemos íssemos""",
    "de": "e en er es em n s t te ten test st et end ende enden ender endes endem ung ungen",
}
_ENDINGS = {k: tuple(sorted(set(v.split()) | {""}, key=len, reverse=True)) for k, v in _ENDINGS.items()}
_ENDING_SETS = {k: frozenset(v) for k, v in _ENDINGS.items()}
_LONGEST_ENDING = {k: max(map(len, v)) for k, v in _ENDINGS.items()}


@lru_cache(maxsize=50_000)
def _sibling_zipf(word: str, lang: str, exclude: str = "") -> float:
    """Zipf of the commonest known word with ``word``'s stem and another ending (0.0: none);
    the ending taken off has two letters or more and is no function word, and the stem keeps
    four letters or more.  A few dozen dict look-ups (an ending is found by the word's last
    two to seven letters, not by trying each)."""
    best = -1
    endings = _ENDINGS.get(lang, ("",))
    ending_set = _ENDING_SETS.get(lang, frozenset())
    fw = lex.FUNCTION_WORDS[lang]
    ranks = lex.ranks(lang)
    for k in range(2, min(_LONGEST_ENDING[lang] + 1, len(word) - 3)):
        e = word[-k:]
        # a one-letter ending or a function word at the end is as likely a glue ("freddoe")
        if e not in ending_set or e in fw:
            continue
        stem = word[:-k]
        for e2 in endings:
            if e2 != e:
                w = stem + e2
                r = ranks.get(w if "ß" not in w else w.casefold())
                if r is not None and w != exclude and (best < 0 or r < best) \
                        and integrity_lexicon.zipf(w) - (9.0 - r / 100) < _ENGLISH_EXCESS_ZIPF:
                    best = r  # (English quoted is no sibling: "never" is no form of "neverrait")
    return 0.0 if best < 0 else round(9.0 - best / 100, 2)


def _zipf_or_sibling(x: str, lang: str) -> float:
    """``x``'s Zipf, or for an unknown form of six letters or more its sibling's, less a penalty."""
    z = _native_zipf(x, lang, any_length=True)
    if z < _RARE_CONTENT_SIBLING_ZIPF and len(x) >= 6:
        z = max(z, _sibling_zipf(x, lang) - _SIBLING_PENALTY)
    return z


def _content_ok(x: str, lang: str, floor: float) -> bool:
    if len(x) < 3:
        return False
    z = _zipf_or_sibling(x, lang)
    if len(x) >= 7:
        floor = min(floor, _RARE_CONTENT_MIN_ZIPF)
    if len(x) == 3:
        # a short word this much commoner in English is English here, in a name or code ("la" +
        # "spy" is "laspy", a library), unless common in the language too ("but", "use")
        floor += 1.0 if integrity_lexicon.zipf(x) - z >= _SHORT_ENGLISH_EXCESS_ZIPF else 0.5
    return z >= floor


# Portuguese contracts a demonstrative with "outro" ("aqueloutro", "daqueloutra", "nessoutros")
_PT_OUTRO = re.compile(r"[dn]?(?:aquel|ess|est)outr[oa]s?")
# ... and French its article with "dit" in the law's "ledit", "desdites", "auxdits"
_FR_DIT = re.compile(r"(?:le|la|les|des|aux|du|au)dite?s?")


def _infinitive_then_a(a: str, b: str, lang: str) -> bool:
    """An infinitive and "a" ("aprender a"), glued into a token the dictionary lists as no
    form and no regular form of a verb makes ("aprendera"; "ensinara", "hablara" are forms)."""
    return b == "a" and lang in INFINITIVES and a.endswith(INFINITIVES[lang]) and len(a) >= 5 \
        and not known_form(a + b, lang) and not verb_form(a + b, lang)


def _pair_score(a: str, b: str, lang: str, zt: float) -> float | None:
    fw = lex.FUNCTION_WORDS[lang]
    fa, fb = a in fw, b in fw
    if b in lex.CLITICS[lang] and not fa and clitic_host(a, lang):
        # (an Italian imperative of any length: "rimuovilo", "sbloccalo", "terminala")
        return None  # a verb and its clitic ("hacerlo", "dámelo"), not "para" + "a"
    if b in BOUND_ENDINGS[lang] and not fb:
        return None  # a stem and its ending ("contrefais" + "aient"), not two words
    if formed_word(a, b, lang):
        return None
    if not fb and (a in PREFIXES or a in PREFIX_WORDS.get(lang, ())) and (not fa or len(b) >= 5):
        return None  # "subclave", "pseudoaléatoires", "sobreescreve": one word
    if lang == "de" and not fa and (b in DE_ENDING_WORDS or (b in DE_ARTICLE_ENDINGS and a.endswith("n"))):
        # an adjective's ending ("abgefragter", "nebenläufiges", "wartender"), not a pronoun
        # or an article glued on; "schenkteer" is still "schenkte er"
        if (not a.endswith("e") or b in DE_ARTICLE_ENDINGS) \
                and not (b in ("es", "er") and (de_finite_verb(a, zt) or de_uninflected(a, zt))):
            return None
    if lang == "de" and a == "nicht" and not fb:
        if zt == 0.0 and (b in DE_TRAILING or _zipf_or_sibling(b, lang) >= DE_NICHT_WORD_ZIPF
                          or de_unlisted_nicht(a + b, b)):
            # "nichtmit", "nichtinitialisiert", "nichtverfügbar", "nichtkodiert": written apart
            return lex.zipf(a, lang) + lex.zipf(b, lang)
        return None  # the lists' "nichtöffentlich", "nichtleitend" are words
    if lang == "de" and a in DE_TRAILING and fb and len(b) >= 3 and zt < _RARE_KNOWN_ZIPF + 0.5:
        return lex.zipf(a, lang) + lex.zipf(b, lang)  # a particle and an article or pronoun ("aufdem")
    if lang == "de" and fa and b in DE_PARTICLES:
        fb = True  # a particle closing a clause ("sich an", "als an"): no verb starts with a pronoun
    if lang == "de" and a in DE_PARTICLES and not fb and zt == 0.0 and len(b) >= 4 \
            and _zipf_or_sibling(b, lang) >= de_particle_floor(a, b):
        # a particle and a common word no list knows as one ("zu brauchen", "nach zehn"): the
        # particle verbs people write are in the lists ("zubereiten"); their forms the lists
        # lack are caught by the sibling test in glue_split
        return lex.zipf(a, lang) + lex.zipf(b, lang)
    za, zb = lex.zipf(a, lang), lex.zipf(b, lang)
    if fa and fb and a in _POSSESSIVES.get(lang, ()) and b in _ARTICLES_NOT_AFTER_POSSESSIVE.get(lang, ()):
        return None  # a possessive never stands before an article: "suola" is a sole, no "suo la"
    if zt > 0.0:
        if verb_form(a + b, lang):
            return None  # a rare form of a known verb ("tueste": tostar), not "tu este"
        if a in _ARTICLES.get(lang, ()) and len(b) >= 4 and zb >= _ARTICLE_NOUN_ZIPF \
                and known_form(b, lang) and not known_form(a + b, lang):
            # an article glued to a common noun, known to the lists only as a surname
            # ("lafleur", "laporte", "delmonte"), which lower case in prose is not
            return za + zb
        if fa and fb and za + zb - 9.0 - zt >= _KNOWN_FUNCTION_MARGIN:
            return za + zb
        margin = _KNOWN_CONTENT_MARGIN if len(b if fa else a) >= 6 and max(za, zb) >= 4.0 and min(za, zb) >= 4.0 \
            else _RARE_KNOWN_MARGIN
        if zt < _NOISE_ZIPF:
            margin = min(margin, _NOISE_MARGIN)  # a list's rarest entries are often glues themselves
        if (fa or fb) and zt < _RARE_KNOWN_ZIPF and za + zb - 9.0 - zt >= margin \
                and _content_ok(b if fa else a, lang, _CONTENT_MIN_ZIPF + 1.0) \
                and (not _has_family(a + b, lang, len(b) > 1) or _infinitive_then_a(a, b, lang)):
            # a rare token, a function word and a common word ("lamañana"); not a word with a
            # plural ("pormenor", "pormenores"); an infinitive and "a" is no form of any verb
            # but a regular one's, whatever the lists hold ("volvera": volviera, "volverán")
            return za + zb
        if zt < _GLUE_TYPO_MAX_ZIPF and len(b if fa else a) >= 4 and not (fa and fb) and lang != "de" \
                and len(a if fa else b) >= 2 and not _has_family(a + b, lang, len(b) > 1):
            # (not German: "ein" is an article and a verb's particle, "einliest" is einlesen;
            # not a one-letter word: "anormalmente", "atípico" take a prefix)
            # a glue written so often that the lists know it ("lepetit", "conagua",
            # "maggiorparte"), told from a word by its parts being far commoner, and by its
            # having no other form (a word has a plural or a verb's endings: "pormenores")
            if (fa or fb) and min(za, zb) >= _GLUE_TYPO_PART_ZIPF and za + zb - 9.0 - zt >= _GLUE_TYPO_MARGIN:
                return za + zb
            if not (fa or fb) and min(len(a), len(b)) >= 5 \
                    and min(za, zb) >= _GLUE_TYPO_PAIR_ZIPF and za + zb - 9.0 - zt >= -_GLUE_TYPO_MARGIN:
                return za + zb
        return None
    if fa and fb:
        return za + zb + 1.0 if len(a) + len(b) >= 4 else None
    if fa or fb:
        content = b if fa else a
        if len(a if fa else b) == 1 and (len(content) < 5 or (lex.zipf(content, lang) == 0.0 and len(content) < 8)):
            # "a" + a short word, or one the list lacks, is more often a word the list lacks
            # ("grafan" + "a" is "grafana")
            return None
        floor = _LONG_CONTENT_MIN_ZIPF if len(content) >= 6 or (len(content) == 5 and len(a if fa else b) >= 2) \
            else _CONTENT_MIN_ZIPF
        if _content_ok(content, lang, floor):
            return za + zb + 1.0
        # a verb with its clitic, which the lists hold as two words ("riempile" + "con"), beside
        # a function word of two letters or more
        if len(a if fa else b) >= 2 and len(content) >= 6 and (zb if fa else za) == 0.0 \
                and verb_with_clitic(content, lang):
            return za + zb + 1.0
        return None
    if lang == "de":
        # a compound, unless a content word ends in a particle that never closes one
        # ("leichtzu", "gleichmäßigüber")
        if b in DE_TRAILING and len(a) >= 4 and za >= _BARE_PAIR_MIN_ZIPF:
            return za + zb
        return None
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 3 and len(other) >= 4 and min(za, zb) >= 4.5:
        return za + zb  # "vinblanc"
    if len(a) < 4 or len(b) < 4 or a in PREFIX_WORDS.get(lang, ()):
        return None  # "contre" + "faisaient" is a verb with a prefix
    floor = _BARE_PAIR_MIN_ZIPF if min(len(a), len(b)) < 6 else _LONG_PAIR_MIN_ZIPF
    if za >= floor and zb >= floor:
        na, nb = _native_zipf(a, lang, any_length=True), _native_zipf(b, lang, any_length=True)
        if na >= floor and nb >= floor:
            return za + zb  # (an English word in the lists, "form" of "terraform", does not count)
    else:
        na = za if za < floor else _native_zipf(a, lang, any_length=True)
        nb = zb if zb < floor else _native_zipf(b, lang, any_length=True)
    # one of them rare or a form the list lacks ("savantsdébattaient", "hiedrayacía")
    # an unknown part counts by its sibling only when long: "iserais" is no word ("journal iserais")
    # (the cheap refusals first: a sibling costs a few dozen look-ups)
    short4 = (min(len(a), len(b)) == 4 and max(len(a), len(b)) >= 8
              and (za if len(a) == 4 else zb) >= _SHORT_PAIR_PART_ZIPF and not _derived(a + b, lang))
    if (min(len(a), len(b)) < 5 and not short4) or (za == 0.0 and len(a) < 8) or (zb == 0.0 and len(b) < 8):
        return None  # an unknown part counts by its sibling only when long
    if (len(a) < 6 and na < _RARER_PAIR_MIN_ZIPF) or (len(b) < 6 and nb < _RARER_PAIR_MIN_ZIPF):
        return None  # a short rare part: no sibling is looked up for it
    ya, yb = _zipf_or_sibling(a, lang), _zipf_or_sibling(b, lang)
    if (za == 0.0 and ya < _SIBLING_PART_MIN_ZIPF) or (zb == 0.0 and yb < _SIBLING_PART_MIN_ZIPF):
        return None  # an unknown part needs a common sibling ("lizzatore" has none)
    lo, hi = min(ya, yb), max(ya, yb)
    if ((lo >= _RARE_PAIR_MIN_ZIPF and lo + hi >= _RARE_PAIR_SUM_ZIPF)
            or (lo >= _RARER_PAIR_MIN_ZIPF and hi >= _COMMON_PARTNER_ZIPF and lo + hi >= _RARE_PAIR_SUM_ZIPF + 0.5)):
        return ya + yb
    return None


_DERIVING_PREFIXES = ("ri", "re", "de", "des", "dis", "in", "im", "pre", "mono", "poli", "multi", "anti")
_ADVERB_ENDINGS = ("mente", "ment")


def _derived(word: str, lang: str) -> bool:
    """True when ``word`` reads as a prefix and a word ("ri" + "denominarli", "mono" +
    "espaciada") or as an adverb ("algorítmicamente"): no place for a four-letter word."""
    if word.endswith(_ADVERB_ENDINGS):
        return True
    return any(word.startswith(p) and (_zipf_or_sibling(word[len(p):], lang) >= _SIBLING_PART_MIN_ZIPF
                                       or verb_with_clitic(word[len(p):], lang))
               for p in _DERIVING_PREFIXES)


# (definite ones: the surnames are "Lafleur", "Delmonte"; "unaire" is a word the dictionary lacks)
_ARTICLES = {"fr": frozenset("le la les des du au aux".split()),
             "es": frozenset("el la los las del al".split()),
             "it": frozenset("il lo la gli le del della dello dei degli delle al alla".split()),
             "pt": frozenset("os as do da dos das".split())}
# possessives and the articles, which never follow one ("il suo libro", never "suo la")
_POSSESSIVES = {"it": frozenset("mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra vostro vostra".split()),
                "es": frozenset("mi tu su mis tus sus".split()),
                "pt": frozenset("meu minha teu tua seu sua meus minhas teus tuas seus suas".split())}
# ("a" is a preposition too in Portuguese: "deu o seu a ela")
_ARTICLES_NOT_AFTER_POSSESSIVE = {"it": frozenset("il lo la i gli le un una uno".split()),
                                  "es": frozenset("el la los las un una".split()),
                                  "pt": frozenset("o os um uma".split())}
_ARTICLE_NOUN_ZIPF = 4.0  # a noun this common after an article glued on
_FAMILY_ENDINGS = ("s", "es", "e", "en", "n", "i")
_VERB_FORM_ENDINGS = {
    "es": ("en", "an", "e", "a", "es", "as", "o"),
    "pt": ("em", "am", "e", "a", "es", "as", "o"),
    "it": ("ano", "ono", "a", "e", "i", "o"),
    "fr": ("ent", "e", "es", "ez", "ons"),
}
_VERB_FAMILY_MIN_ZIPF = 2.5  # an infinitive this common makes a form of it a word
_ADVERB_SUFFIXES = {"es": ("mente",), "pt": ("mente",), "it": ("mente",), "fr": ("ment",)}


def _has_family(word: str, lang: str, vowel: bool = True) -> bool:
    """True when the list knows another form of ``word``: an ending swapped ("figerais" for
    "figer"; a final vowel, unless ``vowel`` is False because that vowel is a word glued on
    ("terra e": "terrai" is no sibling): "statiche" for "statica") or added ("pormenores"
    for "pormenor")."""
    ranks = lex.ranks(lang)
    if _sibling_zipf(word, lang) > 0.0 or any(word + e in ranks for e in _FAMILY_ENDINGS):
        return True
    for ending in _VERB_FORM_ENDINGS.get(lang, ()):
        # a verb's form whose infinitive is known ("contraen": contraer), whatever the ending
        # looks like ("en" is also a word glued on)
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if any(lex.zipf(stem + inf, lang) >= _VERB_FAMILY_MIN_ZIPF for inf in INFINITIVES[lang]):
                return True
    for suffix in _ADVERB_SUFFIXES.get(lang, ()):
        if word.endswith(suffix):  # an adverb of a known adjective ("anormalmente": "anormal")
            stem = word[: -len(suffix)]
            if stem in ranks or stem[:-1] + "o" in ranks:
                return True
    return vowel and _vowel_sibling(word, lang)


def _vowel_sibling(word: str, lang: str) -> bool:
    """True when the list knows ``word`` with another final vowel ("statiche": "statica",
    "polimorfici": "polimorfico") in a language that inflects so (not French or German)."""
    if len(word) < 6:
        return False
    ranks = lex.ranks(lang)
    return any(w in ranks for w in _other_final_vowels(word, lang))


def _other_final_vowels(word: str, lang: str) -> list[str]:
    """``word`` with each other final vowel, in a language that inflects so ("statiche":
    "statica", "statico"; "pere": "pera"); none in French or German."""
    if lang not in ("it", "es", "pt") or word[-1:] not in ("a", "e", "i", "o"):
        return []
    stem = word[:-2] if word.endswith(("che", "chi", "ghe", "ghi")) else word[:-1]
    return [stem + v for v in "aeio" if stem + v != word]


def _outweighs_english(word: str, split: tuple[int, ...], lang: str, zt: float, z_en: float,
                       margin: float = _FUNCTION_PAIR_MARGIN) -> bool:
    """True when two function words of ``lang`` far commoner apart than ``word`` outweigh its
    being an English word about as common in English as here ("nose" in Spanish is "no se",
    "indie" in German "in die"; "lesson" in French is English, far commoner there)."""
    a, b = word[: split[0]], word[split[0]:]
    return (z_en - zt < _ENGLISH_LEAD_ZIPF
            and lex.zipf(a, lang) + lex.zipf(b, lang) - 9.0 - zt >= margin)


def _function_pair(word: str, lang: str, zt: float, margin: float = _FUNCTION_PAIR_MARGIN) -> tuple[int, ...] | None:
    """Where a common known token of two function words far rarer than the two apart splits
    ("oque" in Portuguese: the lists hold it at Zipf 3.7, "o que" is among the commonest)."""
    fw = lex.FUNCTION_WORDS[lang]
    for i in range(1, len(word)):
        a, b = word[:i], word[i:]
        if a in fw and b in fw and lex.zipf(a, lang) + lex.zipf(b, lang) - 9.0 - zt >= margin:
            return (i,)
    return None


@lru_cache(maxsize=50_000)
def glue_split(word: str, lang: str) -> tuple[int, ...] | None:
    """Where to put spaces in lower-case ``word`` of language ``lang`` that is two (or three)
    glued words, or None."""
    n = len(word)
    if n < 4 or n > 40 or not word.isalpha():
        return None
    known = known_glue(word, lang)
    if known is not None:
        return known  # "garnicht", "porfavor": glues the word lists hold as words
    if is_number_word(word, lang):
        return None  # "einunddreißigsten", "centotrentasette": a number, written as one word
    if (lang == "pt" and _PT_OUTRO.fullmatch(word)) or (lang == "fr" and _FR_DIT.fullmatch(word)):
        return None  # "daqueloutro", "auxdites": a contraction, written as one word
    number_glue = _number_then_word(word, lang)
    if number_glue is not None:
        return number_glue  # "fünfunddreißigauf", "ventiquattroore"
    if unit_word(word, lang):
        return None  # a unit and its prefix ("chilopascal" is no "chi lo pascal")
    zt = lex.zipf(word, lang)
    if zt >= _KNOWN_MAX_ZIPF:
        if zt < _FUNCTION_PAIR_MAX_ZIPF:
            z_en = integrity_lexicon.zipf(word)
            # (a token commoner in English owes its place here to English quoted: "nose" in
            # Spanish is "no se", an English word only in English)
            margin = _FUNCTION_PAIR_MARGIN - (_ENGLISH_FUNCTION_PAIR_SLACK if z_en > zt else 0.0)
            split = _function_pair(word, lang, zt, margin)
            if split is not None and (z_en < _ENGLISH_MAX_ZIPF or _outweighs_english(word, split, lang, zt, z_en, margin)) \
                    and not _common_inflection(word, lang):
                return split
        return None
    if integrity_lexicon.is_code_word(word):
        return None
    z_en = integrity_lexicon.zipf(word)
    if verb_with_clitic(word, lang):
        return None  # "inviale" is "invia" + "le", not "in viale"
    best, best_score = None, -1.0
    for i in range(1, n):
        score = _pair_score(word[:i], word[i:], lang, zt)
        if score is not None and score > best_score:
            best, best_score = (i,), score
    if best is not None and known_form(word, lang) \
            and (not _plain_function_glue(word, best, lang) or (lang == "de" and word[: best[0]] == "ein")
                 or verb_form(word, lang)):
        # a form the dictionary lists ("encarpetado", "severidades", "vernaux"); German "ein" is
        # an article and a particle too ("einhängt" is einhängen's); and a regular form of a
        # known verb that the dictionary lists too is that verb's, even where it reads as a
        # function word glued on ("ensinara", ensinar's pluperfect, is no "ensinar a"; "seque")
        return None
    if best is not None and zt == 0.0 and verb_form(word, lang) and not _plain_function_glue(word, best, lang):
        return None  # a regular form of a known verb the list lacks ("tratteresti": trattare)
    if best is not None and zt == 0.0 and len(best) == 1 and lex.zipf(word[best[0]:], lang) == 0.0 \
            and lang in INFINITIVES and word.endswith(INFINITIVES[lang]):
        return None  # an infinitive no list knows, glued or not: one word ("infeltrire", not "in feltrire")
    if best is not None and zt == 0.0 and lang in _PLURAL_S_LANGS and word.endswith("s") \
            and lex.zipf(word[:-1], lang) >= _PLURAL_SINGULAR_ZIPF and glue_split(word[:-1], lang) is None:
        return None  # the plural of a word the lists know ("afundos": afundo), not "a fundos"
    if best is not None and zt == 0.0 and (_sibling_zipf(word, lang, word[: best[0]]) >= _own_sibling_floor(word, best, lang)
                                           or (_vowel_sibling(word, lang) and not _glued_on(word, best, lang))) \
            and not _plain_function_glue(word, best, lang) and not _listed_function_glue(word, best, lang):
        # (the glue's own first word is no sibling: "tracciamento" + "si" is no "-osi" form;
        # nor is a function word glued on: "desligue" + "a" is no "desliguei")
        return None  # a form of a known word the list lacks ("contrefaisaient")
    if best is not None and len(best) == 1 and verb_noun_compound(word[: best[0]], word[best[0]:], lang):
        return None  # "tagliasiepi", "cubreteteras": a verb and its object make a noun
    if best is not None and _english_compound(word, best, lang):
        return None  # "tablespace", "keepalive", "nocache": an English term, written as one
    if best is not None and z_en >= _ENGLISH_MAX_ZIPF and z_en > zt:
        fw = lex.FUNCTION_WORDS[lang]
        if not (word[: best[0]] in fw and word[best[0]:] in fw and min(best[0], n - best[0]) >= 2
                and (z_en < _ENGLISH_FUNCTION_PAIR_ZIPF or _outweighs_english(word, best, lang, zt, z_en))):
            return None  # a borrowed English word ("workflow", "sane"); "sila", "peril" are glues
    if best is None and zt == 0.0 and z_en < _ENGLISH_MAX_ZIPF and not known_form(word, lang) \
            and not verb_form(word, lang):
        best = _listed_pair(word, lang)
        if best is not None:
            return best
    if best is None and zt < 2.0 and n >= 7:
        # Two dropped spaces: a function word, then a glued pair ("delaville").
        fw = lex.FUNCTION_WORDS[lang]
        for i in range(1, min(n - 3, 6)):
            if word[:i] not in fw or lex.zipf(word[i:], lang) >= _KNOWN_MAX_ZIPF - 0.5:
                continue
            for j in range(i + 1, min(n - 3, i + 6)):
                # (a content word of four letters or more: "per la ceo" is a stretch)
                if word[i:j] in fw and _content_ok(word[j:], lang, _CONTENT_MIN_ZIPF + 0.5):
                    head = word[:j]
                    if head in PREFIXES or lex.zipf(head, lang) >= 4.0 or integrity_lexicon.zipf(head) >= 3.0:
                        break  # "superutente", "nanosegundos", "laserjet": a word, not "su per"
                    if z_en >= _ENGLISH_MAX_ZIPF or (zt == 0.0 and _sibling_zipf(word, lang) >= _SIBLING_WORD_ZIPF) \
                            or (known_form(word, lang) and verb_form(word, lang)):
                        # English ("nearest"), a form the list lacks ("desubicaciones") or a
                        # verb's form the dictionary lists ("temieran": temer)
                        return None
                    return (i, j)
    return best


def _listed_pair(word: str, lang: str) -> tuple[int, ...] | None:
    """Where a token no list knows, and no form in the dictionary, splits into two forms it
    lists, common enough ("lungheore", "quenumera", "levedartapada"): the frequency floors of ``_pair_score``
    refuse such a pair when a part is short or rare, since a rare word the lists lack looks the
    same; the dictionary tells them apart.  Not a prefix, a suffix, a clitic or an ending
    (German compounds and adjective endings aside), and no English."""
    fw = lex.FUNCTION_WORDS[lang]
    if word.endswith(_LISTED_SUFFIXES):
        return None  # "indicizzabile", "cestinamento": a suffix the dictionary may lack
    best, best_score = None, -1.0
    whole_clitic_verb = clitic_verb_zipf(word, lang) > 0.0  # ("ajústalo": one word, however split)
    for i in range(1, len(word)):
        a, b = word[:i], word[i:]
        fa, fb = a in fw, b in fw
        if not (fa or fb) and len(a) < 3 and a in _SHORT_VERBS[lang] and len(b) >= _SHORT_VERB_PARTNER:
            fa = True  # "fu" + "apprezzata"
        elif not (fa or fb) and len(b) < 3 and b in _SHORT_VERBS[lang] and len(a) >= _SHORT_VERB_PARTNER:
            fb = True  # "prefieres" + "ir"
        elif not (fa or fb) and a in CARDINALS.get(lang, ()) and len(b) >= 3 \
                and (b in CARDINALS[lang] or b.endswith(_PLURAL_ENDS[lang])):
            fa = True  # a number and a plural or another number ("soixante" + "ans", "mil" + "novecentos")
        elif not (fa or fb) and (a in _QUESTION_WORDS.get(lang, ()) or b in _QUESTION_WORDS.get(lang, ())):
            fa, fb = a in _QUESTION_WORDS[lang], b in _QUESTION_WORDS[lang]  # "qué" + "haréis"
        elif lang == "de" and not fa and b in DE_CLOSING_PARTICLES and len(a) >= DE_CLOSING_HOST:
            fb = True  # a word, then a particle closing the clause or a preposition ("näht" + "mit")
        elif lang == "de" and a in GERMAN_PREPOSITIONS and de_no_particle_verb(a, b):
            fa = True  # a preposition, then an adjective no particle verb makes ("mit" + "basischen")
        if (not fa and len(a) < 3) or (not fb and len(b) < 3) or (fa and fb) or formed_word(a, b, lang):
            continue
        if lang == "de" and (not (fa or fb) or b in DE_ENDING_WORDS or b in DE_ARTICLE_ENDINGS or a == "nicht"):
            continue  # a compound, an adjective's ending ("aggregiert" + "es"), "nicht" + an adjective
        if a in PREFIXES or a in PREFIX_WORDS.get(lang, ()) or a in _LISTED_LEADS \
                or (b in BOUND_ENDINGS[lang] and not fb) or (b in lex.CLITICS[lang] and not fa):
            continue
        za, zb = lex.zipf(a, lang), lex.zipf(b, lang)
        content = b if fa else a
        if (fa or fb) and not known_form(content, lang):
            # a verb with its clitics, which no list holds ("divídelos", "trasferiscili"), by its
            # verb; unless the whole is one ("ajústalo", "consúmelo", "eseguine")
            host = clitic_verb_zipf(content, lang) if not whole_clitic_verb else 0.0
            if host >= _LISTED_CONTENT_ZIPF and za + zb + host > best_score:
                best, best_score = (i,), za + zb + host
            if host > 0.0 or (zb if fa else za) == 0.0:
                continue
        if not (fa or fb) and min(len(a), len(b)) >= 4 and known_form(a, lang) != known_form(b, lang):
            # a verb with its clitics, which no list holds, beside a listed word ("lascialo" +
            # "dorare", "chiamandolo" + "pomo"), unless the whole is one verb with clitics
            verb, other = (b, a) if known_form(a, lang) else (a, b)
            host = clitic_verb_zipf(verb, lang, regular=True) if not whole_clitic_verb else 0.0
            if host >= _LISTED_CONTENT_ZIPF and lex.zipf(other, lang) >= _CLITIC_PARTNER_ZIPF and known_form(other, lang) \
                    and host + lex.zipf(other, lang) > best_score:
                best, best_score = (i,), host + lex.zipf(other, lang)
            continue
        floor = _LISTED_CONTENT_ZIPF if fa or fb else (
            _LISTED_LONG_PAIR_ZIPF if min(len(a), len(b)) >= _LISTED_LONG_PART else _LISTED_PAIR_ZIPF)
        if (fa or fb) and len(content) >= _LISTED_RARE_CONTENT_LEN and len(b if fa else a) >= 2 \
                and not content.endswith(_ABLE_SUFFIXES):
            # a long form the dictionary lists, however rare ("telefonámos" + "para"); not an
            # adjective in -able after a prefix-like word ("de" + "codificable")
            floor = 0.0
        if not (fa or fb) and min(len(a), len(b)) >= _LISTED_UNEVEN_LEN and max(len(a), len(b)) > _LISTED_UNEVEN_LEN \
                and max(za, zb) >= _LISTED_UNEVEN_HIGH_ZIPF:
            # a common word and a rarer one ("lato" + "ripido"; two clitics, "mostra" + "celi", are
            # left out above)
            floor = min(floor, _LISTED_UNEVEN_LOW_ZIPF)
        if min(za if not fa else 9.0, zb if not fb else 9.0) < floor:
            continue
        if not ((known_form(a, lang) or a in CARDINALS.get(lang, ())) and known_form(b, lang)):
            continue  # (the dictionary lists no numbers: "soixante", "cem")
        if any(integrity_lexicon.zipf(x) >= max(_ENGLISH_MAX_ZIPF + 0.5, lex.zipf(x, lang)) for x in (a, b) if x not in fw) \
                or _english_compound(word, (i,), lang) or (not (fa or fb) and _derived(word, lang)):
            continue  # an English part ("setlos", "grayscale"), a prefix or an adverb
        if za + zb > best_score:
            best, best_score = (i,), za + zb
    return best


def _number_then_word(word: str, lang: str) -> tuple[int, ...] | None:
    """Where a number written as one word ends, when a word is glued after it ("ventiquattro" +
    "ore"), or begins after a function word glued before it ("zu" + "neuntausend"): the rest a
    function word or a common word, the whole no word the lists know."""
    if lang not in ("de", "it") or lex.zipf(word, lang) > 0.0:
        return None
    for i in range(len(word) - 2, 5, -1):
        head, rest = word[:i], word[i:]
        if is_number_word(head, lang) and not is_number_word(word[: i + 1], lang):
            if rest in lex.FUNCTION_WORDS[lang] or (len(rest) >= 3 and lex.zipf(rest, lang) >= _JOIN_MIN_ZIPF):
                return (i,)
            return None
    for i in range(2, min(6, len(word) - 5)):
        # a function word before a number written as one word ("mit" + "vierhundert"): a verb
        # particle never stands there, so the German prepositions that are also particles count
        head = word[:i]
        if (head in lex.FUNCTION_WORDS[lang] or (lang == "de" and head in GERMAN_PREPOSITIONS)) \
                and is_number_word(word[i:], lang):
            return (i,)
    return None


def _common_inflection(word: str, lang: str) -> bool:
    """True when a common token is a form of a common word with another final vowel, its
    singular or its plural ("pere": pera, pears, not "per e")."""
    return len(word) >= 4 and any(lex.zipf(w, lang) >= _KNOWN_MAX_ZIPF - 0.5 for w in _other_final_vowels(word, lang))


def _own_sibling_floor(word: str, split: tuple[int, ...], lang: str) -> float:
    """How common a sibling of an unknown token must be for the token to be its form: any known
    sibling will do when a part of the glue is itself unknown, known only by a sibling of its own
    ("entartrée": "entartré" outweighs "en" + a form of "tartre")."""
    bounds = (0, *split, len(word))
    if any(lex.zipf(word[i:j], lang) == 0.0 for i, j in zip(bounds, bounds[1:])):
        return _ANY_SIBLING_ZIPF
    return _SIBLING_WORD_ZIPF


def _glued_on(word: str, split: tuple[int, ...], lang: str) -> bool:
    """True when the split's last part is a function word glued onto a word of the language,
    so a vowel swapped at the end is that function word's, not an ending ("desligue" + "a",
    "beneficia" + "de": "desliguei", "beneficiado" are no siblings)."""
    a, b = word[: split[-1]], word[split[-1]:]
    return len(b) == 1 or (b in lex.FUNCTION_WORDS[lang] and lex.zipf(a, lang) >= _GLUED_ON_ZIPF)


def _listed_function_glue(word: str, split: tuple[int, ...], lang: str) -> bool:
    """A function word and a form the dictionary lists, this common, glued into a token it does
    not list ("en" + "tirait", "ne" + "verrait"): no form of a sibling ("entier"), since the
    dictionary lists the forms of the words it knows and this is none of them."""
    if len(split) != 1 or lang == "de" or not available(lang) or known_form(word, lang):
        return False  # (German compounds on a preposition are words the dictionary may lack)
    a, b = word[: split[0]], word[split[0]:]
    fw = lex.FUNCTION_WORDS[lang]
    content = b if a in fw else a if b in fw else None
    # (a function word of one letter is as likely a prefix: "alocador", "enumerador")
    return content is not None and len(word) - len(content) >= 2 and len(content) >= 4 and lex.zipf(content, lang) >= _LISTED_FUNCTION_CONTENT_ZIPF \
        and known_form(content, lang)


def _plain_function_glue(word: str, split: tuple[int, ...], lang: str) -> bool:
    """A function word and a common word ("quecada"): a glue, whatever siblings say."""
    if len(split) != 1:
        return False
    a, b = word[: split[0]], word[split[0]:]
    fw = lex.FUNCTION_WORDS[lang]
    return (a in fw and lex.zipf(b, lang) >= _PLAIN_CONTENT_ZIPF) or (b in fw and lex.zipf(a, lang) >= _PLAIN_CONTENT_ZIPF)


def _english_compound(word: str, split: tuple[int, ...], lang: str) -> bool:
    """True when every part is an English word at least as common in English as in ``lang``
    (two English words written as one term: "tablespace", "keepalive", "nocache")."""
    bounds = (0, *split, len(word))
    parts = [word[i:j] for i, j in zip(bounds, bounds[1:])]
    if len(parts) == 2 and min(map(len, parts)) == 1:
        content = max(parts, key=len)
        if lex.zipf(content, lang) >= integrity_lexicon.zipf(content):
            # no English term starts with an article glued on a word of this language ("a
            # pasta" in Portuguese); "i" + "strip", "a" + "ranges" are names in code
            return False
    for i, j in zip(bounds, bounds[1:]):
        part = word[i:j]
        if part in integrity_lexicon.FUNCTION_WORDS and part in lex.FUNCTION_WORDS[lang]:
            continue  # "no" in "nocache": a function word of both languages
        z_en = integrity_lexicon.zipf(part)
        if z_en < _ENGLISH_MAX_ZIPF or (len(part) < 3 and part not in integrity_lexicon.FUNCTION_WORDS) \
                or z_en < lex.zipf(part, lang) - _ENGLISH_COMPOUND_SLACK:
            return False
    return True


def _native_zipf(x: str, lang: str, any_length: bool = False) -> float:
    """``x``'s Zipf in ``lang``, less what it owes to English quoted in that language's texts:
    "to" is common in Italian lists only as English, so "pres to" is "presto" broken (short
    pieces only: "branch e" in an Italian answer is git's word and "e"); with ``any_length``,
    a word of a neighbouring language too, rare here and far commoner there: the lists of each
    hold the others' common words at Zipf 2-3 ("libros", "dinero" in Portuguese)."""
    z = lex.zipf(x, lang)
    if z == 0.0 or not (any_length or len(x) <= 3):
        return z
    if any_length and len(x) >= 4 and z < _NEIGHBOUR_MAX_ZIPF \
            and max((lex.zipf_small(x, m) for m in _NEIGHBOURS.get(lang, ())), default=0.0) - z >= _NEIGHBOUR_EXCESS_ZIPF:
        return 0.1  # a neighbour's word, quoted or mistyped ("libros" in Portuguese is Spanish)
    excess = integrity_lexicon.zipf(x) - z
    return max(z - excess, 0.1) if excess >= _ENGLISH_EXCESS_ZIPF else z
