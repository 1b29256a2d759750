"""Spanish and Italian verb-noun compounds: "sacacorchos", "cubreteteras", "portaspilli".

Both languages make nouns of a verb's third person and its object written as one word: the tool
that does the thing ("tagliasiepi": it cuts hedges; "atrapanieblas": it catches fog).  The
pattern is productive, so the frequency lists and dictionaries hold the common ones and miss
the rest; split in two, every such compound reads as a verb and a noun glued.  A glue of the
same two words is rare in prose, which puts an article or a preposition between them ("corta
las ramas", "cerca i funghi").

A word is read as such a compound, and not reported, when its first part is one of the verbs
that make them (below) and its second a known word of four letters or more that is no function
word; in Spanish the noun is plural, as it is in these compounds ("cuentagotas",
"vaciabolsillos"; "guardacoche" is no compound of this kind, "paraguas" is).

Measured on the labelled sets v3-v63 (45,565 glues): 351 false alarms -> 319 with the hunspell
dictionaries, 486 -> 439 without them; 6 glues lost ("guardacajas", "buscatiendas",
"portaverde", "guardavideo", ...: a verb of this list and its object with no article between
them, which the pattern cannot tell from a compound).  "avvolgi", "affila", "lucida", "pulisci",
"tergi", "scola", "rompi" added on v3-v99 ("avvolgifiocco"): 9 false alarms fewer, no glue lost;
"stendi" left out, which cost one ("stendi ciascuno").
"""

from __future__ import annotations

from provtui.core import lang_lexicon

__all__ = ["verb_noun_compound", "COMPOUND_VERBS"]

COMPOUND_VERBS: dict[str, frozenset[str]] = {
    "es": frozenset("""abre atrapa busca cambia corta cubre cuenta espanta guarda lava limpia lanza
        mata pela porta quita rompe saca salva sujeta toca tira vacía vacia cuelga pica pisa rasca
        tapa quema recoge chupa traga pinta marca lleva calienta casca traba friega caza apaga
        afila pega""".split()),
    "it": frozenset("""porta copri taglia cerca segna buca apri lava asciuga spazza tira para batti
        trita scalda schiaccia spremi stura gratta accendi spegni ferma salva conta poggia spacca
        sbuccia scaccia acchiappa ammazza spara lustra tosta macina pela caccia attacca appendi
        guarda reggi leva avvolgi affila lucida pulisci tergi scola rompi""".split()),
}
"""The verbs (third person singular) that make these compounds; "para" is no Spanish one (it is
the preposition far more often: "paraver" is "para ver")."""

_NOUN_MIN_LEN = 4


def verb_noun_compound(verb: str, noun: str, lang: str) -> bool:
    """True when ``verb`` + ``noun`` (lower case, the two parts of one token) is read as a
    verb-noun compound of ``lang``."""
    verbs = COMPOUND_VERBS.get(lang)
    if verbs is None or verb not in verbs or len(noun) < _NOUN_MIN_LEN:
        return False
    if noun in lang_lexicon.FUNCTION_WORDS[lang] or lang_lexicon.zipf(noun, lang) == 0.0:
        return False
    return lang != "es" or noun.endswith("s")
