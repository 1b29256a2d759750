"""Per pair of targets: the "likely causes" the checks give evidence for.

Each cause names the check, the figures on both sides, how they were measured and the noise
seen within one target; the wording is evidence ("consistent with", "suggests"), never proof.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

__all__ = ["summarize"]


def _get(checks: dict[str, Any], check: str, target: str) -> dict[str, Any]:
    value = (checks.get(check) or {}).get(target)
    return value if isinstance(value, dict) and value.get("supported") else {}


def _context(checks: dict, a: str, b: str) -> list[dict[str, Any]]:
    x, y = _get(checks, "context", a), _get(checks, "context", b)
    out = []
    ax, by = x.get("accepted_tokens"), y.get("accepted_tokens")
    if ax and by and abs(ax - by) > 0.05 * max(ax, by):
        small = a if ax < by else b
        out.append({"check": "context", "strength": "strong", "evidence": (
            f"context limits differ: {a} accepted up to {ax} tokens, {b} up to {by} "
            f"({'billed' if x.get('tokens_billed') and y.get('tokens_billed') else 'partly estimated'} "
            f"counts, search to ~2%); long prompts fail or get cut on {small} first")})
    bx, bb = x.get("behaviour"), y.get("behaviour")
    if bx and bb and bx != bb and "truncates" in (bx, bb):
        t = a if bx == "truncates" else b
        out.append({"check": "context", "strength": "strong", "evidence": (
            f"{t} shows signs of silently truncating long prompts "
            f"({'; '.join((x if t == a else y).get('evidence') or [])}); the other refuses "
            "with an error: answers to long prompts are not comparable")})
    return out


def _prompt_tokens(checks: dict, a: str, b: str) -> list[dict[str, Any]]:
    x, y = _get(checks, "prompt_tokens", a), _get(checks, "prompt_tokens", b)
    out = []
    if x.get("base") is not None and y.get("base") is not None and x["base"] != y["base"]:
        noisy = not (x.get("stable") and y.get("stable"))
        out.append({"check": "prompt_tokens", "strength": "weak" if noisy else "strong",
                    "evidence": (
            f"the same 3 messages bill {x['base']} prompt tokens on {a} and {y['base']} on {b} "
            f"({'bills varied between two identical requests' if noisy else 'each stable over two identical requests'}): "
            "consistent with a different chat template or tokenizer")})
    sx, sy = x.get("system_overhead"), y.get("system_overhead")
    if sx is not None and sy is not None and sx != sy:
        zero = [n for n, v in ((a, sx), (b, sy)) if v <= 0]
        extra = (f"; on {', '.join(zero)} it added nothing, so the system message may be "
                 "dropped by the template") if zero else ""
        out.append({"check": "prompt_tokens", "strength": "strong", "evidence": (
            f"the same system message costs {sx} tokens on {a} and {sy} on {b}{extra}")})
    tx, ty = x.get("tools_overhead"), y.get("tools_overhead")
    if tx is not None and ty is not None and tx != ty:
        zero = [n for n, v in ((a, tx), (b, ty)) if v == 0]
        extra = (f"; on {', '.join(zero)} the tools added nothing, so the model may not see "
                 "tool definitions at all") if zero else ""
        out.append({"check": "prompt_tokens", "strength": "strong", "evidence": (
            f"the same 3 tool definitions cost {tx} tokens on {a} and {ty} on {b}: consistent "
            f"with a different tool-call translation layer{extra}")})
    elif tx == 0 and ty == 0:
        out.append({"check": "prompt_tokens", "strength": "weak", "evidence": (
            f"3 tool definitions added no billed tokens on either {a} or {b}: neither template "
            "seems to show tool definitions to the model (tool calls then rely on grammar or "
            "on the model guessing)")})
    return out


def _determinism(checks: dict, a: str, b: str) -> list[dict[str, Any]]:
    out = []
    for t in (a, b):
        d = _get(checks, "determinism", t)
        if d and d.get("distinct", 1) > 1:
            out.append({"check": "determinism", "strength": "noise", "evidence": (
                f"{t} gave {d['distinct']} different answers to {d['samples']} identical "
                f"requests at temperature 0 (identical rate {d['identical_rate']:.0%}): part of "
                "any difference between the two is noise within that target")})
    return out


def _logprobs(checks: dict, a: str, b: str) -> list[dict[str, Any]]:
    x, y = _get(checks, "logprobs", a), _get(checks, "logprobs", b)
    if not x or not y:
        return []
    other = y if y.get("against") == a else x if x.get("against") == b else None
    if other is None or other.get("mean_abs_delta") is None and other.get("top1_agreement") is None:
        return []
    floors = [f for f in ((x.get("noise_floor") or {}).get("mean_abs_delta"),
                          (y.get("noise_floor") or {}).get("mean_abs_delta")) if f is not None]
    floor = max(floors) if floors else None
    delta, agree = other.get("mean_abs_delta"), other.get("top1_agreement")
    if delta is None:
        return []
    if floor is not None and delta > max(3 * floor, 0.01):
        return [{"check": "logprobs", "strength": "strong", "evidence": (
            f"chosen-token logprobs differ by {delta:.3f} on average between {a} and {b} "
            f"(top-1 agreement {agree:.0%}) against {floor:.3f} between two calls of one "
            "target: consistent with different weights (quantization) or numerics")}]
    return [{"check": "logprobs", "strength": "none", "evidence": (
        f"chosen-token logprobs of {a} and {b} differ by {delta:.3f}, within the noise "
        f"between two calls of one target ({floor if floor is not None else 'unknown'})")}]


def _tools(checks: dict, a: str, b: str) -> list[dict[str, Any]]:
    x, y = _get(checks, "tools", a), _get(checks, "tools", b)
    out = []
    for key, label in (("called_when_expected", "called a tool exactly when expected"),
                       ("schema_valid", "sent schema-valid arguments"),
                       ("json_valid", "sent JSON arguments")):
        vx, vy = x.get(key), y.get(key)
        if vx is not None and vy is not None and abs(vx - vy) >= 0.2:
            out.append({"check": "tools", "strength": "weak", "evidence": (
                f"{a} {label} in {vx:.0%} of the battery, {b} in {vy:.0%} (6 fixed tasks, "
                "one try each: a small sample): consistent with a different tool-call parser "
                "or template")})
    return out


def _routing(checks: dict, a: str, b: str) -> list[dict[str, Any]]:
    out = []
    for t in (a, b):
        r = _get(checks, "routing", t)
        distinct = r.get("distinct") or {}
        if distinct.get("served_by", 0) > 1 or distinct.get("response_model", 0) > 1:
            names = ", ".join(str(v["value"]) for v in (r.get("served_by") or [])
                              + (r.get("response_model") or []))
            out.append({"check": "routing", "strength": "strong", "evidence": (
                f"{t}'s requests were answered by more than one upstream or model ({names}): "
                "its answers may mix providers")})
    return out


def summarize(targets: list[str], checks: dict[str, Any]) -> list[dict[str, Any]]:
    pairs = []
    for a, b in combinations(targets, 2):
        causes = []
        for fn in (_context, _prompt_tokens, _logprobs, _tools, _routing, _determinism):
            try:
                causes += fn(checks, a, b)
            except (KeyError, TypeError, ValueError, ZeroDivisionError):
                continue  # a partial result must not break the summary
        pairs.append({"targets": [a, b], "likely_causes": causes})
    return pairs
