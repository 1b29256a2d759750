"""Suite engine speed and memory (issue 15), run by hand: ``python tests/bench/bench_suite.py``.

1. 200 cases x 4 targets on a loopback provider answering at once (in its own process):
   wall time against (cells / concurrency) x the time of one cell, one cell being the median
   wall time of a 1-case, 1-target suite run in the same process (engine, session save and
   result journal included).
2. Memory: peak traced Python memory of the run at 50 and at 200 cases (flat = per-cell
   growth small, sessions released when their case closes).
3. `suite show` of a 10,000-cell result (2,500 cases x 4 targets): in process and as a command.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

PROVIDER = """
import sys, time
sys.path.insert(0, %r)
from suite_provider import Answer, SuiteProvider
with SuiteProvider(lambda b, n: Answer(text="hello")) as p:
    print("URL", p.base_url, flush=True)
    sys.stdin.read()
""" % str(ROOT / "tests")


def suite_bytes(n: int) -> bytes:
    parts = ['name = "bench"']
    for i in range(n):
        parts += ["[[cases]]", f'id = "c{i}"', f'category = "k{i % 5}"', f'prompt = "q {i}"',
                  'checks = [ { kind = "contains", text = "hello" } ]']
    return "\n".join(parts).encode()


def plan_for(url: str, n_cases: int, n_targets: int, tmp: Path):
    from provtui.core.config import load_config, resolve_target
    from provtui.suite.plan import SuitePlan
    from provtui.suite.spec import parse_suite

    lines = []
    for t in range(n_targets):
        lines += [f"[providers.p{t}]", f'base_url = "{url}"', "api_key_optional = true",
                  f'api_key_env = "BENCH_NO_KEY_{t}"', f"[targets.t{t}]", f'provider = "p{t}"',
                  'model = "m"']
    cfg = tmp / "c.toml"
    cfg.write_text("\n".join(lines))
    config = load_config(cfg)
    return SuitePlan(suite=parse_suite(suite_bytes(n_cases), "bench", config=config),
                     targets=[resolve_target(f"t{t}", config) for t in range(n_targets)],
                     config=config)


async def run(plan, concurrency: int) -> float:
    from provtui.suite.runner import SuiteRunner

    t0 = time.perf_counter()
    async for _ in SuiteRunner(plan, concurrency=concurrency).events():
        pass
    return time.perf_counter() - t0


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-suite-"))
    os.environ["PROVTUI_DATA_DIR"] = str(tmp / "data")
    prov = subprocess.Popen([sys.executable, "-c", PROVIDER], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    url = prov.stdout.readline().split()[1]
    try:
        one = [asyncio.run(run(plan_for(url, 1, 1, tmp), 1)) for _ in range(7)]
        cell = statistics.median(one)
        plan = plan_for(url, 200, 4, tmp)
        for conc in (4, 16):
            wall = asyncio.run(run(plan, conc))
            ideal = 800 / conc * cell
            print(f"200 cases x 4 targets, concurrency {conc}: wall {wall:.2f} s; one cell "
                  f"{cell * 1000:.1f} ms; (cells/concurrency) x cell = {ideal:.2f} s; "
                  f"ratio {wall / ideal:.2f}; {wall / 800 * 1000:.2f} ms a cell")
        for n in (50, 200):
            tracemalloc.start()
            asyncio.run(run(plan_for(url, n, 4, tmp), 4))
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"{n} cases x 4 targets: peak traced memory {peak / 1e6:.1f} MB "
                  f"({peak / (n * 4) / 1e3:.1f} kB a cell)")
    finally:
        prov.stdin.close()
        prov.wait(10)
    # 10,000-cell result
    from provtui.suite.result import finalize, save_result
    from provtui.suite import commands

    cases = [{"id": f"c{i}", "category": f"k{i % 5}", "points": 1, "session_id": None}
             for i in range(2500)]
    cells = [{"case": c["id"], "target": f"t{t}", "repeat_index": 0, "status": "ok",
              "error_kind": None, "score": 1.0, "earned": 1.0, "points": 1,
              "checks": [{"name": "contains", "kind": "contains", "passed": True, "score": 1.0,
                          "detail": "found", "error": None, "reasons": [], "cost_usd": None}],
              "ttft_s": 0.1, "total_s": 0.5, "output_tokens": 10, "cost_usd": 0.0001,
              "key": f"{c['id']}-{t}"} for c in cases for t in range(4)]
    result = {"format": "provtui-suite-result", "version": 1, "id": "bench-10k",
              "created_at": "2026-12-06T00:00:00Z", "status": "complete",
              "suite": {"name": "bench", "sha256": "0" * 64, "path": None},
              "targets": [f"t{t}" for t in range(4)], "repeat": 1, "cases": cases,
              "cells": cells}
    finalize(result)
    path = save_result(result, tmp / "data" / "suites" / "bench-10k.json")
    with open(os.devnull, "w") as null:
        t0 = time.perf_counter()
        commands.cmd_show("bench-10k", False, null)
        inproc = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "provtui", "suite", "show", "bench-10k"],
                   capture_output=True, check=True, env={**os.environ})
    cmd = time.perf_counter() - t0
    print(f"suite show, 10,000 cells ({path.stat().st_size / 1e6:.1f} MB): in process "
          f"{inproc * 1000:.0f} ms, as a command {cmd * 1000:.0f} ms")


if __name__ == "__main__":
    main()
