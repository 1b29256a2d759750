"""German for the glued-word checks (``glue_intl``): the particles, prepositions and adjective
endings that tell a glue from a German word, which writes its compounds, particle verbs and
declined adjectives as one ("Wasserflasche", "mitbringen", "gutes")."""

from __future__ import annotations

from provtui.core import lang_lexicon as lex
from provtui.core.morph_lexicon import known_form, lemma

__all__ = ["DE_ADJECTIVE_ENDS", "DE_ADJECTIVE_FORM_ENDS", "DE_ARTICLE_ENDINGS", "DE_CLOSING_HOST",
           "DE_CLOSING_PARTICLES", "DE_ENDING_WORDS", "DE_FINITE_VERB_ZIPF", "DE_INNER_PARTICLES",
           "DE_NICHT_LISTED_ZIPF", "DE_NICHT_WORD_ZIPF", "DE_PARTICIPLE_ENDS", "DE_PARTICLES",
           "DE_PARTICLE_ADJECTIVE_ZIPF", "DE_PARTICLE_VERB_ZIPF", "DE_PARTICLE_WORD_ZIPF",
           "DE_TRAILING", "DE_UNINFLECTED_ZIPF", "DE_ZU_VERB_ZIPF", "GERMAN_PREPOSITIONS",
           "de_finite_verb", "de_infinitive", "de_no_particle_verb", "de_particle_floor", "de_uninflected",
           "de_unlisted_nicht"]

# An adjective's endings, and the articles that spell one after a word in -n ("wartender")
DE_ENDING_WORDS = frozenset("er es em en".split())
DE_ARTICLE_ENDINGS = frozenset("der des den dem".split())

# Particles that close a clause or open a particle verb ("zu", "an", "auf")
DE_TRAILING = frozenset("zu über unter an auf aus bei mit nach vor um".split())
DE_PARTICLES = DE_TRAILING | {"ab"}
DE_UNINFLECTED_ZIPF = 3.5  # a word this common with no adjective's endings, before "es"/"er"
DE_PARTICLE_WORD_ZIPF = 3.0  # a word this common after a particle, the pair unknown: a glue
DE_PARTICLE_VERB_ZIPF = 4.0  # ... or this, for a participle or a "zu" form ("ausgefaltet")
DE_PARTICIPLE_ENDS = ("end", "ende", "enden", "ender", "endes", "endem")
DE_ADJECTIVE_ENDS = ("em", "es", "er")
DE_INNER_PARTICLES = ("an", "auf", "aus", "bei", "ein", "her", "hin", "mit", "nach", "vor", "weg", "zu", "um")
DE_PARTICLE_ADJECTIVE_ZIPF = 2.0  # ... or this, for an adjective's form
DE_ZU_VERB_ZIPF = 2.0  # ... or this, for a verb after "zu"
DE_NICHT_WORD_ZIPF = 3.0     # ... and after "nicht"
DE_NICHT_LISTED_ZIPF = 1.5   # ... or this, a listed form, the token listed in no form
DE_FINITE_VERB_ZIPF = 3.0    # a verb form and its infinitive this common take a pronoun after them


def de_finite_verb(a: str, zt: float) -> bool:
    """A German verb's third person in -t whose infinitive is common ("kommt": kommen), in an
    unknown token: a pronoun after it is the verb's subject ("kommt es"), not an adjective's
    ending ("bekanntes", "echtes" have no such infinitive)."""
    # (a verb with an inseparable prefix or in -ieren has its participle in -t too: "ersetztes",
    # "ignorierter" are adjectives)
    return zt == 0.0 and len(a) >= 4 and a.endswith("t") and not a.endswith(("tt", "st", "iert")) \
        and not a.startswith(("be", "er", "ver", "zer", "ent", "emp", "ge", "miss")) \
        and max(lex.zipf(a[:-1] + "en", "de"), lex.zipf(a[:-2] + "en", "de") if a.endswith("et") else 0.0) \
        >= DE_FINITE_VERB_ZIPF and lex.zipf(a, "de") >= DE_FINITE_VERB_ZIPF  # ("kostet": kosten)


def de_uninflected(a: str, zt: float) -> bool:
    """A common German word that takes no adjective's endings (a verb form, a conjunction, an
    adverb: "lässt", "blieb", "warum", "bevor"), in an unknown token: "es" or "er" after it is a
    pronoun glued on ("lässtes", "warumes"), not an ending.  An adjective, and a participle used
    as one, has a dative in -em the dictionary lists ("gutem", "gemachtem"); these have none."""
    return zt == 0.0 and len(a) >= 3 and lex.zipf(a, "de") >= DE_UNINFLECTED_ZIPF and known_form(a, "de") \
        and not known_form(a + "em", "de") and not known_form(a + "m", "de")


def de_unlisted_nicht(word: str, b: str) -> bool:
    """"nicht" and a listed form this common with no adjective's ending, in a token the
    dictionary does not list ("nichtkodiert", "nichtrekursiv"): the dictionary holds the
    "nicht-" words German writes as one ("nichtöffentlich", "nichtlinear")."""
    if lex.zipf(b, "de") < DE_NICHT_LISTED_ZIPF or not known_form(b, "de") or known_form(word, "de"):
        return False
    # (an adjective with its ending stands before a noun, where German writes "nicht" on:
    # "nichtdeterministische", "nichtüberlappende"; "nicht kodiert" is said of a thing)
    return not any(b.endswith(e) and known_form(b[: -len(e)], "de") for e in DE_ADJECTIVE_FORM_ENDS)


def de_particle_floor(a: str, b: str) -> float:
    """How common a German word after a particle must be for the two to be a glue: a verb's
    participle or "zu" form may be the particle verb's ("ausgefaltet"); an adjective's -em, -es,
    -er ending is no verb's ("mit aktivem", "auf gültiges"), so a rarer one will do."""
    if a == "zu" and not b.startswith(("ge", "zu")) and b.endswith(("en", *DE_PARTICIPLE_ENDS)):
        return DE_ZU_VERB_ZIPF  # "zu" before an infinitive or a gerundive: always apart ("zu finden")
    if b.startswith(("ge", "zu")) or b.endswith(DE_PARTICIPLE_ENDS) \
            or any(b.startswith(p) and b[len(p):].startswith(("ge", "zu")) for p in DE_INNER_PARTICLES):
        return DE_PARTICLE_VERB_ZIPF  # (two particles: "vor" + "eingestellter")
    if b.endswith(DE_ADJECTIVE_ENDS) and len(b) >= 6:
        return DE_PARTICLE_ADJECTIVE_ZIPF
    return DE_PARTICLE_WORD_ZIPF


# (not "an" and "um": "kaftan", "sedum" end so)
DE_CLOSING_PARTICLES = frozenset("mit bei nach aus zu auf vor".split())
DE_CLOSING_HOST = 3  # ... after a word of this many letters or more
GERMAN_PREPOSITIONS = frozenset("an auf aus bei durch gegen mit nach über um unter vor zu".split())
DE_ADJECTIVE_FORM_ENDS = ("e", "en", "em", "er", "es")


def de_no_particle_verb(particle: str, b: str) -> bool:
    """True when ``b`` is a declined adjective or participle the dictionary lists, and
    ``particle`` + ``b`` is no form of a particle verb: "mitbasischen", "ausglänzendem" are
    glues, "auslaufendem" (auslaufen) and "zugreifbare" (zugreifen) are words.  A participle in
    ge- or with a particle of its own, and any form of a verb in -ieren, are left alone
    ("mitgebrachten", "mitangezogenen", "vorkompilierte")."""
    if len(b) < 6 or not b.endswith(DE_ADJECTIVE_FORM_ENDS) or b.startswith(("ge", "zu")) \
            or any(b.startswith(p) and b[len(p):].startswith("ge") for p in DE_INNER_PARTICLES) \
            or not known_form(b, "de"):
        return False
    stem = b
    for ending in ("em", "en", "er", "es", "e"):
        if b.endswith(ending):
            stem = b[: -len(ending)]
            break
    if stem.endswith(("ier", "iert")):
        return False  # an infinitive or a participle in -ieren, which takes particles freely ("vorkompiliert")
    for tail, infinitive in (("end", "en"), ("bar", "en"), ("t", "en")):
        if stem.endswith(tail):
            verb = particle + stem[: -len(tail)] + infinitive
            if known_form(verb, "de") or lex.zipf(verb, "de") > 0.0:
                return False  # "auslaufendem": auslaufen; "zugreifbare": zugreifen
    return True


def de_infinitive(b: str) -> bool:
    """True when ``b`` is a verb's infinitive: the dictionary gives it as its own lemma (not
    "kleinen", klein's; not "heißen", which it reads as heiß's) and lists its third person
    ("mischen": "mischt", "wandern": "wandert"; "oben", "offen" have none)."""
    if not b.endswith(("en", "ern", "eln")) or len(b) < 5 or lemma(b, "de") != b:
        return False
    third = b[:-1] + "t" if b.endswith(("ern", "eln")) else b[:-2] + "t"
    return known_form(third, "de")
