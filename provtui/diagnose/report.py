"""The diagnosis as an HTML fragment, for the session and suite HTML reports: the latest
diagnosis covering the report's targets (``store.latest_diagnosis``), its tables and likely
causes.  Every value is escaped; an empty string when there is none."""

from __future__ import annotations

import html
from typing import Any

from .store import latest_diagnosis
from .table import ROWS, _dig, _fmt

__all__ = ["diagnosis_html", "diagnosis_html_for"]


def _e(v: Any) -> str:
    return html.escape(str(v), quote=True)


def _cell(res: Any, path: str) -> str:
    if not isinstance(res, dict):
        return "-"
    if res.get("supported") is False:
        return "unsupported"
    if res.get("error") and res.get("supported") is not True:
        return "error"
    return _fmt(_dig(res, path))


def diagnosis_html(d: dict[str, Any]) -> str:
    targets = [str(t) for t in d.get("targets") or []]
    out = [f"<h2>Diagnosis {_e(d.get('id'))}</h2>",
           f"<p class=muted>{_e(d.get('created_at'))} · provtui diagnose · every figure says "
           "how it was measured; differences are evidence, not proof</p>"]
    for check, per_target in (d.get("checks") or {}).items():
        if not isinstance(per_target, dict):
            continue
        head = "".join(f"<th>{_e(t)}</th>" for t in targets)
        rows = "".join(
            f"<tr><td>{_e(label)}</td>" + "".join(
                f"<td>{_e(_cell(per_target.get(t), path))}</td>" for t in targets) + "</tr>"
            for path, label in ROWS.get(str(check), []))
        out.append(f"<h3>{_e(check)}</h3><table><tr><th></th>{head}</tr>{rows}</table>")
        method = next((r.get("method") for r in per_target.values()
                       if isinstance(r, dict) and r.get("method")), None)
        if method:
            out.append(f"<p class=muted>measured: {_e(method)}</p>")
    pairs = d.get("summary") or []
    if pairs:
        out.append("<h3>Likely causes (evidence, not proof)</h3><ul>")
        for pair in pairs:
            names = " vs ".join(_e(t) for t in pair.get("targets") or [])
            items = "".join(f"<li>[{_e(c.get('check'))}] {_e(c.get('evidence'))}</li>"
                            for c in pair.get("likely_causes") or [])
            out.append(f"<li>{names}<ul>{items or '<li>no difference found</li>'}</ul></li>")
        out.append("</ul>")
    return "\n".join(out)


def diagnosis_html_for(targets: list[str]) -> str:
    d = latest_diagnosis(targets)
    return diagnosis_html(d) if d else ""
