"""Observed vs advertised: what an aggregator's listing claimed for an endpoint, against what
the run saw.  Each difference is worded as evidence (what was sent, what came back, what the
listing says), never as a verdict.

They are recorded as run ``notices`` of kind ``advertised_mismatch`` (data: ``field``,
``advertised``, ``observed``), not as ``findings``: CONTRACT §3 closes the finding kinds and
gives every finding an offset into ``text``, and these are facts about the route, not the text.
"""

from __future__ import annotations

import re
from typing import Any

from provtui.core.summary_text import clean

__all__ = ["MISMATCH", "turn_evidence", "probe_evidence", "advertised_line", "compare_rows"]

MISMATCH = "advertised_mismatch"


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _pinned_only(body: dict[str, Any] | None) -> list[str]:
    routing = body.get("provider") if isinstance(body, dict) else None
    only = routing.get("only") if isinstance(routing, dict) else None
    return [o for o in only if isinstance(o, str)] if isinstance(only, list) else []


def _served_by_ok(served_by: str, only: list[str], advertised: dict[str, Any] | None) -> bool:
    want = {_norm(o) for o in only} | {_norm(o.split("/")[0]) for o in only}
    name = (advertised or {}).get("provider_name")
    if isinstance(name, str):
        want.add(_norm(name))
    return _norm(served_by) in want


def turn_evidence(advertised: dict[str, Any] | None, body: dict[str, Any] | None,
                  served_by: str | None, error: dict[str, Any] | None, turn: int
                  ) -> list[dict[str, Any]]:
    """Evidence from one finished (or failed) turn: ``[{"message", "data"}]``.

    - ``served_by``: the request pinned ``provider.only`` and the stream named another
      provider (works for a pin written by hand too: it reads the body that was sent).
    - ``context_length``: the turn was refused for context length at a limit below the
      advertised context length.
    """
    out: list[dict[str, Any]] = []
    only = _pinned_only(body)
    if isinstance(served_by, str) and served_by and only \
            and not _served_by_ok(served_by, only, advertised):
        shown = clean(served_by, 80)
        listed = (advertised or {}).get("provider_name")
        as_listed = f" (listed as {listed})" if listed else ""
        routing = body.get("provider") if isinstance(body, dict) else {}
        off = " with fallbacks off" if routing.get("allow_fallbacks") is False else ""
        out.append({
            "message": (f"evidence: turn {turn + 1} was served by {shown!r}, but the request "
                        f"pinned provider.only = {only}{as_listed}{off}"),
            "data": {"field": "served_by", "turn": turn, "advertised": only,
                     "advertised_name": listed, "observed": shown},
        })
    if advertised and isinstance(error, dict) and error.get("kind") == "context_length":
        limit, claimed = error.get("context_limit"), advertised.get("context_length")
        if isinstance(limit, int) and isinstance(claimed, int) and limit < claimed:
            out.append({
                "message": (f"evidence: turn {turn + 1} was refused for context length at "
                            f"{limit:,} tokens; the listing advertises {claimed:,}"),
                "data": {"field": "context_length", "turn": turn, "advertised": claimed,
                         "observed": limit},
            })
    return out


def probe_evidence(advertised: dict[str, Any] | None,
                   rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``provtui probe`` rows of one target against its advertised ``supported_parameters``:
    a parameter listed as supported that the probe found ignored (or rejected)."""
    supported = (advertised or {}).get("supported_parameters")
    if not isinstance(supported, list):
        return []
    out = []
    for row in rows:
        param, verdict = row.get("param"), row.get("verdict")
        if param in supported and verdict in ("ignored", "rejected"):
            out.append({
                "message": (f"evidence: the listing names {param} as supported; the probe "
                            f"found it {verdict}: {clean(str(row.get('detail', '')), 160)}"),
                "data": {"field": "supported_parameters", "param": param,
                         "advertised": "supported", "observed": verdict},
            })
    return out


def advertised_line(advertised: dict[str, Any] | None) -> str:
    """``"DeepInfra · fp8 · 131,072 ctx"`` for a pane header ('' when nothing advertised)."""
    if not isinstance(advertised, dict):
        return ""
    parts = []
    name = advertised.get("provider_name") or advertised.get("tag")
    if isinstance(name, str):
        parts.append(clean(name, 40))
    q = advertised.get("quantization")
    parts.append(clean(q, 16) if isinstance(q, str) else "quant ?")
    ctx = advertised.get("context_length")
    parts.append(f"{ctx:,} ctx" if isinstance(ctx, int) else "ctx ?")
    return " · ".join(parts)


def _price(pricing: Any, key: str) -> str | None:
    try:
        value = float(pricing[key]) * 1_000_000
    except (KeyError, TypeError, ValueError):
        return None
    return f"${value:.4g}" if value >= 0 else "varies"


def compare_rows(run: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(fact, advertised, observed) rows for the inspector: what the listing claimed for the
    run's endpoint beside what the run saw.  Empty when the run has no advertised facts."""
    adv = run.get("advertised")
    if not isinstance(adv, dict):
        return []
    turns = [t for t in run.get("turns") or [] if isinstance(t, dict)]

    def show(v: Any) -> str:
        if v is None:
            return "–"
        return f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else clean(str(v), 80)

    served = sorted({clean(str(t["served_by"]), 60) for t in turns if t.get("served_by")})
    error = run.get("error") if isinstance(run.get("error"), dict) else {}
    if error.get("kind") == "context_length":
        limit = error.get("context_limit")
        ctx_seen = f"refused at {limit:,}" if isinstance(limit, int) else "refused (no limit named)"
    else:
        prompts = [u.get("prompt_tokens") for t in turns if isinstance(u := t.get("usage"), dict)
                   and isinstance(u.get("prompt_tokens"), int)]
        ctx_seen = f"{max(prompts):,} prompt tokens accepted" if prompts else "–"
    outs = [u.get("completion_tokens") for t in turns if isinstance(u := t.get("usage"), dict)
            and isinstance(u.get("completion_tokens"), int)]
    costs = [u.get("cost") for t in turns if isinstance(u := t.get("usage"), dict)]
    cost_seen = (f"usage.cost ${sum(costs):.6f}" if costs and all(
        isinstance(c, (int, float)) and not isinstance(c, bool) for c in costs) else "–")
    pricing = adv.get("pricing")
    p_in, p_out = _price(pricing, "prompt"), _price(pricing, "completion")
    price = f"{p_in or '–'} in / {p_out or '–'} out per Mtok" if pricing else "–"
    params = adv.get("supported_parameters")
    sent = sorted({k for t in turns if isinstance(t.get("request"), dict)
                   for k in t["request"] if k not in ("model", "messages", "stream",
                                                      "stream_options", "provider")})
    missing = [k for k in sent if isinstance(params, list) and k not in params]
    pins = next((clean(str(_pinned_only(t.get("request"))), 60) for t in turns
                 if _pinned_only(t.get("request"))), None)
    pins = [pins] if pins else []
    return [
        ("provider", show(adv.get("provider_name")),
         ("served by " + ", ".join(served)) if served else "–"),
        ("tag", show(adv.get("tag")),
         ("pinned provider.only = " + ", ".join(pins)) if pins else "not pinned"),
        ("quantization", show(adv.get("quantization")), "not observable"),
        ("context", show(adv.get("context_length")), ctx_seen),
        ("max output", show(adv.get("max_completion_tokens")),
         f"{max(outs):,} tokens in one turn" if outs else "–"),
        ("price", price, cost_seen),
        ("parameters", ", ".join(clean(p, 40) for p in params) if isinstance(params, list)
         else "–", ("sent " + ", ".join(sent) if sent else "none sent")
         + (f"; not listed: {', '.join(missing)}" if missing else "")),
    ]
