"""Peak RSS of ``provtui run`` / ``doctor`` / ``analyze`` under the hostile inputs of issue 14
(items 11 and 12), each beside a baseline run of the same command on a normal answer.

    python tests/bench/bench_hostile_memory.py            # the issue's sizes
    python tests/bench/bench_hostile_memory.py --small    # a tenth, for a quick look

Each contender is its own process (the real command line, a config naming one loopback
provider, tests/hostile_provider.py as the attacker) and its peak RSS is that process's own
``ru_maxrss`` from ``os.wait4``.  Target: every attack under 400 MB peak (analyze of 20 MB of
random bytes: under 500 MB and 30 s).  Not a test: run by hand; figures go in the README.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
PYTHON = sys.executable
MB = 1 << 20
GB = 1 << 30


def provider(mode: str, size: int) -> tuple[subprocess.Popen, str]:
    p = subprocess.Popen([PYTHON, str(TESTS / "hostile_provider.py"), mode, str(size)],
                         stdout=subprocess.PIPE, text=True)
    return p, f"http://127.0.0.1:{int(p.stdout.readline())}/v1"


def measure(argv: list[str], env: dict[str, str], stdin_path: str | None = None
            ) -> tuple[float, float, int, str]:
    """(peak RSS MB, wall s, exit code, last stderr line) of one child process."""
    t0 = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as fin, tempfile.TemporaryFile() as ferr:
        p = subprocess.Popen(argv, stdin=fin, stdout=subprocess.DEVNULL, stderr=ferr, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        ferr.seek(0)
        err = ferr.read().decode("utf-8", "replace").strip().splitlines()
    return usage.ru_maxrss / 1024, time.perf_counter() - t0, p.returncode, (err or [""])[-1]


def run_case(mode: str, size: int, command: str, work: Path) -> dict:
    srv, url = provider(mode, size)
    try:
        cfg = work / f"{mode}.toml"
        cfg.write_text(f'[providers.h]\nbase_url = "{url}"\nread_timeout_s = 600\n'
                       '[targets.t]\nprovider = "h"\nmodel = "m"\n')
        env = {**os.environ, "PROVTUI_DATA_DIR": str(work / f"data-{mode}-{command}")}
        if command == "run":
            argv = [PYTHON, "-m", "provtui", "run", "--config", str(cfg), "-t", "t", "hi"]
        else:
            argv = [PYTHON, "-m", "provtui", "doctor", "--config", str(cfg)]
        rss, wall, code, last = measure(argv, env)
        saved = list((work / f"data-{mode}-{command}" / "sessions").glob("*.json"))
        return {"mode": mode, "command": command, "size": size, "rss": rss, "wall": wall,
                "code": code, "last": last,
                "session_mb": saved[0].stat().st_size / MB if saved else None}
    finally:
        srv.kill()
        srv.wait()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args()
    k = 10 if args.small else 1
    cases = [("normal", 0, "run"), ("line", GB // k, "run"), ("gzip", GB // k, "run"),
             ("content", 300 * MB // k, "run"), ("controls", 10 * MB // k, "run"),
             ("models", GB // k, "doctor"), ("normal", 0, "doctor")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for mode, size, command in cases:
            r = run_case(mode, size, command, work)
            rows.append(r)
            print(f"{command:7} {mode:9} {size / MB:7.0f} MB sent: peak RSS {r['rss']:6.0f} MB, "
                  f"{r['wall']:5.1f} s, exit {r['code']}"
                  + (f", session {r['session_mb']:.1f} MB" if r["session_mb"] else "")
                  + f"\n          {r['last'][:150]}", flush=True)
        rand = work / "random.bin"
        rand.write_bytes(os.urandom(20 * MB // k))
        env = dict(os.environ)
        rss, wall, code, _ = measure([PYTHON, "-m", "provtui", "analyze", "--json"], env,
                                     str(rand))
        print(f"analyze --json of {20 // k} MB random bytes: peak RSS {rss:.0f} MB, "
              f"{wall:.1f} s, exit {code}")
        small = work / "small.txt"
        small.write_text("Waves whispered secrets to wandering souls.\n")
        rss0, wall0, _, _ = measure([PYTHON, "-m", "provtui", "analyze", "--json"], env,
                                    str(small))
        print(f"analyze --json baseline (one line): peak RSS {rss0:.0f} MB, {wall0:.1f} s")
    worst = max(r["rss"] for r in rows)
    print(f"worst attack peak RSS: {worst:.0f} MB (target < 400 MB): "
          f"{'PASS' if worst < 400 else 'MISS'}")


if __name__ == "__main__":
    main()
