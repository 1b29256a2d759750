"""ThreadedFanout: the same runs as Fanout, with the network on an event loop of its own thread.

Real sockets (tests/transcript_server.py), real MCP stdio servers (the bundled EV server), real
threads.  What must hold: the events are the same as Fanout's (content, order within a run),
they are consumed on the caller's loop, cancellation and failures behave as in Fanout, events
cross threads in batches, and leaving the ``async with`` leaves no thread, no MCP server process
and no lowered switch interval behind.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import json
import sys
import threading

import pytest

from mcp_servers.procs import leftover_servers, owner_env
from provtui.core.config import McpServerConfig, ProviderConfig, TargetConfig
from provtui.core.events import (
    RawBytes,
    ResponseStarted,
    RunFinished,
    SessionFinished,
    SessionStarted,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFailed,
    TurnFinished,
)
from provtui.core.bridge import Inbox
from provtui.core.fanout import Fanout, SessionPlan, ThreadedFanout
from provtui.core.threaded import _Bridge
from transcript_server import Reply, Sleep, TranscriptServer, all_transcripts, load_transcript

EV = McpServerConfig(name="ev", command=sys.executable, args=("-m", "provtui.demo.ev_server"),
                     env=owner_env())


@pytest.fixture(autouse=True)
def nothing_left_behind():
    interval = sys.getswitchinterval()
    frozen = gc.get_freeze_count()
    yield
    assert not [t.name for t in threading.enumerate() if t.name.startswith("provtui-network")]
    assert sys.getswitchinterval() == interval, "the switch interval was not restored"
    assert gc.get_freeze_count() <= frozen, "objects were left frozen out of the collector"
    left = leftover_servers()
    assert not left, f"MCP server processes left behind: {left}"


def target(name: str, base_url: str, **provider_kw) -> TargetConfig:
    prov = ProviderConfig(name=f"p-{name}", base_url=base_url, **provider_kw)
    return TargetConfig(name=name, provider=prov, model="scripted-model")


async def collect(fan_cls, plan: SessionPlan) -> list:
    async with fan_cls(plan) as fan:
        return [e async for e in fan.stream_all()]


def per_run(events: list) -> dict[int, list]:
    """Each run's events with what depends on when they ran taken out: stamps and durations,
    the Date header, and raw bytes joined per turn (how reads split the bytes varies)."""
    runs: dict[int, list] = {}
    raw: dict[tuple[int, int], str] = {}
    for e in events:
        out = runs.setdefault(e.run, [])
        e = dataclasses.replace(e, t=0.0)
        if isinstance(e, TurnFinished):
            e = dataclasses.replace(e, ttft_s=None, duration_s=0.0, extra={
                k: v for k, v in e.extra.items() if not k.endswith("_s")})  # connect_s
        elif isinstance(e, TurnFailed):
            e = dataclasses.replace(e, ttft_s=None, duration_s=0.0, extra={
                k: v for k, v in e.extra.items() if not k.endswith("_s")})  # connect_s
        elif isinstance(e, ToolCallFinished):
            e = dataclasses.replace(e, duration_s=0.0)
        elif isinstance(e, ResponseStarted):
            e = dataclasses.replace(e, headers={k: v for k, v in e.headers.items()
                                                if k.lower() != "date"})
        elif isinstance(e, SessionStarted):
            e = dataclasses.replace(e, wall="")
        if isinstance(e, RawBytes):
            # where the raw bytes fall between the deltas depends on how the reads split them:
            # each turn's raw bytes are compared whole, at the end of the run's list
            raw[(e.run, e.turn)] = raw.get((e.run, e.turn), "") + e.data
            continue
        if isinstance(e, (TurnFailed, RunFinished)) and e.error \
                and e.error.get("retry_after_s") is not None:
            # a Retry-After date in the past is measured against now
            e = dataclasses.replace(e, error={**e.error, "retry_after_s": "set"})
        out.append(e)
    for (run, turn), data in sorted(raw.items()):
        runs[run].append(RawBytes(run=run, t=0.0, turn=turn, data=data))
    return {run: _generated_ids_in_order(evs) for run, evs in runs.items()}


def _generated_ids_in_order(events: list) -> list[str]:
    """Tool call ids provtui made up (random; the provider sent none) named by order: an id
    that is nowhere in the raw bytes the provider sent was generated."""
    raw = "".join(e.data for e in events if isinstance(e, RawBytes))
    names: dict[str, str] = {}
    for e in events:
        if isinstance(e, TurnFinished):
            for call in e.tool_calls:
                if call["id"] not in raw:
                    names.setdefault(call["id"], f"generated-id-{len(names)}")
    out = []
    for e in events:
        text = repr(e)
        for generated, placeholder in names.items():
            text = text.replace(generated, placeholder)
        out.append(text)
    return out


async def test_events_match_fanout_for_every_transcript() -> None:
    # some transcripts time out at 0.4 s of silence: a full garbage collection over what
    # earlier tests left (hundreds of MB after the TUI tests) must not land mid-stream
    gc.collect()
    paths = all_transcripts()
    assert len(paths) >= 60
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
        threaded = await collect(ThreadedFanout, SessionPlan(**plan))
    assert isinstance(threaded[0], SessionStarted) and isinstance(threaded[-1], SessionFinished)
    a, b = per_run(plain), per_run(threaded)
    assert sorted(a) == sorted(b) == list(range(-1, len(paths)))
    for run in a:
        assert b[run] == a[run], f"run {run} ({paths[run] if run >= 0 else 'session'}) differs"
    # the content really went through: every transcript's run ended
    assert len([e for e in threaded if isinstance(e, RunFinished)]) == len(paths)


async def test_runs_are_consumed_on_the_callers_loop_one_stream_per_pane() -> None:
    async with TranscriptServer() as srv:
        urls = [srv.add(Reply.text_stream([f"run {i} ", "says ", "hi"], delay_s=0.01))
                for i in range(3)]
        plan = SessionPlan(prompt="x", targets=[target(f"t{i}", u) for i, u in enumerate(urls)])
        me = threading.get_ident()
        seen_threads: set[int] = set()
        async with ThreadedFanout(plan) as fan:
            assert fan.thread is not None and fan.thread.ident != me
            assert [q.run for q in fan.queued_events()] == [0, 1, 2]

            async def pane(run: int) -> list:
                out = []
                async for e in fan.stream_run(run):
                    seen_threads.add(threading.get_ident())
                    out.append(e)
                return out

            results = await asyncio.gather(*(pane(i) for i in range(3)))
    assert seen_threads == {me}
    for i, events in enumerate(results):
        assert all(e.run == i for e in events)
        assert isinstance(events[-1], RunFinished) and events[-1].status == "ok"
        assert "".join(e.text for e in events if isinstance(e, TextDelta)) == f"run {i} says hi"


async def test_cancel_one_run_keeps_its_partial_text_and_the_other_finishes() -> None:
    async with TranscriptServer() as srv:
        first = {"choices": [{"index": 0, "delta": {"content": "partial "}}]}
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                    b"data: [DONE]\n\n"]))
        fast = srv.add(Reply.text_stream(["done"], delay_s=0.2))
        plan = SessionPlan(prompt="x", targets=[target("slow", slow), target("fast", fast)])
        async with ThreadedFanout(plan) as fan:
            events = []
            async for e in fan.stream_all():
                events.append(e)
                if isinstance(e, TextDelta) and e.run == 0:
                    fan.cancel(0)
    ends = {e.run: e for e in events if isinstance(e, RunFinished)}
    assert ends[0].status == "cancelled" and ends[0].error["kind"] == "cancelled"
    assert ends[1].status == "ok"
    assert "".join(d.text for d in events if isinstance(d, TextDelta) and d.run == 0) == "partial "
    assert events[-1] == SessionFinished(run=-1, t=events[-1].t, status="cancelled")


async def test_leaving_while_runs_stream_ends_them_cancelled_and_stops_the_thread() -> None:
    async with TranscriptServer() as srv:
        first = {"choices": [{"index": 0, "delta": {"content": "so far"}}]}
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                    b"data: [DONE]\n\n"]))
        plan = SessionPlan(prompt="x", targets=[target("slow", slow)])
        got: list = []
        fan = ThreadedFanout(plan)
        async with fan:
            async def pane() -> None:
                async for e in fan.stream_run(0):
                    got.append(e)

            task = asyncio.create_task(pane())
            while not any(isinstance(e, TextDelta) for e in got):
                await asyncio.sleep(0.01)
        # as with Fanout: the consumer still gets the run's end after the session closed
        await task
        assert not fan.thread.is_alive()
    assert isinstance(got[-1], RunFinished) and got[-1].status == "cancelled"
    assert "".join(e.text for e in got if isinstance(e, TextDelta)) == "so far"


async def test_a_consumer_that_stops_listening_cancels_its_run() -> None:
    async with TranscriptServer() as srv:
        first = {"choices": [{"index": 0, "delta": {"content": "a"}}]}
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                    b"data: [DONE]\n\n"]))
        plan = SessionPlan(prompt="x", targets=[target("slow", slow)])
        async with ThreadedFanout(plan) as fan:
            stream = fan.stream_run(0)
            async for e in stream:
                if isinstance(e, TextDelta):
                    break
            await stream.aclose()
            producer = None
            for _ in range(500):  # the cancel crosses to the network thread
                producer = fan._fan._producers.get(0)
                if producer is not None and producer.done():
                    break
                await asyncio.sleep(0.01)
            assert producer is not None and producer.done(), "the run kept streaming"
            with pytest.raises(RuntimeError, match="already streaming"):
                async for _ in fan.stream_run(0):
                    pass


async def test_a_failing_target_does_not_disturb_the_others() -> None:
    async with TranscriptServer() as srv:
        good = srv.add(Reply.text_stream(["fine ", "answer"], delay_s=0.05))
        bad = srv.add(Reply.json_body(400, {"error": {
            "message": "This model's maximum context length is 34000 tokens. However, you "
                       "requested 41234 tokens.", "code": "context_length_exceeded"}}))
        events = await collect(ThreadedFanout, SessionPlan(
            prompt="x", targets=[target("good", good), target("bad", bad)]))
    ends = {e.run: e for e in events if isinstance(e, RunFinished)}
    assert ends[0].status == "ok"
    assert ends[1].status == "error" and ends[1].error["kind"] == "context_length"
    assert ends[1].error["context_limit"] == 34000
    assert "".join(d.text for d in events if isinstance(d, TextDelta) and d.run == 0) \
        == "fine answer"


async def test_ev_tool_loop_runs_on_the_network_thread_and_its_server_stops() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "list_vehicles", "arguments": {}}]),
            Reply.tool_call_stream([
                {"name": "get_battery_health", "arguments": {"vehicle_id": "r1s"}},
                {"name": "get_charges_brief", "arguments": {"vehicle_id": "r1s"}},
            ]),
            Reply.text_stream(["Battery health is ", "good."]),
        )
        plan = SessionPlan(prompt="Analyze battery health", targets=[target("a", route.base_url)],
                           mcp_servers=[EV])
        async with ThreadedFanout(plan) as fan:
            events, running = [], []
            async for e in fan.stream_run(0):
                events.append(e)
                if isinstance(e, ToolCallStarted):
                    running.append(bool(leftover_servers()))
    assert running and all(running), "the EV server runs while the run calls its tools"
    started = [e for e in events if isinstance(e, ToolCallStarted)]
    finished = [e for e in events if isinstance(e, ToolCallFinished)]
    assert [c.name for c in started] == ["list_vehicles", "get_battery_health",
                                         "get_charges_brief"]
    assert len(finished) == 3 and not any(f.is_error for f in finished), finished
    assert "rivian" in finished[0].result.lower()
    assert events[-1].status == "ok"
    assert route.requests[0].json["tools"], "the MCP tools are offered to the model"
    # the autouse fixture checks that the server process is gone


async def test_an_mcp_server_that_does_not_start_fails_its_runs_readably() -> None:
    broken = McpServerConfig(name="broken", command=sys.executable,
                             args=("-c", "import sys; sys.exit(3)"), env=owner_env(),
                             startup_timeout_s=10)
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["x"]), repeat_last=True)
        plan = SessionPlan(prompt="x", targets=[target("a", url), target("b", url)],
                           mcp_servers=[broken])
        fan = ThreadedFanout(plan)
        events = await collect(lambda _plan: fan, plan)
    ends = [e for e in events if isinstance(e, RunFinished)]
    assert len(ends) == 2
    for end in ends:
        assert end.status == "error" and end.error["kind"] == "mcp"
        assert "broken" in end.error["message"]
    assert not fan.thread.is_alive()


async def test_switch_interval_is_small_and_old_objects_frozen_while_streaming_then_restored() -> None:
    before = sys.getswitchinterval()
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["x"]))
        plan = SessionPlan(prompt="x", targets=[target("a", url)])
        async with ThreadedFanout(plan) as one:
            assert sys.getswitchinterval() == pytest.approx(0.001)
            assert gc.get_freeze_count() > 0, "full collections skip what existed before"
            async with ThreadedFanout(SessionPlan(prompt="y", targets=plan.targets)):
                assert sys.getswitchinterval() == pytest.approx(0.001)
            assert sys.getswitchinterval() == pytest.approx(0.001), "held while one streams"
            [e async for e in one.stream_run(0)]
    assert sys.getswitchinterval() == before


async def test_streaming_before_entering_is_a_clear_error() -> None:
    fan = ThreadedFanout(SessionPlan(prompt="x", targets=[target("a", "http://127.0.0.1:9/v1")]))
    with pytest.raises(RuntimeError, match="async with"):
        async for _ in fan.stream_run(0):
            pass


async def test_add_run_streams_a_new_run_in_the_open_session() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["again"]), repeat_last=True)
        t = target("a", url)
        async with ThreadedFanout(SessionPlan(prompt="x", targets=[t])) as fan:
            first = [e async for e in fan.stream_run(0)]
            spec = fan.add_run(t)
            assert (spec.run, spec.repeat_index) == (1, 1) and fan.runs[1] is spec
            second = [e async for e in fan.stream_run(1)]
    assert first[-1].status == second[-1].status == "ok"
    assert all(e.run == 1 for e in second)


def test_sixteen_thousand_events_in_one_pass_wake_the_consumer_once() -> None:
    """The bridge on its own: what one pass of the network loop puts goes over in one batch,
    however many events it holds."""
    consumer = asyncio.new_event_loop()
    network = asyncio.new_event_loop()
    thread = threading.Thread(target=network.run_forever, name="bridge-test-network")
    thread.start()
    try:
        fan = ThreadedFanout(SessionPlan(prompt="x", targets=[]))
        fan.consumer = consumer
        bridge = _Bridge(fan, gap_s=0.004, coalesce=False)
        bridge.attach(network)
        inbox = fan.inboxes["r"] = Inbox()

        def burst() -> None:
            for i in range(16_000):
                bridge.put("r", i)

        async def take() -> list:
            network.call_soon_threadsafe(burst)
            while len(inbox.items) < 16_000:
                inbox.waiter = consumer.create_future()
                await inbox.waiter
            return list(inbox.items)

        got = consumer.run_until_complete(asyncio.wait_for(take(), 30))
        assert got == list(range(16_000))
        assert fan.wakeups == 1 and fan.items_n == 16_000
    finally:
        network.call_soon_threadsafe(network.stop)
        thread.join()
        network.close()
        consumer.close()
