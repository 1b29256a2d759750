"""The demo's simulated providers over real sockets, playing the tool loop against the real
EV fleet MCP server (python -m provtui.demo.ev_server over stdio).

Each personality must reproduce its row of the seed study: the explorer calls most tools and
writes an analysis whose numbers all come from the tool results; the methodical one makes
seven calls; the asker makes one call and asks which vehicle, with glued words; the
small-context one refuses the request with the tool definitions (HTTP 400, limit 34000).
The sims run at 20x speed here; nothing below asserts a duration.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from provtui.core.config import McpServerConfig
from provtui.core.mcp import McpHub
from provtui.core.sse import SSEParser
from provtui.demo import ev_data
from provtui.demo.scenario import (
    DEMO_PARAMS,
    DEMO_PROMPT,
    EXPECT_TOOLS,
    OCEAN_PROMPT,
    demo_config,
    demo_plan,
)
from provtui.demo.sim import MODEL_ID, PERSONALITIES, SimServer, requested_tokens, split_tokens

NUMBER = re.compile(r"\d+(?:\.\d+)?")


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture
async def sim():
    async with SimServer(speed=20.0, jitter=0.0, seed=7) as server:
        yield server


@pytest.fixture
async def client():
    async with httpx.AsyncClient(timeout=30.0) as c:
        yield c


@pytest.fixture
async def ev_tools():
    server = McpServerConfig(name="ev", command=sys.executable,
                             args=("-m", "provtui.demo.ev_server"))
    async with McpHub([server]) as hub:
        session = await hub.tools_for("test")
        yield session
        await hub.release("test")


# ---------------------------------------------------------------------------- a small client


@dataclass
class Turn:
    status: int
    headers: dict[str, str]
    raw: bytes
    chunks: list[dict[str, Any]] = field(default_factory=list)
    done: bool = False
    comments: list[str] = field(default_factory=list)
    content: str = ""
    reasoning: dict[str, str] = field(default_factory=dict)
    """field name (reasoning_content / reasoning / reasoning_details) -> text."""
    tool_deltas: list[dict[str, Any]] = field(default_factory=list)
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    finish_reasons: list[str] = field(default_factory=list)
    usage: list[tuple[dict[str, Any], bool]] = field(default_factory=list)
    """(usage, the chunk had choices: [])"""
    body: Any = None


async def post_turn(client: httpx.AsyncClient, url: str, body: dict[str, Any]) -> Turn:
    async with client.stream("POST", url, json=body) as resp:
        raw = b"".join([piece async for piece in resp.aiter_bytes()])
    turn = Turn(resp.status_code, dict(resp.headers), raw)
    if resp.status_code != 200:
        turn.body = json.loads(raw)
        return turn
    parser = SSEParser()
    events = parser.feed(raw) + parser.close()
    assert parser.stray_lines == 0, parser.stray_text
    for line in raw.replace(b"\r\n", b"\n").split(b"\n"):
        if line.startswith(b":"):
            turn.comments.append(line.decode())
    slots: dict[int, dict[str, Any]] = {}
    for i, ev in enumerate(events):
        if ev.data == "[DONE]":
            assert i == len(events) - 1, "[DONE] must be the last event"
            turn.done = True
            continue
        obj = json.loads(ev.data)  # every data line must be JSON
        assert obj["object"] == "chat.completion.chunk" and obj["model"] == MODEL_ID
        turn.chunks.append(obj)
        if "usage" in obj and obj["usage"]:
            turn.usage.append((obj["usage"], obj["choices"] == []))
        for choice in obj["choices"]:
            delta = choice.get("delta") or {}
            turn.content += delta.get("content") or ""
            for name in ("reasoning_content", "reasoning"):
                if delta.get(name):
                    turn.reasoning[name] = turn.reasoning.get(name, "") + delta[name]
            for item in delta.get("reasoning_details") or []:
                turn.reasoning["reasoning_details"] = (turn.reasoning.get("reasoning_details", "")
                                                       + item["text"])
            for tc in delta.get("tool_calls") or []:
                turn.tool_deltas.append(tc)
                slot = slots.setdefault(tc["index"], {"id": None, "name": None, "arguments": ""})
                if tc.get("id"):
                    slot["id"] = tc["id"]
                fn = tc.get("function") or {}
                if fn.get("name"):  # assign, never concatenate (NIM repeats it)
                    slot["name"] = fn["name"]
                slot["arguments"] += fn.get("arguments") or ""
            if choice.get("finish_reason"):
                turn.finish_reasons.append(choice["finish_reason"])
    turn.tool_calls = [slots[i] for i in sorted(slots)]
    return turn


def assert_well_formed(turn: Turn) -> None:
    assert turn.status == 200, turn.body
    assert turn.headers["content-type"].startswith("text/event-stream")
    assert turn.done, "stream ended without [DONE]"
    assert turn.finish_reasons, "no finish_reason"
    assert set(turn.finish_reasons) == {"tool_calls" if turn.tool_calls else "stop"}
    for call in turn.tool_calls:
        assert call["id"] and call["name"]
        assert isinstance(json.loads(call["arguments"] or "{}"), dict)
    assert len({c["id"] for c in turn.tool_calls}) == len(turn.tool_calls)


@dataclass
class Transcript:
    turns: list[Turn]
    calls: list[tuple[str, dict[str, Any], str]]
    """(tool name, arguments, result text) in call order."""
    messages: list[dict[str, Any]]

    @property
    def answer(self) -> str:
        return self.turns[-1].content

    @property
    def names(self) -> list[str]:
        return [c[0] for c in self.calls]


async def play(client: httpx.AsyncClient, sim: SimServer, personality: str, tools: Any,
               prompt: str = DEMO_PROMPT, messages: list[dict[str, Any]] | None = None,
               max_turns: int = 25) -> Transcript:
    """The tool loop, played by the test: the sim's calls go to the real EV server."""
    url = sim.base_url(personality) + "/chat/completions"
    messages = messages if messages is not None else [{"role": "user", "content": prompt}]
    turns: list[Turn] = []
    calls: list[tuple[str, dict[str, Any], str]] = []
    for _ in range(max_turns):
        body = {"model": MODEL_ID, "messages": messages, "tools": tools.openai_tools(),
                "stream": True, "stream_options": {"include_usage": True}, **DEMO_PARAMS}
        turn = await post_turn(client, url, body)
        assert_well_formed(turn)
        turns.append(turn)
        if not turn.tool_calls:
            messages.append({"role": "assistant", "content": turn.content})
            return Transcript(turns, calls, messages)
        messages.append({"role": "assistant", "content": turn.content or None, "tool_calls": [
            {"id": c["id"], "type": "function",
             "function": {"name": c["name"], "arguments": c["arguments"]}}
            for c in turn.tool_calls]})
        for c in turn.tool_calls:
            args = json.loads(c["arguments"] or "{}")
            ok, why = tools.validate(c["name"], args)
            assert ok, f"{personality} sent arguments the EV server rejects: {why}"
            result = await tools.call(c["name"], args)
            assert not result.is_error, (c, result.text)
            calls.append((c["name"], args, result.text))
            messages.append({"role": "tool", "tool_call_id": c["id"],
                             "content": result.for_model})
    raise AssertionError(f"{personality} never gave a final answer")


def _numbers(text: str) -> set[str]:
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in NUMBER.findall(text)}


def _glued_words(text: str) -> list[str]:
    """Words that are no English word but split into two common ones ("soulsbeneath")."""
    import wordfreq
    import wordninja

    out = []
    for word in re.findall(r"[A-Za-z]{6,}", text):
        w = word.lower()
        if wordfreq.zipf_frequency(w, "en") > 0:
            continue
        parts = wordninja.split(w)
        if len(parts) >= 2 and all(wordfreq.zipf_frequency(p, "en") >= 3.0 for p in parts):
            out.append(word)
    return out


def _labels() -> list[str]:
    return [f"{v.make} {v.model}" for v in ev_data.VEHICLES.values()]


# ---------------------------------------------------------------------------- the behaviours


async def test_explorer_calls_most_tools_and_reports_numbers_from_their_results(
        sim: SimServer, client: httpx.AsyncClient, ev_tools: Any) -> None:
    t = await play(client, sim, "explorer", ev_tools)
    assert len(t.calls) >= 12
    offered = {tool.name for tool in ev_tools.tools}
    assert len(set(t.names)) >= 10 and set(t.names) <= offered
    assert set(EXPECT_TOOLS) <= set(t.names)
    assert any(len(turn.tool_calls) == 2 for turn in t.turns), "no turn with two calls"
    # every number of the analysis comes from what the tools returned
    results = "\n".join(text for _, _, text in t.calls)
    missing = _numbers(t.answer) - _numbers(results)
    assert not missing, f"numbers not in any tool result: {sorted(missing)}"
    health = [json.loads(text) for name, _, text in t.calls if name == "get_battery_health"]
    assert len(health) == 2
    for h in health:
        assert f"{h['capacity_pct']}%" in t.answer
    brief = next(json.loads(text) for name, _, text in t.calls if name == "get_charges_brief")
    assert f"{brief['sessions']} charging sessions" in t.answer
    # Ollama's habits: whole calls in one chunk, usage only in a choices: [] chunk
    for turn in t.turns:
        for d in turn.tool_deltas:
            assert d["id"] and d["function"]["name"]
            json.loads(d["function"]["arguments"])
        assert turn.usage and all(empty for _, empty in turn.usage)
        assert not turn.reasoning


async def test_methodical_makes_seven_calls_then_a_complete_analysis(
        sim: SimServer, client: httpx.AsyncClient, ev_tools: Any) -> None:
    t = await play(client, sim, "methodical", ev_tools)
    assert len(t.calls) == 7 and len(set(t.names)) == 7
    assert all(len(turn.tool_calls) <= 1 for turn in t.turns)
    assert t.names[0] == "list_vehicles"
    assert len(set(EXPECT_TOOLS) & set(t.names)) == 5  # the seed's 5/6
    health = next(json.loads(text) for name, _, text in t.calls if name == "get_battery_health")
    assert f"{health['capacity_pct']}% of new" in t.answer
    assert f"{health['degradation_pct']}% degradation" in t.answer
    results = "\n".join(text for _, _, text in t.calls)
    assert not _numbers(t.answer) - _numbers(results)
    # NIM's habits: reasoning_content, id and name repeated in every tool-call chunk
    assert all("reasoning_content" in turn.reasoning for turn in t.turns)
    for turn in t.turns:
        if turn.tool_calls:
            assert len(turn.tool_deltas) > 2
            assert all(d.get("id") and d["function"].get("name") for d in turn.tool_deltas)
        assert turn.usage and turn.usage[-1][1]
        assert turn.usage[-1][0]["completion_tokens_details"]["reasoning_tokens"] > 0


async def test_asker_calls_list_vehicles_then_asks_which_one_with_glued_words(
        sim: SimServer, client: httpx.AsyncClient, ev_tools: Any) -> None:
    t = await play(client, sim, "asker", ev_tools)
    assert t.names == ["list_vehicles"]
    for label in _labels():
        assert label in t.answer
    assert "?" in t.answer and re.search(r"\bwhich\b", t.answer, re.I)
    assert _glued_words(t.answer), t.answer
    # OpenRouter's habits
    for turn in t.turns:
        assert ": OPENROUTER PROCESSING" in turn.comments
        assert all(c.get("provider") == "Nvidia" for c in turn.chunks)
        assert turn.reasoning["reasoning"] == turn.reasoning["reasoning_details"]
        usage, empty_choices = turn.usage[-1]
        assert not empty_choices and turn.chunks[-1]["choices"][0]["finish_reason"]
    first = t.turns[0].tool_deltas
    assert first[0]["id"] and all("id" not in d for d in first[1:])

    # When the user answers the question, it goes on with that vehicle.
    t.messages.append({"role": "user", "content": "The Tesla Model X, please."})
    follow = await play(client, sim, "asker", ev_tools, messages=t.messages)
    assert follow.names == ["get_battery_health", "get_charges", "find_nearby_chargers"]
    assert all(args.get("vehicle_id") == "modelx" for _, args, _ in follow.calls[:2])
    assert not _numbers(follow.answer) - _numbers("\n".join(x for _, _, x in follow.calls))


async def test_small_context_refuses_the_request_with_tool_definitions(
        sim: SimServer, client: httpx.AsyncClient, ev_tools: Any) -> None:
    url = sim.base_url("small") + "/chat/completions"
    body = {"model": MODEL_ID, "messages": [{"role": "user", "content": DEMO_PROMPT}],
            "tools": ev_tools.openai_tools(), "stream": True,
            "stream_options": {"include_usage": True}, **DEMO_PARAMS}
    turn = await post_turn(client, url, body)
    assert turn.status == 400
    err = turn.body["error"]
    assert err["code"] == "context_length_exceeded" and err["type"] == "invalid_request_error"
    assert "maximum context length is 34000 tokens" in err["message"]
    prompt, completion = requested_tokens(body)
    assert prompt + completion > 34000
    assert f"you requested {prompt + completion} tokens" in err["message"]

    # The same request without the tool definitions fits: the tools are what overflow it.
    body.pop("tools")
    prompt, completion = requested_tokens(body)
    assert prompt + completion <= 34000
    turn = await post_turn(client, url, body)
    assert_well_formed(turn)
    # DeepInfra's habits here: CRLF framing, "data:" without the space, no usage at all
    assert b"\r\n\r\n" in turn.raw and b"\n\n" not in turn.raw.replace(b"\r\n", b"")
    assert turn.raw.startswith(b"data:{")
    assert turn.usage == []


async def test_ocean_sentence_differs_like_the_seed_table(sim: SimServer,
                                                           client: httpx.AsyncClient) -> None:
    counts = {}
    answers = {}
    for name in PERSONALITIES:
        body = {"model": MODEL_ID, "stream": True,
                "messages": [{"role": "user", "content": OCEAN_PROMPT}], **DEMO_PARAMS}
        turn = await post_turn(client, sim.base_url(name) + "/chat/completions", body)
        assert_well_formed(turn)
        answers[name] = turn.content
        counts[name] = len(turn.content.split())
    assert counts["methodical"] == 12 and counts["small"] == 12
    assert counts["explorer"] < 12
    assert counts["asker"] == 11 and _glued_words(answers["asker"]) == ["soulsbeneath"]
    assert len(set(answers.values())) == 4

    # Any N and topic, from each persona's habits: exact; one short in a long sentence, with a
    # comma; a friendly preamble and one space lost.
    for name, want in (("methodical", 14), ("explorer", 13), ("asker", 17)):
        body = {"model": MODEL_ID, "stream": True,
                "messages": [{"role": "user", "content": "Write a 14-word sentence about trains"}]}
        turn = await post_turn(client, sim.base_url(name) + "/chat/completions", body)
        assert len(turn.content.split()) == want, turn.content
        assert ("," in turn.content) == (name == "explorer"), turn.content
        assert bool(_glued_words(turn.content)) == (name == "asker"), turn.content


async def test_models_and_bad_requests_answer_like_a_provider(sim: SimServer,
                                                              client: httpx.AsyncClient) -> None:
    for name, p in PERSONALITIES.items():
        resp = await client.get(sim.base_url(name) + "/models")
        assert resp.status_code == 200
        assert resp.json()["data"][0]["id"] == MODEL_ID
        assert resp.json()["data"][0]["context_length"] == p.context_window
    resp = await client.post(f"http://127.0.0.1:{sim.port}/nobody/v1/chat/completions",
                             json={"model": MODEL_ID, "messages": [{"role": "user",
                                                                    "content": "hi"}]})
    assert resp.status_code == 404 and "/explorer/v1" in resp.json()["error"]["message"]
    resp = await client.post(sim.base_url("asker") + "/chat/completions",
                             json={"model": "gpt-4o", "messages": [{"role": "user",
                                                                    "content": "hi"}]})
    assert resp.status_code == 404 and MODEL_ID in resp.json()["error"]["message"]
    resp = await client.post(sim.base_url("asker") + "/chat/completions", content=b"{not json")
    assert resp.status_code == 400 and "not valid JSON" in resp.json()["error"]["message"]
    # A non-streamed request gets a whole chat.completion.
    resp = await client.post(sim.base_url("methodical") + "/chat/completions",
                             json={"model": MODEL_ID, "stream": False,
                                   "messages": [{"role": "user", "content": OCEAN_PROMPT}]})
    msg = resp.json()["choices"][0]["message"]
    assert len(msg["content"].split()) == 12 and msg["reasoning_content"]


def test_split_tokens_gives_the_text_back() -> None:
    for text in ("", "Ocean waves → 97.1% at 23:00–15:00", "  two  spaces\n\nand\ttabs",
                 "naïve café 東京 🙂 snake_case_name"):
        assert "".join(split_tokens(text)) == text


def test_runs_in_a_thread_for_sync_code() -> None:
    with SimServer.start_in_thread(speed=20.0) as sim:
        resp = httpx.get(sim.base_url("small") + "/models", timeout=10)
        assert resp.status_code == 200 and sim.port > 0
    with pytest.raises(httpx.ConnectError):
        httpx.get(sim.base_url("small") + "/models", timeout=2)


def test_demo_config_and_plan() -> None:
    config = demo_config(4321)
    assert set(config.providers) >= {"sim-explorer", "sim-methodical", "sim-asker", "sim-small"}
    assert config.providers["sim-small"].context_window == 34000
    assert config.providers["sim-asker"].base_url == "http://127.0.0.1:4321/asker/v1"
    assert all(p.api_key_env is None for n, p in config.providers.items() if n.startswith("sim-"))
    ev = config.mcp_servers["ev"]
    assert ev.command == sys.executable and list(ev.args) == ["-m", "provtui.demo.ev_server"]
    plan = demo_plan(4321)
    assert plan.prompt == DEMO_PROMPT and len(plan.targets) == 4
    assert [s.name for s in plan.mcp_servers] == ["ev"]
    assert plan.check_specs == [{"name": "tools", "expect": list(EXPECT_TOOLS)}]
    assert plan.extra == {"simulated": True, "demo": "provtui demo"}
    ocean = demo_plan(4321, OCEAN_PROMPT)
    assert ocean.mcp_servers == [] and ocean.check_specs == [{"name": "words", "exact": 12}]


# ---------------------------------------------------------------------------- end to end


async def test_demo_plan_through_fanout_reproduces_the_seed_outcomes(sim: SimServer) -> None:
    from provtui.core.events import Notice, RunFinished, ToolCallFinished, ToolCallStarted
    from provtui.core.fanout import Fanout

    plan = demo_plan(sim.port)
    events = []
    async with Fanout(plan) as fan:
        async for event in fan.stream_all():
            events.append(event)
    by_target = {spec.run: spec.target.name for spec in fan.runs}

    def of(run_name: str, cls: type) -> list[Any]:
        run = next(r for r, n in by_target.items() if n == run_name)
        return [e for e in events if e.run == run and isinstance(e, cls)]

    explorer, methodical, asker, small = (n for _, n in
                                          sorted(by_target.items()))
    assert len(of(explorer, ToolCallStarted)) >= 12
    assert len(of(methodical, ToolCallStarted)) == 7
    assert [e.name for e in of(asker, ToolCallStarted)] == ["list_vehicles"]
    assert [n.kind for n in of(asker, Notice)].count("asked_user") == 1
    assert not any(e.is_error for e in events if isinstance(e, ToolCallFinished))
    for name in (explorer, methodical, asker):
        (fin,) = of(name, RunFinished)
        assert fin.status == "ok", fin.error
    (fin,) = of(small, RunFinished)
    assert fin.status == "error"
    assert fin.error["kind"] == "context_length" and fin.error["context_limit"] == 34000
    assert fin.error["http_status"] == 400


async def test_a_client_that_hangs_up_mid_stream_does_not_hurt_the_next_request(
        sim: SimServer, client: httpx.AsyncClient) -> None:
    body = {"model": MODEL_ID, "stream": True,
            "messages": [{"role": "user", "content": OCEAN_PROMPT}]}
    url = sim.base_url("asker") + "/chat/completions"
    async with httpx.AsyncClient() as impatient:
        async with impatient.stream("POST", url, json=body) as resp:
            async for piece in resp.aiter_bytes():
                assert piece.startswith(b":")  # the comment, perhaps cut short
                break  # hang up while the server is still waiting for its first token
    turn = await post_turn(client, url, body)
    assert_well_formed(turn)
    assert "soulsbeneath" in turn.content
