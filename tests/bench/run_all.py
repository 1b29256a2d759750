"""Run every provtui overhead benchmark and print one table (also written to results.md).

    /root/.venvs/dev/bin/python tests/bench/run_all.py [--quick] [--only parse,timing,...]

Each benchmark runs in its own process (so one's memory or imports cannot colour another's),
one after the other; they are scripts for people, not CI tests.  ``--quick`` shrinks sizes
and rounds for a smoke run (its figures are not the reported ones).  bench_integrity.py
(analysis quality) is separate and not run here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import HERE, machine, run_child  # noqa: E402

BENCHES = ("parse", "timing", "truth", "ui", "memory", "startup")


def ok(flag: bool) -> str:
    return "PASS" if flag else "MISS"


def rows_parse(r: dict) -> list[tuple]:
    out = []
    for key, label in (("single", "1 stream"), ("eight", "8 streams")):
        res = r[key]
        c = res["contenders"]
        core, base = c["provtui core"], c["httpx lines"]
        n = f"{res['chunks']:,} chunks, median of {res['rounds']}"
        out.append((f"Parse, {label}: provtui core / httpx lines (wall)", "<= 1.10x",
                    f"{core['wall_ratio']:.2f}x ({core['wall_s']:.2f} s vs {base['wall_s']:.2f}"
                    f" s; {n})", ok(core["wall_ratio"] <= 1.10)))
        out.append((f"Parse, {label}: provtui core / httpx lines (CPU)", "<= 1.10x",
                    f"{core['cpu_ratio']:.2f}x ({core['cpu_s']:.2f} s vs {base['cpu_s']:.2f} s)",
                    ok(core["cpu_ratio"] <= 1.10)))
        if "openai SDK" in c:
            sdk = c["openai SDK"]
            speed = sdk["wall_s"] / core["wall_s"]
            out.append((f"Parse, {label}: openai SDK / provtui core (wall)", ">= 5x",
                        f"{speed:.1f}x ({sdk['wall_s']:.2f} s)", ok(speed >= 5)))
        if "provtui run path" in c:
            rp = c["provtui run path"]
            out.append((f"Parse, {label}: provtui run path / httpx lines (info)", "-",
                        f"{rp['wall_ratio']:.2f}x wall, {rp['cpu_ratio']:.2f}x CPU", "info"))
    return out


def rows_timing(r: dict) -> list[tuple]:
    out = []
    for name, label in (("tui", "TUI drawing"), ("headless", "headless, nothing drawing")):
        s = r[name]
        tt, to = s["ttft_abs_err_ms"], s["total_abs_err_ms"]
        worst = max(tt["max"], to["max"])
        target = "<= 5 ms" if name == "tui" else "(reference)"
        out.append((f"Timing truth, 8 streams, {label}: |error| ttft / total",
                    target, f"ttft p50 {tt['p50']:.1f} max {tt['max']:.1f} ms; total p50 "
                    f"{to['p50']:.1f} max {to['max']:.1f} ms (n={s['n']})",
                    ok(worst <= 5) if name == "tui" else ("ok" if worst <= 5 else "over")))
    out.append(("Timing truth: TUI event-loop lag while streaming", "-",
                f"p99 {r['tui']['loop_lag_p99_ms']:.0f} ms, max {r['tui']['loop_lag_max_ms']:.0f}"
                " ms", "info"))
    return out


def rows_truth(r: dict) -> list[tuple]:
    out = []
    label = {"bare": "bare httpx client", "run": "provtui run", "run-loop":
             "provtui run, network on the main loop", "run-thread":
             "provtui run, network thread", "tui": "TUI"}
    for n, by in r["figures"].items():
        for c, s in by.items():
            worst = max(s["ttft"]["max"], s["total"]["max"])
            target = "<= 5 ms" if c in ("run", "tui") else "(reference)"
            flag = ok(worst <= 5) if c in ("run", "tui") else "info"
            out.append((f"Timing truth, {n} cold stream(s), {label.get(c, c)}: max /error/ "
                        "ttft / total", target,
                        f"{s['ttft']['max']:.1f} / {s['total']['max']:.1f} ms (p50 "
                        f"{s['ttft']['p50']:.1f} / {s['total']['p50']:.1f}; n={s['n']}; load "
                        f"{s['load1']['min']:.1f}-{s['load1']['max']:.1f})", flag))
    return out


def rows_ui(r: dict) -> list[tuple]:
    fi, kl, ll = r["frame_interval_ms"], r["key_latency_ms"], r["loop_lag_ms"]
    first, last = r["backlog_first_s_max"], r["backlog_last_s_max"]
    # growing: the last second's backlog exceeds the first's by more than a quarter second of
    # chunks, or the panes needed over a second to draw what had arrived once the server stopped
    growing = (last is None or first is None or last > first + r["rate"] * 0.25
               or r["drain_s"] is None or r["drain_s"] > 1.0)
    drain = "not drained" if r["drain_s"] is None else f"drained {r['drain_s']:.2f} s after"
    head = f"UI, 8 panes x {r['rate']} chunks/s x {r['seconds']:g} s"
    return [
        (f"{head}: backlog (worst pane, chunks)", "not growing",
         f"first s {first}, last s {last}; {drain} the last write", ok(not growing)),
        (f"{head}: frame interval", "p99 <= 50 ms",
         f"p50 {fi['p50']:.0f} p99 {fi['p99']:.0f} max {fi['max']:.0f} ms "
         f"({r['frames']} frames; cost p99 {r['frame_cost_ms']['p99']:.0f} ms)",
         ok(fi["p99"] <= 50)),
        (f"{head}: key press to screen", "p99 <= 50 ms",
         f"p50 {kl['p50']:.0f} p99 {kl['p99']:.0f} ms ({r['keys']} keys)", ok(kl["p99"] <= 50)),
        (f"{head}: event-loop lag", "-", f"p50 {ll['p50']:.0f} p99 {ll['p99']:.0f} max "
         f"{ll['max']:.0f} ms", "info"),
    ]


def rows_memory(r: dict) -> list[tuple]:
    n = f"8 x {r['tokens']:,} tokens"
    tui, run = r["tui"], r["run"]
    return [
        (f"Memory, {n}: TUI peak RSS", "<= 300 MB",
         f"{tui['peak_rss_mb']:.0f} MB (idle {tui['idle_rss_mb']:.0f} MB; {tui['wall_s']:.0f} s)",
         ok(tui["peak_rss_mb"] <= 300)),
        (f"Memory, {n}: provtui run peak RSS", "<= 300 MB",
         f"{run['peak_rss_mb']:.0f} MB ({run['wall_s']:.0f} s)", ok(run["peak_rss_mb"] <= 300)),
        (f"Memory, {n}: session file", "-", f"{run['session_bytes'] / 1e6:.1f} MB", "info"),
    ]


def rows_startup(r: dict) -> list[tuple]:
    v, a, p, py = (r["provtui --version"], r["provtui analyze < 1 MB"], r["TUI first paint"],
                   r["python -c pass"])
    rb, run, bare = r["run_over_bare"], r["provtui run, 1 target"], r["bare httpx script"]
    return [
        ("Start-up: provtui --version", "<= 150 ms", f"{v['median_ms']:.0f} ms (bare python "
         f"{py['median_ms']:.0f} ms)", ok(v["median_ms"] <= 150)),
        ("provtui run, 1 target, instant answer / bare httpx script", "<= 1.5x",
         f"{rb['median']:.2f}x median, worst round {rb['max']:.2f}x ({run['median_ms']:.0f} vs "
         f"{bare['median_ms']:.0f} ms; load {r['load1']['min']:.1f}-{r['load1']['max']:.1f})",
         ok(rb["median"] <= 1.5)),
        ("Start-up: provtui analyze < 1 MB", "-", f"{a['median_ms']:.0f} ms", "info"),
        ("Start-up: TUI first paint", "<= 600 ms", f"{p['median_ms']:.0f} ms",
         ok(p["median_ms"] <= 600)),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, few rounds (smoke run)")
    ap.add_argument("--only", default=",".join(BENCHES),
                    help=f"comma-separated subset of {', '.join(BENCHES)}")
    ap.add_argument("--out", default=str(HERE / "results.md"))
    args = ap.parse_args()
    chosen = [b.strip() for b in args.only.split(",") if b.strip()]
    q = args.quick
    commands = {
        "parse": (["bench_parse.py"] + (["--chunks", "10000", "--rounds", "2", "--rounds-8", "1"]
                                        if q else []), rows_parse),
        "timing": (["bench_timing.py"] + (["--rounds", "1"] if q else []), rows_timing),
        "truth": (["bench_timing_truth.py"] + (["--rounds", "1", "--streams", "1,8"]
                                              if q else []), rows_truth),
        "ui": (["bench_ui.py"] + (["--seconds", "3"] if q else []), rows_ui),
        "memory": (["bench_memory.py"] + (["--tokens", "20000"] if q else []), rows_memory),
        "startup": (["bench_startup.py"] + (["--rounds", "3"] if q else []), rows_startup),
    }
    desc = machine()
    print(f"machine: {desc}")
    rows: list[tuple] = []
    started = time.monotonic()
    for name in chosen:
        cmd, to_rows = commands[name]
        t0 = time.monotonic()
        print(f"running {name} ...", flush=True)
        try:
            result = run_child([str(HERE / cmd[0]), *cmd[1:]], timeout=3600)
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            print(f"  {name} FAILED:\n{exc}", file=sys.stderr)
            rows.append((f"{name}: FAILED (see stderr)", "-", str(exc).splitlines()[0][:120],
                         "error"))
            continue
        rows += to_rows(result)
        print(f"  {name} took {time.monotonic() - t0:.0f} s", flush=True)
    width = [max(len(str(r[i])) for r in rows + [("figure", "target", "measured", "")])
             for i in range(4)]
    header = ("figure", "target", "measured", "")
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(header, width)),
             "-+-".join("-" * w for w in width)]
    lines += [" | ".join(str(c).ljust(w) for c, w in zip(r, width)) for r in rows]
    print("\n" + "\n".join(lines))
    md = [f"# provtui overhead benchmarks{' (quick run)' if q else ''}", "",
          f"Run {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} with "
          f"`python tests/bench/run_all.py{' --quick' if q else ''}` "
          f"({time.monotonic() - started:.0f} s).", "", f"Machine: {desc}.", "",
          "| figure | target | measured | |", "|---|---|---|---|"]
    md += ["| " + " | ".join(str(c).replace("|", "/") for c in r) + " |" for r in rows]
    Path(args.out).write_text("\n".join(md) + "\n")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
