"""Shared pieces of the benchmarks: the server process, targets, statistics, the machine.

Every figure is measured side by side in one run, contenders alternating, and reported as a
median over rounds (or a distribution), because absolute times drift on a shared machine.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PYTHON = sys.executable
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench_server import TOKEN_CHARS  # noqa: E402,F401  (re-exported for the benches)


class ServerProcess:
    """``bench_server.py`` in its own process; ``url(prefix)`` gives a base URL."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([PYTHON, str(HERE / "bench_server.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.startswith("PORT "):
            self.close()
            raise RuntimeError(f"bench_server.py did not start (said {line!r})")
        self.port = int(line.split()[1])

    def url(self, prefix: str) -> str:
        return f"http://127.0.0.1:{self.port}/{prefix.strip('/')}/v1"

    def log(self) -> list[dict[str, Any]]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_log", timeout=30) as r:
            return json.loads(r.read())

    def reset(self) -> None:
        urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_reset", timeout=30).read()

    def close(self) -> None:
        if self.proc.poll() is None:
            if self.proc.stdin:
                self.proc.stdin.close()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@contextmanager
def server() -> Iterator[ServerProcess]:
    srv = ServerProcess()
    try:
        yield srv
    finally:
        srv.close()


def target(base_url: str, name: str = "bench", **provider_kw: Any):
    from provtui.core.config import ProviderConfig, TargetConfig

    provider_kw.setdefault("read_timeout_s", 60)
    provider_kw.setdefault("run_timeout_s", 600)
    provider = ProviderConfig(name=name, base_url=base_url, api_key_env=None, **provider_kw)
    return TargetConfig(name=name, provider=provider, model="bench-model")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = next(int(line.split()[1]) for line in
                      Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal"))
        mem = f"{mem_kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration):
        mem = "? RAM"
    load = ""
    if hasattr(os, "getloadavg"):
        load = "load avg %.2f %.2f %.2f" % os.getloadavg()
    import httpx
    import textual

    return (f"{cpu}, {os.cpu_count()} cores, {mem}; {platform.system()} "
            f"{platform.release()}; Python {platform.python_version()}; httpx "
            f"{httpx.__version__}; textual {textual.__version__}; {load} at start")


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def now() -> float:
    return time.perf_counter()


def emit_result(obj: dict[str, Any]) -> None:
    """Benchmarks run as child processes print one JSON line starting with RESULT."""
    sys.stdout.write("RESULT " + json.dumps(obj) + "\n")
    sys.stdout.flush()


def run_child(args: list[str], timeout: float = 900) -> dict[str, Any]:
    """Run a benchmark script in its own process and return its RESULT object."""
    proc = subprocess.run([PYTHON, *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"{' '.join(args)} failed (exit {proc.returncode}):\n"
                       f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
