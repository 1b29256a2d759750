"""Start-up: ``provtui --version``, ``provtui run`` of an instant answer against a bare httpx
script, ``provtui analyze`` of 1 MB, and the TUI's first paint.

    /root/.venvs/dev/bin/python tests/bench/bench_startup.py [--rounds 7]

Each is a fresh process, timed from spawn to exit (first paint: to the end of the first
frame the TUI writes, stamped in the child on the same monotonic clock as the spawn).  The
bare interpreter (``python -c pass``) alternates with them as the floor on this machine.
``provtui run -t one --json`` (one target, a 20-chunk answer written at once by the loopback
server) alternates with a bare httpx script that sends the same request, reads the stream and
saves the chunks as JSON: the run's whole process must take <= 1.5x the script's.  provtui's
own modules are byte-compiled first, as an installed package's are (this machine sets
PYTHONDONTWRITEBYTECODE, which would otherwise bill every run for compiling them).
Targets: ``--version`` <= 150 ms, run <= 1.5x the bare script, first paint <= 600 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, emit_result, median, percentile, server  # noqa: E402

BARE_SCRIPT = r'''
import json, sys, time
import httpx
body = {"model": "m", "messages": [{"role": "user", "content": "go"}], "stream": True}
chunks = []
with httpx.Client() as client:
    with client.stream("POST", sys.argv[1] + "/chat/completions", json=body) as response:
        for line in response.iter_lines():
            if line.startswith("data: ") and line != "data: [DONE]":
                chunks.append([time.monotonic(), json.loads(line[6:])])
with open(sys.argv[2], "w") as fh:
    json.dump({"chunks": chunks}, fh)
'''

ANALYZE_BYTES = 1_000_000
SENTENCES = (
    "The charging session for the second vehicle ended at 80% after 42 minutes. ",
    "Battery health is reported as 97% of the original capacity, which is normal. ",
    "Which of these vehicles would you like me to analyze in more detail? ",
    "The route planner chose a fast charger near the motorway exit. ",
    "Energy use rose in cold weather, as expected for this model. ",
)


def analyze_input(path: Path) -> None:
    parts, size, i = [], 0, 0
    while size < ANALYZE_BYTES:
        s = SENTENCES[i % len(SENTENCES)]
        if i % 11 == 0:
            s += "\n\n"
        parts.append(s)
        size += len(s)
        i += 1
    path.write_text("".join(parts)[:ANALYZE_BYTES])


def provtui_exe() -> list[str]:
    exe = Path(PYTHON).with_name("provtui")
    return [str(exe)] if exe.exists() else [PYTHON, "-m", "provtui"]


def timed(args: list[str], stdin_path: Path | None = None, env: dict | None = None) -> float:
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env, cwd=ROOT)
        elapsed = time.perf_counter() - t0
    finally:
        if stdin_path:
            stdin.close()
    if proc.returncode not in (0, 1):  # analyze exits 1 when it has findings
        raise RuntimeError(f"{args} failed ({proc.returncode}): {proc.stderr.decode()[-1000:]}")
    return elapsed


def first_paint_child(t_spawn: float) -> None:
    """Runs in the child: build the real app (3 targets, no keys needed) and stop at the end
    of its first frame."""
    from provtui.ui.app import ProvtuiApp

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from tui_harness import BenchApp, bench_config, isolate_dirs, target

    isolate_dirs()
    targets = [target(f"http://127.0.0.1:9/{i}/v1", name=f"first{i}") for i in range(3)]
    app = BenchApp(config=bench_config(), targets=targets, mcp_servers=[])
    assert isinstance(app, ProvtuiApp)
    painted: list[float] = []
    app.on_frame = lambda t: painted.append(t) if not painted else None

    async def run() -> None:
        async with app.run_test(size=(160, 45)):
            while not painted:
                await asyncio.sleep(0.005)

    asyncio.run(run())
    sys.stdout.write(f"PAINT {painted[0] - t_spawn}\n")


def first_paint(env: dict) -> float:
    t_spawn = time.monotonic()
    proc = subprocess.run([PYTHON, str(Path(__file__)), "--child-paint", repr(t_spawn)],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    for line in proc.stdout.splitlines():
        if line.startswith("PAINT "):
            return float(line.split()[1])
    raise RuntimeError(f"first paint child failed: {proc.stderr[-2000:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--child-paint", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_paint is not None:
        first_paint_child(args.child_paint)
        return
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "provtui")], check=False)
    loads: list[float] = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp, server() as srv:
        env = dict(os.environ, PROVTUI_DATA_DIR=str(Path(tmp) / "data"),
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"))
        env.pop("PROVTUI_CONFIG", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        text = Path(tmp) / "answer.txt"
        analyze_input(text)
        exe = provtui_exe()
        url = srv.url("bulk/20")
        cfg = Path(tmp) / "run.toml"
        cfg.write_text(f'[providers.local]\nbase_url = "{url}"\n\n'
                       '[targets.one]\nprovider = "local"\nmodel = "m"\n')
        out_json = str(Path(tmp) / "bare.json")
        contenders = {
            "python -c pass": lambda: timed([PYTHON, "-c", "pass"], env=env),
            "provtui --version": lambda: timed([*exe, "--version"], env=env),
            "bare httpx script": lambda: timed([PYTHON, "-c", BARE_SCRIPT, url, out_json],
                                               env=env),
            "provtui run, 1 target": lambda: timed(
                [*exe, "run", "--config", str(cfg), "-t", "one", "--json", "go"], env=env),
            "provtui analyze < 1 MB": lambda: timed([*exe, "analyze"], stdin_path=text, env=env),
            "TUI first paint": lambda: first_paint(env),
        }
        for fn in contenders.values():  # warm the page cache and .pyc files
            fn()
        times: dict[str, list[float]] = {k: [] for k in contenders}
        names = list(contenders)
        for r in range(args.rounds):
            for name in names[r % len(names):] + names[:r % len(names)]:
                times[name].append(contenders[name]())
            loads.append(os.getloadavg()[0])
    res = {name: {"median_ms": 1000 * median(v), "min_ms": 1000 * min(v),
                  "p99_ms": 1000 * percentile(v, 99), "max_ms": 1000 * max(v),
                  "all_ms": [round(1000 * x, 1) for x in v]} for name, v in times.items()}
    res["rounds"] = args.rounds
    res["load1"] = {"min": min(loads), "max": max(loads)}
    # the run's ratio per round (contenders alternate, so a round's pair saw the same load)
    pairs = [a / b for a, b in zip(times["provtui run, 1 target"], times["bare httpx script"])]
    res["run_over_bare"] = {"median": median(pairs), "max": max(pairs)}
    for name in names:
        print(f"  {name:24} median {res[name]['median_ms']:6.0f} ms  (min "
              f"{res[name]['min_ms']:.0f} ms, max {res[name]['max_ms']:.0f} ms)")
    print(f"  provtui run / bare httpx: median {res['run_over_bare']['median']:.2f}x, worst round "
          f"{res['run_over_bare']['max']:.2f}x (load {res['load1']['min']:.2f}-"
          f"{res['load1']['max']:.2f})")
    emit_result(res)


if __name__ == "__main__":
    main()
