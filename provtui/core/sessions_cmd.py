"""The bodies of `provtui sessions list|show|export|rm`: plain text or JSON, no terminal UI.

Each returns an exit code (0 done, 1 an export or removal that could not be written, 2 bad
input: an unknown id, or a file that is not a usable session, named in one line) and writes to
the streams it is given.  Provider text shown
in plain output has terminal control sequences removed: a model must not be able to move the
user's cursor or retitle their terminal.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any, TextIO

from provtui.core.summary_text import run_status
from provtui.core.session import (
    JOURNAL_SUFFIX,
    SessionError,
    _journal_is_live,
    load_session,
    resolve_session,
)

from provtui.core.sessions_list import (  # noqa: F401  (one cleaner, one lister)
    _SURROGATES,
    _clean,
    _dumps,
    cmd_list,
)

__all__ = ["cmd_list", "cmd_show", "cmd_export", "cmd_rm", "EXIT_OK", "EXIT_FAILED", "EXIT_USAGE"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
ANSWER_PREVIEW = 1200

def _fail(exc: SessionError, err: TextIO) -> int:
    err.write(f"provtui: {exc}\n")
    return EXIT_USAGE


def _num(v: Any, fmt: str = "{:.2f}") -> str:
    return "-" if v is None or isinstance(v, bool) else (fmt.format(v) if isinstance(v, float)
                                                         else str(v))


def _show_plain(session: dict[str, Any], out: TextIO) -> None:
    w = out.write
    flags = []
    if session.get("in_progress"):
        flags.append("in progress")
    elif session.get("recovered"):
        flags.append("recovered")
    if session.get("simulated"):
        flags.append("simulated")
    w(f"session {session.get('id')}  created {session.get('created_at')}"
      + (f"  [{', '.join(flags)}]" if flags else "") + "\n")
    w(f"prompt: {_clean(session.get('prompt'))}\n")
    if session.get("system"):
        w(f"system: {_clean(session['system'])}\n")
    if session.get("mcp_servers"):
        w(f"MCP servers: {', '.join(_clean(s, True) for s in session['mcp_servers'])}\n")
    if session.get("params"):
        w(f"parameters: {json.dumps(session['params'], ensure_ascii=False)}\n")
    for i, r in enumerate(session.get("runs") or []):
        if not isinstance(r, dict):
            continue
        m = r.get("metrics") or {}
        rep = r.get("repeat_index") or 0
        w(f"\n[{i + 1}] {_clean(r.get('target'), True)}  ({_clean(r.get('provider'), True)} / "
          f"{_clean(r.get('model'), True)}{f', repeat {rep + 1}' if rep else ''})  "
          f"status {run_status(r)}\n")
        tokens = m.get("output_tokens")
        tok = "-" if tokens is None else (f"~{tokens} (estimated)" if m.get(
            "output_tokens_estimated") else str(tokens))
        w(f"    TTFT {_num(m.get('ttft_s'))} s · total {_num(m.get('total_s'))} s · "
          f"output tokens {tok} · {_num(m.get('tokens_per_s'), '{:.1f}')} tokens/s · "
          f"{_num(r.get('words'))} words\n")
        served = [t.get("served_by") for t in r.get("turns") or []
                  if isinstance(t, dict) and t.get("served_by")]
        if served:
            w(f"    served by: {_clean(', '.join(dict.fromkeys(served)), True)}\n")
        err = r.get("error")
        if isinstance(err, dict):
            code = f" (HTTP {err['http_status']})" if err.get("http_status") else ""
            w(f"    error: {err.get('kind')}{code}: {_clean(err.get('message'), True)}\n")
        chain = [_clean(c.get("name"), True) + ("!" if c.get("is_error") else "")
                 for c in r.get("tool_calls") or [] if isinstance(c, dict)]
        w(f"    tool chain: {' → '.join(chain) if chain else 'no tool calls'}\n")
        if r.get("asked_user"):
            w("    ended with a question to the user\n")
        for c in r.get("checks") or []:
            mark = "PASS" if c.get("passed") is True else "FAIL"
            w(f"    check {_clean(c.get('name'), True)}: {mark} {_clean(c.get('detail'), True)}\n")
        findings = [f for f in r.get("findings") or [] if isinstance(f, dict)]
        if findings:
            w(f"    findings ({len(findings)}):\n")
            for f in findings[:10]:
                sug = f" -> {_clean(f['suggestion'], True)!r}" if f.get("suggestion") else ""
                w(f"      {f.get('kind')} at {f.get('start')}-{f.get('end')}: "
                  f"{_clean(f.get('text'), True)!r}{sug}\n")
            if len(findings) > 10:
                w(f"      ... {len(findings) - 10} more\n")
        text = _clean(r.get("text") or "")
        w("    answer:\n")
        shown = text[:ANSWER_PREVIEW]
        for line in (shown.splitlines() or ["(empty)"]):
            w(f"      | {line}\n")
        if len(text) > ANSWER_PREVIEW:
            w(f"      ... {len(text) - ANSWER_PREVIEW} more characters "
              f"(`provtui sessions show {session.get('id')} --json` has all of it)\n")
    from provtui.core.summary_text import summary_plain as summary

    try:
        text = summary(session)
    except Exception:  # the summary is a convenience; the runs above are the record
        text = ""
    if text.strip():
        w("\n" + text.rstrip() + "\n")


def cmd_show(id_or_path: str, as_json: bool, out: TextIO, err: TextIO) -> int:
    try:
        session = load_session(id_or_path)
    except SessionError as exc:
        return _fail(exc, err)
    if session.get("in_progress"):
        err.write("provtui: this session is in progress (a running provtui is writing it); "
                  "showing what has arrived so far\n")
    elif session.get("recovered") and (session.get("recovery") or {}).get("journal"):
        err.write("provtui: this session was recovered from its journal (provtui stopped "
                  "while it ran)\n")
    if as_json:
        out.write(_dumps(session) + "\n")
    else:
        _show_plain(session, out)
    return EXIT_OK


def cmd_export(id_or_path: str, fmt: str | None, output_path: str | None, out: TextIO,
               err: TextIO) -> int:
    from provtui.core.export import FORMATS, export_session

    fmt = (fmt or "md").lower()
    if fmt not in FORMATS:
        err.write(f"provtui: unknown export format {fmt!r}; use --format "
                  f"{'|'.join(FORMATS)}\n")
        return EXIT_USAGE
    try:
        session = load_session(id_or_path)
    except SessionError as exc:
        return _fail(exc, err)
    try:
        path = export_session(session, fmt, output_path)
    except OSError as exc:
        err.write(f"provtui: cannot write the export to {exc.filename or output_path} "
                  f"({exc.strerror}); choose another path with -o\n")
        return EXIT_FAILED
    out.write(f"{path}\n")
    return EXIT_OK


def _removable(path: Path) -> str | None:
    """None when ``path`` may be removed, else why not.  Only what is verifiably provtui's:
    a regular file in the sessions directory, or a file that parses as a session or journal
    (bounded read).  A typo'd path must never cost someone a file."""
    from provtui.core.session_store import _load_file

    try:
        st = path.stat()
    except OSError as exc:
        return f"cannot read it ({exc.strerror})"
    if not stat.S_ISREG(st.st_mode):
        return "it is not a regular file"
    if path.parent.resolve() == _sessions_dir_resolved():
        return None
    try:
        session = _load_file(path)
    except SessionError as exc:
        return exc.detail
    if path.name.endswith(JOURNAL_SUFFIX):
        rec = session.get("recovery") or {}
        if rec.get("skipped") and rec.get("skipped", 0) > 1:  # one torn last line at most
            return f"{rec['skipped']} of its lines are not provtui events"
    return None


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def cmd_rm(id_or_path: str, out: TextIO, err: TextIO) -> int:
    try:
        path = resolve_session(id_or_path)
    except SessionError as exc:
        return _fail(exc, err)
    if not _regular(path):  # a FIFO would block even the liveness check below
        err.write(f"provtui: {path} is not a regular file; not removing it\n")
        return EXIT_USAGE
    journal: Path | None
    if path.name.endswith(JOURNAL_SUFFIX):
        sid, journal, victims = path.name[: -len(JOURNAL_SUFFIX)], path, []
    else:
        sid = path.stem
        journal = path.with_name(f"{sid}{JOURNAL_SUFFIX}")
        victims = [path]
    if journal is not None and _regular(journal):
        if _journal_is_live(journal):
            if journal == path:
                err.write(f"provtui: {path} is being written by a running provtui; stop that "
                          "session first\n")
                return EXIT_FAILED
        else:
            victims.append(journal)
    checked = []
    for v in victims:
        why = _removable(v)
        if why is None:
            checked.append(v)
        elif v == path:
            err.write(f"provtui: {v} is not a provtui session ({why}); not removing it\n")
            return EXIT_USAGE
        # else a file beside it that only looks like its journal: kept
    victims = checked
    for v in victims:
        try:
            v.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            err.write(f"provtui: cannot remove {v} ({exc.strerror})\n")
            return EXIT_FAILED
    out.write(f"removed session {sid} ({', '.join(str(v) for v in victims)})\n")
    return EXIT_OK


def _sessions_dir_resolved() -> Path:
    from provtui.core.config import sessions_dir

    return sessions_dir().resolve()
