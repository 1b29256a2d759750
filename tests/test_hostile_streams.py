"""A hostile provider on loopback (tests/hostile_provider.py) against the stream caps (issue 14,
item 11, and the reset message of 17).  The caps are monkeypatched small so each attack trips
its cap in well under a second; tests/bench/bench_hostile_memory.py runs the full-size attacks
and measures peak RSS."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from provtui.core import chat, chat_assembler, sse
from provtui.core.chat import build_request_body, fetch_models, stream_chat
from provtui.core.config import ProviderConfig, TargetConfig
from provtui.core.events import TextDelta, TurnFailed

HERE = Path(__file__).parent
MiB = 1 << 20


@pytest.fixture
def hostile() -> Iterator:
    procs: list[subprocess.Popen] = []

    def start(mode: str, size: int) -> str:
        p = subprocess.Popen([sys.executable, str(HERE / "hostile_provider.py"), mode,
                              str(size)], stdout=subprocess.PIPE, text=True)
        procs.append(p)
        port = int(p.stdout.readline())
        return f"http://127.0.0.1:{port}/v1"

    yield start
    for p in procs:
        p.kill()
        p.wait()


def _target(url: str) -> TargetConfig:
    return TargetConfig(name="hostile:m", model="m",
                        provider=ProviderConfig(name="hostile", base_url=url))


async def _turn(url: str) -> list:
    target = _target(url)
    body = build_request_body(target, [{"role": "user", "content": "hi"}], None, {})
    async with httpx.AsyncClient() as client:
        return [e async for e in stream_chat(client, target, body, run=0, turn=0, api_key=None)]


@pytest.mark.asyncio
async def test_a_line_without_end_stops_at_the_line_cap(hostile, monkeypatch) -> None:
    monkeypatch.setattr(sse, "MAX_LINE_BYTES", 1 * MiB)
    events = await _turn(hostile("line", 64 * MiB))
    final = events[-1]
    assert isinstance(final, TurnFailed) and final.error["kind"] == "protocol"
    assert "SSE line passed 1 MiB without a line end" in final.error["message"]
    assert "stopped reading" in final.error["message"]


@pytest.mark.asyncio
async def test_a_gzip_bomb_stops_at_the_decoded_byte_cap(hostile, monkeypatch) -> None:
    monkeypatch.setattr(sse, "MAX_LINE_BYTES", 1024 * MiB)  # let the decoded-bytes cap act
    monkeypatch.setattr(chat, "MAX_RESPONSE_BYTES", 4 * MiB)
    events = await _turn(hostile("gzip", 256 * MiB))
    final = events[-1]
    assert isinstance(final, TurnFailed) and final.error["kind"] == "protocol"
    assert "passed 4 MiB (decoded)" in final.error["message"]


@pytest.mark.asyncio
async def test_endless_valid_content_stops_at_the_text_cap_and_keeps_it(hostile,
                                                                       monkeypatch) -> None:
    monkeypatch.setattr(chat_assembler, "MAX_TURN_CHARS", 1 * MiB)
    events = await _turn(hostile("content", 64 * MiB))
    final = events[-1]
    assert isinstance(final, TurnFailed) and final.error["kind"] == "protocol"
    assert "answer passed 1 Mi characters" in final.error["message"]
    kept = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert 1 * MiB <= len(final.content) == len(kept) < 2 * MiB
    assert set(final.content) == {"b"}


@pytest.mark.asyncio
async def test_doctor_models_reply_is_read_up_to_its_cap(hostile, monkeypatch) -> None:
    monkeypatch.setattr(chat, "MAX_MODELS_BYTES", 1 * MiB)
    url = hostile("models", 64 * MiB)
    async with httpx.AsyncClient() as client:
        ok, detail = await fetch_models(client, _target(url).provider, None)
    assert not ok and "passed 1 MiB; stopped reading" in detail


@pytest.mark.asyncio
async def test_a_connection_reset_names_errno_and_peer(hostile) -> None:
    url = hostile("reset", 0)
    events = await _turn(url)
    final = events[-1]
    assert isinstance(final, TurnFailed) and final.error["kind"] == "network"
    host = url.split("//")[1].split("/")[0]
    assert final.error["message"] == (f"connection reset by peer (ECONNRESET) while reading "
                                      f"the stream from {host}")
    assert final.content == "partial answer "


def test_sse_parser_bounds_an_event_of_many_data_lines() -> None:
    p = sse.SSEParser(max_line=1000)
    out = p.feed(b"data: x\n" + b"data: " + b"y" * 100 + b"\n" * 1 + (b"data: zz\n" * 500))
    assert out == [] and p.overflow == "one SSE event's data passed 1000 bytes"
    assert p.feed(b"\n\n") == [] and p.close() == []
