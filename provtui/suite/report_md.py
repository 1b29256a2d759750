"""The suite result in Markdown: the study's table, then a compact section per case (one line
per target: score, checks that failed with their detail, error, time).  Provider-controlled
text is cleaned and escaped for Markdown table cells (provtui.suite.table does the table)."""

from __future__ import annotations

from typing import Any

from provtui.core.session import known_secrets, redact_text
from provtui.core.summary_text import clean
from provtui.suite.report_data import cells_by, fmt_num
from provtui.suite.table import format_markdown

__all__ = ["render"]


def _md(text: Any) -> str:
    s = clean(str(text if text is not None else ""))
    for ch in "\\`*_[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return " ".join(s.split())


def _cell_line(cell: dict[str, Any]) -> str:
    st = cell.get("status")
    if st == "error":
        what = f"ERR ({_md(cell.get('error_kind') or 'error')})"
    elif st in ("pending", "cancelled"):
        what = str(st)
    else:
        mark = "✓" if (cell.get("score") or 0) >= 1 else "✗"
        what = f"{mark} {fmt_num(cell.get('earned'))}/{fmt_num(cell.get('points'))}"
    rep = f" #{int(cell['repeat_index']) + 1}" if cell.get("repeat_index") else ""
    bits = [f"- **{_md(cell.get('target'))}{rep}**: {what}"]
    failed = [c for c in cell.get("checks") or [] if isinstance(c, dict) and not c.get("passed")]
    for c in failed:
        detail = c.get("error") or c.get("detail") or ""
        bits.append(f"{_md(c.get('name'))}: {_md(detail)[:200]}")
    if isinstance(cell.get("total_s"), (int, float)):
        bits.append(f"{fmt_num(cell['total_s'])} s")
    return "; ".join(bits)


def render(result: dict[str, Any], sessions: dict | None = None) -> str:
    """``sessions`` is accepted for symmetry with the HTML report; the Markdown needs none."""
    out = [format_markdown(result).rstrip(), ""]
    by = cells_by(result)
    targets = [str(t) for t in result.get("targets") or []]
    category = None
    for case in result.get("cases") or []:
        if not isinstance(case, dict):
            continue
        if case.get("category") != category:
            category = case.get("category")
            out += [f"## {_md(category)}", ""]
        out.append(f"### {_md(case.get('id'))} ({fmt_num(case.get('points'))} points)")
        out.append("")
        for t in targets:
            out += [_cell_line(c) for c in by.get((str(case.get("id")), t), [])]
        out.append("")
    return redact_text("\n".join(out).rstrip() + "\n", known_secrets())
