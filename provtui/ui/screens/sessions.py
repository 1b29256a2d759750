"""Saved sessions: the browser (search, open, export, delete, re-run).

Listing and search come from the sessions index (provtui.core.index: SQLite beside the
files, synced at every open), so 10,000 sessions list and search at once; rows are added
to the table a page at a time as the cursor nears the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import time
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from provtui.core.events import (
    Event,
)
from provtui.ui.safe import escape_markup


from provtui.ui.screens.session_common import (ConfirmDelete, SessionExported,
                                              _created, _export, clean, outcome_text,
                                              rerun_session, resolve_rerun)
from provtui.ui.screens.session_view import SessionViewScreen, VIEW_TEXT_CAP, view_events

__all__ = ["SessionsScreen", "SessionViewScreen", "outcome_text", "view_events",
           "resolve_rerun", "rerun_session", "VIEW_TEXT_CAP"]

# ---------------------------------------------------------------------------- the browser


_FIXED_COLUMNS = 19 + 34 + 34 + 4 * 2 + 2
"""created, targets and outcome widths, cell padding and the scrollbar gutter."""


PAGE = 60
"""Rows added to the table at a time; more come as the cursor nears the end."""


class SessionsScreen(Screen[None]):
    """Every saved session, newest first; type to filter by prompt, target, date or id."""

    BINDINGS = [
        Binding("escape", "close", "Back", id="sessions.close"),
        # priority: the table's and the search box's own enter would hide this one
        Binding("enter", "open", "Open", id="sessions.open", priority=True),
        # the search box has the focus (typing searches), so the row keys work from it too
        Binding("up", "cursor(-1)", "Up", show=False, id="sessions.up"),
        Binding("down", "cursor(1)", "Down", show=False, id="sessions.down"),
        Binding("pageup", "cursor(-10)", "Page up", show=False, id="sessions.page_up"),
        Binding("pagedown", "cursor(10)", "Page down", show=False, id="sessions.page_down"),
        Binding("ctrl+r,R", "rerun", "Re-run", id="sessions.rerun"),
        Binding("ctrl+e", "export", "Export", id="sessions.export", priority=True),
        # priority: the search box (which has the focus) takes ctrl+d for itself otherwise
        Binding("ctrl+d", "delete", "Delete", id="sessions.delete", priority=True),
        Binding("delete", "delete", "Delete", show=False, id="sessions.delete_key"),
        Binding("f8", "summary", "Summary", id="sessions.summary"),
        Binding("slash,ctrl+f", "search", "Search", show=False, id="sessions.search"),
        # priority: the search box has the focus
        Binding("ctrl+l", "suite_results", "Suite results", id="sessions.suite_results",
                priority=True),
        Binding("ctrl+g", "diagnoses", "Diagnoses", id="sessions.diagnoses", priority=True),
    ]

    class ListLoaded(Message):
        """Every file has been read (tests wait for it)."""

        def __init__(self, count: int, problems: list[str], seconds: float) -> None:
            super().__init__()
            self.count = count
            self.problems = problems
            self.seconds = seconds

    Exported = SessionExported

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
        self._index: Any = None
        self._progress_line = ""
        self.total = 0
        self.all_count = 0
        self.query_seconds: float | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="sessions-top"):
            yield Static(Text("Saved sessions", style="bold"), id="sessions-title")
            yield Input(placeholder="type to search prompts, answers, targets, ids, dates "
                                    "(2026-11), findings (glued_words), checks (words_failed)",
                        id="sessions-search", select_on_focus=False)
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
        self.query_one("#sessions-search", Input).focus()
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
        """Sync the index with the folder (a first build says how far it got), then list."""
        from provtui.core.index import SessionIndex

        started = time.perf_counter()

        def progress(line: str) -> None:
            self.app.call_from_thread(self._progress, line)

        idx = SessionIndex(self._dir(), progress=progress)
        try:
            idx.open()
            problems = idx.sync()
        except Exception as exc:  # the index is a cache: say so, never leave the browser empty
            idx.close()
            self.app.call_from_thread(self._index_failed, f"{type(exc).__name__}: {exc}")
            return
        finally:
            pass
        self._index = idx
        elapsed = time.perf_counter() - started
        self.app.call_from_thread(self._listed, problems, elapsed, idx.persistent)

    def _progress(self, line: str) -> None:
        self._progress_line = line
        self._status()

    def _index_failed(self, why: str) -> None:
        self.listing = False
        self.problems.append(f"the sessions index could not be read ({why})")
        self._status()

    def _listed(self, problems: list[str], seconds: float, persistent: bool) -> None:
        self.problems = list(problems)
        if not persistent:
            self.problems.append("the data directory is read-only: listed without an index")
        self.listing = False
        self.load_seconds = seconds
        self._progress_line = ""
        self._query()
        self.post_message(self.ListLoaded(self.total, list(self.problems), seconds))

    def _query(self) -> None:
        """Ask the index for the first page of what the search matches (a few ms)."""
        if self._index is None:
            return
        started = time.perf_counter()
        items, total = self._index.query(search=self.query_text or None, limit=PAGE,
                                         with_outcome=True)
        if not self.query_text:
            self.all_count = total
        self.total = total
        self.entries = [self._entry(it) for it in items]
        self.query_seconds = time.perf_counter() - started
        self._fill_table()
        self._status()

    def _more(self) -> None:
        """The next page, when the cursor nears the last row shown."""
        if self._index is None or len(self.entries) >= self.total:
            return
        items, _ = self._index.query(search=self.query_text or None, limit=PAGE,
                                     offset=len(self.entries), with_outcome=True)
        new = [self._entry(it) for it in items]
        self.entries.extend(new)
        self._add_rows(new)
        self._status()

    @staticmethod
    def _entry(item: dict[str, Any]) -> dict[str, Any]:
        return {**item, "runs": item.get("outcome") or []}

    def _fill_table(self) -> None:
        table = self.query_one("#sessions-table", DataTable)
        keep = self.highlighted_entry()
        self._shown = self.entries
        table.clear()
        self._add_rows(self.entries)
        if keep is not None:
            for i, e in enumerate(self._shown):
                if e["path"] == keep["path"]:
                    table.move_cursor(row=i, animate=False)
                    break
        self._show_detail()

    def _add_rows(self, entries: list[dict[str, Any]]) -> None:
        table = self.query_one("#sessions-table", DataTable)
        # the prompt takes the width left by the fixed columns: no horizontal scrolling
        room = max(20, (table.size.width or self.app.size.width) - _FIXED_COLUMNS)
        for e in entries:
            targets = Text(", ".join(clean(t, 40) for t in e.get("targets") or []) or "—",
                           no_wrap=True, overflow="ellipsis")
            prompt = Text(clean(e.get("prompt") or "", room), no_wrap=True, overflow="ellipsis")
            with contextlib.suppress(Exception):  # a duplicate path: shown once
                table.add_row(Text(_created(e), style="dim"), targets, outcome_text(e), prompt,
                              key=e["path"])

    def _status(self) -> None:
        status = Text(no_wrap=True, overflow="ellipsis")
        if self.listing:
            status.append(self._progress_line or "reading the sessions index…", style="italic")
        else:
            n = self.all_count
            status.append(f"{n} session{'s' if n != 1 else ''}")
            if self.query_text:
                status.append(f", {self.total} match {self.query_text!r}")
            if len(self.entries) < self.total:
                status.append(f" (first {len(self.entries)} shown; more load as you scroll)",
                              style="dim")
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
        table = self.query_one("#sessions-table", DataTable)
        if entry is not None and table.cursor_row >= len(self._shown) - 20:
            self._more()
        detail = Text()
        if entry is None:
            detail.append("No saved sessions yet: every prompt sent in provtui is saved here."
                          if not self.all_count else "Nothing matches the search.",
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
        if not self.listing:
            self._query()

    @on(Input.Submitted, "#sessions-search")
    def _search_done(self) -> None:
        self.query_one("#sessions-table", DataTable).focus()

    def on_key(self, event: events.Key) -> None:
        """Typing searches wherever the focus is: a printable key that reaches the screen
        (not a table command) goes to the search box."""
        search = self.query_one("#sessions-search", Input)
        if (self.focused is not search and event.is_printable and event.character
                and event.character not in " /"):
            search.focus()
            search.insert_text_at_cursor(event.character)
            event.stop()
            event.prevent_default()

    def action_search(self) -> None:
        self.query_one("#sessions-search", Input).focus()

    def action_close(self) -> None:
        search = self.query_one("#sessions-search", Input)
        if search.value:  # escape clears the search first, then goes back
            search.value = ""
            return
        if self.app.screen is self:
            self.dismiss(None)

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#sessions-table", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)),
                              animate=False)

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

    def action_diagnoses(self) -> None:
        from provtui.ui.screens.diagnose import choose_diagnosis

        choose_diagnosis(self.app)

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
        if self._index is not None:
            await asyncio.to_thread(self._index.sync)
        self._query()
        self.notify(escape_markup(out.getvalue().strip()), title="deleted", timeout=5)


