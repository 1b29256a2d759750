"""The tool loop and the fan-out, against scripted providers on loopback and real MCP servers
(the bundled EV server and mcp-server-time from PyPI)."""

from __future__ import annotations

import json
import sys

import pytest

from provtui.core.config import McpServerConfig, ProviderConfig, RetryPolicy, TargetConfig
from provtui.core.events import (
    Notice,
    RunFinished,
    RunStarted,
    SessionFinished,
    SessionStarted,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFailed,
    TurnStarted,
)
from provtui.core.fanout import Fanout, SessionPlan
from transcript_server import Reply, Sleep, TranscriptServer

EV = McpServerConfig(name="ev", command=sys.executable, args=("-m", "provtui.demo.ev_server"))
TIME = McpServerConfig(name="time", command=sys.executable,
                       args=("-m", "mcp_server_time", "--local-timezone", "UTC"))


def target(name: str, base_url: str, **provider_kw) -> TargetConfig:
    prov = ProviderConfig(name=f"p-{name}", base_url=base_url, **provider_kw)
    return TargetConfig(name=name, provider=prov, model="scripted-model")


async def collect(plan: SessionPlan) -> list:
    async with Fanout(plan) as fan:
        return [e async for e in fan.stream_all()]


def of(events, cls, run=None):
    return [e for e in events if isinstance(e, cls) and (run is None or e.run == run)]


async def test_ev_tool_chain_records_every_step_and_sends_results_back() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "list_vehicles", "arguments": {}}]),
            Reply.tool_call_stream([
                {"name": "get_battery_health", "arguments": {"vehicle_id": "r1s"}},
                {"name": "get_charges_brief", "arguments": {"vehicle_id": "r1s"}},
            ]),
            Reply.text_stream(["Battery health is ", "good."]),
        )
        events = await collect(SessionPlan(prompt="Analyze battery health",
                                           targets=[target("a", route.base_url)],
                                           mcp_servers=[EV]))
    assert isinstance(events[0], SessionStarted) and isinstance(events[-1], SessionFinished)
    started = of(events, ToolCallStarted)
    finished = of(events, ToolCallFinished)
    assert [c.name for c in started] == ["list_vehicles", "get_battery_health",
                                         "get_charges_brief"]
    assert all(c.arguments_valid for c in started), started
    assert len(finished) == 3 and not any(f.is_error for f in finished), finished
    assert "Rivian" in finished[0].result or "rivian" in finished[0].result
    # The second request carries the assistant turn exactly and the tool result by id.
    sent = route.requests[1].json["messages"]
    assert sent[0] == {"role": "user", "content": "Analyze battery health"}
    assert sent[1]["role"] == "assistant" and sent[1]["tool_calls"][0]["id"] == "call_0_transcript"
    assert sent[2]["role"] == "tool" and sent[2]["tool_call_id"] == "call_0_transcript"
    assert json.loads(sent[2]["content"]) == json.loads(finished[0].result)
    third = route.requests[2].json["messages"]
    assert [m["tool_call_id"] for m in third if m["role"] == "tool"][1:] == [
        "call_0_transcript", "call_1_transcript"]
    assert route.requests[0].json["tools"], "the MCP tools are offered to the model"
    end = of(events, RunFinished)[0]
    assert end.status == "ok" and end.error is None


async def test_real_mcp_server_time_loop() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "get_current_time",
                                     "arguments": {"timezone": "Europe/Paris"}}]),
            Reply.text_stream(["It is late."]),
        )
        events = await collect(SessionPlan(prompt="What time is it in Paris?",
                                           targets=[target("t", route.base_url)],
                                           mcp_servers=[TIME]))
    done = of(events, ToolCallFinished)
    assert len(done) == 1 and not done[0].is_error, done
    assert "Europe/Paris" in done[0].result
    assert of(events, RunFinished)[0].status == "ok"


async def test_max_steps_stops_a_runaway_loop_with_tool_loop_limit() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(Reply.tool_call_stream([{"name": "current_time", "arguments": {}}]),
                          repeat_last=True)
        events = await collect(SessionPlan(prompt="loop", targets=[target("a", route.base_url)],
                                           mcp_servers=[EV], max_steps=3))
    end = of(events, RunFinished)[0]
    assert end.status == "error" and end.error["kind"] == "tool_loop_limit"
    assert len(route.requests) == 3 and len(of(events, ToolCallFinished)) == 3


async def test_asking_instead_of_acting_is_marked() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "list_vehicles", "arguments": {}}]),
            Reply.text_stream(["I see you have two vehicles: Rivian R1S and Tesla Model X. ",
                               "Which of these vehicles would you like me to analyze?"]),
        )
        events = await collect(SessionPlan(prompt="Analyze", targets=[target("a", route.base_url)],
                                           mcp_servers=[EV]))
    asked = [n for n in of(events, Notice) if n.kind == "asked_user"]
    assert len(asked) == 1 and asked[0].data["tool_calls"] == 1


async def test_invalid_json_and_unknown_tool_go_back_as_tool_errors() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "get_battery_health", "arguments": '{"vehicle_id": '},
                                    {"name": "no_such_tool", "arguments": {}}]),
            Reply.text_stream(["Sorry."]),
        )
        events = await collect(SessionPlan(prompt="x", targets=[target("a", route.base_url)],
                                           mcp_servers=[EV]))
    started = of(events, ToolCallStarted)
    assert started[0].arguments == '{"vehicle_id": ' and started[0].arguments_valid is False
    assert started[1].arguments_valid is False
    finished = {f.name: f for f in of(events, ToolCallFinished)}
    assert finished["get_battery_health"].is_error and "not a JSON object" in finished["get_battery_health"].result
    assert finished["no_such_tool"].is_error and "no_such_tool" in finished["no_such_tool"].result
    tool_msgs = [m for m in route.requests[1].json["messages"] if m["role"] == "tool"]
    assert len(tool_msgs) == 2 and all(m["content"] for m in tool_msgs)
    assert of(events, RunFinished)[0].status == "ok"


async def test_a_failing_target_does_not_disturb_the_others() -> None:
    async with TranscriptServer() as srv:
        good = srv.add(Reply.text_stream(["fine ", "answer"], delay_s=0.05))
        bad = srv.add(Reply.json_body(400, {"error": {
            "message": "This model's maximum context length is 34000 tokens. However, you "
                       "requested 41234 tokens.", "code": "context_length_exceeded"}}))
        events = await collect(SessionPlan(prompt="x", targets=[target("good", good),
                                                                target("bad", bad)]))
    ends = {e.run: e for e in of(events, RunFinished)}
    assert ends[0].status == "ok"
    assert ends[1].status == "error" and ends[1].error["kind"] == "context_length"
    assert ends[1].error["context_limit"] == 34000
    assert "".join(d.text for d in of(events, TextDelta, run=0)) == "fine answer"


async def test_cancel_one_run_keeps_its_partial_text_and_the_other_finishes() -> None:
    async with TranscriptServer() as srv:
        first = {"choices": [{"index": 0, "delta": {"content": "partial "}}]}
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                    b"data: [DONE]\n\n"]))
        fast = srv.add(Reply.text_stream(["done"], delay_s=0.2))
        plan = SessionPlan(prompt="x", targets=[target("slow", slow), target("fast", fast)])
        async with Fanout(plan) as fan:
            events = []
            async for e in fan.stream_all():
                events.append(e)
                if isinstance(e, TextDelta) and e.run == 0:
                    fan.cancel(0)
    ends = {e.run: e for e in of(events, RunFinished)}
    assert ends[0].status == "cancelled" and ends[0].error["kind"] == "cancelled"
    assert ends[1].status == "ok"
    assert "".join(d.text for d in of(events, TextDelta, run=0)) == "partial "


async def test_max_concurrency_spreads_runs_of_one_provider() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["a", "b"], delay_s=0.15), repeat_last=True)
        t = target("one", url, max_concurrency=1)
        events = await collect(SessionPlan(prompt="x", targets=[t], repeat=3))
    assert sorted(e.repeat_index for e in of(events, RunStarted)) == [0, 1, 2]
    # Each run starts only after the previous one ended.
    starts = sorted(e.t for e in of(events, RunStarted))
    ends = sorted(e.t for e in of(events, RunFinished))
    assert starts[1] >= ends[0] and starts[2] >= ends[1]


async def test_preflight_warns_when_tools_exceed_the_context_window() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["ok"]))
        t = target("small", url, context_window=500)
        events = await collect(SessionPlan(prompt="x", targets=[t], mcp_servers=[EV]))
    notes = [n for n in of(events, Notice) if n.kind == "preflight_context"]
    assert notes and notes[0].data["context_window"] == 500
    assert notes[0].data["estimated_tokens"] > 500


async def test_retries_are_off_by_default_and_recorded_when_on() -> None:
    limited = Reply.json_body(429, {"error": {"message": "Rate limit exceeded"}},
                              headers=[("Retry-After", "0.2")])
    async with TranscriptServer() as srv:
        url = srv.add(limited, Reply.text_stream(["ok"]))
        events = await collect(SessionPlan(prompt="x", targets=[target("off", url)]))
        end = of(events, RunFinished)[0]
        assert end.status == "error" and end.error["kind"] == "rate_limited"
        assert end.error["retry_after_s"] == pytest.approx(0.2)

        url = srv.add(limited, Reply.text_stream(["ok"]))
        t = target("on", url, retries=RetryPolicy(attempts=2, backoff_s=0.05))
        events = await collect(SessionPlan(prompt="x", targets=[t]))
    failed = of(events, TurnFailed)
    assert len(failed) == 1 and failed[0].will_retry
    assert [n.kind for n in of(events, Notice)] == ["retry"]
    assert [e.attempt for e in of(events, TurnStarted)] == [0, 1]
    assert of(events, RunFinished)[0].status == "ok"


async def test_missing_key_is_a_readable_auth_error_not_a_crash(monkeypatch) -> None:
    monkeypatch.delenv("PROVTUI_TEST_KEY", raising=False)
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["ok"]))
        t = target("k", url, api_key_env="PROVTUI_TEST_KEY")
        events = await collect(SessionPlan(prompt="x", targets=[t]))
    end = of(events, RunFinished)[0]
    assert end.error["kind"] == "auth" and "PROVTUI_TEST_KEY" in end.error["message"]


async def test_dead_mcp_server_fails_runs_readably() -> None:
    dead = McpServerConfig(name="dead", command=sys.executable, args=("-c", "import sys; sys.exit(3)"))
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["ok"]), repeat_last=True)
        events = await collect(SessionPlan(prompt="x", targets=[target("a", url)],
                                           mcp_servers=[dead]))
    end = of(events, RunFinished)[0]
    assert end.status == "error" and end.error["kind"] == "mcp" and "dead" in end.error["message"]


async def test_tool_replay_serves_recorded_results_and_marks_misses() -> None:
    from provtui.core.replay import REPLAY_MISS_PREFIX

    recorded = {"id": "old", "runs": [{
        "turns": [{"request": {"tools": [{"type": "function", "function": {
            "name": "get_battery_health", "description": "d",
            "parameters": {"type": "object", "properties": {"vehicle_id": {"type": "string"}},
                           "required": ["vehicle_id"]}}}]}}],
        "tool_calls": [{"name": "get_battery_health", "arguments": {"vehicle_id": "v1"},
                        "result": "{\"soh\": 91}", "is_error": False}],
    }]}
    async with TranscriptServer() as srv:
        script = (Reply.tool_call_stream([
                      {"name": "get_battery_health", "arguments": {"vehicle_id": "v1"}},
                      {"name": "get_battery_health", "arguments": {"vehicle_id": "v9"}}]),
                  Reply.text_stream(["ok"]))
        a, b = srv.add(*script), srv.add(*script)
        events = await collect(SessionPlan(prompt="x", targets=[target("a", a), target("b", b)],
                                           tool_replay=recorded))
    for run in (0, 1):
        results = of(events, ToolCallFinished, run=run)
        assert results[0].result == "{\"soh\": 91}" and not results[0].is_error
        assert results[1].is_error and results[1].result.startswith(REPLAY_MISS_PREFIX)
