"""stream_chat against the loopback transcript server: every transcript, its recorded outcome,
and the invariants every turn must keep (one final event, deltas add up, raw bytes exact)."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import sys
import time
from dataclasses import replace
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from provtui.core import chat  # noqa: E402
from provtui.core.chat import (  # noqa: E402
    build_request_body,
    classify_error,
    estimate_tokens,
    fetch_models,
    sanitize_headers,
    stream_chat,
)
from provtui.core.config import PRESETS, ProviderConfig, TargetConfig  # noqa: E402
from provtui.core.events import (  # noqa: E402
    RawBytes,
    ReasoningDelta,
    ResponseStarted,
    TextDelta,
    ToolCallDelta,
    TurnFailed,
    TurnFinished,
    TurnStarted,
    from_json,
    to_json,
)
from transcript_server import (  # noqa: E402
    TRANSCRIPTS_DIR,
    Reply,
    Sleep,
    TranscriptServer,
    all_transcripts,
    load_transcript,
)

MESSAGES = [{"role": "user", "content": "Hi"}]


def target_for(base_url: str, **provider_kw) -> TargetConfig:
    provider = ProviderConfig(name="transcript", base_url=base_url, **provider_kw)
    return TargetConfig(name="transcript:model", provider=provider, model="model")


async def collect(target: TargetConfig, body: dict | None = None, *, api_key: str | None = None,
                  run: int = 0, turn: int = 0):
    body = body or build_request_body(target, MESSAGES, None, {})
    async with httpx.AsyncClient() as client:
        return [ev async for ev in stream_chat(client, target, body, run=run, turn=turn,
                                               api_key=api_key)]


def check_invariants(events, reply: Reply | None = None) -> None:
    assert isinstance(events[0], TurnStarted)
    finals = [e for e in events if isinstance(e, (TurnFinished, TurnFailed))]
    assert len(finals) == 1 and events[-1] is finals[0], "exactly one final event, last"
    final = finals[0]
    ts = [e.t for e in events]
    assert ts == sorted(ts), "event times never go backwards"
    content = "".join(e.text for e in events if isinstance(e, TextDelta))
    reasoning = "".join(e.text for e in events if isinstance(e, ReasoningDelta))
    assert final.content == content
    assert final.reasoning == reasoning
    assert all(e.text for e in events if isinstance(e, (TextDelta, ReasoningDelta)))
    if isinstance(final, TurnFinished):
        assert final.assistant_message["role"] == "assistant"
        assert final.assistant_message["content"] == (final.content or None)
        sent = final.assistant_message.get("tool_calls", [])
        assert [c["id"] for c in sent] == [c["id"] for c in final.tool_calls]
        assert len({c["id"] for c in final.tool_calls}) == len(final.tool_calls)
    # Every event survives the journal round trip.
    for e in events:
        assert from_json(json.loads(json.dumps(to_json(e)))) == e
    raw = "".join(e.data for e in events if isinstance(e, RawBytes)).encode("latin-1")
    if reply is not None and raw:
        assert reply.body_bytes().startswith(raw)


def assert_expectations(events, exp: dict) -> None:
    final = events[-1]
    outcome = "finished" if isinstance(final, TurnFinished) else "failed"
    err = getattr(final, "error", None)
    assert outcome == exp.get("outcome", "finished"), f"got {outcome}: {err or final}"
    for key in ("content", "reasoning", "served_by", "response_model", "system_fingerprint"):
        if key in exp:
            assert getattr(final, key) == exp[key], key
    if "content_len" in exp:
        assert len(final.content) == exp["content_len"]
    if "reasoning_len" in exp:
        assert len(final.reasoning) == exp["reasoning_len"]
    if "raw_finish_reasons" in exp:
        assert list(final.raw_finish_reasons) == exp["raw_finish_reasons"]
    if "usage" in exp:
        assert final.usage == exp["usage"]
    if "ttft" in exp:
        assert (final.ttft_s is not None) == exp["ttft"]
        if exp["ttft"]:
            assert 0 <= final.ttft_s <= final.duration_s
    if outcome == "finished":
        if "finish_reason" in exp:
            assert final.finish_reason == exp["finish_reason"]
        if "tool_calls" in exp:
            got = list(final.tool_calls)
            assert len(got) == len(exp["tool_calls"]), got
            for call, want in zip(got, exp["tool_calls"]):
                assert call["name"] == want["name"]
                if "id" in want:
                    assert call["id"] == want["id"]
                if "id_re" in want:
                    assert re.fullmatch(want["id_re"], call["id"]), call["id"]
                if "arguments" in want:
                    assert json.loads(call["arguments"]) == want["arguments"]
                if "arguments_raw" in want:
                    assert call["arguments"] == want["arguments_raw"]
        for key, value in exp.get("extra", {}).items():
            assert final.extra.get(key) == value, (key, final.extra)
        for key in exp.get("extra_keys", []):
            assert key in final.extra, (key, final.extra)
    else:
        assert set(err) == {"kind", "message", "http_status", "retry_after_s", "context_limit"}
        assert err["kind"] in chat.ERROR_KINDS
        assert err["message"] and len(err["message"]) <= 600
        if "error_kind" in exp:
            assert err["kind"] == exp["error_kind"], err
        for piece in exp.get("error_contains", []):
            assert piece in err["message"], (piece, err["message"])
        for piece in exp.get("error_not_contains", []):
            assert piece not in err["message"], (piece, err["message"])
        if "context_limit" in exp:
            assert err["context_limit"] == exp["context_limit"], err
        if "http_status" in exp:
            assert err["http_status"] == exp["http_status"]
        if "retry_after_s" in exp:
            assert err["retry_after_s"] == pytest.approx(exp["retry_after_s"], abs=0.01), err


TRANSCRIPTS = all_transcripts()


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: str(p.relative_to(TRANSCRIPTS_DIR)))
async def test_transcript(path: Path):
    reply = load_transcript(path)
    exp = reply.expect
    kw = {}
    if "read_timeout_s" in exp:
        kw["read_timeout_s"] = exp["read_timeout_s"]
    if "tool_id_style" in exp:
        kw["tool_id_style"] = exp["tool_id_style"]
    async with TranscriptServer() as srv:
        route = srv.route(reply)
        target = target_for(route.base_url, **kw)
        events = await collect(target, run=3, turn=2)
    assert all(e.run == 3 for e in events)
    assert all(e.turn == 2 for e in events if hasattr(e, "turn"))
    check_invariants(events, reply)
    assert_expectations(events, exp)
    if "comments" in exp and isinstance(events[-1], TurnFinished):
        assert events[-1].extra.get("comments") == exp["comments"]


def test_every_behaviour_class_has_transcripts():
    groups = {p.parent.name for p in TRANSCRIPTS}
    assert groups >= {"framing", "deltas", "reasoning", "tools", "usage", "errors", "faults"}
    assert len(TRANSCRIPTS) >= 60


# ---------------------------------------------------------------------------- event shape


async def test_event_order_and_raw_capture():
    reply = load_transcript(TRANSCRIPTS_DIR / "framing" / "basic_openai.sse")
    async with TranscriptServer() as srv:
        route = srv.route(reply)
        target = target_for(route.base_url)
        body = build_request_body(target, MESSAGES, None, {"temperature": 0})
        events = await collect(target, body, api_key="sk-test-secret-123")
    kinds = [type(e).__name__ for e in events]
    assert kinds[:3] == ["TurnStarted", "ResponseStarted", "RawBytes"]
    started = events[0]
    assert started.request == body and started.url == route.base_url + "/chat/completions"
    assert "sk-test-secret-123" not in json.dumps([to_json(e) for e in events])
    assert route.requests[0].headers["authorization"] == "Bearer sk-test-secret-123"
    assert route.requests[0].json == body
    resp = events[1]
    assert resp.status == 200 and resp.headers["x-request-id"] == "req_abc123"
    raw = "".join(e.data for e in events if isinstance(e, RawBytes)).encode("latin-1")
    assert raw == reply.body_bytes()
    # The deltas of a chunk come after that chunk's raw bytes and carry the same time.
    first_text = next(i for i, e in enumerate(events) if isinstance(e, TextDelta))
    assert isinstance(events[first_text - 1], RawBytes)
    assert events[first_text - 1].t == events[first_text].t


async def test_raw_capture_is_capped():
    reply = load_transcript(TRANSCRIPTS_DIR / "framing" / "long_line_150k.sse")
    async with TranscriptServer() as srv:
        target = target_for(srv.add(reply), raw_capture_bytes=5000)
        events = await collect(target)
    raw = "".join(e.data for e in events if isinstance(e, RawBytes))
    assert len(raw) == 5000
    assert isinstance(events[-1], TurnFinished) and len(events[-1].reasoning) == 150000


async def test_tool_call_deltas_and_assistant_message():
    reply = load_transcript(TRANSCRIPTS_DIR / "tools" / "interleaved.sse")
    async with TranscriptServer() as srv:
        events = await collect(target_for(srv.add(reply)))
    deltas = [e for e in events if isinstance(e, ToolCallDelta)]
    assert {d.index for d in deltas} == {0, 1}
    for idx in (0, 1):
        args = "".join(d.arguments for d in deltas if d.index == idx)
        assert json.loads(args)
    final = events[-1]
    assert final.finish_reason == "tool_calls"
    assert final.assistant_message == {
        "role": "assistant", "content": None,
        "tool_calls": [
            {"id": "call_A", "type": "function",
             "function": {"name": "get_time", "arguments": '{"tz": "UTC"}'}},
            {"id": "call_B", "type": "function",
             "function": {"name": "get_time", "arguments": '{"tz": "Asia/Kolkata"}'}},
        ]}


async def test_ttft_ignores_role_only_and_empty_deltas():
    reply = Reply(steps=[
        b'data: {"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}\n\n',
        Sleep(0.3),
        b'data: {"choices":[{"index":0,"delta":{"content":"x"},"finish_reason":"stop"}]}\n\n',
        b"data: [DONE]\n\n"])
    async with TranscriptServer() as srv:
        events = await collect(target_for(srv.add(reply)))
    final = events[-1]
    assert isinstance(final, TurnFinished)
    assert final.ttft_s >= 0.3


async def test_connection_refused_is_network_failure():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    events = await collect(target_for(f"http://127.0.0.1:{port}/v1"))
    assert [type(e).__name__ for e in events] == ["TurnStarted", "TurnFailed"]
    assert events[-1].error["kind"] == "network"
    assert "could not connect" in events[-1].error["message"]


async def test_cancellation_propagates_and_closes():
    reply = Reply(steps=[
        b'data: {"choices":[{"index":0,"delta":{"content":"a"}}]}\n\n', Sleep(30)])
    async with TranscriptServer() as srv:
        route = srv.route(reply)
        target = target_for(route.base_url)
        seen = []

        async def consume():
            async with httpx.AsyncClient() as client:
                async for ev in stream_chat(client, target, {"model": "m"}, run=0, turn=0,
                                            api_key=None):
                    seen.append(ev)

        task = asyncio.create_task(consume())
        while not any(isinstance(e, TextDelta) for e in seen):
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert not any(isinstance(e, (TurnFinished, TurnFailed)) for e in seen)


async def test_sequence_of_replies_and_recorded_requests():
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "get_time", "arguments": {"tz": "UTC"}}]),
            Reply.text_stream(["It is ", "noon."]))
        target = target_for(route.base_url)
        first = await collect(target)
        msg = first[-1].assistant_message
        history = MESSAGES + [msg, {"role": "tool", "tool_call_id": msg["tool_calls"][0]["id"],
                                    "content": "12:00"}]
        second = await collect(target, build_request_body(target, history, None, {}), turn=1)
        third = await collect(target, turn=2)
    assert first[-1].tool_calls[0]["name"] == "get_time"
    assert second[-1].content == "It is noon."
    assert route.requests[1].json["messages"][2]["tool_call_id"] == "call_0_transcript"
    assert third[-1].error["kind"] == "server_error"
    assert "no reply left" in third[-1].error["message"]


async def test_http_error_body_and_headers_recorded():
    reply = Reply.json_body(429, {"error": {"message": "slow down"}},
                            headers=[("Retry-After", "3"), ("Set-Cookie", "session=abc"),
                                     ("x-request-id", "r-9")])
    async with TranscriptServer() as srv:
        events = await collect(target_for(srv.add(reply)))
    resp = next(e for e in events if isinstance(e, ResponseStarted))
    assert resp.status == 429 and "set-cookie" not in resp.headers
    assert resp.headers["x-request-id"] == "r-9"
    err = events[-1].error
    assert err == {"kind": "rate_limited", "message": "HTTP 429: slow down", "http_status": 429,
                   "retry_after_s": 3.0, "context_limit": None}


async def test_empty_stream_with_big_request_is_context_length():
    async with TranscriptServer() as srv:
        target = target_for(srv.add(Reply(steps=[], framing="close")), context_window=512)
        body = build_request_body(target, [{"role": "user", "content": "word " * 2000}], None,
                                  {})
        events = await collect(target, body)
    err = events[-1].error
    assert err["kind"] == "context_length" and err["context_limit"] == 512
    assert "empty stream" in err["message"]


# ---------------------------------------------------------------------------- request body


def test_build_request_body_is_shaped_by_provider_data():
    provider = replace(PRESETS["cerebras"], max_tokens_field="max_completion_tokens",
                       parallel_tool_calls=False,
                       extra_body={"provider": {"only": ["a"], "sort": "price"}})
    target = TargetConfig(name="t", provider=provider, model="m",
                          params={"temperature": 0.6, "max_tokens": 100},
                          extra_body={"provider": {"only": ["b"]}})
    tools = [{"type": "function", "function": {"name": "f", "parameters": {
        "type": "object",
        "properties": {
            "format": {"type": "string", "format": "date", "pattern": "^x"},
            "items": {"type": "array", "items": {"type": "string", "maxLength": 3}},
            "choice": {"anyOf": [{"type": "string", "minLength": 1}, {"type": "null"}]},
        },
        "required": ["format"]}}}]
    messages = [{"role": "user", "content": "q"}]
    body = build_request_body(target, messages, tools, {"temperature": 0.1, "stream": False})
    assert body["model"] == "m" and body["stream"] is True
    assert body["temperature"] == 0.1
    assert "max_tokens" not in body and body["max_completion_tokens"] == 100
    assert body["stream_options"] == {"include_usage": True}
    assert body["parallel_tool_calls"] is False
    assert body["provider"] == {"only": ["b"], "sort": "price"}
    props = body["tools"][0]["function"]["parameters"]["properties"]
    assert props["format"] == {"type": "string"}  # a property named format survives
    assert props["items"]["items"] == {"type": "string"}
    assert props["choice"]["anyOf"][0] == {"type": "string"}
    assert body["tools"][0]["function"]["parameters"]["required"] == ["format"]
    # inputs untouched, and later changes to them do not alter the body
    assert tools[0]["function"]["parameters"]["properties"]["format"]["format"] == "date"
    messages.append({"role": "user", "content": "later"})
    assert len(body["messages"]) == 1


def test_build_request_body_without_stream_options_or_tools():
    target = TargetConfig(name="t", provider=PRESETS["mistral"], model="mistral-small")
    body = build_request_body(target, MESSAGES, None,
                              {"max_completion_tokens": 50, "tool_choice": "auto"})
    assert "stream_options" not in body and "tools" not in body
    assert "tool_choice" not in body and "parallel_tool_calls" not in body
    assert body["max_tokens"] == 50
    body = build_request_body(
        TargetConfig(name="t", provider=replace(PRESETS["vllm"], parallel_tool_calls=True),
                     model="m"), MESSAGES, None, {})
    assert "parallel_tool_calls" not in body


# ---------------------------------------------------------------------------- errors


@pytest.mark.parametrize("text,limit", [
    ("This model's maximum context length is 32768 tokens.", 32768),
    ("request exceeds the available context size (8192 tokens)", 8192),
    ("This model's maximum context length of 34000 tokens is exceeded", 34000),
    ("Error: context_length_exceeded", None),
    ("This model's maximum context length is 128,000 tokens.", 128000),
    ("prompt is too long: 210000 tokens > 200000 maximum", 200000),
    ("Input validation error: `inputs` tokens + `max_new_tokens` must be <= 8193. Given: 9000 "
     "`inputs` tokens and 1024 `max_new_tokens`", 8193),
    ("The input (5000 tokens) is longer than the model's context window of 4096 tokens.", 4096),
])
def test_context_length_wordings(text, limit):
    err = classify_error(400, json.dumps({"error": {"message": text}}), {})
    assert err["kind"] == "context_length", err
    assert err["context_limit"] == limit


def test_retry_after_http_date_in_future_and_reset_epoch():
    when = datetime.now(timezone.utc) + timedelta(seconds=30)
    err = classify_error(429, "{}", {"Retry-After": format_datetime(when, usegmt=True)})
    assert 25 <= err["retry_after_s"] <= 31
    body = {"error": {"message": "Rate limit exceeded: free-models-per-min.", "code": 429,
                      "metadata": {"headers": {
                          "X-RateLimit-Limit": "20", "X-RateLimit-Remaining": "0",
                          "X-RateLimit-Reset": str(int((time.time() + 12) * 1000))}}}}
    err = classify_error(429, json.dumps(body), {})
    assert err["kind"] == "rate_limited" and 10 <= err["retry_after_s"] <= 13
    err = classify_error(429, '{"error": {"message": "try again in 1m30s"}}', {})
    assert err["retry_after_s"] == 90
    err = classify_error(429, "{}", {"retry-after-ms": "1500"})
    assert err["retry_after_s"] == 1.5


def test_openrouter_upstream_error_is_readable():
    body = {"error": {"message": "Provider returned error", "code": 400, "metadata": {
        "raw": json.dumps({"error": {"message": "maximum context length is 16384 tokens"}}),
        "provider_name": "Chutes"}}}
    err = classify_error(400, json.dumps(body), {})
    assert err["kind"] == "context_length" and err["context_limit"] == 16384
    assert "maximum context length is 16384 tokens" in err["message"]
    assert "Chutes" in err["message"]


def test_messages_are_capped_and_clean():
    err = classify_error(500, "x" * 5000 + "\x1b[31m", {})
    assert len(err["message"]) <= 600 and "\x1b" not in err["message"]
    err = classify_error(None, "", None, httpx.ConnectTimeout("timed out"))
    assert err["kind"] == "timeout"


def test_sanitize_headers(monkeypatch):
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-v1-verysecret")
    headers = httpx.Headers([("Authorization", "Bearer x"), ("x-api-key", "k"),
                             ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"),
                             ("X-Echo", "key=sk-or-v1-verysecret"), ("Api-Key", "k"),
                             ("X-Request-Id", "r1"), ("Vary", "a"), ("Vary", "b")])
    assert sanitize_headers(headers) == {"x-request-id": "r1", "vary": "a, b"}
    assert sanitize_headers({"Cookie": "c", "Content-Type": "text/event-stream"}) == {
        "content-type": "text/event-stream"}


def test_estimate_tokens():
    assert estimate_tokens("") == 0
    assert estimate_tokens("abcd" * 25) == 25
    assert estimate_tokens("日本語") == 3  # 9 bytes -> 3


async def test_fetch_models():
    async with TranscriptServer() as srv:
        base = srv.add()
        async with httpx.AsyncClient() as client:
            ok, detail = await fetch_models(client, ProviderConfig("x", base), "k")
            assert ok and "1 models" in detail
            bad = ProviderConfig("x", base.replace("/r1/", "/nope/"))
            ok, detail = await fetch_models(client, bad, None)
            assert not ok and "not_found" in detail


def test_transcript_server_in_a_thread_for_sync_code():
    reply = load_transcript(TRANSCRIPTS_DIR / "framing" / "basic_openai.sse")
    with TranscriptServer.in_thread() as srv:
        route = srv.route(reply, repeat_last=True)
        with httpx.Client() as client:
            for _ in range(2):  # repeat_last serves the same reply again
                r = client.post(route.base_url + "/chat/completions", json={"model": "m"})
                assert r.status_code == 200 and r.content == reply.body_bytes()
            assert client.get(route.base_url + "/models").json()["data"][0]["id"]
    assert len(route.requests) == 2 and route.requests[0].json == {"model": "m"}
    assert route.served[0].outcome == "complete"
    assert [w for _, w in route.served[0].writes] == reply.steps
