"""Sessions at scale (issue 19, CONTRACT §6): `sessions list` and `--search` over 10,000 sessions.

    python tests/bench/bench_index.py [--n 10000] [--small 100] [--rounds 5]

Measured side by side in one run, as whole `provtui sessions list` processes (what a user
waits for), medians over rounds with the two data directories alternating:

* first build of the index at N sessions (target < 60 s on 2 cores);
* list, list --limit 50 and search at N after the build (target < 0.3 s) and the same at
  `--small` sessions (target: at N at most 4x the time at `--small`);
* the file-reading lister of before (provtui.core.session.list_sessions) at N, for scale;
* index size against the sessions' size (target < 10%).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from session_factory import write_sessions  # noqa: E402

PY = sys.executable


def _run(data: Path, *args: str) -> tuple[float, str, str]:
    env = {**os.environ, "PROVTUI_DATA_DIR": str(data)}
    t0 = time.perf_counter()
    r = subprocess.run([PY, "-m", "provtui", "sessions", "list", *args], capture_output=True,
                       text=True, env=env, timeout=600)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return dt, r.stdout, r.stderr


def _size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.iterdir() if f.is_file())


def tui_search_latency(data: Path, words: list[str]) -> dict:
    """The TUI sessions browser at N sessions (index already built): time from a search
    word typed to the table showing its results, and from opening to the first rows."""
    import asyncio

    os.environ["PROVTUI_DATA_DIR"] = str(data)
    from provtui.core.config import PRESETS, Config
    from provtui.ui.app import ProvtuiApp
    from provtui.ui.screens.sessions import SessionsScreen

    out: dict = {}

    async def go() -> None:
        app = ProvtuiApp(config=Config(path=None, providers=dict(PRESETS), targets={},
                                       mcp_servers={}, ui={}, exists=False),
                         targets=[], mcp_servers=[], prompt="")
        async with app.run_test(size=(160, 45)) as pilot:
            t0 = time.perf_counter()
            await pilot.press("ctrl+s")
            while not (isinstance(app.screen, SessionsScreen) and not app.screen.listing):
                await asyncio.sleep(0.005)
            out["open_to_rows_s"] = round(time.perf_counter() - t0, 3)
            screen = app.screen
            lat = []
            for w in words:
                search = screen.query_one("#sessions-search")
                t0 = time.perf_counter()
                search.value = w
                await pilot.pause()
                lat.append(time.perf_counter() - t0)
                out.setdefault("hits", []).append(screen.total)
            out["search_to_rows_ms"] = [round(x * 1000, 1) for x in lat]
            out["search_p50_ms"] = round(statistics.median(lat) * 1000, 1)
            out["search_max_ms"] = round(max(lat) * 1000, 1)

    asyncio.run(go())
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        t0 = time.perf_counter()
        write_sessions(big / "sessions", a.n)
        write_sessions(small / "sessions", a.small)
        gen = time.perf_counter() - t0
        load0 = os.getloadavg()[0]
        build, _, err = _run(big, "--limit", "1")
        sizes = {"sessions_bytes": _size(big / "sessions"),
                 "index_bytes": sum(p.stat().st_size for p in big.glob("index.sqlite3*"))}
        _run(small, "--limit", "1")
        from session_factory import RARE

        rare = RARE[1234]
        cases = {"list (plain text, every session)": [],
                 "list --json (every session)": ["--json"],
                 "list --limit 50": ["--limit", "50"],
                 f"search rare word '{rare}' (--json, ~1-2% of sessions)":
                     ["--json", "--search", rare],
                 f"search 2 words '{RARE[77]} {RARE[2000]}'": ["--search",
                                                              f"{RARE[77]} {RARE[2000]}"],
                 f"search prefix '{rare[:5]}'": ["--json", "--search", rare[:5]],
                 "search common word 'ocean' --limit 50": ["--search", "ocean", "--limit", "50"],
                 "search common word 'ocean' (--json, all hits)": ["--json", "--search",
                                                                   "ocean"]}
        res: dict[str, dict[str, list[float]]] = {k: {"big": [], "small": []} for k in cases}
        for _ in range(a.rounds):
            for name, args in cases.items():
                for which, d in (("big", big), ("small", small)):
                    res[name][which].append(_run(d, *args)[0])
        hits = {name: len(json.loads(_run(big, *args)[1])) if "--json" in args else None
                for name, args in cases.items()}
        # in-process: the index's own work (sync + query), without interpreter start-up
        from provtui.core.index import list_indexed

        inproc = {}
        for which, d in (("big", big), ("small", small)):
            ts = []
            for _ in range(a.rounds):
                t1 = time.perf_counter()
                list_indexed(d / "sessions", search=RARE[1234])
                list_indexed(d / "sessions", limit=50)
                ts.append((time.perf_counter() - t1) / 2)
            inproc[which] = round(statistics.median(ts), 4)
        # the lister of before (reads every file), once, in-process
        env_dir = big / "sessions"
        t0 = time.perf_counter()
        from provtui.core.session import list_sessions

        old_n = len(list_sessions(env_dir)[0])
        old = time.perf_counter() - t0
        tui = tui_search_latency(big, [RARE[1234], RARE[77], "ocean", "astan", RARE[5][:4],
                                       "words_failed", "zzzzqq"])
        load1 = os.getloadavg()[0]
    rows = []
    for name, r in res.items():
        b, s = statistics.median(r["big"]), statistics.median(r["small"])
        rows.append({"case": name, "hits": hits.get(name), f"at {a.n}": round(b, 3), f"at {a.small}": round(s, 3),
                     "ratio": round(b / s, 2), "target_0.3s": b < 0.3, "target_4x": b / s <= 4})
    out = {"n": a.n, "small": a.small, "rounds": a.rounds, "generate_s": round(gen, 1),
           "first_build_s": round(build, 2), "first_build_target_60s": build < 60,
           "old_full_read_list_s": round(old, 2), "old_listed": old_n,
           "index_bytes": sizes["index_bytes"], "sessions_bytes": sizes["sessions_bytes"],
           "index_fraction": round(sizes["index_bytes"] / sizes["sessions_bytes"], 4),
           "in_process_sync_and_query_s": inproc, "tui_browser": tui,
           "load_avg": [round(load0, 2), round(load1, 2)], "cases": rows,
           "progress_lines": [ln for ln in err.splitlines() if "indexing" in ln][-1:]}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
