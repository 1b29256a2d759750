"""Glues the word lists hold as words ("alot", "garnicht", "porfavor"): provtui.core.glue_known.

Frequency lists count what people write, so the commonest glues are in them and no frequency
test can tell them from words.  Every listed glue is found in an answer of its language, with
the words it stands for; the words a language really writes as one ("nochmal", "talvez",
"casomai") and the borrowed words some entries spell ("queen", "site", "hail") are left alone
where they are words."""

from __future__ import annotations

import pytest
from findings_helpers import word_findings

from provtui.core.glue_known import _GLUES, known_glue

# One answer per language, long enough for its language to be told; the glue goes in its middle.
FRAME = {
    "en": ("The meeting went well and everyone agreed on the plan for the next quarter. Then {} the "
           "team went back to work, and we will check the numbers again on Friday."),
    "de": ("Das Treffen war gut und alle waren mit dem Plan für das nächste Quartal einverstanden. Dann "
           "{} ging das Team wieder an die Arbeit, und wir prüfen die Zahlen am Freitag noch einmal."),
    "fr": ("La réunion s'est bien passée et tout le monde était d'accord avec le plan pour le prochain "
           "trimestre. Ensuite {} l'équipe est retournée au travail, et nous vérifierons les chiffres vendredi."),
    "es": ("La reunión fue bien y todos estuvieron de acuerdo con el plan para el próximo trimestre. Luego "
           "{} el equipo volvió al trabajo, y revisaremos las cifras otra vez el viernes."),
    "it": ("La riunione è andata bene e tutti erano d'accordo con il piano per il prossimo trimestre. Poi "
           "{} la squadra è tornata al lavoro, e controlleremo di nuovo i numeri venerdì."),
    "pt": ("A reunião correu bem e todos concordaram com o plano para o próximo trimestre. Depois {} a "
           "equipa voltou ao trabalho, e vamos verificar os números outra vez na sexta-feira."),
}

ENTRIES = [(lang, " ".join(phrase.split())) for lang, text in _GLUES.items() for phrase in text.split("|")]


def test_every_language_judged_has_a_list_and_every_entry_is_two_or_more_words():
    assert set(_GLUES) == set(FRAME)
    for lang, phrase in ENTRIES:
        assert len(phrase.split()) >= 2, (lang, phrase)
        joined = phrase.replace(" ", "")
        assert joined.islower() and joined.isalpha(), (lang, phrase)
        cuts = known_glue(joined, lang)
        bounds = (0, *cuts, len(joined))
        assert " ".join(joined[i:j] for i, j in zip(bounds, bounds[1:])) == phrase


@pytest.mark.parametrize(("lang", "phrase"), ENTRIES, ids=[f"{lang}-{p.replace(' ', '_')}" for lang, p in ENTRIES])
def test_each_listed_glue_is_found_in_an_answer_of_its_language(lang, phrase):
    glued = phrase.replace(" ", "")
    text = FRAME[lang].format(glued)
    found = word_findings(text)
    assert ("glued_words", glued, phrase) in found, found


def test_the_clean_frames_get_no_word_finding():
    for lang, frame in FRAME.items():
        assert word_findings(frame.format("vraiment" if lang == "fr" else "so")) == [], lang


# Words the language writes as one, next to the listed glues they resemble, and the borrowed
# words some entries spell, in the language where they are words.
CLEAN = [
    ("de", "Kannst du das nochmal erklären? Ich habe es sowieso nicht verstanden, sodass ich indem ich "
           "lese, immer wieder zurückblättern muss. Die Inder feiern heute ein großes Fest in der Stadt."),
    ("de", "Er hat uns zuhause erstmal einen Kaffee gemacht, und solange es regnet, bleiben wir drinnen und "
           "spielen Karten, soweit alle Lust haben."),
    ("en", "The Queen opened the new site on Monday, and nobody could say anymore whether the hail had "
           "cannot-be-moved damage; whereas the econ team, nevertheless, filed the FOIA request anyway."),
    ("en", "Someone left a note saying they would be back in a while; meanwhile the queen bee kept the hive "
           "busy and the web site stayed online all day."),
    ("es", "Talvez mañana lleguemos temprano; además, aparte de eso, el hotel está enfrente de la playa y "
           "apenas hay ruido por la noche, así que dormiremos bien."),
    ("it", "Casomai arrivassi tardi, tantomeno preoccuparti: dopotutto la cena è alle nove e il ristorante è "
           "una persona perbene che ci conosce da anni."),
    ("pt", "Afinal, apesar da chuva, o agente chegou decerto a tempo; senão teríamos de esperar, e o "
           "comboio já estava atrasado."),
    ("fr", "Il travaille avec entrain; sinon, parfois, il faut quelquefois lui rappeler l'heure, mais "
           "enfin tout le monde l'aime bien dans l'équipe."),
]


@pytest.mark.parametrize(("lang", "text"), CLEAN, ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(CLEAN)])
def test_words_written_as_one_and_borrowed_words_are_left_alone(lang, text):
    assert word_findings(text) == []


def test_a_glue_of_another_language_is_not_one_here():
    # "inder" is "in der" only in German; "sion" is "si on" only in French; "queen", "site"
    # are "que en", "si te" only in Spanish
    assert known_glue("inder", "en") is None and known_glue("inder", "de") == (2,)
    assert known_glue("queen", "es") == (3,) and known_glue("queen", "en") is None
    text = ("The sion of an apple tree is grafted onto a rootstock; the queen of the garden shows how. "
            "We read about it on the site of the society, which covers every step in detail.")
    assert word_findings(text) == []


def test_no_entry_is_too_short_to_be_judged():
    # tokens under four letters are never judged as glues ("àla" would be dead weight)
    assert all(len(phrase.replace(" ", "")) >= 4 for _lang, phrase in ENTRIES)
