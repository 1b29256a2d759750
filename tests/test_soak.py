"""Soak: 200 comparisons of 4 targets each, back to back in one process, against loopback.

Each comparison is what ``provtui run`` does (a ``Fanout`` with its own HTTP client, a
``SessionRecorder`` journalling to disk, the session saved and its journal removed), with three
healthy targets and one that fails, the fault rotating through an HTTP 500, a connection cut
mid-stream, a refused connection and an idle timeout.  File descriptors, asyncio tasks, OS
threads, child processes and resident memory are counted after a warm-up comparison and at the
end; none may grow beyond a small constant.  The figures are printed (run with ``-s``) and
written to ``soak-figures.json`` in the test's tmp dir.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest

from mcp_servers.procs import descendants, open_fds
from provtui.core.config import ProviderConfig, TargetConfig
from provtui.core.fanout import Fanout, SessionPlan
from provtui.core.session import Journal, SessionRecorder, save_session, session_paths
from transcript_server import Close, Reply, Stall, TranscriptServer

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

COMPARISONS = 200


def target(name: str, base_url: str, **kw: Any) -> TargetConfig:
    return TargetConfig(name=name, provider=ProviderConfig(name=f"p-{name}", base_url=base_url,
                                                           **kw), model="m")


def counts() -> dict[str, int]:
    gc.collect()
    me = asyncio.current_task()
    rss_kb = 0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss_kb = int(line.split()[1])
    return {"fds": len(open_fds()),
            "tasks": sum(1 for t in asyncio.all_tasks() if t is not me and not t.done()),
            "threads": len(os.listdir("/proc/self/task")),
            "children": len(descendants()),
            "rss_kb": rss_kb}


async def settle(baseline: dict[str, int]) -> dict[str, int]:
    """Counts once closing has had its loop turns (transports close on the next iteration)."""
    now = counts()
    for _ in range(60):
        if all(now[k] <= baseline[k] for k in ("fds", "tasks", "threads", "children")):
            break
        await asyncio.sleep(0.05)
        now = counts()
    return now


async def test_200_comparisons_leave_nothing_behind(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        refused_port = s.getsockname()[1]
    cut = ('data: {"choices":[{"index":0,"delta":{"content":"half"}}]}\n\n').encode()
    async with TranscriptServer() as srv:
        healthy = [srv.add(Reply.text_stream(["tiny ", f"answer {i}"],
                                             usage={"prompt_tokens": 3, "completion_tokens": 2}),
                           repeat_last=True) for i in range(3)]
        faults = [
            target("http500", srv.add(Reply.json_body(500, {"error": {"message": "boom"}}),
                                      repeat_last=True)),
            target("cut", srv.add(Reply(steps=[cut, Close()]), repeat_last=True)),
            target("refused", f"http://127.0.0.1:{refused_port}/v1"),
            target("stalled", srv.add(Reply(steps=[cut, Stall()]), repeat_last=True),
                   read_timeout_s=0.05),
        ]
        healthy_targets = [target(f"ok{i}", url) for i, url in enumerate(healthy)]
        outcomes: dict[str, int] = {}

        async def comparison(i: int) -> None:
            plan = SessionPlan(prompt=f"comparison {i}",
                               targets=[*healthy_targets, faults[i % len(faults)]])
            plan.session_id = f"soak-{i:04d}"
            _, journal_path = session_paths(plan.session_id)  # in PROVTUI_DATA_DIR
            rec = SessionRecorder(journal=Journal(journal_path))
            async with Fanout(plan) as fan:
                async for event in fan.stream_all():
                    rec.apply(event)
            session = rec.finish()
            save_session(session)
            assert not journal_path.exists()
            runs = session["runs"]
            assert [r["status"] for r in runs] == ["ok", "ok", "ok", "error"], runs
            assert runs[0]["text"] == "tiny answer 0"
            kind = runs[3]["error"]["kind"]
            outcomes[kind] = outcomes.get(kind, 0) + 1

        for i in range(len(faults)):  # warm-up: imports, caches, the loop's executor
            await comparison(i)
        outcomes.clear()
        before = await settle(counts())
        for i in range(COMPARISONS):
            await comparison(i)
        after = await settle(before)
    saved = len(list(session_paths("x")[0].parent.glob("soak-*.json")))
    figures = {"comparisons": COMPARISONS, "targets_per_comparison": 4,
               "sessions_saved": saved, "failing_run_kinds": outcomes,
               "before": before, "after": after}
    (tmp_path / "soak-figures.json").write_text(json.dumps(figures, indent=2))
    print("\nsoak figures:", json.dumps(figures))

    assert saved == COMPARISONS  # the warm-up sessions were overwritten by the same ids
    assert outcomes == {"server_error": 50, "network": 100, "timeout": 50}
    assert after["tasks"] <= before["tasks"], figures
    assert after["children"] <= before["children"], figures
    assert after["fds"] <= before["fds"] + 2, figures
    assert after["threads"] <= before["threads"] + 2, figures
    # memory: 800 runs' worth of sessions must not pile up (they are all on disk)
    assert after["rss_kb"] - before["rss_kb"] < 40_000, figures
