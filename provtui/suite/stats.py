"""The study's numbers: per target and category, and paired comparisons between targets.

- ``pass_rate``: the share of finished cells whose every check passed, with a Wilson 95%
  interval (provtui.core.stats.wilson_interval).
- ``earned`` / ``points``: a case earns points x the mean score of its checks; with repeats a
  case's earned points are the mean over its finished repeats, so ``points`` stays the suite's
  total (15 for instruction, 6 for mcp-tools) whatever ``--repeat`` is.
- With repeats (k runs of a case): ``pass_at_k`` (share of cases with at least one passing run,
  the unbiased estimator 1 - C(n-c, k)/C(n, k) averaged over cases) and ``pass_hat_k`` (all k
  pass: C(c, k)/C(n, k)).
- Between two targets, paired on the same cases: a case "passes" for a target when more than
  half its finished runs passed; McNemar's exact test is the two-sided binomial test (p = 1/2)
  on the discordant cases (b = only A passed, c = only B passed).  Verdicts as for repeats:
  "likely different" at p < 0.05; "not enough data" when even b + c = every case, all one way,
  could not reach p < 0.05; else "could be noise".
- ``min_detectable_diff``: the smallest difference in pass rate this suite could ever call
  significant: m/N, with N paired cases and m the least number of one-sided discordant cases
  giving exact p < 0.05 (2 x 0.5^m < 0.05, so m = 6).  A real difference below it can never
  show as "likely different" with this many cases.  No correction for multiple comparisons.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from provtui.core.stats import (
    ALPHA,
    COULD_BE_NOISE,
    LIKELY_DIFFERENT,
    NOT_ENOUGH_DATA,
    percentile,
    wilson_interval,
)

__all__ = ["summary", "comparisons", "mcnemar_exact", "MIN_DISCORDANT", "pass_at_k",
           "pass_hat_k"]

FINISHED = ("ok", "error")


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p: 2 x P(X <= min(b, c)), X ~ Binomial(b + c, 1/2), capped at 1."""
    n = b + c
    if n == 0:
        return 1.0
    k = min(b, c)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def _least_discordant() -> int:
    m = 1
    while mcnemar_exact(m, 0) >= ALPHA:
        m += 1
    return m


MIN_DISCORDANT = _least_discordant()  # 6: 2 x 0.5^6 = 0.03125


def pass_at_k(n: int, c: int, k: int) -> float:
    if k > n or n == 0:
        return float(c > 0)
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def pass_hat_k(n: int, c: int, k: int) -> float:
    if k > n or n == 0:
        return float(c == n and n > 0)
    return math.comb(c, k) / math.comb(n, k)


def _passed(cell: dict) -> bool:
    return (cell.get("status") == "ok" and bool(cell.get("checks"))
            and all(ch.get("passed") for ch in cell["checks"] if isinstance(ch, dict)))


def _cells(result: dict) -> list[dict]:
    return [c for c in result.get("cells") or [] if isinstance(c, dict)]


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _group(cells: list[dict], case_ids: set[str]) -> dict[str, Any]:
    by_case: dict[str, list[dict]] = {}
    for c in cells:
        if c.get("case") in case_ids:
            by_case.setdefault(c["case"], []).append(c)
    return by_case


def _stats(by_case: dict[str, list[dict]], points_of: dict[str, float], k: int) -> dict:
    earned = 0.0
    points = 0.0
    errors = 0
    passes = judged = 0
    times: list[float] = []
    costs: list[float] = []
    cost_unknown = 0
    judge: list[float] = []
    at_k: list[float] = []
    hat_k: list[float] = []
    for case, cells in by_case.items():
        points += points_of.get(case, 0.0)
        done = [c for c in cells if c.get("status") in FINISHED]
        if done:
            earned += sum(_num(c.get("earned")) or 0.0 for c in done) / len(done)
        errors += sum(1 for c in done if c.get("status") == "error")
        n_pass = sum(1 for c in done if _passed(c))
        passes += n_pass
        judged += len(done)
        for c in done:
            t = _num(c.get("total_s"))
            if t is not None:
                times.append(t)
            jc = _num(c.get("judge_cost_usd"))
            if jc is not None:
                judge.append(jc)
            cost = _num(c.get("cost_usd"))
            if cost is None:
                cost_unknown += 1
            else:
                costs.append(cost)
        if done and k > 1:
            at_k.append(pass_at_k(len(done), n_pass, k))
            hat_k.append(pass_hat_k(len(done), n_pass, k))
    times.sort()
    out: dict[str, Any] = {
        "earned": round(earned, 4), "points": points, "errors": errors,
        "pass_rate": round(passes / judged, 4) if judged else None,
        "pass_rate_ci": [round(x, 4) for x in wilson_interval(passes, judged)] if judged else None,
        "passes": passes, "cells": judged,
        "total_s": {"p50": round(percentile(times, 50), 4) if times else None,
                    "sum": round(sum(times), 4)},
        "cost_usd": round(sum(costs), 10) if costs else None,
    }
    if cost_unknown and costs:
        out["cost_unknown_cells"] = cost_unknown
    if judge:  # priced apart: what grading this target's answers cost, not the target
        out["judge_cost_usd"] = round(sum(judge), 10)
    if k > 1:
        out["pass_at_k"] = {"k": k, "value": round(sum(at_k) / len(at_k), 4) if at_k else None}
        out["pass_hat_k"] = {"k": k, "value": round(sum(hat_k) / len(hat_k), 4) if hat_k else None}
    return out


def _categories(result: dict) -> dict[str, list[str]]:
    cats: dict[str, list[str]] = {}
    for c in result.get("cases") or []:
        if isinstance(c, dict):
            cats.setdefault(str(c.get("category")), []).append(c.get("id"))
    return cats


def summary(result: dict) -> dict:
    """``{TARGET: {CATEGORY: {...}, "all": {...}}}``."""
    cells = _cells(result)
    cats = _categories(result)
    points_of = {c["id"]: _num(c.get("points")) or 0.0 for c in result.get("cases") or []
                 if isinstance(c, dict)}
    k = int(result.get("repeat") or 1)
    by_target: dict[str, list[dict]] = {t: [] for t in result.get("targets") or []}
    for c in cells:
        by_target.setdefault(c.get("target"), []).append(c)
    out: dict[str, Any] = {}
    for target, tcells in by_target.items():
        entry: dict[str, Any] = {}
        for cat, ids in cats.items():
            entry[cat] = _stats(_group(tcells, set(ids)), points_of, k)
        entry["all"] = _stats(_group(tcells, set(points_of)), points_of, k)
        out[target] = entry
    return out


def _case_outcomes(cells: list[dict], target: str) -> dict[str, bool]:
    runs: dict[str, list[bool]] = {}
    for c in cells:
        if c.get("target") == target and c.get("status") in FINISHED:
            runs.setdefault(c["case"], []).append(_passed(c))
    return {case: sum(v) * 2 > len(v) for case, v in runs.items()}


def _compare(a: str, b: str, oa: dict[str, bool], ob: dict[str, bool], ids: Sequence[str],
             category: str) -> dict:
    shared = [i for i in ids if i in oa and i in ob]
    n = len(shared)
    both = sum(1 for i in shared if oa[i] and ob[i])
    a_only = sum(1 for i in shared if oa[i] and not ob[i])
    b_only = sum(1 for i in shared if ob[i] and not oa[i])
    neither = n - both - a_only - b_only
    p = mcnemar_exact(a_only, b_only)
    mdd = round(MIN_DISCORDANT / n, 4) if n else None
    entry = {"a": a, "b": b, "category": category, "metric": "case_pass",
             "method": "McNemar exact (two-sided binomial on discordant cases)",
             "cases": n, "both_pass": both, "a_only": a_only, "b_only": b_only,
             "neither": neither, "p": round(p, 6), "min_detectable_diff": mdd}
    rate = (f"{both + a_only}/{n} vs {both + b_only}/{n} cases passed; "
            f"{a_only} only {a}, {b_only} only {b}, exact p={p:.3g}")
    if n < MIN_DISCORDANT:
        verdict, favours = NOT_ENOUGH_DATA, None
        detail = (f"{rate}; {n} paired cases: no outcome can reach p<{ALPHA} "
                  f"(it needs at least {MIN_DISCORDANT} cases that only one target passes)")
    elif p < ALPHA:
        verdict = LIKELY_DIFFERENT
        favours = a if a_only > b_only else b
        detail = rate
    else:
        verdict, favours = COULD_BE_NOISE, None
        detail = (f"{rate}; the smallest difference this suite could detect is "
                  f"{MIN_DISCORDANT}/{n} = {MIN_DISCORDANT / n:.0%} of cases")
    return entry | {"verdict": verdict, "favours": favours, "detail": detail}


def comparisons(result: dict) -> list[dict]:
    """Each unordered target pair once: over every case ("all"), then per category."""
    cells = _cells(result)
    targets = list(result.get("targets") or [])
    outcomes = {t: _case_outcomes(cells, t) for t in targets}
    cats = _categories(result)
    all_ids = [c.get("id") for c in result.get("cases") or [] if isinstance(c, dict)]
    out = []
    for i, a in enumerate(targets):
        for b in targets[i + 1:]:
            out.append(_compare(a, b, outcomes[a], outcomes[b], all_ids, "all"))
            if len(cats) > 1:
                for cat, ids in cats.items():
                    out.append(_compare(a, b, outcomes[a], outcomes[b], ids, cat))
    return out
