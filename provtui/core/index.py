"""The sessions index: an SQLite cache beside the session files that answers list and search.

The files stay the truth (CONTRACT §6).  The index (``DATA_DIR/index.sqlite3``) holds one row
per file (path, mtime, size, and what listing and filtering need) and an FTS5 table over the
words of prompts, answers, target names, ids, finding kinds and check outcomes.  Each command
first *syncs*: one ``scandir`` of the sessions directory compared with the stored (mtime, size)
of every row, so a file added, changed or deleted by hand shows at once; only changed files are
read again.

Robustness, as a cache must be:

* missing, damaged (not a database, failing ``quick_check``) or from another index version
  (``PRAGMA user_version``) -> deleted and rebuilt, with at most a progress line;
* WAL mode and ``BEGIN IMMEDIATE`` for every write, with a busy timeout, so two provtui
  processes at once wait for each other instead of corrupting anything; a write that still
  cannot get the lock is skipped (the next command catches up) and the listing is served from
  what is there plus the files themselves;
* a read-only data directory (or index file) still lists: the index is then built in memory;
* a file that is not a readable session (poisoned, foreign, a FIFO, a symlink) is recorded with
  its problem and reported, never breaking the rest.

FTS5 here is "contentless" (``content=''``) so the index stores no copy of the text, keeping it
a small fraction of the sessions' size.  SQLite before 3.43 cannot delete single rows from a
contentless table, so a changed or deleted file leaves its old words behind under a rowid that
no longer joins a file row (it never shows in results); when such dead rows outnumber the live
ones the word index is rebuilt from the files.

Search syntax (``--search TEXT``): every word must match (prefix match for the last word) in
the prompt, system message, answers, target/provider/model names, the id, finding kinds
(``glued_words``) or check outcomes written ``NAME_passed`` / ``NAME_failed`` (``words_failed``
finds every session with a run whose ``words`` check failed); ``status_error``,
``error_context_length``, ``recovered`` and ``truncated`` are searchable too.  A word that looks
like an id prefix also matches ids.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

__all__ = ["INDEX_NAME", "IndexedList", "SessionIndex", "list_indexed", "index_path"]

INDEX_NAME = "index.sqlite3"
INDEX_VERSION = 5
# text of one session that goes into the word index: enough for any answer people search in,
# bounded so one 100 MB session cannot make the index as big as itself
MAX_INDEXED_CHARS = 256 * 1024
_DEAD_REBUILD_MIN = 500
_SEP = "\x1f"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    doc INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,               -- session | journal
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    problem TEXT,                     -- not a readable session: why (the row is not listed)
    id TEXT, created_at TEXT, prompt TEXT,
    targets TEXT, providers TEXT,     -- names joined by U+001F (a control character: names
                                      -- from files are cleaned of those before they get here)
    status TEXT,                      -- ok | error | cancelled | mixed | running
    recovered INTEGER, in_progress INTEGER,
    suite_result TEXT, suite_case TEXT,
    runs INTEGER, ok_runs INTEGER,
    outcome TEXT                      -- JSON [[target, status, error kind, repeat index], ...]
);
CREATE INDEX IF NOT EXISTS files_created ON files(created_at DESC, id DESC);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(
    body, content='', detail='none', tokenize="unicode61 tokenchars '_'"
);
"""


def index_path(sessions_dir: Path) -> Path:
    """The index lives in the data directory, beside the sessions folder."""
    return Path(sessions_dir).parent / INDEX_NAME


# ---------------------------------------------------------------------------- reading a file


def _str(v: Any, limit: int | None = None) -> str:
    s = v if isinstance(v, str) else ("" if v is None else str(v))
    return s if limit is None else s[:limit]


def _row_from_session(s: dict[str, Any], kind: str, live: bool) -> tuple[dict[str, Any], str]:
    """The listing row and the searchable words of one loaded session (any JSON shapes)."""
    runs = [r for r in (s.get("runs") or []) if isinstance(r, dict)]
    targets: list[str] = []
    providers: list[str] = []
    words: list[str] = [_str(s.get("id")), _str(s.get("prompt")), _str(s.get("system"))]
    statuses = set()
    ok_runs = 0
    outcome: list[list[Any]] = []
    budget = MAX_INDEXED_CHARS
    for r in runs:
        t, p, m = (_str(r.get(k)).replace(_SEP, " ") for k in ("target", "provider", "model"))
        if t and t not in targets:
            targets.append(t)
        if p and p not in providers:
            providers.append(p)
        words += [t, p, m]
        st = _str(r.get("status")) or "unknown"
        statuses.add(st)
        ok_runs += st == "ok"
        words.append(f"status_{st}")
        err = r.get("error")
        ekind = _str(err.get("kind"))[:40] if isinstance(err, dict) and err.get("kind") else None
        if ekind:
            words.append(f"error_{ekind}")
        ri = r.get("repeat_index")
        outcome.append([t[:200], st[:20], ekind,
                        ri if isinstance(ri, int) and not isinstance(ri, bool) else 0])
        for f in r.get("findings") or []:
            if isinstance(f, dict) and f.get("kind"):
                words.append(_str(f.get("kind")))
        for c in r.get("checks") or []:
            if isinstance(c, dict) and c.get("name"):
                words.append(f"{_str(c.get('name'))}_{'passed' if c.get('passed') else 'failed'}")
        if r.get("truncated") or any(isinstance(tu, dict) and tu.get("finish_reason") == "length"
                                     for tu in (r.get("turns") or [])[-1:]):
            words.append("truncated")
        text = _str(r.get("text"))
        if budget > 0 and text:
            words.append(text[:budget])
            budget -= len(text)
    if s.get("recovered"):
        words.append("recovered")
    suite = s.get("suite") if isinstance(s.get("suite"), dict) else {}
    if suite:
        words += [_str(suite.get("result")), _str(suite.get("case"))]
    status = ("running" if live else
              next(iter(statuses)) if len(statuses) == 1 else "mixed" if statuses else "ok")
    row = {
        "id": _str(s.get("id")), "created_at": _str(s.get("created_at")) or None,
        "prompt": _str(s.get("prompt"), 65536), "targets": _SEP.join(targets),
        "providers": _SEP.join(providers), "status": status,
        "recovered": int(bool(s.get("recovered")) and not live), "in_progress": int(live),
        "suite_result": _str(suite.get("result")) or None,
        "suite_case": _str(suite.get("case")) or None,
        "runs": len(runs), "ok_runs": ok_runs, "kind": kind,
        "outcome": json.dumps(outcome[:500]),
    }
    return row, "\n".join(w for w in words if w)


def _read(path: Path, kind: str) -> tuple[dict[str, Any], str]:
    from provtui.core.session import SessionError, _journal_is_live, load_session

    live = kind == "journal" and _journal_is_live(path)
    try:
        s = load_session(str(path))
    except SessionError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, OSError) as exc:
        # the tolerant reader should never let these through; the index must not break if it
        # does
        raise SessionError(f"{path} is not a provtui session ({type(exc).__name__})",
                           type(exc).__name__) from None
    if not isinstance(s, dict):
        raise SessionError(f"{path} is not a provtui session", "not a session object")
    row, words = _row_from_session(s, kind, live)
    if not row["id"]:
        row["id"] = _file_id(path)
    return row, words


def _file_id(path: Path) -> str:
    from provtui.core.session_format import JOURNAL_SUFFIX

    name = path.name
    return name[: -len(JOURNAL_SUFFIX)] if name.endswith(JOURNAL_SUFFIX) else path.stem


# ---------------------------------------------------------------------------- the directory


@dataclass
class _Entry:
    path: str
    kind: str
    mtime_ns: int
    size: int


def _scan(directory: Path) -> dict[str, _Entry]:
    """Regular files that could be sessions or journals; FIFOs, devices, directories and
    symlinks are never opened (a ``*.json`` FIFO would hang a reader)."""
    from provtui.core.session_format import JOURNAL_SUFFIX

    out: dict[str, _Entry] = {}
    try:
        it = os.scandir(directory)
    except (FileNotFoundError, NotADirectoryError):
        return out
    with it:
        for e in it:
            name = e.name
            if name.startswith("."):
                continue
            if name.endswith(JOURNAL_SUFFIX):
                kind = "journal"
            elif name.endswith(".json"):
                kind = "session"
            else:
                continue
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                out[e.path] = _Entry(e.path, "not-regular", st.st_mtime_ns, -1)
                continue
            out[e.path] = _Entry(e.path, kind, st.st_mtime_ns, st.st_size)
    return out


# ---------------------------------------------------------------------------- the index


@dataclass
class IndexedList:
    items: list[dict[str, Any]]
    problems: list[str] = field(default_factory=list)
    total: int = 0                  # matching sessions before --limit
    indexed: bool = True            # False: served without a persistent index (read-only dir)


class SessionIndex:
    """Open with :meth:`open`; :meth:`sync` before reading; :meth:`query` answers list/search."""

    def __init__(self, sessions_dir: Path, *, path: Path | None = None,
                 progress: Callable[[str], None] | None = None):
        self.sessions_dir = Path(sessions_dir)
        self.path = path or index_path(self.sessions_dir)
        self.progress = progress
        self.persistent = True
        self.db: sqlite3.Connection | None = None

    # -- opening ------------------------------------------------------------------------

    def open(self) -> "SessionIndex":
        try:
            self.db = self._connect(self.path)
        except (sqlite3.DatabaseError, OSError):
            # damaged or from elsewhere: the files are the truth, rebuild
            self._discard()
            try:
                self.db = self._connect(self.path)
            except (sqlite3.DatabaseError, OSError):
                self.db = None
        if self.db is None:
            self.persistent = False
            self.db = self._connect(None)
        return self

    def _connect(self, path: Path | None) -> sqlite3.Connection:
        if path is None:
            db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {INDEX_VERSION}")
            return db
        if not path.parent.is_dir() or not os.access(path.parent, os.W_OK) or (
                path.exists() and not os.access(path, os.W_OK)):
            raise OSError("read-only")
        db = sqlite3.connect(str(path), timeout=10.0, isolation_level=None,
                             check_same_thread=False)  # built in a worker, read on the UI thread
        try:
            db.execute("PRAGMA busy_timeout = 10000")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            has_tables = db.execute(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('files','words','meta')"
            ).fetchone()[0]
            if has_tables and version != INDEX_VERSION:
                db.close()
                raise sqlite3.DatabaseError(f"index version {version}")
            if has_tables:
                ok = db.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    db.close()
                    raise sqlite3.DatabaseError(ok)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            if not has_tables:
                db.execute("BEGIN IMMEDIATE")
                try:
                    # another process may have created it while we waited for the lock
                    if db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'files'"
                                  ).fetchone()[0] == 0:
                        for stmt in _SCHEMA.split(";"):
                            if stmt.strip():
                                db.execute(stmt)
                        db.execute(f"PRAGMA user_version = {INDEX_VERSION}")
                    db.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        db.execute("ROLLBACK")
                    raise
            return db
        except BaseException:
            with contextlib.suppress(Exception):
                db.close()
            raise

    def _discard(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(self.path) + suffix).unlink()

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None

    def __enter__(self) -> "SessionIndex":
        return self.open()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- syncing ------------------------------------------------------------------------

    def sync(self) -> list[str]:
        """Bring the index in line with the directory; returns the problems of unreadable
        files (one line each).  Safe with other provtui processes syncing at the same time."""
        assert self.db is not None
        disk = _scan(self.sessions_dir)
        stored = {p: (m, s, d) for p, m, s, d in
                  self.db.execute("SELECT path, mtime_ns, size, doc FROM files")}
        gone = [stored[p][2] for p in stored if p not in disk]
        changed = [e for p, e in disk.items()
                   if p not in stored or stored[p][:2] != (e.mtime_ns, e.size)
                   or (e.kind == "journal" and self._liveness_changed(p))]
        if gone or changed:
            self._apply(gone, changed, stored, len(stored) == 0)
        return [f"file {p} is not a provtui session ({prob}); skipped"
                for p, prob in self.db.execute(
                    "SELECT path, problem FROM files WHERE problem IS NOT NULL ORDER BY path")]

    def _apply(self, gone: list[int], changed: list[_Entry], stored: dict, first: bool) -> None:
        assert self.db is not None
        rows = []
        t0 = time.monotonic()
        shown = False
        for i, e in enumerate(changed):
            if self.progress and (first or len(changed) > 200) and (
                    not shown or i % 2500 == 0) and time.monotonic() - t0 > 0.5:
                self.progress(f"indexing sessions: {i}/{len(changed)}")
                shown = True
            rows.append(self._entry_row(e))
        if self.progress and shown:
            self.progress(f"indexing sessions: {len(changed)}/{len(changed)} done")
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return  # another provtui holds the write lock for longer than the busy timeout
        try:
            dead = 0
            for doc in gone:
                self.db.execute("DELETE FROM files WHERE doc = ?", (doc,))
                dead += 1
            for e, row, words in rows:
                old = stored.get(e.path)
                if old is not None:
                    self.db.execute("DELETE FROM files WHERE doc = ?", (old[2],))
                    dead += 1
                else:  # another process may have inserted it meanwhile
                    self.db.execute("DELETE FROM files WHERE path = ?", (e.path,))
                cur = self.db.execute(
                    "INSERT INTO files (path, kind, mtime_ns, size, problem, id, created_at, "
                    "prompt, targets, providers, status, recovered, in_progress, suite_result, "
                    "suite_case, runs, ok_runs, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (e.path, row.get("kind", e.kind), e.mtime_ns, e.size, row.get("problem"),
                     row.get("id"), row.get("created_at"), row.get("prompt"),
                     row.get("targets"), row.get("providers"), row.get("status"),
                     row.get("recovered"), row.get("in_progress"), row.get("suite_result"),
                     row.get("suite_case"), row.get("runs"), row.get("ok_runs"),
                     row.get("outcome")))
                if words:
                    self.db.execute("INSERT INTO words (rowid, body) VALUES (?, ?)",
                                    (cur.lastrowid, words))
            if dead:
                n = int(self._meta("dead") or 0) + dead
                live = self.db.execute("SELECT count(*) FROM files").fetchone()[0]
                if n > max(_DEAD_REBUILD_MIN, live):
                    self._rebuild_words()
                    n = 0
                self._set_meta("dead", str(n))
            self.db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            raise

    def _liveness_changed(self, path: str) -> bool:
        """A journal stops being live when its writer dies, with no write to the file."""
        from provtui.core.journal import _journal_is_live

        assert self.db is not None
        r = self.db.execute("SELECT in_progress, problem FROM files WHERE path = ?",
                            (path,)).fetchone()
        return r is not None and r[1] is None and bool(r[0]) != _journal_is_live(Path(path))

    def _entry_row(self, e: _Entry) -> tuple[_Entry, dict[str, Any], str]:
        from provtui.core.session_format import SessionError

        if e.kind == "not-regular":
            return e, {"kind": "not-regular", "problem": "not a regular file (a FIFO, device, "
                       "directory or symlink); provtui never opens those"}, ""
        try:
            row, words = _read(Path(e.path), e.kind)
        except SessionError as exc:
            return e, {"problem": _one_line(exc.detail)}, ""
        return e, row, words

    def _rebuild_words(self) -> None:
        assert self.db is not None
        self.db.execute("INSERT INTO words (words) VALUES ('delete-all')")
        for doc, path, kind in self.db.execute(
                "SELECT doc, path, kind FROM files WHERE problem IS NULL").fetchall():
            _, row, words = self._entry_row(_Entry(path, kind, 0, 0))
            if words:
                self.db.execute("INSERT INTO words (rowid, body) VALUES (?, ?)", (doc, words))

    def _meta(self, key: str) -> str | None:
        assert self.db is not None
        r = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return r[0] if r else None

    def _set_meta(self, key: str, value: str) -> None:
        assert self.db is not None
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- reading ------------------------------------------------------------------------

    def query(self, *, search: str | None = None, limit: int | None = None,
              target: str | None = None, provider: str | None = None,
              since: str | None = None, until: str | None = None,
              status: str | None = None, suite_result: str | None = None,
              offset: int = 0, with_outcome: bool = False) -> tuple[list[dict[str, Any]], int]:
        """Rows newest first (CONTRACT §1 list shape plus extras) and the total matching."""
        assert self.db is not None
        where = ["f.problem IS NULL"]
        args: list[Any] = []
        join = ""
        if search and search.strip():
            terms = search.split()
            dates = [x for x in terms if _DATE.fullmatch(x)]
            rest = " ".join(x for x in terms if not _DATE.fullmatch(x))
            for d in dates:  # 2026, 2026-04, 2026-04-12: the creation date, not words
                where.append("f.created_at LIKE ? ESCAPE '\\'")
                args.append(_like_prefix(d))
            if rest:
                q = fts_query(rest)
                id_like = _id_prefix(rest)
                if q and id_like:
                    where.append("(f.doc IN (SELECT rowid FROM words WHERE words MATCH ?) "
                                 "OR f.id LIKE ? ESCAPE '\\')")
                    args += [q, id_like]
                elif q:
                    where.append("f.doc IN (SELECT rowid FROM words WHERE words MATCH ?)")
                    args.append(q)
                else:
                    where.append("0")
        if target:
            where.append("instr(char(31) || f.targets || char(31), char(31) || ? || char(31))")
            args.append(target)
        if provider:
            where.append("instr(char(31) || f.providers || char(31), char(31) || ? || char(31))")
            args.append(provider)
        if since:
            where.append("f.created_at >= ?")
            args.append(since)
        if until:
            where.append("f.created_at <= ?")
            args.append(until if "T" in until else until + "T99")
        if status:
            where.append("f.status = ?")
            args.append(status)
        if suite_result:
            where.append("f.suite_result LIKE ? ESCAPE '\\'")
            args.append(_like_prefix(suite_result))
        sql_where = " AND ".join(where)
        total = self.db.execute(f"SELECT count(*) FROM files f {join} WHERE {sql_where}",
                                args).fetchone()[0]
        sql = (f"SELECT f.id, f.created_at, f.prompt, f.targets, f.path, f.recovered, "
               f"f.in_progress, f.status, f.providers, f.suite_result, f.suite_case, f.runs, "
               f"f.ok_runs, f.size, f.kind, f.outcome FROM files f {join} WHERE {sql_where} "
               f"ORDER BY f.created_at DESC, f.id DESC")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [max(0, int(limit)), max(0, int(offset))]
        items = []
        sep = _SEP
        for (sid, created, prompt, targets, path, recovered, live, st, providers, sres, scase,
             runs, ok_runs, size, kind, outcome) in self.db.execute(sql, args):
            item = {"id": sid, "created_at": created, "prompt": prompt,
                    "targets": targets.split(sep) if targets else [], "path": path,
                    "recovered": bool(recovered), "status": st,
                    "providers": providers.split(sep) if providers else [], "runs": runs,
                    "ok_runs": ok_runs, "size": size, "kind": kind}
            if live:
                item["in_progress"] = True
            if sres:
                item["suite"] = {"result": sres, "case": scase}
            if with_outcome:
                item["outcome"] = _outcome(outcome)
            items.append(item)
        return items, total


def _outcome(v: Any) -> list[dict[str, Any]]:
    """Per run: target, status, error kind, repeat index (for the browser's outcome column)."""
    try:
        rows = json.loads(v or "[]")
    except ValueError:
        return []
    return [{"target": r[0], "status": r[1], "error_kind": r[2], "repeat_index": r[3]}
            for r in rows if isinstance(r, list) and len(r) == 4]


def _names(v: Any) -> list[str]:
    return v.split(_SEP) if isinstance(v, str) and v else []


def _one_line(text: Any) -> str:
    from provtui.core.summary_text import clean

    return clean(str(text)).replace("\n", " ")[:300]


_WORD = re.compile(r"[\w]+", re.UNICODE)
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word quoted (no operator injection), all required, the last
    one a prefix so results appear while typing."""
    words = _WORD.findall(text.lower())
    if not words:
        return ""
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " AND ".join(parts)


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _id_prefix(text: str) -> str | None:
    t = text.strip()
    if re.fullmatch(r"[0-9][0-9A-Za-z._-]{3,}", t):
        return _like_prefix(t)
    return None


# ---------------------------------------------------------------------------- the command


def list_indexed(sessions_dir: Path | None = None, *, search: str | None = None,
                 limit: int | None = None, progress: Callable[[str], None] | None = None,
                 **filters: Any) -> IndexedList:
    """Sync the index with the directory and answer one listing."""
    if sessions_dir is None:
        from provtui.core.config import sessions_dir as _sd

        sessions_dir = _sd()
    idx = SessionIndex(Path(sessions_dir), progress=progress)
    try:
        idx.open()
        try:
            problems = idx.sync()
        except sqlite3.DatabaseError:
            # damaged while open (disk trouble, someone truncated it): rebuild once
            idx.close()
            idx._discard()
            idx.open()
            problems = idx.sync()
        items, total = idx.query(search=search, limit=limit, **filters)
        return IndexedList(items, problems, total, idx.persistent)
    finally:
        idx.close()

