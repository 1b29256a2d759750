"""A loopback HTTP/1.1 server that replays provider responses byte for byte.

Real sockets on 127.0.0.1 and a free port; no mocking of httpx.  A *reply* is what one request
gets: status line, headers, body writes with scripted delays, optional faults.  A *route* is a
base URL with a sequence of replies (turn 1, turn 2, ... of a tool loop); every request it
received is recorded (method, path, headers, body, JSON, monotonic arrival time) together with
the monotonic time of every write the server made, so timing tests can compare the client's
stamps against the truth on the same clock.

Async use (pytest-asyncio)::

    async with TranscriptServer() as srv:
        base_url = srv.add(Reply.text_stream(["Hel", "lo"]))      # -> "http://127.0.0.1:PORT/r1/v1"
        route = srv.route(Reply.tool_call_stream([...]), Reply.text_stream(["done"]))
        ...  # POST {route.base_url}/chat/completions twice
        route.requests[1].json["messages"]                        # what the loop sent back

Sync use (a background thread with its own event loop)::

    with TranscriptServer.in_thread() as srv:
        base_url = srv.add(Reply.from_transcript("tests/transcripts/text/basic.sse"))

``GET {base_url}/models`` answers a small model list without consuming the sequence.
When a route runs out of replies it answers 500 with a message saying so (or repeats the last
reply with ``repeat_last=True``).

Transcript files (``tests/transcripts/**/*.sse``) are the same replies written down; the format
is documented in ``tests/transcripts/README.md`` and parsed by ``Reply.from_transcript``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Union

__all__ = ["Sleep", "Close", "Stall", "Reply", "Served", "Route", "TranscriptServer",
           "load_transcript", "all_transcripts", "TRANSCRIPTS_DIR"]

TRANSCRIPTS_DIR = Path(__file__).parent / "transcripts"


# ---------------------------------------------------------------------------- script steps


@dataclass(frozen=True)
class Sleep:
    """Pause between two writes."""

    seconds: float


@dataclass(frozen=True)
class Close:
    """Drop the connection here, mid-body (FIN, or RST with ``abort=True``)."""

    abort: bool = False


@dataclass(frozen=True)
class Stall:
    """Stop writing and hold the connection open until the client gives up."""


Step = Union[bytes, Sleep, Close, Stall]


@dataclass
class Reply:
    """One HTTP response.  ``steps``: bytes are one write each (one chunk when chunked)."""

    status: int = 200
    reason: str | None = None
    headers: list[tuple[str, str]] = field(
        default_factory=lambda: [("Content-Type", "text/event-stream")])
    steps: list[Step] = field(default_factory=list)
    framing: str = "chunked"
    """chunked | close (body ends when the connection closes) | length (Content-Length)."""
    no_headers: bool = False
    """Accept the request and never answer (client's read timeout)."""
    drip_bps: float | None = None
    """Write the body one byte at a time at this many bytes per second."""
    delay_s: float = 0.0
    """Pause before every body write after the first."""
    expect: dict[str, Any] = field(default_factory=dict)
    """For transcript files: the outcome the tests assert."""
    name: str = ""
    note: str = ""

    # ---- builders

    @classmethod
    def sse(cls, events: Iterable[dict | str], *, done: bool = True, delay_s: float = 0.0,
            **kw: Any) -> "Reply":
        """One ``data:`` event per write; dicts are JSON-encoded, strings sent as the data."""
        steps: list[Step] = []
        for ev in events:
            data = ev if isinstance(ev, str) else json.dumps(ev, ensure_ascii=False)
            steps.append(f"data: {data}\n\n".encode())
        if done:
            steps.append(b"data: [DONE]\n\n")
        return cls(steps=steps, delay_s=delay_s, **kw)

    @classmethod
    def text_stream(cls, pieces: Iterable[str], *, finish_reason: str | None = "stop",
                    usage: dict | None = None, reasoning: Iterable[str] = (),
                    model: str = "transcript-model", **kw: Any) -> "Reply":
        """An OpenAI-style chat stream: role chunk, reasoning, content pieces, finish, usage."""
        base = {"id": "chatcmpl-transcript", "object": "chat.completion.chunk",
                "created": 1764100000, "model": model}

        def chunk(delta: dict, finish: str | None = None) -> dict:
            return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

        events: list[dict] = [chunk({"role": "assistant", "content": ""})]
        events += [chunk({"reasoning_content": r}) for r in reasoning]
        events += [chunk({"content": p}) for p in pieces]
        events.append(chunk({}, finish_reason))
        if usage is not None:
            events.append({**base, "choices": [], "usage": usage})
        return cls.sse(events, **kw)

    @classmethod
    def tool_call_stream(cls, calls: list[dict], *, content: str = "",
                         finish_reason: str = "tool_calls", split: int = 8,
                         usage: dict | None = None, **kw: Any) -> "Reply":
        """Canonical streamed tool calls.  ``calls``: ``{"name", "arguments" (dict or str),
        "id" (optional)}``; arguments are sent in slices of ``split`` characters."""
        base = {"id": "chatcmpl-transcript", "object": "chat.completion.chunk",
                "created": 1764100000, "model": "transcript-model"}

        def chunk(delta: dict, finish: str | None = None) -> dict:
            return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

        events: list[dict] = [chunk({"role": "assistant", "content": content or None})]
        for i, call in enumerate(calls):
            args = call.get("arguments", {})
            args = args if isinstance(args, str) else json.dumps(args)
            events.append(chunk({"tool_calls": [{
                "index": i, "id": call.get("id", f"call_{i}_transcript"), "type": "function",
                "function": {"name": call["name"], "arguments": ""}}]}))
            for j in range(0, len(args), max(1, split)):
                events.append(chunk({"tool_calls": [{
                    "index": i, "function": {"arguments": args[j:j + split]}}]}))
        events.append(chunk({}, finish_reason))
        if usage is not None:
            events.append({**base, "choices": [], "usage": usage})
        return cls.sse(events, **kw)

    @classmethod
    def json_body(cls, status: int, body: Any, headers: Iterable[tuple[str, str]] = (),
                  **kw: Any) -> "Reply":
        """A plain JSON (error) response with Content-Length."""
        raw = body if isinstance(body, (bytes, str)) else json.dumps(body)
        raw = raw.encode() if isinstance(raw, str) else raw
        return cls(status=status, headers=[("Content-Type", "application/json"), *headers],
                   steps=[raw], framing="length", **kw)

    @classmethod
    def from_transcript(cls, source: str | Path) -> "Reply":
        """Parse a transcript file (a path, or the text itself when it contains a newline)."""
        return load_transcript(source)

    def body_bytes(self) -> bytes:
        return b"".join(s for s in self.steps if isinstance(s, bytes))


# ---------------------------------------------------------------------------- transcript files

_MACRO = re.compile(r"%%(repeat|hex)\(([^)]*)\)%%")
_EOLS = {"lf": b"\n", "crlf": b"\r\n", "cr": b"\r"}


def _expand(text: str) -> bytes:
    out = bytearray()
    pos = 0
    for m in _MACRO.finditer(text):
        out += text[pos:m.start()].encode()
        kind, arg = m.group(1), m.group(2)
        if kind == "hex":
            out += bytes.fromhex(arg)
        else:
            count, _, piece = arg.partition(",")
            out += piece.encode() * int(count)
        pos = m.end()
    out += text[pos:].encode()
    return bytes(out)


def load_transcript(source: str | Path) -> Reply:
    """Parse the transcript format (see tests/transcripts/README.md)."""
    if isinstance(source, Path) or "\n" not in str(source):
        path = Path(source)
        text, name = path.read_text(encoding="utf-8"), str(path)
    else:
        text, name = str(source), "<inline>"
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError(f"{name}: a transcript needs a line '---' between header and body")
    reply = Reply(headers=[], name=name)
    eol = b"\n"
    writes_mode = "events"
    notes: list[str] = []
    for lineno, line in enumerate(head.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            notes.append(line[1:].strip())
            continue
        key, _, value = line.partition(" ")
        value = value.strip()
        if key == "@status":
            code, _, reason = value.partition(" ")
            reply.status, reply.reason = int(code), reason or None
        elif key == "@header":
            hname, _, hvalue = value.partition(":")
            reply.headers.append((hname.strip(), hvalue.strip()))
        elif key == "@framing":
            reply.framing = value
        elif key == "@eol":
            eol = _EOLS[value]
        elif key == "@writes":
            writes_mode = value
        elif key == "@delay":
            reply.delay_s = float(value)
        elif key == "@fault":
            fkind, _, farg = value.partition(":")
            if fkind == "no-headers":
                reply.no_headers = True
            elif fkind == "drip":
                reply.drip_bps = float(farg)
            elif fkind not in ("close-after-bytes", "stall-after-bytes", "abort-after-bytes"):
                raise ValueError(f"{name}:{lineno}: unknown fault {value!r}")
            else:
                reply.expect.setdefault("_faults", []).append((fkind, int(farg)))
        elif key == "@expect":
            reply.expect.update(json.loads(value))
        else:
            raise ValueError(f"{name}:{lineno}: unknown header directive {key!r}")
    reply.note = " ".join(notes)
    if not any(h.lower() == "content-type" for h, _ in reply.headers):
        reply.headers.append(("Content-Type", "text/event-stream"))

    # Body: each text line is followed by the current EOL; @@ directives shape the writes.
    segments: list[Step] = []
    cur = bytearray()

    def flush() -> None:
        if cur:
            segments.append(bytes(cur))
            cur.clear()

    body_lines = body.split("\n")
    if body_lines and body_lines[-1] == "":
        body_lines.pop()
    for line in body_lines:
        if line.startswith("@@"):
            cmd, _, arg = line[2:].strip().partition(" ")
            if cmd == "flush":
                flush()
            elif cmd == "sleep":
                flush()
                segments.append(Sleep(float(arg)))
            elif cmd == "eol":
                eol = _EOLS[arg.strip()]
            elif cmd == "noeol":
                if cur.endswith(eol):
                    del cur[-len(eol):]
            elif cmd == "close":
                flush()
                segments.append(Close())
            elif cmd == "abort":
                flush()
                segments.append(Close(abort=True))
            elif cmd == "stall":
                flush()
                segments.append(Stall())
            else:
                raise ValueError(f"{name}: unknown body directive {line!r}")
            continue
        cur += _expand(line) + eol
        if writes_mode == "events" and line == "":
            flush()
        elif writes_mode == "lines":
            flush()
    flush()

    # Byte-level write policies re-split the whole body (directives still end writes).
    if writes_mode == "whole":
        merged: list[Step] = []
        for s in segments:
            if isinstance(s, bytes) and merged and isinstance(merged[-1], bytes):
                merged[-1] = merged[-1] + s
            else:
                merged.append(s)
        segments = merged
    elif writes_mode.startswith("bytes:"):
        n = int(writes_mode.split(":", 1)[1])
        split: list[Step] = []
        for s in segments:
            if isinstance(s, bytes):
                split += [s[i:i + n] for i in range(0, len(s), n)]
            else:
                split.append(s)
        segments = split

    for fkind, nbytes in reply.expect.pop("_faults", []):
        segments = _cut(segments, nbytes, Stall() if fkind == "stall-after-bytes"
                        else Close(abort=fkind == "abort-after-bytes"))
    reply.steps = segments
    return reply


def _cut(steps: list[Step], nbytes: int, fault: Step) -> list[Step]:
    out: list[Step] = []
    left = nbytes
    for s in steps:
        if isinstance(s, bytes):
            if len(s) >= left:
                if left:
                    out.append(s[:left])
                out.append(fault)
                return out
            left -= len(s)
        out.append(s)
    out.append(fault)
    return out


# ---------------------------------------------------------------------------- records


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    t: float
    """time.monotonic() when the whole request had arrived."""

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Served:
    """What the server did for one request (all times time.monotonic())."""

    request: Received
    reply: Reply | None
    t_headers: float | None = None
    writes: list[tuple[float, bytes]] = field(default_factory=list)
    """(time just before the write, body bytes) for every body write."""
    t_end: float | None = None
    outcome: str = ""
    """complete | closed | stalled | client_gone | no_headers"""


class Route:
    def __init__(self, server: "TranscriptServer", prefix: str, replies: list[Reply],
                 repeat_last: bool, models: list[str]):
        self.server = server
        self.prefix = prefix
        self.replies = list(replies)
        self.repeat_last = repeat_last
        self.models = models
        self.requests: list[Received] = []
        """Every POST the route received, in order (GET /models excluded)."""
        self.gets: dict[str, Any] = {}
        """Extra GET endpoints: path after the base URL ("/generation") -> a callable taking the
        query string and returning (status, JSON object); every such GET is in ``got``."""
        self.got: list[Received] = []
        self.served: list[Served] = []
        self._next = 0
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}{self.prefix}/v1"

    def push(self, *replies: Reply) -> None:
        """Append replies to the sequence (thread-safe)."""
        with self._lock:
            self.replies.extend(replies)

    def _take(self) -> Reply | None:
        with self._lock:
            if self._next < len(self.replies):
                reply = self.replies[self._next]
                self._next += 1
                return reply
            if self.repeat_last and self.replies:
                return self.replies[-1]
            return None


# ---------------------------------------------------------------------------- the server


class TranscriptServer:
    def __init__(self) -> None:
        self.port = 0
        self.routes: dict[str, Route] = {}
        self._ids = itertools.count(1)
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task] = set()
        self._loop: asyncio.AbstractEventLoop | None = None

    # ---- lifecycle

    async def start(self) -> "TranscriptServer":
        self._loop = asyncio.get_running_loop()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
        self._server = None

    async def __aenter__(self) -> "TranscriptServer":
        return await self.start()

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()

    @classmethod
    @contextlib.contextmanager
    def in_thread(cls) -> Iterator["TranscriptServer"]:
        """Run a server in a background thread (own event loop) for sync code."""
        srv = cls()
        loop = asyncio.new_event_loop()
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(srv.start())
            ready.set()
            loop.run_forever()

        thread = threading.Thread(target=run, name="transcript-server", daemon=True)
        thread.start()
        if not ready.wait(10):
            raise RuntimeError("transcript server did not start within 10 s")
        try:
            yield srv
        finally:
            asyncio.run_coroutine_threadsafe(srv.stop(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()

    # ---- routes

    def route(self, *replies: Reply, repeat_last: bool = False,
              models: list[str] | None = None) -> Route:
        """A new base URL serving ``replies`` in order, one per POST."""
        prefix = f"/r{next(self._ids)}"
        r = Route(self, prefix, list(replies), repeat_last, models or ["transcript-model"])
        self.routes[prefix] = r
        return r

    def add(self, *replies: Reply, repeat_last: bool = False) -> str:
        """Shortcut: a new route, returning its base URL (``.../v1``)."""
        return self.route(*replies, repeat_last=repeat_last).base_url

    # ---- HTTP

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                req = await self._read_request(reader)
                if req is None:
                    break
                keep = await self._respond(req, reader, writer)
                if not keep:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._tasks.discard(task)
            with contextlib.suppress(Exception):
                writer.close()

    async def _read_request(self, reader: asyncio.StreamReader) -> Received | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if line:
                k, _, v = line.partition(":")
                headers[k.strip().lower()] = v.strip()
        body = b""
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
                if size == 0:
                    await reader.readuntil(b"\r\n")
                    break
                parts.append(await reader.readexactly(size))
                await reader.readexactly(2)
            body = b"".join(parts)
        return Received(method, path, headers, body, time.monotonic())

    def _find_route(self, path: str) -> Route | None:
        m = re.match(r"(/r\d+)(/|$)", path)
        return self.routes.get(m.group(1)) if m else None

    async def _respond(self, req: Received, reader: asyncio.StreamReader,
                       writer: asyncio.StreamWriter) -> bool:
        route = self._find_route(req.path)
        if route is None:
            await self._simple(writer, 404, {"error": {"message": f"no route for {req.path}"}})
            return True
        if req.method == "GET":
            path, _, query = req.path[len(route.prefix) + len("/v1"):].partition("?")
            if path in route.gets:
                route.got.append(req)
                status, obj = route.gets[path](query)
                await self._simple(writer, status, obj)
                return True
            await self._simple(writer, 200, {"object": "list", "data": [
                {"id": m, "object": "model", "owned_by": "transcript"} for m in route.models]})
            return True
        route.requests.append(req)
        reply = route._take()
        served = Served(req, reply)
        route.served.append(served)
        if reply is None:
            await self._simple(writer, 500, {"error": {"message": (
                f"transcript server: route {route.prefix} has no reply left for request "
                f"#{len(route.requests)}")}})
            served.outcome = "complete"
            return True
        return await self._play(reply, served, reader, writer)

    async def _simple(self, writer: asyncio.StreamWriter, status: int, obj: Any) -> None:
        body = json.dumps(obj).encode()
        writer.write(f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        await writer.drain()

    async def _play(self, reply: Reply, served: Served, reader: asyncio.StreamReader,
                    writer: asyncio.StreamWriter) -> bool:
        if reply.no_headers:
            served.outcome = "no_headers"
            await reader.read()  # until the client hangs up
            return False
        head = [f"HTTP/1.1 {reply.status} {reply.reason or _REASONS.get(reply.status, 'X')}"]
        names = {h.lower() for h, _ in reply.headers}
        head += [f"{k}: {v}" for k, v in reply.headers]
        body_len = len(reply.body_bytes())
        if reply.framing == "chunked" and "transfer-encoding" not in names:
            head.append("Transfer-Encoding: chunked")
        elif reply.framing == "length" and "content-length" not in names:
            head.append(f"Content-Length: {body_len}")
        elif reply.framing == "close" and "connection" not in names:
            head.append("Connection: close")
        served.t_headers = time.monotonic()
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        await writer.drain()
        chunked = reply.framing == "chunked"
        first = True
        for step in reply.steps:
            if isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
                continue
            if isinstance(step, Close):
                served.outcome = "closed"
                served.t_end = time.monotonic()
                if step.abort:
                    writer.transport.abort()
                return False
            if isinstance(step, Stall):
                served.outcome = "stalled"
                await reader.read()
                served.t_end = time.monotonic()
                return False
            if not first and reply.delay_s:
                await asyncio.sleep(reply.delay_s)
            first = False
            pieces = [step] if not reply.drip_bps else [step[i:i + 1] for i in range(len(step))]
            for piece in pieces:
                if reply.drip_bps:
                    await asyncio.sleep(1.0 / reply.drip_bps)
                data = b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
                served.writes.append((time.monotonic(), piece))
                writer.write(data)
                await writer.drain()
        if chunked:
            writer.write(b"0\r\n\r\n")
            await writer.drain()
        served.t_end = time.monotonic()
        served.outcome = "complete"
        return reply.framing != "close"


_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 413: "Payload Too Large", 422: "Unprocessable Entity",
            429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


def all_transcripts() -> list[Path]:
    """Every transcript file, sorted (for parametrised tests)."""
    return sorted(TRANSCRIPTS_DIR.rglob("*.sse"))
