"""Memory: peak RSS with 8 answers of TOKENS tokens each, in the TUI and in ``provtui run``.

    /root/.venvs/dev/bin/python tests/bench/bench_memory.py [--tokens 200000]

Each answer is one token per chunk (``/bulk/TOKENS``, 5 characters a token), as providers
stream them.  Each contender runs in its own process, so its peak RSS (``ru_maxrss``) is its
own: the TUI (``App.run_test``, drawing all 8 panes until the session is saved) and the real
``provtui run`` command (a subprocess with a config naming 8 loopback providers).  Also
reported: the saved session file's size and the idle RSS of each process before it streams.
Target: <= 300 MB peak for 8 x 200k.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, emit_result, peak_rss_mb, run_child, server, target  # noqa: E402

STREAMS = 8


def rss_now_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def session_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*.json") if not p.name.endswith(".jsonl"))


async def tui_child(port: int, tokens: int) -> dict:
    from tui_harness import isolate_dirs, make_app, wait_for_session

    base = Path(isolate_dirs())
    urls = [f"http://127.0.0.1:{port}/bulk/{tokens}/m{i}/v1" for i in range(STREAMS)]
    import provtui.core.analysis  # noqa: F401  (loaded before the idle reading, as in use)

    app = make_app([target(u, name=f"m{i}") for i, u in enumerate(urls)])
    idle = None
    t0 = time.monotonic()
    async with app.run_test(size=(200, 50)):
        idle = rss_now_mb()
        session = await wait_for_session(app, 1800)
    wall = time.monotonic() - t0
    files = session_files(base / "data")
    chars = sum(len(r.get("text") or "") for r in session["runs"])
    return {"peak_rss_mb": peak_rss_mb(), "idle_rss_mb": idle, "wall_s": wall,
            "session_bytes": files[-1].stat().st_size if files else None, "chars": chars}


def run_cli(port: int, tokens: int, workdir: Path) -> dict:
    """``provtui run`` as a user runs it, measured with wait4's rusage."""
    config = workdir / "config.toml"
    lines = []
    for i in range(STREAMS):
        lines += [f"[providers.mem{i}]",
                  f'base_url = "http://127.0.0.1:{port}/bulk/{tokens}/r{i}/v1"',
                  "read_timeout_s = 600", "run_timeout_s = 3600", ""]
    config.write_text("\n".join(lines))
    env = dict(os.environ, PROVTUI_DATA_DIR=str(workdir / "data"),
               XDG_CONFIG_HOME=str(workdir / "xdg"), PROVTUI_CONFIG=str(config))
    args = [PYTHON, "-m", "provtui", "run", "--config", str(config)]
    for i in range(STREAMS):
        args += ["-t", f"mem{i}:bench-model"]
    args.append("go")
    t0 = time.monotonic()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"provtui run failed ({proc.returncode}): {err[-2000:]}")
    files = session_files(workdir / "data")
    return {"peak_rss_mb": usage.ru_maxrss / 1024, "wall_s": wall,
            "session_bytes": files[-1].stat().st_size if files else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tokens", type=int, default=200_000)
    ap.add_argument("--child-tui", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_tui:
        emit_result(asyncio.run(tui_child(args.child_tui, args.tokens)))
        return
    import tempfile

    with server() as srv, tempfile.TemporaryDirectory() as tmp:
        cli = run_cli(srv.port, args.tokens, Path(tmp))
        tui = run_child([str(Path(__file__)), "--tokens", str(args.tokens),
                         "--child-tui", str(srv.port)], timeout=3600)
    baseline = subprocess.run([PYTHON, "-c", "import resource, provtui.core.fanout, httpx; "
                               "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
                              capture_output=True, text=True, cwd=Path(__file__).parents[2])
    res = {"tokens": args.tokens, "streams": STREAMS, "tui": tui, "run": cli,
           "python_with_core_imported_mb": int(baseline.stdout.strip() or 0) / 1024}
    print(f"8 x {args.tokens:,} tokens (one per chunk):")
    print(f"  TUI          peak RSS {tui['peak_rss_mb']:.0f} MB (idle {tui['idle_rss_mb']:.0f} MB), "
          f"{tui['wall_s']:.1f} s, session file {tui['session_bytes'] / 1e6:.1f} MB")
    print(f"  provtui run  peak RSS {cli['peak_rss_mb']:.0f} MB, {cli['wall_s']:.1f} s, session "
          f"file {cli['session_bytes'] / 1e6:.1f} MB")
    emit_result(res)


if __name__ == "__main__":
    main()
