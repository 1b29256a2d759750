"""UI keep-up: 8 panes, each fed RATE chunks/s for SECONDS, while keys are pressed.

    python tests/bench/bench_ui.py [--rate 2000] [--seconds 10] [--tick-s 0.03]
        [--network process|thread] [--idle]
    python tests/bench/bench_ui.py --compare 3     # idle / process / thread, alternated

The real TUI (``App.run_test``, 200x50, every frame also turned into terminal bytes) streams 8
targets from ``/paced/RATE/SECONDS``.  Measured:

- backlog: every 100 ms, per pane, the chunks the server has written (its own log, same
  clock) minus the chunks whose text is in the pane's answer view; reported as the worst pane
  in the first and the last second of streaming, and how long after the server's last write
  every pane had drawn everything (drain);
- frames: the interval between consecutive frames while streaming (p50, p99, max) and what a
  frame cost;
- keys: every 250 ms a character is sent to the focused prompt box through the driver, as a
  terminal's key press arrives, from the send until 0.5 s after every pane has drawn its
  whole answer and shown its end and findings and the session is saved (the runs' ends are
  part of the load: what they change waits for gaps between keys, one change per gap);
  latency = the end of the first frame that shows it; the keys after the server's last write
  are also reported on their own;
- the event loop's lag (a 5 ms heartbeat's lateness), which is what delays everything else.

Targets: no growing backlog, frame interval p99 <= 50 ms, key latency p99 <= 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from bisect import bisect_right
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import TOKEN_CHARS, emit_result, median, percentile, server, target  # noqa: E402
from tui_harness import SIZE, LoopLag, isolate_dirs, make_app, wait_for_session  # noqa: E402

KEY_EVERY_S = 0.25
SETTLE_S = 1.5
END_TYPING_S = 0.5


def drawn_now(app) -> dict[str, int]:
    """Characters each pane has drawn.  The idle panes are replaced by the session's panes
    while this samples: a pane whose children are already gone is skipped, not fatal."""
    from textual.css.query import NoMatches

    drawn = {}
    for p in app.panes:
        try:
            drawn[p.state.target] = len(p.answer.text)
        except NoMatches:
            pass
    return drawn


def settled(app) -> bool:
    """Everything a session's end shows is on screen: every pane's end and findings, the
    saved session's metrics, footer and toast (they wait for gaps in typing one by one)."""
    drive = app.drive
    # getattr: the benchmark also runs against older versions (before and after, one table)
    return (drive is not None and drive.saved_path is not None
            and not getattr(app, "_gap_jobs", None) and not getattr(app, "_gap_waiters", None)
            and all(getattr(p, "_end_shown", True) and p._final_done
                    and not p._analysis_dirty for p in app.panes))


async def bench(rate: int, seconds: float, tick_s: float | None) -> dict:
    from textual import events

    with server() as srv:
        targets = [target(srv.url(f"paced/{rate}/{seconds:g}/ui{i}"), name=f"p{i}")
                   for i in range(8)]
        # the prompt is sent once the app has settled (its word lists and network process
        # warm, as when a person has typed a prompt), not in its first frame
        app = make_app(targets, tick_s=tick_s, send=False)
        samples: list[tuple[float, dict[str, int]]] = []
        keys: list[dict] = []
        pending: list[dict] = []
        lag = LoopLag()

        def on_frame(t_end: float) -> None:
            if not pending:
                return
            shown = len(app.prompt_box.text)
            while pending and shown >= pending[0]["want"]:
                k = pending.pop(0)
                k["latency_s"] = t_end - k["t"]
                keys.append(k)

        async with app.run_test(size=SIZE):
            from provtui.ui.widgets.prompt import PromptBox

            app.prompt_box = app.query_one(PromptBox)
            await asyncio.sleep(SETTLE_S)
            app.action_send()
            app.on_frame = on_frame
            lag.start()
            typed = 0
            next_key = time.monotonic() + 0.5
            full = int(rate * seconds) * TOKEN_CHARS
            done_at = None
            stop_at = None
            while True:
                now = time.monotonic()
                drawn = drawn_now(app)
                samples.append((now, drawn))
                if app.drive is not None and app.drive.session is not None:
                    done_at = done_at or now
                    # keep sampling until every pane has drawn its whole answer (the drain),
                    # and typing for END_TYPING_S more: the runs' ends (final analysis,
                    # findings, badges, the session's save) are part of the load
                    if (all(v >= full for v in drawn.values()) and settled(app)) \
                            or now - done_at > 15:
                        stop_at = stop_at or now + END_TYPING_S
                    if stop_at and now >= stop_at:
                        break
                started = app.drive is not None
                if started and now >= next_key and not pending:
                    if app.focused is not app.prompt_box:
                        # focus moves by messages: a key sent at once could still reach the
                        # old widget and never show (a person's focus is already there)
                        app.prompt_box.focus()
                        await asyncio.sleep(0.02)
                        continue
                    typed += 1
                    want = len(app.prompt_box.text) + 1
                    pending.append({"t": time.monotonic(), "want": want})
                    app._driver.send_message(events.Key("a", "a"))
                    next_key = now + KEY_EVERY_S
                await asyncio.sleep(0.1)
            await wait_for_session(app, 5)
            await lag.stop()
            frames = list(app.frames)
        log = srv.log()

    by_target = {}
    for e in log:
        if e["path"].startswith("/paced/"):
            tag = e["path"].split("/")[4]
            by_target["p" + tag[2:]] = e
    t_first = min(e["t_first"] for e in by_target.values())
    t_last = max(e["writes"][-1][0] for e in by_target.values())

    def written(name: str, t: float) -> int:
        writes = by_target[name]["writes"]
        i = bisect_right([w[0] for w in writes], t) - 1
        return writes[i][1] if i >= 0 else 0

    backlog: list[tuple[float, int]] = []
    drained_at = None
    for t, drawn in samples:
        if t < t_first or not drawn:
            continue
        worst = max(written(name, t) - chars // TOKEN_CHARS for name, chars in drawn.items())
        backlog.append((t - t_first, worst))
        if t > t_last and worst <= 0 and drained_at is None:
            drained_at = t
    first = [b for s, b in backlog if s <= 1.0]
    last = [b for s, b in backlog if seconds - 1.0 <= s <= seconds]
    stream_frames = [f for f in frames if t_first <= f[0] <= t_last]
    intervals = [b[0] - a[0] for a, b in zip(stream_frames, stream_frames[1:])]
    costs = [e - s for s, e in stream_frames]
    key_lat = [k["latency_s"] for k in keys]
    # the keys pressed after the server's last write: the runs ending (drain, final analysis,
    # findings, badges, the session's save) — a person keeps typing through it
    end_lat = [k["latency_s"] for k in keys if k["t"] > t_last]
    lags = [x for t, x in lag.samples if t_first <= t <= t_last]
    return {
        "rate": rate, "seconds": seconds, "tick_s": tick_s or app.tick_s,
        "backlog_first_s_max": max(first) if first else None,
        "backlog_last_s_max": max(last) if last else None,
        "backlog_series": [(round(s, 2), b) for s, b in backlog],
        "drain_s": None if drained_at is None else drained_at - t_last,
        "frames": len(stream_frames),
        "frame_interval_ms": {"p50": 1000 * median(intervals),
                              "p99": 1000 * percentile(intervals, 99),
                              "max": 1000 * max(intervals, default=float("nan"))},
        "frame_cost_ms": {"p50": 1000 * median(costs), "p99": 1000 * percentile(costs, 99)},
        "keys": len(key_lat), "keys_unanswered": len(pending),
        "key_series": [(round(k["t"] - t_first, 2), round(1000 * k["latency_s"], 1))
                       for k in keys],
        "key_latency_ms": {"p50": 1000 * median(key_lat), "p99": 1000 * percentile(key_lat, 99),
                           "max": 1000 * max(key_lat, default=float("nan"))},
        "keys_at_end": len(end_lat),
        "key_latency_end_ms": {"p50": 1000 * median(end_lat),
                               "p99": 1000 * percentile(end_lat, 99),
                               "max": 1000 * max(end_lat, default=float("nan"))},
        "loop_lag_ms": {"p50": 1000 * median(lags), "p99": 1000 * percentile(lags, 99),
                        "max": 1000 * max(lags, default=float("nan"))},
    }


async def idle_bench(seconds: float) -> dict:
    """The same keys into the same app with nothing streaming: the floor for the loaded
    figures."""
    from textual import events

    app = make_app([target("http://127.0.0.1:9/v1", name=f"p{i}") for i in range(8)],
                   send=False)
    keys: list[float] = []
    pending: list[dict] = []

    def on_frame(t_end: float) -> None:
        shown = len(app.prompt_box.text)
        while pending and shown >= pending[0]["want"]:
            keys.append(t_end - pending.pop(0)["t"])

    async with app.run_test(size=SIZE):
        from provtui.ui.widgets.prompt import PromptBox

        app.prompt_box = app.query_one(PromptBox)
        app.prompt_box.focus()
        await asyncio.sleep(SETTLE_S)  # as the loaded contenders: typing starts once settled
        app.on_frame = on_frame
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if not pending:
                pending.append({"t": time.monotonic(), "want": len(app.prompt_box.text) + 1})
                app._driver.send_message(events.Key("a", "a"))
            await asyncio.sleep(KEY_EVERY_S)
        await asyncio.sleep(0.3)
    return {"keys": len(keys), "key_latency_ms": {
        "p50": 1000 * median(keys), "p99": 1000 * percentile(keys, 99),
        "max": 1000 * max(keys, default=float("nan"))}}


def _print(res: dict) -> None:
    print(f"8 panes x {res['rate']} chunks/s x {res['seconds']:g} s (tick {res['tick_s']} s, "
          f"network {res['network']})")
    drain = "never" if res["drain_s"] is None else f"{res['drain_s']:.2f} s"
    print(f"  backlog (worst pane, chunks): first second {res['backlog_first_s_max']}, last "
          f"second {res['backlog_last_s_max']}, drained {drain} after the last write")
    fi, fc = res["frame_interval_ms"], res["frame_cost_ms"]
    print(f"  frames {res['frames']}: interval p50 {fi['p50']:.0f} ms p99 {fi['p99']:.0f} ms max "
          f"{fi['max']:.0f} ms; cost p50 {fc['p50']:.1f} ms p99 {fc['p99']:.1f} ms")
    kl, ll = res["key_latency_ms"], res["loop_lag_ms"]
    print(f"  keys {res['keys']} (+{res['keys_unanswered']} never shown): latency p50 "
          f"{kl['p50']:.0f} ms p99 {kl['p99']:.0f} ms; loop lag p99 {ll['p99']:.0f} ms max "
          f"{ll['max']:.0f} ms")
    ke = res["key_latency_end_ms"]
    print(f"  of which {res['keys_at_end']} after the last write (runs ending): p50 "
          f"{ke['p50']:.0f} ms max {ke['max']:.0f} ms")


def compare(rounds: int, rate: int, seconds: float) -> None:
    """Idle, network process and network thread, alternated in fresh processes, one table."""
    import os

    from common import run_child

    rows: list[tuple[str, dict, str]] = []
    here = str(Path(__file__).resolve())
    for r in range(rounds):
        for name, extra in (("idle (nothing streams)", ["--idle"]),
                            ("network process (default)", ["--network", "process"]),
                            ("network thread", ["--network", "thread"])):
            load = os.getloadavg()[0]
            res = run_child([here, "--rate", str(rate), "--seconds", f"{seconds:g}", *extra])
            rows.append((name, res, f"{load:.1f}-{os.getloadavg()[0]:.1f}"))
            print(f"round {r + 1}: {name}: keys p50 {res['key_latency_ms']['p50']:.0f} "
                  f"p99 {res['key_latency_ms']['p99']:.0f} ms", flush=True)
    print()
    print("| contender | key p50 / p99 / max ms | keys after the last write: n, max ms | "
          "frame interval p50 / p99 ms | frame cost p50 / p99 ms | drained after | load |")
    print("|---|---|---|---|---|---|---|")
    for name, res, load in rows:
        k = res["key_latency_ms"]
        if "frame_interval_ms" in res:
            fi, fc = res["frame_interval_ms"], res["frame_cost_ms"]
            frames = f"{fi['p50']:.0f} / {fi['p99']:.0f}"
            cost = f"{fc['p50']:.1f} / {fc['p99']:.1f}"
            drain = "never" if res["drain_s"] is None else f"{res['drain_s']:.2f} s"
        else:
            frames = cost = drain = "-"
        end = (f"{res['keys_at_end']}, {res['key_latency_end_ms']['max']:.0f}"
               if "keys_at_end" in res else "-")
        print(f"| {name} | {k['p50']:.0f} / {k['p99']:.0f} / {k['max']:.0f} | {end} | {frames} | "
              f"{cost} | {drain} | {load} |")


def main() -> None:
    import os

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--tick-s", type=float, default=None,
                    help="the app's pane tick (default: the app's own TICK_S)")
    ap.add_argument("--network", choices=("process", "thread"), default=None,
                    help="where the TUI's network runs (default: the app's choice, a process)")
    ap.add_argument("--idle", action="store_true",
                    help="type with nothing streaming (the floor for the loaded figures)")
    ap.add_argument("--compare", type=int, metavar="ROUNDS", default=0,
                    help="idle, network process and network thread alternated ROUNDS times, "
                         "each in a fresh process, and one table")
    args = ap.parse_args()
    if args.compare:
        compare(args.compare, args.rate, args.seconds)
        return
    if args.network:
        os.environ["PROVTUI_NETWORK"] = args.network
    isolate_dirs()
    if args.idle:
        res = asyncio.run(idle_bench(args.seconds))
        k = res["key_latency_ms"]
        print(f"idle: keys {res['keys']}: latency p50 {k['p50']:.0f} ms p99 {k['p99']:.0f} ms")
        emit_result(res)
        return
    res = asyncio.run(bench(args.rate, args.seconds, args.tick_s))
    res["network"] = os.environ.get("PROVTUI_NETWORK", "process")
    _print(res)
    emit_result(res)


if __name__ == "__main__":
    main()
