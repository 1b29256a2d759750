"""What the kernel-stamped transport costs: provtui's own httpcore backend against httpx's.

    /root/.venvs/dev/bin/python tests/bench/bench_rxstamp_cost.py [--rounds 4]

The same ``Fanout`` (4 targets) streams ``/paced/4000/2`` (16,000 chunks/s together: one read
per chunk or two, the worst case for a per-read cost) and ``/bulk/50000`` (as fast as the
socket goes), once through ``provtui.core.rxstamp.stamped_transport`` (recvmsg + kernel
stamps) and once through httpx's own transport, alternating; medians of wall and CPU time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit_result, median, server, target  # noqa: E402

import provtui.core.rxstamp as rxstamp  # noqa: E402

_STAMPED = rxstamp.stamped_transport


async def one(url: str, stamped: bool) -> tuple[float, float, int]:
    from provtui.core.fanout import Fanout, SessionPlan

    rxstamp.stamped_transport = _STAMPED if stamped else (lambda limits: None)
    try:
        plan = SessionPlan(prompt="go", targets=[target(url, name=f"s{i}") for i in range(4)])
        t0, c0, n = time.perf_counter(), time.process_time(), 0
        async with Fanout(plan) as fan:
            async for _event in fan.stream_all():
                n += 1
        return time.perf_counter() - t0, time.process_time() - c0, n
    finally:
        rxstamp.stamped_transport = _STAMPED


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    out: dict = {"load1_start": os.getloadavg()[0]}
    with server() as srv:
        for route in ("paced/4000/2", "bulk/50000"):
            got: dict[str, list] = {"stamped": [], "httpx": []}
            for r in range(args.rounds):
                order = ("stamped", "httpx") if r % 2 == 0 else ("httpx", "stamped")
                for name in order:
                    url = srv.url(f"{route}/c{r}{name}") if route.startswith("paced") \
                        else srv.url(route)
                    got[name].append(asyncio.run(one(url, name == "stamped")))
            out[route] = {name: {"wall_s": median([x[0] for x in v]),
                                 "cpu_s": median([x[1] for x in v]), "events": v[0][2]}
                          for name, v in got.items()}
            s, h = out[route]["stamped"], out[route]["httpx"]
            print(f"{route:14} stamped wall {s['wall_s']:.2f} s cpu {s['cpu_s']:.2f} s | httpx "
                  f"wall {h['wall_s']:.2f} s cpu {h['cpu_s']:.2f} s | cpu ratio "
                  f"{s['cpu_s'] / h['cpu_s']:.2f}")
    out["load1_end"] = os.getloadavg()[0]
    print(f"load {out['load1_start']:.2f} -> {out['load1_end']:.2f}")
    emit_result(out)


if __name__ == "__main__":
    main()
