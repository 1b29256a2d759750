"""Glued words among words no dictionary knows (provtui/core/unknown_words.py), Spanish and
Italian verb-noun compounds (provtui/core/verb_noun.py), the system's English word list
(provtui/core/system_words.py), Portuguese's one dictionary, a letter before "and", an article
or conjunction before a comma, nouns made with a suffix, a second element or a unit prefix, and a
letter named after a common word: the
texts are the attacks themselves, tool lists in prose, compounds written as one word and hostile
word lists, with the glues they must not hide."""

from __future__ import annotations

import random

import pytest

from provtui.core import glue_intl, spelling, unknown_words
from provtui.core.analysis import find_findings
from provtui.core.integrity import IncrementalAnalyzer
from provtui.core.verb_noun import verb_noun_compound
from test_findings_morph import _MORE


def _glued(text: str) -> list[str]:
    return [f["text"] for f in find_findings(text) if f["kind"] == "glued_words"]


# A sentence of tools in lower case: the names that split into two words are names too.
TOOLS_EN = ("On the home server I keep files in kopia, read feeds in miniflux, save pages to wallabag, "
            "watch films in jellyfin and sort photos in darktable behind traefik and ntfy.")
TOOLS_ES = ("Para la web usamos supabase y appwrite como respaldo, hasura para las consultas, "
            "directus y strapi para los contenidos y nhost para las pruebas.")


def test_a_name_among_names_is_not_a_glue() -> None:
    assert _glued(TOOLS_EN) == []
    assert _glued(TOOLS_ES + _MORE["es"]) == []


def test_the_same_name_in_plain_prose_is_still_judged() -> None:
    # one name alone in prose has no company of unknown words: the check is not switched off
    # for a word, only for a run of names
    assert "darktable" in _glued("After lunch I sort the photos in darktable and then I go home early.")


def test_a_glue_in_prose_beside_a_tool_list_is_found() -> None:
    # the glue is more than WINDOW words from the names
    filler = " ".join(["the river ran past the old mill and"] * 3)
    text = TOOLS_EN + " Later " + filler + " we walked along theriver bank until the evening came."
    assert "theriver" in _glued(text)
    # and a passage with its own glues is still prose: glues do not count as unknown words
    prose = ("We walked along theriver bank, sat down under anold oak and watched thebirds "
             "circle over the water until the light faded.")
    assert _glued(prose) == ["theriver", "anold", "thebirds"]


# Tools whose every name splits into two content words: no unknown word in sight, but each
# name sits among names that split the same way.
SPLITTING_TOOLS = ("On the spare laptop I run linkwarden for bookmarks, homebox for the inventory, "
                   "pinchflat for videos, kitchenowl for the shopping and pairdrop for files.")


def test_names_that_all_split_into_content_words_are_names_to_each_other() -> None:
    for name in ("linkwarden", "homebox", "pinchflat", "kitchenowl", "pairdrop"):
        assert _glued(f"Every evening I open {name} on the old laptop.") == [name]  # alone: a glue
    assert _glued(SPLITTING_TOOLS) == []


def test_a_hostile_line_of_content_glues_is_names_and_costs_linear_time() -> None:
    # ten thousand glues of two content words, each beside the others: one more name each, and
    # the line is a loop, reported once as repetition
    fs = find_findings(" ".join(["oldmill quietwater pinchflat homebox"] * 2500))
    assert [f["kind"] for f in fs] == ["repetition"]


def test_content_glues_in_prose_still_count_for_nothing_under_three() -> None:
    # two content-word glues near each other and a function-word glue: prose, all reported
    text = "The oldmill stood by the quietwater all winter, and we walked along theriver bank."
    assert _glued(text) == ["oldmill", "quietwater", "theriver"]
    # a function-word glue among the splitting names is neither hidden nor counted as a name
    text = ("I run linkwarden for bookmarks and homebox for the inventory, then I put ofthe "
            "old boxes away.")
    assert _glued(text) == ["linkwarden", "homebox", "ofthe"]


def test_two_unknown_words_are_not_enough() -> None:
    text = "I sort my photos in darktable, read feeds in miniflux and save pages to wallabag every day."
    # miniflux and wallabag: two unknown words, under MIN_UNKNOWN
    assert unknown_words.MIN_UNKNOWN == 3
    assert "darktable" in _glued(text)


def test_the_verdict_does_not_depend_on_how_the_text_streamed_in() -> None:
    text = TOOLS_EN + "\n\nWe walked along theriver bank and sat under anold oak.\n" + TOOLS_EN
    whole = [(f["start"], f["text"]) for f in find_findings(text) if f["kind"] == "glued_words"]
    rng = random.Random(7)
    for _ in range(5):
        a = IncrementalAnalyzer()
        pos = 0
        while pos < len(text):
            step = rng.randint(1, 12)
            a.feed(text[pos:pos + step])
            pos += step
        got = [(f["start"], f["text"]) for f in a.result()["findings"] if f["kind"] == "glued_words"]
        assert got == whole
    assert [t for _, t in whole] == ["theriver", "anold"]


def test_hostile_pieces_cost_linear_time_and_break_nothing() -> None:
    # a line of a thousand unknown words with a thousand glues among them, and code-like junk
    junk = " ".join(f"zq{c}x{d}qz theriver" for c in "bcdfghjklm" for d in "bcdfghjklmnpqrstvwxyz" * 5)
    fs = find_findings(junk + "\n" + "l'eau fazê-lo tar1090 a_b " * 200)
    assert all(f["kind"] != "glued_words" for f in fs)


@pytest.mark.parametrize("lang,text,word", [
    ("it", "Nel capanno teniamo il tagliasiepi, il portaspilli e un vecchio portafusi di legno.", "tagliasiepi"),
    ("it", "Sul tavolo c'erano il copriteiera di lana e un segnapagina di cuoio.", "copriteiera"),
    ("es", "En la cocina guardo el cubreteteras de mi abuela y un vaciabolsillos de cerámica.", "cubreteteras"),
    ("es", "Sobre la colina pusieron un atrapanieblas para recoger agua en invierno.", "atrapanieblas"),
    ("it", "Prima di uscire in barca controlla che l'avvolgifiocco giri libero e senza attriti.", "avvolgifiocco"),
])
def test_a_verb_noun_compound_is_not_a_glue(lang: str, text: str, word: str) -> None:
    assert word not in _glued(text + _MORE[lang])


@pytest.mark.parametrize("lang,text,glue", [
    ("es", "Necesito más tiempo paraver la película entera con calma.", "paraver"),    # the preposition
    ("es", "Busca el cuaderno y guardacoche las llaves en el cajón.", "guardacoche"),  # singular: no compound
    ("it", "Prendi la scatola e portala in cantina prima di sera.", None),            # a verb and a clitic
])
def test_verb_noun_compounds_leave_glues_found(lang: str, text: str, glue: str | None) -> None:
    found = _glued(text + _MORE[lang])
    if glue is None:
        assert found == []
    else:
        assert glue in found


def test_verb_noun_compound_rule() -> None:
    assert verb_noun_compound("taglia", "siepi", "it")
    assert verb_noun_compound("cubre", "teteras", "es")
    assert not verb_noun_compound("para", "guas", "es")       # "para" is the preposition
    assert not verb_noun_compound("cubre", "tetera", "es")    # Spanish takes the plural
    assert not verb_noun_compound("porta", "la", "it")        # a function word
    assert not verb_noun_compound("porta", "zzqxfrob", "it")  # no known word
    assert not verb_noun_compound("taglia", "siepi", "fr")    # French hyphenates
    assert not verb_noun_compound("cut", "hedges", "en")


def test_portuguese_takes_one_dictionary(tmp_path, monkeypatch) -> None:
    # pt_BR's affix rules make verbs of an article and a noun ("abiblioteca"): beside pt_PT it
    # would take real glues for words, so only the first one found is used
    for name in ("pt_PT", "pt_BR", "en_US", "en_GB"):
        (tmp_path / f"{name}.aff").write_text("SET UTF-8\n", encoding="utf-8")
        (tmp_path / f"{name}.dic").write_text("1\npalavra\n", encoding="utf-8")
    monkeypatch.setenv("DICPATH", str(tmp_path))
    assert spelling._dictionary_paths("pt") == [str(tmp_path / "pt_PT")]
    assert spelling._dictionary_paths("en")[:2] == [str(tmp_path / "en_US"), str(tmp_path / "en_GB")]


# ---- the system's big English word list (provtui/core/system_words.py)

from provtui.core import system_words  # noqa: E402

HAVE_BIG_LIST = bool(system_words._find())


@pytest.fixture
def word_list(tmp_path, monkeypatch):
    """A word list of our own where the system's would be."""
    monkeypatch.delenv("PROVTUI_SPELLING", raising=False)
    monkeypatch.setattr(system_words, "_DIRS", (str(tmp_path),))
    system_words.forget()
    yield tmp_path / "american-english-insane"
    system_words.forget()


def test_a_closed_compound_the_list_holds_is_not_a_glue(word_list) -> None:
    text = "The luthier moved the soundpost of the old viol, and the letter came froma friend."
    assert _glued(text) == ["soundpost", "froma"]  # no list: both reported
    word_list.write_text("Soundpost\nsoundpost\nsoundposts\nfroma\nwitha\n", encoding="utf-8")
    system_words.forget()
    assert system_words.listed("soundpost") is True and system_words.listed("soulsbeneath") is False
    # the list holds "froma" too, but a glue of a function word is far likelier than that word
    assert _glued(text) == ["froma"]
    assert system_words.status() == f"word lists: {word_list}"


def test_a_hostile_word_list_breaks_nothing(word_list, monkeypatch) -> None:
    word_list.write_bytes(b"\xff\xfe\x00pegbox\x00\n" + bytes(range(256)) * 50 + b"\nsoundpost\n")
    assert system_words.listed("soundpost") is True  # a word of the file is a word
    assert _glued("The luthier moved the soundpost a hair towards the treble side.") == []
    # a file far past any word list is not read at all
    monkeypatch.setattr(system_words, "_MAX_FILE_BYTES", 10)
    system_words.forget()
    assert system_words.listed("soundpost") is None
    assert system_words.status().startswith("no big English word list")


def test_the_word_list_is_off_with_the_spell_check(word_list, monkeypatch) -> None:
    word_list.write_text("pegbox\n", encoding="utf-8")
    monkeypatch.setenv("PROVTUI_SPELLING", "off")
    assert system_words.listed("pegbox") is None
    assert system_words.status() == "off (PROVTUI_SPELLING=off)"


@pytest.mark.skipif(not HAVE_BIG_LIST, reason="SKIPPED LOUDLY: no big English word list in /usr/share/dict "
                                              "(apt install wamerican-insane wbritish-insane)")
def test_the_system_list_knows_rare_compounds(monkeypatch) -> None:
    monkeypatch.delenv("PROVTUI_SPELLING", raising=False)
    system_words.forget()
    assert system_words.listed("soundpost") and system_words.listed("windchest")
    assert not system_words.listed("soulsbeneath")
    assert "soundpost" not in _glued("The luthier moved the soundpost a hair towards the treble side.")


def test_a_capital_letter_before_a_common_word_is_no_split_word() -> None:
    # the letter of a model name or a unit ("Pi Zero 2 W", "5 W") before "and" is no "Wand";
    # a first letter cut off its word still is one ("W hen")
    def splits(text: str) -> list[str]:
        return [f["text"] for f in find_findings(text) if f["kind"] == "split_word"]

    assert splits("I wired the sensor to a Raspberry Pi Zero 2 W and read it from Python every minute.") == []
    assert splits("The board draws about 5 W when idle. W hen it is busy it draws more.") == ["W hen"]


def test_doctor_says_which_word_list_it_found() -> None:
    import os
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "provtui", "doctor"], capture_output=True, text=True, timeout=120,
                       env={k: v for k, v in os.environ.items() if k != "PROVTUI_SPELLING"})
    line = next(l for l in r.stdout.splitlines() if "English closed compounds" in l)
    if HAVE_BIG_LIST:
        assert line.startswith("ok") and "word lists: /usr/share/dict/" in line, line
    else:
        assert line.startswith("info") and "apt install wamerican-insane" in line, line


# An article or a coordinating conjunction always has a word after it: a token that would end in
# one right before a comma or a full stop is no glue of it.
@pytest.mark.parametrize("word, lang, template", [
    ("pignattao", "it", "Il vecchio {}{} con il suo cane conosceva ogni quercia della collina e ogni "
                        "sentiero del bosco."),
    ("ruotae", "it", "Il vecchio {}{} con il suo cane conosceva ogni quercia della collina e ogni "
                     "sentiero del bosco."),
    ("hillmanor", "en", "Past the old {}{} we found the path again and walked on to the village."),
    ("wallthe", "en", "Past the old {}{} we found the path again and walked on to the village."),
])
def test_an_article_or_conjunction_before_punctuation_is_no_glue(word: str, lang: str,
                                                                 template: str) -> None:
    assert _glued(template.format(word, "")) == [word]  # before a word: the glue it looks like
    for mark in (",", ".", ";", ":", "?", "!", "…"):
        assert _glued(template.format(word, mark)) == [], mark


def test_a_glue_ending_in_a_content_word_is_still_a_glue_before_a_comma() -> None:
    assert _glued("Past the oldmill, we found the path again and walked on to the village.") \
        == ["oldmill"]
    assert _glued("Il cane si fermò sotto la vecchiaquercia, poi riprese a correre verso il bosco "
                  "della collina.") == ["vecchiaquercia"]


# Nouns a language makes of a known word (word_formation.formed_word, glue_split): a trade or a
# player with an agent suffix, split inside the suffix ("xylophonis te", "bizcocher a"); a stem
# in -o and a Greek or Latin second element ("colombo fila"); a unit prefix and its unit ("chi lo
# watt").  None of them is in the word lists.
@pytest.mark.parametrize("word, lang", [
    ("xylophoniste", "fr"), ("cithariste", "fr"), ("théorbiste", "fr"), ("didgeridooiste", "fr"),
    ("bizcochera", "es"), ("empanadero", "es"), ("mermeladera", "es"),
    ("ombrelliere", "it"), ("salumiera", "it"), ("colombofila", "it"), ("chilowatt", "it"),
    ("temperaggio", "it"),  # the noun of a verb's action: "temperare", no "tempe raggio"
    ("überfetteten", "de"),  # the participle of an inseparable verb: "überfetten", no "über fetteten"
    ("desenredante", "es"), ("decapante", "es"),  # a present participle: "desenredar", no "desenredan te"
])
def test_formed_nouns_are_words(word: str, lang: str) -> None:
    assert glue_intl.glue_split(word, lang) is None


@pytest.mark.parametrize("word, lang, split", [
    ("chiudevai", "it", (8,)),       # an article after the split: "chiudeva i"
    ("hieloera", "es", (5,)),        # the split at the suffix: "hielo era"
    ("unepiste", "fr", (3,)),        # "une piste"
    ("processopode", "pt", (8,)),    # "pode" is too common a word to be a second element
    ("segundologo", "pt", (7,)),     # ... and so is Portuguese "logo"
    ("decidise", "it", (6,)),        # "deci" is no unit prefix here: "decidi se"
    ("terajuda", "pt", (3,)),        # nor "tera": "ter ajuda"
    ("demasquage", "fr", (2,)),      # an action noun after a function word: "de masquage"
    ("dellavaggio", "it", (3,)),     # "del lavaggio"
    ("untererhöhten", "de", (5,)),   # a verb with a prefix of its own: "unter erhöhten"
    ("stendiciascuno", "it", (6,)),  # "stendi" makes no compounds: "stendi ciascuno"
])
def test_glues_that_look_formed_stay_glues(word: str, lang: str, split: tuple[int, ...]) -> None:
    assert glue_intl.glue_split(word, lang) == split


def test_a_formed_noun_in_an_answer() -> None:
    text = ("Il nonno era un colombofilo appassionato: ogni domenica liberava i suoi piccioni "
            "vicino al mercato, dove la salumiera vendeva il prosciutto, e misurava il vento con "
            "un vecchio anemometro.")
    assert _glued(text) == []
    assert _glued(text.replace("la salumiera", "il vecchiosalumiere")) == ["vecchiosalumiere"]


def _splits(text: str) -> list[str]:
    return [f["text"] for f in find_findings(text) if f["kind"] == "split_word"]


def test_a_letter_named_after_a_common_word_is_no_split_word() -> None:
    # an algorithm's variable after "durch": "durchm" is an abbreviation the lists hold, no word
    # a space broke
    assert _splits("Ist der Wert zu klein, ersetze die untere Grenze durch m, sonst ersetze die "
                   "obere Grenze durch m und wiederhole den Schritt.") == []
    # a lone letter broken off a word is still a split word
    text = ("Wir messen die Temperatur jeden Morgen und schreiben den Wert in das Heft, bevor "
            "wir wiede r nach Hause gehen.")
    assert _splits(text) == ["wiede r"]


def test_a_pronoun_never_follows_an_article() -> None:
    # "pelo seno" is "by the sine": no "pelo se no"; without the article "seno" is the glue again
    text = ("Para calcular a posição, multiplique o raio {} seno do ângulo e some o resultado "
            "ao centro da roda.")
    assert _glued(text.format("pelo")) == []
    assert _glued(text.format("por")) == ["seno"]
    # a token no list holds is still a glue after an article, only not the pronoun's: "sul
    # tipoe" is "sul tipo e", whatever split is offered
    assert _glued("Fornisci informazioni sul contenuto o sul tipoe sulle dimensioni per gli "
                  "oggetti di un repository") == ["tipoe"]


# What the neighbours say (glue_context): grammar no glue of the token's parts could meet.
def test_an_unstressed_pronoun_before_a_comma_is_no_glue() -> None:
    # "sugherone," is the first cork, no "sughero ne,": "ne" stands before a verb, never a comma
    text = "Il primo strato di corteccia, detto sugherone{} si stacca a mano e finisce nei pannelli isolanti."
    assert _glued(text.format(",")) == []
    assert _glued(text.format("")) == ["sugherone"]  # before a word, the glue it looks like


def test_no_conjunction_after_a_preposition_or_an_article() -> None:
    # "a magli multipli": the trip-hammers, no "a ma gli"
    assert _glued("La fucina lavorava il ferro con una pila a magli multipli, mossa dalla ruota del mulino.") == []
    assert _glued("La fucina lavorava il ferro con una pila magli multipli, mossa dalla ruota del mulino.") \
        == ["magli"]
    assert _glued("La fucina lavorava il ferro e magli tutti erano spenti la sera.") == ["magli"]


def test_no_second_article_after_an_article() -> None:
    # "la lacasa", the enzyme laccase: no "la la casa"
    assert _glued("El color no se debe al aire, sino a una enzima de la savia, la lacasa, que oxida "
                  "las moléculas.") == []
    assert _glued("El color no se debe al aire, sino a una enzima de la savia que oxida lacasa y "
                  "las moléculas.") == ["lacasa"]


@pytest.mark.parametrize("text", [
    "Die Messung zeigt recht genau, wo der Stein absandet und wo Schalen abzuplatzen drohen.",
    "Er prüfte den Himmel Nacht für Nacht, bis er ihn ganz durchmusterte.",
    "Wer beim Absteigen noch einmal einfedert, verfälscht das Ergebnis der Messung.",
    # an infinitive before "lassen" or a modal
    "Die übrigen Maronen zugeben, kurz mitschwitzen lassen und mit der Brühe ablöschen.",
])
def test_a_particle_verb_closing_a_clause_is_no_glue(text: str) -> None:
    assert _glued(text) == []


@pytest.mark.parametrize("text, glue", [
    # the clause goes on after it: a preposition and a verb is the glue it looks like
    ("Die Messung zeigt recht genau, wo der Stein absandet im Winter und wo Schalen drohen.", "absandet"),
    # the second part is no verb form: a number
    ("Wir gehen überacht oder neun Brücken, bevor wir die Stadt erreichen.", "überacht"),
    ("Wir arbeiten am liebsten zuzweit und teilen die Arbeit gerecht auf.", "zuzweit"),
    # an infinitive with the clause going on; an adverb, no verb, at the clause's end
    ("Die übrigen Maronen zugeben, kurz mitschwitzen im Topf und mit der Brühe ablöschen.", "mitschwitzen"),
    ("Die Schale kippt langsam nachunten und das Wasser läuft aus.", "nachunten"),
])
def test_a_particle_and_no_closing_verb_is_still_a_glue(text: str, glue: str) -> None:
    assert _glued(text) == [glue]


def test_neighbours_across_punctuation_or_a_number_say_nothing() -> None:
    from provtui.core import glue_context

    # the word before must touch the token: "la 3 lacasa" and "la (lacasa" are judged alone
    assert glue_context.cannot_follow("la", ["la", "casa"], "es")
    assert _glued("El color viene de una enzima de la savia y de la 3 lacasa que oxida las moléculas.") \
        == ["lacasa"]
    # hostile neighbours break nothing
    for prev in ("", "\x00", "la" * 1000, "ß", "İ"):
        glue_context.rules_out("lacasa", ["la", "casa"], "es", prev, True, "und")
        glue_context.rules_out("absandet", ["ab", "sandet"], "de", prev, False, prev)
        glue_context.particle_verb_closing(["mit", prev], False, prev, "de")


@pytest.mark.parametrize("ruled_out, still_a_glue, word", [
    # Spanish and Italian put no unstressed pronoun after a preposition: "con serifa", no "con se rifa"
    ("Para un cartel de lejos conviene una letra con serifa o una de palo seco bien gruesa.",
     "Para un cartel de lejos conviene una letra que serifa o una de palo seco bien gruesa.", "serifa"),
    # a Spanish definite article takes no possessive: "el suminagashi", no "el su mi nagashi"
    ("El suminagashi es una técnica japonesa de marmoleado con tinta sobre agua quieta.",
     "Y suminagashi es una técnica japonesa de marmoleado con tinta sobre agua quieta.", "suminagashi"),
    # a Portuguese definite article takes no preposition but "de": "os entrenós", no "os entre nós"
    ("Corte o bambu entre os entrenós perfurados e deixe secar a cana ao sol durante uma semana.",
     "Corte o bambu entre os nós e entrenós perfurados e deixe secar a cana ao sol durante uma semana.",
     "entrenós"),
])
def test_what_an_article_or_a_preposition_cannot_have_after_it(ruled_out: str, still_a_glue: str,
                                                              word: str) -> None:
    assert _glued(ruled_out) == []
    assert _glued(still_a_glue) == [word]


def test_english_compounds_simplemma_lists_are_words_without_a_dictionary(monkeypatch) -> None:
    # with no spell-check dictionary on the machine, simplemma's English forms still tell a
    # closed compound from a glue; a number first is a glue still ("fivegrams")
    monkeypatch.setenv("PROVTUI_SPELLING", "off")
    assert _glued("The wheelwright shaved each spoke with a drawknife, then cut the felloe joints with a "
                  "fretsaw before fitting the tyre.") == []
    assert _glued("Stir in fivegrams of salt and let the dough rest for an hour before you shape the "
                  "loaves.") == ["fivegrams"]


@pytest.mark.parametrize("word", ["incidetela", "tendetela", "riponetela", "estraeteli", "conducetelo",
                                  "scioglici", "raccoglile", "concimarlo"])
def test_an_italian_voi_imperative_takes_its_clitics_however_rare(word: str, monkeypatch) -> None:
    # "riponetela" is "riponete" (riporre) + "la", no "ripone tela": the dictionaries hold them
    # all, and without them the verb's infinitive tells it (a rare infinitive, "concimare", and
    # an imperative in -gli, "sciogli" of "sciogliere", too)
    monkeypatch.setenv("PROVTUI_SPELLING", "off")
    assert glue_intl.glue_split(word, "it") is None


def test_a_rare_infinitive_needs_simplemma_to_take_a_clitic(monkeypatch) -> None:
    # "e servi" glued: "esere" is in wordfreq's rarest entries, no Italian verb
    monkeypatch.setenv("PROVTUI_SPELLING", "off")
    assert glue_intl.glue_split("eservi", "it") == (1,)


@pytest.mark.parametrize("named, plain, word", [
    ("Wind deflects small drops away from the orifice, a loss known as undercatch. That is why observers "
     "shield the gauge.",
     "Wind deflects small drops away from the orifice, a loss we call undercatch. That is why observers "
     "shield the gauge.", "undercatch"),
    ("Sopra la base nera si stende una lacca rossa, chiamata bengara, su cui si posa la foglia d'oro.",
     "Sopra la base nera si stende una lacca rossa e bengara, su cui si posa la foglia d'oro.", "bengara"),
])
def test_a_term_after_called_or_known_as_is_no_glue(named: str, plain: str, word: str) -> None:
    assert _glued(named) == []
    assert _glued(plain) == [word]


def test_a_glue_with_a_function_word_after_called_is_still_a_glue() -> None:
    from provtui.core import glue_context

    assert _glued("It is called astepped pyramid because each layer is smaller than the one below it.") \
        == ["astepped"]
    text = "Nel paese erano chiamati maestridi bottega"
    assert not glue_context.named_term(["maestri", "di"], "it", text, text.index("maestridi"))
    for parts, lang, text, named in ((["para", "a"], "pt", "uma chamada paraa", False),
                                     (["lavori", "ero"], "it", "il cesto chiamato lavoriero", True),
                                     # French "dit" is "said" as often as "called": a glue after it
                                     (["autre", "chose"], "fr", "il a dit autrechose", False)):
        assert glue_context.named_term(parts, lang, text, text.index("".join(parts))) is named, text
    # hostile text before the token costs a bounded look back
    long = "chiamata " * 100_000
    assert glue_context.named_term(["lavori", "ero"], "it", long, len(long))
