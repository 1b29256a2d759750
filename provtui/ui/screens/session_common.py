"""What the sessions browser and the saved-session view share: one-line cleaning, the
outcome column, the delete and export dialogs, export and re-run.

Nothing in a saved session is ever executed: re-running resolves targets and MCP servers by
name from the *current* config, and says which names cannot be resolved.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from provtui.core.summary_text import clean as _one_line
from provtui.ui.safe import escape_markup, mask_secrets



def clean(text: object, limit: int | None = None) -> str:
    """One printable line with key values masked (before shortening, so a cut key is not
    left half visible)."""
    return _one_line(mask_secrets(str(text)), limit)


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


def _created(entry: dict[str, Any]) -> str:
    created = str(entry.get("created_at") or "")
    return created.replace("T", " ").replace("Z", "")[:19] or "?"


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
    app.show_setup(targets=targets, mcp_servers=servers, repeat=repeat, prompt=prompt)

    async def go() -> None:
        while len(app.screen_stack) > 1:
            await app.pop_screen()
        app.start_session(plan)

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
    screen.post_message(SessionExported(fmt, path))




class SessionExported(Message):
    """A session was exported from the browser or the view (tests wait for it)."""

    def __init__(self, fmt: str, path: Path) -> None:
        super().__init__()
        self.fmt = fmt
        self.path = path
