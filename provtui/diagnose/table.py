"""Plain-text tables of a diagnosis (stderr, the TUI screen): one per check, rows = figures,
columns = targets, then the likely causes per pair.  Provider text is cleaned to one printable
line (``provtui.core.summary_text.clean``): no escape sequences reach the terminal."""

from __future__ import annotations

from typing import Any

from provtui.core.summary_text import clean

__all__ = ["format_diagnosis", "ROWS"]

_COL_MAX = 28

ROWS: dict[str, list[tuple[str, str]]] = {
    "context": [("accepted_tokens", "accepted tokens"), ("declared", "declared"),
                ("behaviour", "behaviour"), ("limit_in_error", "limit named in error"),
                ("tokens_billed", "counts billed"), ("requests", "requests"),
                ("tools_fit.fits", "--mcp tools fit"),
                ("tools_fit.needed_tokens", "tools: needed tokens")],
    "prompt_tokens": [("base", "base"), ("stable", "base stable"),
                      ("system_overhead", "system overhead"),
                      ("tools_overhead", "tools overhead")],
    "determinism": [("samples", "samples"), ("distinct", "distinct outputs"),
                    ("identical_rate", "identical rate"),
                    ("first_divergence.char", "first divergence (char)"), ("seed", "seed")],
    "logprobs": [("shape.top_logprobs_returned", "top logprobs returned"),
                 ("top1_agreement", "top-1 agreement vs first"),
                 ("mean_abs_delta", "mean |Δ logprob| vs first"),
                 ("noise_floor.top1_agreement", "noise: top-1 agreement"),
                 ("noise_floor.mean_abs_delta", "noise: mean |Δ|")],
    "tools": [("called_when_expected", "called when expected"), ("json_valid", "JSON valid"),
              ("schema_valid", "schema valid"), ("unknown_name", "unknown name"),
              ("calls", "calls")],
    "routing": [("responses", "responses"), ("distinct.served_by", "served_by values"),
                ("distinct.response_model", "model values"),
                ("distinct.system_fingerprint", "fingerprint values")],
}


def _dig(d: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)
    return d


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


def _cell(res: Any, path: str) -> str:
    if not isinstance(res, dict):
        return "-"
    if res.get("supported") is False:
        return "unsupported"
    if res.get("error") and res.get("supported") is not True:
        return "error"
    return clean(_fmt(_dig(res, path)), _COL_MAX)


def _table(check: str, per_target: dict[str, Any], targets: list[str]) -> list[str]:
    rows = ROWS.get(check, [])
    title = f"== {check} =="
    label_w = max([len(label) for _, label in rows] + [len(title) - 1])
    heads = [clean(t, _COL_MAX) for t in targets]
    grid = [[_cell(per_target.get(t), path) for t in targets] for path, _ in rows]
    widths = [max([len(h)] + [len(r[i]) for r in grid]) for i, h in enumerate(heads)]
    lines = [title.ljust(label_w + 2) + "  ".join(h.ljust(w) for h, w in zip(heads, widths))]
    for (_, label), row in zip(rows, grid):
        lines.append(label.ljust(label_w + 2) + "  ".join(c.ljust(w) for c, w in zip(row, widths)))
    for t in targets:
        res = per_target.get(t)
        if not isinstance(res, dict):
            continue
        if res.get("supported") is False:
            lines.append(f"  {clean(t, _COL_MAX)}: unsupported: {clean(res.get('reason'), 160)}")
        elif res.get("error"):
            lines.append(f"  {clean(t, _COL_MAX)}: error: {clean(res.get('error'), 160)}")
        for ev in res.get("evidence") or []:
            lines.append(f"  {clean(t, _COL_MAX)}: {clean(ev, 160)}")
    method = next((r.get("method") for r in per_target.values()
                   if isinstance(r, dict) and r.get("method")), None)
    if method:
        lines.append(f"  measured: {clean(method, 300)}")
    return lines


def format_diagnosis(diagnosis: dict[str, Any]) -> str:
    targets = [str(t) for t in diagnosis.get("targets") or []]
    lines: list[str] = []
    for check, per_target in (diagnosis.get("checks") or {}).items():
        if isinstance(per_target, dict):
            lines += _table(str(check), per_target, targets) + [""]
    pairs = diagnosis.get("summary") or []
    if pairs:
        lines.append("== likely causes (evidence, not proof) ==")
        for pair in pairs:
            a, b = (clean(t, _COL_MAX) for t in pair.get("targets", ["?", "?"]))
            causes = pair.get("likely_causes") or []
            lines.append(f"{a} vs {b}:" + ("" if causes else " no difference found by these "
                                                               "checks"))
            for c in causes:
                lines.append(f"  [{clean(c.get('check'))}/{clean(c.get('strength'))}] "
                             f"{clean(c.get('evidence'), 400)}")
    return "\n".join(lines).rstrip() + "\n"
