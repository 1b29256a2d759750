"""Error classification: every HTTP error body, in-stream error and transport exception
becomes one CONTRACT §3 error dict ``{"kind", "message", "http_status", "retry_after_s",
"context_limit"}`` with a capped, control-free one-line message."""

from __future__ import annotations

import asyncio
import email.utils
import json
import re
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .config import ProviderConfig

ERROR_KINDS = ("context_length", "rate_limited", "auth", "not_found", "bad_request",
               "tools_unsupported", "server_error", "timeout", "network", "protocol", "mcp",
               "tool_loop_limit", "cancelled")

_MESSAGE_CAP = 600


class _LazyRe:
    """A pattern compiled at its first use: these read error bodies only, and compiling them
    all cost a few ms of every ``provtui run``'s start."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._rx: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(*self._args)
        return getattr(rx, name)

_CONTEXT_RE = _LazyRe(
    r"context[ _-]?(?:length|window|size)|maximum context|context_length_exceeded|"
    r"too many tokens|prompt is too long|input is too long|too long for the model|"
    r"reduce the length of the messages|exceed_context_size|exceeds? (?:the )?(?:model'?s? )?"
    r"(?:maximum|max) (?:context|input|sequence|prompt)|maximum (?:input|prompt|sequence) "
    r"length|request too large|payload too large|n_ctx|tokens \+ `?max_new_tokens",
    re.IGNORECASE)
_LIMIT_RES = [_LazyRe(p, re.IGNORECASE) for p in (
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
_TOOLS_RE = _LazyRe(
    r"does not support (?:tools|tool[ _]?(?:use|calling|calls)|function[ _]?calling|functions)"
    r"|(?:tools?|tool[ _]?(?:use|calling|calls)|function[ _]?calling) (?:is |are )?"
    r"(?:not supported|unsupported|not available)|no endpoints found that support tool"
    r"|tool_use_failed|does not support the ['\"]?tools",
    re.IGNORECASE)
_RATE_RE = _LazyRe(r"rate[ _-]?limit|too many requests|quota|throttl", re.IGNORECASE)
_AUTH_RE = _LazyRe(r"invalid (?:api[ _-]?key|token|authentication)|incorrect api key|"
                      r"unauthori[sz]ed|authentication|no auth credentials|api key", re.IGNORECASE)
_NOT_FOUND_RE = _LazyRe(r"model[^.\n]{0,80}(?:not found|does not exist|not exist|unknown)|"
                           r"not a valid model|no such model|unknown model", re.IGNORECASE)
_RETRY_BODY_RE = _LazyRe(
    r"(?:try again|retry|retrying) (?:in|after)\s*((?:\d+(?:\.\d+)?(?:ms|h|m|s)(?![a-z]))+|"
    r"\d+(?:\.\d+)?)\s*(milliseconds?|seconds?|secs?|minutes?|mins?)?"
    r"|\"?retry_?delay\"?\s*[:=]\s*\"?(\d+(?:\.\d+)?)s?",
    re.IGNORECASE)
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
    import html  # only for an HTML error page

    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    body = re.sub(r"<(script|style|head)[^>]*>.*?</\1>", " ", text, flags=re.IGNORECASE | re.DOTALL)
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
    if re.search(r"<\s*(html|body|head|title|h1|!doctype)", text, re.IGNORECASE):
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
    elif status == 404 or status in (400, 422) and _NOT_FOUND_RE.search(message):
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
    elif isinstance(exc, (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)):
        # httpx says only "ReadError: " here; the OS error underneath says what happened
        os_err = os_error_of(exc)
        where = (f"while reading the stream from {_host_of(provider.base_url)}"
                 if phase == "mid-stream" else f"{phase} from {_host_of(provider.base_url)}")
        if os_err is not None:
            err["message"] = _cap(f"{_os_error_words(os_err)} {where}")
        elif isinstance(exc, httpx.RemoteProtocolError):
            err["message"] = _cap(f"the server closed the connection early {where}: "
                                  f"{str(exc) or 'no detail'}")
        elif not str(exc):
            err["message"] = _cap(f"the connection failed {where} ({type(exc).__name__}, "
                                  "no detail from the OS)")
    return err


def os_error_of(exc: BaseException) -> OSError | None:
    """The first OSError with an errno in ``exc``'s cause/context chain."""
    seen = 0
    cur: BaseException | None = exc
    while cur is not None and seen < 20:
        if isinstance(cur, OSError) and cur.errno:
            return cur
        cur = cur.__cause__ or cur.__context__
        seen += 1
    return None


def _os_error_words(err: OSError) -> str:
    import errno as _errno

    name = _errno.errorcode.get(err.errno or 0, str(err.errno))
    text = (err.strerror or name).lower()
    return f"{text} ({name})"


def _host_of(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        u = urlsplit(url)
        return f"{u.hostname}:{u.port}" if u.port else str(u.hostname or url)
    except ValueError:
        return "the server"


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
