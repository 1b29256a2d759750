"""Tool screens: the tool chains of every pane aligned step by step, and the choice of a
saved session for deterministic tool replay.

``tools: align chains`` shows one row per step and one column per pane: the tool called and
its arguments, with the cells that differ from the row's usual call highlighted, calls whose
arguments failed the tool's inputSchema marked ⚠, failed calls ✗ (a call tool replay had no
recorded result for is one of those), calls cut off by the output limit ✂, and a last row
with how each run ended (answered, asked the user, error, leaked tool syntax in its text).

How rows are aligned (provtui.core.diffing.align_chains): when every chain has the same
length, step k is every chain's k-th call.  Otherwise the longest chain is the spine and the
others are aligned to it by tool name (longest common subsequence), so one chain's single
``list_vehicles`` sits beside another's ``list_vehicles``; calls between two aligned names
fill the rows between them in order.  Call order within a chain is always kept.

``tools: replay from session…`` picks a saved session; the next prompt is sent with its
recorded tool results instead of live MCP calls (``SessionPlan(tool_replay=...)``).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from provtui.core.diffing import align_chains, compare_row
from provtui.core.replay import REPLAY_MISS_PREFIX, canonical_arguments
from provtui.ui.safe import escape_markup, visible
from provtui.ui.screens.inspector import run_record

__all__ = ["ChainColumn", "ToolAlignmentScreen", "ToolReplayPicker", "chain_columns",
           "open_alignment", "choose_tool_replay"]

_DETAIL_CHARS = 2000


@dataclass
class ChainColumn:
    """One pane's tool chain, as the alignment table draws it."""

    label: str
    calls: list[dict[str, Any]] = field(default_factory=list)
    """``name``, ``arguments``, ``arguments_valid``, ``is_error``, ``result``, ``duration_s``,
    and the marks ``truncated`` (cut off, never run) and ``replay_miss``."""
    leaked: bool = False
    outcome: str = ""
    outcome_style: str = ""


def _column_from_run(label: str, run: dict[str, Any], findings: list[dict[str, Any]]
                     ) -> ChainColumn:
    column = ChainColumn(label)
    for call in run.get("tool_calls") or []:
        entry = dict(call)
        result = entry.get("result")
        entry["replay_miss"] = bool(isinstance(result, str)
                                    and result.startswith(REPLAY_MISS_PREFIX))
        column.calls.append(entry)
    notices = [n for n in run.get("notices") or [] if isinstance(n, dict)]
    for note in notices:
        if note.get("kind") == "truncated_tool_call":
            for cut in (note.get("data") or {}).get("tool_calls") or []:
                column.calls.append({"name": cut.get("name") or "?",
                                     "arguments": cut.get("arguments"),
                                     "arguments_valid": False, "is_error": True,
                                     "result": "cut off by the output limit (finish_reason "
                                               "length); never executed", "truncated": True})
    kinds = {n.get("kind") for n in notices}
    kinds |= {f.get("kind") for f in (run.get("findings") or []) + findings
              if isinstance(f, dict)}
    column.leaked = "leaked_tool_call" in kinds
    status = run.get("status")
    error = run.get("error") or {}
    if status == "error":
        column.outcome, column.outcome_style = (f"error: {error.get('kind', '?')}", "bold red")
    elif status == "cancelled":
        column.outcome, column.outcome_style = ("cancelled", "yellow")
    elif status in ("queued", "running"):
        column.outcome, column.outcome_style = (status, "dim")
    elif run.get("asked_user"):
        column.outcome, column.outcome_style = ("asked the user instead", "bold yellow")
    else:
        chars = len(run.get("text") or "")
        column.outcome, column.outcome_style = (f"answered ({chars:,} chars)", "green")
    return column


def _column_from_pane(label: str, pane: Any) -> ChainColumn:
    column = ChainColumn(label)
    for call in pane.tool_chain.calls:
        column.calls.append({"name": call.name, "arguments": call.arguments,
                             "arguments_valid": call.arguments_valid,
                             "is_error": call.state == "failed", "result": call.result,
                             "duration_s": call.duration_s,
                             "replay_miss": call.result.startswith(REPLAY_MISS_PREFIX)})
    column.leaked = any(f.get("kind") == "leaked_tool_call" for f in pane.findings)
    column.outcome = pane.state.state
    return column


def chain_columns(app: Any) -> list[ChainColumn]:
    """One column per pane on show, from the session's record of its run."""
    columns = []
    for pane in [p for p in app.panes if p.display]:
        s = pane.state
        label = visible(s.target) or "?"
        if s.repeat_index:
            label += f" #{s.repeat_index + 1}"
        run = run_record(app, pane)
        if run is not None:
            columns.append(_column_from_run(label, run, list(pane.findings)))
        else:
            columns.append(_column_from_pane(label, pane))
    return columns


def _args_text(arguments: Any) -> str:
    if arguments is None:
        return ""
    if isinstance(arguments, str):
        return arguments
    return json.dumps(arguments, ensure_ascii=False, separators=(", ", ": "))


def _marks(call: dict[str, Any]) -> list[tuple[str, str]]:
    marks = []
    if call.get("truncated"):
        marks.append(("✂", "bold red"))
    elif call.get("replay_miss"):
        marks.append(("✗ not recorded", "bold red"))
    elif call.get("is_error"):
        marks.append(("✗", "bold red"))
    if call.get("arguments_valid") is False and not call.get("truncated"):
        marks.append(("⚠", "bold yellow"))
    return marks


def cell_text(call: dict[str, Any] | None, verdict: str, width: int) -> Text:
    """Two lines: marks and tool name, then the arguments (cut to ``width``)."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if call is None:
        text.append("·", style="dim")
        return text
    for mark, style in _marks(call):
        text.append(mark, style=style)
        text.append(" ")
    name = visible(str(call.get("name") or "?"))
    text.append(name, style="bold magenta underline" if verdict == "name" else "bold")
    args = visible(_args_text(call.get("arguments"))).replace("\n", " ")
    if len(args) > width:
        args = args[:max(1, width - 1)] + "…"
    text.append("\n")
    text.append(args or "{}", style="bold yellow underline" if verdict == "args" else "dim")
    return text


class ToolAlignmentScreen(Screen[None]):
    """``tools: align chains``."""

    DEFAULT_CSS = """
    ToolAlignmentScreen { layout: vertical; }
    ToolAlignmentScreen #align-title { height: auto; padding: 0 1; background: $boost; }
    ToolAlignmentScreen #align-table { height: 1fr; }
    ToolAlignmentScreen #align-detail-box { height: auto; max-height: 12;
                                           border-top: solid $panel-lighten-2; padding: 0 1; }
    """

    BINDINGS = [Binding("escape,q", "app.pop_screen", "Close", id="align.close")]

    def __init__(self, columns: list[ChainColumn]) -> None:
        super().__init__()
        self.columns = columns
        self.rows = align_chains([[str(c.get("name") or "?") for c in col.calls]
                                  for col in columns])
        self.verdicts: list[list[str]] = []
        for row in self.rows:
            keys = []
            for col, j in zip(columns, row):
                if j is None:
                    keys.append(None)
                else:
                    call = col.calls[j]
                    keys.append((str(call.get("name")),
                                 canonical_arguments(call.get("arguments") or {})))
            self.verdicts.append(compare_row(keys))

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="align-title")
        table: DataTable[Any] = DataTable(id="align-table", cursor_type="cell", zebra_stripes=True)
        yield table
        with VerticalScroll(id="align-detail-box"):
            yield Static(id="align-detail")
        yield Footer()

    def step_mark(self, k: int) -> str:
        """``≠`` when the calls of step k disagree (another tool or other arguments), ``~``
        when they agree but some chain made no call there (chains without any call do not
        count), else nothing."""
        verdict = self.verdicts[k]
        if any(v in ("name", "args") for v in verdict):
            return "≠"
        if any(v == "missing" and col.calls for v, col in zip(verdict, self.columns)):
            return "~"
        return ""

    @property
    def differing_steps(self) -> int:
        return sum(1 for k in range(len(self.rows)) if self.step_mark(k) == "≠")

    @property
    def partial_steps(self) -> int:
        return sum(1 for k in range(len(self.rows)) if self.step_mark(k) == "~")

    def _title(self) -> Text:
        text = Text()
        text.append("tool chains, step by step  ", style="bold")
        for i, col in enumerate(self.columns):
            if i:
                text.append(" · ", style="dim")
            text.append(col.label, style="bold")
            n = len(col.calls)
            text.append(f" {n} call{'s' if n != 1 else ''}")
        text.append(f"\n{len(self.rows)} steps: {self.differing_steps} with different calls (≠), "
                    f"{self.partial_steps} not made by every chain (~).  ", style="dim")
        text.append("Same length: by position; otherwise aligned by tool name to the longest "
                    "chain.", style="dim")
        text.append("\n")
        text.append("magenta", style="bold magenta underline")
        text.append(" other tool  ")
        text.append("yellow", style="bold yellow underline")
        text.append(" same tool, other arguments  ")
        text.append("⚠", style="bold yellow")
        text.append(" arguments fail the tool's inputSchema  ")
        text.append("✗", style="bold red")
        text.append(" tool error  ")
        text.append("✂", style="bold red")
        text.append(" cut off by the output limit, never run  ")
        text.append("· no call")
        return text

    def on_mount(self) -> None:
        table = self.query_one("#align-table", DataTable)
        n = max(1, len(self.columns))
        width = max(18, min(48, (self.app.size.width - 10) // n - 2))
        self.cell_width = width
        table.add_column(Text("step", style="bold"), width=6, key="step")
        for i, col in enumerate(self.columns):
            header = Text(col.label, style="bold", no_wrap=True, overflow="ellipsis")
            table.add_column(header, width=width, key=f"col-{i}")
        for k, (row, verdict) in enumerate(zip(self.rows, self.verdicts)):
            label = Text(f"{k + 1}", style="bold")
            mark = self.step_mark(k)
            if mark:
                label.append(f" {mark}", style="bold magenta" if mark == "≠" else "dim")
            cells = [cell_text(None if j is None else col.calls[j], v, width)
                     for col, j, v in zip(self.columns, row, verdict)]
            table.add_row(label, *cells, height=2, key=f"step-{k}")
        outcome = [Text("end", style="bold")]
        for col in self.columns:
            cell = Text(no_wrap=True, overflow="ellipsis")
            cell.append(visible(col.outcome), style=col.outcome_style)
            cell.append("\n")
            if col.leaked:
                cell.append("⚠ leaked tool syntax in text", style="bold red")
            outcome.append(cell)
        table.add_row(*outcome, height=2, key="outcome")
        table.focus()
        if self.rows:
            table.move_cursor(row=0, column=1)
        self._show_detail(0, 1)

    def call_at(self, row: int, column: int) -> tuple[ChainColumn, dict[str, Any]] | None:
        if not 0 <= row < len(self.rows) or not 1 <= column <= len(self.columns):
            return None
        col = self.columns[column - 1]
        j = self.rows[row][column - 1]
        return None if j is None else (col, col.calls[j])

    @on(DataTable.CellHighlighted, "#align-table")
    def _highlighted(self, event: DataTable.CellHighlighted) -> None:
        self._show_detail(event.coordinate.row, event.coordinate.column)

    def _show_detail(self, row: int, column: int) -> None:
        detail = self.query_one("#align-detail", Static)
        found = self.call_at(row, column)
        if found is None:
            detail.update(Text("Move to a call to see its arguments and result.", style="dim"))
            return
        col, call = found
        text = Text()
        text.append(f"{col.label}  step {row + 1}  ", style="dim")
        text.append(visible(str(call.get("name") or "?")), style="bold")
        if isinstance(call.get("duration_s"), (int, float)):
            text.append(f"  {call['duration_s'] * 1000:.0f} ms", style="dim")
        verdict = self.verdicts[row][column - 1]
        text.append({"same": "", "args": "  arguments differ from the usual call of this step",
                     "name": "  another tool than the usual call of this step"}.get(verdict, ""),
                    style="yellow")
        if call.get("arguments_valid") is False and not call.get("truncated"):
            text.append("\n⚠ the arguments fail the tool's inputSchema", style="bold yellow")
        args = call.get("arguments")
        pretty = (args if isinstance(args, str)
                  else json.dumps(args, indent=1, ensure_ascii=False))
        text.append("\narguments ", style="dim")
        text.append(visible(pretty or "{}")[:_DETAIL_CHARS])
        result = visible(str(call.get("result") or ""))
        if len(result) > _DETAIL_CHARS:
            result = result[:_DETAIL_CHARS] + f"… ({len(result):,} chars)"
        text.append("\nresult ", style="dim")
        text.append(result or "(none)", style="red" if call.get("is_error") else "")
        detail.update(text)


def open_alignment(app: Any) -> None:
    columns = chain_columns(app)
    if not columns:
        app.notify("No panes yet: send a prompt first.", timeout=3)
        return
    if not any(col.calls for col in columns):
        app.notify("No tool calls to align yet: attach an MCP server (ctrl+o) and send a "
                   "prompt that needs tools.", timeout=5)
        return
    app.push_screen(ToolAlignmentScreen(columns))


# ---------------------------------------------------------------------------- tool replay


def recorded_call_count(session: dict[str, Any]) -> int:
    return sum(1 for run in session.get("runs") or [] for c in run.get("tool_calls") or []
               if c.get("result") is not None)


class ToolReplayPicker(ModalScreen[dict | None]):
    """Pick a saved session whose tool results the next prompt gets instead of live tools.

    Dismisses with the loaded session, ``{}`` to turn replay off, or None (cancelled)."""

    DEFAULT_CSS = """
    ToolReplayPicker { align: center middle; }
    ToolReplayPicker #replay-sessions { height: auto; max-height: 12; margin-bottom: 1; }
    ToolReplayPicker #replay-error { height: auto; color: $error; }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="replay.cancel")]

    def __init__(self, current: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.current = current
        self._ids: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker"):
            yield Static("tools: replay from session", classes="picker-title")
            hint = ("The next prompt gets the tool results recorded in a saved session instead "
                    "of calling MCP servers, so every target sees the same tool answers. A call "
                    "that session never made fails with “no recorded result”.")
            yield Static(hint, classes="picker-hint")
            yield Input(placeholder="session id or path to a session .json", id="replay-input")
            yield OptionList(id="replay-sessions")
            yield Static(id="replay-error")
            with Horizontal(classes="picker-buttons"):
                if self.current:
                    yield Button("Turn off", id="replay-off")
                yield Button("Cancel", id="replay-cancel")
                yield Button("Use", variant="primary", id="replay-use")

    def on_mount(self) -> None:
        self.query_one("#replay-sessions", OptionList).display = False
        self.query_one("#replay-input", Input).focus()
        self._list_sessions()

    @work(group="replay-list", exit_on_error=False)
    async def _list_sessions(self) -> None:
        from provtui.core.index import list_indexed

        try:
            entries = (await asyncio.to_thread(list_indexed, limit=30)).items
        except Exception:  # the list is a convenience; typing an id still works
            return
        options = []
        for entry in entries[:30]:
            label = Text(no_wrap=True, overflow="ellipsis")
            label.append(str(entry.get("id")), style="bold")
            prompt = visible(str(entry.get("prompt") or "")).replace("\n", " ")
            label.append(f"  {prompt[:60]}", style="dim")
            options.append(Option(label, id=f"s{len(self._ids)}"))
            self._ids.append(str(entry.get("id")))
        box = self.query_one("#replay-sessions", OptionList)
        box.add_options(options)
        box.display = bool(options)

    @on(OptionList.OptionSelected, "#replay-sessions")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        index = event.option_index
        if 0 <= index < len(self._ids):
            self.query_one("#replay-input", Input).value = self._ids[index]
            self._load(self._ids[index])

    @on(Input.Submitted, "#replay-input")
    def _submitted(self) -> None:
        self._use()

    @on(Button.Pressed, "#replay-use")
    def _use(self) -> None:
        value = self.query_one("#replay-input", Input).value.strip()
        if not value:
            self._error("Type a session id (see `provtui sessions list`) or a path, or pick "
                        "one from the list.")
            return
        self._load(value)

    @on(Button.Pressed, "#replay-off")
    def _off(self) -> None:
        self.dismiss({})

    @on(Button.Pressed, "#replay-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    def _error(self, message: str) -> None:
        self.query_one("#replay-error", Static).update(Text(message))

    @work(group="replay-load", exclusive=True, exit_on_error=False)
    async def _load(self, value: str) -> None:
        from provtui.core.session import SessionError, load_session

        try:
            session = await asyncio.to_thread(load_session, value)
        except SessionError as exc:
            self._error(visible(str(exc)))
            return
        except OSError as exc:
            self._error(f"Could not read {visible(value)}: {visible(str(exc))}")
            return
        if not recorded_call_count(session):
            self._error(f"Session {visible(str(session.get('id')))} has no recorded "
                        "tool results, so every call would fail: pick a session whose runs "
                        "called tools.")
            return
        self.dismiss(session)


def choose_tool_replay(app: Any) -> None:
    """Open the picker; the choice becomes ``app.tool_replay`` (None when off)."""

    def chosen(session: dict[str, Any] | None) -> None:
        if session is None:
            return
        if not session:
            app.tool_replay = None
            app.notify("Tool replay off: tools are called live again.", timeout=3)
        else:
            app.tool_replay = session
            app.notify(f"Tool replay on: the next prompt gets the {recorded_call_count(session)}"
                       f" tool results recorded in {escape_markup(str(session.get('id')))}.",
                       timeout=5)
        refresh = getattr(app, "_refresh_chips", None)
        if refresh is not None:
            refresh()

    app.push_screen(ToolReplayPicker(getattr(app, "tool_replay", None)), chosen)
