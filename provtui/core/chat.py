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
import copy
import email.utils
import html
import json
import math
import re
import secrets
import string
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any

import httpx

from .config import ProviderConfig, TargetConfig, secret_values
from .rxstamp import arrival_clock, sent_at
from .events import (
    Event,
    RawBytes,
    ReasoningDelta,
    ResponseStarted,
    TextDelta,
    ToolCallDelta,
    TurnFailed,
    TurnFinished,
    TurnStarted,
)
from .sse import SSEEvent, SSEParser

__all__ = [
    "build_request_body",
    "stream_chat",
    "classify_error",
    "sanitize_headers",
    "estimate_tokens",
    "fetch_models",
    "TurnAssembler",
    "chat_url",
    "ERROR_KINDS",
]

ERROR_KINDS = ("context_length", "rate_limited", "auth", "not_found", "bad_request",
               "tools_unsupported", "server_error", "timeout", "network", "protocol", "mcp",
               "tool_loop_limit", "cancelled")

_MESSAGE_CAP = 600
_FINISH_MAP = {"stop": "stop", "eos": "stop", "end_turn": "stop", "stop_sequence": "stop",
               "length": "length", "max_tokens": "length", "tool_calls": "tool_calls",
               "function_call": "tool_calls", "tool_use": "tool_calls",
               "content_filter": "content_filter", "error": "error"}
# One chunk is decoded per streamed event: raw_decode on the stripped text skips json.loads'
# two whitespace regex scans (about a fifth of a chunk's decode time).
_decode_json = json.JSONDecoder().raw_decode
_COMPACT_PIECES = 4096


# ---------------------------------------------------------------------------- request side


def chat_url(provider: ProviderConfig) -> str:
    return provider.base_url.rstrip("/") + "/chat/completions"


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains",
               "propertyNames", "additionalItems", "unevaluatedItems", "unevaluatedProperties")
_SCHEMA_MANY = ("anyOf", "allOf", "oneOf", "prefixItems")


def _drop_schema_keywords(schema: Any, drop: frozenset[str]) -> Any:
    """Remove JSON-Schema keywords in ``drop`` at every level, but never a *property* that
    happens to be called ``format`` or ``pattern``: names under ``properties`` are data."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in drop:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _drop_schema_keywords(sub, drop) for name, sub in value.items()}
        elif key in _SCHEMA_ONE and isinstance(value, dict):
            out[key] = _drop_schema_keywords(value, drop)
        elif key in _SCHEMA_MANY + ("items",) and isinstance(value, list):
            out[key] = [_drop_schema_keywords(sub, drop) for sub in value]
        else:
            out[key] = copy.deepcopy(value)
    return out


def _deep_merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _deep_merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def build_request_body(target: TargetConfig, messages: list[dict], tools: list[dict] | None,
                       params: dict) -> dict:
    """The JSON body for one streamed chat completion, shaped by the provider's data.

    Order of precedence (later wins): target.params, session ``params``, the core fields
    (model, messages, stream), then provider.extra_body and target.extra_body deep-merged.
    ``max_tokens``/``max_completion_tokens`` are renamed to ``provider.max_tokens_field``.
    ``parallel_tool_calls`` is only sent with tools (OpenAI rejects it without them).
    The inputs are copied, so later changes to ``messages`` do not alter a recorded request.
    """
    provider = target.provider
    body: dict[str, Any] = {}
    body.update(copy.deepcopy(dict(target.params)))
    body.update(copy.deepcopy(dict(params or {})))
    field = provider.max_tokens_field
    for name in ("max_tokens", "max_completion_tokens"):
        if name != field and name in body:
            value = body.pop(name)
            body.setdefault(field, value)
    body["model"] = target.model
    body["messages"] = copy.deepcopy(list(messages))
    body["stream"] = True
    if tools:
        drop = frozenset(provider.tool_schema_drop)
        shaped = []
        for tool in tools:
            tool = copy.deepcopy(tool)
            fn = tool.get("function") if isinstance(tool, dict) else None
            if drop and isinstance(fn, dict) and isinstance(fn.get("parameters"), dict):
                fn["parameters"] = _drop_schema_keywords(fn["parameters"], drop)
            shaped.append(tool)
        body["tools"] = shaped
        if provider.parallel_tool_calls is not None:
            body["parallel_tool_calls"] = provider.parallel_tool_calls
    else:
        body.pop("tools", None)
        body.pop("tool_choice", None)
    if provider.stream_options:
        opts = body.get("stream_options") if isinstance(body.get("stream_options"), dict) else {}
        body["stream_options"] = {**opts, "include_usage": True}
    _deep_merge(body, provider.extra_body)
    _deep_merge(body, target.extra_body)
    return body


def estimate_tokens(text: str) -> int:
    """Rough token count: UTF-8 bytes / 4, rounded up.

    About 4 characters per token for English with BPE tokenizers; a CJK character (3 bytes)
    counts as ~0.75 token, close to what those tokenizers do.  Only for pre-flight warnings and
    for ``output_tokens`` when a provider sent no usage (marked as estimated)."""
    if not text:
        return 0
    return math.ceil(len(text.encode("utf-8", "replace")) / 4)


# ---------------------------------------------------------------------------- headers


_SECRET_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "cookie", "set-cookie",
                             "proxy-authorization", "x-goog-api-key"})


def sanitize_headers(headers: Any) -> dict[str, str]:
    """Headers safe to record: credentials and cookies dropped, and any header whose value
    contains a configured key value dropped too (some proxies echo the key back)."""
    if headers is None:
        return {}
    if hasattr(headers, "multi_items"):
        items = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = list(headers.items())
    else:
        items = list(headers)
    secrets_now = secret_values()
    out: dict[str, str] = {}
    for name, value in items:
        name = str(name).lower()
        value = str(value)
        if name in _SECRET_HEADERS or any(s in value for s in secrets_now):
            continue
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


# ---------------------------------------------------------------------------- errors


_CONTEXT_RE = re.compile(
    r"context[ _-]?(?:length|window|size)|maximum context|context_length_exceeded|"
    r"too many tokens|prompt is too long|input is too long|too long for the model|"
    r"reduce the length of the messages|exceed_context_size|exceeds? (?:the )?(?:model'?s? )?"
    r"(?:maximum|max) (?:context|input|sequence|prompt)|maximum (?:input|prompt|sequence) "
    r"length|request too large|payload too large|n_ctx|tokens \+ `?max_new_tokens",
    re.I)
_LIMIT_RES = [re.compile(p, re.I) for p in (
    r"maximum context length (?:is|of)\s*(\d[\d,]*)",
    r"context (?:size|window|length)[^\d\n]{0,40}?\(?(\d[\d,]*)\s*tokens",
    r"(\d[\d,]*)[- ]token context",
    r"context(?:_length|_window| length| window)?\"?\s*[:=]\s*(\d[\d,]*)",
    r"\"?n_ctx\"?\s*[:=]?\s*(\d+)",
    r"tokens?\s*>\s*(\d[\d,]*)\s*maximum",
    r"(\d[\d,]*) maximum context length",
    r"must be <=\s*(\d+)",
    r"maximum (?:input|prompt|sequence) length (?:is|of)\s*(\d[\d,]*)",
    r"(?:limit|maximum) (?:is|of)\s*(\d[\d,]*)\s*tokens",
    r"max(?:imum)?_?(?:model_)?len(?:gth)?\s*[:=(]?\s*(\d[\d,]*)",
)]
_TOOLS_RE = re.compile(
    r"does not support (?:tools|tool[ _]?(?:use|calling|calls)|function[ _]?calling|functions)"
    r"|(?:tools?|tool[ _]?(?:use|calling|calls)|function[ _]?calling) (?:is |are )?"
    r"(?:not supported|unsupported|not available)|no endpoints found that support tool"
    r"|tool_use_failed|does not support the ['\"]?tools",
    re.I)
_RATE_RE = re.compile(r"rate[ _-]?limit|too many requests|quota|throttl", re.I)
_AUTH_RE = re.compile(r"invalid (?:api[ _-]?key|token|authentication)|incorrect api key|"
                      r"unauthori[sz]ed|authentication|no auth credentials|api key", re.I)
_NOT_FOUND_RE = re.compile(r"model[^.\n]{0,80}(?:not found|does not exist|not exist|unknown)|"
                           r"not a valid model|no such model|unknown model", re.I)
_RETRY_BODY_RE = re.compile(
    r"(?:try again|retry|retrying) (?:in|after)\s*((?:\d+(?:\.\d+)?(?:ms|h|m|s)(?![a-z]))+|"
    r"\d+(?:\.\d+)?)\s*(milliseconds?|seconds?|secs?|minutes?|mins?)?"
    r"|\"?retry_?delay\"?\s*[:=]\s*\"?(\d+(?:\.\d+)?)s?",
    re.I)
_UNIT_SECONDS = {"millisecond": 0.001, "second": 1.0, "sec": 1.0, "minute": 60.0, "min": 60.0,
                 "s": 1.0}
_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")


def _parse_duration(text: str) -> float | None:
    """``"6m0s"``, ``"1.5s"``, ``"20ms"``, ``"2"`` -> seconds."""
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    total, pos = 0.0, 0
    for m in _DURATION_RE.finditer(text):
        if m.start() != pos:
            return None
        value, unit = float(m.group(1)), m.group(2)
        total += value * {"ms": 0.001, "h": 3600.0, "m": 60.0, "s": 1.0}[unit]
        pos = m.end()
    return total if pos == len(text) and pos else None


def _seconds_from_reset(value: str, now: float) -> float | None:
    """A reset header: a duration, or an epoch time in s or ms."""
    secs = _parse_duration(value)
    if secs is None:
        return None
    if secs > 1e12:  # epoch milliseconds (OpenRouter X-RateLimit-Reset)
        return max(0.0, secs / 1000.0 - now)
    if secs > 1e9:
        return max(0.0, secs - now)
    return secs


def _retry_after(headers: Mapping[str, str] | None, body_text: str,
                 obj: Any) -> float | None:
    now = time.time()
    h = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    if "retry-after-ms" in h:
        with_ms = _parse_duration(h["retry-after-ms"])
        if with_ms is not None:
            return with_ms / 1000.0
    if "retry-after" in h:
        value = h["retry-after"].strip()
        secs = _parse_duration(value)
        if secs is not None:
            return max(0.0, secs)
        try:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - now)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    # OpenRouter puts the upstream's rate-limit headers inside the error body.
    meta_headers = None
    if isinstance(obj, dict) and isinstance(obj.get("error"), dict):
        meta = obj["error"].get("metadata")
        if isinstance(meta, dict) and isinstance(meta.get("headers"), dict):
            meta_headers = {str(k).lower(): str(v) for k, v in meta["headers"].items()}
    for source in (h, meta_headers or {}):
        candidates = []
        for name in ("x-ratelimit-reset-requests", "x-ratelimit-reset-tokens",
                     "x-ratelimit-reset", "ratelimit-reset", "x-rate-limit-reset"):
            if name in source:
                secs = _seconds_from_reset(source[name], now)
                if secs is not None:
                    candidates.append(secs)
        if candidates:
            return max(candidates)
    m = _RETRY_BODY_RE.search(body_text or "")
    if m:
        if m.group(1):
            return _parse_duration(m.group(1)) if m.group(2) is None else \
                float(m.group(1)) * _UNIT_SECONDS[m.group(2).lower().rstrip("s") or "s"]
        return float(m.group(3))
    return None


def _strip_html(text: str) -> str:
    """An HTML error page as one readable line: its title, then its visible text."""
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
    body = re.sub(r"<(script|style|head)[^>]*>.*?</\1>", " ", text, flags=re.I | re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    body = html.unescape(re.sub(r"\s+", " ", body)).strip()
    if title:
        t = html.unescape(re.sub(r"\s+", " ", title.group(1))).strip()
        while t and body.startswith(t):  # the <h1> usually repeats the title
            body = body[len(t):].strip()
        return f"{t}: {body}" if body else t
    return body


def _flatten_message(value: Any) -> str:
    """A readable message from whatever shape an error body used."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict) and "msg" in item:  # FastAPI / Mistral 422 detail
                loc = ".".join(str(x) for x in item.get("loc", []) if x != "body")
                parts.append(f"{loc}: {item['msg']}" if loc else str(item["msg"]))
            else:
                parts.append(_flatten_message(item))
        return "; ".join(p for p in parts if p)
    if isinstance(value, dict):
        for key in ("message", "detail", "msg", "error", "description"):
            if key in value:
                return _flatten_message(value[key])
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _error_message(obj: Any, body_text: str) -> str:
    if isinstance(obj, dict):
        err = obj.get("error")
        msg = _flatten_message(err) if err is not None else ""
        if not msg:
            msg = _flatten_message(obj.get("message") or obj.get("detail"))
        # OpenRouter wraps the upstream's own words in error.metadata.raw.
        if isinstance(err, dict) and isinstance(err.get("metadata"), dict):
            meta = err["metadata"]
            raw = meta.get("raw")
            if raw:
                raw_text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
                try:
                    raw_text = _error_message(json.loads(raw_text), raw_text) or raw_text
                except (ValueError, TypeError):
                    pass
                if raw_text not in msg:
                    msg = f"{msg} ({raw_text})" if msg else raw_text
            if meta.get("provider_name"):
                msg = f"{msg} [from {meta['provider_name']}]"
        if msg:
            return msg
        return json.dumps(obj, ensure_ascii=False)
    text = body_text or ""
    if re.search(r"<\s*(html|body|head|title|h1|!doctype)", text, re.I):
        return _strip_html(text)
    return text.strip()


def _cap(text: str, limit: int = _MESSAGE_CAP) -> str:
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _context_limit(text: str, obj: Any) -> int | None:
    if isinstance(obj, dict):
        err = obj.get("error") if isinstance(obj.get("error"), dict) else obj
        for key in ("n_ctx", "context_length", "context_window", "max_context_length"):
            value = err.get(key) if isinstance(err, dict) else None
            if isinstance(value, int) and value > 0:
                return value
    for rx in _LIMIT_RES:
        m = rx.search(text)
        if m:
            try:
                value = int(m.group(1).replace(",", ""))
            except ValueError:
                continue
            if value >= 16:
                return value
    return None


def _exception_error(exc: BaseException) -> tuple[str, str]:
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, asyncio.CancelledError):
        return "cancelled", "cancelled"
    if isinstance(exc, httpx.ConnectTimeout):
        return "timeout", f"could not connect in time ({detail})"
    if isinstance(exc, httpx.ReadTimeout):
        return "timeout", f"no bytes received within the read timeout ({detail})"
    if isinstance(exc, (httpx.TimeoutException, asyncio.TimeoutError, TimeoutError)):
        return "timeout", f"timed out ({detail})"
    if isinstance(exc, httpx.ConnectError):
        return "network", f"could not connect: {detail}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "network", f"the server closed the connection early: {detail}"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return "bad_request", f"invalid URL; check base_url in the config: {detail}"
    if isinstance(exc, (httpx.TransportError, OSError)):
        return "network", f"{type(exc).__name__}: {detail}"
    return "protocol", f"{type(exc).__name__}: {detail}"


def classify_error(status: int | None, body_text: str, headers: Mapping[str, str] | None,
                   exc: BaseException | None = None) -> dict:
    """The CONTRACT §3 error dict for an HTTP error, an in-stream error or an exception:
    ``{"kind", "message", "http_status", "retry_after_s", "context_limit"}``."""
    body_text = body_text or ""
    obj: Any = None
    stripped = body_text.strip()
    if stripped[:1] in ("{", "["):
        try:
            obj = json.loads(stripped)
        except ValueError:
            obj = None
    if exc is not None and not body_text:
        kind, message = _exception_error(exc)
        return {"kind": kind, "message": _cap(message), "http_status": status,
                "retry_after_s": None, "context_limit": None}
    message = _error_message(obj, body_text)
    # The structured code/type fields carry the same meaning as the words.
    codes = ""
    if isinstance(obj, dict):
        err = obj.get("error") if isinstance(obj.get("error"), dict) else obj
        codes = " ".join(str(err.get(k, "")) for k in ("code", "type", "status"))
    haystack = f"{message} {codes}"
    if isinstance(obj, dict):
        haystack += " " + json.dumps(obj, ensure_ascii=False)[:4000]
    kind: str
    if _TOOLS_RE.search(haystack):
        kind = "tools_unsupported"
    elif status == 413 or _CONTEXT_RE.search(haystack) and not _RATE_RE.search(message):
        kind = "context_length"
    elif status == 429 or (status is None and _RATE_RE.search(haystack)):
        kind = "rate_limited"
    elif status in (401, 403):
        kind = "auth"
    elif status == 404:
        kind = "not_found"
    elif status in (400, 422) and _NOT_FOUND_RE.search(message):
        kind = "not_found"
    elif status in (400, 422) and _AUTH_RE.search(message) and "key" in message.lower():
        kind = "auth"
    elif status == 408:
        kind = "timeout"
    elif status is not None and 400 <= status < 500:
        kind = "bad_request"
    elif status is not None and status >= 500:
        kind = "server_error"
    elif exc is not None:
        kind = _exception_error(exc)[0]
    elif status is None:
        # An in-stream error on HTTP 200: the provider failed while generating.
        code = None
        if isinstance(obj, dict):
            err = obj.get("error") if isinstance(obj.get("error"), dict) else obj
            code = err.get("code") if isinstance(err, dict) else None
        if isinstance(code, int) and 400 <= code < 500 and code != 429:
            kind = "bad_request"
        elif code == 429 or _RATE_RE.search(haystack):
            kind = "rate_limited"
        else:
            kind = "server_error"
    else:
        kind = "protocol"
    if not message:
        message = (f"HTTP {status} with an empty body" if status is not None
                   else "the provider reported an error without a message")
    if status is not None and not message.startswith(f"HTTP {status}"):
        message = f"HTTP {status}: {message}"
    return {
        "kind": kind,
        "message": _cap(message),
        "http_status": status,
        "retry_after_s": _retry_after(headers, body_text, obj),
        "context_limit": _context_limit(haystack, obj) if kind == "context_length" else None,
    }


def _error(kind: str, message: str, status: int | None = None, **more: Any) -> dict:
    return {"kind": kind, "message": _cap(message), "http_status": status,
            "retry_after_s": more.get("retry_after_s"),
            "context_limit": more.get("context_limit")}


# ---------------------------------------------------------------------------- normaliser


_ALNUM = string.ascii_letters + string.digits


def _new_tool_id(style: str | None, taken: set[str]) -> str:
    while True:
        if style == "mistral9":
            new = "".join(secrets.choice(_ALNUM) for _ in range(9))
        else:
            new = "call_" + secrets.token_hex(12)
        if new not in taken:
            return new


class _Slot:
    __slots__ = ("n", "id", "name", "args", "raw_index", "args_object")

    def __init__(self, n: int, raw_index: int | None):
        self.n = n
        self.id: str | None = None
        self.name: str | None = None
        self.args: list[str] = []
        self.raw_index = raw_index
        self.args_object = False


class TurnAssembler:
    """Turns parsed SSE events of one turn into delta events and the final record.

    No I/O: ``stream_chat`` feeds it, tests and fuzzers can too.  ``feed(sse_event, t)`` returns
    the delta events; ``failure`` is set once the stream reported an error or became unreadable
    (the caller stops reading); ``done`` is set at ``[DONE]``.
    """

    def __init__(self, *, run: int, turn: int, t_send: float,
                 tool_id_style: str | None = None) -> None:
        self.run = run
        self.turn = turn
        self.t_send = t_send
        self.tool_id_style = tool_id_style
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self._loose = [0, 0]  # content, reasoning pieces appended since the last join
        self.slots: list[_Slot] = []
        self._by_raw_index: dict[int, _Slot] = {}
        self.raw_finish_reasons: list[str] = []
        self.finish_reason_raw: str | None = None
        self.usage: dict | None = None
        self.served_by: str | None = None
        self.response_model: str | None = None
        self.system_fingerprint: str | None = None
        self.extra: dict[str, Any] = {}
        self.ttft_t: float | None = None
        self.done = False
        self.failure: dict | None = None
        self.data_events = 0
        self.chunks = 0

    # ---- helpers

    def _note(self, key: str, value: Any) -> None:
        seen = self.extra.setdefault(key, [])
        if value not in seen:
            seen.append(value)

    def _life(self, t: float) -> None:
        if self.ttft_t is None:
            self.ttft_t = t

    # ---- feeding

    def feed(self, ev: SSEEvent, t: float) -> list[Event]:
        if self.failure is not None or self.done:
            return []
        data = ev.data
        if ev.event == "error":
            self.data_events += 1
            self._fail_from_payload(data, "event: error")
            return []
        stripped = data.strip()
        if not stripped:
            return []
        self.data_events += 1
        if stripped == "[DONE]":
            self.done = True
            return []
        try:
            obj, end = _decode_json(stripped)
            if end != len(stripped):
                raise ValueError("extra data after the JSON value")
        except ValueError:
            text = _strip_html(stripped) if "<" in stripped else stripped
            self.failure = _error("protocol", f"the stream contained a data line that is not "
                                  f"JSON: {text}")
            return []
        if not isinstance(obj, dict) or not (
                "choices" in obj or "usage" in obj or "x_groq" in obj or "error" in obj
                or obj.get("object") == "error"):
            # JSON, but not a chat chunk: counted and sampled so a stream made only of these
            # (a base_url that is not a chat endpoint) fails readably in outcome()
            self.extra["ignored_events"] = self.extra.get("ignored_events", 0) + 1
            self.extra.setdefault("ignored_sample", stripped[:200])
            return []
        return self.feed_chunk(obj, t)

    def _fail_from_payload(self, data: str, where: str) -> None:
        err = classify_error(None, data, None)
        if not data.strip():
            err["message"] = f"the provider sent {where} with no details"
        self.failure = err

    def feed_chunk(self, obj: dict, t: float) -> list[Event]:
        """One decoded chunk (a ``chat.completion.chunk`` or a whole ``chat.completion``)."""
        self.chunks += 1
        out: list[Event] = []
        error = obj.get("error")
        is_error = bool(error) or obj.get("object") == "error"
        self._metadata(obj)
        choices = obj.get("choices")
        if isinstance(choices, list):
            for choice in choices:
                if not isinstance(choice, dict):
                    continue
                idx = choice.get("index", 0)
                if idx not in (0, None):
                    self.extra["other_choices"] = True
                    continue
                delta = choice.get("delta")
                if not isinstance(delta, dict):
                    delta = choice.get("message")  # a server that ignored stream=True
                if isinstance(delta, dict):
                    self._delta(delta, t, out)
                fr = choice.get("finish_reason")
                if isinstance(fr, str) and fr:
                    if fr not in self.raw_finish_reasons:
                        self.raw_finish_reasons.append(fr)
                    self.finish_reason_raw = fr
        if is_error:
            self.failure = classify_error(None, json.dumps(obj, ensure_ascii=False), None)
        return out

    def _metadata(self, obj: dict) -> None:
        # Every chunk repeats the same model/provider/fingerprint: comparing with what is
        # already known first keeps this to a few lookups per chunk.
        get = obj.get
        provider = get("provider")
        if provider != self.served_by and isinstance(provider, str) and provider:
            if self.served_by is None:
                self.served_by = provider
            else:
                self._note("served_by_all", self.served_by)
                self._note("served_by_all", provider)
        model = get("model")
        if model != self.response_model and isinstance(model, str) and model:
            if self.response_model is None:
                self.response_model = model
            else:
                self._note("response_models", model)
        fp = get("system_fingerprint")
        if fp != self.system_fingerprint and isinstance(fp, str) and fp:
            if self.system_fingerprint is None:
                self.system_fingerprint = fp
            else:
                self._note("system_fingerprints", fp)
        if "generation_id" not in self.extra:
            gen = get("id")
            if isinstance(gen, str) and gen:
                self.extra["generation_id"] = gen
        usage = get("usage")
        if not (usage and isinstance(usage, dict)):
            x_groq = get("x_groq")
            usage = x_groq.get("usage") if x_groq and isinstance(x_groq, dict) else None
            if usage and isinstance(usage, dict):
                self._note("usage_placement", "x_groq")
        if usage and isinstance(usage, dict):
            self.usage = usage  # cumulative on every server that repeats it: last wins

    def _delta(self, delta: dict, t: float, out: list[Event] | None = None) -> list[Event]:
        # appends to the caller's list: one list per chunk, not two
        if out is None:
            out = []
        # Reasoning: one field per delta, so a proxy duplicating the text is counted once.
        rc, rs = delta.get("reasoning_content"), delta.get("reasoning")
        details = delta.get("reasoning_details")
        text: str | None = None
        if not (rc or rs or details):
            pass  # the usual content-only delta: none of the reasoning checks below apply
        elif isinstance(rc, str) and rc:
            text = rc
            self._note("reasoning_fields", "reasoning_content")
            if isinstance(rs, str) and rs:
                self._note("reasoning_fields", "reasoning")
        elif isinstance(rs, str) and rs:
            text = rs
            self._note("reasoning_fields", "reasoning")
        else:
            if isinstance(details, list):
                pieces = []
                for item in details:
                    if not isinstance(item, dict):
                        continue
                    piece = item.get("text") or item.get("summary")
                    if isinstance(piece, str) and piece:
                        pieces.append(piece)
                    elif item.get("data") or item.get("type") == "reasoning.encrypted":
                        self.extra["encrypted_reasoning"] = True
                if pieces:
                    text = "".join(pieces)
                    self._note("reasoning_fields", "reasoning_details")
        if text is not None and isinstance(details, list):
            self._note("reasoning_fields", "reasoning_details")
        if text:
            self._life(t)
            self.reasoning.append(text)
            self._loose[1] += 1
            if self._loose[1] >= _COMPACT_PIECES:
                self._compact(self.reasoning, 1)
            out.append(ReasoningDelta(self.run, t, self.turn, text))

        content = delta.get("content")
        if isinstance(content, str):
            if content:
                if self.ttft_t is None:
                    self.ttft_t = t
                self.content.append(content)
                self._loose[0] += 1
                if self._loose[0] >= _COMPACT_PIECES:
                    self._compact(self.content, 0)
                out.append(TextDelta(self.run, t, self.turn, content))
        elif isinstance(content, list):
            self._note("content_shapes", "parts")
            for part in content:
                out += self._content_part(part, t)

        calls = delta.get("tool_calls")
        if isinstance(calls, list):
            for tc in calls:
                if isinstance(tc, dict):
                    ev = self._tool_call(tc, t)
                    if ev is not None:
                        out.append(ev)
        elif "function_call" in delta and isinstance(delta["function_call"], dict):  # legacy
            ev = self._tool_call({"function": delta["function_call"]}, t)
            if ev is not None:
                out.append(ev)
        return out

    def _compact(self, pieces: list[str], which: int) -> None:
        """Join the newest pieces into one string: a one-token piece costs ~60 bytes as its
        own str, so 8 answers of 200k chunks would otherwise hold ~100 MB of them."""
        pieces[-_COMPACT_PIECES:] = ["".join(pieces[-_COMPACT_PIECES:])]
        self._loose[which] = 0

    def _content_part(self, part: Any, t: float) -> list[Event]:
        if isinstance(part, str):
            part = {"type": "text", "text": part}
        if not isinstance(part, dict):
            return []
        kind = part.get("type")
        if kind == "text" and isinstance(part.get("text"), str) and part["text"]:
            self._life(t)
            self.content.append(part["text"])
            return [TextDelta(self.run, t, self.turn, part["text"])]
        if kind in ("thinking", "reasoning"):
            inner = part.get("thinking", part.get("reasoning", part.get("text")))
            texts: list[str] = []
            if isinstance(inner, str):
                texts.append(inner)
            elif isinstance(inner, list):
                texts += [p.get("text", "") for p in inner
                          if isinstance(p, dict) and isinstance(p.get("text"), str)]
                texts += [p for p in inner if isinstance(p, str)]
            text = "".join(texts)
            if text:
                self._life(t)
                self._note("reasoning_fields", "content_thinking")
                self.reasoning.append(text)
                return [ReasoningDelta(self.run, t, self.turn, text)]
        return []

    def _tool_call(self, tc: dict, t: float) -> ToolCallDelta | None:
        raw_index = tc.get("index")
        if isinstance(raw_index, bool) or not isinstance(raw_index, int):
            raw_index = None
        cid = tc.get("id") if isinstance(tc.get("id"), str) and tc.get("id") else None
        fn = tc.get("function") if isinstance(tc.get("function"), dict) else {}
        name = fn.get("name") if isinstance(fn.get("name"), str) and fn.get("name") else None
        args = fn.get("arguments")
        args_object = False
        if isinstance(args, (dict, list)):
            args = json.dumps(args, ensure_ascii=False)
            args_object = True
            self._note("tool_call_shapes", "arguments_object")
        elif not isinstance(args, str):
            args = "" if args is None else json.dumps(args)

        slot: _Slot | None = None
        if raw_index is not None:
            slot = self._by_raw_index.get(raw_index)
            if slot is not None and cid and slot.id and cid != slot.id:
                self._note("tool_call_shapes", "index_reused")
                slot = None
        else:
            self._note("tool_call_shapes", "index_missing")
            if cid:
                slot = next((s for s in self.slots if s.id == cid), None)
            elif not name and self.slots:
                slot = self.slots[-1]
        if slot is None:
            if not (cid or name or args):
                return None  # a trailing empty delta must not create a call
            slot = _Slot(len(self.slots), raw_index)
            self.slots.append(slot)
            if raw_index is not None:
                if slot.n == 0 and raw_index != 0:
                    self._note("tool_call_shapes", f"index_starts_at_{raw_index}")
                self._by_raw_index[raw_index] = slot
        if cid:
            slot.id = cid
        if name:
            if slot.name and slot.name != name:
                self._note("tool_call_shapes", "name_changed")
            slot.name = name
        if args:
            if args_object:
                slot.args = [args]
                slot.args_object = True
            else:
                slot.args.append(args)
        if not (cid or name or args):
            return None
        self._life(t)
        return ToolCallDelta(self.run, t, self.turn, slot.n, cid, name, args)

    # ---- results

    def tool_calls(self) -> list[dict[str, Any]]:
        """Final calls with ids: the provider's, or generated when missing/duplicated."""
        taken = {s.id for s in self.slots if s.id}
        seen: set[str] = set()
        calls = []
        for s in self.slots:
            if not s.name and not s.args:
                # An id-only fragment (a trailing delta with a fresh id): not a call.
                self.extra["dropped_empty_tool_calls"] = self.extra.get(
                    "dropped_empty_tool_calls", 0) + 1
                continue
            cid = s.id
            if not cid or cid in seen:
                cid = _new_tool_id(self.tool_id_style, taken | seen)
                self._note("tool_call_shapes", "id_generated")
            seen.add(cid)
            args = "".join(s.args)
            calls.append({"id": cid, "name": s.name or "", "arguments": args or "{}",
                          "index": s.n})
        return calls

    def finish_reason(self) -> str | None:
        raw = self.finish_reason_raw
        return None if raw is None else _FINISH_MAP.get(raw, raw)

    def ttft_s(self) -> float | None:
        return None if self.ttft_t is None else self.ttft_t - self.t_send

    def got_output(self) -> bool:
        return bool(self.content or self.reasoning or self.slots)

    def finished(self, t_end: float) -> TurnFinished:
        calls = self.tool_calls()
        content = "".join(self.content)
        extra = dict(self.extra)
        if not self.done:
            extra["done_marker"] = False
        if calls and self.finish_reason_raw == "length":
            for c in calls:
                try:
                    json.loads(c["arguments"])
                except ValueError:
                    extra["truncated_tool_calls"] = True
                    break
        message: dict[str, Any] = {"role": "assistant", "content": content or None}
        if calls:
            message["tool_calls"] = [
                {"id": c["id"], "type": "function",
                 "function": {"name": c["name"], "arguments": c["arguments"]}} for c in calls]
        return TurnFinished(
            run=self.run, t=t_end, turn=self.turn, content=content,
            reasoning="".join(self.reasoning), tool_calls=tuple(calls),
            finish_reason=self.finish_reason(),
            raw_finish_reasons=tuple(self.raw_finish_reasons), usage=self.usage,
            ttft_s=self.ttft_s(), duration_s=t_end - self.t_send, served_by=self.served_by,
            response_model=self.response_model, system_fingerprint=self.system_fingerprint,
            assistant_message=message, extra=extra)

    def failed(self, t_end: float, error: dict) -> TurnFailed:
        return TurnFailed(
            run=self.run, t=t_end, turn=self.turn, error=error, content="".join(self.content),
            reasoning="".join(self.reasoning), ttft_s=self.ttft_s(),
            duration_s=t_end - self.t_send, usage=self.usage, served_by=self.served_by,
            response_model=self.response_model, system_fingerprint=self.system_fingerprint,
            raw_finish_reasons=tuple(self.raw_finish_reasons), extra=dict(self.extra))

    def outcome(self, t_end: float, *, eof_error: dict | None = None) -> Event:
        """The one final event for a stream that has ended (EOF, [DONE] or error)."""
        if self.failure is not None:
            return self.failed(t_end, self.failure)
        if self.finish_reason_raw == "error":
            return self.failed(t_end, _error(
                "server_error", "the provider ended the stream with finish_reason \"error\" "
                "and no error details"))
        if self.finish_reason_raw is not None:
            if eof_error is not None:
                self.extra["stream_end"] = eof_error["message"]
            return self.finished(t_end)
        ignored = self.extra.get("ignored_events", 0)
        if (ignored and eof_error is None and not self.got_output() and self.usage is None
                and ignored == self.data_events - self.done):
            return self.failed(t_end, _error(
                "protocol", f"none of the stream's {ignored} data event(s) was a chat "
                f"completion chunk (first: {self.extra['ignored_sample']}); check that "
                "base_url is an OpenAI-compatible /v1 endpoint"))
        if self.done:
            return self.finished(t_end)
        if eof_error is not None:
            return self.failed(t_end, eof_error)
        return self.failed(t_end, _error(
            "network", "the stream ended without a finish reason or [DONE] (truncated); "
            "the text received so far is kept"))


# ---------------------------------------------------------------------------- streaming


def _request_tokens(body: dict) -> int:
    return estimate_tokens(json.dumps(
        [body.get("messages"), body.get("tools")], ensure_ascii=False))


def _transport_error(exc: BaseException, provider: ProviderConfig, phase: str) -> dict:
    err = classify_error(None, "", None, exc)
    if isinstance(exc, httpx.ConnectTimeout):
        err["message"] = (f"could not connect to {_plain_url(provider.base_url)} within "
                          f"{provider.connect_timeout_s:g} s (connect_timeout_s)")
    elif isinstance(exc, httpx.ReadTimeout):
        err["message"] = (f"no bytes from the server for {provider.read_timeout_s:g} s "
                          f"{phase} (read_timeout_s; raise it in [providers.{provider.name}] "
                          "for slow models)")
    elif isinstance(exc, httpx.ConnectError):
        # "All connection attempts failed" alone does not say where; a user with several
        # targets needs the address and the likely fix
        detail = str(exc) or type(exc).__name__
        hint = "is the server running, and is base_url right?"
        if "ssl" in detail.lower() or "tls" in detail.lower():
            hint = "if the server speaks plain HTTP, base_url must start with http://"
        err["message"] = _cap(f"could not connect to {_plain_url(provider.base_url)}: "
                              f"{detail}; {hint} ([providers.{provider.name}])")
    return err


def _plain_url(url: str) -> str:
    """scheme://host:port/path: a base_url may carry user:password@ or ?key= (messages are
    saved in sessions)."""
    from urllib.parse import urlsplit

    try:
        u = urlsplit(url)
        port = f":{u.port}" if u.port else ""
        return f"{u.scheme}://{u.hostname or ''}{port}{u.path}" if u.scheme else url
    except ValueError:
        return "(unparseable base_url)"


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
                    if size < 1_000_000:
                        parts.append(chunk)
                        size += len(chunk)
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
                if parser.events == 0 and head_size < 1_000_000:
                    head.append(chunk)
                    head_size += len(chunk)
                for ev in parser.feed(chunk):
                    for out in asm.feed(ev, t):
                        yield out
                    if asm.failure is not None or asm.done:
                        break
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
        response = await client.get(url, headers=headers, timeout=timeout)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001
        err = classify_error(None, "", None, exc)
        return False, f"{url}: {err['message']}"
    if response.status_code != 200:
        err = classify_error(response.status_code, response.text, response.headers)
        return False, f"{url}: {err['kind']}: {err['message']}"
    try:
        data = response.json()
    except ValueError:
        return False, f"{url}: HTTP 200 but the body is not JSON"
    models = data.get("data") if isinstance(data, dict) else data
    if isinstance(models, list):
        return True, f"{url}: HTTP 200, {len(models)} models"
    return True, f"{url}: HTTP 200"
