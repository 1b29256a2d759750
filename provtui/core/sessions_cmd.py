"""The bodies of `provtui sessions list|show|export|rm`: plain text or JSON, no terminal UI.

Each returns an exit code (0 done, 1 the session exists but cannot be read or written, 2 a
usage error such as an unknown id) and writes to the streams it is given.  Provider text shown
in plain output has terminal control sequences removed: a model must not be able to move the
user's cursor or retitle their terminal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, TextIO

from provtui.core.session import (
    JOURNAL_SUFFIX,
    SessionError,
    SessionNotFound,
    _journal_is_live,
    load_session,
    resolve_session,
    session_from_json,
)

__all__ = ["cmd_list", "cmd_show", "cmd_export", "cmd_rm", "EXIT_OK", "EXIT_FAILED", "EXIT_USAGE"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
ANSWER_PREVIEW = 1200

_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
                      r"|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _dumps(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if _SURROGATES.search(text):  # half an emoji from a provider: a terminal cannot take it raw
        text = json.dumps(value, ensure_ascii=True, indent=2)
    return text


def _clean(text: Any, one_line: bool = False) -> str:
    s = _ESCAPES.sub("", "" if text is None else str(text))
    s = _SURROGATES.sub("\ufffd", _CONTROLS.sub("", s.replace("\r\n", "\n")))
    return " ".join(s.split()) if one_line else s


def _fail(exc: SessionError, err: TextIO) -> int:
    err.write(f"provtui: {exc}\n")
    return EXIT_USAGE if isinstance(exc, SessionNotFound) else EXIT_FAILED


def cmd_list(as_json: bool, out: TextIO, err: TextIO, *, search: str | None = None,
             limit: int | None = None, **filters: Any) -> int:
    from provtui.core.index import list_indexed

    def progress(line: str) -> None:
        err.write(f"provtui: {line}\n")
        err.flush()

    listing = list_indexed(search=search, limit=limit, progress=progress, **filters)
    items = listing.items
    for p in listing.problems:
        err.write(f"provtui: {_clean(p, True)}\n")
    if not listing.indexed:
        err.write("provtui: the data directory is read-only; listed without saving an index\n")
    if as_json:
        # compact: the C encoder (indent=2 takes the pure-Python one, 1 s for 10,000 rows)
        text = json.dumps(items, ensure_ascii=False)
        if _SURROGATES.search(text):
            text = json.dumps(items, ensure_ascii=True)
        out.write(text + "\n")
        return EXIT_OK
    if not items:
        from provtui.core.config import sessions_dir

        if search or any(filters.values()):
            out.write("no session matches\n")
        else:
            out.write(f"no saved sessions in {sessions_dir()}\n")
        return EXIT_OK
    for it in items:
        flags = " [in progress]" if it.get("in_progress") else (
            " [recovered]" if it.get("recovered") else "")
        targets = ", ".join(_clean(t, True) for t in it.get("targets") or [])
        prompt = _clean(it.get("prompt"), True)
        if len(prompt) > 60:
            prompt = prompt[:59] + "…"
        out.write(f"{it['id']}  {it.get('created_at') or '?'}{flags}\n"
                  f"    targets: {targets or '-'}\n    prompt:  {prompt}\n")
    return EXIT_OK


def _num(v: Any, fmt: str = "{:.2f}") -> str:
    return "-" if v is None or isinstance(v, bool) else (fmt.format(v) if isinstance(v, float)
                                                         else str(v))


def _show_plain(session: dict[str, Any], out: TextIO) -> None:
    w = out.write
    flags = []
    if session.get("recovered"):
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
          f"status {r.get('status')}\n")
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
    if session.get("recovered") and str(session.get("recovery", {}).get("journal", "")):
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


def cmd_rm(id_or_path: str, out: TextIO, err: TextIO) -> int:
    try:
        path = resolve_session(id_or_path)
    except SessionError as exc:
        return _fail(exc, err)
    if path.name.endswith(JOURNAL_SUFFIX):
        if _journal_is_live(path):
            err.write(f"provtui: {path} is being written by a running provtui; stop that "
                      "session first\n")
            return EXIT_FAILED
        sid = path.name[: -len(JOURNAL_SUFFIX)]
        victims = [path]
    else:
        # only ever delete what is a provtui session: a typo'd path must not cost a file
        try:
            data = json.loads(path.read_bytes() or b"null")
            session_from_json(data, str(path))
        except (ValueError, SessionError):
            if path.parent.resolve() != _sessions_dir_resolved():
                err.write(f"provtui: {path} is not a provtui session; not removing it\n")
                return EXIT_FAILED
        sid = path.stem
        journal = path.with_name(f"{sid}{JOURNAL_SUFFIX}")
        victims = [path] + ([journal] if journal.exists() and not _journal_is_live(journal)
                            else [])
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
