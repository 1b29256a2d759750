"""Glues people write so often that word lists hold them as words.

wordfreq counts what people write, so a pair written together often enough ("alot",
"garnicht", "porfavor", "derepente") is in its list, often commoner than many real words, and
no frequency test can tell it from a word.  These are the common ones, per language, with the
words they stand for.  Each is a pair (or three words) that the language writes apart, in every
use a careful writer makes of it: no entry is a word of its own in that language (so not
"nevermind", "nochmal", "casomai", "talvez", which dictionaries accept; one exception,
"entant": the dictionary holds it as a form of "enter", to graft, but "en tant que" glued is
far likelier, and the spell-check veto exempts two function words only when the last is an
article), none needs an
apostrophe or a hyphen to be right ("cest", "peutetre" are other mistakes), and each was checked
against the word lists: a glue the lists lack is found by the frequency tests already.

The second kind: a pair of the language's commonest function words whose glue spells a name or
a word of another language, which the lists hold (they are case-folded, and hold the English
quoted in every language): "under" is "und er" in German, "andie" "an die", "anon" "a non"
in Italian, "queen" "que en" and "melo" "me lo" in Spanish, "avery" "a very" in English.  They
were drawn by pairing each language's function words (and German's particles), keeping the
glues the lists know and the checks let pass, and dropping every one that is a word of the
language in lower case ("indes", "obschon", "umso"; "tela", "yate"; "perse", "cima"; "dedos",
"sobe") or that its prose borrows ("node", "todo", "in situ", Italian "main" and "trail";
not "deque", which outside a code span is "de que" far more often); each is listed only
for the language whose answer is judged.
"""

from __future__ import annotations

__all__ = ["known_glue"]

_GLUES = {
    "en": """a lot | a little | a bit | a few | as if | as well | at least | even though | each other
        | every time | in fact | in case | in front | in between | in spite | of course | up to
        | on top | no one | after all | thank you | so far | all right | rather than | ever since
        | more so | along with | we are
        | a very | be in | make sure""",
    "de": """gar nicht | gar nichts | gar kein | gar keine | gar keinen | gar nix | gar nicht mehr
        | nicht mehr | nicht mal | nur noch | so etwas | auf einmal | noch einmal | erst einmal
        | ein wenig | vor allem | an sich | um zu | immer noch | schon mal | schon wieder
        | in der | an der | an den | an dem | wie viel | wie viele | zu viel | und zwar | gibt es
        | nach wie vor | ab und zu | auf jeden | eines tages
        | und er | an die | vor der | was er | um an | noch was | nicht zu | an zu | auf zu | ab zu
        | aus zu | nach zu | mit zu | vor zu | weil er | hat er | hat es | wir es | denn er | er in
        | in so | so in | unter anderem""",
    "fr": """parce que | bien sûr | bien sur | il y a | tant pis | si on | quelque chose
        | je suis | si mon | qui te | en tant""",
    "es": """por favor | sobre todo | al menos | a pesar | o sea | a veces | en serio | asi que
        | no sé | sin embargo | de repente | a menudo | a menos | que en | si te | a sus
        | a lo mejor | a partir | por fin | a gusto | me lo | ya le | de que | en cuenta""",
    "it": """meno male | un po | ha il | e con | ed il | va bene
        | tutto sommato | ad esempio | in fondo | e nel | ha le | ho le
        | ha lo | a non""",
    "pt": """de novo | por favor | isto é | qual é | a partir | foi a | outra vez | à toa
        | por cento | a dele | nem o | para de | se em | ser um | de que | com certeza""",
}

_TABLE: dict[str, dict[str, tuple[int, ...]]] = {}


def _table(lang: str) -> dict[str, tuple[int, ...]]:
    table = _TABLE.get(lang)
    if table is None:
        table = {}
        for phrase in _GLUES.get(lang, "").split("|"):
            words = phrase.split()
            if len(words) < 2:
                continue
            cuts, at = [], 0
            for w in words[:-1]:
                at += len(w)
                cuts.append(at)
            table["".join(words)] = tuple(cuts)
        _TABLE[lang] = table
    return table


def known_glue(word: str, lang: str) -> tuple[int, ...] | None:
    """Where the spaces go in lower-case ``word`` when it is one of ``lang``'s common glues
    that word lists hold as a word ("garnicht" -> (3,)), else None.  (Tokens of four letters or
    more are judged at all, so no entry is shorter.)"""
    return _table(lang).get(word)
