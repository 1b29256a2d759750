"""The suite result as one self-contained HTML file: the study's table at the top, charts as
inline SVG, then a detail panel per case and target (the answer, the tool chain, every check
with its detail and judge reasons, errors, timing and cost).

No script, no stylesheet or font from anywhere: the file opens offline.  Provider text is
untrusted and escaped exactly as in the session export (provtui.core.export: its escaping,
its SVG helpers and its style sheet are reused, not copied); keys in the environment are
scrubbed from the whole page.
"""

from __future__ import annotations

import json
from typing import Any

from provtui.core.export import (
    _CSS,
    _e,
    _svg_bars,
    _svg_tool_chain,
    _writable,
    tool_chain_text,
)
from provtui.core.session import known_secrets, redact_text
from provtui.suite.report_data import (
    case_prompt,
    cells_by,
    fmt_num,
    load_sessions,
    run_of,
    target_totals,
)
from provtui.suite.table import comparison_lines, study_rows

__all__ = ["render"]

_EXTRA_CSS = """
.matrix td.n{white-space:nowrap}.matrix tr.total td{font-weight:600}
.cells{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.8rem}
.cell{border:1px solid var(--line);border-radius:8px;padding:.6rem;min-width:0}
.case{border-top:1px solid var(--line);margin-top:1rem;padding-top:.4rem}
.score{font-weight:600}.badge{display:inline-block;border-radius:4px;padding:0 .35rem;
border:1px solid var(--line);font-size:.8rem;margin-left:.3rem}
.chain{overflow-x:auto;padding-bottom:.2rem}.chain svg{max-width:none}
.diag{background:var(--box);border:1px solid var(--line);border-radius:6px;padding:.5rem}
"""


def _points(p: Any) -> str:
    return f"{fmt_num(p)} point" + ("" if p == 1 else "s")


def _score_html(cell: dict[str, Any]) -> str:
    st = cell.get("status")
    if st == "error":
        return f'<span class="st-error">ERR ({_e(cell.get("error_kind") or "error")})</span>'
    if st in ("pending", "cancelled"):
        return f'<span class="st-cancelled">{_e(st)}</span>'
    ok = (cell.get("score") or 0) >= 1
    mark = "✓" if ok else "✗"
    return (f'<span class="score {"st-ok" if ok else "st-error"}">{mark} '
            f'{_e(fmt_num(cell.get("earned")))}/{_e(fmt_num(cell.get("points")))}</span>')


def _table(result: dict[str, Any]) -> str:
    header, rows = study_rows(result)
    out = ['<table class="matrix"><tr>' + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>"]
    for row in rows:
        cls = ' class="total"' if row[0].startswith("all") else ""
        out.append(f"<tr{cls}><td>{_e(row[0])}</td>"
                   + "".join(f"<td class=n>{_e(v)}</td>" for v in row[1:]) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _diagnosis(targets: list[str]) -> str:
    try:
        from provtui.diagnose.store import latest_diagnosis  # type: ignore[import-not-found]
    except ImportError:
        return ""
    try:
        diag = latest_diagnosis(targets)
    except Exception:  # noqa: BLE001 - a damaged diagnosis must not cost the report
        return ""
    if not diag:
        return ""
    body = json.dumps(diag.get("findings") or diag.get("checks") or diag, ensure_ascii=False,
                      indent=1, default=str)
    return (f'<h2>Latest diagnosis of these targets</h2><div class="diag"><p class="muted">'
            f'{_e(diag.get("id"))} · {_e(diag.get("created_at"))}</p>'
            f"<details><summary>details</summary><pre>{_e(body[:20000])}</pre></details></div>")


def _check_items(cell: dict[str, Any]) -> str:
    checks = [c for c in cell.get("checks") or [] if isinstance(c, dict)]
    if not checks:
        return '<p class="muted">no checks</p>'
    out = ["<ul>"]
    for c in checks:
        ok = c.get("passed") is True
        err = f' <span class="err">error: {_e(c.get("error"))}</span>' if c.get("error") else ""
        score = c.get("score")
        sc = (f" ({_e(fmt_num(score))})" if isinstance(score, (int, float)) and 0 < score < 1
              else "")
        out.append(f'<li class="{"st-ok" if ok else "st-error"}">{"✓" if ok else "✗"} '
                   f'<b>{_e(c.get("name"))}</b>{sc}: {_e(c.get("detail"))}{err}')
        reasons = [r for r in c.get("reasons") or [] if r]
        if reasons:
            out.append("<ul>" + "".join(
                f"<li>{_e(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False))}</li>"
                for r in reasons) + "</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _cell_panel(cell: dict[str, Any], run: dict[str, Any] | None) -> str:
    b = [f'<div class="cell"><h3>{_e(cell.get("target"))}'
         + (f' <span class="badge">repeat {int(cell["repeat_index"]) + 1}</span>'
            if cell.get("repeat_index") else "")
         + f" {_score_html(cell)}</h3>"]
    facts = []
    for label, key, unit in (("TTFT", "ttft_s", " s"), ("total", "total_s", " s"),
                             ("output tokens", "output_tokens", "")):
        if isinstance(cell.get(key), (int, float)):
            facts.append(f"{label} {_e(fmt_num(cell[key]))}{unit}")
    cost = cell.get("cost_usd")
    facts.append(f"cost ${_e(fmt_num(cost, 6))}" if isinstance(cost, (int, float))
                 else "cost unknown")
    b.append(f'<div class="muted">{" · ".join(facts)}</div>')
    if run is not None and isinstance(run.get("error"), dict):
        err = run["error"]
        code = f" (HTTP {_e(err['http_status'])})" if err.get("http_status") else ""
        b.append(f'<p class="err">{_e(err.get("kind"))}{code}: {_e(err.get("message"))}</p>')
    elif cell.get("status") == "error":
        b.append(f'<p class="err">{_e(cell.get("error_kind") or "error")}</p>')
    b.append(f"<h4>Checks</h4>{_check_items(cell)}")
    if run is None:
        b.append('<p class="muted">the session of this case is not on this machine: answer '
                 "and tool chain unavailable</p></div>")
        return "".join(b)
    if run.get("tool_calls"):
        # the chain keeps its size and scrolls sideways: shrunk to the panel it is unreadable
        b.append(f'<h4>Tool chain</h4><div class="chain">{_svg_tool_chain(run)}</div>'
                 f'<div class="muted">{_e(tool_chain_text(run))}</div>')
    if run.get("text") or run.get("status") != "error":
        b.append(f"<h4>Answer</h4><pre>{_e(run.get('text') or '')}</pre>")
    if run.get("reasoning"):
        b.append(f"<details><summary>Reasoning</summary><pre>{_e(run['reasoning'])}</pre>"
                 "</details>")
    b.append("</div>")
    return "".join(b)


def render(result: dict[str, Any], sessions: dict[str, dict] | None = None) -> str:
    """The report.  ``sessions``: session id -> session dict; when None they are read from
    the sessions directory (a missing one leaves its panels without the answer)."""
    if sessions is None:
        sessions = load_sessions(result)
    targets = [str(t) for t in result.get("targets") or []]
    suite = result.get("suite") or {}
    name = str(suite.get("name") or "suite")
    b: list[str] = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
                    '<meta name="viewport" content="width=device-width, initial-scale=1">',
                    f"<title>provtui suite {_e(name)} {_e(result.get('id'))}</title>"
                    f"<style>{_CSS}{_EXTRA_CSS}</style></head><body>",
                    f"<h1>Suite {_e(name)}</h1>"]
    facts = [f"result {_e(result.get('id'))}", f"created {_e(result.get('created_at'))}",
             f"status {_e(result.get('status'))}", f"{len(targets)} targets",
             f"{len(result.get('cases') or [])} cases"]
    if int(result.get("repeat") or 1) > 1:
        facts.append(f"repeat {_e(result.get('repeat'))}")
    if suite.get("sha256"):
        facts.append(f"suite sha256 {_e(str(suite['sha256'])[:12])}")
    b.append(f'<p class="facts">{" · ".join(facts)}</p>')
    b.append(_table(result))
    lines = comparison_lines(result)
    if lines:
        b.append("<details><summary>Pairwise comparisons</summary><ul>"
                 + "".join(f"<li>{_e(x)}</li>" for x in lines) + "</ul></details>")
    totals = target_totals(result)
    b.append(_svg_bars("Score (% of points)", [(t, totals[t]["pct"]) for t in targets], "%"))
    b.append(_svg_bars("Time, sum of cells", [(t, totals[t]["time"]) for t in targets], "s"))
    b.append(_diagnosis(targets))

    by = cells_by(result)
    cats: dict[str, list[dict]] = {}
    for c in result.get("cases") or []:
        if isinstance(c, dict):
            cats.setdefault(str(c.get("category")), []).append(c)
    for cat, cases in cats.items():
        b.append(f"<h2>{_e(cat)}</h2>")
        for case in cases:
            cid = case.get("id")
            b.append(f'<section class="case" id="case-{_e(cid)}"><h3>{_e(cid)} '
                     f'<span class="muted">({_e(_points(case.get("points")))})</span></h3>')
            prompt = case_prompt(case, sessions)
            if prompt:
                b.append(f"<details><summary>Prompt</summary><pre>{_e(prompt)}</pre></details>")
            b.append('<div class="cells">')
            for t in targets:
                for cell in by.get((str(cid), t), []):
                    b.append(_cell_panel(cell, run_of(cell, sessions)))
            b.append("</div></section>")
    b.append('<p class="muted">Written by provtui. Provider text is shown as received, '
             "escaped; nothing on this page runs code or loads anything.</p></body></html>")
    return _writable(redact_text("\n".join(b) + "\n", known_secrets()))
