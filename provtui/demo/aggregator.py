"""A simulated OpenRouter in front of the demo's simulated providers, on 127.0.0.1.

It does what a sweep relies on an aggregator for, over real HTTP:

- ``GET /api/v1/models/{author}/{slug}/endpoints``: the endpoints listing of the demo model
  (OpenRouter's shape; one endpoint per simulated provider, with tag, quantization, context
  length, pricing per token as strings, supported parameters, uptime, latency, throughput);
- ``POST /api/v1/chat/completions``: routing by the ``provider`` object (``only``,
  ``allow_fallbacks`` (default true: on an upstream error the next endpoint is tried),
  ``require_parameters`` (an endpoint that does not list every parameter sent is skipped;
  none left is a 404 as on OpenRouter)), then the request is forwarded to the chosen
  simulated provider (provtui.demo.sim) and its stream relayed with OpenRouter's habits: a
  ``provider`` field in every chunk, ``: OPENROUTER PROCESSING`` comments, and ``usage`` with
  ``cost`` (USD, from the endpoint's prices) in a final chunk.

The listing tells two deliberate untruths, both from the seed study, so the demo sweep shows
the observed-vs-advertised evidence: ``small`` advertises 65,536 tokens of context but its
host refuses at 34,000, and the ``asker`` endpoint answers as ``Nvidia`` (the study's free
tier routed to other infrastructure).

It wraps the simulated providers over HTTP; provtui.demo.sim is not modified.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from provtui.demo.sim import ServerThread

__all__ = ["AGG_MODEL", "DemoEndpoint", "DEMO_ENDPOINTS", "AggregatorServer", "AggregatorThread"]

AGG_MODEL = "provtui-sim/nemotron-nano-30b"
"""The demo model's id on the simulated aggregator (author/slug, like OpenRouter's)."""

_MAX_BODY = 16 * 1024 * 1024

# Parameters that ``require_parameters`` checks against an endpoint's supported_parameters.
ROUTED_PARAMS = frozenset({
    "temperature", "top_p", "top_k", "max_tokens", "max_completion_tokens", "stop", "seed",
    "frequency_penalty", "presence_penalty", "repetition_penalty", "min_p", "logprobs",
    "top_logprobs", "response_format", "structured_outputs", "tools", "tool_choice",
    "reasoning", "include_reasoning", "logit_bias", "parallel_tool_calls",
})


@dataclass(frozen=True)
class DemoEndpoint:
    tag: str
    provider_name: str
    upstream: str
    """The simulated provider (sim personality) that serves it."""
    quantization: str | None
    context_length: int
    """Advertised, not necessarily true (see ``small``)."""
    max_completion_tokens: int | None
    prompt_price: str
    completion_price: str
    supported_parameters: tuple[str, ...]
    served_as: str
    """What the ``provider`` field of the stream says."""
    uptime_last_30m: float
    latency_p50_ms: float
    throughput_p50: float

    def listing(self) -> dict[str, Any]:
        return {
            "name": f"{self.provider_name} | {AGG_MODEL}",
            "model_name": "Nemotron Nano 30B (simulated)",
            "context_length": self.context_length,
            "pricing": {"prompt": self.prompt_price, "completion": self.completion_price,
                        "request": "0", "image": "0"},
            "provider_name": self.provider_name,
            "tag": self.tag,
            "quantization": self.quantization,
            "max_completion_tokens": self.max_completion_tokens,
            "max_prompt_tokens": None,
            "supported_parameters": list(self.supported_parameters),
            "status": 0,
            "uptime_last_30m": self.uptime_last_30m,
            "supports_implicit_caching": False,
            "latency_last_30m": {"p50": self.latency_p50_ms, "p75": self.latency_p50_ms * 1.3,
                                 "p90": self.latency_p50_ms * 1.8,
                                 "p99": self.latency_p50_ms * 3},
            "throughput_last_30m": {"p50": self.throughput_p50, "p75": self.throughput_p50 * .9,
                                    "p90": self.throughput_p50 * .7,
                                    "p99": self.throughput_p50 * .4},
        }


_COMMON = ("max_tokens", "temperature", "top_p", "stop", "tools", "tool_choice")

DEMO_ENDPOINTS: tuple[DemoEndpoint, ...] = (
    DemoEndpoint("explorer", "Explorer", "explorer", "bf16", 131_072, 32_768,
                 "0.00000006", "0.00000024", _COMMON + ("seed", "response_format"), "Explorer",
                 99.9, 250.0, 150.0),
    DemoEndpoint("methodical/fp8", "Methodical", "methodical", "fp8", 131_072, 32_768,
                 "0.00000005", "0.0000002", _COMMON + ("seed", "reasoning"), "Methodical",
                 99.5, 550.0, 135.0),
    DemoEndpoint("asker", "Asker", "asker", "unknown", 131_072, None,
                 "0", "0", _COMMON + ("reasoning",), "Nvidia", 97.0, 1450.0, 32.0),
    DemoEndpoint("small", "Small", "small", "fp4", 65_536, 32_768,
                 "0.00000004", "0.00000016", _COMMON, "Small", 99.0, 400.0, 60.0),
)


class _HttpError(Exception):
    def __init__(self, status: int, message: str, metadata: dict[str, Any] | None = None):
        super().__init__(message)
        self.status = status
        err: dict[str, Any] = {"code": status, "message": message}
        if metadata:
            err["metadata"] = metadata
        self.body = {"error": err}


class AggregatorServer:
    """The simulated aggregator.  ``upstream_url(personality)`` gives a simulated provider's
    base URL (``SimThread.base_url``).  ``key``: when set, every request must carry it as a
    Bearer token (401 otherwise).  Tests read ``listing_requests`` / ``chat_bodies`` to see
    exactly what arrived, and may set ``listing_override = (status, bytes)``."""

    def __init__(self, upstream_url: Callable[[str], str], *, host: str = "127.0.0.1",
                 port: int = 0, key: str | None = None,
                 endpoints: tuple[DemoEndpoint, ...] = DEMO_ENDPOINTS,
                 upstream_model: str | None = None) -> None:
        from provtui.demo.sim import MODEL_ID

        self.upstream_url = upstream_url
        self.host, self.port, self.key = host, port, key
        self.endpoints = endpoints
        self.upstream_model = upstream_model or MODEL_ID
        self.listing_override: tuple[int, bytes] | None = None
        self.listing_requests: list[dict[str, Any]] = []
        self.chat_bodies: list[dict[str, Any]] = []
        self.routed: list[str] = []
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._client: Any = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/api/v1"

    async def start(self) -> AggregatorServer:
        import httpx

        self._client = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=5.0))
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()
        await self._client.aclose()
        self._server = None

    async def __aenter__(self) -> AggregatorServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---- HTTP

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                method, path, headers, body = request
                await self._dispatch(method, path, headers, body, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError, ValueError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes,
                        writer: asyncio.StreamWriter) -> None:
        try:
            if self.key and headers.get("authorization") != f"Bearer {self.key}":
                raise _HttpError(401, "No auth credentials found")
            if method == "GET" and path.startswith("/api/v1/models/") \
                    and path.endswith("/endpoints"):
                model = unquote(path[len("/api/v1/models/"):-len("/endpoints")])
                self.listing_requests.append({"path": path, "headers": dict(headers)})
                await self._listing(model, writer)
            elif method == "GET" and path.rstrip("/") == "/api/v1/models":
                await _send_json(writer, 200, {"data": [{"id": AGG_MODEL,
                                                         "context_length": 131_072}]})
            elif method == "POST" and path.rstrip("/") == "/api/v1/chat/completions":
                await self._chat(raw, writer)
            else:
                raise _HttpError(404, f"no route {method} {path} on the simulated aggregator")
        except _HttpError as err:
            await _send_json(writer, err.status, err.body)

    async def _listing(self, model: str, writer: asyncio.StreamWriter) -> None:
        if self.listing_override is not None:
            status, data = self.listing_override
            await _send_raw(writer, status, "application/json", data)
            return
        if model != AGG_MODEL:
            raise _HttpError(404, f"No endpoints found for {model}.")
        await _send_json(writer, 200, {"data": {
            "id": AGG_MODEL, "name": "Nemotron Nano 30B (simulated)", "created": 1_732_500_000,
            "description": "The provtui demo model behind a simulated aggregator.",
            "architecture": {"tokenizer": "Other", "instruct_type": None,
                             "modality": "text->text"},
            "endpoints": [e.listing() for e in self.endpoints]}})

    # ---- routing

    def _candidates(self, body: dict[str, Any], routing: dict[str, Any]) -> list[DemoEndpoint]:
        from provtui.core.endpoints import slug

        cands = list(self.endpoints)
        only = routing.get("only")
        if isinstance(only, list):
            want = {str(o).lower() for o in only}
            cands = [e for e in cands if e.tag.lower() in want or slug(e.provider_name) in want]
            if not cands:
                raise _HttpError(404, "No allowed providers are available for the selected "
                                      "model.", {"requested_providers": list(only)})
        if routing.get("require_parameters") is True:
            needed = {k for k in body if k in ROUTED_PARAMS}
            cands = [e for e in cands if needed <= set(e.supported_parameters)]
            if not cands:
                raise _HttpError(404, "No endpoints found that can handle the requested "
                                      "parameters.", {"parameters": sorted(needed)})
        if routing.get("allow_fallbacks", True) is False:
            cands = cands[:1]
        return cands

    async def _chat(self, raw: bytes, writer: asyncio.StreamWriter) -> None:
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _HttpError(400, "the request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise _HttpError(400, "the request body must be a JSON object")
        self.chat_bodies.append(json.loads(json.dumps(body)))
        if body.get("model") != AGG_MODEL:
            raise _HttpError(400, f"{body.get('model')} is not a valid model ID")
        routing = body.pop("provider", None)
        routing = routing if isinstance(routing, dict) else {}
        cands = self._candidates(body, routing)
        upstream_body = {**body, "model": self.upstream_model}
        if upstream_body.get("stream"):
            upstream_body["stream_options"] = {"include_usage": True}
        last: tuple[int, bytes, DemoEndpoint] | None = None
        for ep in cands:
            url = self.upstream_url(ep.upstream) + "/chat/completions"
            req = self._client.build_request("POST", url, json=upstream_body)
            resp = await self._client.send(req, stream=True)
            if resp.status_code != 200:
                data = await resp.aread()
                await resp.aclose()
                last = (resp.status_code, data, ep)
                continue  # a fallback: the next endpoint (only when allow_fallbacks)
            self.routed.append(ep.tag)
            try:
                if body.get("stream"):
                    await self._relay_stream(resp, ep, writer)
                else:
                    data = json.loads(await resp.aread())
                    data["provider"] = ep.served_as
                    data["model"] = AGG_MODEL
                    if isinstance(data.get("usage"), dict):
                        data["usage"]["cost"] = self._cost(ep, data["usage"])
                    await _send_json(writer, 200, data)
            finally:
                await resp.aclose()
            return
        assert last is not None
        status, data, ep = last
        try:
            message = json.loads(data)["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = data.decode("utf-8", "replace")[:500]
        raise _HttpError(status, message, {"provider_name": ep.provider_name,
                                           "raw": data.decode("utf-8", "replace")[:2000]})

    @staticmethod
    def _cost(ep: DemoEndpoint, usage: dict[str, Any]) -> float:
        p = usage.get("prompt_tokens") or 0
        c = usage.get("completion_tokens") or 0
        return round(p * float(ep.prompt_price) + c * float(ep.completion_price), 10)

    async def _relay_stream(self, resp: Any, ep: DemoEndpoint,
                            writer: asyncio.StreamWriter) -> None:
        head = ["HTTP/1.1 200 OK", "Content-Type: text/event-stream", "Cache-Control: no-cache",
                "Transfer-Encoding: chunked"]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        await _chunk(writer, b": OPENROUTER PROCESSING\n\n")
        chars = 0
        saw_usage = False
        last_id = None
        async for line in resp.aiter_lines():
            line = line.rstrip("\r")
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                break
            try:
                obj = json.loads(data)
            except json.JSONDecodeError:
                continue
            obj["provider"] = ep.served_as
            obj["model"] = AGG_MODEL
            last_id = obj.get("id", last_id)
            for choice in obj.get("choices") or []:
                delta = choice.get("delta") or {}
                for k in ("content", "reasoning", "reasoning_content"):
                    if isinstance(delta.get(k), str):
                        chars += len(delta[k])
            if isinstance(obj.get("usage"), dict):
                saw_usage = True
                obj["usage"]["cost"] = self._cost(ep, obj["usage"])
            await _chunk(writer, f"data: {json.dumps(obj, ensure_ascii=False)}\n\n".encode())
        if not saw_usage:  # the aggregator counts tokens itself when the host sent none
            usage = {"prompt_tokens": 0, "completion_tokens": max(1, chars // 4)}
            usage["total_tokens"] = usage["completion_tokens"]
            usage["cost"] = self._cost(ep, usage)
            obj = {"id": last_id, "object": "chat.completion.chunk", "model": AGG_MODEL,
                   "provider": ep.served_as, "choices": [], "usage": usage}
            await _chunk(writer, f"data: {json.dumps(obj)}\n\n".encode())
        await _chunk(writer, b"data: [DONE]\n\n")
        writer.write(b"0\r\n\r\n")
        await writer.drain()


# ---------------------------------------------------------------------------- wire helpers


async def _read_request(reader: asyncio.StreamReader
                        ) -> tuple[str, str, dict[str, str], bytes] | None:
    line = await reader.readline()
    while line in (b"\r\n", b"\n"):
        line = await reader.readline()
    if not line:
        return None
    parts = line.decode("latin-1").split()
    if len(parts) != 3:
        raise ConnectionError("bad request line")
    headers: dict[str, str] = {}
    while True:
        h = await reader.readline()
        if h in (b"\r\n", b"\n", b""):
            break
        k, _, v = h.decode("latin-1").partition(":")
        headers[k.strip().lower()] = v.strip()
    n = int(headers.get("content-length") or 0)
    if n > _MAX_BODY:
        raise ConnectionError("body too large")
    body = await reader.readexactly(n) if n else b""
    return parts[0], parts[1].split("?", 1)[0], headers, body


async def _send_raw(writer: asyncio.StreamWriter, status: int, ctype: str, data: bytes) -> None:
    head = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}", f"Content-Type: {ctype}",
            f"Content-Length: {len(data)}"]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data)
    await writer.drain()


async def _send_json(writer: asyncio.StreamWriter, status: int, obj: Any) -> None:
    await _send_raw(writer, status, "application/json",
                    json.dumps(obj, ensure_ascii=False).encode("utf-8"))


async def _chunk(writer: asyncio.StreamWriter, data: bytes) -> None:
    writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
    await writer.drain()


class AggregatorThread(ServerThread):
    """The aggregator in a thread, for sync code (the demo CLI, the TUI, a test):
    ``with AggregatorThread(sim.base_url) as agg: agg.base_url``."""

    what = "the simulated aggregator"

    def __init__(self, upstream_url: Callable[[str], str], **kw: Any) -> None:
        super().__init__(AggregatorServer(upstream_url, **kw), name="provtui-aggregator")

    @property
    def base_url(self) -> str:
        return self.server.base_url

