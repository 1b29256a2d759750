"""Repeats and statistics: hand-computed values for every method, then whole-session verdicts."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from provtui.core import stats
from provtui.core.stats import (
    compare,
    describe,
    fisher_exact_two_sided,
    mann_whitney_u,
    percentile,
    session_summary,
    summarize,
    wilson_interval,
)

Z2 = stats.Z95**2  # 3.841458820694124


# --------------------------------------------------------------------------------------------
# Wilson
# --------------------------------------------------------------------------------------------


def test_wilson_zero_of_eight():
    # p = 0: centre = (z²/16)/(1 + z²/8), half = z/(1 + z²/8)·sqrt(z²/256) = (z²/16)/(1 + z²/8),
    # so lo = 0 and hi = (z²/8)/(1 + z²/8) = 0.48018/1.48018 = 0.3244 (published: [0, 0.324]).
    lo, hi = wilson_interval(0, 8)
    assert lo == pytest.approx(0.0, abs=1e-12)
    assert hi == pytest.approx((Z2 / 8) / (1 + Z2 / 8), rel=1e-12)
    assert hi == pytest.approx(0.3244, abs=1e-4)


def test_wilson_eight_of_eight_mirrors_zero_of_eight():
    # Symmetry: the interval for k/n is 1 minus the interval for (n-k)/n: [1 - 0.3244, 1].
    lo, hi = wilson_interval(8, 8)
    assert hi == pytest.approx(1.0, abs=1e-12)
    assert lo == pytest.approx(1 - 0.3244076, abs=1e-6)
    assert lo == pytest.approx(8 / (8 + Z2), rel=1e-12)  # n/(n + z²) at k = n


def test_wilson_six_of_eight():
    # p = 0.75, z²/n = 0.480182, denominator 1.480182.
    # centre = (0.75 + 0.240091)/1.480182 = 0.668896
    # half = 1.959964/1.480182 · sqrt(0.1875/8 + 3.841459/256) = 1.324137 · sqrt(0.038443)
    #      = 1.324137 · 0.196070 = 0.259622  ->  [0.4093, 0.9285] (published: [0.409, 0.929]).
    lo, hi = wilson_interval(6, 8)
    assert lo == pytest.approx(0.4093, abs=1e-4)
    assert hi == pytest.approx(0.9285, abs=1e-4)


def test_wilson_three_of_ten():
    # p = 0.3, z²/n = 0.384146, denominator 1.384146.
    # centre = (0.3 + 0.192073)/1.384146 = 0.355506
    # half = 1.959964/1.384146 · sqrt(0.021 + 0.009604) = 1.416009 · 0.174940 = 0.247716
    # -> [0.1078, 0.6032] (published: [0.108, 0.603]).
    lo, hi = wilson_interval(3, 10)
    assert lo == pytest.approx(0.1078, abs=1e-4)
    assert hi == pytest.approx(0.6032, abs=1e-4)


def test_wilson_no_runs_knows_nothing_and_bad_counts_are_refused():
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError, match="successes <= n"):
        wilson_interval(9, 8)


# --------------------------------------------------------------------------------------------
# Fisher exact
# --------------------------------------------------------------------------------------------


def test_fisher_perfect_separation_eight_by_eight():
    # Margins: rows 8, 8; first column 8; C(16, 8) = 12870 equally likely column splits.
    # P(x) ∝ C(8, x)·C(8, 8-x): x = 8 and x = 0 both have weight 1, every other x more.
    # p = (1 + 1)/12870 = 0.000155400...
    assert fisher_exact_two_sided(8, 0, 0, 8) == pytest.approx(2 / 12870, rel=1e-12)


def test_fisher_six_two_versus_three_five():
    # Rows 8, 8; first column 9; x from 1 to 8, weights C(8, x)·C(8, 9-x):
    #   x=1: 8, x=2: 224, x=3: 1568, x=4: 3920, x=5: 3920, x=6: 1568, x=7: 224, x=8: 8
    # (total 11440 = C(16, 9)).  Observed x = 6 (weight 1568); tables at most as likely:
    # x = 1, 2, 3, 6, 7, 8 -> 8 + 224 + 1568 + 1568 + 224 + 8 = 3600.  p = 3600/11440.
    assert fisher_exact_two_sided(6, 2, 3, 5) == pytest.approx(3600 / 11440, rel=1e-12)
    assert fisher_exact_two_sided(6, 2, 3, 5) == pytest.approx(0.3147, abs=1e-4)


def test_fisher_seed_numbers_one_of_six_versus_six_of_six():
    # The seed's tool-use numbers.  Rows 6, 6; first column 7; x from 1 to 6, weights
    # C(6, x)·C(6, 7-x): x=1: 6, x=2: 90, x=3: 300, x=4: 300, x=5: 90, x=6: 6 (sum 792 = C(12, 7)).
    # Observed x = 1 (weight 6): p = (6 + 6)/792 = 0.01515: a real difference at 5%.
    assert fisher_exact_two_sided(1, 5, 6, 0) == pytest.approx(12 / 792, rel=1e-12)


def test_fisher_seed_numbers_eight_of_fifteen_versus_fifteen_of_fifteen():
    # Rows 15, 15; first column 23; x from 8 to 15.  x = 8: C(15,8)·C(15,15) = 6435;
    # x = 15: C(15,15)·C(15,8) = 6435; x = 9: C(15,9)·C(15,14) = 75075 is larger, and so on.
    # p = 12870 / C(30, 23) = 12870 / 2035800 = 0.006322.
    assert fisher_exact_two_sided(8, 7, 15, 0) == pytest.approx(12870 / 2035800, rel=1e-12)


def test_fisher_identical_rows_and_empty_margins_give_one():
    # [[5,3],[4,4]]: the observed x = 5 has the largest weight (C(8,5)·C(8,4) = 3920, tied with
    # x = 4), so every table counts: p = 1.
    assert fisher_exact_two_sided(5, 3, 4, 4) == pytest.approx(1.0)
    assert fisher_exact_two_sided(0, 0, 3, 4) == 1.0
    assert fisher_exact_two_sided(3, 0, 4, 0) == 1.0
    with pytest.raises(ValueError, match="counts >= 0"):
        fisher_exact_two_sided(-1, 2, 3, 4)


# --------------------------------------------------------------------------------------------
# Mann-Whitney U
# --------------------------------------------------------------------------------------------


def test_mann_whitney_textbook_males_females():
    # scipy's documented example (Conover): males 19 22 16 29 24 vs females 20 11 17 12.
    # U(males) = pairs male > female: 19 -> 3, 22 -> 4, 16 -> 2, 29 -> 4, 24 -> 4, U = 17.
    # Exact: C(9, 4) = 126 orderings; P(U >= 17) = P(U <= 3) = (1 + 1 + 2 + 3)/126 = 7/126
    # (partitions of 0..3 into at most 4 parts no larger than 5); two-sided p = 14/126 = 0.1111.
    u, p = mann_whitney_u([19, 22, 16, 29, 24], [20, 11, 17, 12])
    assert u == 17.0
    assert p == pytest.approx(14 / 126, rel=1e-12)


def test_mann_whitney_complete_separation_exact():
    # 4 vs 4 with every x below every y: U = 0; P(U = 0) = 1/C(8, 4) = 1/70; p = 2/70.
    u, p = mann_whitney_u([1, 2, 3, 4], [5, 6, 7, 8])
    assert u == 0.0
    assert p == pytest.approx(2 / 70, rel=1e-12)
    # 3 vs 3 can never get below 2/C(6, 3) = 0.1.
    assert mann_whitney_u([1, 2, 3], [4, 5, 6])[1] == pytest.approx(0.1)


def _sample_with_u(u: int, n: int, m: int) -> tuple[list[float], list[float]]:
    """Tie-free samples of sizes n and m whose U(x) is exactly u."""
    y = [10.0 * j for j in range(m)]
    x = []
    remaining = u
    for i in range(n):
        beats = min(m, remaining)
        remaining -= beats
        # 10·beats - 5 sits just above `beats` values of y; the i/100 keeps x free of ties.
        x.append(10.0 * beats - 5 + i / 100)
    assert remaining == 0
    return x, y


@pytest.mark.parametrize(
    ("n", "critical"),
    # Published two-sided 5% critical values of U for equal samples (e.g. the tables in
    # Siegel & Castellan, or any statistics textbook appendix): U <= critical is significant.
    [(5, 2), (6, 5), (7, 8), (8, 13), (9, 17), (10, 23)],
)
def test_mann_whitney_exact_matches_published_critical_values(n, critical):
    x, y = _sample_with_u(critical, n, n)
    u, p = mann_whitney_u(x, y)
    assert u == critical and p <= 0.05
    x, y = _sample_with_u(critical + 1, n, n)
    u, p = mann_whitney_u(x, y)
    assert u == critical + 1 and p > 0.05


def test_mann_whitney_ties_use_tie_corrected_normal_approximation():
    # x = 1 2 2 4, y = 2 3 5 5.  U(x): 1 -> 0, 2 -> 0.5 (tie with 2), 2 -> 0.5, 4 -> 2; U = 3.
    # Mean n·m/2 = 8.  Combined 1 2 2 2 3 4 5 5: tie groups of 3 (value 2) and 2 (value 5),
    # Σ(t³ - t) = 24 + 6 = 30.  Var = 16/12 · (9 - 30/56) = 1.333333 · 8.464286 = 11.285714,
    # σ = 3.359422.  z = (|3 - 8| - 0.5)/σ = 1.339516; p = erfc(z/√2) = 0.18040.
    u, p = mann_whitney_u([1, 2, 2, 4], [2, 3, 5, 5])
    assert u == 3.0
    sigma = math.sqrt(16 / 12 * (9 - 30 / 56))
    assert p == pytest.approx(math.erfc((5 - 0.5) / sigma / math.sqrt(2)), rel=1e-12)
    assert p == pytest.approx(0.1804, abs=1e-4)


def test_mann_whitney_large_samples_use_normal_approximation():
    # x = 0..29, y = 15.5..44.5 (30 each, no ties, above the exact limit of 25).
    # x_i > y_j iff j <= i - 16, so U = Σ_{i=16}^{29} (i - 15) = 1 + ... + 14 = 105.
    # Mean 450, variance 900/12 · 61 = 4575, σ = 67.6387, z = (345 - 0.5)/σ = 5.0933.
    u, p = mann_whitney_u(list(range(30)), [v + 15.5 for v in range(30)])
    assert u == 105.0
    z = (450 - 105 - 0.5) / math.sqrt(4575)
    assert p == pytest.approx(math.erfc(z / math.sqrt(2)), rel=1e-12)
    assert p < 1e-6


def test_mann_whitney_all_tied_and_bad_input():
    assert mann_whitney_u([1.0, 1.0], [1.0, 1.0]) == (2.0, 1.0)
    with pytest.raises(ValueError, match="at least one value"):
        mann_whitney_u([], [1.0])
    with pytest.raises(ValueError, match="NaN"):
        mann_whitney_u([float("nan")], [1.0])


def test_exact_u_distribution_is_a_distribution():
    # Counts over all C(n+m, n) orderings, symmetric about n·m/2.
    for n, m in [(1, 1), (3, 5), (6, 4), (8, 8)]:
        counts = stats._u_distribution(n, m)
        assert len(counts) == n * m + 1
        assert sum(counts) == math.comb(n + m, n)
        assert counts == counts[::-1]


# --------------------------------------------------------------------------------------------
# Percentiles and describe
# --------------------------------------------------------------------------------------------


def test_percentile_linear_interpolation_like_numpy():
    # [1, 2, 3, 4]: p50 at h = 3·0.5 = 1.5 -> 2 + 0.5·1 = 2.5; p90 at h = 2.7 -> 3 + 0.7 = 3.7.
    assert percentile([1, 2, 3, 4], 50) == pytest.approx(2.5)
    assert percentile([1, 2, 3, 4], 90) == pytest.approx(3.7)
    # [15, 20, 35, 40, 50]: p90 at h = 3.6 -> 40 + 0.6·10 = 46; p50 at h = 2 -> 35.
    assert percentile([15, 20, 35, 40, 50], 90) == pytest.approx(46.0)
    assert percentile([15, 20, 35, 40, 50], 50) == 35
    assert percentile([7.0], 90) == 7.0
    assert percentile([1, 2], 0) == 1 and percentile([1, 2], 100) == 2


def test_describe_drops_what_is_not_a_number():
    d = describe([0.5, None, 0.1, float("nan"), True, "3", 0.3, 0.2])
    # Finite numbers 0.1 0.2 0.3 0.5; p50 at h = 1.5 -> 0.25; p90 at h = 2.7 -> 0.3 + 0.7·0.2.
    assert d == pytest.approx(
        {"p50": 0.25, "p90": 0.44, "min": 0.1, "max": 0.5, "mean": 0.275, "n": 4}
    )
    assert describe([]) is None
    assert describe([None, float("inf")]) is None


# --------------------------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------------------------


def make_run(target, passed=True, *, status="ok", ttft=0.3, tps=90.0, tools=(), findings=0,
             checks=True, asked_user=False, repeat_index=0):
    run = {
        "target": target,
        "provider": target.split(":")[0],
        "model": "m",
        "repeat_index": repeat_index,
        "status": status,
        "error": None if status == "ok" else {"kind": "server_error", "message": "boom"},
        "text": "",
        "tool_calls": [{"id": f"c{i}", "name": name, "arguments": {}} for i, name in enumerate(tools)],
        "metrics": {"ttft_s": ttft, "total_s": ttft + 2, "output_tokens": 100,
                    "output_tokens_estimated": False, "tokens_per_s": tps},
        "findings": [{"kind": "glued_words", "start": 0, "end": 1, "text": "x"}] * findings,
        "checks": [{"name": "words", "passed": passed, "detail": ""}] if checks else [],
    }
    if asked_user:
        run["asked_user"] = True
    return run


def two_target_session(passes_a, passes_b, n=8, *, ttft_a=None, ttft_b=None):
    runs = []
    for i in range(n):
        runs.append(make_run("A", i < passes_a, ttft=(ttft_a or [0.3] * n)[i], repeat_index=i))
        runs.append(make_run("B", i < passes_b, ttft=(ttft_b or [0.3] * n)[i], repeat_index=i))
    return runs


def _find(comparisons, metric):
    (entry,) = [c for c in comparisons if c["metric"] == metric]
    return entry


def test_sixteen_runs_eight_of_eight_versus_one_of_eight_is_likely_different():
    runs = two_target_session(8, 1)
    summary = summarize(runs)
    assert [s["target"] for s in summary] == ["A", "B"]
    a, b = summary
    assert (a["runs"], a["ok"], a["passes"], a["judged"], a["pass_rate"]) == (8, 8, 8, 8, 1.0)
    assert (b["passes"], b["pass_rate"]) == (1, 0.125)
    # 8/8 -> [8/(8 + z²), 1] = [0.6756, 1]; 1/8 -> [0.0224, 0.4709]: no overlap.
    assert a["pass_rate_ci"] == pytest.approx([0.6756, 1.0], abs=1e-4)
    assert b["pass_rate_ci"] == pytest.approx([0.0224, 0.4709], abs=1e-4)
    pr = _find(compare(runs), "pass_rate")
    assert (pr["a"], pr["b"]) == ("A", "B")
    assert pr["verdict"] == "likely different"
    assert pr["favours"] == "A"
    # [[8,0],[1,7]]: rows 8, 8, first column 9; weights x=8: 1·8, x=1: 8·1, others larger.
    # p = 16/C(16, 9) = 16/11440 = 0.0013986.
    assert pr["p"] == pytest.approx(16 / 11440, rel=1e-12)
    assert "8/8" in pr["detail"] and "1/8" in pr["detail"]


def test_five_of_eight_versus_four_of_eight_could_be_noise():
    runs = two_target_session(5, 4)
    pr = _find(compare(runs), "pass_rate")
    assert pr["verdict"] == "could be noise"
    assert pr["p"] == pytest.approx(1.0)
    assert pr["favours"] is None


def test_latency_difference_is_seen_and_attributed_to_the_faster_target():
    fast = [0.20, 0.22, 0.25, 0.21, 0.23, 0.24, 0.26, 0.27]
    slow = [0.50, 0.55, 0.52, 0.61, 0.58, 0.49, 0.57, 0.60]
    runs = two_target_session(8, 8, ttft_a=slow, ttft_b=fast)
    ttft = _find(compare(runs), "ttft_s")
    # All 8 slow values above all 8 fast: U(A) = 64, exact p = 2/C(16, 8) = 2/12870.
    assert ttft["verdict"] == "likely different"
    assert ttft["p"] == pytest.approx(2 / 12870)
    assert ttft["favours"] == "B"
    assert "exact" in ttft["method"]
    # Throughput was identical everywhere: all tied -> p = 1.
    tps = _find(compare(runs), "tokens_per_s")
    assert tps["verdict"] == "could be noise" and tps["p"] == 1.0


def test_single_runs_are_not_enough_data():
    runs = [make_run("A", True), make_run("B", False)]
    comparisons = compare(runs)
    assert [c["metric"] for c in comparisons] == ["pass_rate", "ttft_s", "tokens_per_s"]
    assert all(c["verdict"] == "not enough data" and c["p"] is None for c in comparisons)


def test_three_runs_each_cannot_reach_significance_even_when_lopsided():
    # 3/3 vs 0/3: Fisher p = 2/C(6, 3) = 0.1, Wilson [0.4385, 1] vs [0, 0.5615] overlap:
    # no outcome of 3 vs 3 runs could be called different, so say so instead of "noise".
    runs = two_target_session(3, 0, n=3, ttft_a=[1, 2, 3], ttft_b=[4, 5, 6])
    comparisons = compare(runs)
    pr = _find(comparisons, "pass_rate")
    assert pr["verdict"] == "not enough data" and pr["p"] == pytest.approx(0.1)
    assert "--repeat" in pr["detail"]
    assert _find(comparisons, "ttft_s")["verdict"] == "not enough data"
    # With four each, the same lopsided result is a difference (p = 2/70).
    runs = two_target_session(4, 0, n=4)
    assert _find(compare(runs), "pass_rate")["verdict"] == "likely different"


def test_pairs_each_once_in_first_seen_order():
    runs = [make_run(t, True) for t in ["C", "A", "C", "B", "A"]]
    pairs = [(c["a"], c["b"]) for c in compare(runs) if c["metric"] == "pass_rate"]
    assert pairs == [("C", "A"), ("C", "B"), ("A", "B")]


def test_summary_details_tool_chains_findings_asked_user_errors_cancelled():
    runs = [
        make_run("A", True, tools=["list_vehicles", "get_battery"], findings=2, ttft=0.1),
        make_run("A", False, tools=["list_vehicles"], ttft=0.2),
        make_run("A", True, tools=["list_vehicles", "get_battery"], asked_user=True, ttft=0.3),
        make_run("A", False, status="error", checks=False, ttft=9.0),
        make_run("A", False, status="cancelled", checks=False, tools=["x"]),
    ]
    (s,) = summarize(runs)
    assert (s["runs"], s["ok"]) == (5, 3)
    # Error counts as a failure, cancelled is left out: 2 passes of 4 judged.
    assert (s["passes"], s["judged"], s["pass_rate"]) == (2, 4, 0.5)
    assert s["pass_rate_ci"] == pytest.approx(list(wilson_interval(2, 4)))
    assert s["tool_chains"] == [
        {"chain": ["list_vehicles", "get_battery"], "count": 2},
        {"chain": ["list_vehicles"], "count": 1},
        {"chain": [], "count": 1},
    ]
    # Only ok runs count for latency: 0.1 0.2 0.3, not the errored 9.0.
    assert s["ttft_s"]["max"] == pytest.approx(0.3)
    assert s["ttft_s"]["p50"] == pytest.approx(0.2)
    assert s["findings_per_run"] == pytest.approx(2 / 5)
    assert s["asked_user"] == 1


def test_no_checks_means_no_pass_rate():
    runs = [make_run("A", checks=False), make_run("A", checks=False), make_run("B", checks=False),
            make_run("B", checks=False)]
    summary = summarize(runs)
    assert all(s["pass_rate"] is None and s["pass_rate_ci"] is None for s in summary)
    pr = _find(compare(runs), "pass_rate")
    assert pr["verdict"] == "not enough data" and "--expect" in pr["detail"]


def test_malformed_runs_are_tolerated():
    runs = [{"target": "A", "status": "ok", "metrics": None, "checks": "nope",
             "tool_calls": [None, {"name": "t"}], "findings": None},
            {"status": "error"}, "not a run"]
    summary = summarize(runs)  # type: ignore[arg-type]
    assert [s["target"] for s in summary] == ["A", "?"]
    assert summary[0]["ttft_s"] is None and summary[0]["pass_rate"] is None
    assert summary[0]["tool_chains"] == [{"chain": ["t"], "count": 1}]


def test_session_summary_is_json_ready():
    session = {"format": "provtui-session", "version": 1, "runs": two_target_session(8, 1)}
    result = session_summary(session)
    assert set(result) == {"summary", "comparisons"}
    assert json.loads(json.dumps(result, allow_nan=False)) == result
    assert session_summary({}) == {"summary": [], "comparisons": []}


def test_stats_imports_neither_rich_nor_textual():
    code = (
        "import sys, provtui.core.stats\n"
        "bad = [m for m in ('rich', 'textual') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
