"""The repeats-and-statistics summary of a session on a terminal (rich).

The text forms (Markdown, plain) and the cell formatting live in provtui.core.summary_text,
so the core can export summaries without rich.  Provider-controlled text goes into rich only
as :class:`rich.text.Text`, never parsed as markup.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from provtui.core.stats import COULD_BE_NOISE, LIKELY_DIFFERENT, NOT_ENOUGH_DATA, session_summary
from provtui.core.summary_text import (  # noqa: F401  (re-exported for callers of report)
    BAR_WIDTH,
    COLUMNS,
    LABEL_WIDTH,
    NUMERIC_COLUMNS,
    _rows,
    _verdict_groups,
    abbreviate_chain,
    cell_width as cell_len,
    clean,
    interval_bar,
    summary_markdown,
    summary_plain,
)

__all__ = ["clean", "interval_bar", "abbreviate_chain", "render_summary", "summary_markdown",
           "summary_plain"]


def _rate_style(rate: float | None) -> str:
    if rate is None:
        return ""
    return "green" if rate >= 0.8 else "yellow" if rate >= 0.5 else "red"


def render_summary(session: dict, console: Console) -> None:
    """Print the per-target table and the pairwise verdicts of ``session`` on ``console``."""
    result = session_summary(session)
    summary, comparisons = result["summary"], result["comparisons"]
    if not summary:
        console.print(Text("No runs in this session, nothing to summarise.", style="dim"))
        return
    rows = _rows(summary)
    # Numbers, rates and bars never shrink (a cut "8/8 100% [68–1…" is worse than useless);
    # the target and the tool chain absorb a narrow terminal, and when even that is not
    # enough the chain leaves the table for lines of its own.  Widths are set here rather
    # than left to rich's collapse, which crops no-wrap columns from the right.
    natural = {c: max(cell_len(c), *(cell_len(r[c]) for r in rows)) for c in COLUMNS}
    fixed_total = sum(w for c, w in natural.items() if c not in ("target", "tool chain"))
    # Between two columns: one cell of padding each side and SIMPLE_HEAD's blank divider.
    gap = 3
    available = console.width - fixed_total - gap * (len(COLUMNS) - 1)
    target_w = min(natural["target"], 32, max(8, available - 16))
    chain_w = min(natural["tool chain"], 64, available - target_w)
    chain_in_table = chain_w >= 16
    if not chain_in_table:
        target_w = min(natural["target"], 32, max(8, available + gap))
    widths = natural | {"target": target_w, "tool chain": chain_w}
    columns = [c for c in COLUMNS if chain_in_table or c != "tool chain"]
    table = Table(title=Text("Repeats and statistics"), box=box.SIMPLE_HEAD,
                  title_justify="left", pad_edge=False, show_edge=False)
    for name in columns:
        table.add_column(Text(name), justify="right" if name in NUMERIC_COLUMNS else "left",
                         no_wrap=True, overflow="ellipsis", width=widths[name])
    styles_for = {
        "target": lambda s: "bold",
        "ok/runs": lambda s: "red" if s["ok"] < s["runs"] else "",
        "pass rate": lambda s: "dim" if s["pass_rate"] is None else "",
        "interval": lambda s: _rate_style(s["pass_rate"]),
        "tool chain": lambda s: "cyan",
    }
    for s, row in zip(summary, rows):
        table.add_row(*(Text(row[c], style=styles_for.get(c, lambda s: "")(s)) for c in columns))
    console.print(table)
    if not chain_in_table:
        for row in rows:
            line = Text.assemble(("tool chain ", "dim"), (row["target"], "bold"), ": ",
                                 (row["tool chain"], "cyan"))
            console.print(line, overflow="ellipsis", no_wrap=True)
    console.print()
    groups = _verdict_groups(comparisons)
    if isinstance(groups, str):
        console.print(Text(groups, style="dim"))
        return
    styles = {LIKELY_DIFFERENT: "bold magenta", COULD_BE_NOISE: "", NOT_ENOUGH_DATA: "dim"}
    verdict_width = max(len(v) for v in styles)
    for pair, verdicts in groups:
        console.print(Text(pair, style="bold"))
        for label, verdict, detail in verdicts:
            console.print(Text.assemble(
                "  ", label.ljust(LABEL_WIDTH), "  ",
                (verdict.ljust(verdict_width), styles.get(verdict, "")),
                "  ", (detail, "dim"),
            ))


