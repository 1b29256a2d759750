"""One streamed chat completion: the request body, chunk normalisation, errors, timing.

Everything a provider does differently is either shaped from ``ProviderConfig`` data
(``build_request_body``) or absorbed *and recorded* by ``TurnAssembler`` (the chunk
normaliser): who served the turn, every raw finish reason, which reasoning fields arrived,
whether tool-call ids had to be generated.  A difference in behaviour is the product's finding,
so nothing here smooths one away silently.

Decisions worth knowing (see also docs/WIRE.md):

- A finish reason followed by EOF is a complete turn, with or without ``[DONE]``.
- ``[DONE]`` without any finish reason is a complete turn with ``finish_reason`` None (the
  provider said it was done; the missing reason is visible in the record), even when nothing
  else came: that empty output is for the analysis (``empty_output``) to flag.
- An ``event: error`` frame, a data event with an ``error`` object (or vLLM's
  ``"object": "error"``), or ``finish_reason: "error"`` on HTTP 200 is a TurnFailed that keeps
  the partial text; a data line that is not JSON is a ``protocol`` failure quoting it.
- EOF (or a dropped connection) with neither a finish reason nor ``[DONE]`` is a failure of kind
  ``network``: the stream was truncated.  The text received so far is kept.
- HTTP 200 with an empty body (llama-cpp-python and LM Studio do this for a context overflow) is
  ``context_length`` when the estimated request size is at least 80% of
  ``provider.context_window``, else ``protocol`` with a message saying so.
- Tool calls that arrive with ``finish_reason`` stop or null are still tool calls; the turn's
  ``finish_reason`` stays what the provider said.  ``finish_reason: length`` with arguments that
  do not parse as JSON sets ``extra["truncated_tool_calls"] = True``.
- Timestamps: every event's ``t`` is ``clock()`` taken right after the chunk came off the
  socket; ``ttft_s`` and ``duration_s`` are measured from the moment the request's first byte
  is written to the connection (httpcore trace); the time spent getting a connection before
  that (pool wait, TCP, TLS) is ``extra["connect_s"]``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

from .chat_assembler import TurnAssembler
from .chat_errors import (
    ERROR_KINDS,
    _error,
    _plain_url,
    _strip_html,
    _transport_error,
    classify_error,
)
from .chat_request import (
    build_request_body,
    chat_url,
    estimate_tokens,
    sanitize_headers,
)
from .config import ProviderConfig, TargetConfig
from .rxstamp import arrival_clock, sent_at
from .events import Event, RawBytes, ResponseStarted, TurnFailed, TurnStarted
from .sse import SSEParser

# Every byte count below is of decoded bytes (after gzip/deflate/br), counted as they stream:
# a small compressed body cannot expand past these.
MAX_RESPONSE_BYTES = 4 * 1024 * 1024 * 1024
"""A streamed chat response is read up to 4 GiB decoded (the text cap ends a real answer far
earlier; this bounds a stream of keep-alives, ignored events or a decompression bomb)."""
MAX_ERROR_BODY_BYTES = 1024 * 1024
"""An HTTP error body, or a body that is not an event stream, is read up to 1 MiB."""
MAX_MODELS_BYTES = 16 * 1024 * 1024
"""``doctor``'s /models reply is read up to 16 MiB."""


async def read_capped(response: httpx.Response, cap: int) -> tuple[bytes, bool]:
    """The response body (decoded) up to ``cap`` bytes, and whether it was longer.  Stops
    reading at the cap: neither memory nor time grows with a hostile body."""
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        take = chunk[: cap - size]
        parts.append(take)
        size += len(take)
        if size >= cap and len(chunk) > len(take):
            return b"".join(parts), True
    return b"".join(parts), False

__all__ = [
    "ERROR_KINDS",
    "TurnAssembler",
    "build_request_body",
    "chat_url",
    "classify_error",
    "estimate_tokens",
    "fetch_models",
    "sanitize_headers",
    "stream_chat",
]



def _request_tokens(body: dict) -> int:
    return estimate_tokens(json.dumps(
        [body.get("messages"), body.get("tools")], ensure_ascii=False))


def _empty_stream_error(body: dict, provider: ProviderConfig) -> dict:
    est = _request_tokens(body)
    window = provider.context_window
    why = ("the server sent an empty stream (HTTP 200, no events); llama-cpp-python and "
           "LM Studio answer a context overflow this way")
    if window and est >= 0.8 * window:
        return _error("context_length", f"{why}, and the request is about {est} tokens "
                      f"(estimated) for a context window of {window}", context_limit=window)
    hint = (f" (request about {est} tokens estimated)" if not window else
            f" (request about {est} tokens estimated, context window {window})")
    return _error("protocol", why + hint)


async def stream_chat(client: httpx.AsyncClient, target: TargetConfig, body: dict, *,
                      run: int, turn: int, api_key: str | None, attempt: int = 0,
                      clock: Callable[[], float] = time.monotonic) -> AsyncIterator[Event]:
    """Send one streamed chat completion and yield its events.

    Yields TurnStarted, ResponseStarted, RawBytes (first ``raw_capture_bytes``), the deltas,
    then exactly one TurnFinished or TurnFailed.  Provider and network problems become
    TurnFailed with the partial output kept; only ``asyncio.CancelledError`` propagates.
    """
    provider = target.provider
    url = chat_url(provider)
    headers = {"Content-Type": "application/json", "Accept": "text/event-stream",
               **provider.headers}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    timeout = httpx.Timeout(connect=provider.connect_timeout_s, read=provider.read_timeout_s,
                            write=provider.read_timeout_s, pool=None)
    yield TurnStarted(run, clock(), turn, body, _plain_url(url), attempt)  # no user:pass@ saved
    asm: TurnAssembler | None = None
    # The request counts as sent when its first byte is written to the connection (httpcore's
    # trace hook), so pool waits, TCP and TLS setup, and other streams keeping the event loop
    # busy are not billed to the provider's ttft; that setup time is kept as extra.connect_s.
    written: list[float] = []

    async def trace(name: str, info: Any) -> None:
        if not written and name.endswith("send_request_headers.started"):
            written.append(clock())

    t_start = clock()
    try:
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = client.build_request("POST", url, content=content, headers=headers,
                                       timeout=timeout, extensions={"trace": trace})
        t_start = clock()
        response = await client.send(request, stream=True)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure to send becomes a TurnFailed
        t = clock()
        yield TurnFailed(run, t, turn, _transport_error(exc, provider, "before the response"),
                         "", "", None, t - (written[0] if written else t_start))
        return
    try:
        t_headers = clock()
        t_send = sent_at(response, clock) or (written[0] if written else t_start)
        yield ResponseStarted(run, t_headers, turn, response.status_code,
                              sanitize_headers(response.headers))
        asm = TurnAssembler(run=run, turn=turn, t_send=t_send,
                            tool_id_style=provider.tool_id_style)
        asm.extra["connect_s"] = round(t_send - t_start, 6)
        request_id = (response.headers.get("x-request-id")
                      or response.headers.get("request-id")
                      or response.headers.get("x-amzn-requestid"))
        if request_id:
            asm.extra["x_request_id"] = request_id
        raw_left = max(0, provider.raw_capture_bytes)
        t_last = t_headers
        eof_error: dict | None = None

        if not 200 <= response.status_code < 300:
            parts: list[bytes] = []
            size = 0
            try:
                async for chunk in response.aiter_bytes():
                    t_last = clock()
                    if raw_left and chunk:
                        piece = chunk[:raw_left]
                        raw_left -= len(piece)
                        yield RawBytes(run, t_last, turn, piece.decode("latin-1"))
                    parts.append(chunk[: MAX_ERROR_BODY_BYTES - size])
                    size += len(parts[-1])
                    if size >= MAX_ERROR_BODY_BYTES:
                        break  # the status and the first MiB say enough
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - keep what arrived; the status says enough
                t_last = clock()
            text = b"".join(parts).decode("utf-8", "replace")
            err = classify_error(response.status_code, text, response.headers)
            yield asm.failed(t_last, err)
            return

        parser = SSEParser()
        head: list[bytes] = []  # body kept until the first SSE event: maybe it is not SSE
        head_size = 0
        received = 0
        arrived = arrival_clock(response, clock)  # the kernel's arrival stamp where there is one
        try:
            async for chunk in response.aiter_bytes():
                t = arrived()
                t_last = t
                if not chunk:
                    continue
                received += len(chunk)
                if raw_left:
                    piece = chunk[:raw_left]
                    raw_left -= len(piece)
                    yield RawBytes(run, t, turn, piece.decode("latin-1"))
                if parser.events == 0 and head_size < MAX_ERROR_BODY_BYTES:
                    head.append(chunk)
                    head_size += len(chunk)
                for ev in parser.feed(chunk):
                    for out in asm.feed(ev, t):
                        yield out
                    if asm.failure is not None or asm.done:
                        break
                if parser.overflow is not None and asm.failure is None:
                    asm.failure = _error("protocol", f"{parser.overflow} (provtui's cap for one "
                                         "line or event); stopped reading; what came before "
                                         "it is kept")
                elif received > MAX_RESPONSE_BYTES and asm.failure is None:
                    asm.failure = _error("protocol", f"the response passed "
                                         f"{MAX_RESPONSE_BYTES / 2**20:g} MiB (decoded) "
                                         "without ending; stopped reading; what came is kept")
                if asm.failure is not None or asm.done:
                    break
            else:
                t_last = clock()
                for ev in parser.close():
                    for out in asm.feed(ev, t_last):
                        yield out
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - network trouble mid-stream
            t_last = clock()
            eof_error = _transport_error(exc, provider, "mid-stream")

        if parser.comments:
            asm.extra["comments"] = parser.comments
        if asm.failure is None and not asm.done and asm.data_events == 0 and eof_error is None:
            # Not an event stream at all: a whole JSON completion or error, HTML, or nothing.
            raw = b"".join(head).decode("utf-8", "replace")
            stripped = raw.strip()
            if not stripped:
                yield asm.failed(t_last, _empty_stream_error(body, provider))
                return
            try:
                obj = json.loads(stripped)
            except ValueError:
                obj = None
            if isinstance(obj, dict) and (obj.get("error") or obj.get("object") == "error"):
                yield asm.failed(t_last, classify_error(None, stripped, response.headers))
                return
            if isinstance(obj, dict) and isinstance(obj.get("choices"), list):
                asm.extra["not_streamed"] = True
                for out in asm.feed_chunk(obj, t_last):
                    yield out
                asm.done = True
                yield asm.outcome(t_last)
                return
            text = _strip_html(stripped) if "<" in stripped else stripped
            yield asm.failed(t_last, _error(
                "protocol", f"HTTP {response.status_code} but the body is not an event "
                f"stream: {text}", response.status_code))
            return
        if (asm.failure is None and not asm.done and asm.finish_reason_raw is None
                and parser.stray_lines and eof_error is None):
            eof_error = _error("protocol", "the stream ended without a finish reason, after "
                               "text that is not SSE: " + _strip_html(parser.stray_text))
        yield asm.outcome(t_last, eof_error=eof_error)
    finally:
        await response.aclose()


async def fetch_models(client: httpx.AsyncClient, provider: ProviderConfig,
                       api_key: str | None) -> tuple[bool, str]:
    """GET ``base_url + models_path`` for ``provtui doctor``: (ok, one-line detail)."""
    url = provider.base_url.rstrip("/") + provider.models_path
    headers = dict(provider.headers)
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    timeout = httpx.Timeout(connect=provider.connect_timeout_s,
                            read=min(provider.read_timeout_s, 30.0), write=10.0, pool=None)
    try:
        async with client.stream("GET", url, headers=headers, timeout=timeout) as response:
            body, longer = await read_capped(
                response, MAX_MODELS_BYTES if response.status_code == 200
                else MAX_ERROR_BODY_BYTES)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001
        err = classify_error(None, "", None, exc)
        return False, f"{url}: {err['message']}"
    text = body.decode("utf-8", "replace")
    if response.status_code != 200:
        err = classify_error(response.status_code, text, response.headers)
        return False, f"{url}: {err['kind']}: {err['message']}"
    if longer:
        return False, (f"{url}: HTTP 200 but the reply passed {MAX_MODELS_BYTES / 2**20:g} MiB; "
                       "stopped reading (is models_path right?)")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return False, f"{url}: HTTP 200 but the body is not JSON"
    models = data.get("data") if isinstance(data, dict) else data
    if isinstance(models, list):
        return True, f"{url}: HTTP 200, {len(models)} models"
    return True, f"{url}: HTTP 200"
