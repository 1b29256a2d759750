"""What a run cost, in USD.

``usage.cost`` when every turn sent one (OpenRouter does when asked), else the target's (or its
provider's) ``price_in_per_mtok`` / ``price_out_per_mtok`` times the usage, else None: a cost
that is not known is never guessed.  Failed attempts that were retried count too when their
usage is known (the provider billed them).
"""

from __future__ import annotations

from typing import Any

__all__ = ["run_cost_usd", "prices_of"]


def prices_of(target: Any) -> tuple[float | None, float | None]:
    """(in, out) USD per million tokens: the target's, else its provider's."""
    provider = getattr(target, "provider", None)
    pin = getattr(target, "price_in_per_mtok", None)
    pout = getattr(target, "price_out_per_mtok", None)
    if pin is None:
        pin = getattr(provider, "price_in_per_mtok", None)
    if pout is None:
        pout = getattr(provider, "price_out_per_mtok", None)
    return pin, pout


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 else None


def run_cost_usd(run: dict, target: Any) -> float | None:
    turns = [t for t in (run.get("turns") or []) if isinstance(t, dict)]
    turns += [t for t in (run.get("attempts") or []) if isinstance(t, dict)]
    usages = [t.get("usage") for t in turns]
    if not turns:
        return None
    if all(isinstance(u, dict) and _num(u.get("cost")) is not None for u in usages):
        return round(sum(_num(u["cost"]) for u in usages), 10)  # type: ignore[misc]
    pin, pout = prices_of(target)
    if pin is None or pout is None:
        return None
    total = 0.0
    for u in usages:
        if not isinstance(u, dict):
            if u is None:
                continue  # a turn that failed before any usage: nothing billed that we know
            return None
        pt, ct = _num(u.get("prompt_tokens")), _num(u.get("completion_tokens"))
        if pt is None or ct is None:
            return None
        total += pt * pin / 1e6 + ct * pout / 1e6
    if all(u is None for u in usages):
        return None
    return round(total, 10)
