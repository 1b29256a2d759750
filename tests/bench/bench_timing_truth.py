"""Timing truth, cold processes: 1, 8, 32 and 64 parallel streams against the server's clock.

    /root/.venvs/dev/bin/python tests/bench/bench_timing_truth.py [--rounds 3]
        [--streams 1,8,32,64] [--contenders bare,run,run-loop,tui,tui-thread]

Every stream is ``/timed/400/20/50``: the first token 400 ms after the request arrived, then
19 more 50 ms apart, then the finish chunk and ``[DONE]`` (the issue's shape).  The server
(bench_server.py, its own process) stamps each write with ``time.monotonic()`` right before it
writes: CLOCK_MONOTONIC, the clock provtui stamps with, on the same machine, so the true
ttft is (first content write - request arrival) and the true total (last write - request
arrival).  Each contender is a fresh process per round (cold: imports, word lists, the first
connection all happen inside the measured run), contenders alternate, and the figure is the
largest |recorded - true| over every stream of every round, for ttft and for total.

Contenders:

- ``bare``: a bare httpx script (asyncio, one AsyncClient, N streams, stamps on each chunk as
  it comes off ``aiter_bytes``, the request stamped at httpcore's send trace like provtui):
  what any Python client gets on this machine at this load, the floor;
- ``run``: ``provtui run -t ... --json`` as a user runs it (its default network path: a
  network thread, kernel receive stamps);
- ``run-loop`` (``PROVTUI_NETWORK=loop``): the network on the main event loop beside the
  journal, the printer and the recorder (kernel stamps still on);
- ``tui``: the real TUI (``App.run_test`` at 200x50, every frame rendered to terminal bytes)
  in a fresh process, sending the prompt at start; its network in a process of its own (the
  TUI's default, core/netproc.py);
- ``tui-thread`` (``PROVTUI_NETWORK=thread``): the same TUI with the network on a thread.

The machine's load average is recorded next to every figure (the box is shared).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, emit_result, median, percentile, server  # noqa: E402

TTFT_MS, CHUNKS, GAP_MS = 400, 20, 50
CONTENDERS = ("bare", "run", "run-loop", "tui", "tui-thread")

BARE = r'''
import asyncio, json, sys, time
import httpx

async def one(client, url, out):
    body = {"model": "m", "messages": [{"role": "user", "content": "go"}], "stream": True}
    sent = []
    async def trace(name, info):
        if not sent and name.endswith("send_request_headers.started"):
            sent.append(time.monotonic())
    req = client.build_request("POST", url + "/chat/completions", json=body,
                               extensions={"trace": trace})
    first = last = None
    resp = await client.send(req, stream=True)
    buf = b""
    async for chunk in resp.aiter_bytes():
        t = time.monotonic()
        buf += chunk
        if first is None and b'"content": " ' in buf:
            first = t
        if b"[DONE]" in buf:
            last = t
            break
    await resp.aclose()
    out.append({"url": url, "ttft_s": first - sent[0], "duration_s": last - sent[0]})

async def main(urls):
    out = []
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=None)) as client:
        await asyncio.gather(*(one(client, u, out) for u in urls))
    print(json.dumps(out))

asyncio.run(main(sys.argv[1:]))
'''


def tui_child(urls: list[str]) -> None:
    """In a fresh process: the TUI streams every URL as a target; print what it recorded."""
    from tui_harness import SIZE, isolate_dirs, make_app, target, wait_for_session

    isolate_dirs()
    targets = [target(u, name=f"t{i}") for i, u in enumerate(urls)]

    async def go() -> dict:
        app = make_app(targets)
        async with app.run_test(size=SIZE):
            return await wait_for_session(app, 120)

    session = asyncio.run(go())
    out = []
    for run in session["runs"]:
        i = int(run["target"][1:])
        turn = run["turns"][0]
        out.append({"url": urls[i], "ttft_s": run["metrics"]["ttft_s"],
                    "duration_s": turn["duration_s"]})
    print(json.dumps(out))


def run_config(urls: list[str], path: Path) -> None:
    lines = []
    for i, u in enumerate(urls):
        lines += [f"[providers.b{i}]", f'base_url = "{u}"', "read_timeout_s = 60", "",
                  f"[targets.t{i}]", f'provider = "b{i}"', 'model = "m"', ""]
    path.write_text("\n".join(lines))


def contender(name: str, urls: list[str], tmp: Path, env: dict) -> list[dict]:
    if name == "bare":
        proc = subprocess.run([PYTHON, "-c", BARE, *urls], capture_output=True, text=True,
                              env=env, timeout=120)
        if proc.returncode:
            raise RuntimeError(f"bare client failed: {proc.stderr[-2000:]}")
        return json.loads(proc.stdout)
    if name in ("tui", "tui-thread"):
        tui_env = dict(env, PROVTUI_NETWORK="thread" if name == "tui-thread" else "process")
        proc = subprocess.run([PYTHON, __file__, "--child-tui", *urls], capture_output=True,
                              text=True, env=tui_env, timeout=300, cwd=ROOT)
        if proc.returncode:
            raise RuntimeError(f"TUI child failed: {proc.stderr[-3000:]}")
        return json.loads(proc.stdout.strip().splitlines()[-1])
    cfg = tmp / "timing.toml"
    run_config(urls, cfg)
    child_env = dict(env)
    if name in ("run-loop", "run-thread"):
        child_env["PROVTUI_NETWORK"] = name[4:]
    args = [PYTHON, "-m", "provtui", "run", "--config", str(cfg), "--json"]
    for i in range(len(urls)):
        args += ["-t", f"t{i}"]
    proc = subprocess.run([*args, "go"], capture_output=True, text=True, env=child_env,
                          timeout=300, cwd=ROOT)
    if proc.returncode:
        raise RuntimeError(f"provtui run failed: {proc.stderr[-3000:]}")
    session = json.loads(proc.stdout)
    out = []
    for run in session["runs"]:
        i = int(run["target"][1:])
        out.append({"url": urls[i], "ttft_s": run["metrics"]["ttft_s"],
                    "duration_s": run["turns"][0]["duration_s"]})
    return out


def errors(recorded: list[dict], log: list[dict]) -> list[dict]:
    by_tag = {e["path"].split("/")[5]: e for e in log if e["path"].startswith("/timed/")}
    rows = []
    for r in recorded:
        entry = by_tag[r["url"].rstrip("/").split("/")[-2]]
        t_req = entry["t_request"]
        true_ttft = entry["writes"][0][0] - t_req
        true_total = entry["writes"][-1][0] - t_req
        rows.append({"ttft_err_ms": 1000 * (r["ttft_s"] - true_ttft),
                     "total_err_ms": 1000 * (r["duration_s"] - true_total)})
    return rows


def summarise(rows: list[dict], loads: list[float]) -> dict:
    tt = [abs(r["ttft_err_ms"]) for r in rows]
    to = [abs(r["total_err_ms"]) for r in rows]
    return {"n": len(rows),
            "ttft": {"p50": median(tt), "p99": percentile(tt, 99), "max": max(tt)},
            "total": {"p50": median(to), "p99": percentile(to, 99), "max": max(to)},
            "ttft_signed_median": median([r["ttft_err_ms"] for r in rows]),
            "total_signed_median": median([r["total_err_ms"] for r in rows]),
            "load1": {"min": min(loads), "max": max(loads)}}


def bench(rounds: int, streams: list[int], names: list[str]) -> dict:
    res: dict = {"rounds": rounds, "streams": streams, "contenders": names, "figures": {}}
    with server() as srv, tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        env = dict(os.environ, PROVTUI_DATA_DIR=str(tmp / "data"),
                   XDG_CONFIG_HOME=str(tmp / "config"), PYTHONDONTWRITEBYTECODE="")
        env.pop("PROVTUI_CONFIG", None)
        env.pop("PYTHONDONTWRITEBYTECODE")
        # compiled once, as an installed package is: a fresh process then pays imports only
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "provtui")], check=False)
        for n in streams:
            rows: dict[str, list[dict]] = {c: [] for c in names}
            loads: dict[str, list[float]] = {c: [] for c in names}
            for r in range(rounds):
                order = names[r % len(names):] + names[:r % len(names)]
                for c in order:
                    tag = f"{c}-{n}-{r}"
                    urls = [srv.url(f"timed/{TTFT_MS}/{CHUNKS}/{GAP_MS}/{tag}x{i}")
                            for i in range(n)]
                    loads[c].append(os.getloadavg()[0])
                    recorded = contender(c, urls, tmp, env)
                    got = errors(recorded, srv.log())
                    rows[c] += got
                    worst = max(max(abs(g["ttft_err_ms"]), abs(g["total_err_ms"])) for g in got)
                    print(f"  {n:2} streams {c:8} round {r}: worst |err| {worst:6.1f} ms "
                          f"(load {loads[c][-1]:.2f})", file=sys.stderr, flush=True)
            res["figures"][str(n)] = {c: summarise(rows[c], loads[c]) for c in names}
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--streams", default="1,8,32,64")
    ap.add_argument("--contenders", default=",".join(CONTENDERS))
    ap.add_argument("--child-tui", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_tui:
        tui_child(args.child_tui)
        return
    streams = [int(s) for s in args.streams.split(",") if s.strip()]
    names = [c.strip() for c in args.contenders.split(",") if c.strip()]
    res = bench(args.rounds, streams, names)
    for n, by in res["figures"].items():
        for c, s in by.items():
            print(f"{n:>2} streams {c:8} max |err| ttft {s['ttft']['max']:6.1f} ms  total "
                  f"{s['total']['max']:6.1f} ms   p50 {s['ttft']['p50']:.1f} / "
                  f"{s['total']['p50']:.1f} ms  (n={s['n']}, load {s['load1']['min']:.2f}-"
                  f"{s['load1']['max']:.2f})")
    emit_result(res)


if __name__ == "__main__":
    main()
