"""The spell-check veto of the glued-word check (provtui/core/spelling.py): the real hunspell
program and its dictionaries, custom dictionaries through DICPATH, and hunspell programs that
hang, flood, or die (small real programs put first on PATH)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provtui.core import analysis, spelling, system_words
from provtui.core.integrity_words import _dictionary_word

HAVE_HUNSPELL = shutil.which("hunspell") is not None
HAVE_DICTS = HAVE_HUNSPELL and all(spelling._dictionary_paths(lang) for lang in spelling.DICTIONARIES)
needs_hunspell = pytest.mark.skipif(
    not HAVE_DICTS,
    reason="SKIPPED LOUDLY: the hunspell program or one of its en/fr/es/de/it/pt dictionaries is "
           "missing (apt install hunspell hunspell-en-us hunspell-fr hunspell-es hunspell-de-de "
           "hunspell-it hunspell-pt-pt); the glued-word check then runs without the veto",
)


@pytest.fixture(autouse=True)
def _fresh_checkers(monkeypatch):
    """Each test starts its own hunspell processes and leaves none behind for the next; the
    system's big English word list (system_words, tested in test_findings_context) is kept out
    of it, so that what is judged here is hunspell alone."""
    monkeypatch.delenv("PROVTUI_SPELLING", raising=False)
    monkeypatch.setattr(system_words, "_DIRS", ())
    system_words.forget()
    spelling.close_all()
    yield
    spelling.close_all()
    system_words.forget()


def _glued(text: str) -> list[str]:
    return [f["text"] for f in analysis.find_findings(text) if f["kind"] == "glued_words"]


@needs_hunspell
def test_the_dictionaries_accept_real_words_and_reject_glues() -> None:
    for word, lang in [("seacock", "en"), ("Betimes", "en"), ("feule", "fr"), ("laque", "fr"),
                       ("überreifer", "de"), ("Überreifer", "de"), ("quesería", "es"),
                       ("pianoterra", "it")]:
        assert spelling.accepts(word, lang) is True, (word, lang)
    for word, lang in [("soulsbeneath", "en"), ("ofthe", "en"), ("surle", "fr"), ("aufder", "de"),
                       ("vorder", "de"), ("conel", "es"), ("conle", "it"), ("doseu", "pt")]:
        assert spelling.accepts(word, lang) is False, (word, lang)


@needs_hunspell
@pytest.mark.parametrize("text, word", [
    ("He closed the seacock and the bilge valve before the boat left the harbour.", "seacock"),
    ("Le chat sauvage feule doucement dans la grange quand le chien approche trop près de lui.", "feule"),
    ("Im Herbst schmeckt überreifer Apfel oft süßer, aber er hält sich nicht lange im Keller.", "überreifer"),
    ("Nel mio quartiere il negozio al pianoterra vende frutta fresca e verdura di stagione.", "pianoterra"),
])
def test_a_word_of_the_dictionary_is_not_reported(monkeypatch, text: str, word: str) -> None:
    monkeypatch.setenv("PROVTUI_SPELLING", "off")
    assert word in _glued(text)  # the word lists alone take it for a glue ...
    monkeypatch.setenv("PROVTUI_SPELLING", "on")
    assert word not in _glued(text)  # ... the dictionary knows it


@needs_hunspell
@pytest.mark.parametrize("text, word, lang", [
    ("Es la casa dela abuela, que vive cerca del mercado con sus dos gatos grises.", "dela", "es"),
    ("Ho comprato le mele peri bambini della scuola e anche un po di pane fresco.", "peri", "it"),
    ("La maestra dice chele piace molto la musica classica e suona il piano ogni sera.", "chele", "it"),
    ("Me gusta ir a la playa sobretodo en verano, cuando el agua está más caliente y tranquila.", "sobretodo", "es"),
    ("Il agit entant que représentant de la société et il signe les contrats au nom de tous les associés.",
     "entant", "fr"),
])
def test_two_function_words_glued_stay_a_glue_though_the_dictionary_has_the_word(text, word, lang) -> None:
    assert spelling.accepts(word, lang) is True  # hunspell holds "dela", "peri", "chele" ...
    assert word in _glued(text)  # ... but "de la", "per i", "che le" glued is far likelier


@needs_hunspell
def test_the_guard_and_the_dictionary_decide_together() -> None:
    assert _dictionary_word("feule", ["feu", "le"], "fr") is True
    assert _dictionary_word("dela", ["de", "la"], "es") is False
    assert _dictionary_word("soulsbeneath", ["souls", "beneath"], "en") is False


def test_only_words_of_letters_are_ever_sent() -> None:
    for word in ["a", "x" * 65, "abc1", "two words", "line\nbreak", "qxq\x1b[2J", "", "don't"]:
        assert spelling.accepts(word, "en") is None, word
    assert spelling.accepts("seacock", "xx") is None  # a language no dictionary is listed for
    assert not spelling._checkers  # nothing was started for any of them


def test_off_switch(monkeypatch) -> None:
    monkeypatch.setenv("PROVTUI_SPELLING", "off")
    assert spelling.accepts("seacock", "en") is None
    assert all(state.startswith("off") for state in spelling.status().values())
    assert "seacock" in _glued("He closed the seacock and a valve before dark.")


@pytest.mark.skipif(not HAVE_HUNSPELL, reason="SKIPPED LOUDLY: no hunspell program on PATH "
                                              "(apt install hunspell)")
def test_dicpath_dictionaries_come_first(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "en_US.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (tmp_path / "en_US.dic").write_text("2\nzorblaxquint\nwhirligig\n", encoding="utf-8")
    monkeypatch.setenv("DICPATH", str(tmp_path))
    assert spelling._dictionary_paths("en")[0] == str(tmp_path / "en_US")
    assert spelling.status()["en"].startswith(f"hunspell: {tmp_path / 'en_US'}")
    assert spelling.accepts("zorblaxquint", "en") is True
    assert spelling.accepts("Zorblaxquint", "en") is True  # a capital at a sentence's start
    assert spelling.accepts("quintzorblax", "en") is False


@pytest.mark.skipif(not HAVE_HUNSPELL, reason="SKIPPED LOUDLY: no hunspell program on PATH "
                                              "(apt install hunspell)")
def test_a_garbage_dictionary_vetoes_nothing_and_breaks_nothing(tmp_path: Path, monkeypatch) -> None:
    for name in ("en_US", "en_GB"):  # (both: the first two dictionaries found are asked)
        (tmp_path / f"{name}.aff").write_bytes(os.urandom(4000))
        (tmp_path / f"{name}.dic").write_bytes(b"99999999999\n\xff\xfe/garbage/\x00zz\n" + os.urandom(2000))
    monkeypatch.setenv("DICPATH", str(tmp_path))
    assert spelling.accepts("seacock", "en") in (False, None)
    assert "seacock" in _glued("He closed the seacock and a valve before dark.")


def _fake_hunspell(tmp_path: Path, body: str, monkeypatch) -> None:
    """A program named hunspell, first on PATH, with a dictionary for English to point it at."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    prog = bin_dir / "hunspell"
    prog.write_text(f"#!{sys.executable}\nimport sys, time\n{body}\n", encoding="utf-8")
    prog.chmod(0o755)
    (tmp_path / "en_US.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (tmp_path / "en_US.dic").write_text("1\nword\n", encoding="utf-8")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DICPATH", str(tmp_path))


@pytest.mark.parametrize("name, body", [
    ("hangs", "time.sleep(60)"),
    ("floods", "while True:\n    sys.stdout.write('x\\n' * 1000); sys.stdout.flush()"),
    ("dies", "sys.exit(3)"),
    ("dies after one word", "sys.stdin.readline(); sys.exit(0)"),
])
def test_a_hunspell_that_misbehaves_costs_a_deadline_once_and_is_dropped(tmp_path: Path, monkeypatch,
                                                                        name: str, body: str) -> None:
    _fake_hunspell(tmp_path, body, monkeypatch)
    t0 = time.monotonic()
    assert spelling.accepts("seacock", "en") is None, name
    assert time.monotonic() - t0 < spelling._READ_DEADLINE_S + 2.0, name
    assert "hunspell" in spelling.status()["en"] and "stopped answering" in spelling.status()["en"]
    t1 = time.monotonic()
    assert spelling.accepts("spokeshave", "en") is None  # dropped: not asked again
    assert time.monotonic() - t1 < 0.5
    # and the glued-word check goes on without it
    assert "seacock" in _glued("He closed the seacock and a valve before dark.")


def _no_program(tmp_path: Path, monkeypatch) -> Path:
    """PATH with python and no hunspell program."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(sys.executable)
    monkeypatch.setenv("PATH", str(bin_dir))
    return bin_dir


def test_without_the_hunspell_program_the_check_runs_on_and_says_why(tmp_path: Path, monkeypatch) -> None:
    bin_dir = _no_program(tmp_path, monkeypatch)
    spylls_reads = bool(spelling._dictionary_paths("en")) and spelling._spylls_ready()
    r = subprocess.run([sys.executable, "-m", "provtui", "doctor"], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "PATH": str(bin_dir)})
    assert r.returncode == 0, r.stdout + r.stderr
    line = next(l for l in r.stdout.splitlines() if "glued-word check" in l)
    if spylls_reads:  # dictionaries on the machine and spylls installed: spylls reads them
        assert spelling.accepts("seacock", "en") is True
        assert spelling.status()["en"].startswith("spylls: ")
        assert line.startswith("ok") and "en (spylls) /" in line, line
    else:
        assert spelling.accepts("seacock", "en") is None
        assert "not installed" in spelling.status()["en"]
        assert line.startswith("info") and "hunspell program is not installed" in line, line
    # with no spylls either, the check runs without a dictionary and says how to get one
    spelling.close_all()
    monkeypatch.setattr(spelling, "_spylls_ready", lambda: False)
    assert spelling.accepts("seacock", "en") is None
    assert "provtui[dictionaries]" in spelling.status()["en"]
    assert "seacock" in _glued("He closed the seacock and a valve before dark.")


HAVE_SPYLLS = spelling._spylls_ready()
needs_spylls = pytest.mark.skipif(not HAVE_SPYLLS, reason="SKIPPED LOUDLY: spylls is not installed "
                                                          "(pip install -e '.[test]' installs it)")


@needs_spylls
def test_spylls_reads_the_dictionaries_where_there_is_no_hunspell_program(tmp_path: Path, monkeypatch) -> None:
    _no_program(tmp_path, monkeypatch)
    (tmp_path / "en_US.aff").write_text("SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n", encoding="utf-8")
    (tmp_path / "en_US.dic").write_text("2\nzorblaxquint/S\nseacock/S\n", encoding="utf-8")
    monkeypatch.setenv("DICPATH", str(tmp_path))
    assert spelling.status()["en"].startswith(f"spylls: {tmp_path / 'en_US'}")
    assert spelling.accepts("zorblaxquint", "en") is True
    assert spelling.accepts("zorblaxquints", "en") is True  # the affix rules, as hunspell applies them
    assert spelling.accepts("Zorblaxquint", "en") is True   # a capital at a sentence's start
    assert spelling.accepts("quintzorblax", "en") is False
    assert isinstance(spelling._checkers["en"], spelling._SpyllsChecker)
    # one dictionary a language but English under spylls, and the status names the one it reads
    for name in ("de_DE", "de_AT"):
        (tmp_path / f"{name}.aff").write_text("SET UTF-8\n", encoding="utf-8")
        (tmp_path / f"{name}.dic").write_text("1\nzorblaxquint\n", encoding="utf-8")
    assert spelling.status()["de"] == f"spylls: {tmp_path / 'de_DE'}"
    assert spelling.accepts("zorblaxquint", "de") is True
    assert len(spelling._checkers["de"].dicts) == 1
    assert spelling.held_fds() == set()  # no process, no descriptor
    # the glued-word check asks it as it asks hunspell
    assert "seacock" not in _glued("He closed the seacock and a valve before dark.")
    monkeypatch.setenv("PROVTUI_SPELLING", "off")
    assert "seacock" in _glued("He closed the seacock and a valve before dark.")


@needs_spylls
def test_a_garbage_dictionary_under_spylls_vetoes_nothing_and_breaks_nothing(tmp_path: Path, monkeypatch) -> None:
    _no_program(tmp_path, monkeypatch)
    for name in ("en_US", "en_GB"):
        (tmp_path / f"{name}.aff").write_bytes(b"SET UTF-8\nPFX A Y 99999999\n" + os.urandom(4000))
        (tmp_path / f"{name}.dic").write_bytes(b"99999999999\n\xff\xfe/garbage/\x00zz\n" + os.urandom(2000))
    monkeypatch.setenv("DICPATH", str(tmp_path))
    assert spelling.accepts("seacock", "en") in (False, None)
    assert "seacock" in _glued("He closed the seacock and a valve before dark.")
    assert "spylls" in spelling.status()["en"]


@needs_hunspell
def test_doctor_names_the_dictionaries() -> None:
    r = subprocess.run([sys.executable, "-m", "provtui", "doctor"], capture_output=True, text=True,
                       timeout=120, env={k: v for k, v in os.environ.items() if k != "PROVTUI_SPELLING"})
    line = next(l for l in r.stdout.splitlines() if "spell-check dictionaries" in l)
    assert line.startswith("ok")
    for lang in spelling.DICTIONARIES:
        assert f"{lang} /" in line, line


@needs_hunspell
def test_hunspell_gets_nothing_of_the_callers_environment(monkeypatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-SECRET-spelling-0000")
    assert spelling.accepts("seacock", "en") is True
    env = Path(f"/proc/{spelling._checkers['en'].proc.pid}/environ").read_bytes()
    assert b"SECRET" not in env and b"OPENROUTER" not in env
    assert f"{spelling.CHECKER_MARK}=1".encode() in env.split(b"\0")


@needs_hunspell
def test_a_ctrl_c_at_the_terminal_does_not_reach_hunspell() -> None:
    assert spelling.accepts("seacock", "en") is True
    proc = spelling._checkers["en"].proc
    # the terminal sends SIGINT to its foreground process group: hunspell is in none of ours
    assert os.getpgid(proc.pid) != os.getpgid(0)
    assert os.getsid(proc.pid) == proc.pid


@needs_hunspell
def test_the_processes_end_with_close_all() -> None:
    assert spelling.accepts("seacock", "en") is True
    proc = spelling._checkers["en"].proc
    spelling.close_all()
    assert proc.poll() is not None


@needs_hunspell
@pytest.mark.parametrize("text, word, reported", [
    # two function words, the last an article: the glue is far likelier than the word
    ("Es el centro dela ciudad y allí vive mucha gente desde hace años.", "dela", True),
    ("Ho comprato un regalo peri bambini e anche per le loro madri.", "peri", True),
    # two function words ending otherwise: the dictionary's word ("los a", "la que" are no glue
    # likelier than a slab or lacquer)
    ("En el patio pusieron una losa de granito nueva y muy pesada.", "losa", False),
    ("Il a passé une couche de laque sur la vieille commode du salon.", "laque", False),
])
def test_a_glue_of_function_words_needs_an_article_at_its_end(monkeypatch, text: str, word: str,
                                                               reported: bool) -> None:
    assert spelling.accepts(word, {"dela": "es", "peri": "it", "losa": "es", "laque": "fr"}[word])
    assert (word in _glued(text)) is reported


@needs_hunspell
@pytest.mark.parametrize("text, word, lang", [
    ("Nel viale crescono querce, castagni e tigli, e in primavera il profumo arriva in piazza.",
     "tigli", "it"),
    ("Lungo il fiume ci sono soprattutto salici e tigli.", "tigli", "it"),
    ("Wenn Wasser und Milch gemeinsam sieden, steigt der Schaum sehr schnell bis an den Rand.",
     "sieden", "de"),
])
def test_an_article_before_a_comma_or_a_full_stop_is_no_article(text: str, word: str,
                                                               lang: str) -> None:
    # "ti gli", "sie den" would need a noun after the article: before punctuation the token is
    # the dictionary's word (lime trees, to boil)
    assert spelling.accepts(word, lang) is True
    assert word not in _glued(text)
    # the same pair before a word is the glue again
    assert _dictionary_word(word, {"tigli": ["ti", "gli"], "sieden": ["sie", "den"]}[word],
                            lang) is False
    assert "dela" in _glued("Es el centro dela ciudad y allí vive mucha gente desde hace años.")


@needs_hunspell
def test_the_same_article_glue_before_a_word_is_still_reported() -> None:
    # "e sedas que": no punctuation after it and no article before it, so "se das" stays the
    # likelier reading (a rare false alarm kept: the article rule is worth more glues than it
    # costs); before a comma, or after an article ("as sedas": no pronoun follows an article),
    # it is the word
    text = "A avó guardava no baú os vestidos de linho, as rendas e {} que trouxe de Macau."
    assert "sedas" in _glued(text.format("sedas"))
    assert "sedas" not in _glued(text.format("sedas,"))
    assert "sedas" not in _glued(text.format("as sedas"))
