"""Every fault a provider can throw, through the real fan-out, beside a healthy target.

Each test points one target at a misbehaving endpoint on loopback (tests/transcript_server.py:
real sockets, scripted bytes, Close/Stall/drip/no-headers faults) and a second target at a
healthy one, in the same ``Fanout``.  It then checks what a user would check in the session:

- the faulty run's recorded outcome: ``status``, ``error.kind`` and a message a person can act on;
- every byte of text that arrived before the fault is kept in ``text``;
- the healthy run next to it finished untouched;
- nothing is left behind: no asyncio task, no file descriptor (sockets counted in
  /proc/self/fd), no child process.

MCP faults run through the tool loop with tests/mcp_servers/fault_server.py.  What the loop
does, as documented in provtui/core/mcp.py and loop.py: a server that cannot start fails the
run (kind ``mcp``) before any model request; a crash, a hang past ``call_timeout_s`` or an
unusable answer becomes an error *tool result* that the model reads, and the loop goes on
(later calls to a crashed server fail at once); garbage on a server's stdout is skipped.

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
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mcp_servers.procs import descendants, leftover_servers, open_fds, owner_env
from provtui.core.config import McpServerConfig, ProviderConfig, TargetConfig
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
    return len(open_fds())


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
                               f"{sorted(open_fds())}")
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
    assert_error(out.run, "network", f"could not connect to http://127.0.0.1:{port}/v1",
                 "is the server running", "[providers.p-faulty]")
    assert out.run["text"] == "" and out.run["error"]["http_status"] is None


async def test_dns_failure() -> None:
    # .invalid is reserved (RFC 2606): no resolver anywhere will answer it
    # (credentials or a query in base_url are refused at config load now: test_config_validation)
    out = await run_fault(lambda srv: "http://no-such-provider.invalid/v1")
    assert_error(out.run, "network", "could not connect to http://no-such-provider.invalid/v1:")


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
    msg = assert_error(out.run, "network", f"could not connect to https://127.0.0.1:{port}/v1",
                       "base_url must start with http://")
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
                          read_timeout_s=4.0, run_timeout_s=4.0)  # 3+ pieces even on a loaded box
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


# ---------------------------------------------------------------------------- retries


def test_retries_through_provtui_run(tmp_path) -> None:
    """Off by default; ``retries = { attempts = 2, backoff_s = 0.05 }`` retries the failures
    the policy names, and the session keeps every failed attempt under ``attempts``."""
    down = Reply.json_body(503, {"error": {"message": "upstream overloaded"}})
    limited = Reply.json_body(429, {"error": {"message": "Rate limit exceeded"}},
                              headers=[("Retry-After", "0.1")])
    with TranscriptServer.in_thread() as srv:
        flaky = srv.route(down, limited, Reply.text_stream(["third time lucky"]))
        dead = srv.route(down, down, down, Reply.text_stream(["never reached"]))
        plain = srv.route(down, Reply.text_stream(["never reached"]))
        bad = srv.route(Reply.json_body(400, {"error": {"message": "unknown parameter: foo"}}),
                        Reply.text_stream(["never reached"]))
        lines = []
        for name, route, retries in (("flaky", flaky, True), ("dead", dead, True),
                                     ("plain", plain, False), ("bad", bad, True)):
            lines += [f"[providers.{name}]", f'base_url = "{route.base_url}"']
            if retries:
                lines.append("retries = { attempts = 2, backoff_s = 0.05 }")
            lines += [f"[targets.{name}]", f'provider = "{name}"', 'model = "m"', ""]
        cfg = tmp_path / "config.toml"
        cfg.write_text("\n".join(lines))
        r = subprocess.run(
            [sys.executable, "-m", "provtui", "run", "--config", str(cfg), "-t", "flaky",
             "-t", "dead", "-t", "plain", "-t", "bad", "--json", "hello"],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "PROVTUI_DATA_DIR": str(tmp_path / "data")})
        requests = {name: len(route.requests) for name, route in
                    (("flaky", flaky), ("dead", dead), ("plain", plain), ("bad", bad))}
    assert r.returncode == 0, r.stderr
    runs = {run["target"]: run for run in json.loads(r.stdout)["runs"]}
    assert requests == {"flaky": 3, "dead": 3, "plain": 1, "bad": 1}

    flaky_run = runs["flaky"]
    assert flaky_run["status"] == "ok" and flaky_run["text"] == "third time lucky"
    assert [a["error"]["kind"] for a in flaky_run["attempts"]] == ["server_error", "rate_limited"]
    assert [a["attempt"] for a in flaky_run["attempts"]] == [0, 1]
    assert flaky_run["attempts"][1]["error"]["retry_after_s"] == pytest.approx(0.1)
    assert [t["attempt"] for t in flaky_run["turns"]] == [2]
    assert [n["kind"] for n in flaky_run["notices"]] == ["retry", "retry"]

    dead_run = runs["dead"]
    assert dead_run["status"] == "error" and dead_run["error"]["kind"] == "server_error"
    assert "upstream overloaded" in dead_run["error"]["message"]
    assert len(dead_run["attempts"]) == 2 and dead_run["turns"][-1]["attempt"] == 2

    # retries off (the default): the first failure is the outcome
    assert runs["plain"]["status"] == "error" and runs["plain"]["attempts"] == []
    # a 400 is not in the policy's `on` list: never retried
    assert runs["bad"]["error"]["kind"] == "bad_request" and runs["bad"]["attempts"] == []
    assert "[ERROR] dead: server_error: HTTP 503: upstream overloaded" in r.stderr


# ---------------------------------------------------------------------------- MCP in the loop

FAULT_SERVER = str(Path(__file__).resolve().parent / "mcp_servers" / "fault_server.py")


def fault_server(*flags: str, **kw: Any) -> McpServerConfig:
    return McpServerConfig(name="fleet", command=sys.executable, args=(FAULT_SERVER, *flags),
                           env=owner_env(), **kw)


async def run_tool_loop(server: McpServerConfig, *scripts: list[Reply]
                        ) -> tuple[list[dict[str, Any]], list[Any]]:
    """One target per script, all with ``server`` attached; returns (runs, routes)."""
    async with nothing_left_behind():
        async with TranscriptServer() as srv:
            routes = [srv.route(*script) for script in scripts]
            plan = SessionPlan(prompt="Check the fleet.", mcp_servers=[server],
                               targets=[target(f"t{i}", r.base_url)
                                        for i, r in enumerate(routes)])
            rec = SessionRecorder()
            async with Fanout(plan) as fan:
                async for event in fan.stream_all():
                    rec.apply(event)
    assert not leftover_servers()
    return rec.snapshot()["runs"], routes


def calls(*names_args: tuple[str, dict]) -> Reply:
    return Reply.tool_call_stream([{"name": n, "arguments": a, "id": f"call_{n}_{i}"}
                                   for i, (n, a) in enumerate(names_args)])


def tool_messages(route: Any, request: int) -> list[str]:
    return [m["content"] for m in route.requests[request].json["messages"] if m["role"] == "tool"]


async def test_mcp_server_crash_mid_loop_is_a_tool_error_and_the_loop_goes_on() -> None:
    crashing = [calls(("crash", {})), calls(("echo", {"text": "again"})),
                Reply.text_stream(["The fleet server crashed."])]
    fine = [calls(("echo", {"text": "hi"})), Reply.text_stream(["All good."])]
    (crashed, other), (route, _) = await run_tool_loop(fault_server(), crashing, fine)
    assert crashed["status"] == "ok" and crashed["text"] == "The fleet server crashed."
    first, second = crashed["tool_calls"]
    assert first["is_error"] and "'fleet' died during the call to 'crash'" in first["result"]
    assert "simulated segfault" in first["result"]   # the server's last words, from stderr
    assert second["is_error"] and "died earlier" in second["result"]
    assert tool_messages(route, 1) == [first["result"]]  # the model was told
    # the other target had its own server process, which never crashed
    assert other["status"] == "ok" and other["tool_calls"][0]["result"] == "hi"


async def test_hung_mcp_tool_times_out_after_call_timeout_s_and_the_loop_goes_on() -> None:
    script = [calls(("hang", {})), calls(("echo", {"text": "after"})),
              Reply.text_stream(["done"])]
    (run,), _ = await run_tool_loop(fault_server(call_timeout_s=0.5), script)
    hung, after = run["tool_calls"]
    assert hung["is_error"]
    assert "did not answer within call_timeout_s = 0.5" in hung["result"]
    assert "[mcp_servers.fleet]" in hung["result"]
    assert not after["is_error"] and after["result"] == "after"  # the server stays usable
    assert run["status"] == "ok"


async def test_garbage_on_mcp_stdout_does_not_disturb_the_loop() -> None:
    script = [calls(("echo", {"text": "one"}), ("echo", {"text": "two"})),
              Reply.text_stream(["ok"])]
    (run,), _ = await run_tool_loop(fault_server("--garbage"), script)
    assert [c["result"] for c in run["tool_calls"]] == ["one", "two"]
    assert not any(c["is_error"] for c in run["tool_calls"]) and run["status"] == "ok"


async def test_1_mb_tool_result_is_kept_whole_and_truncated_for_the_model() -> None:
    script = [calls(("big", {"size": 1_000_000})), Reply.text_stream(["summarised"])]
    (run,), (route,) = await run_tool_loop(fault_server(result_max_chars=20_000), script)
    (call,) = run["tool_calls"]
    assert not call["is_error"] and len(call["result"]) == 1_000_000
    (sent,) = tool_messages(route, 1)
    assert sent == call["result"][:20_000] + "\n[... truncated 980000 chars]"
    assert "truncated" not in run  # the session itself kept everything


async def test_mcp_server_that_exits_at_start_fails_the_run_before_any_model_request() -> None:
    script = [Reply.text_stream(["never asked"])]
    (run,), (route,) = await run_tool_loop(fault_server("--exit-at-start"), script)
    assert_error(run, "mcp", "MCP server 'fleet'", "exited during startup",
                 "/etc/fleet.toml missing", "[mcp_servers.fleet]")
    assert route.requests == [] and run["turns"] == []
