"""The repeats-and-statistics view of one session: a table per target, bar charts with
intervals (pass rate with its Wilson interval, time to first token, tokens/s) and the verdicts
between targets ("likely different" / "could be noise" / "not enough data").

Every number comes from ``provtui.core.stats.session_summary``, the same function behind the
headless summary and the exports, so the TUI never disagrees with ``provtui run``.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from provtui.core.stats import COULD_BE_NOISE, LIKELY_DIFFERENT, NOT_ENOUGH_DATA, session_summary
from provtui.core.summary_text import (
    COLUMNS,
    LABEL_WIDTH,
    NUMERIC_COLUMNS,
    _rows,
    _verdict_groups,
    clean as _one_line,
)
from provtui.ui.safe import mask_secrets
from provtui.ui.widgets.charts import Bar, IntervalChart


def clean(text: object, limit: int | None = None) -> str:
    """One printable line with key values masked (before shortening)."""
    return _one_line(mask_secrets(str(text)), limit)


__all__ = ["SummaryScreen", "summary_bars"]


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def _secs(x: float) -> str:
    return f"{x * 1000:.0f}ms" if x < 1 else f"{x:.2f}s"


def summary_bars(summary: list[dict[str, Any]]) -> dict[str, list[Bar]]:
    """The three charts' bars from ``summarize()`` rows.  Pass rate: bar = rate, interval =
    Wilson 95%.  Latency and throughput: bar = median of the ok runs, interval = their range
    (min to max), since a handful of runs gives no honest interval for a median."""
    charts: dict[str, list[Bar]] = {"pass": [], "ttft": [], "tps": []}
    for s in summary:
        target = str(s.get("target"))
        if s.get("pass_rate") is None:
            charts["pass"].append(Bar(target, None, text="no checks"))
        else:
            lo, hi = s["pass_rate_ci"]
            charts["pass"].append(Bar(target, s["pass_rate"], lo, hi,
                                      text=f"{s['passes']}/{s['judged']} {_pct(s['pass_rate'])}",
                                      interval_text=f"{_pct(lo)}–{_pct(hi)}"))
        for key, name, fmt in (("ttft", "ttft_s", _secs), ("tps", "tokens_per_s",
                                                          lambda v: f"{v:.1f}")):
            d = s.get(name)
            if not d:
                charts[key].append(Bar(target, None, text="no ok runs"))
                continue
            n = d.get("n", 0)
            charts[key].append(Bar(target, d["p50"], d["min"], d["max"],
                                   text=f"median {fmt(d['p50'])} (n={n})",
                                   interval_text=f"{fmt(d['min'])}–{fmt(d['max'])}"))
    return charts


class SummaryScreen(Screen[None]):
    """Opened with f8 / "session: summary" on the current session, or from a saved one."""

    BINDINGS = [
        Binding("escape,q", "close", "Back", id="summary.close"),
    ]

    def __init__(self, session: dict[str, Any], *, title: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.result = session_summary(session)
        self.heading = title

    def compose(self) -> ComposeResult:
        summary, comparisons = self.result["summary"], self.result["comparisons"]
        with VerticalScroll(id="summary-body"):
            yield Static(self._title(), id="summary-title")
            if not summary:
                yield Static(Text("No runs in this session, nothing to summarise.",
                                  style="dim"), id="summary-empty")
            else:
                yield DataTable(id="summary-table", cursor_type="row", zebra_stripes=True,
                                show_cursor=False)
                charts = summary_bars(summary)
                with Horizontal(id="summary-charts"):
                    yield IntervalChart("pass rate · bar = rate, ├─┤ = 95% Wilson interval",
                                        charts["pass"], scale=1.0, colour=self._rate_colour,
                                        id="chart-pass")
                    yield IntervalChart("time to first token · median, ├─┤ = min–max",
                                        charts["ttft"], id="chart-ttft")
                    yield IntervalChart("tokens/s · median, ├─┤ = min–max", charts["tps"],
                                        id="chart-tps")
                yield Static(self._verdicts(comparisons), id="summary-verdicts")
        yield Footer()

    def on_mount(self) -> None:
        summary = self.result["summary"]
        if not summary:
            return
        table = self.query_one("#summary-table", DataTable)
        for name in COLUMNS:
            table.add_column(Text(name, justify="right" if name in NUMERIC_COLUMNS else "left"),
                             key=name)
        for s, row in zip(summary, _rows(summary)):
            cells = []
            for name in COLUMNS:
                style = ""
                if name == "target":
                    style = "bold"
                elif name == "ok/runs" and s["ok"] < s["runs"]:
                    style = "red"
                elif name == "interval":
                    style = self._rate_colour_of(s.get("pass_rate"))
                cells.append(Text(row[name], style=style,
                                  justify="right" if name in NUMERIC_COLUMNS else "left"))
            table.add_row(*cells, key=str(s["target"]))

    def _title(self) -> Text:
        s = self.session
        title = Text()
        title.append(self.heading or "Repeats and statistics", style="bold")
        prompt = clean(s.get("prompt") or "", 90)
        if prompt:
            title.append("  ")
            title.append(prompt, style="italic")
        runs = len(s.get("runs") or [])
        targets = len(self.result["summary"])
        title.append(f"\nsession {clean(s.get('id') or '?', 40)} · {runs} run"
                     f"{'s' if runs != 1 else ''} over {targets} target"
                     f"{'s' if targets != 1 else ''}", style="dim")
        if s.get("recovered"):
            title.append(" · recovered from a journal", style="bold yellow")
        return title

    def _rate_colour_of(self, rate: float | None) -> str:
        if rate is None:
            return "dim"
        theme = self.app.current_theme
        return (theme.success if rate >= 0.8 else theme.warning if rate >= 0.5
                else theme.error) or ""

    def _rate_colour(self, bar: Bar) -> str:
        return self._rate_colour_of(bar.value)

    def _verdicts(self, comparisons: list[dict[str, Any]]) -> Text:
        out = Text()
        out.append("Verdicts between targets", style="bold")
        out.append("  (p < 0.05; no correction for many pairs)\n", style="dim")
        groups = _verdict_groups(comparisons)
        if not comparisons:
            out.append("One target: nothing to compare.", style="dim")
            return out
        if isinstance(groups, str):
            out.append(groups, style="dim")
            return out
        styles = {LIKELY_DIFFERENT: f"bold {self.app.current_theme.accent or 'magenta'}",
                  COULD_BE_NOISE: "", NOT_ENOUGH_DATA: "dim"}
        width = max(len(v) for v in styles)
        for i, (pair, verdicts) in enumerate(groups):
            if i:
                out.append("\n")
            out.append(pair + "\n", style="bold")
            for label, verdict, detail in verdicts:
                out.append("  " + label.ljust(LABEL_WIDTH) + "  ")
                out.append(verdict.ljust(width), style=styles.get(verdict, ""))
                out.append("  " + detail + "\n", style="dim")
        return out

    def action_close(self) -> None:
        self.dismiss(None)
