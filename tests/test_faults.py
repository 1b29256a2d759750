"""Every fault a provider can throw, through the real fan-out, beside a healthy target.

Each test points one target at a misbehaving endpoint on loopback (tests/transcript_server.py:
real sockets, scripted bytes, Close/Stall/drip/no-headers faults) and a second target at a
healthy one, in the same ``Fanout``.  It then checks what a user would check in the session:

- the faulty run's recorded outcome: ``status``, ``error.kind`` and a message a person can act on;
- every byte of text that arrived before the fault is kept in ``text``;
- the healthy run next to it finished untouched;
- nothing is left behind: no asyncio task, no file descriptor (sockets counted in
  /proc/self/fd), no child process.

The session is built with ``SessionRecorder.snapshot()`` (the same fold ``provtui run`` saves,
without the integrity analysis, which is not what these tests are about and costs seconds on
multi-megabyte answers).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from mcp_servers.procs import descendants
from provtui.core.config import ProviderConfig, TargetConfig
from provtui.core.fanout import Fanout, SessionPlan
from provtui.core.session import SessionRecorder
from transcript_server import Close, Reply, Stall, TranscriptServer

pytestmark = pytest.mark.timeout(180)

HEALTHY_TEXT = "healthy answer, unaffected"


# ---------------------------------------------------------------------------- helpers


def target(name: str, base_url: str, **provider_kw: Any) -> TargetConfig:
    prov = ProviderConfig(name=f"p-{name}", base_url=base_url, **provider_kw)
    return TargetConfig(name=name, provider=prov, model="scripted-model")


def chunk(text: str) -> bytes:
    return ("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": text}}]})
            + "\n\n").encode()


def finish_chunk() -> bytes:
    return (b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
            b"data: [DONE]\n\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


def other_tasks() -> set[asyncio.Task]:
    me = asyncio.current_task()
    return {t for t in asyncio.all_tasks() if t is not me and not t.done()}


@contextlib.asynccontextmanager
async def nothing_left_behind():
    """Fail if the block leaves a task, a descriptor or a child process behind.  Closing is
    asynchronous (a transport closes on the loop's next turn), so the check waits for the
    counts to settle, up to a few seconds, before it fails."""
    fds, tasks, kids = fd_count(), other_tasks(), set(descendants())
    yield
    for _ in range(100):
        if fd_count() <= fds and other_tasks() <= tasks and set(descendants()) <= kids:
            break
        await asyncio.sleep(0.05)
    left = [repr(t) for t in other_tasks() - tasks]
    assert not left, f"asyncio tasks left behind: {left}"
    assert fd_count() <= fds, (f"{fd_count() - fds} file descriptor(s) left open: "
                               f"{sorted(os.listdir('/proc/self/fd'))}")
    assert set(descendants()) <= kids, f"child processes left: {set(descendants()) - kids}"


@dataclass
class Outcome:
    run: dict[str, Any]
    healthy: dict[str, Any]
    session: dict[str, Any]
    served: list[Any]


async def run_fault(make: Callable[[TranscriptServer], str], **provider_kw: Any) -> Outcome:
    """One faulty target (URL from ``make``) and one healthy target in one Fanout."""
    async with nothing_left_behind():
        async with TranscriptServer() as srv:
            url = make(srv)
            healthy = srv.add(Reply.text_stream(["healthy answer, ", "unaffected"],
                                                delay_s=0.01))
            plan = SessionPlan(prompt="Say something.",
                               targets=[target("faulty", url, **provider_kw),
                                        target("healthy", healthy)])
            rec = SessionRecorder()
            async with Fanout(plan) as fan:
                async for event in fan.stream_all():
                    rec.apply(event)
            served = [s for r in srv.routes.values() for s in r.served]
        session = rec.snapshot()
    faulty, ok = session["runs"]
    assert ok["status"] == "ok" and ok["error"] is None, ok["error"]
    assert ok["text"] == HEALTHY_TEXT
    assert faulty["target"] == "faulty"
    return Outcome(faulty, ok, session, served)


def assert_error(run: dict[str, Any], kind: str, *words: str) -> str:
    assert run["status"] == "error", run
    err = run["error"]
    assert err["kind"] == kind, err
    message = err["message"]
    assert message and message == message.strip()
    assert "\x1b" not in message and "\n" not in message
    for w in words:
        assert w in message, (w, message)
    return message


# ---------------------------------------------------------------------------- connecting


async def test_connection_refused() -> None:
    port = free_port()  # nothing listens here any more
    out = await run_fault(lambda srv: f"http://127.0.0.1:{port}/v1")
    assert_error(out.run, "network", "could not connect")
    assert out.run["text"] == "" and out.run["error"]["http_status"] is None


async def test_dns_failure() -> None:
    # .invalid is reserved (RFC 2606): no resolver anywhere will answer it
    out = await run_fault(lambda srv: "http://no-such-provider.invalid/v1")
    assert_error(out.run, "network", "could not connect")


async def test_tls_to_a_plain_http_server_that_answers() -> None:
    """https:// to a plain-HTTP port whose server answers the ClientHello with an HTTP error
    (what nginx, uvicorn and llama.cpp do): an SSL error, recorded as a network failure."""
    async def plain_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            await reader.read(1024)
            writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                         b"Connection: close\r\n\r\n")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(plain_http, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        out = await run_fault(lambda srv: f"https://127.0.0.1:{port}/v1")
    finally:
        server.close()
        await server.wait_closed()
    msg = assert_error(out.run, "network", "could not connect")
    assert "SSL" in msg or "ssl" in msg or "TLS" in msg, msg


async def test_tls_to_the_plain_transcript_server_that_never_answers() -> None:
    """The transcript server waits for an HTTP request head that a TLS ClientHello never
    completes, so the handshake hangs: connect_timeout_s ends it."""
    out = await run_fault(lambda srv: srv.add(Reply.text_stream(["never"]))
                          .replace("http://", "https://"), connect_timeout_s=0.5)
    assert_error(out.run, "timeout", "could not connect", "connect_timeout_s")


async def test_server_that_never_sends_headers() -> None:
    out = await run_fault(lambda srv: srv.add(Reply(no_headers=True)), read_timeout_s=0.4)
    assert_error(out.run, "timeout", "before the response", "read_timeout_s",
                 "[providers.p-faulty]")
    assert [s.outcome for s in out.served if s.reply and s.reply.no_headers] == ["no_headers"]


# ---------------------------------------------------------------------------- mid-stream


@pytest.mark.parametrize("framing", ["chunked", "close"])
@pytest.mark.parametrize("abort", [False, True], ids=["fin", "rst"])
async def test_disconnect_mid_stream_keeps_the_partial_text(framing: str, abort: bool) -> None:
    steps = [chunk("The first half "), chunk("of an answer"), Close(abort=abort)]
    out = await run_fault(lambda srv: srv.add(Reply(steps=steps, framing=framing)))
    if framing == "chunked" or abort:
        # the chunked framing (or the RST) tells the client the body was cut
        msg = assert_error(out.run, "network")
        assert "closed the connection early" in msg or "truncated" in msg or "reset" in msg, msg
    else:
        # close-delimited: a clean EOF, and only the missing finish reason says it was cut
        assert_error(out.run, "network", "without a finish reason or [DONE]", "kept")
    assert out.run["text"] == "The first half of an answer"
    assert out.run["turns"][0]["content"] == "The first half of an answer"


async def test_stall_mid_stream_is_an_idle_timeout() -> None:
    steps = [chunk("Before the stall")]
    out = await run_fault(lambda srv: srv.add(Reply(steps=[*steps, Stall()])),
                          read_timeout_s=0.4)
    assert_error(out.run, "timeout", "no bytes from the server for 0.4 s", "mid-stream",
                 "read_timeout_s")
    assert out.run["text"] == "Before the stall"


async def test_one_byte_per_second_is_not_idle_but_run_timeout_s_bounds_it() -> None:
    """A drip that keeps bytes coming within read_timeout_s is alive, however slow; only the
    whole-run limit stops it, and the bytes that came are in the raw stream."""
    body = chunk("never completes at this rate")
    out = await run_fault(lambda srv: srv.add(Reply(steps=[body], drip_bps=1.0)),
                          read_timeout_s=2.5, run_timeout_s=4.0)
    msg = assert_error(out.run, "timeout", "longer than 4s", "run_timeout_s")
    assert "read_timeout_s" not in msg  # not mistaken for an idle connection
    raw = out.run["turns"][0].get("raw_stream", "")
    assert len(raw) >= 2 and body.decode().startswith(raw), raw
    assert out.run["metrics"]["total_s"] is not None


async def test_fast_drip_keeps_the_text_received_before_run_timeout_s() -> None:
    pieces = [chunk(w) for w in ("one ", "two ", "three ", "four ", "five ")] * 20
    out = await run_fault(lambda srv: srv.add(Reply(steps=pieces, drip_bps=200.0)),
                          read_timeout_s=2.0, run_timeout_s=2.0)
    assert_error(out.run, "timeout", "run_timeout_s")
    text = out.run["text"]
    assert text.startswith("one two three "), text
    assert ("one two three four five " * 20).startswith(text)


# ---------------------------------------------------------------------------- error answers


async def test_429_with_retry_after() -> None:
    reply = Reply.json_body(429, {"error": {"message": "Rate limit exceeded: free-models-per-min",
                                            "code": 429}}, headers=[("Retry-After", "7")])
    out = await run_fault(lambda srv: srv.add(reply))
    assert_error(out.run, "rate_limited", "HTTP 429", "Rate limit exceeded")
    assert out.run["error"]["retry_after_s"] == 7.0
    assert out.run["error"]["http_status"] == 429
    assert out.run["turns"][0]["response_headers"]["retry-after"] == "7"


async def test_5xx_with_an_html_page() -> None:
    page = (b"<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>"
            b"<body><h1>502 Bad Gateway</h1><hr><center>cloudflare</center></body></html>")
    reply = Reply(status=502, headers=[("Content-Type", "text/html")], steps=[page],
                  framing="length")
    out = await run_fault(lambda srv: srv.add(reply))
    msg = assert_error(out.run, "server_error", "HTTP 502", "502 Bad Gateway", "cloudflare")
    assert "<" not in msg and "color:red" not in msg  # readable, not markup
    assert out.run["turns"][0]["raw_stream"] == page.decode("latin-1")  # the page is kept


async def test_html_page_pushed_into_a_200_stream() -> None:
    steps = [chunk("Half an answer "), b"<html><body><h1>504 Gateway Time-out</h1></body></html>\n"]
    out = await run_fault(lambda srv: srv.add(Reply(steps=steps, framing="close")))
    assert_error(out.run, "protocol", "504 Gateway Time-out")
    assert out.run["text"] == "Half an answer "


@pytest.mark.parametrize("done", [True, False], ids=["with-done", "no-done"])
async def test_json_that_is_not_a_chat_chunk(done: bool) -> None:
    """A base_url that answers SSE but not chat chunks (another API, a proxy's own events)."""
    events = [{"type": "ping", "seq": 1}, [1, 2, 3], "\"just a string\""]
    out = await run_fault(lambda srv: srv.add(Reply.sse(events, done=done)))
    assert_error(out.run, "protocol", "none of the stream's 3 data event(s) was a chat "
                 "completion chunk", '"type": "ping"', "base_url")
    assert out.run["text"] == ""


async def test_foreign_json_between_real_chunks_is_ignored_and_counted() -> None:
    steps = [chunk("Real "), b'data: {"type":"keepalive"}\n\n', chunk("text"), finish_chunk()]
    out = await run_fault(lambda srv: srv.add(Reply(steps=steps)))
    assert out.run["status"] == "ok" and out.run["text"] == "Real text"
    assert out.run["turns"][0]["extra"]["ignored_events"] == 1


async def test_data_line_that_is_not_json() -> None:
    steps = [chunk("Kept "), b"data: {\"choices\": [oops\n\n"]
    out = await run_fault(lambda srv: srv.add(Reply(steps=steps)))
    assert_error(out.run, "protocol", "not JSON", "oops")
    assert out.run["text"] == "Kept "


async def test_invalid_utf8_becomes_replacement_chars_and_the_raw_bytes_are_kept() -> None:
    bad = b'data: {"choices":[{"index":0,"delta":{"content":"caf\xc3 au \xff\xfe lait"}}]}\n\n'
    out = await run_fault(lambda srv: srv.add(Reply(steps=[bad, finish_chunk()])))
    assert out.run["status"] == "ok"
    assert out.run["text"] == "caf\ufffd au \ufffd\ufffd lait"
    # the exact bytes stay inspectable (latin-1 text: one char per byte)
    assert bad.decode("latin-1") in out.run["turns"][0]["raw_stream"]


# ---------------------------------------------------------------------------- size


async def test_a_10_mb_single_line_arrives_whole() -> None:
    """One SSE data line of 10 MB (batched reasoning through a gateway does this): no
    line-length cap, nothing lost, the raw capture stays bounded."""
    words = ("lorem ipsum dolor sit amet " * 400_000)[:10 * 1024 * 1024]
    out = await run_fault(lambda srv: srv.add(Reply.text_stream([words])))
    assert out.run["status"] == "ok"
    assert len(out.run["text"]) == len(words) and out.run["text"] == words
    raw_len = len(out.run["turns"][0].get("raw_stream", ""))
    assert 0 < raw_len <= 262_144  # provider.raw_capture_bytes


async def test_an_answer_of_5_mb_in_many_chunks() -> None:
    piece = "0123456789 abcdefghij " * 45  # 990 characters
    pieces = [piece] * 5300            # ~5.2 MB
    out = await run_fault(lambda srv: srv.add(Reply.text_stream(pieces, usage={
        "prompt_tokens": 3, "completion_tokens": 1_200_000})))
    assert out.run["status"] == "ok"
    assert out.run["text"] == piece * 5300
    assert len(out.run["timeline"]) == 5300
    assert out.run["metrics"]["output_tokens"] == 1_200_000
