"""The system's big English word list, for the closed compounds a spell-check dictionary lacks.

hunspell's English dictionaries are SCOWL's mid-sized lists (size 60); a glued-word finding's
remaining false alarms in English are mostly rarer closed compounds and loanwords ("pegbox",
"soundpost", "windchest", "fireworms", "warabi").  SCOWL's larger lists hold many of them, and
Debian and Ubuntu install them as plain word lists (``apt install wamerican-insane
wbritish-insane``, or the ``-huge`` ones) in ``/usr/share/dict``.  Where one is installed, an
English glued word that it lists is not reported, unless a part is a function word (the largest
lists hold "froma", "witha", "anda", "heis": glues far likelier than the rare words they are),
a rule ``integrity_words`` applies.

The list is read once, on first use or at ``warm_up`` (0.4-0.7 s), into a sorted array of 64-bit hashes of its
lower-case words of four letters or more (about 3.5 MB for the largest list; the words
themselves are not kept).  Nothing is installed or required: without a list, nothing changes.
``PROVTUI_SPELLING=off`` turns it off with the hunspell veto.
"""

from __future__ import annotations

import array
import bisect
import threading
from pathlib import Path

from provtui.core import spelling

__all__ = ["listed", "status", "forget", "warm_up", "FILES"]

FILES = (
    "american-english-insane", "british-english-insane", "canadian-english-insane",
    "american-english-huge", "british-english-huge", "canadian-english-huge",
)
"""The lists looked for in ``/usr/share/dict``, by preference; the first two found are read."""

_DIRS = ("/usr/share/dict",)
_MIN_LEN = 4
_MAX_FILE_BYTES = 64 * 1024 * 1024  # a file far past any word list is not read

_lock = threading.Lock()
_table: array.array | None = None
_paths: list[str] | None = None


def _find() -> list[str]:
    found: list[str] = []
    for name in FILES:
        for d in _DIRS:
            p = Path(d) / name
            try:
                if p.is_file() and p.stat().st_size <= _MAX_FILE_BYTES:
                    found.append(str(p))
                    break
            except OSError:
                continue
        if len(found) == 2:
            break
    return found


def _load() -> array.array:
    global _table, _paths
    with _lock:
        if _table is not None:
            return _table
        paths = _find()
        hashes: set[int] = set()
        for p in paths:
            try:
                with open(p, encoding="utf-8", errors="replace") as fh:
                    for line in fh:
                        w = line.strip()
                        if len(w) >= _MIN_LEN and w.isalpha() and w.islower():
                            hashes.add(hash(w))
            except OSError:
                continue
        _table = array.array("q", sorted(hashes))
        _paths = paths
        return _table


def listed(word: str) -> bool | None:
    """True when a system word list holds lower-case ``word``, False when not, None when there
    is no list (or the check is off)."""
    if not spelling.enabled():
        return None
    table = _table if _table is not None else _load()
    if not table:
        return None
    h = hash(word)
    i = bisect.bisect_left(table, h)
    return i < len(table) and table[i] == h


def warm_up() -> None:
    """Read the list now (``analysis.warm_up``: the analysis worker, before the first answer)."""
    if spelling.enabled() and _table is None:
        _load()


def forget() -> None:
    """Drop the list read (it is read again on next use): after installing one, and for tests."""
    global _table, _paths
    with _lock:
        _table, _paths = None, None


def status() -> str:
    """The lists in use, or why there are none."""
    if not spelling.enabled():
        return "off (PROVTUI_SPELLING=off)"
    paths = _find()
    if not paths:
        return "no big English word list (apt install wamerican-insane wbritish-insane)"
    return "word lists: " + ", ".join(paths)
