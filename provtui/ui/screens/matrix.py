"""The suite matrix screen: cases x targets filling in as runs end.

Live (``provtui --suite SUITE``): the screen runs the suite (provtui.suite.runner) and applies
its events as they come.  Read-only (a saved result from the palette or the sessions
browser): the same matrix from the result file.  ``enter`` on a cell opens its case in the
side-by-side panes (``LiveCaseScreen`` while it runs, fed with the case's events; the saved
session's ``SessionViewScreen`` once it is written); ``escape`` comes back.

Keys: ``f`` failures only, ``d`` cells where targets disagree, ``c`` one category (cycles),
``s`` sort targets by total, ``a`` show everything, ``r`` start a suite not yet sent.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from provtui.core.events import Event, RunQueued
from provtui.ui.safe import escape_markup, visible
from provtui.ui.screens.matrix_model import MatrixModel
from provtui.ui.screens.session_view import SessionViewScreen
from provtui.ui.widgets.matrix_grid import MatrixGrid

__all__ = ["LiveCaseScreen", "MatrixScreen", "open_result"]

SPIN_S = 0.4
"""How often the matrix redraws while cells run (a DataTable redraws every visible row on
any change, so changes are gathered and drawn together)."""


class LiveCaseScreen(SessionViewScreen):
    """A case that is still running, in the same panes as a saved session: built from the
    case's events so far and fed each new one by the matrix."""

    def __init__(self, session: dict[str, Any], events: list[Event]) -> None:
        super().__init__(session, events=list(events), clock=time.monotonic)
        self._rebuilding = False

    def now(self) -> float:  # the panes' clock: live time, as the runs are live
        return time.monotonic()

    def feed(self, event: Event) -> None:
        assert self.events is not None
        self.events.append(event)
        if not self.is_mounted:
            return
        if isinstance(event, RunQueued) and event.run not in self.panes:
            if not self._rebuilding:
                self._rebuilding = True
                self.run_worker(self._rebuild(), group="live-rebuild", exit_on_error=False)
            return
        pane = self.panes.get(event.run)
        if pane is not None:
            pane.apply(event)

    async def _rebuild(self) -> None:
        try:
            await self._build_panes()
            await self.show_instantly()
        finally:
            self._rebuilding = False

    def action_replay(self) -> None:
        self.notify("This case is still running; replay works once it is saved.", timeout=3)

    def _show_status(self) -> None:
        status = Text("live", style="bold reverse")
        status.append("  the case is running; escape returns to the matrix", style="dim")
        self.query_one("#view-status", Static).update(status)


class MatrixScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "close", "Back", id="matrix.close"),
        Binding("enter", "open_cell", "Open case", id="matrix.open", show=False),
        Binding("f", "failures", "Failures", id="matrix.failures"),
        Binding("d", "disagree", "Disagree", id="matrix.disagree"),
        Binding("c", "category", "Category", id="matrix.category"),
        Binding("s", "sort", "Sort by total", id="matrix.sort"),
        Binding("a", "show_all", "All", id="matrix.all"),
        Binding("r", "start", "Run suite", id="matrix.start"),
    ]

    DEFAULT_CSS = """
    MatrixScreen #matrix-heading { height: auto; max-height: 3; padding: 0 1; }
    MatrixScreen #matrix-status { height: 1; padding: 0 1; }
    """

    def __init__(self, *, plan: Any = None, result: dict[str, Any] | None = None,
                 concurrency: int = 4, send: bool = False, output: str | None = None,
                 runner_factory: Any = None) -> None:
        super().__init__()
        self.plan = plan
        self.result = result
        self.concurrency = concurrency
        self.send = send
        self.output = output
        self.runner_factory = runner_factory
        self.runner: Any = None
        self.started = False
        self.finished = result is not None
        if result is not None:
            self.model = MatrixModel.from_result(result, read_only=True)
        else:
            assert plan is not None, "a live matrix needs a plan"
            self.model = MatrixModel(
                targets=[t.name for t in plan.targets],
                cases=[{"id": c.id, "category": c.category, "points": c.points}
                       for c in plan.suite.cases],
                repeat=max([c.repeat or plan.repeat for c in plan.suite.cases] or [1]))
        self.case_events: dict[str, list[Event]] = {}
        self.case_prompts: dict[str, str] = {}
        if plan is not None:
            self.case_prompts = {c.id: c.prompt for c in plan.suite.cases}
        self.live_view: LiveCaseScreen | None = None
        self.live_case: str | None = None
        self.grid = MatrixGrid(id="matrix-grid")
        self._dirty = False
        self.result_final: dict[str, Any] | None = None
        """The result as the suite ended (live mode)."""

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static(self._heading(), id="matrix-heading")
        yield Static(id="matrix-status")
        yield self.grid
        yield Footer()

    def _heading(self) -> Text:
        head = Text(no_wrap=False)
        if self.result is not None:
            suite = (self.result.get("suite") or {}).get("name") or "suite"
            head.append("suite ", style="dim")
            head.append(visible(str(suite)), style="bold")
            head.append(f"  result {visible(str(self.result.get('id')))}", style="dim")
            head.append("  read-only ", style="reverse")
        else:
            head.append("suite ", style="dim")
            head.append(visible(self.plan.suite.name), style="bold")
            head.append(f"  {len(self.plan.suite.cases)} cases x {len(self.plan.targets)} "
                        "targets", style="dim")
            if getattr(self.app, "demo", False):
                head.append("  demo: simulated providers ", style="bold reverse")
        return head

    def on_mount(self) -> None:
        self.grid.sync(self.model)
        self.grid.focus()
        self.set_interval(SPIN_S, self._spin, name="matrix-spin")
        self._status()
        if self.send and not self.finished:
            self.call_after_refresh(self.action_start)

    def _spin(self) -> None:
        if self.model.running:
            self.grid.frame += 1
            self._dirty = True
        if self._dirty:
            self._dirty = False
            self.grid.sync(self.model)
            self._status()

    def _status(self) -> None:
        done, total = self.model.progress()
        t = Text(no_wrap=True, overflow="ellipsis")
        if self.result is not None:
            t.append(f"{visible(str(self.result.get('status')))} ", style="bold")
        elif not self.started:
            t.append("not sent: r runs the suite  ", style="bold")
        elif self.finished:
            t.append("finished  ", style="bold")
        else:
            t.append(f"running {done}/{total}  ", style="bold")
        filters = self.model.filters_text()
        if filters:
            t.append(f"showing {filters}  ", style="italic")
        off = self.grid.offscreen() if self.grid.is_mounted else ""
        if off:
            t.append(off + "  ", style="bold yellow")
        t.append("enter opens · f d c s a filter/sort", style="dim")
        self.query_one("#matrix-status", Static).update(t)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "start":  # only a live suite not yet sent can be started
            return self.plan is not None and not self.started
        return True

    # ------------------------------------------------------------------ running

    def action_start(self) -> None:
        if self.started or self.plan is None or self.finished:
            return
        self.started = True
        self.refresh_bindings()
        self._drive()

    @work(group="suite", exit_on_error=False)
    async def _drive(self) -> None:
        from provtui.suite.runner import SuiteRunner

        factory = self.runner_factory or (lambda plan: SuiteRunner(
            plan, concurrency=self.concurrency))
        try:
            self.runner = factory(self.plan)
            async for event in self.runner.events():
                self.apply(event)
        except asyncio.CancelledError:
            if self.runner is not None:
                self.runner.cancel()
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. an MCP server that does not start
            self.notify(f"The suite stopped: {escape_markup(str(exc))}", severity="error",
                        timeout=12)
        self.finished = True
        self._status()
        result = getattr(self.runner, "result", None) or {}
        if result.get("path"):
            self.notify(f"Suite result saved: {escape_markup(str(result['path']))}",
                        title="suite", timeout=8)
            if self.output:
                import shutil

                dest = Path(self.output).expanduser()
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(result["path"], dest)

    def apply(self, event: Any) -> None:
        """One suite event (provtui.suite.events) onto the matrix and the open case."""
        from provtui.suite.events import (
            CaseEvent,
            CellFinished,
            CellStarted,
            SuiteFinished,
            SuiteStarted,
        )

        if isinstance(event, CaseEvent):
            self.case_events.setdefault(event.case, []).append(event.event)
            if self.live_view is not None and self.live_case == event.case:
                self.live_view.feed(event.event)
            return
        if isinstance(event, SuiteStarted):
            self.model.load(event.result)
        elif isinstance(event, CellStarted):
            self.model.start(event.case, event.target, event.session_id)
        elif isinstance(event, CellFinished):
            self.model.finish(event.cell)
        elif isinstance(event, SuiteFinished):
            self.model.summary = event.result.get("summary") or {}
            self.result_final = event.result
            self.grid.sync(self.model)
            self._status()
            return
        self._dirty = True  # drawn by the next _spin

    # ------------------------------------------------------------------ filters

    def _refilter(self) -> None:
        self.grid.sync(self.model)
        self._status()

    def action_failures(self) -> None:
        self.model.only_failures = not self.model.only_failures
        self._refilter()

    def action_disagree(self) -> None:
        self.model.only_disagreements = not self.model.only_disagreements
        self._refilter()

    def action_category(self) -> None:
        self.model.cycle_category()
        self._refilter()

    def action_sort(self) -> None:
        self.model.sort_by_total = not self.model.sort_by_total
        self._refilter()

    def action_show_all(self) -> None:
        self.model.only_failures = self.model.only_disagreements = False
        self.model.category = None
        self.model.sort_by_total = False
        self._refilter()

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_open_cell()

    def on_data_table_cell_highlighted(self) -> None:
        self._status()

    # ------------------------------------------------------------------ drill-down

    def action_open_cell(self) -> None:
        row, target = self.grid.current()
        if row is None or row.kind != "case":
            self.notify("Pick a case's cell to open it.", timeout=2)
            return
        self.open_case(row.key, target)

    @work(group="matrix-open", exclusive=True, exit_on_error=False)
    async def open_case(self, case: str, target: str | None = None) -> None:
        # the case session is written once every cell of the case has ended: until then
        # its panes come from the events
        open_cells = any(self.model.cell_state(case, t) in ("running", "pending")
                         for t in self.model.targets)
        sid = self.model.sessions.get(case)
        if case in self.case_events and (open_cells or sid is None):
            await self._open_live(case, sid)
            return
        if sid is None:
            self.notify("This case has not run yet.", timeout=3)
            return
        live = case in self.case_events
        if not await self._open_saved(sid, target, quiet=live) and live:
            await self._open_live(case, sid)  # not written yet: the events have it all

    async def _open_live(self, case: str, sid: str | None) -> None:
        session = {"id": sid or "(live)", "prompt": self.case_prompts.get(case, ""),
                   "runs": [], "check_specs": []}
        view = LiveCaseScreen(session, self.case_events.get(case, []))
        self.live_view, self.live_case = view, case
        await self.app.push_screen(view, callback=self._live_closed)

    def _live_closed(self, _result: Any = None) -> None:
        self.live_view = None
        self.live_case = None

    async def _open_saved(self, sid: str, target: str | None, *, quiet: bool = False) -> bool:
        from provtui.core.session import SessionError, load_session, resolve_session
        from provtui.ui.screens.session_view import view_events

        def load() -> tuple[dict[str, Any], Path, list[Event]]:
            path = resolve_session(sid)
            session = load_session(str(path))
            return session, path, view_events(session)

        try:
            session, path, events = await asyncio.to_thread(load)
        except SessionError as exc:
            if not quiet:
                self.notify(escape_markup(str(exc)), title="cannot open the case's session",
                            severity="error", timeout=10)
            return False
        view = SessionViewScreen(session, path=path, events=events)
        await self.app.push_screen(view)
        if target is not None:
            for pane in view.panes.values():
                if pane.state.target == target and pane.display:
                    pane.focus()
                    break
        return True

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 2 or self.result is not None:
            self.dismiss(None)
        else:
            self.notify("The suite matrix; ctrl+q quits (a running suite is saved partial "
                        "and can be resumed).", timeout=4)

    def on_unmount(self) -> None:
        if self.runner is not None and not self.finished:
            self.runner.cancel()


def open_result(app: Any, id_or_path: str) -> bool:
    """Push a saved suite result, read-only, onto the app; False (and a notice) if unreadable."""
    from provtui.suite.result import ResultError, load_result

    try:
        result = load_result(id_or_path)
    except (ResultError, OSError) as exc:
        app.notify(escape_markup(str(exc)), title="cannot open the suite result",
                   severity="error", timeout=10)
        return False
    app.push_screen(MatrixScreen(result=result))
    return True
