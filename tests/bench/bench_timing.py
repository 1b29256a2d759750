"""Timing truth: 8 streams with known server-side delays while the TUI draws them.

    /root/.venvs/dev/bin/python tests/bench/bench_timing.py [--rounds 3]

Each of 8 targets gets ``/timed/TTFT/N/GAP``: the first token TTFT ms after the request
(120 .. 680 ms), then N-1 more GAP ms apart (500 tokens/s each, 4,000/s together, so the UI
is busy), then the finish chunk and ``[DONE]``.  The server (another process) records when
it wrote each of them on CLOCK_MONOTONIC, the clock provtui stamps events with.

Compared, per run: the saved session's ``ttft_s`` and the turn's ``duration_s`` against the
server's truth (first token write - request arrival; [DONE] write - request arrival).  Two
contenders alternate: the TUI (``App.run_test``, drawing) and the headless path (``Fanout`` +
recorder, nothing drawing) as the reference.  Target: |error| <= 5 ms with the UI busy.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit_result, median, percentile, server, target  # noqa: E402
from tui_harness import LoopLag, isolate_dirs, make_app, wait_for_session, SIZE  # noqa: E402

TTFTS_MS = (120, 200, 280, 360, 440, 520, 600, 680)
TOKENS = 1500
GAP_MS = 2


def targets_for(srv, round_no: int, tag: str) -> list:
    return [target(srv.url(f"timed/{ms}/{TOKENS}/{GAP_MS}/{tag}{round_no}x{i}"), name=f"t{i}")
            for i, ms in enumerate(TTFTS_MS)]


def errors(session: dict, log: list[dict], tag: str, round_no: int) -> list[dict]:
    by_tag = {e["path"].split("/")[5]: e for e in log if e["path"].startswith("/timed/")}
    out = []
    for i, run in enumerate(session["runs"]):
        entry = by_tag[f"{tag}{round_no}x{i}"]
        turn = run["turns"][0]
        t_req = entry["t_request"]
        true_ttft = entry["writes"][0][0] - t_req
        true_total = entry["writes"][-1][0] - t_req
        out.append({
            "run": i, "true_ttft_s": true_ttft, "true_total_s": true_total,
            "ttft_err_ms": 1000 * (run["metrics"]["ttft_s"] - true_ttft),
            "total_err_ms": 1000 * (turn["duration_s"] - true_total),
            # the run's total_s starts before the connection is made: not the provider's time
            "run_total_minus_true_ms": 1000 * (run["metrics"]["total_s"] - true_total),
        })
    return out


async def tui_round(srv, round_no: int) -> tuple[list[dict], dict]:
    app = make_app(targets_for(srv, round_no, "tui"))
    lag = LoopLag()
    async with app.run_test(size=SIZE):
        lag.start()
        session = await wait_for_session(app, 120)
        await lag.stop()
    lags = [x for _, x in lag.samples]
    return errors(session, srv.log(), "tui", round_no), {
        "loop_lag_p99_ms": 1000 * percentile(lags, 99), "loop_lag_max_ms": 1000 * max(lags)}


async def headless_round(srv, round_no: int) -> tuple[list[dict], dict]:
    from provtui.core.fanout import Fanout, SessionPlan
    from provtui.core.session import SessionRecorder

    plan = SessionPlan(prompt="go", targets=targets_for(srv, round_no, "headless"))
    recorder = SessionRecorder()
    async with Fanout(plan) as fan:
        async for event in fan.stream_all():
            recorder.apply(event)
    return errors(recorder.finish(), srv.log(), "headless", round_no), {}


def summarise(rows: list[dict]) -> dict:
    ttft = [abs(r["ttft_err_ms"]) for r in rows]
    total = [abs(r["total_err_ms"]) for r in rows]
    return {
        "n": len(rows),
        "ttft_abs_err_ms": {"p50": median(ttft), "p99": percentile(ttft, 99), "max": max(ttft)},
        "total_abs_err_ms": {"p50": median(total), "p99": percentile(total, 99),
                             "max": max(total)},
        "ttft_err_ms_signed_median": median([r["ttft_err_ms"] for r in rows]),
        "total_err_ms_signed_median": median([r["total_err_ms"] for r in rows]),
        "run_total_minus_true_ms_median": median([r["run_total_minus_true_ms"] for r in rows]),
    }


async def bench(rounds: int) -> dict:
    rows: dict[str, list[dict]] = {"tui": [], "headless": []}
    extra: list[dict] = []
    with server() as srv:
        for r in range(rounds):
            order = ["tui", "headless"] if r % 2 == 0 else ["headless", "tui"]
            for name in order:
                if name == "tui":
                    res, info = await tui_round(srv, r)
                    extra.append(info)
                else:
                    res, _ = await headless_round(srv, r)
                rows[name] += res
    out = {name: summarise(v) for name, v in rows.items()}
    out["tui"]["loop_lag_p99_ms"] = median([e["loop_lag_p99_ms"] for e in extra])
    out["tui"]["loop_lag_max_ms"] = max(e["loop_lag_max_ms"] for e in extra)
    out["rows"] = rows
    out["rounds"] = rounds
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    isolate_dirs()
    res = asyncio.run(bench(args.rounds))
    for name in ("tui", "headless"):
        s = res[name]
        print(f"{name:9} ttft |err| p50 {s['ttft_abs_err_ms']['p50']:.2f} ms  max "
              f"{s['ttft_abs_err_ms']['max']:.2f} ms   total |err| p50 "
              f"{s['total_abs_err_ms']['p50']:.2f} ms  max {s['total_abs_err_ms']['max']:.2f} ms"
              f"   (n={s['n']})")
    print(f"TUI event-loop lag p99 {res['tui']['loop_lag_p99_ms']:.1f} ms, max "
          f"{res['tui']['loop_lag_max_ms']:.1f} ms")
    emit_result(res)


if __name__ == "__main__":
    main()
