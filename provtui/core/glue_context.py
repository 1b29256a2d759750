"""What a glued word's neighbours say about it: grammar that no glue of its parts could meet.

A token that splits into two words ("sughero" + "ne") is a glue only if the two words could
stand where the token stands.  Some neighbours forbid it, in any text: a conjunction, an article
or an unstressed pronoun always has a word after it, never a comma ("sugherone," is the cork, no
"sughero ne,"); an article or a preposition is never followed by a conjunction ("a magli
multipli", the trip-hammers, is no "a ma gli"); an article is never followed by a second one
("la lacasa", the enzyme, is no "la la casa"); a German particle right before the verb that
closes a clause is that verb's own ("wo der Stein absandet und", no "ab sandet").  These rules
ask nothing of word frequencies or dictionaries, so they hold with or without the spell-check
dictionaries (``spelling``).  And a word that introduces a term ("called", "known as",
"chiamata") has a term after it, not a glue (``named_term``).

Every rule here was measured on the labelled sets (``tests/data/integrity_v*``) before it was
kept: the numbers are in each docstring.
"""

from __future__ import annotations

import re

from provtui.core import integrity_lexicon, lang_lexicon
from provtui.core.glue_de import DE_INNER_PARTICLES, DE_PARTICLES
from provtui.core.morph_lexicon import known_form, lemma

__all__ = ["PHRASE_PUNCTUATION", "cannot_follow", "ends_phrase", "named_term", "particle_verb_closing",
           "pronoun_after_article", "rules_out", "wants_a_word_after"]

PHRASE_PUNCTUATION = frozenset(".,;:!?…")

# The reflexive and object pronouns of the Romance languages that are no article too
_PRONOUNS = {"fr": frozenset("se me te nous vous".split()), "es": frozenset("se me te nos os".split()),
             "it": frozenset("si mi ti ci vi ne".split()), "pt": frozenset("se me te nos vos lhe lhes".split())}
# ... and those of them that are only unstressed, which stand before a verb or are written onto
# it: standing alone, they always have a word after them ("nous", "nos" stand after "pour", "a")
_UNSTRESSED = {lang: words - {"nous", "vous", "nos", "vos"} for lang, words in _PRONOUNS.items()}

# The definite articles ("a" in Portuguese is a preposition as well: left out)
_DEFINITE = {"fr": frozenset("le la les".split()), "es": frozenset("el la los las".split()),
             "it": frozenset("il lo la i gli le".split()), "pt": frozenset("o os as".split())}

_INDEFINITE = {"fr": frozenset("un une".split()), "es": frozenset("un una unos unas".split()),
               "it": frozenset("un uno una".split()), "pt": frozenset("um uma uns umas num numa".split())}

# Simple prepositions; with the articles (and the prepositions with an article in them,
# ``lang_lexicon.ARTICLES``) they are the words a noun phrase starts with
_PREPOSITIONS = {
    "fr": frozenset("de à en avec pour par sans sur sous entre vers chez dans".split()),
    "es": frozenset("de a en con por para sin sobre entre hacia desde hasta".split()),
    "it": frozenset("di a da in con su per tra fra".split()),
    "pt": frozenset("de em com por para sem sobre entre até desde".split()),
}

# The prepositions that never follow a definite article (Spanish says "el de", "el con bigote",
# Portuguese "o de ontem")
_AFTER_NO_ARTICLE = {"fr": _PREPOSITIONS["fr"], "it": _PREPOSITIONS["it"], "pt": _PREPOSITIONS["pt"] - {"de"}}
_ES_POSSESSIVES = frozenset("mi tu su mis tus sus".split())

# German particles of separable verbs ("absanden": "wo der Stein absandet"): glue_de's, and more
_DE_PARTICLES = DE_PARTICLES | frozenset(DE_INNER_PARTICLES) | frozenset("durch zurück zusammen los fest dar".split())
_DE_PARTICLE_PREFIXES = tuple(sorted(_DE_PARTICLES))
_DE_FINITE_ENDS = ("t", "te", "ten", "tet")
_DE_CLAUSE_JOINS = frozenset("und oder aber sondern denn".split())
# The verbs an infinitive stands before at the end of a clause
_DE_AUXILIARIES = frozenset("""lassen lässt ließ ließen können kann konnte konnten müssen muss musste mussten
    sollen soll sollte sollten wollen will wollte wollten dürfen darf durfte werden wird würde würden möchte
    möchten mag mögen""".split())


def ends_phrase(masked: str, end: int) -> bool:
    """The word ending at ``end`` has a comma, a full stop or the like right after it."""
    return end < len(masked) and masked[end] in PHRASE_PUNCTUATION


def wants_a_word_after(parts: list[str], lang: str) -> bool:
    """The glue's last part is an article, a coordinating conjunction or (French, Spanish,
    Italian, Portuguese) an unstressed pronoun, which has a word after it in any text: before a
    comma or a full stop the token is no glue of it ("pioppi o tigli?" is no "ti gli", "Wasser
    sieden," no "sie den", "un trifolao, come" no "trifola o", "koreader." no "korea der",
    "detto sugherone," no "sughero ne").  Measured on v3-v79 for articles and conjunctions: 66
    false alarms fewer, no glue lost; the pronouns on v3-v91: 9 fewer, no glue lost."""
    last = parts[-1].lower()
    return last in lang_lexicon.ARTICLES[lang] or last in lang_lexicon.CONJUNCTIONS[lang] \
        or last in _UNSTRESSED.get(lang, ())


def pronoun_after_article(prev: str, parts: list[str], lang: str) -> bool:
    """A Romance glue that would start with a reflexive or object pronoun right after an
    article: an article has a noun after it, never a pronoun ("o seno", "do seno": the sine, no
    "o se no").  An article that is an object pronoun too ("lo", "la", "le") is left alone:
    "lo si fa" is Italian.  (German "der", "die", "das" are relative pronouns as well: "die
    sich an" is German, so German is not judged this way.)  In Spanish and Italian no such
    pronoun follows a preposition either ("con serifa", "sin serifa": no "con se rifa"); French
    and Portuguese put one before an infinitive ("pour se protéger", "para se proteger").  On
    v3-v87: 9 false alarms fewer, no glue lost; after a preposition, on v3-v91: 33 fewer, no glue
    lost."""
    pronouns = _PRONOUNS.get(lang)
    if pronouns is None or parts[0].lower() not in pronouns:
        return False
    if lang in ("es", "it") and prev in _PREPOSITIONS[lang]:
        return True
    return prev in lang_lexicon.ARTICLES[lang] and prev not in lang_lexicon.CLITICS.get(lang, ()) \
        and prev not in ("le", "la", "les", "l")


def cannot_follow(prev: str, parts: list[str], lang: str) -> bool:
    """A Romance glue whose first part cannot stand after the word before it: an article or a
    preposition ("a", "con", "delle") is never followed by a coordinating conjunction ("a magli
    multipli" is no "a ma gli", "con ollama y" no "con o llama"); a definite article never by
    another article ("la lacasa, oxida" is the enzyme, no "la la casa"), nor by a preposition
    in French, Italian and Portuguese ("os entrenós", the internodes: no "os entre nós"; but
    Portuguese "o de ontem", Spanish "el de", "el con bigote" are the one of ...), nor in Spanish
    by a possessive ("el suminagashi", no "el su mi nagashi"; Italian and Portuguese say "il
    suo", "o seu").  Indefinite articles are left out: "uno", "una", "un" are numbers too ("uma
    e uma").  On v3-v91: 40 false alarms fewer, no glue lost."""
    if lang not in _DEFINITE:
        return False
    first = parts[0].lower()
    if first in lang_lexicon.CONJUNCTIONS[lang]:
        return prev in _PREPOSITIONS[lang] or (prev in lang_lexicon.ARTICLES[lang] and prev not in _INDEFINITE[lang])
    if prev in _DEFINITE[lang]:
        return first in _DEFINITE[lang] or first in _AFTER_NO_ARTICLE.get(lang, ()) \
            or (lang == "es" and first in _ES_POSSESSIVES)
    return False


def particle_verb_closing(parts: list[str], closes: bool, next_word: str, lang: str) -> bool:
    """A German glue of a separable verb's particle and a verb form ("ab" + "sandet"), where the
    clause ends after it (``closes``: a comma, a full stop, "und", "oder"): a subordinate clause
    ends with its verb, particle on ("wo der Stein absandet und", "wer noch einmal einfedert,",
    "den Himmel durchmusterte."), and no preposition stands before a verb.  A finite form must
    be a verb form (its lemma, from ``morph_lexicon``, another word in -n) ending as a finite
    verb does: "über acht oder", "zu zweit und" stay glues.  An infinitive counts before a
    modal or "lassen" as well ("kurz mitschwitzen lassen"); it must be a verb's (its third
    person is a known form: "nach unten und" stays a glue), and "zu" is left out, which stands
    before any infinitive.  A verb with a particle of its own stands apart in either case ("mit
    ausgeben lassen", "also output"; "aus auslegten").  On v3-v95: 29 false alarms fewer, no glue lost."""
    if lang != "de" or len(parts) != 2:
        return False
    particle, verb = parts[0].lower(), parts[1]
    if particle not in _DE_PARTICLES or not verb.islower() or verb in lang_lexicon.FUNCTION_WORDS["de"] \
            or verb.startswith(_DE_PARTICLE_PREFIXES):
        return False  # (a verb with a particle of its own stands apart: "mit ausgeben lassen", "aus auslegten")
    base = lemma(verb, "de")
    if closes and verb.endswith(_DE_FINITE_ENDS):
        return bool(base) and base != verb and base.islower() and base.endswith("n")
    if particle == "zu" or not (closes or next_word in _DE_AUXILIARIES) or base != verb \
            or not verb.endswith(("en", "ern", "eln")):
        return False
    return known_form((verb[:-2] if verb.endswith("en") else verb[:-1]) + "t", "de")


# The words that introduce a term ("a loss known as undercatch", "una lacca rossa, chiamata
# bengara", "las llamadas hiposandalias"); French "dit" is left out, which is "said" as often
_NAMING_RE = re.compile(
    r"(?:\bknown\s+as|\b(?:so-)?called|\bnamed|\btermed|\bdubbed|\bchiamat[oaie]|\bdett[oaie]|\bdenominat[oaie]"
    r"|\bllamad[oa]s?|\bdenominad[oa]s?|\bchamad[oa]s?|\bappelée?s?|\bnommée?s?|\b(?:so)?genannte[nrs]?"
    r"|\bgenannt)\s+[\"'“‘«*_]*$", re.IGNORECASE)
_NAMING_LOOKBACK = 40
# The function words a term does not start with, in any language: articles, conjunctions, "that"
# and the commonest prepositions ("under", "ben", "sotto" do start terms: "undercatch")
_GLUE_MARKS = {lang: lang_lexicon.ARTICLES[lang] | lang_lexicon.CONJUNCTIONS[lang] | frozenset(extra.split())
               for lang, extra in {"en": "that to of in on at for with from by", "fr": "que qui de à en", "es": "que de a en",
                                   "it": "che di a da in", "pt": "que de em", "de": "dass zu von mit"}.items()}


def named_term(parts: list[str], lang: str, masked: str, start: int) -> bool:
    """A token of content words right after a word that introduces a term ("called", "known
    as", "chiamata", "llamadas", "genannte") is the term: an answer names a thing of its craft
    so ("a loss known as undercatch", "una lacca rossa, chiamata bengara,", "las llamadas
    hiposandalias").  A glue that ends in a function word, or has an article, a conjunction,
    "that" or a common preposition in it, is a glue still ("chiamata paraa", "detto cheormai",
    "chiamati maestridi").  On v3-v99: 34 false alarms fewer, no glue lost."""
    function = integrity_lexicon.FUNCTION_WORDS if lang == "en" else lang_lexicon.FUNCTION_WORDS.get(lang, frozenset())
    if parts[-1].lower() in function or any(p.lower() in _GLUE_MARKS.get(lang, ()) for p in parts):
        return False
    return _NAMING_RE.search(masked, max(0, start - _NAMING_LOOKBACK), start) is not None


def rules_out(core: str, parts: list[str], lang: str, prev: str, pause: bool, next_word: str) -> bool:
    """Whether the neighbours rule out that ``core`` is a glue of ``parts``, in a text in
    ``lang``: ``prev`` is the word right before it (lower case; "" when there is none, or
    punctuation between), ``pause`` tells whether a comma or a full stop follows, ``next_word``
    is the word right after it ("" when none).  After an article, a pronoun rules a glue out only
    when the token is in the word lists at all: "sul tipoe" is a glue still (after a
    preposition, "con serifa", the lists need not hold it: on v3-v91 that cost no glue)."""
    if pause and wants_a_word_after(parts, lang):
        return True
    if prev and (cannot_follow(prev, parts, lang)
                 or (pronoun_after_article(prev, parts, lang)
                     and (prev in _PREPOSITIONS.get(lang, ()) or lang_lexicon.zipf(core, lang) > 0.0))):
        return True
    return particle_verb_closing(parts, pause or next_word in _DE_CLAUSE_JOINS, next_word, lang)
