"""What the suite reports (HTML, Markdown) and the matrix read from a result: cells by case
and target, each cell's run in its case session, per-target totals.  Plain data, no
formatting beyond numbers."""

from __future__ import annotations

from typing import Any

__all__ = ["case_prompt", "cells_by", "fmt_num", "load_sessions", "run_of", "target_totals"]


def fmt_num(x: Any, digits: int = 2) -> str:
    if not isinstance(x, (int, float)) or isinstance(x, bool):
        return "-"
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def cells_by(result: dict[str, Any]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(case id, target) -> its cells, repeats in order."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in result.get("cells") or []:
        if isinstance(c, dict):
            out.setdefault((str(c.get("case")), str(c.get("target"))), []).append(c)
    for cells in out.values():
        cells.sort(key=lambda c: c.get("repeat_index") or 0)
    return out


def load_sessions(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every case session of the result that can be read (a missing or damaged one is left
    out: its panels say so)."""
    from provtui.core.session_store import load_session

    out: dict[str, dict[str, Any]] = {}
    for case in result.get("cases") or []:
        if not isinstance(case, dict):
            continue
        for sid in case.get("sessions") or [case.get("session_id")]:
            if not sid or sid in out:
                continue
            try:
                out[str(sid)] = load_session(str(sid))
            except Exception:  # noqa: BLE001 - tolerant: the report shows what it can
                continue
    return out


def run_of(cell: dict[str, Any], sessions: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    session = sessions.get(str(cell.get("session_id")))
    if not session:
        return None
    runs = [r for r in session.get("runs") or [] if isinstance(r, dict)]
    idx = cell.get("run")
    if isinstance(idx, int) and 0 <= idx < len(runs):
        return runs[idx]
    for r in runs:  # older results: find it by target and repeat
        if r.get("target") == cell.get("target") and \
                (r.get("repeat_index") or 0) == (cell.get("repeat_index") or 0):
            return r
    return None


def case_prompt(case: dict[str, Any], sessions: dict[str, dict[str, Any]]) -> str | None:
    for sid in case.get("sessions") or [case.get("session_id")]:
        s = sessions.get(str(sid))
        if s and isinstance(s.get("prompt"), str):
            return s["prompt"]
    return None


def target_totals(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """target -> {earned, points, pct, time, cost} over every case (summary "all")."""
    out: dict[str, dict[str, Any]] = {}
    summary = result.get("summary") or {}
    for t in result.get("targets") or []:
        a = (summary.get(t) or {}).get("all") or {}
        earned, points = a.get("earned"), a.get("points")
        pct = 100.0 * earned / points if isinstance(earned, (int, float)) and points else None
        out[str(t)] = {"earned": earned, "points": points, "pct": pct,
                       "time": (a.get("total_s") or {}).get("sum"), "cost": a.get("cost_usd"),
                       "ci": a.get("pass_rate_ci")}
    return out
