"""The dictionary's second opinion in the glued- and split-word checks (``morph_lexicon``:
simplemma's word forms, beside wordfreq's frequencies).

Each sentence below is one the checks misread before the dictionary was asked (drawn from the
labelled sets' errors, v3-v23, rewritten as new sentences); the guards are sentences the new rules
must leave alone.  Everything runs on the real dictionaries of the installed simplemma.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from provtui.core.analysis import find_findings
from provtui.core.morph_lexicon import available, known_form


# One sentence may be too little to tell its language by (then no word is judged): each test
# sentence gets a plain second one in its language.
_MORE = {
    "de": " Das ist nicht so schwer, wenn man es einmal mit eigenen Augen gesehen hat.",
    "fr": " Ce n'est pas si difficile, et on peut le faire avec ce que l'on a sous la main.",
    "es": " No es tan difícil, y se puede hacer con lo que ya tienes en la cocina de casa.",
    "it": " Non è così difficile, e si può fare con quello che c'è già in casa.",
    "pt": " Não é tão difícil, e pode fazer-se com o que já temos em casa para isso.",
    "en": " It is not that hard, and you can do it with what you already have at home.",
}


def _words(text: str, kind: str, lang: str) -> list[tuple[str, str]]:
    text += _MORE[lang]
    return [(f["text"], f.get("suggestion", "")) for f in find_findings(text) if f["kind"] == kind]


# --- the lexicon itself ---------------------------------------------------------------------

@pytest.mark.parametrize("word,lang,expected", [
    ("tratteresti", "it", True),    # a conditional of trattare, which wordfreq lacks
    ("entartrée", "fr", True),
    ("haus", "de", True),           # German nouns are listed capitalised
    ("saliva", "es", True),
    ("latoripido", "it", False),    # two words glued
    ("deiner", "de", True),
    ("ner", "de", False),           # a fragment that wordfreq holds as a token
    ("coroutines", "en", False),
    ("paris", "en", False),         # listed only as a name, "Paris"
    ("madrid", "es", False),
])
def test_known_form_reads_the_real_dictionaries(word, lang, expected):
    assert available(lang)
    assert known_form(word, lang) is expected


def test_known_form_takes_hostile_input_without_error():
    assert known_form("", "de") is False
    assert known_form("a" * 10_000, "de") is False
    assert known_form("\ud800abc", "fr") is False      # a lone surrogate cannot be encoded
    assert known_form("word\x1b[31m", "en") is False
    assert known_form("haus", "zz") is False           # no such language: no opinion
    assert available("zz") is False


def test_without_simplemma_the_checks_run_and_every_form_is_unknown():
    # the package really missing from the import system, in a fresh interpreter
    code = (
        "import sys; sys.modules['simplemma'] = None\n"
        "from provtui.core.morph_lexicon import known_form, available\n"
        "from provtui.core.analysis import find_findings\n"
        "assert not available('de') and not known_form('deiner', 'de')\n"
        "fs = find_findings('Wir haben deiner Schwester gestern die Bücher gebracht, undsie hat sich gefreut.')\n"
        "print(sorted(f['text'] for f in fs if f['kind'] == 'glued_words'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['undsie']"


# --- split words: a listed form broken into a piece that is no form --------------------------

@pytest.mark.parametrize("lang,text,lang_word", [
    ("de", "Kannst du mir dei ner Schwester das Buch morgen früh vorbeibringen, bitte?", "dei ner"),
    ("fr", "Le capt eur de température mesure la chaleur de la pièce toutes les minutes.", "capt eur"),
    ("en", "Each of these libraries has its own qui rks, so read the notes before you upgrade.", "qui rks"),
    ("es", "Para que el pan quede crujiente, tue ste las rebanadas en una sartén caliente.", "tue ste"),
    ("de", "Die Wiese war nach dem Regen noch ganz na ssen und die Schuhe wurden schwer.", "na ssen"),
])
def test_a_listed_form_broken_by_a_space_is_found(lang, text, lang_word):
    assert lang_word in [t for t, _ in _words(text, "split_word", lang)], find_findings(text + _MORE[lang])


@pytest.mark.parametrize("lang,text", [
    # a word said twice (a dish) is no rare word broken
    ("es", "El bacalao al pil pil se liga moviendo la cazuela hasta que la salsa espese."),
    # a function word before an infinitive with its clitics is not "abordarlos"
    ("es", "Compra los pañuelos lisos y empieza a bordarlos con hilo de algodón encerado."),
    # two words that happen to join into a listed word stay two words
    ("es", "Pon la olla a fuego lento y deja que el agua hierva un rato."),
])
def test_split_guards(lang, text):
    assert _words(text, "split_word", lang) == []


def test_a_word_broken_in_two_equal_halves_is_still_found():
    # "tes tes" is "testes" broken: the reduplication guard holds only for rare joined words
    text = "Os testes de carga mostram que o servidor aguenta; os tes tes unitários também passam."
    assert ("tes tes", "testes") in _words(text, "split_word", "pt")


# --- glued words: the dictionary lists the token, or neither list knows it -------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "El archivo quedó encarpetado junto a los informes de severidades del trimestre."),
    ("fr", "Les rites vernaux marquaient le retour du printemps dans les villages."),
    ("es", "Estos preprocesadores se ejecutan antes del compilador."),
])
def test_a_token_the_dictionary_lists_is_no_glue(lang, text):
    assert _words(text, "glued_words", lang) == []


@pytest.mark.parametrize("lang,text,glue", [
    ("fr", "Le feuvif de la cheminée réchauffait toute la pièce pendant la nuit.", "feuvif"),
    ("it", "Le giornate lungheore passate in cucina erano le più belle dell'inverno.", "lungheore"),
    ("pt", "Naquela manhã a ruacomeçava a encher-se de gente antes das oito.", "ruacomeçava"),
    ("pt", "Quando chegaram, já podiamter visto o barco a entrar no porto.", "podiamter"),
    ("es", "Al final la finvio la luz del faro desde la colina y respiró tranquila.", "finvio"),
    # a function word and a rare listed form (Zipf 1.5-2.5)
    ("de", "Gib die Butter in den Topf undrühr die Soße langsam, bis sie glänzt.", "undrühr"),
    ("es", "Primero escribe la lista, y después quenumera cada paso en el margen.", "quenumera"),
    # English: two common words the dictionary does not list as one, before a compound's head
    ("en", "There is a biggerfish in every pond, and the small ones learn to hide early.", "biggerfish"),
    # ... and a common listed word after "is", in prose
    ("en", "The second bowl islarger than the first, so pour the soup into that one.", "islarger"),
    # two long listed forms, one rare (Zipf 1.0-3.0)
    ("pt", "Deixa a massa levedartapada com um pano durante a noite inteira.", "levedartapada"),
    ("it", "La ruota rotatoriarallenti il moto quando il freno entra in funzione.", "rotatoriarallenti"),
    # English: a long token of two long listed forms
    ("en", "Turn the barreladjuster half a turn until the chain stops rubbing.", "barreladjuster"),
])
def test_an_unknown_token_of_two_common_listed_forms_is_a_glue(lang, text, glue):
    assert glue in [t for t, _ in _words(text, "glued_words", lang)], find_findings(text + _MORE[lang])


@pytest.mark.parametrize("lang,text", [
    # a suffix the dictionary may lack, a prefix, a compound German writes as one
    ("it", "Il valore è indicizzabile e la tabella resta ridimensionabile senza problemi."),
    ("fr", "La requête malformée a été rejetée par le serveur avant tout traitement."),
    ("de", "Die Werte sind datenbankspezifisch und architekturabhängig, also nicht portabel."),
    # English compounds the dictionary lacks, with a word under Zipf 4 ("lanternfish"); a name
    ("en", "The lanternfish rise at night, and the parser calls isvalid before it returns."),
    # names in code ending in a setting's word: "compresslevel", "stretchfactor"
    ("en", "Pass compresslevel to the writer and stretchfactor to the layout before drawing."),
])
def test_glue_guards(lang, text):
    assert _words(text, "glued_words", lang) == []
