"""Repeats and statistics: tell a real provider difference from sampling noise.

One run per target proves little: 1/6 against 6/6 tool use could be luck.  With ``--repeat N``
a session holds N runs per target, and this module turns them into a per-target summary
(pass rate with a Wilson interval, latency percentiles, tool chains) and pairwise verdicts
between targets ("likely different", "could be noise", "not enough data").

Pure Python on purpose (no numpy/scipy): the numbers involved are tiny (tens of runs) and the
exact methods are cheap at that size.  Every method is stated precisely in its docstring so
the README can quote it.

Sessions may come from disk and be hand-edited or written by an older version, so every
reader here tolerates missing or malformed fields instead of raising.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

__all__ = [
    "Z95",
    "ALPHA",
    "wilson_interval",
    "fisher_exact_two_sided",
    "mann_whitney_u",
    "mann_whitney_exact_limit",
    "percentile",
    "describe",
    "run_passed",
    "tool_chain",
    "summarize",
    "compare",
    "session_summary",
    "LIKELY_DIFFERENT",
    "COULD_BE_NOISE",
    "NOT_ENOUGH_DATA",
]

Z95 = 1.959963984540054
"""Two-sided 95% standard normal quantile."""

ALPHA = 0.05
"""Significance level behind every "likely different" verdict."""

MANN_WHITNEY_EXACT_MAX = 25
"""Largest sample size (each side) for which the exact U distribution is used."""

LIKELY_DIFFERENT = "likely different"
COULD_BE_NOISE = "could be noise"
NOT_ENOUGH_DATA = "not enough data"

# Metrics compared between targets, and whether a larger value is the better one.
_COMPARED_METRICS: tuple[tuple[str, bool], ...] = (("ttft_s", False), ("tokens_per_s", True))


# ---------------------------------------------------------------------------------------------
# Tests and intervals
# ---------------------------------------------------------------------------------------------


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion ``successes / n``.

    ``centre = (p + z²/2n) / (1 + z²/n)``, ``half = z/(1 + z²/n) * sqrt(p(1-p)/n + z²/4n²)``.
    Unlike the textbook ``p ± z·sqrt(p(1-p)/n)`` it stays inside [0, 1] and does not collapse
    to a zero-width interval at 0/n or n/n, which is exactly where small repeat counts land.
    ``n == 0`` gives (0, 1): nothing is known.
    """
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"wilson_interval needs 0 <= successes <= n, got {successes}/{n}")
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    z2 = z * z
    denominator = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = (z / denominator) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    # Clamp only float fuzz; at 0/n the lower bound is exactly 0 mathematically.
    return (max(0.0, centre - half), min(1.0, centre + half))


def _fisher_weights(row1: int, row2: int, col1: int) -> tuple[int, dict[int, int]]:
    """Hypergeometric weights C(row1, x)·C(row2, col1 - x) for every feasible top-left cell x."""
    lo = max(0, col1 - row2)
    hi = min(row1, col1)
    return lo, {x: math.comb(row1, x) * math.comb(row2, col1 - x) for x in range(lo, hi + 1)}


def fisher_exact_two_sided(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher exact test p-value for the 2x2 table ``[[a, b], [c, d]]``.

    With the margins fixed, the top-left cell is hypergeometric: P(x) = C(a+b, x)·C(c+d, a+c-x)
    / C(n, a+c).  The two-sided p-value sums P over every table at most as probable as the
    observed one (the "minimum likelihood" definition R and scipy use).  The comparison is done
    on exact integers, so there is no floating-point tolerance to tune.
    """
    if min(a, b, c, d) < 0:
        raise ValueError(f"fisher_exact_two_sided needs counts >= 0, got {[[a, b], [c, d]]}")
    row1, row2, col1 = a + b, c + d, a + c
    if row1 == 0 or row2 == 0 or col1 == 0 or col1 == row1 + row2:
        return 1.0  # a whole margin is empty: the data cannot tell the rows apart
    _, weights = _fisher_weights(row1, row2, col1)
    observed = weights[a]
    extreme = sum(w for w in weights.values() if w <= observed)
    return float(Fraction(extreme, math.comb(row1 + row2, col1)))


def _u_distribution(n: int, m: int) -> list[int]:
    """Counts of each U = 0..n·m over all C(n+m, n) orderings of two tie-free samples.

    Recurrence on the largest observation: if it belongs to x it beats all m values of y
    (adds m to U), otherwise it adds nothing: f(i, j)[u] = f(i-1, j)[u-j] + f(i, j-1)[u].
    """
    # rows[j] holds f(i, j) for the current i; f(0, j) = [1].
    rows = [[1] for _ in range(m + 1)]
    for i in range(1, n + 1):
        new_rows: list[list[int]] = [[1]]  # f(i, 0) = [1]
        for j in range(1, m + 1):
            above = rows[j]  # f(i-1, j), shifted by j
            left = new_rows[j - 1]  # f(i, j-1)
            counts = [0] * (i * j + 1)
            for u, w in enumerate(left):
                counts[u] += w
            for u, w in enumerate(above):
                counts[u + j] += w
            new_rows.append(counts)
        rows = new_rows
    return rows[m]


def _has_ties(values: Iterable[float]) -> bool:
    seen: set[float] = set()
    for v in values:
        if v in seen:
            return True
        seen.add(v)
    return False


def mann_whitney_exact_limit(n: int, m: int) -> bool:
    """True when :func:`mann_whitney_u` would use the exact distribution for these sizes."""
    return n <= MANN_WHITNEY_EXACT_MAX and m <= MANN_WHITNEY_EXACT_MAX


def mann_whitney_u(x: Sequence[float], y: Sequence[float]) -> tuple[float, float]:
    """Mann-Whitney U test: ``(U, two-sided p)``.

    ``U`` is the statistic of ``x``: the number of pairs (xi, yj) with xi > yj, ties counting
    one half (scipy's ``U1``).

    * No ties and both samples have at most ``MANN_WHITNEY_EXACT_MAX`` (25) values: the exact
      null distribution of U (every ordering equally likely);
      ``p = min(1, 2·min(P(U' <= U), P(U' >= U)))``.
    * Otherwise: the normal approximation with mean n·m/2, tie-corrected variance
      ``n·m/12 · ((N+1) - Σ(t³-t)/(N(N-1)))`` (t = size of each tie group, N = n+m) and a
      continuity correction of 0.5: ``z = (|U - n·m/2| - 0.5) / σ``, ``p = min(1, erfc(z/√2))``.
      When every value is tied (σ = 0) p is 1.
    """
    xs = [float(v) for v in x]
    ys = [float(v) for v in y]
    n, m = len(xs), len(ys)
    if n == 0 or m == 0:
        raise ValueError(f"mann_whitney_u needs at least one value on each side, got {n} and {m}")
    if any(math.isnan(v) for v in xs + ys):
        raise ValueError("mann_whitney_u cannot rank NaN values; drop them first")
    u = 0.0
    for xi in xs:
        for yj in ys:
            if xi > yj:
                u += 1.0
            elif xi == yj:
                u += 0.5
    combined = xs + ys
    if not _has_ties(combined) and mann_whitney_exact_limit(n, m):
        counts = _u_distribution(n, m)
        total = math.comb(n + m, n)
        k = int(u)  # integral: no ties means no half counts
        below = sum(counts[: k + 1])
        above = sum(counts[k:])
        p = 2 * min(below, above) / total
        return (u, min(1.0, p))
    big_n = n + m
    tie_term = 0
    ordered = sorted(combined)
    i = 0
    while i < big_n:
        j = i
        while j + 1 < big_n and ordered[j + 1] == ordered[i]:
            j += 1
        t = j - i + 1
        tie_term += t * t * t - t
        i = j + 1
    variance = n * m / 12.0 * ((big_n + 1) - tie_term / (big_n * (big_n - 1)))
    if variance <= 0:
        return (u, 1.0)
    z = (abs(u - n * m / 2.0) - 0.5) / math.sqrt(variance)
    if z <= 0:
        return (u, 1.0)
    return (u, min(1.0, math.erfc(z / math.sqrt(2.0))))


# ---------------------------------------------------------------------------------------------
# Descriptive statistics
# ---------------------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Percentile by linear interpolation between closest ranks (numpy's default "linear").

    Position ``h = (n-1)·q/100`` in the sorted values; the result is
    ``v[floor(h)] + (h - floor(h))·(v[floor(h)+1] - v[floor(h)])``.
    """
    if not sorted_values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile q must be within 0..100, got {q}")
    h = (len(sorted_values) - 1) * q / 100.0
    lower = math.floor(h)
    upper = min(lower + 1, len(sorted_values) - 1)
    return sorted_values[lower] + (h - lower) * (sorted_values[upper] - sorted_values[lower])


def _numbers(values: Iterable[Any]) -> list[float]:
    """The finite numbers among ``values``; None, bools, strings and NaN/inf are dropped."""
    out: list[float] = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            continue
        f = float(v)
        if math.isfinite(f):
            out.append(f)
    return out


def describe(values: Iterable[Any]) -> dict[str, float] | None:
    """``{"p50", "p90", "min", "max", "mean", "n"}`` over the finite numbers in ``values``.

    Percentiles use :func:`percentile` (linear interpolation).  None when there is no number.
    """
    nums = sorted(_numbers(values))
    if not nums:
        return None
    return {
        "p50": percentile(nums, 50),
        "p90": percentile(nums, 90),
        "min": nums[0],
        "max": nums[-1],
        "mean": math.fsum(nums) / len(nums),
        "n": len(nums),
    }


# ---------------------------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------------------------


def _dicts(items: Any) -> list[dict]:
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def run_passed(run: dict) -> bool | None:
    """True when the run has checks and every one passed; None when it has no checks."""
    checks = _dicts(run.get("checks"))
    if not checks:
        return None
    return all(c.get("passed") is True for c in checks)


def tool_chain(run: dict) -> list[str]:
    """The names of the run's tool calls, in the order they were made."""
    return [str(tc.get("name", "?")) for tc in _dicts(run.get("tool_calls"))]


def _metric(run: dict, name: str) -> Any:
    metrics = run.get("metrics")
    return metrics.get(name) if isinstance(metrics, dict) else None


def _group_by_target(runs: Sequence[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for run in runs:
        if isinstance(run, dict):
            groups.setdefault(str(run.get("target", "?")), []).append(run)
    return groups


def _pass_counts(target_runs: list[dict]) -> tuple[int, int] | None:
    """(passes, judged) for one target, or None when none of its runs has checks.

    A cancelled run is left out (the user stopped it; it says nothing about the provider).
    An errored run without checks counts as a failure once checks exist for the target: a
    provider that errors out did not do the task.
    """
    if not any(run_passed(r) is not None for r in target_runs):
        return None
    judged = [r for r in target_runs if r.get("status") != "cancelled"]
    return sum(1 for r in judged if run_passed(r) is True), len(judged)


def summarize(runs: Sequence[dict]) -> list[dict]:
    """One summary per target, in the order targets first appear in ``runs``.

    ``ok`` counts runs with status "ok"; latency and throughput describe only those.
    ``pass_rate`` is passes / judged (see :func:`_pass_counts`), None when no run had checks;
    ``passes`` and ``judged`` are given too so the rate can be shown as "6/8".
    """
    out: list[dict] = []
    for target, target_runs in _group_by_target(runs).items():
        ok_runs = [r for r in target_runs if r.get("status") == "ok"]
        counts = _pass_counts(target_runs)
        if counts is None or counts[1] == 0:
            passes, judged, pass_rate, ci = None, None, None, None
        else:
            passes, judged = counts
            pass_rate = passes / judged
            ci = list(wilson_interval(passes, judged))
        chains: dict[tuple[str, ...], int] = {}
        for r in target_runs:
            if r.get("status") == "cancelled":
                continue
            chain = tuple(tool_chain(r))
            chains[chain] = chains.get(chain, 0) + 1
        # sorted() is stable, so equally common chains keep first-seen order.
        ranked = sorted(chains.items(), key=lambda kv: -kv[1])
        findings = [len(_dicts(r.get("findings"))) for r in target_runs]
        out.append(
            {
                "target": target,
                "runs": len(target_runs),
                "ok": len(ok_runs),
                "passes": passes,
                "judged": judged,
                "pass_rate": pass_rate,
                "pass_rate_ci": ci,
                "ttft_s": describe(_metric(r, "ttft_s") for r in ok_runs),
                "total_s": describe(_metric(r, "total_s") for r in ok_runs),
                "tokens_per_s": describe(_metric(r, "tokens_per_s") for r in ok_runs),
                "output_tokens": describe(_metric(r, "output_tokens") for r in ok_runs),
                "tool_chains": [{"chain": list(c), "count": n} for c, n in ranked],
                "findings_per_run": sum(findings) / len(findings) if findings else None,
                "asked_user": sum(1 for r in target_runs if r.get("asked_user")),
            }
        )
    return out


def _fmt_p(p: float) -> str:
    return "p<0.0001" if p < 0.0001 else f"p={p:.4f}" if p < 0.01 else f"p={p:.3f}"


def _pct(x: float) -> str:
    return f"{round(x * 100)}"


def _fisher_smallest_p(n1: int, n2: int) -> float:
    """Smallest two-sided Fisher p any outcome could give with n1 and n2 judged runs."""
    return min(fisher_exact_two_sided(n1, 0, 0, n2), fisher_exact_two_sided(0, n1, n2, 0))


def _intervals_overlap(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _compare_pass_rate(a: dict, b: dict) -> dict:
    entry = {"a": a["target"], "b": b["target"], "metric": "pass_rate"}
    method = "Fisher exact (two-sided) and Wilson 95% intervals"
    if a["pass_rate"] is None or b["pass_rate"] is None:
        missing = [s["target"] for s in (a, b) if s["pass_rate"] is None]
        return entry | {
            "verdict": NOT_ENOUGH_DATA, "p": None, "method": method, "favours": None,
            "detail": f"no checks for {', '.join(missing)}; add --expect-words or --expect-tools",
        }
    n1, n2 = a["judged"], b["judged"]
    if n1 < 2 or n2 < 2:
        return entry | {
            "verdict": NOT_ENOUGH_DATA, "p": None, "method": method, "favours": None,
            "detail": f"{n1} and {n2} judged runs; use --repeat 5 or more",
        }
    k1, k2 = a["passes"], b["passes"]
    ci1, ci2 = a["pass_rate_ci"], b["pass_rate_ci"]
    p = fisher_exact_two_sided(k1, n1 - k1, k2, n2 - k2)
    separated = not _intervals_overlap(ci1, ci2)
    detail = (
        f"{k1}/{n1} [{_pct(ci1[0])}–{_pct(ci1[1])}%] vs {k2}/{n2} "
        f"[{_pct(ci2[0])}–{_pct(ci2[1])}%], Fisher {_fmt_p(p)}"
        + (", intervals do not overlap" if separated else "")
    )
    if separated or p < ALPHA:
        verdict = LIKELY_DIFFERENT
    else:
        # Could the most lopsided outcome (all pass vs none) have been called different at all?
        # If not, "could be noise" would be a foregone conclusion, so say the sample is too small.
        top1, top2 = wilson_interval(n1, n1), wilson_interval(0, n2)
        reachable = _fisher_smallest_p(n1, n2) < ALPHA or not _intervals_overlap(top1, top2)
        verdict = COULD_BE_NOISE if reachable else NOT_ENOUGH_DATA
        if not reachable:
            detail += ("; too few runs for any outcome to count as a difference,"
                       " use --repeat 5 or more")
    favours = None
    if verdict == LIKELY_DIFFERENT:
        favours = a["target"] if k1 / n1 > k2 / n2 else b["target"]
    return entry | {"verdict": verdict, "p": p, "method": method, "detail": detail,
                    "favours": favours}


def _compare_metric(a: dict, b: dict, metric: str, higher_is_better: bool,
                    values: dict[str, list[float]]) -> dict:
    entry = {"a": a["target"], "b": b["target"], "metric": metric}
    xs, ys = values[a["target"]], values[b["target"]]
    if len(xs) < 2 or len(ys) < 2:
        return entry | {
            "verdict": NOT_ENOUGH_DATA, "p": None, "method": "Mann-Whitney U", "favours": None,
            "detail": (f"{len(xs)} and {len(ys)} values from ok runs; "
                       + ("a target with no ok runs has no timings to compare"
                          if not xs or not ys else "use --repeat 5 or more")),
        }
    u, p = mann_whitney_u(xs, ys)
    exact = not _has_ties(xs + ys) and mann_whitney_exact_limit(len(xs), len(ys))
    method = "Mann-Whitney U, " + ("exact" if exact else "normal approximation, tie-corrected")
    unit = " tok/s" if metric == "tokens_per_s" else " s"
    med_a, med_b = describe(xs)["p50"], describe(ys)["p50"]  # type: ignore[index]
    detail = f"median {med_a:.3g}{unit} vs {med_b:.3g}{unit}, U={u:g}, {_fmt_p(p)}"
    if p < ALPHA:
        verdict = LIKELY_DIFFERENT
        a_larger = u > len(xs) * len(ys) / 2
        favours = a["target"] if a_larger == higher_is_better else b["target"]
    else:
        favours = None
        # Smallest p any ordering can give: 2/C(n+m, n) under the exact distribution.
        smallest = 2 / math.comb(len(xs) + len(ys), len(xs))
        if smallest >= ALPHA:
            verdict = NOT_ENOUGH_DATA
            detail += (f"; with {len(xs)} and {len(ys)} values no ordering reaches p<{ALPHA},"
                       " use --repeat 5 or more")
        else:
            verdict = COULD_BE_NOISE
    return entry | {"verdict": verdict, "p": p, "method": method, "detail": detail,
                    "favours": favours}


def compare(runs: Sequence[dict]) -> list[dict]:
    """Pairwise verdicts between targets: each unordered pair once, in first-seen order.

    For each pair: ``pass_rate`` (Fisher exact / Wilson), then ``ttft_s`` and ``tokens_per_s``
    (Mann-Whitney U over ok runs).  "likely different" means p < 0.05 (or, for pass rate, Wilson
    intervals that do not overlap); "not enough data" means fewer than 2 values on a side, or
    so few that no outcome could reach p < 0.05.  No correction for multiple comparisons is
    applied: with many targets, expect about one in twenty noise pairs to read "likely different".
    """
    summaries = summarize(runs)
    groups = _group_by_target(runs)
    metric_values = {
        metric: {
            t: _numbers(_metric(r, metric) for r in rs if r.get("status") == "ok")
            for t, rs in groups.items()
        }
        for metric, _ in _COMPARED_METRICS
    }
    out: list[dict] = []
    for i, a in enumerate(summaries):
        for b in summaries[i + 1:]:
            out.append(_compare_pass_rate(a, b))
            for metric, higher_is_better in _COMPARED_METRICS:
                out.append(_compare_metric(a, b, metric, higher_is_better, metric_values[metric]))
    return out


def session_summary(session: dict) -> dict:
    """``{"summary": summarize(runs), "comparisons": compare(runs)}`` for a session dict."""
    runs = session.get("runs") if isinstance(session, dict) else None
    runs = _dicts(runs)
    return {"summary": summarize(runs), "comparisons": compare(runs)}
