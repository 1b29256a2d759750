"""The TUI's network process (core/netproc.py) and the joined deltas it sends (core/coalesce.py).

Real loopback providers (the transcript server), a real MCP server from PyPI, a real child
process: the same scenarios as the threaded fanout, plus what only a process can do wrong
(dying, being orphaned)."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from mcp_servers.procs import alive, leftover_servers
from provtui.core import netproc
from provtui.core.coalesce import Coalescer, expand
from provtui.core.events import (
    ReasoningDelta,
    RunFinished,
    SessionFinished,
    SessionStarted,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
)
from provtui.core.fanout import Fanout, SessionPlan
from provtui.core.netproc import ProcessFanout
from provtui.core.recorder import SessionRecorder
from test_threaded_fanout import EV, collect, per_run, target
from transcript_server import Reply, Sleep, TranscriptServer, all_transcripts, load_transcript

pytestmark = pytest.mark.skipif(not netproc.available(),
                                reason="a network process needs POSIX Unix sockets")


def expanded(events: list) -> list:
    return [piece for e in events for piece in expand(e)]


async def test_every_transcript_gives_the_plain_fanouts_events_once_joins_are_expanded() -> None:
    # some transcripts time out at 0.4 s of silence: a full garbage collection over what
    # earlier tests left (hundreds of MB after the TUI tests) must not land mid-stream
    gc.collect()
    paths = all_transcripts()
    async with TranscriptServer() as srv:
        targets = []
        for i, path in enumerate(paths):
            reply = load_transcript(path)
            kw = {k: reply.expect[k] for k in ("read_timeout_s", "tool_id_style")
                  if k in reply.expect}
            route = srv.route(reply, repeat_last=True)
            targets.append(target(f"t{i}", route.base_url, **kw))
        plan = dict(prompt="hello", targets=targets, session_id="20260101T000000Z-abcd")
        plain = await collect(Fanout, SessionPlan(**plan))
        remote = await collect(ProcessFanout, SessionPlan(**plan))
    assert isinstance(remote[0], SessionStarted) and isinstance(remote[-1], SessionFinished)
    a, b = per_run(plain), per_run(expanded(remote))
    assert sorted(a) == sorted(b) == list(range(-1, len(paths)))
    for run in a:
        assert b[run] == a[run], f"run {run} ({paths[run] if run >= 0 else 'session'}) differs"
    assert len([e for e in remote if isinstance(e, RunFinished)]) == len(paths)


async def test_a_fast_stream_arrives_joined_with_every_chunks_time() -> None:
    chunks = [f"w{i} " for i in range(400)]
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(chunks, delay_s=0.0005))
        async with ProcessFanout(SessionPlan(prompt="x", targets=[target("a", url)])) as fan:
            assert fan.pid is not None and fan.pid != os.getpid()
            events = [e async for e in fan.stream_run(0)]
    deltas = [e for e in events if isinstance(e, TextDelta)]
    assert "".join(d.text for d in deltas) == "".join(chunks)
    assert len(deltas) < len(chunks), "deltas of one batch are joined"
    pieces = expanded(deltas)
    assert len(pieces) == len(chunks) and [p.text for p in pieces] == chunks
    times = [p.t for p in pieces]
    assert times == sorted(times) and times[-1] - times[0] > 0.1, "each chunk keeps its own time"


async def test_cancel_and_add_run_cross_to_the_process() -> None:
    async with TranscriptServer() as srv:
        first = {"choices": [{"index": 0, "delta": {"content": "partial "}}]}
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                    b"data: [DONE]\n\n"]))
        again = srv.add(Reply.text_stream(["again"]), repeat_last=True)
        plan = SessionPlan(prompt="x", targets=[target("slow", slow), target("b", again)])
        async with ProcessFanout(plan) as fan:
            got = []
            async for e in fan.stream_run(0):
                got.append(e)
                if isinstance(e, TextDelta):
                    fan.cancel(0)
            spec = fan.add_run(plan.targets[1])
            assert (spec.run, spec.repeat_index) == (2, 1)
            second = [e async for e in fan.stream_run(2)]
    assert got[-1].status == "cancelled" and got[-1].error["kind"] == "cancelled"
    assert "".join(d.text for d in got if isinstance(d, TextDelta)) == "partial "
    assert second[-1].status == "ok" and all(e.run == 2 for e in second)
    assert "".join(d.text for d in second if isinstance(d, TextDelta)) == "again"


async def test_leaving_while_a_run_streams_ends_it_cancelled_and_the_process_exits() -> None:
    async with TranscriptServer() as srv:
        first = {"choices": [{"index": 0, "delta": {"content": "so far"}}]}
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                    b"data: [DONE]\n\n"]))
        fan = ProcessFanout(SessionPlan(prompt="x", targets=[target("slow", slow)]))
        got: list = []
        async with fan:
            async def pane() -> None:
                async for e in fan.stream_run(0):
                    got.append(e)

            task = asyncio.create_task(pane())
            deadline = time.monotonic() + 20
            while not any(isinstance(e, TextDelta) for e in got):
                assert time.monotonic() < deadline, got
                await asyncio.sleep(0.01)
        await asyncio.wait_for(task, 10)
        # reaped on a thread (waiting on the UI's loop held it for up to ~70 ms): it exits
        # once its sockets are closed
        deadline = time.monotonic() + 10
        while fan._child.proc.poll() is None:
            assert time.monotonic() < deadline, "the network process outlived its session"
            await asyncio.sleep(0.02)
    assert isinstance(got[-1], RunFinished) and got[-1].status == "cancelled"
    assert "".join(e.text for e in got if isinstance(e, TextDelta)) == "so far"


async def test_a_killed_network_process_ends_every_run_readably_and_nothing_hangs() -> None:
    async with TranscriptServer() as srv:
        first = {"choices": [{"index": 0, "delta": {"content": "kept"}}]}
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                    b"data: [DONE]\n\n"]), repeat_last=True)
        fan = ProcessFanout(SessionPlan(prompt="x", targets=[target("a", slow),
                                                             target("b", slow)]))
        got: dict[int, list] = {0: [], 1: []}
        errors: dict[int, BaseException] = {}
        async with fan:
            async def pane(run: int) -> None:
                try:
                    async for e in fan.stream_run(run):
                        got[run].append(e)
                except RuntimeError as exc:
                    errors[run] = exc

            tasks = [asyncio.create_task(pane(r)) for r in (0, 1)]
            deadline = time.monotonic() + 20
            while not all(any(isinstance(e, TextDelta) for e in got[r]) for r in (0, 1)):
                assert time.monotonic() < deadline, got
                await asyncio.sleep(0.01)
            os.kill(fan.pid, signal.SIGKILL)
            await asyncio.wait_for(asyncio.gather(*tasks), 10)
    for run in (0, 1):
        assert "network process ended unexpectedly" in str(errors[run])
        assert "".join(e.text for e in got[run] if isinstance(e, TextDelta)) == "kept"


def test_an_orphaned_network_process_exits_and_stops_its_mcp_server(tmp_path) -> None:
    """SIGKILL the UI process mid-session: its network process and the MCP server it
    started must not outlive it."""
    script = tmp_path / "ui.py"
    script.write_text(textwrap.dedent(f"""
        import asyncio, sys
        sys.path[:0] = {sys.path!r}
        from test_threaded_fanout import EV, target
        from transcript_server import Reply, Sleep, TranscriptServer
        from provtui.core.fanout import SessionPlan
        from provtui.core.netproc import ProcessFanout

        async def main():
            async with TranscriptServer() as srv:
                route = srv.route(Reply.tool_call_stream(
                    [{{"name": "list_vehicles", "arguments": {{}}}}]),
                    Reply(steps=[Sleep(60.0)]))
                plan = SessionPlan(prompt="x", targets=[target("a", route.base_url)],
                                   mcp_servers=[EV])
                async with ProcessFanout(plan) as fan:
                    async for e in fan.stream_run(0):
                        if type(e).__name__ == "ToolCallFinished":
                            print("CHILD", fan.pid, flush=True)
        asyncio.run(main())
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("CHILD"), line
        child = int(line.split()[1])
        assert leftover_servers(), "the MCP server runs"
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 20
        # alive() counts a zombie as gone: the child has exited; collecting its status is up
        # to whatever inherited it (init here reaps every ~2 s, a CI runner's may not at all)
        while time.monotonic() < deadline:
            if not alive(child):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the network process outlived its UI")
        while leftover_servers() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not leftover_servers(), "the MCP server outlived the network process"
    finally:
        if proc.poll() is None:
            proc.kill()


async def test_ev_tool_loop_runs_in_the_process() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "list_vehicles", "arguments": {}}]),
            Reply.text_stream(["Battery health is ", "good."]),
        )
        plan = SessionPlan(prompt="Analyze", targets=[target("a", route.base_url)],
                           mcp_servers=[EV])
        async with ProcessFanout(plan) as fan:
            events = [e async for e in fan.stream_run(0)]
    assert [e.name for e in events if isinstance(e, ToolCallStarted)] == ["list_vehicles"]
    finished = [e for e in events if isinstance(e, ToolCallFinished)]
    assert finished and "rivian" in finished[0].result.lower()
    assert events[-1].status == "ok"


async def test_an_mcp_server_that_does_not_start_fails_its_runs_readably() -> None:
    from mcp_servers.procs import owner_env
    from provtui.core.config import McpServerConfig

    broken = McpServerConfig(name="broken", command=sys.executable,
                             args=("-c", "import sys; sys.exit(3)"), env=owner_env(),
                             startup_timeout_s=10)
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["x"]), repeat_last=True)
        plan = SessionPlan(prompt="x", targets=[target("a", url)], mcp_servers=[broken])
        events = await collect(ProcessFanout, plan)
    end = [e for e in events if isinstance(e, RunFinished)][0]
    assert end.status == "error" and end.error["kind"] == "mcp" and "broken" in end.error["message"]


async def test_a_spare_process_is_taken_by_the_next_session() -> None:
    netproc.prewarm()
    spare = netproc._spare
    assert spare is not None and spare.alive()
    try:
        async with TranscriptServer() as srv:
            url = srv.add(Reply.text_stream(["hi"]))
            async with ProcessFanout(SessionPlan(prompt="x", targets=[target("a", url)]),
                                     spare=True) as fan:
                assert fan.pid == spare.proc.pid
                assert netproc._spare is None, "the next spare waits for this session's end"
                events = [e async for e in fan.stream_run(0)]
        assert events[-1].status == "ok"
        netproc._prewarming.join(10)
        assert netproc._spare is not None and netproc._spare is not spare
        assert netproc._spare.alive()
    finally:
        netproc.discard_spare()
    assert netproc._spare is None


def test_another_clock_needs_the_threaded_fanout() -> None:
    with pytest.raises(ValueError, match="ThreadedFanout"):
        ProcessFanout(SessionPlan(prompt="x"), clock=lambda: 0.0)


# --------------------------------------------------------------------- joined deltas

def _recorded(events: list, secrets=()) -> dict:
    rec = SessionRecorder(secrets=list(secrets))
    for e in events:
        rec.apply(e)
    return rec.finish(status="ok")


async def _plain_events() -> list:
    async with TranscriptServer() as srv:
        texts = [f"tok{i} " for i in range(120)]
        url = srv.add(Reply.text_stream(texts, delay_s=0.001))
        reasoning = srv.add(Reply.text_stream(["think "] * 30 + ["sk-secret-", "KEY123 ", "end"]))
        plan = SessionPlan(prompt="x", targets=[target("a", url), target("b", reasoning)])
        return await collect(Fanout, plan)


def _coalesce(events: list, every: int) -> list:
    batch, out = Coalescer(), []
    for i, e in enumerate(events):
        batch.add("all", e)
        if i % every == every - 1:
            out += [item for _, item in batch.take()]
    return out + [item for _, item in batch.take()]


@pytest.mark.parametrize("every", [1, 3, 17, 10_000])
@pytest.mark.parametrize("secrets", [(), ("sk-secret-KEY123",)])
async def test_the_recorder_saves_the_same_session_from_joined_deltas(every, secrets) -> None:
    plain = await _plain_events()
    joined = _coalesce(plain, every)
    if every > 1:
        assert len(joined) < len(plain)
    got, want = _recorded(joined, secrets), _recorded(plain, secrets)
    if secrets:
        # Scrubbing holds back a possible key's start until the next chunk: one chunk at a
        # time that moves characters to the next chunk, a join only at its end (its last
        # chunk takes the difference).  The times and the text are the same; how characters
        # split between chunks around a hold may differ.
        for g_run, w_run in zip(got["runs"], want["runs"]):
            g_tl, w_tl = g_run.pop("timeline"), w_run.pop("timeline")
            assert [(e[0], e[1]) for e in g_tl] == [(e[0], e[1]) for e in w_tl]
            assert sum(e[2] for e in g_tl) == sum(e[2] for e in w_tl)
    assert got == want
    if secrets:  # the key streamed in two chunks is scrubbed from the answer either way
        content = _recorded(joined, secrets)["runs"][1]["turns"][0]["content"]
        assert "KEY123" not in content and "[redacted]" in content


def test_hostile_parts_in_a_journal_line_are_ignored_not_trusted() -> None:
    from provtui.core.events import from_json

    for parts in ("x", [[1.0]], [[1.0, -1]], [[float("nan"), 1]], [["a", 1]], [[1.0, 2.5]]):
        e = from_json({"e": "TextDelta", "run": 0, "t": 1.0, "turn": 0, "text": "ab",
                       "parts": parts})
        assert e.parts == ()
    # well-formed parts that do not add up to the text count as one chunk
    e = from_json({"e": "TextDelta", "run": 0, "t": 1.0, "turn": 0, "text": "ab",
                   "parts": [[1.0, 1], [2.0, 5]]})
    session = _recorded([e])
    assert session["runs"][0]["turns"][0]["content"] == "ab"


def test_joins_never_cross_another_event_of_the_run() -> None:
    batch = Coalescer()
    batch.add(0, TextDelta(0, 1.0, 0, "a"))
    batch.add(1, TextDelta(1, 1.1, 0, "x"))
    batch.add(0, TextDelta(0, 1.2, 0, "b"))
    batch.add(0, ReasoningDelta(0, 1.3, 0, "r"))
    batch.add(0, TextDelta(0, 1.4, 0, "c"))
    batch.add(0, RunFinished(0, 1.5, "ok", None))
    batch.add(0, TextDelta(0, 1.6, 1, "d"))
    out = batch.take()
    assert [(ch, type(e).__name__, getattr(e, "text", None)) for ch, e in out] == [
        (0, "TextDelta", "ab"), (1, "TextDelta", "x"), (0, "ReasoningDelta", "r"),
        (0, "TextDelta", "c"), (0, "RunFinished", None), (0, "TextDelta", "d")]
    assert out[0][1].parts == ((1.0, 1), (1.2, 1)) and out[0][1].t == 1.0
