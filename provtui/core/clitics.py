"""Romance verbs with their clitic pronouns written on ("hacerlo", "dámelo", "inviale",
"racchiuderla"): which forms take one, and how Spanish marks the stress a clitic moves.

The glued- and split-word checks in Spanish, Italian, Portuguese and French ask this before they
read the tail of a token as a second word (``glue_intl``, ``split_intl``)."""

from __future__ import annotations

from provtui.core import lang_lexicon as lex
from provtui.core.morph_lexicon import known_form
from provtui.core.verb_forms import verb_form

__all__ = ["ACCENTED", "INFINITIVES", "takes_clitic", "verb_with_clitic", "clitic_host",
           "clitic_verb_zipf", "syllables", "final_accent", "vosotros_imperative"]

_CLITIC_VERB_MIN_ZIPF = 3.0   # a verb form this common with a clitic on it is one word
_CLITIC_INFINITIVE_MIN_ZIPF = 1.5  # ... or an infinitive this common
_VOSOTROS_VERB_MIN_ZIPF = 2.5  # the infinitive of a vosotros imperative is this common
INFINITIVES = {"es": ("ar", "er", "ir"), "pt": ("ar", "er", "ir"), "it": ("are", "ere", "ire"), "fr": ("er", "ir", "re")}
ACCENTED = frozenset("áéíóúàèìòù")


def takes_clitic(a: str) -> bool:
    """Verb forms a clitic is written onto: an infinitive ("hacer", "far"), a gerund
    ("dando"), or an imperative, which Spanish marks with an accent ("dá", "pása", "envía")
    and Italian ends in a vowel ("dam", "manda", "guarda")."""
    if len(a) >= 4 and final_accent(a) and not a.endswith(("r", "ndo")):
        return False  # an accent on the last syllable marks a noun or a past ("jardín", "abrió")
    return a.endswith(("r", "ndo")) or bool(ACCENTED & set(a)) or (len(a) <= 6 and a[-1:] in "aie") \
        or a.endswith("m")


def verb_with_clitic(word: str, lang: str) -> bool:
    """A common verb form with its clitic written on ("inviale", "hacerlo")."""
    clitics = lex.CLITICS[lang]
    if not clitics:
        return False
    fw = lex.FUNCTION_WORDS[lang]
    for k in range(2, min(8, len(word) - 2)):
        a, b = word[:-k], word[-k:]
        if b in clitics and a not in fw and clitic_host(a, lang) \
                and (lex.zipf(a, lang) >= _CLITIC_VERB_MIN_ZIPF or _accented_imperative(a, lang)
                     or (lang == "es" and b != "os" and vosotros_imperative(a))
                     or (lang != "it" and a.endswith(INFINITIVES[lang]) and lex.zipf(a, lang) >= _CLITIC_INFINITIVE_MIN_ZIPF)
                     or (lang == "it" and a.endswith("r") and lex.zipf(a + "e", lang) >= _CLITIC_INFINITIVE_MIN_ZIPF
                         and known_form(a + "e", lang))
                     or (lang == "it" and a.endswith(("ate", "ete", "ite")))):
            # (an Italian voi imperative of a verb the lists hold takes its clitics however rare
            # it is: "incidetela", "riponetela"; the dictionaries hold them all.  An Italian
            # infinitive, as rare as elsewhere, must be a form simplemma lists: "concimarlo" is
            # "concimare" + "lo", "eservi" no "esere" + "vi")
            # (an Italian infinitive loses its -e: "denominarli" is "denominare" + "li"; an
            # infinitive takes a clitic however rare it is: "espesarlo", not "es pesarlo")
            return True
    return False


def _accented_imperative(a: str, lang: str) -> bool:
    """A Spanish form that carries the accent a clitic gives it, and is without it a common
    verb form the dictionary lists ("presióna" of "presiónalos": presiona)."""
    if lang != "es" or not ACCENTED & set(a) or final_accent(a):
        return False
    plain = a.translate(_UNACCENTED)
    return lex.zipf(plain, lang) >= _CLITIC_VERB_MIN_ZIPF and known_form(plain, lang) and verb_form(plain, lang)


_VOWELS = frozenset("aeiouáéíóúàèìòù")


def vosotros_imperative(a: str) -> bool:
    """A Spanish imperative of vosotros: the infinitive with -d for -r ("escuchad", "añadid"),
    of a verb the lists hold.  Its stem never changes ("contad", not "cuentad"), and before
    "os" it drops the -d ("sentaos"), so "cuentados" stays "cuenta dos"."""
    return len(a) >= 5 and a[-2:] in ("ad", "ed", "id") and lex.zipf(a[:-1] + "r", "es") >= _VOSOTROS_VERB_MIN_ZIPF


_IT_E_HOSTS = ("ate", "ete", "ite", "me", "se", "ce", "ve", "glie")
_IT_CLITIC_ENDS = ("me", "se", "ce", "ve", "glie", "mi", "ti", "si", "ci", "vi")  # a clitic on a clitic


def clitic_host(a: str, lang: str) -> bool:
    """True when a clitic can be written onto ``a``.  In Italian a form ending in -e takes one
    only as a voi imperative ("prendetelo") or after another clitic ("andarsene",
    "mandarmela"): an infinitive drops its -e ("riempirla", not "riempirela"), and a noun
    ("decisione") takes none."""
    if lang == "it":
        if a[-1:] == "e" and not a.endswith(_IT_E_HOSTS):
            return False
        if a[-1:] in "aie" and not a.endswith(_IT_CLITIC_ENDS) and len(a) >= 4:
            # an imperative ("manda", "rimuovi", "prendete") is a verb's: its infinitive is known
            # ("sopra", "durante", "regolarmente" are no verbs), in -rre too ("sottrai":
            # sottrarre, "traduci": tradurre, "componi": comporre)
            # (the ending tells the conjugation: "manda" of -are, "prendi" of -ere or -ire,
            # "mandate", "prendete", "sentite"; "ignori" and "estate" are no imperatives)
            ranks = lex.ranks(lang)
            if a.endswith(("ate", "ete", "ite")):
                # "mandate": mandare; "riponete", "estraete", "conducete": riporre, estrarre, condurre
                return a[:-3] + a[-3] + "re" in ranks or (a.endswith("ete") and any(a[:-k] + "rre" in ranks for k in (3, 4, 5)))
            stem = a[:-1]
            infinitives = ("are",) if a[-1] == "a" else ("ere", "ire") if a[-1] == "i" else ("are", "ere", "ire")
            return any(stem + e in ranks for e in infinitives) \
                or (a[-1] == "i" and any(a[:-k] + "rre" in ranks for k in (1, 2, 3))) \
                or (a.endswith("gli") and a + "ere" in ranks)  # "sciogli": sciogliere
        return takes_clitic(a) or a[-1:] in "aie"
    if lang == "es" and vosotros_imperative(a):
        return True  # "escuchad" + "los": the imperative of vosotros keeps its -d and takes no accent
    if lang == "es" and a[-1:] in "aeiouns" and not ACCENTED & set(a) and syllables(a) >= 2:
        # a Spanish form of two syllables or more that ends in a vowel, -n or -s takes an accent
        # with a clitic on ("ábrelas", "aplícala", "abortándola", "díganlo"): "abrelas",
        # "tengalos" are a verb and an article; infinitives ("abrirlas") and monosyllables
        # ("dilo", "ponlo") need none
        return False
    if lang == "es" and a.endswith("r") and not a.endswith(("ar", "er", "ir", "ír")):
        return False  # an infinitive ends -ar, -er, -ir: "color" + "se" is no verb's
    if lang == "es" and a.endswith("ía") and a[:-2] + "iar" not in lex.ranks(lang):
        return False  # "envía" is enviar's imperative; "subía" is a past, which takes none
    return takes_clitic(a)


_UNACCENTED = str.maketrans("áéíóúàèìòù", "aeiouaeiou")


def clitic_verb_zipf(word: str, lang: str, regular: bool = False) -> float:
    """How common the verb is that ``word`` writes with its clitics on ("divídelos": divide,
    "sofríelos": sofríe, "racchiuderla": racchiudere, "trasferiscili": trasferisci), or 0.0
    when ``word`` is no verb with clitics the dictionary knows."""
    clitics = lex.CLITICS.get(lang)
    if not clitics or lang not in ("es", "it"):
        return 0.0
    for k in range(2, min(7, len(word) - 2)):
        host, clitic = word[:-k], word[-k:]
        if clitic not in clitics:
            continue
        if host.endswith("r") and len(host) < 5:
            continue  # "par" + "se", "ver" + "ne": too short to be an infinitive's
        if lang == "es":
            if not (ACCENTED & set(host) or host.endswith("r")):
                continue  # the accent a Spanish form takes with a clitic on ("divide" + "los": divídelos)
            candidates = (host, host.translate(_UNACCENTED))
        elif host.endswith("r"):
            candidates = (host + "e",)  # an infinitive without its -e ("racchiuder" + "la")
        elif clitic_host(host, lang) and (not regular or verb_form(host, lang)):
            # an imperative or a gerund ("trasferisci", "chiamando"); with ``regular``, only a
            # regular form of a verb the lists know ("lati" + "le" is a plural)
            candidates = (host,)
        else:
            continue  # "lati" + "le" is a plural, no verb
        best = max((lex.zipf(c, lang) for c in candidates if known_form(c, lang)), default=0.0)
        if best > 0.0:
            return best
    return 0.0


def syllables(word: str) -> int:
    """How many syllables ``word`` has, as runs of vowels (a diphthong counts once)."""
    count, before = 0, False
    for ch in word:
        vowel = ch in _VOWELS
        count += vowel and not before
        before = vowel
    return count


def final_accent(a: str) -> bool:
    """True when ``a``'s last vowel is written with an accent."""
    for ch in reversed(a):
        if ch in _VOWELS:
            return ch in ACCENTED
    return False
