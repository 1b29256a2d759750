"""Suite progress on stderr, for `provtui suite run` and the demo (the engine never imports
this module; it lives under ui/ because it draws with rich).

A terminal gets a live progress bar over the growing study table (rich, imported lazily);
anything else gets one plain line per finished cell.  Names and error messages are provider-
or user-controlled: cleaned (core/summary_text.clean) and, for rich, never parsed as markup.
"""

from __future__ import annotations

from typing import Any, TextIO

from provtui.core.summary_text import clean
from provtui.suite.events import CellFinished, SuiteFinished, SuiteStarted


def _cell_line(cell: dict, done: int, total: int) -> str:
    status = cell.get("status")
    mark = {"ok": "ok", "error": "ERR", "cancelled": "cancelled"}.get(status, str(status))
    name = clean(str(cell.get("target")))
    if cell.get("repeat_index"):
        name += f" #{cell['repeat_index'] + 1}"
    if status == "ok":
        what = f"{cell.get('earned', 0):g}/{cell.get('points'):g}"
    else:
        what = str(cell.get("error_kind") or "")
        message = cell.get("error_message")
        if message:  # provider text: keys it quotes back are scrubbed, escapes removed
            from provtui.core.redaction import known_secrets, redact_text

            what += ": " + clean(redact_text(str(message), known_secrets(())))[:200]
    t = cell.get("total_s")
    took = f"  {t:.1f}s" if isinstance(t, (int, float)) else ""
    width = len(str(total))
    return (f"  [{done:>{width}}/{total}] {mark:<3} {clean(str(cell.get('case')))} x {name}: "
            f"{what}{took}")


class PlainProgress:
    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.total = 0
        self.done = 0

    def apply(self, event: Any) -> None:
        if isinstance(event, SuiteStarted):
            cells = event.result.get("cells") or []
            self.total = len(cells)
            self.done = sum(1 for c in cells if c.get("status") in ("ok", "error"))
        elif isinstance(event, CellFinished):
            if event.cell.get("status") in ("ok", "error"):
                self.done += 1
            self.err.write(_cell_line(event.cell, self.done, self.total) + "\n")
            self.err.flush()

    def close(self) -> None:
        pass


class LiveProgress:
    """rich Live: a bar and the table as it fills."""

    def __init__(self, err: TextIO) -> None:
        from rich.console import Console
        from rich.live import Live

        self.console = Console(file=err, highlight=False, markup=False)
        self.live = Live(console=self.console, refresh_per_second=4, transient=True)
        self.total = 0
        self.done = 0
        self.result: dict | None = None
        self.started = False

    def _render(self) -> Any:
        from rich.console import Group
        from rich.progress_bar import ProgressBar
        from rich.table import Table
        from rich.text import Text

        from provtui.suite.stats import summary
        from provtui.suite.table import study_rows

        assert self.result is not None
        self.result["summary"] = summary(self.result)
        header, rows = study_rows(self.result)
        table = Table(show_edge=False, pad_edge=False)
        for i, h in enumerate(header):
            table.add_column(Text(h), justify="left" if i == 0 else "right")
        for r in rows:
            table.add_row(*(Text(c) for c in r))
        bar = ProgressBar(total=max(self.total, 1), completed=self.done, width=40)
        line = Text(f" {self.done}/{self.total} cells")
        return Group(bar, line, table)

    def apply(self, event: Any) -> None:
        if isinstance(event, SuiteStarted):
            self.result = event.result
            cells = event.result.get("cells") or []
            self.total = len(cells)
            self.done = sum(1 for c in cells if c.get("status") in ("ok", "error"))
            self.live.start()
            self.started = True
            self.live.update(self._render(), refresh=True)
        elif isinstance(event, CellFinished) and self.result is not None:
            if event.cell.get("status") in ("ok", "error"):
                self.done += 1
            self.live.update(self._render())
        elif isinstance(event, SuiteFinished):
            self.close()

    def close(self) -> None:
        if self.started:
            self.started = False
            self.live.stop()


def make_progress(err: TextIO) -> Any:
    try:
        tty = err.isatty()
    except (AttributeError, ValueError):
        tty = False
    return LiveProgress(err) if tty else PlainProgress(err)
