"""Simulated inference providers for ``provtui demo``: a real HTTP server on 127.0.0.1.

Four providers serve "the same model" behind an OpenAI-compatible API, each under its own
path prefix (``http://127.0.0.1:PORT/explorer/v1`` ...).  Each one behaves like a provider in
the seed study ("Same Weights, Different Results"), so a user with no keys and no network
sees every code path of a real comparison: HTTP, SSE parsing, tool calls over MCP, analysis
and saving.  Only the model is simulated.

- ``explorer`` (like the seed's local Ollama) calls 17 tools in 13 turns, two calls in some
  turns, then writes a long analysis.
- ``methodical`` (like NVIDIA NIM) calls 7 well-chosen tools, then a complete analysis.
- ``asker`` (like OpenRouter) calls ``list_vehicles`` and then asks which vehicle to analyse,
  with words glued together the way the seed saw ("soulsbeneath").
- ``small`` (like DeepInfra) has a 34,000-token context and answers HTTP 400 when the
  request does not fit (see ``requested_tokens`` for how that is counted).

The server is stateless per request, like a real one: the next action is decided from the
conversation in the request (which tools were already called, and what they returned), and
every number in an answer is read from the tool results in that conversation.

Each provider also has its own wire habits (docs WIRE.md): CRLF framing, ``data:`` without
the space, tool calls whole in one chunk or with id/name repeated in every chunk, usage in a
``choices: []`` chunk or never, ``: OPENROUTER PROCESSING`` comments, a ``provider`` field,
``reasoning_content`` vs ``reasoning`` (+ ``reasoning_details``), writes split mid-character.

Standard library only (asyncio streams); no dependency beyond Python.

The personalities are in ``personas``, token counting in ``tokens``, what a model reads from a
request in ``conversation``, what it answers in ``answers`` and ``ev_answers``; this module
is the HTTP/SSE server and re-exports the names older imports use.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading
import time
from typing import Any

from provtui.demo.answers import decide, words_task
from provtui.demo.conversation import Reply
from provtui.demo.personas import MODEL_ID, PERSONALITIES, Personality
from provtui.demo.tokens import (
    CHARS_PER_TOKEN,
    estimate_prompt_tokens,
    render_prompt,
    requested_tokens,
    split_tokens,
)

__all__ = [
    "MODEL_ID",
    "PERSONALITIES",
    "Personality",
    "SimServer",
    "SimThread",
    "CHARS_PER_TOKEN",
    "decide",
    "estimate_prompt_tokens",
    "render_prompt",
    "requested_tokens",
    "split_tokens",
    "words_task",
]

_MAX_BODY = 16 * 1024 * 1024


# ---------------------------------------------------------------------------- HTTP


_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
            413: "Payload Too Large", 500: "Internal Server Error"}


class _HttpError(Exception):
    def __init__(self, status: int, message: str, type_: str = "invalid_request_error",
                 code: str | None = None, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": {"message": message, "type": type_, "param": param,
                               "code": code}}


class SimServer:
    """The simulated providers.  ``async with SimServer() as sim:`` or ``await start()`` /
    ``await stop()``; ``SimServer.start_in_thread()`` for sync code.

    ``speed`` divides every delay (the tests run at 20x; the demo at 1x).  ``jitter`` varies
    each delay by up to that fraction, so repeats of a run differ a little, as on a real host.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, speed: float = 1.0,
                 jitter: float = 0.1, seed: int | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be > 0 (1.0 = the demo's real pace)")
        self.host = host
        self.port = port
        self.speed = speed
        self.jitter = jitter
        self._rng = random.Random(seed)
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._streaming: set[asyncio.StreamWriter] = set()
        """Connections whose response headers are out (an error can no longer be sent)."""
        self.requests = 0

    def base_url(self, personality: str) -> str:
        if personality not in PERSONALITIES:
            raise KeyError(f"no simulated provider {personality!r}; "
                           f"choose one of {', '.join(PERSONALITIES)}")
        return f"http://{self.host}:{self.port}/{personality}/v1"

    async def start(self) -> SimServer:
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for w in list(self._writers):
            w.close()
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    async def __aenter__(self) -> SimServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @classmethod
    def start_in_thread(cls, **kw: Any) -> SimThread:
        return SimThread(cls(**kw))

    # ---- connection handling

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                method, path, headers, body = request
                self.requests += 1
                keep = await self._dispatch(method, path, headers, body, writer)
                if not keep or headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._writers.discard(writer)
            self._streaming.discard(writer)
            self._tasks.discard(task)
            writer.close()
            try:
                await writer.wait_closed()
            except (ConnectionError, asyncio.CancelledError):
                pass

    async def _read_request(self, reader: asyncio.StreamReader
                            ) -> tuple[str, str, dict[str, str], bytes] | None:
        line = await reader.readline()
        while line in (b"\r\n", b"\n"):
            line = await reader.readline()
        if not line:
            return None
        parts = line.decode("latin-1").split()
        if len(parts) != 3:
            raise ConnectionError("bad request line")
        method, path, _version = parts
        headers: dict[str, str] = {}
        while True:
            h = await reader.readline()
            if h in (b"\r\n", b"\n", b""):
                break
            k, _, v = h.decode("latin-1").partition(":")
            headers[k.strip().lower()] = v.strip()
        body = b""
        if "content-length" in headers:
            n = int(headers["content-length"])
            if n > _MAX_BODY:
                raise ConnectionError("body too large")
            body = await reader.readexactly(n)
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            pieces = []
            while True:
                size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                pieces.append(await reader.readexactly(size))
                await reader.readline()
            body = b"".join(pieces)
        return method, path.split("?", 1)[0], headers, body

    async def _dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes,
                        writer: asyncio.StreamWriter) -> bool:
        m = re.fullmatch(r"/([a-z-]+)/v1/(chat/completions|models)/?", path)
        try:
            if not m or m.group(1) not in PERSONALITIES:
                known = ", ".join(f"/{n}/v1" for n in PERSONALITIES)
                raise _HttpError(404, f"no simulated provider at {path}; the simulated "
                                      f"providers are {known}", code="not_found")
            p = PERSONALITIES[m.group(1)]
            if m.group(2) == "models":
                if method != "GET":
                    raise _HttpError(405, f"use GET for {path}")
                await self._send_json(writer, 200, {"object": "list", "data": [{
                    "id": MODEL_ID, "object": "model", "created": 1_732_500_000,
                    "owned_by": f"provtui-sim ({p.like})", "context_length": p.context_window}]})
                return True
            if method != "POST":
                raise _HttpError(405, f"use POST for {path}")
            body = self._parse_body(raw)
            await self._chat(p, body, writer)
            return True
        except _HttpError as err:
            await self._send_json(writer, err.status, err.body)
            return True
        except (ConnectionError, asyncio.CancelledError):
            raise
        except Exception as exc:  # noqa: BLE001 - a sim bug must look like a server error
            if writer in self._streaming:
                return False  # headers are out: all a real server can do is drop the stream
            await self._send_json(writer, 500, {"error": {
                "message": f"simulated provider failed: {type(exc).__name__}: {exc}",
                "type": "server_error", "param": None, "code": None}})
            return True

    @staticmethod
    def _parse_body(raw: bytes) -> dict[str, Any]:
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _HttpError(400, f"the request body is not valid JSON ({exc})") from None
        if not isinstance(body, dict):
            raise _HttpError(400, "the request body must be a JSON object")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise _HttpError(400, "messages must be a non-empty array", param="messages")
        if body.get("model") != MODEL_ID:
            raise _HttpError(404, f"The model `{body.get('model')}` does not exist. This "
                                  f"server serves `{MODEL_ID}`.", code="model_not_found",
                             param="model")
        return body

    async def _send_json(self, writer: asyncio.StreamWriter, status: int, obj: Any,
                         headers: dict[str, str] | None = None) -> None:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        head = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
                "Content-Type: application/json", f"Content-Length: {len(data)}",
                f"x-request-id: {self._request_id()}"]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data)
        await writer.drain()

    def _request_id(self) -> str:
        return "req_" + "".join(self._rng.choices("0123456789abcdef", k=16))

    async def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(self._delay(seconds))

    def _delay(self, seconds: float) -> float:
        j = 1.0 + self._rng.uniform(-self.jitter, self.jitter) if self.jitter else 1.0
        return max(0.0, seconds * j / self.speed)

    # ---- chat completions

    async def _chat(self, p: Personality, body: dict[str, Any],
                    writer: asyncio.StreamWriter) -> None:
        prompt_tokens, completion = requested_tokens(body)
        if prompt_tokens + completion > p.context_window:
            await self._sleep(0.25)  # the server tokenizes before it refuses
            total = prompt_tokens + completion
            raise _HttpError(
                400,
                f"This model's maximum context length is {p.context_window} tokens. However, "
                f"you requested {total} tokens ({prompt_tokens} in the messages, {completion} "
                "in the completion). Please reduce the length of the messages or completion.",
                code="context_length_exceeded", param="messages")
        reply = decide(p, body)
        if body.get("stream"):
            await _Stream(self, p, body, reply, prompt_tokens, writer).run()
        else:
            await self._sleep(p.ttft_s + _count_tokens(reply) / p.tokens_per_s)
            await self._send_json(writer, 200, _whole_response(p, reply, prompt_tokens,
                                                               self._rng))


def _cost(p: Personality, prompt_tokens: int, completion_tokens: int) -> float:
    """What the request cost at the host's prices (OpenRouter's ``usage.cost``)."""
    return round(prompt_tokens * (p.price_in_per_mtok or 0.0) / 1e6
                 + completion_tokens * (p.price_out_per_mtok or 0.0) / 1e6, 10)


def _count_tokens(reply: Reply) -> int:
    n = len(split_tokens(reply.reasoning)) + len(split_tokens(reply.content))
    for _name, args in reply.tool_calls:
        n += len(split_tokens(json.dumps(args))) + 2
    return n


def _tool_id(p: Personality, rng: random.Random) -> str:
    if p.tool_id_style == "ollama":
        return "call_" + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=8))
    if p.tool_id_style == "vllm":
        return "chatcmpl-tool-" + "".join(rng.choices("0123456789abcdef", k=32))
    return "call_" + "".join(rng.choices(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", k=24))


def _whole_response(p: Personality, reply: Reply, prompt_tokens: int,
                    rng: random.Random) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content or None}
    if p.reasoning_field and reply.reasoning:
        message[p.reasoning_field] = reply.reasoning
    if reply.tool_calls:
        message["tool_calls"] = [
            {"id": _tool_id(p, rng), "type": "function",
             "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)}}
            for n, a in reply.tool_calls]
    out: dict[str, Any] = {
        "id": "chatcmpl-" + "".join(rng.choices("0123456789abcdef", k=24)),
        "object": "chat.completion", "created": int(time.time()), "model": MODEL_ID,
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
    }
    if p.usage_style != "none":
        out["usage"] = {"prompt_tokens": prompt_tokens, "completion_tokens": _count_tokens(reply),
                        "total_tokens": prompt_tokens + _count_tokens(reply)}
        if p.sends_cost:
            out["usage"]["cost"] = _cost(p, prompt_tokens, _count_tokens(reply))
    if p.served_by:
        out["provider"] = p.served_by
    return out


class _Stream:
    """One streamed response, paced like the personality's host."""

    def __init__(self, server: SimServer, p: Personality, body: dict[str, Any], reply: Reply,
                 prompt_tokens: int, writer: asyncio.StreamWriter) -> None:
        self.server = server
        self.p = p
        self.body = body
        self.reply = reply
        self.prompt_tokens = prompt_tokens
        self.writer = writer
        self.rng = server._rng
        self.completion_tokens = 0
        self.reasoning_tokens = 0
        self.first_sent = False
        if p.usage_style == "always" and p.served_by:
            self.cid = f"gen-{int(time.time())}-" + "".join(
                self.rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", k=20))
        else:
            self.cid = "chatcmpl-" + "".join(self.rng.choices("0123456789abcdef", k=24))
        self.created = int(time.time())
        self.loop = asyncio.get_running_loop()
        self.next_at = 0.0

    async def run(self) -> None:
        p = self.p
        head = ["HTTP/1.1 200 OK", "Content-Type: text/event-stream", "Cache-Control: no-cache",
                "Transfer-Encoding: chunked", f"x-request-id: {self.server._request_id()}"]
        if p.served_by:
            head.append(f"x-generation-id: {self.cid}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        self.server._streaming.add(self.writer)
        await self.writer.drain()
        await self._body()
        self.server._streaming.discard(self.writer)

    async def _body(self) -> None:
        p, reply = self.p, self.reply
        if p.prefill_role_chunk:
            await self.event(self.chunk({"role": "assistant", "content": ""}))
        await self.wait_first_token()
        self.next_at = self.loop.time()

        if reply.reasoning and p.reasoning_field:
            for piece in split_tokens(reply.reasoning):
                delta: dict[str, Any] = {p.reasoning_field: piece}
                if p.reasoning_field == "reasoning":  # OpenRouter duplicates it
                    delta["reasoning_details"] = [{"type": "reasoning.text", "text": piece,
                                                   "format": "unknown", "index": 0}]
                if p.role_every_chunk or not self.first_sent:
                    delta = {"role": "assistant", "content": "", **delta}
                await self.token(delta, reasoning=True)
        for piece in split_tokens(reply.content):
            delta = {"content": piece}
            if p.role_every_chunk or not self.first_sent:
                delta = {"role": "assistant", **delta}
            await self.token(delta)
        for index, (name, args) in enumerate(reply.tool_calls):
            await self.tool_call(index, name, json.dumps(args, ensure_ascii=False))

        finish = reply.finish_reason
        last: dict[str, Any] = {"role": "assistant", "content": ""} if p.role_every_chunk else {}
        await self.event(self.chunk(last, finish))
        usage = {"prompt_tokens": self.prompt_tokens,
                 "completion_tokens": self.completion_tokens,
                 "total_tokens": self.prompt_tokens + self.completion_tokens}
        if self.reasoning_tokens:
            usage["completion_tokens_details"] = {"reasoning_tokens": self.reasoning_tokens}
        if p.sends_cost:
            usage["cost"] = _cost(p, self.prompt_tokens, self.completion_tokens)
        wants_usage = bool((self.body.get("stream_options") or {}).get("include_usage"))
        if p.usage_style == "final_chunk" and wants_usage:
            obj = self.chunk({}, None)
            obj["choices"] = []
            obj["usage"] = usage
            await self.event(obj)
        elif p.usage_style == "always":
            obj = self.chunk({"role": "assistant", "content": ""}, finish)
            obj["usage"] = usage
            await self.event(obj)
        await self.raw(f"{p.data_prefix}[DONE]{p.line_end}{p.line_end}".encode())
        self.writer.write(b"0\r\n\r\n")
        await self.writer.drain()

    async def wait_first_token(self) -> None:
        ttft = self.server._delay(self.p.ttft_s)
        if self.p.processing_comment:
            end = self.loop.time() + ttft
            while True:
                await self.raw(f"{self.p.processing_comment}{self.p.line_end}{self.p.line_end}"
                               .encode())
                left = end - self.loop.time()
                if left <= 0:
                    break
                await asyncio.sleep(min(left, 0.5 / self.server.speed))
        else:
            await asyncio.sleep(ttft)

    def chunk(self, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": finish}
        if self.p.served_by:
            choice["native_finish_reason"] = finish
            choice["logprobs"] = None
        obj: dict[str, Any] = {"id": self.cid, "object": "chat.completion.chunk",
                               "created": self.created, "model": MODEL_ID}
        if self.p.served_by:
            obj["provider"] = self.p.served_by
        if self.p.system_fingerprint:
            obj["system_fingerprint"] = self.p.system_fingerprint
        obj["choices"] = [choice]
        return obj

    async def pace(self, tokens: int = 1) -> None:
        self.next_at += tokens * self.server._delay(1.0 / self.p.tokens_per_s)
        wait = self.next_at - self.loop.time()
        if wait > 0:
            await asyncio.sleep(wait)

    async def token(self, delta: dict[str, Any], reasoning: bool = False) -> None:
        await self.pace()
        self.completion_tokens += 1
        if reasoning:
            self.reasoning_tokens += 1
        self.first_sent = True
        await self.event(self.chunk(delta))

    async def tool_call(self, index: int, name: str, arguments: str) -> None:
        p = self.p
        call_id = _tool_id(p, self.rng)
        pieces = split_tokens(arguments) or [""]
        head = {"role": "assistant"} if p.role_every_chunk or not self.first_sent else {}
        if p.tool_call_style == "whole":
            await self.pace(len(pieces) + 2)
            self.completion_tokens += len(pieces) + 2
            self.first_sent = True
            await self.event(self.chunk({**head, "tool_calls": [{
                "index": index, "id": call_id, "type": "function",
                "function": {"name": name, "arguments": arguments}}]}))
            return
        await self.pace(2)
        self.completion_tokens += 2
        self.first_sent = True
        await self.event(self.chunk({**head, "tool_calls": [{
            "index": index, "id": call_id, "type": "function",
            "function": {"name": name, "arguments": ""}}]}))
        for piece in pieces:
            await self.pace()
            self.completion_tokens += 1
            call: dict[str, Any] = {"index": index, "function": {"arguments": piece}}
            if p.tool_call_style == "repeat":  # NIM / llama.cpp: id and name every time
                call = {"index": index, "id": call_id, "type": "function",
                        "function": {"name": name, "arguments": piece}}
            delta = {"tool_calls": [call]}
            if p.role_every_chunk:
                delta = {"role": "assistant", **delta}
            await self.event(self.chunk(delta))

    async def event(self, obj: dict[str, Any]) -> None:
        line = self.p.data_prefix + json.dumps(obj, ensure_ascii=False)
        await self.raw((line + self.p.line_end + self.p.line_end).encode("utf-8"))

    async def raw(self, data: bytes) -> None:
        if self.p.split_writes and len(data) > 8:
            # Cut where a careless client breaks: inside a multi-byte character when there is
            # one, else anywhere.
            cuts = [i for i in range(1, len(data)) if 0x80 <= data[i] < 0xC0]
            cut = self.rng.choice(cuts) if cuts else self.rng.randrange(1, len(data))
            for part in (data[:cut], data[cut:]):
                self._write_chunk(part)
                await self.writer.drain()
                await asyncio.sleep(0)
            return
        self._write_chunk(data)
        await self.writer.drain()

    def _write_chunk(self, data: bytes) -> None:
        self.writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")


# ---------------------------------------------------------------------------- thread handle


class ServerThread:
    """An asyncio server (``start()`` / ``stop()``) on its own event loop in a daemon thread,
    for sync code (the CLI, Textual's own loop, a test).  The simulated providers and the
    simulated aggregator both run this way."""

    what = "the simulated server"

    def __init__(self, server: Any, *, name: str = "provtui-sim") -> None:
        self.server = server
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        if not self._ready.is_set():
            raise RuntimeError(f"{self.what} did not start within 10 s")

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.server.start())
        except BaseException as exc:  # noqa: BLE001 - handed to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self.server.stop())
        self._loop.close()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> "ServerThread":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class SimThread(ServerThread):
    """The simulated providers in a thread: ``with SimServer.start_in_thread() as sim:``."""

    what = "the simulated providers"

    def __init__(self, server: SimServer) -> None:
        super().__init__(server, name="provtui-sim")

    @property
    def port(self) -> int:
        return self.server.port

    def base_url(self, personality: str) -> str:
        return self.server.base_url(personality)

