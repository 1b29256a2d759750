"""The study's table from a suite result: one row per category (earned/points per target,
``ERR (kind)`` where every run failed), a total row, then time and cost rows.  Plain text,
Markdown and CSV; no rich.  Names come from suite files and configs: cleaned of control
and escape sequences (provtui.core.summary_text.clean) and escaped for Markdown."""

from __future__ import annotations

import csv
import io
from collections import Counter

from provtui.core.summary_text import cell_width, clean

__all__ = ["study_rows", "format_plain", "format_markdown", "format_csv", "comparison_lines"]


def _n(x: float | None, digits: int = 2) -> str:
    if x is None:
        return "-"
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _cell_text(cells: list[dict], earned: float, points: float) -> str:
    done = [c for c in cells if c.get("status") in ("ok", "error")]
    pending = len(cells) - len(done)
    if not done:
        return "pending" if cells else "-"
    by_case: dict[str, list[dict]] = {}
    for c in done:
        by_case.setdefault(c.get("case"), []).append(c)
    failed_cases = [k for k, v in by_case.items() if all(c.get("status") == "error" for c in v)]
    if len(failed_cases) == len(by_case):
        kinds = Counter(c.get("error_kind") or "error" for c in done)
        return f"ERR ({kinds.most_common(1)[0][0]})"
    text = f"{_n(earned)}/{_n(points)}"
    notes = []
    if failed_cases:
        notes.append(f"{len(failed_cases)} ERR")
    if pending:
        notes.append(f"{pending} pending")
    return text + (f" ({', '.join(notes)})" if notes else "")


def study_rows(result: dict) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of the study's table, every field plain text."""
    targets = [str(t) for t in result.get("targets") or []]
    cases = [c for c in result.get("cases") or [] if isinstance(c, dict)]
    cats: dict[str, list[str]] = {}
    for c in cases:
        cats.setdefault(str(c.get("category")), []).append(c.get("id"))
    cat_of = {c.get("id"): str(c.get("category")) for c in cases}
    cells_by: dict[tuple[str, str], list[dict]] = {}  # (target, category or "all") -> cells
    for c in result.get("cells") or []:
        if isinstance(c, dict) and c.get("case") in cat_of:
            t = c.get("target")
            cells_by.setdefault((t, cat_of[c["case"]]), []).append(c)
            cells_by.setdefault((t, "all"), []).append(c)
    summary = result.get("summary") or {}
    header = ["category", *(clean(t) for t in targets)]
    rows: list[list[str]] = []
    groups = [*cats, "all"] if len(cats) > 1 else list(cats)
    for cat in groups:
        s0 = (summary.get(targets[0]) or {}).get(cat) or {} if targets else {}
        label = f"{clean(cat)} (/{_n(s0.get('points'))})" if s0 else clean(cat)
        row = [label]
        for t in targets:
            s = (summary.get(t) or {}).get(cat) or {}
            tcells = cells_by.get((t, cat), [])
            row.append(_cell_text(tcells, s.get("earned") or 0.0, s.get("points") or 0.0))
        rows.append(row)
    alls = [(summary.get(t) or {}).get("all") or {} for t in targets]
    rows.append(["pass rate [95% CI]", *(
        f"{round(a['pass_rate'] * 100)}% [{round(a['pass_rate_ci'][0] * 100)}-"
        f"{round(a['pass_rate_ci'][1] * 100)}]" if a.get("pass_rate") is not None else "-"
        for a in alls)])
    if int(result.get("repeat") or 1) > 1:
        rows.append([f"pass@{result['repeat']} / pass^{result['repeat']}", *(
            f"{_n((a.get('pass_at_k') or {}).get('value'))} / "
            f"{_n((a.get('pass_hat_k') or {}).get('value'))}" for a in alls)])
    rows.append(["time p50 (s)", *(_n((a.get("total_s") or {}).get("p50"), 2) for a in alls)])
    rows.append(["time sum (s)", *(_n((a.get("total_s") or {}).get("sum"), 1) for a in alls)])
    rows.append(["cost (USD)", *(
        ("$" + _n(a["cost_usd"], 4) + ("*" if a.get("cost_unknown_cells") else ""))
        if a.get("cost_usd") is not None else "unknown" for a in alls)])
    if any(a.get("judge_cost_usd") is not None for a in alls):
        rows.append(["judge cost (USD)", *(
            "$" + _n(a["judge_cost_usd"], 4) if a.get("judge_cost_usd") is not None else "-"
            for a in alls)])
    return header, rows


def format_plain(result: dict) -> str:
    header, rows = study_rows(result)
    table = [header, *rows]
    widths = [max(cell_width(r[i]) for r in table) for i in range(len(header))]

    def line(r: list[str]) -> str:
        parts = [r[0] + " " * (widths[0] - cell_width(r[0]))]
        parts += [" " * (widths[i] - cell_width(r[i])) + r[i] for i in range(1, len(r))]
        return "  ".join(parts).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace(
        "_", "\\_").replace("<", "&lt;").replace("`", "\\`")


def format_markdown(result: dict) -> str:
    header, rows = study_rows(result)
    suite = result.get("suite") or {}
    out = [f"# Suite {_md(clean(str(suite.get('name'))))} — result {_md(str(result.get('id')))}",
           "", f"Status: {result.get('status')}; created {result.get('created_at')}; suite "
           f"sha256 `{suite.get('sha256')}`", "",
           "| " + " | ".join(_md(h) for h in header) + " |",
           "|" + "|".join([":---"] + ["---:"] * (len(header) - 1)) + "|"]
    out += ["| " + " | ".join(_md(c) for c in r) + " |" for r in rows]
    lines = comparison_lines(result)
    if lines:
        out += ["", "## Paired comparisons", ""] + [f"- {_md(x)}" for x in lines]
    return "\n".join(out) + "\n"


def format_csv(result: dict) -> str:
    header, rows = study_rows(result)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        # a spreadsheet must not run a formula a suite or config name smuggled in
        w.writerow(["'" + c if c[:1] in ("=", "+", "-", "@") and not _numeric(c) else c
                    for c in r])
    return buf.getvalue()


def _numeric(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def comparison_lines(result: dict) -> list[str]:
    from provtui.suite.stats import MIN_DISCORDANT

    out = []
    n = len([c for c in result.get("cases") or [] if isinstance(c, dict)])
    if len(result.get("targets") or []) > 1 and n:
        out.append(f"smallest difference this suite can detect: {MIN_DISCORDANT} of {n} cases "
                   f"({min(1.0, MIN_DISCORDANT / n):.0%}); McNemar's exact test needs at least "
                   f"{MIN_DISCORDANT} cases that only one target passes to reach p < 0.05"
                   + (" (more cases than this suite has)" if MIN_DISCORDANT > n else ""))
    for c in result.get("comparisons") or []:
        if not isinstance(c, dict) or c.get("category") != "all":
            continue
        fav = f", favours {clean(str(c['favours']))}" if c.get("favours") else ""
        out.append(f"{clean(str(c.get('a')))} vs {clean(str(c.get('b')))}: {c.get('verdict')}"
                   f"{fav} ({clean(str(c.get('detail')))}; {c.get('method')})")
    return out
