"""A key in a custom header never follows a redirect to another origin (httpx drops only
Authorization there).  Two real loopback servers on different ports: A answers 307 to B,
B records what it received."""

from __future__ import annotations

import asyncio
import json

from provtui.core.config import ProviderConfig, TargetConfig
from provtui.core.fanout import Fanout, SessionPlan

KEY = "sk-redirect-test-0123456789abcdef"


async def _server(handler) -> tuple[asyncio.AbstractServer, int]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, str]]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    n = int(headers.get("content-length", "0") or 0)
    if n:
        await reader.readexactly(n)
    return lines[0], headers


async def test_custom_key_headers_are_not_sent_to_another_origin(monkeypatch) -> None:
    monkeypatch.setenv("PROVTUI_REDIRECT_KEY", KEY)
    seen_b: list[dict[str, str]] = []
    seen_a: list[dict[str, str]] = []

    async def b(reader, writer):
        _, headers = await _read_request(reader)
        seen_b.append(headers)
        body = ('data: ' + json.dumps({"choices": [{"index": 0, "delta": {"content": "hi"},
                                                    "finish_reason": "stop"}]})
                + "\n\ndata: [DONE]\n\n").encode()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                     + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
        await writer.drain()
        writer.close()

    server_b, port_b = await _server(b)

    async def a(reader, writer):
        _, headers = await _read_request(reader)
        seen_a.append(headers)
        writer.write(b"HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:"
                     + str(port_b).encode() + b"/v1/chat/completions\r\nContent-Length: 0\r\n"
                     b"Connection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server_a, port_a = await _server(a)
    provider = ProviderConfig(name="redir", base_url=f"http://127.0.0.1:{port_a}/v1",
                              api_key_env="PROVTUI_REDIRECT_KEY",
                              headers={"X-Api-Key": KEY, "X-Title": "provtui",
                                       "X-Custom-Auth": f"Token {KEY}"},
                              read_timeout_s=10, run_timeout_s=30)
    plan = SessionPlan(prompt="hi", system=None,
                       targets=[TargetConfig(name="r", provider=provider, model="m")],
                       mcp_servers=[], max_steps=1)
    async with server_a, server_b:
        async with Fanout(plan) as fan:
            async for _ in fan.stream_all():
                pass
    assert seen_a and seen_a[0].get("x-api-key") == KEY  # the configured origin gets it
    assert seen_a[0].get("authorization") == f"Bearer {KEY}"
    assert seen_b, "the redirect was not followed"
    got = seen_b[0]
    assert "authorization" not in got and "x-api-key" not in got
    assert "x-custom-auth" not in got  # its value holds the key
    assert all(KEY not in v for v in got.values())
    assert got.get("x-title") == "provtui"  # harmless headers still go
