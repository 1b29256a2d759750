"""Saved sessions: a browser (search, open, export, delete, re-run) and a read-only view of
one session in the same side-by-side panes, shown at once or replayed at recorded speed.

Listing is lazy.  ``list_sessions`` parses every file whole, and ``json.loads`` of a 100 MB
file holds the GIL for about half a second, so even in a thread it would freeze the UI.  The
browser reads small files whole (exact), and for large ones only what a row needs: the header
fields before ``"runs"``, the first keys of each run object (target, status, error) found by a
chunked byte search, and the ``recovered`` flag from the file's tail.  Rows appear as files are
read, newest first.

Nothing in a saved session is ever executed: re-running resolves targets and MCP servers by
name from the *current* config, and says which names cannot be resolved.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import math
import os
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from provtui.core.events import (
    Event,
    Notice,
    ReasoningDelta,
    RunQueued,
    SessionFinished,
    TextDelta,
)
from provtui.core.summary_text import clean as _one_line
from provtui.ui.safe import escape_markup, mask_secrets
from provtui.ui.widgets.pane import ProviderPane, expect_words_from, group_repeats


def clean(text: object, limit: int | None = None) -> str:
    """One printable line with key values masked (before shortening, so a cut key is not
    left half visible)."""
    return _one_line(mask_secrets(str(text)), limit)

__all__ = [
    "SessionsScreen",
    "SessionViewScreen",
    "read_entry",
    "scan_large_session",
    "outcome_text",
    "view_events",
    "resolve_rerun",
    "rerun_session",
]

SMALL_FILE = 4 * 1024 * 1024
"""Files up to this size are parsed whole (about 20 ms); larger ones are scanned."""
_SCAN_CHUNK = 4 * 1024 * 1024
_HEADER_MAX = 16 * 1024 * 1024
_RUN_NEEDLE = b'{"target":'
VIEW_TEXT_CAP = 256_000
"""Characters of one run's answer (and of its reasoning) drawn in a saved session's pane:
wrapping tens of MB of text would stall the UI; the session and exports keep it all."""

_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


# ---------------------------------------------------------------------------- cheap listing


def _parse_object_prefix(text: str, stop: str) -> tuple[dict[str, Any], int | None, list[str]]:
    """Key/value pairs of the JSON object at the start of ``text`` up to key ``stop``.
    Returns (pairs, character offset of stop's value or None, keys in order).  Raises
    ValueError when ``text`` ends before ``stop`` (the caller reads more)."""
    pos = _WS.match(text, 0).end()
    if text[pos:pos + 1] != "{":
        raise TypeError("not a JSON object")
    pos += 1
    out: dict[str, Any] = {}
    keys: list[str] = []
    while True:
        pos = _WS.match(text, pos).end()
        if text[pos:pos + 1] == "}":
            return out, None, keys
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _WS.match(text, pos).end()
        if text[pos:pos + 1] != ":":
            raise ValueError("expected ':'")
        pos = _WS.match(text, pos + 1).end()
        keys.append(key)
        if key == stop:
            return out, pos, keys
        out[key], pos = _DECODER.raw_decode(text, pos)
        pos = _WS.match(text, pos).end()
        if text[pos:pos + 1] == ",":
            pos += 1


def _pread(fd: int, n: int, offset: int) -> bytes:
    return os.pread(fd, n, offset)


def scan_large_session(path: Path) -> dict[str, Any]:
    """What a browser row needs from a big session file, without parsing the texts."""
    from provtui.core.session import FORMAT, VERSION, SessionError

    size = path.stat().st_size
    fd = os.open(path, os.O_RDONLY)
    try:
        want = 256 * 1024
        while True:
            prefix = _pread(fd, want, 0)
            text = prefix.decode("utf-8", "ignore")
            try:
                head, runs_at, _keys = _parse_object_prefix(text, "runs")
                break
            except TypeError:
                raise SessionError(f"{path} is not a provtui session (not a JSON object)",
                                   "not a JSON object") from None
            except ValueError:
                if len(prefix) < want or want >= _HEADER_MAX:
                    raise SessionError(f"{path} is not valid JSON before its runs",
                                       "not valid JSON before its runs") from None
                want *= 4
        fmt, version = head.get("format"), head.get("version")
        if fmt != FORMAT:
            detail = f"format is {fmt!r}, want {FORMAT!r}"
            raise SessionError(f"{path} is not a provtui session ({detail})", detail)
        if not isinstance(version, int) or version > VERSION:
            detail = f"session format version {version!r}; this provtui reads up to {VERSION}"
            raise SessionError(f"{path}: {detail}", detail)
        runs: list[dict[str, Any]] = []
        if runs_at is not None:
            start = len(text[:runs_at].encode("utf-8"))
            runs = _scan_runs(fd, start, size)
        tail = _pread(fd, 1024 * 1024, max(0, size - 1024 * 1024))
    finally:
        os.close(fd)
    return {"id": str(head.get("id") or path.stem), "created_at": head.get("created_at"),
            "prompt": head.get("prompt"), "runs": runs,
            "targets": list(dict.fromkeys(r["target"] for r in runs)), "path": str(path),
            "recovered": b',"recovered":true' in tail, "in_progress": False, "size": size,
            "scanned": True}


def _scan_runs(fd: int, start: int, size: int) -> list[dict[str, Any]]:
    """The first keys of every run object.  A run object starts ``{"target":"…","provider":``
    and a JSON string never holds an unescaped ``"``, so that byte pattern is structure,
    never text; the summary's ``{"target":…,"runs":…}`` rows fail the key check."""
    runs: list[dict[str, Any]] = []
    pos = start
    overlap = len(_RUN_NEEDLE) - 1
    while pos < size:
        chunk = _pread(fd, _SCAN_CHUNK + overlap, pos)
        if not chunk:
            break
        at = chunk.find(_RUN_NEEDLE)
        while at != -1:
            run = _run_head(fd, pos + at)
            if run is not None:
                runs.append(run)
            at = chunk.find(_RUN_NEEDLE, at + 1)
        pos += _SCAN_CHUNK
    return runs


def _run_head(fd: int, offset: int) -> dict[str, Any] | None:
    for window in (64 * 1024, 1024 * 1024):
        text = _pread(fd, window, offset).decode("utf-8", "ignore")
        try:
            head, _at, keys = _parse_object_prefix(text, "text")
        except TypeError:
            return None
        except ValueError:
            continue
        if keys[:3] != ["target", "provider", "model"]:
            return None
        error = head.get("error")
        return {"target": str(head.get("target") or ""), "status": head.get("status"),
                "error_kind": error.get("kind") if isinstance(error, dict) else None,
                "repeat_index": head.get("repeat_index") or 0}
    return None


def _entry_from_session(session: dict[str, Any], path: Path, size: int, *,
                        recovered: bool | None = None, in_progress: bool = False
                        ) -> dict[str, Any]:
    runs = []
    for r in session.get("runs") or []:
        if not isinstance(r, dict):
            continue
        error = r.get("error")
        runs.append({"target": str(r.get("target") or ""), "status": r.get("status"),
                     "error_kind": error.get("kind") if isinstance(error, dict) else None,
                     "repeat_index": r.get("repeat_index") or 0})
    return {"id": str(session.get("id") or path.stem), "created_at": session.get("created_at"),
            "prompt": session.get("prompt"), "runs": runs,
            "targets": list(dict.fromkeys(r["target"] for r in runs)), "path": str(path),
            "recovered": bool(session.get("recovered")) if recovered is None else recovered,
            "in_progress": in_progress, "size": size, "scanned": False}


def read_entry(path: Path) -> dict[str, Any]:
    """One browser row for a session file or a journal; raises SessionError for a file that
    is not a readable provtui session."""
    from provtui.core.session import (
        JOURNAL_SUFFIX,
        SessionError,
        _journal_is_live,
        _load_file,
        _load_journal,
    )

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SessionError(f"cannot read {path} ({exc.strerror})", str(exc.strerror)) from None
    if path.name.endswith(JOURNAL_SUFFIX):
        live = _journal_is_live(path)
        return _entry_from_session(_load_journal(path), path, size, recovered=not live,
                                   in_progress=live)
    if size <= SMALL_FILE:
        return _entry_from_session(_load_file(path), path, size)
    return scan_large_session(path)


def outcome_text(entry: dict[str, Any]) -> Text:
    """One line: how the runs ended (``2 ok · 1 error: context length``) and the repeats."""
    runs = entry.get("runs") or []
    out = Text(no_wrap=True, overflow="ellipsis")
    if entry.get("in_progress"):
        out.append("in progress ", style="bold")
    elif entry.get("recovered"):
        out.append("recovered ", style="bold yellow")
    if not runs:
        out.append("no runs", style="dim")
        return out
    counts: dict[str, int] = {}
    for r in runs:
        counts[str(r.get("status"))] = counts.get(str(r.get("status")), 0) + 1
    if list(counts) == ["ok"]:
        out.append("all ok" if len(runs) > 1 else "ok", style="green")
    else:
        parts = []
        for status in ("ok", "error", "cancelled"):
            if counts.get(status):
                parts.append((f"{counts[status]} {status}",
                              {"ok": "green", "error": "red", "cancelled": "yellow"}[status]))
        for status, n in counts.items():
            if status not in ("ok", "error", "cancelled"):
                parts.append((f"{n} {status}", "dim"))
        for i, (label, style) in enumerate(parts):
            if i:
                out.append(" · ", style="dim")
            out.append(label, style=style)
        kinds = list(dict.fromkeys(r["error_kind"] for r in runs
                                   if r.get("status") == "error" and r.get("error_kind")))
        if kinds:
            out.append(": " + ", ".join(k.replace("_", " ") for k in kinds[:2]), style="red")
    repeats = max((int(r.get("repeat_index") or 0) for r in runs), default=0) + 1
    if repeats > 1:
        out.append(f"  ×{repeats} runs each", style="dim")
    return out


_FIXED_COLUMNS = 19 + 34 + 34 + 4 * 2 + 2
"""created, targets and outcome widths, cell padding and the scrollbar gutter."""


def _created(entry: dict[str, Any]) -> str:
    created = str(entry.get("created_at") or "")
    return created.replace("T", " ").replace("Z", "")[:19] or "?"


def _haystack(entry: dict[str, Any]) -> str:
    return " ".join([str(entry.get("prompt") or ""), " ".join(entry.get("targets") or []),
                     str(entry.get("created_at") or ""), _created(entry),
                     str(entry.get("id") or ""), outcome_text(entry).plain]).lower()


def _sort_key(entry: dict[str, Any]) -> tuple[str, str]:
    return (str(entry.get("created_at") or ""), str(entry.get("id") or ""))


# ---------------------------------------------------------------------------- view events


def _coalesce(events: list[Event], *, cap: int, bucket: float) -> list[Event]:
    """Join each run's consecutive deltas of one turn within ``bucket`` seconds into one event
    (a 100 MB session is a million deltas; a pane needs a few thousand) and cut each run's
    drawn answer and reasoning at ``cap`` characters, with a notice saying so."""
    out: list[Event] = []
    pending: dict[int, list[Any]] = {}
    shown: dict[tuple[int, str], int] = {}
    full: dict[tuple[int, str], int] = {}

    def flush(run: int) -> None:
        p = pending.pop(run, None)
        if p is not None:
            cls, turn, _b, t, parts = p
            out.append(cls(run=run, t=t, turn=turn, text="".join(parts)))

    for e in events:
        cls = type(e)
        if cls is TextDelta or cls is ReasoningDelta:
            key = (e.run, cls.channel)
            full[key] = full.get(key, 0) + len(e.text)
            have = shown.get(key, 0)
            text = e.text
            if have + len(text) > cap:
                text = text[:max(0, cap - have)]
            if not text:
                continue
            shown[key] = have + len(text)
            b = math.floor(e.t / bucket) if bucket > 0 else e.t
            p = pending.get(e.run)
            if p is not None and p[0] is cls and p[1] == e.turn and p[2] == b:
                p[4].append(text)
                continue
            flush(e.run)
            pending[e.run] = [cls, e.turn, b, e.t, [text]]
            continue
        if e.run in pending:
            flush(e.run)
        out.append(e)
    for run in list(pending):
        flush(run)
    end = out[-1].t if out else 0.0
    notes = []
    for (run, channel), total in full.items():
        if total > shown.get((run, channel), 0):
            what = "answer" if channel == "c" else "reasoning"
            notes.append(Notice(run=run, t=end, kind="view_cap",
                                message=f"showing the first {cap:,} of {total:,} characters of "
                                        f"the {what}; the session file and its exports keep "
                                        "all of it"))
    if notes:
        tail = out.pop() if out and isinstance(out[-1], SessionFinished) else None
        out.extend(notes)
        if tail is not None:
            out.append(tail)
    return out


def view_events(session: dict[str, Any], *, cap: int = VIEW_TEXT_CAP,
                bucket: float = 0.25) -> list[Event]:
    """The events that draw a saved session in panes (``replay_events``, coalesced).  For a
    replay at recorded speed use a small ``bucket`` (50 ms) so it streams smoothly."""
    from provtui.core.session import replay_events

    return _coalesce(replay_events(session), cap=cap, bucket=bucket)


# ---------------------------------------------------------------------------- re-run


def resolve_rerun(session: dict[str, Any], config: Any) -> tuple[list[Any], list[Any],
                                                                  list[str]]:
    """The session's targets and MCP servers resolved by name from the *current* config:
    (targets, mcp servers, problems).  Never uses anything executable from the file."""
    from provtui.core.config import ConfigError, resolve_target

    targets, servers, problems = [], [], []
    saved: dict[str, tuple[str, str]] = {}
    for r in session.get("runs") or []:
        if isinstance(r, dict) and r.get("target"):
            saved.setdefault(str(r["target"]), (str(r.get("provider") or ""),
                                                str(r.get("model") or "")))
    for name, (provider, model) in saved.items():
        try:
            target = resolve_target(name, config)
        except (ConfigError, KeyError) as exc:
            problems.append(f"target {clean(name, 60)}: {clean(exc, 200)}")
            continue
        if (target.provider.name, target.model) != (provider, model) and provider:
            problems.append(f"target {clean(name, 60)} is now {target.provider.name} · "
                            f"{clean(target.model, 60)} (saved: {clean(provider, 40)} · "
                            f"{clean(model, 60)})")
        targets.append(target)
    for name in session.get("mcp_servers") or []:
        server = config.mcp_servers.get(name)
        if server is None:
            problems.append(f"MCP server {clean(name, 60)} is not in the config "
                            f"([mcp_servers.{clean(name, 60)}])")
        else:
            servers.append(server)
    return targets, servers, problems


def rerun_session(app: Any, session: dict[str, Any]) -> bool:
    """Send the saved prompt again, now, to the same targets resolved from the current
    config, as a new session (``rerun_of`` names the saved one).  Returns whether it started."""
    from provtui.core.config import missing_key_vars
    from provtui.core.fanout import SessionPlan

    prompt = session.get("prompt") or ""
    if not prompt.strip():
        app.notify("This session has no prompt to re-run.", severity="error")
        return False
    drive = getattr(app, "drive", None)
    if drive is not None and drive.active:
        app.notify("Runs are still streaming: escape cancels them, then re-run.",
                   severity="warning")
        return False
    targets, servers, problems = resolve_rerun(session, app.config)
    if problems:
        app.notify("\n".join(escape_markup(p) for p in problems[:6]),
                   title="re-run: not everything resolves" if targets else "re-run",
                   severity="warning" if targets else "error", timeout=12)
    if not targets:
        app.notify("None of the saved targets resolve from the current config; nothing sent.",
                   severity="error", timeout=8)
        return False
    runs = [r for r in session.get("runs") or [] if isinstance(r, dict)]
    repeat = max((int(r.get("repeat_index") or 0) for r in runs), default=0) + 1
    plan = SessionPlan(prompt=prompt, system=session.get("system"), targets=targets,
                       mcp_servers=servers, max_steps=app.max_steps, repeat=repeat,
                       params=dict(session.get("params") or {}),
                       check_specs=list(session.get("check_specs") or app.check_specs),
                       extra={**app.extra, "rerun_of": session.get("id")})
    # The main screen shows what is being sent: the prompt, the targets and the runs
    app.targets = list(targets)
    app.mcp_servers = list(servers)
    app.missing_keys = missing_key_vars(targets)
    app.repeat = repeat
    app.prompt_box.load_text(prompt)
    app._refresh_chips()
    app._refresh_banner()

    async def go() -> None:
        while len(app.screen_stack) > 1:
            await app.pop_screen()
        app.drive_session(plan)

    app.run_worker(go(), group="rerun", exit_on_error=False)
    return True


# ---------------------------------------------------------------------------- modals


class ConfirmDelete(ModalScreen[bool]):
    BINDINGS = [Binding("escape,n", "answer(False)", "Keep", id="sessions.keep"),
                Binding("y", "answer(True)", "Delete", id="sessions.confirm_delete")]

    def __init__(self, entry: dict[str, Any]) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker"):
            yield Label("Delete this session?", classes="picker-title")
            what = Text()
            what.append(clean(self.entry.get("id"), 60), style="bold")
            what.append(f"  {_created(self.entry)}\n", style="dim")
            what.append(clean(self.entry.get("prompt") or "", 200) + "\n")
            what.append(clean(self.entry.get("path"), 200), style="dim")
            yield Static(what)
            with Horizontal(classes="picker-buttons"):
                yield Button("Delete (y)", variant="error", id="confirm-yes")
                yield Button("Keep (n)", id="confirm-no")

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class ExportPicker(ModalScreen[tuple[str, str] | None]):
    """Format and output path for ``export_session``."""

    FORMATS = (("md", "Markdown report"), ("html", "HTML report with charts"),
               ("json", "the session file (JSON)"),
               ("bundle", "a folder: report, session, raw streams, curl to reproduce"))
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="sessions.export_cancel")]

    def __init__(self, session_id: str, cwd: Path | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.cwd = cwd or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker"):
            yield Label(f"Export session {clean(self.session_id, 60)}", classes="picker-title")
            yield OptionList(*(Option(Text.assemble((f, "bold"), f"  {d}"), id=f)
                               for f, d in self.FORMATS), id="export-format")
            yield Input(str(self._default("md")), id="export-path")
            yield Static(Text("enter on a format writes it to the path above", style="dim"),
                         classes="picker-hint")

    def _default(self, fmt: str) -> Path:
        from provtui.core.export import default_output

        return default_output({"id": self.session_id}, fmt, self.cwd)

    @on(OptionList.OptionHighlighted, "#export-format")
    def _format_changed(self, event: OptionList.OptionHighlighted) -> None:
        box = self.query_one("#export-path", Input)
        defaults = {str(self._default(f)) for f, _ in self.FORMATS}
        if box.value in defaults or not box.value.strip():
            box.value = str(self._default(str(event.option.id)))

    @on(OptionList.OptionSelected, "#export-format")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        self.dismiss((str(event.option.id), path or str(self._default(str(event.option.id)))))

    @on(Input.Submitted, "#export-path")
    def _path_entered(self) -> None:
        box = self.query_one("#export-format", OptionList)
        index = box.highlighted or 0
        fmt = self.FORMATS[index][0]
        self.dismiss((fmt, self.query_one("#export-path", Input).value.strip()
                      or str(self._default(fmt))))

    def action_cancel(self) -> None:
        self.dismiss(None)


# ---------------------------------------------------------------------------- shared actions


async def _export(screen: Screen, session_or_path: dict[str, Any] | str) -> None:
    """Ask format and path, then write in a thread and say where."""
    from provtui.core.export import export_session
    from provtui.core.session import SessionError, load_session

    sid = (session_or_path.get("id") if isinstance(session_or_path, dict)
           else Path(session_or_path).stem)
    choice = await screen.app.push_screen_wait(ExportPicker(str(sid or "session")))
    if choice is None:
        return
    fmt, output = choice

    def write() -> Path:
        session = (session_or_path if isinstance(session_or_path, dict)
                   else load_session(session_or_path))
        return export_session(session, fmt, output)

    try:
        path = await asyncio.to_thread(write)
    except (OSError, SessionError, ValueError) as exc:
        screen.notify(f"Export failed: {escape_markup(str(exc))}", severity="error",
                      timeout=10)
        return
    screen.notify(f"Exported {fmt}: {escape_markup(str(path))}", title="export", timeout=8)
    screen.post_message(SessionsScreen.Exported(fmt, path))


# ---------------------------------------------------------------------------- the browser


class SessionsScreen(Screen[None]):
    """Every saved session, newest first; type to filter by prompt, target, date or id."""

    BINDINGS = [
        Binding("escape", "close", "Back", id="sessions.close"),
        Binding("enter", "open", "Open", id="sessions.open", show=True),
        Binding("R", "rerun", "Re-run now", id="sessions.rerun"),
        Binding("e", "export", "Export", id="sessions.export"),
        Binding("d,delete", "delete", "Delete", id="sessions.delete"),
        Binding("f8", "summary", "Summary", id="sessions.summary"),
        Binding("slash,ctrl+f", "search", "Search", id="sessions.search"),
        Binding("u", "suite_results", "Suite results", id="sessions.suite_results"),
    ]

    class ListLoaded(Message):
        """Every file has been read (tests wait for it)."""

        def __init__(self, count: int, problems: list[str], seconds: float) -> None:
            super().__init__()
            self.count = count
            self.problems = problems
            self.seconds = seconds

    class Exported(Message):
        def __init__(self, fmt: str, path: Path) -> None:
            super().__init__()
            self.fmt = fmt
            self.path = path

    def __init__(self, session_id: str | None = None, *, directory: Path | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.directory = directory
        self.entries: list[dict[str, Any]] = []
        self.problems: list[str] = []
        self.listing = True
        self.load_seconds: float | None = None
        self.query_text = ""
        self._shown: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="sessions-top"):
            yield Static(Text("Saved sessions", style="bold"), id="sessions-title")
            yield Input(placeholder="search prompt, target or date (e.g. 2026-11, nim, "
                                    "battery)", id="sessions-search")
        yield DataTable(id="sessions-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="sessions-detail")
        yield Static(id="sessions-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#sessions-table", DataTable)
        table.add_column("created (UTC)", key="created", width=19)
        table.add_column("targets", key="targets", width=34)
        table.add_column("outcome", key="outcome", width=34)
        table.add_column("prompt", key="prompt")
        table.focus()
        self._status()
        self._load_list()
        if self.session_id:
            self.open_session(self.session_id)

    # ------------------------------------------------------------------ loading

    def _dir(self) -> Path:
        if self.directory is not None:
            return Path(self.directory)
        from provtui.core.config import sessions_dir

        return sessions_dir()

    @work(thread=True, exclusive=True, group="sessions-list", exit_on_error=False)
    def _load_list(self) -> None:
        from textual.worker import get_current_worker

        from provtui.core.session import JOURNAL_SUFFIX, SessionError, _candidates

        worker = get_current_worker()
        started = time.perf_counter()
        finals, journals = _candidates(self._dir())
        final_ids = {f.stem for f in finals}
        paths = finals + [j for j in journals
                          if j.name[: -len(JOURNAL_SUFFIX)] not in final_ids]
        # ids start with the UTC time: name order is (nearly) newest first already, so the
        # first rows to appear are the ones most likely wanted
        paths.sort(key=lambda p: p.name, reverse=True)
        batch: list[dict[str, Any]] = []
        problems: list[str] = []
        last = time.perf_counter()
        for path in paths:
            if worker.is_cancelled:
                return
            try:
                batch.append(read_entry(path))
            except SessionError as exc:
                problems.append(f"{path.name}: {exc.detail}")
            except Exception as exc:  # one odd file must not cost the whole list
                problems.append(f"{path.name}: {type(exc).__name__}: {exc}")
            if time.perf_counter() - last > 0.1:
                self.app.call_from_thread(self._add_entries, batch, problems)
                batch, problems, last = [], [], time.perf_counter()
        elapsed = time.perf_counter() - started
        self.app.call_from_thread(self._add_entries, batch, problems, elapsed)

    def _add_entries(self, batch: list[dict[str, Any]], problems: list[str],
                     done_after: float | None = None) -> None:
        self.entries.extend(batch)
        self.entries.sort(key=_sort_key, reverse=True)
        self.problems.extend(problems)
        if done_after is not None:
            self.listing = False
            self.load_seconds = done_after
        if batch or done_after is not None:
            self._fill_table()
        self._status()
        if done_after is not None:
            self.post_message(self.ListLoaded(len(self.entries), list(self.problems),
                                              done_after))

    def _fill_table(self) -> None:
        table = self.query_one("#sessions-table", DataTable)
        keep = self.highlighted_entry()
        terms = self.query_text.lower().split()
        shown = [e for e in self.entries
                 if all(t in _haystack(e) for t in terms)] if terms else list(self.entries)
        self._shown = shown
        table.clear()
        # the prompt takes the width left by the fixed columns: no horizontal scrolling
        room = max(20, (table.size.width or self.app.size.width) - _FIXED_COLUMNS)
        for e in shown:
            targets = Text(", ".join(clean(t, 40) for t in e.get("targets") or []) or "—",
                           no_wrap=True, overflow="ellipsis")
            prompt = Text(clean(e.get("prompt") or "", room), no_wrap=True, overflow="ellipsis")
            table.add_row(Text(_created(e), style="dim"), targets, outcome_text(e), prompt,
                          key=e["path"])
        if keep is not None and keep in shown:
            table.move_cursor(row=shown.index(keep), animate=False)
        self._show_detail()

    def _status(self) -> None:
        status = Text(no_wrap=True, overflow="ellipsis")
        n = len(self.entries)
        if self.listing:
            status.append(f"reading sessions… {n} so far", style="italic")
        else:
            status.append(f"{n} session{'s' if n != 1 else ''}")
            if self.query_text:
                status.append(f", {len(self._shown)} match {self.query_text!r}")
        if self.problems:
            status.append(f"  · {len(self.problems)} file(s) skipped: ", style="bold yellow")
            status.append(clean(self.problems[0], 160), style="yellow")
        status.append(f"   {clean(self._dir(), 80)}", style="dim")
        self.query_one("#sessions-status", Static).update(status)

    # ------------------------------------------------------------------ selection

    def highlighted_entry(self) -> dict[str, Any] | None:
        table = self.query_one("#sessions-table", DataTable)
        if not self._shown or table.row_count == 0:
            return None
        row = table.cursor_row
        return self._shown[row] if 0 <= row < len(self._shown) else None

    @on(DataTable.RowHighlighted, "#sessions-table")
    def _show_detail(self) -> None:
        entry = self.highlighted_entry()
        detail = Text()
        if entry is None:
            detail.append("No saved sessions yet: every prompt sent in provtui is saved here."
                          if not self.entries else "Nothing matches the search.",
                          style="dim")
        else:
            detail.append(clean(entry.get("id"), 60), style="bold")
            detail.append(f"  {_created(entry)} UTC  ", style="dim")
            detail.append_text(outcome_text(entry))
            size = entry.get("size") or 0
            detail.append(f"  {size / 1e6:.1f} MB" if size >= 1e6 else f"  {size / 1e3:.0f} kB",
                          style="dim")
            prompt = str(entry.get("prompt") or "").strip()
            lines = [clean(line, 150) for line in prompt.splitlines()[:3]]
            detail.append("\n" + "\n".join(lines))
            detail.append(f"\n{clean(entry.get('path'), 150)}", style="dim")
        self.query_one("#sessions-detail", Static).update(detail)

    @on(Input.Changed, "#sessions-search")
    def _search(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self._fill_table()
        self._status()

    @on(Input.Submitted, "#sessions-search")
    def _search_done(self) -> None:
        self.query_one("#sessions-table", DataTable).focus()

    @on(DataTable.RowSelected, "#sessions-table")
    def _row_selected(self) -> None:
        self.action_open()

    def action_search(self) -> None:
        self.query_one("#sessions-search", Input).focus()

    def action_close(self) -> None:
        if self.app.screen is self:
            self.dismiss(None)

    # ------------------------------------------------------------------ actions

    def action_open(self) -> None:
        entry = self.highlighted_entry()
        if entry is None:
            self.notify("No session highlighted.", timeout=2)
            return
        self.open_session(entry["path"])

    @work(group="sessions-open", exclusive=True, exit_on_error=False)
    async def open_session(self, id_or_path: str) -> None:
        """Load in a thread and show it read-only (``SessionViewScreen``)."""
        from provtui.core.session import SessionError, load_session, resolve_session

        status = self.query_one("#sessions-status", Static)
        status.update(Text(f"opening {clean(id_or_path, 100)}…", style="italic"))

        def load() -> tuple[dict[str, Any], Path, list[Event]]:
            path = resolve_session(id_or_path, self.directory)
            session = load_session(str(path))
            return session, path, view_events(session)

        try:
            session, path, events = await asyncio.to_thread(load)
        except SessionError as exc:
            self.notify(escape_markup(str(exc)), title="cannot open the session",
                        severity="error", timeout=10)
            self._status()
            return
        self._status()
        await self.app.push_screen(SessionViewScreen(session, path=path, events=events))

    def action_suite_results(self) -> None:
        """Saved suite results, to open one read-only in the matrix (screens/matrix.py)."""
        from provtui.ui.screens.matrix_results import choose_suite_result

        choose_suite_result(self.app)

    def action_rerun(self) -> None:
        entry = self.highlighted_entry()
        if entry is None:
            return
        self._rerun(entry["path"])

    @work(group="sessions-open", exclusive=True, exit_on_error=False)
    async def _rerun(self, path: str) -> None:
        from provtui.core.session import SessionError, load_session

        try:
            session = await asyncio.to_thread(load_session, path)
        except SessionError as exc:
            self.notify(escape_markup(str(exc)), severity="error", timeout=10)
            return
        rerun_session(self.app, session)

    def action_summary(self) -> None:
        entry = self.highlighted_entry()
        if entry is not None:
            self._summary(entry["path"])

    @work(group="sessions-open", exclusive=True, exit_on_error=False)
    async def _summary(self, path: str) -> None:
        from provtui.core.session import SessionError, load_session
        from provtui.ui.screens.summary import SummaryScreen

        try:
            session = await asyncio.to_thread(load_session, path)
        except SessionError as exc:
            self.notify(escape_markup(str(exc)), severity="error", timeout=10)
            return
        await self.app.push_screen(SummaryScreen(session))

    def action_export(self) -> None:
        entry = self.highlighted_entry()
        if entry is not None:
            self.run_worker(_export(self, entry["path"]), group="sessions-export",
                            exit_on_error=False)

    def action_delete(self) -> None:
        entry = self.highlighted_entry()
        if entry is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(entry)

        self.app.push_screen(ConfirmDelete(entry), answered)

    @work(group="sessions-delete", exit_on_error=False)
    async def _delete(self, entry: dict[str, Any]) -> None:
        from provtui.core.sessions_cmd import cmd_rm

        out, err = io.StringIO(), io.StringIO()
        code = await asyncio.to_thread(cmd_rm, entry["path"], out, err)
        if code != 0:
            self.notify(escape_markup(err.getvalue().strip() or "could not delete"),
                        severity="error", timeout=10)
            return
        with contextlib.suppress(ValueError):
            self.entries.remove(entry)
        self._fill_table()
        self._status()
        self.notify(escape_markup(out.getvalue().strip()), title="deleted", timeout=5)


# ---------------------------------------------------------------------------- one session


class SessionViewScreen(Screen[None]):
    """A saved session in side-by-side panes, read-only.  Shown complete at once; ``space``
    replays it at recorded speed (``+``/``-`` change the speed), ``end`` jumps to the end."""

    BINDINGS = [
        Binding("escape", "close", "Back", id="session.close"),
        Binding("space", "replay", "Replay", id="session.replay"),
        Binding("end", "instant", "Show all", id="session.instant"),
        Binding("plus,equals_sign", "faster", "Faster", show=False, id="session.faster"),
        Binding("minus", "slower", "Slower", show=False, id="session.slower"),
        Binding("R", "rerun", "Re-run now", id="session.rerun"),
        Binding("f8", "summary", "Summary", id="session.summary"),
        Binding("e", "export", "Export", id="session.export"),
        Binding("f6", "next_pane", "Next pane", show=False, id="session.next_pane"),
        Binding("shift+f6", "previous_pane", "Previous pane", show=False,
                id="session.previous_pane"),
    ]

    class ReplayFinished(Message):
        def __init__(self, instant: bool) -> None:
            super().__init__()
            self.instant = instant

    def __init__(self, session: dict[str, Any], *, path: Path | None = None,
                 events: list[Event] | None = None, speed: float = 1.0,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 clock: Callable[[], float] = time.monotonic, tick_s: float = 0.1) -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.events = events
        self.speed = speed
        self._sleep = sleep
        self._clock = clock
        self.tick_s = tick_s
        self.replaying = False
        self._anchor_wall = 0.0
        self._anchor_v = 0.0
        self._end_t = 0.0
        self.panes: dict[int, ProviderPane] = {}

    # virtual session time: advances at `speed` while replaying; the panes' clock
    def now(self) -> float:
        if not self.replaying:
            return self._end_t
        return self._anchor_v + (self._clock() - self._anchor_wall) * self.speed

    def compose(self) -> ComposeResult:
        yield Static(self._heading(), id="view-heading")
        yield Static(id="view-status")
        yield Container(id="view-panes")
        yield Footer()

    def _heading(self) -> Text:
        s = self.session
        head = Text(no_wrap=False)
        head.append("saved session ", style="dim")
        head.append(clean(s.get("id") or "?", 60), style="bold")
        head.append(f"  {_created(s)} UTC", style="dim")
        head.append("  read-only ", style="reverse")
        if s.get("recovered"):
            head.append(" ")
            head.append(" recovered from a journal ", style="bold reverse yellow")
        if s.get("rerun_of"):
            head.append(f"  re-run of {clean(s['rerun_of'], 40)}", style="dim")
        prompt = str(s.get("prompt") or "").strip().splitlines()
        head.append("\n")
        head.append(clean(prompt[0] if prompt else "(no prompt)", 200), style="italic")
        if len(prompt) > 1:
            head.append(f"  (+{len(prompt) - 1} lines)", style="dim")
        return head

    async def on_mount(self) -> None:
        if self.events is None:
            self.events = await asyncio.to_thread(view_events, self.session)
        self._end_t = max((e.t for e in self.events), default=0.0)
        await self._build_panes()
        self.set_interval(self.tick_s, self._tick, name="view-tick")
        await self.show_instantly()

    async def _build_panes(self) -> None:
        grid = self.query_one("#view-panes", Container)
        await grid.remove_children()
        check_specs = list(self.session.get("check_specs") or [])
        runs = self.session.get("runs") or []
        self.panes = {}
        for e in self.events or []:
            if isinstance(e, RunQueued) and e.run not in self.panes:
                pane = ProviderPane(target=e.target, provider=e.provider, model=e.model,
                                    clock=self.now, check_specs=check_specs,
                                    expect_words=expect_words_from(check_specs))
                pane.read_only = True
                run = runs[e.run] if 0 <= e.run < len(runs) and isinstance(runs[e.run],
                                                                           dict) else {}
                pane.saved_result = {"words": run.get("words"),
                                     "findings": list(run.get("findings") or []),
                                     "checks": list(run.get("checks") or [])}
                self.panes[e.run] = pane
        if self.panes:
            await grid.mount_all(list(self.panes.values()))
        for e in self.events or []:
            if isinstance(e, RunQueued):
                self.panes[e.run].apply(e)
        group_repeats(list(self.panes.values()))
        self._layout()
        first = next((p for p in self.panes.values() if p.display), None)
        if first is not None:
            first.focus()

    def on_resize(self) -> None:
        self._layout()

    def _layout(self) -> None:
        from provtui.ui.app import PANE_MIN_HEIGHT, PANE_MIN_WIDTH

        grid = self.query_one("#view-panes", Container)
        n = sum(1 for c in grid.children if c.display)
        if not n:
            return
        width, height = grid.size.width or self.size.width, grid.size.height or self.size.height
        per_row = max(1, width // PANE_MIN_WIDTH)
        cols, rows = (n, 1) if n <= per_row else (0, math.ceil(n / per_row))
        if not cols:
            cols = math.ceil(n / rows)
        scroll = rows > 1 and height // rows < PANE_MIN_HEIGHT
        grid.set_class(scroll, "-scroll")
        if not scroll:
            grid.styles.grid_size_columns = cols
            grid.styles.grid_size_rows = rows

    async def _tick(self) -> None:
        for pane in list(self.panes.values()):
            with contextlib.suppress(Exception):
                await pane.tick()
        self._show_status()

    def _show_status(self) -> None:
        status = Text(no_wrap=True, overflow="ellipsis")
        if self.replaying:
            status.append(f"replaying ×{self.speed:g}  ", style="bold")
            status.append(f"{min(self.now(), self._end_t):.1f}s of {self._end_t:.1f}s",
                          style="bold")
            status.append("  end shows the end, + / - change the speed", style="dim")
        else:
            status.append("shown as saved", style="bold")
            status.append(f" ({self._end_t:.1f}s recorded)  ", style="dim")
            status.append("space replays at recorded speed · R re-runs the prompt now · "
                          "f8 summary · [ ] page runs · e export", style="dim")
        self.query_one("#view-status", Static).update(status)

    # ------------------------------------------------------------------ replay

    def _reset_panes(self) -> None:
        for pane in self.panes.values():
            pane.reset()

    async def show_instantly(self) -> None:
        """Every event applied at once: the session as it ended."""
        self.workers.cancel_group(self, "replay")
        self.replaying = False
        self._reset_panes()
        for e in self.events or []:
            pane = self.panes.get(e.run)
            if pane is not None:
                pane.apply(e)
        for pane in self.panes.values():
            await pane.tick(force=True)
            await asyncio.sleep(0)  # keys and drawing between panes
        self._show_status()
        self.post_message(self.ReplayFinished(True))

    async def action_instant(self) -> None:
        await self.show_instantly()

    def action_replay(self) -> None:
        self.replay()

    @work(group="replay", exclusive=True, exit_on_error=False)
    async def replay(self) -> None:
        """Feed the saved events to the panes at their recorded times (divided by speed)."""
        events = await asyncio.to_thread(view_events, self.session, bucket=0.05)
        self._reset_panes()
        self._anchor_wall, self._anchor_v = self._clock(), 0.0
        self.replaying = True
        self._show_status()
        last_yield = time.perf_counter()
        try:
            for e in events:
                wait = (e.t - self.now()) / self.speed
                if wait > 0.001:
                    await self._sleep(wait)
                    last_yield = time.perf_counter()
                elif time.perf_counter() - last_yield > 0.008:
                    await asyncio.sleep(0)
                    last_yield = time.perf_counter()
                pane = self.panes.get(e.run)
                if pane is not None:
                    pane.apply(e)
        finally:
            self.replaying = False
        for pane in self.panes.values():
            await pane.tick(force=True)
        self._show_status()
        self.post_message(self.ReplayFinished(False))

    def _set_speed(self, speed: float) -> None:
        v = self.now()
        self._anchor_wall, self._anchor_v = self._clock(), v
        self.speed = max(0.125, min(64.0, speed))
        self._show_status()

    def action_faster(self) -> None:
        self._set_speed(self.speed * 2)

    def action_slower(self) -> None:
        self._set_speed(self.speed / 2)

    # ------------------------------------------------------------------ the rest

    def _visible(self) -> list[ProviderPane]:
        return [p for p in self.panes.values() if p.display]

    def _cycle(self, step: int) -> None:
        panes = self._visible()
        if not panes:
            return
        focused = self.focused
        current = next((p for p in panes if focused is p or
                        (focused is not None and p in focused.ancestors)), None)
        i = panes.index(current) if current in panes else -1
        target = panes[(i + step) % len(panes)]
        if self.maximized is not None:
            self.maximize(target, container=False)
        target.focus()

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_previous_pane(self) -> None:
        self._cycle(-1)

    def action_rerun(self) -> None:
        rerun_session(self.app, self.session)

    def action_summary(self) -> None:
        from provtui.ui.screens.summary import SummaryScreen

        self.app.push_screen(SummaryScreen(self.session,
                                           title="Repeats and statistics (saved session)"))

    def action_export(self) -> None:
        self.run_worker(_export(self, self.session), group="view-export", exit_on_error=False)

    def action_close(self) -> None:
        if self.maximized is not None:
            self.minimize()
            return
        self.workers.cancel_group(self, "replay")
        self.dismiss(None)
