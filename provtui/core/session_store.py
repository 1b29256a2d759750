"""Session files on disk: ids and paths, atomic save, tolerant load, recovery, listing."""


from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from provtui.core.events import (
    SessionStarted,
)
from provtui.core.journal import _journal_is_live, read_journal
from provtui.core.recorder import SessionRecorder, TimelineView, fold_events, json_default
from provtui.core.redaction import known_secrets, redact_text
from provtui.core.session_format import (FORMAT, JOURNAL_SUFFIX, VERSION, SessionError, SessionNotFound,
                                         _ID_OK, _sessions_dir, session_paths)
from provtui.core.session_schema import normalise_session

# A session file or journal larger than this is refused before it is read: json.loads needs
# several times the file's size, and no real session comes near it (8 answers of 200k chunks
# are a 44 MB file).
MAX_SESSION_FILE_BYTES = 512 * 1024 * 1024

# ---------------------------------------------------------------------------- save and load


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_WRITE_CHARS = 1 << 20


def save_session(session: dict[str, Any], path: str | os.PathLike[str] | None = None, *,
                 secrets: Iterable[str] | None = None) -> Path:
    """Write atomically (temp file, fsync, rename).  Default path: ``sessions_dir()/ID.json``;
    writing there also removes the session's journal, whose job is then done.

    The JSON is written value by value (see :func:`session_json_chunks`) rather than made into
    one string: 8 answers of 200k chunks are a 44 MB text and 1.6M timeline entries."""
    sid = str(session.get("id") or "")
    if path is None or _ID_OK.match(sid):
        default_final, journal = session_paths(sid)
    else:  # a copy (-o PATH) of a session whose id is no file name: no journal to tidy
        default_final = journal = None
    target = Path(path) if path is not None else default_final
    target.parent.mkdir(parents=True, exist_ok=True)
    scrub = known_secrets(secrets or ())
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=_WRITE_CHARS) as fh:
            for piece in session_json_chunks(session):
                fh.write(redact_text(piece, scrub))
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    if default_final is not None and journal is not None and journal.exists() \
            and target.resolve() == default_final.resolve():
        journal.unlink(missing_ok=True)
    return target


def _dumps(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=json_default)
    # Lone surrogates from a provider cannot be UTF-8: escape them, keep them exact.  Searched
    # for rather than found by encoding the text, which would hold a second copy of it.
    if not text.isascii() and _LONE_SURROGATE.search(text):
        text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), default=json_default)
    return text


def session_json_chunks(session: dict[str, Any]) -> Iterator[str]:
    """The session's compact JSON in pieces, each a whole key or value (so a secret is never
    cut in two), runs field by field and timelines from their arrays.  Joined, the pieces are
    ``json.dumps(session, separators=(",", ":"))`` of the same dict, except that a value with
    a lone surrogate is written with ``ensure_ascii`` alone instead of the whole file."""
    yield "{"
    for i, (key, value) in enumerate(session.items()):
        yield ("," if i else "") + _dumps(str(key)) + ":"
        if key == "runs" and isinstance(value, list):
            yield "["
            for j, run in enumerate(value):
                if j:
                    yield ","
                yield from _run_json_chunks(run)
            yield "]"
        else:
            yield _dumps(value)
    yield "}"


def _run_json_chunks(run: Any) -> Iterator[str]:
    if not isinstance(run, dict):
        yield _dumps(run)
        return
    yield "{"
    for i, (key, value) in enumerate(run.items()):
        yield ("," if i else "") + _dumps(str(key)) + ":"
        if isinstance(value, TimelineView):
            yield from value.json_chunks()
        else:
            yield _dumps(value)
    yield "}"


def _upgrade_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0: files written before the format had a version (no format/version fields, runs
    without metrics/timeline/findings).  Missing fields get their empty values."""
    data["format"] = FORMAT
    for run in data.get("runs") or []:
        if not isinstance(run, dict):
            continue
        run.setdefault("status", "ok")
        run.setdefault("error", None)
        run.setdefault("text", "")
        run.setdefault("reasoning", "")
        run.setdefault("tool_calls", [])
        run.setdefault("turns", [])
        run.setdefault("metrics", {"ttft_s": None, "total_s": None, "output_tokens": None,
                                   "output_tokens_estimated": False, "tokens_per_s": None})
        run.setdefault("timeline", [])
        run.setdefault("words", None)
        run.setdefault("findings", [])
        run.setdefault("checks", [])
    data.setdefault("system", None)
    data.setdefault("mcp_servers", [])
    data.setdefault("params", {})
    data["version"] = 1
    return data


_UPGRADES = {0: _upgrade_0}


def session_from_json(data: Any, where: str, fallback_id: str | None = None) -> dict[str, Any]:
    """Validate, upgrade and normalise a parsed session (see session_schema): any JSON value
    gives a session every reader can use, or SessionError.  Unknown fields are kept."""
    if not isinstance(data, dict):
        detail = f"the JSON is a {type(data).__name__}, not an object"
        raise SessionError(f"{where} is not a provtui session ({detail})", detail)
    fmt = data.get("format")
    if fmt is None and "version" not in data and isinstance(data.get("runs"), list) \
            and "prompt" in data:
        data = dict(data, version=0)
    elif fmt != FORMAT:
        detail = f"format is {fmt!r}, want {FORMAT!r}"
        raise SessionError(f"{where} is not a provtui session ({detail})", detail)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        detail = f"version {version!r} is not a number; the file is damaged"
        raise SessionError(f"{where}: {detail}", detail)
    if version > VERSION:
        detail = (f"written by a newer provtui: session format version {version}, this "
                  f"provtui reads up to {VERSION}; upgrade provtui (pip install -U provtui) "
                  "to open it")
        raise SessionError(f"{where} was {detail}", detail)
    while version < VERSION:
        step = _UPGRADES.get(version)
        if step is None:
            detail = f"session format version {version} is too old to read"
            raise SessionError(f"{where}: {detail}", detail)
        data = step(data)
        version = data["version"]
    if not isinstance(data.get("runs"), list):
        detail = "it has no runs list; the file is damaged"
        raise SessionError(f"{where}: {detail}", detail)
    return normalise_session(data, where, fallback_id)


def _kind_of(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def read_regular_file(path: Path, cap: int | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``cap`` bytes, else
    SessionError.  Opened non-blocking and checked with fstat on the open descriptor, so a
    FIFO never hangs the reader and a symlink to /dev/zero is never read."""
    cap = MAX_SESSION_FILE_BYTES if cap is None else cap
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) |
                     getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise SessionNotFound(f"session file {path} does not exist") from None
    except OSError as exc:
        raise SessionError(f"cannot read {path} ({exc.strerror})",
                           f"cannot read it ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = _kind_of(st.st_mode)
            raise SessionError(f"{path} is {kind}, not a regular file; provtui reads sessions "
                               "only from regular files", f"{kind}, not a regular file")
        if st.st_size > cap:
            detail = (f"{st.st_size / 2**20:.0f} MiB, over the {cap / 2**20:.0f} MiB limit for "
                      "a session file")
            raise SessionError(f"{path} is {detail}; it was not read", detail)
        parts, size = [], 0
        while True:
            piece = os.read(fd, min(1 << 24, cap + 1 - size))
            if not piece:
                break
            parts.append(piece)
            size += len(piece)
            if size > cap:  # the file grew while being read
                detail = f"over the {cap / 2**20:.0f} MiB limit for a session file"
                raise SessionError(f"{path} is {detail}; it was not read", detail)
        return b"".join(parts)
    except OSError as exc:
        raise SessionError(f"cannot read {path} ({exc.strerror})",
                           f"cannot read it ({exc.strerror})") from None
    finally:
        os.close(fd)


def parse_json_bytes(raw: bytes, path: Path) -> Any:
    """json.loads with the two ways any JSON text can break it turned into SessionError:
    nesting deeper than the interpreter's stack (RecursionError) and integers longer than
    Python's int-parsing limit (ValueError)."""
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except RecursionError:
        detail = "nested too deeply to read (damaged or hostile)"
        raise SessionError(f"{path} is not a provtui session ({detail})", detail) from None
    except UnicodeDecodeError as exc:
        detail = f"not UTF-8 text: {exc.reason}"
        raise SessionError(f"{path} is not a provtui session ({detail})", detail) from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion"
        detail = f"not readable JSON: {str(exc).split(';')[0]}"
        raise SessionError(f"{path} is not a provtui session ({detail})", detail) from None


def _load_file(path: Path) -> dict[str, Any]:
    if path.name.endswith(JOURNAL_SUFFIX):
        return _load_journal(path)
    raw = read_regular_file(path)
    if not raw.strip():
        raise SessionError(f"{path} is empty (the save was interrupted?); remove it with "
                           f"`provtui sessions rm {path}`", "the file is empty")
    try:
        data = parse_json_bytes(raw, path)
    except json.JSONDecodeError as exc:
        body = raw.rstrip()
        ends_early = exc.pos >= len(body) - 1 or (body.startswith(b"{") and
                                                  not body.endswith(b"}"))
        hint = (f"the file ends early, it was truncated ({exc.msg} at byte {exc.pos})"
                if ends_early else f"line {exc.lineno} column {exc.colno}: {exc.msg}")
        journal = path.with_name(path.name[:-5] + JOURNAL_SUFFIX)
        fix = (f"; its journal {journal.name} is beside it, so provtui recovers the session "
               "from the journal at its next start" if journal.exists()
               else "; the file is damaged and cannot be opened")
        raise SessionError(f"{path} is not valid JSON ({hint}){fix}",
                           f"not valid JSON: {hint}") from None
    return session_from_json(data, str(path), path.stem)


def _load_journal(path: Path) -> dict[str, Any]:
    events, counts = read_journal(path, data=read_regular_file(path))
    if not events:
        raise SessionError(f"journal {path} holds no readable events; nothing to recover",
                           "a journal with no readable events")
    if not isinstance(events[0], SessionStarted):
        sid = path.name[: -len(JOURNAL_SUFFIX)]
        wall = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        events.insert(0, SessionStarted(run=-1, t=events[0].t, session_id=sid,
                                        wall=wall.strftime("%Y-%m-%dT%H:%M:%SZ"), prompt="",
                                        system=None, mcp_servers=(), params={}))
    live = _journal_is_live(path)
    try:
        if live:  # a running provtui writes it: runs not finished yet are "running", not lost
            rec = SessionRecorder()
            for e in events:
                rec._fold(e)
            session = rec.snapshot()
            session["in_progress"] = True
        else:
            session = fold_events(events, recovered=True)
    except Exception as exc:  # noqa: BLE001 - events of the wrong shape: the file is damaged
        detail = f"its events do not fold into a session ({type(exc).__name__})"
        raise SessionError(f"journal {path}: {detail}", detail) from None
    session["recovery"] = {"journal": path.name, **counts}
    return session_from_json(session, str(path), path.name[: -len(JOURNAL_SUFFIX)])


def _candidates(directory: Path, odd: list[str] | None = None) -> tuple[list[Path], list[Path]]:
    """Session files and journals in ``directory``: regular files only (a FIFO would hang a
    reader, a link to /dev/zero fill memory); the others are named in ``odd``."""
    if not directory.is_dir():
        return [], []
    finals, journals = [], []
    for p in directory.iterdir():
        if p.name.startswith("."):
            continue
        if not (p.name.endswith(JOURNAL_SUFFIX) or p.suffix == ".json"):
            continue
        try:
            mode = p.stat().st_mode
        except OSError:
            mode = 0
        if not stat.S_ISREG(mode):
            if odd is not None:
                odd.append(f"file {p} is {_kind_of(mode) if mode else 'unreadable'}, not a "
                           "regular file; skipped")
            continue
        if p.name.endswith(JOURNAL_SUFFIX):
            journals.append(p)
        elif p.suffix == ".json":
            finals.append(p)
    return sorted(finals), sorted(journals)


def resolve_session(id_or_path: str, directory: Path | None = None) -> Path:
    """The file an id, an id prefix or a path names (final file preferred over a journal)."""
    p = Path(id_or_path).expanduser()
    if p.exists() and not p.is_dir():
        return p  # a FIFO or device is refused by the reader, with a message naming it
    d = _sessions_dir(directory)
    finals, journals = _candidates(d)
    ids = {f.stem: f for f in finals}
    for j in journals:
        ids.setdefault(j.name[: -len(JOURNAL_SUFFIX)], j)
    if id_or_path in ids:
        return ids[id_or_path]
    matches = sorted(k for k in ids if id_or_path and k.startswith(id_or_path))
    if len(matches) == 1:
        return ids[matches[0]]
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (" ..." if len(matches) > 5 else "")
        raise SessionNotFound(f"session id prefix {id_or_path!r} matches {len(matches)} "
                              f"sessions ({shown}); give more of the id")
    if os.sep in id_or_path or id_or_path.endswith(".json"):
        raise SessionNotFound(f"no session file at {p}")
    raise SessionNotFound(f"no session {id_or_path!r} in {d}; `provtui sessions list` shows "
                          "the ids")


def load_session(id_or_path: str, directory: Path | None = None) -> dict[str, Any]:
    """Load by id, id prefix or path; older versions are upgraded, unknown fields kept; a
    journal with no final file is folded (``"recovered": true``) without writing anything."""
    return _load_file(resolve_session(id_or_path, directory))


def recover_journals(directory: Path | None = None,
                     problems: list[str] | None = None) -> list[Path]:
    """Fold every journal left by a provtui that died into a saved session marked recovered.
    Journals still held open by a running provtui are left alone; a journal whose final file
    exists is a leftover and is removed.  Returns the paths of the sessions written."""
    d = _sessions_dir(directory)
    written: list[Path] = []
    for j in _candidates(d)[1]:
        sid = j.name[: -len(JOURNAL_SUFFIX)]
        final = d / f"{sid}.json"
        if _journal_is_live(j):
            continue
        if final.exists():
            try:
                _load_file(final)
            except SessionError:
                # a damaged final file (atomic saves make this rare): the journal is the better
                # record, so keep the damaged bytes aside and recover
                with contextlib.suppress(OSError):
                    final.rename(final.with_name(final.name + ".damaged"))
            else:
                j.unlink(missing_ok=True)  # the final file was written; the journal is spare
                continue
        try:
            if j.stat().st_size == 0:
                j.unlink(missing_ok=True)  # created, never written: nothing was lost
                continue
            session = _load_journal(j)
        except SessionError:
            # unreadable: keep the bytes for a human, out of the way of the next start
            with contextlib.suppress(OSError):
                j.rename(j.with_name(j.name + ".corrupt"))
            continue
        if not _ID_OK.match(str(session.get("id") or "")):
            session["id"] = sid
        try:
            written.append(save_session(session, final))
        except OSError as exc:  # a full disk: keep the journal for the next start
            if problems is not None:
                problems.append(f"cannot recover {j.name} into {final} now "
                                f"({exc.strerror or exc}); the journal is kept")
            continue
        j.unlink(missing_ok=True)
    return written


def _targets_of(session: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for r in session.get("runs") or []:
        t = r.get("target") if isinstance(r, dict) else None
        if t and t not in out:
            out.append(t)
    return out


def list_sessions(directory: Path | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """Newest first ``[{"id","created_at","prompt","targets","path","recovered"}]`` and the
    problems met ("file X is not a provtui session (...); skipped").  Journals without a final
    file are listed too (``"in_progress": true`` while a provtui still writes them)."""
    d = _sessions_dir(directory)
    problems: list[str] = []
    finals, journals = _candidates(d, problems)
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in finals:
        try:
            s = _load_file(f)
        except SessionError as exc:
            problems.append(f"file {f} is not a provtui session ({exc.detail}); skipped")
            continue
        sid = str(s.get("id") or f.stem)
        seen.add(f.stem)
        items.append({"id": sid, "created_at": s.get("created_at"), "prompt": s.get("prompt"),
                      "targets": _targets_of(s), "path": str(f),
                      "recovered": bool(s.get("recovered", False))})
    for j in journals:
        sid = j.name[: -len(JOURNAL_SUFFIX)]
        if sid in seen:
            continue
        try:
            s = _load_journal(j)
        except SessionError as exc:
            problems.append(f"file {j} is not a provtui session ({exc.detail}); skipped")
            continue
        live = bool(s.get("in_progress"))
        items.append({"id": sid, "created_at": s.get("created_at"), "prompt": s.get("prompt"),
                      "targets": _targets_of(s), "path": str(j), "recovered": not live,
                      "in_progress": live})
    items.sort(key=lambda x: (str(x.get("created_at") or ""), x["id"]), reverse=True)
    return items, problems


