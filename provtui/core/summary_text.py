"""The repeats-and-statistics summary as text: Markdown and aligned plain text, plus the
cell formatting shared with the rich table in provtui.report.

Pure Python (no rich), so the session exports and `sessions show` in the core can use it.
Target names, tool names and details are provider- or user-controlled text: they are cleaned
of escape sequences, control and bidi characters, and escaped for Markdown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# provtui.core.stats (statistics, fractions, decimal) is imported by the functions that
# compare runs, not here: ``provtui run`` of one target cleans text with ``clean`` and never
# compares anything.

__all__ = [
    "clean",
    "interval_bar",
    "abbreviate_chain",
    "cell_width",
    "summary_markdown",
    "summary_plain",
]


def cell_width(text: str) -> int:
    """Terminal cells: wide East Asian characters take two, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


BAR_WIDTH = 12
METRIC_LABELS = {"pass_rate": "pass rate", "ttft_s": "time to first token",
                 "tokens_per_s": "tokens/s"}
COLUMNS = ("target", "ok/runs", "pass rate", "interval", "ttft p50/p90", "tok/s", "tool chain")
NUMERIC_COLUMNS = frozenset({"ok/runs", "ttft p50/p90", "tok/s"})

# ESC-introduced sequences (CSI, OSC, two-byte) are removed whole, so no stray "[31m" is left.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (or unterminated)
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
# Bidirectional overrides and isolates can make a name display as something it is not.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
# every character clean() may change (Cc is exactly C0, DEL and C1): text without any of them
# is returned as it is, without the per-character walk (listing 10,000 prompts stays fast)
_NEEDS_CLEANING = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(_BIDI_CONTROLS)) + "]")


def clean(text: object, limit: int | None = None, *, multiline: bool = False) -> str:
    """``text`` as one printable line: escape sequences, control and bidi characters removed.

    Newlines and tabs become spaces (a target name must not break the table).  ``limit``
    shortens to that many characters with an ellipsis.  ``multiline``: a block of text for a
    file (an export): newlines and tabs are kept, a carriage return becomes a newline (a bare
    CR would let a later line hide an earlier one when the file is printed).
    """
    s = str(text)
    if not _NEEDS_CLEANING.search(s):
        return s if limit is None or len(s) <= limit else s[: max(0, limit - 1)] + "…"
    s = _ESCAPE_SEQUENCE.sub("", s)
    if multiline:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in s:
        if multiline and ch in "\n\t":
            out.append(ch)
        elif ch in "\n\r\t\v\f":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS:
            continue
        else:
            out.append(ch)
    s = "".join(out)
    if limit is not None and len(s) > limit:
        s = s[: max(0, limit - 1)] + "…"
    return s


def interval_bar(rate: float | None, ci: Sequence[float] | None, width: int = BAR_WIDTH) -> str:
    """A forest-plot cell: ``·`` track, ``━`` over the 95% interval, ``●`` at the pass rate.

    Bars stacked in a table make overlap between targets visible at a glance, which is the
    question a reader has ("are these two really different?").
    """
    if rate is None or not ci:
        return ""

    def cell(x: float) -> int:
        return min(width - 1, max(0, int(x * width)))

    lo, hi = cell(ci[0]), cell(ci[1])
    mark = cell(rate)
    return "".join("●" if i == mark else "━" if lo <= i <= hi else "·" for i in range(width))


def abbreviate_chain(chain: Sequence[str], max_steps: int = 4) -> str:
    """``list_vehicles→get_battery×3→…→plan_route``: repeats folded, long chains elided."""
    if not chain:
        return "no tools"
    folded: list[list] = []
    for name in chain:
        name = clean(name, 24)
        if folded and folded[-1][0] == name:
            folded[-1][1] += 1
        else:
            folded.append([name, 1])
    steps = [f"{n}×{k}" if k > 1 else n for n, k in folded]
    if len(steps) > max_steps:
        steps = steps[: max_steps - 2] + ["…", steps[-1]]
    return "→".join(steps)


def _fmt_seconds(d: dict | None) -> str:
    if not d:
        return "—"
    def one(v: float) -> str:
        return f"{v:.0f}" if v >= 100 else f"{v:.2f}"
    return f"{one(d['p50'])}/{one(d['p90'])} s"


def _fmt_rate(d: dict | None) -> str:
    return "—" if not d else f"{d['p50']:.1f}"


def _pass_cells(s: dict) -> tuple[str, str]:
    if s["pass_rate"] is None:
        return "no checks", ""
    lo, hi = s["pass_rate_ci"]
    text = (f"{s['passes']}/{s['judged']} {round(s['pass_rate'] * 100)}% "
            f"[{round(lo * 100)}–{round(hi * 100)}%]")
    return text, interval_bar(s["pass_rate"], s["pass_rate_ci"])


def _chain_cell(s: dict) -> str:
    chains = s["tool_chains"]
    if not chains:
        return "—"
    top = chains[0]
    total = sum(c["count"] for c in chains)
    # The count goes first so it survives when a narrow terminal cuts the chain short.
    prefix = "" if total <= 1 else f"{top['count']}/{total} "
    return prefix + abbreviate_chain(top["chain"])


def _rows(summary: list[dict]) -> list[dict[str, str]]:
    rows = []
    for s in summary:
        pass_text, bar = _pass_cells(s)
        rows.append({
            "target": clean(s["target"], 48),
            "ok/runs": f"{s['ok']}/{s['runs']}",
            "pass rate": pass_text,
            "interval": bar,
            "ttft p50/p90": _fmt_seconds(s["ttft_s"]),
            "tok/s": _fmt_rate(s["tokens_per_s"]),
            "tool chain": _chain_cell(s),
        })
    return rows


Verdict = tuple[str, str, str]  # (metric label, verdict, detail), cleaned
LABEL_WIDTH = max(len(v) for v in METRIC_LABELS.values())


def _verdict_groups(comparisons: list[dict]) -> list[tuple[str, list[Verdict]]] | str:
    """Verdicts grouped by pair ("A vs B", [(metric, verdict, detail), ...]) in order, or one
    sentence when no pair has enough data for any verdict (e.g. a single run per target)."""
    from provtui.core.stats import NOT_ENOUGH_DATA

    if comparisons and all(c["verdict"] == NOT_ENOUGH_DATA for c in comparisons):
        return "No verdicts yet: " + clean(comparisons[0]["detail"]) + "."
    groups: dict[tuple[str, str], list[Verdict]] = {}
    for c in comparisons:
        detail = clean(c["detail"])
        if c.get("favours"):
            detail = f"favours {clean(c['favours'], 48)}; {detail}"
        label = METRIC_LABELS.get(c["metric"], clean(c["metric"]))
        groups.setdefault((c["a"], c["b"]), []).append((label, c["verdict"], detail))
    return [(f"{clean(a, 48)} vs {clean(b, 48)}", v) for (a, b), v in groups.items()]


_MD_SPECIAL = {c: "\\" + c for c in "\\`*_[]|~!#"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def _md(text: str) -> str:
    """Escape cleaned text for a Markdown table cell or list item (no links, HTML or emphasis)."""
    return "".join(_MD_SPECIAL.get(ch, ch) for ch in text)


def summary_markdown(session: dict) -> str:
    """A Markdown table (one row per target) followed by the verdicts as a list."""
    from provtui.core.stats import LIKELY_DIFFERENT, session_summary

    result = session_summary(session)
    summary, comparisons = result["summary"], result["comparisons"]
    if not summary:
        return "_No runs in this session._\n"
    out = ["| " + " | ".join(COLUMNS) + " |",
           "|" + "|".join("---:" if c in NUMERIC_COLUMNS else "---" for c in COLUMNS) + "|"]
    for row in _rows(summary):
        cells = [f"`{row[c]}`" if c == "interval" and row[c] else _md(row[c]) for c in COLUMNS]
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    groups = _verdict_groups(comparisons)
    if isinstance(groups, str):
        out.append(_md(groups))
    else:
        for pair, verdicts in groups:
            out.append(f"- {_md(pair)}")
            for label, verdict, detail in verdicts:
                v = f"**{verdict}**" if verdict == LIKELY_DIFFERENT else verdict
                out.append(f"  - {label}: {v} ({_md(detail)})")
    return "\n".join(out) + "\n"


def summary_plain(session: dict) -> str:
    """The same table and verdicts as aligned plain text (no colour, no box drawing)."""
    from provtui.core.stats import (
        COULD_BE_NOISE,
        LIKELY_DIFFERENT,
        NOT_ENOUGH_DATA,
        session_summary,
    )

    result = session_summary(session)
    summary, comparisons = result["summary"], result["comparisons"]
    if not summary:
        return "No runs in this session, nothing to summarise.\n"
    rows = [dict(zip(COLUMNS, COLUMNS))] + _rows(summary)
    widths = {c: max(cell_width(r[c]) for r in rows) for c in COLUMNS}
    def pad(c: str, v: str) -> str:
        gap = " " * (widths[c] - cell_width(v))
        return gap + v if c in NUMERIC_COLUMNS else v + gap

    out = ["  ".join(pad(c, r[c]) for c in COLUMNS).rstrip() for r in rows]
    out.insert(1, "  ".join("-" * widths[c] for c in COLUMNS))
    out.append("")
    groups = _verdict_groups(comparisons)
    if isinstance(groups, str):
        out.append(groups)
    else:
        verdict_width = max(len(v) for v in (LIKELY_DIFFERENT, COULD_BE_NOISE, NOT_ENOUGH_DATA))
        for pair, verdicts in groups:
            out.append(pair)
            out.extend(f"  {label.ljust(LABEL_WIDTH)}  {verdict.ljust(verdict_width)}  {detail}"
                       for label, verdict, detail in verdicts)
    return "\n".join(out) + "\n"


def run_status(run: dict) -> str:
    """A run's status as people read it: ``ok``, ``truncated`` (it ended with finish reason
    ``length``: cut by max_tokens, not finished), ``error``, ``cancelled``."""
    status = str(run.get("status") or "?")
    turns = [t for t in run.get("turns") or [] if isinstance(t, dict)]
    if status == "ok" and turns and turns[-1].get("finish_reason") == "length":
        return "truncated"
    return status
