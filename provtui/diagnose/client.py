"""One small chat request for a diagnosis check, through the core chat code.

``Asker.ask`` builds the body with ``provtui.core.chat.build_request_body`` and sends it with
``stream_chat`` as a *non-streamed* request (``"stream": false``): llama-cpp-python and some
others send usage only then, and logprobs arrive whole.  ``stream_chat`` already reads a whole
``chat.completion`` body; the raw bytes it yields are parsed again here for the two things its
events do not carry (logprobs, and the tool calls exactly as sent).

Every request of one provider shares a semaphore (``max_concurrency``, default 2) and the
provider's pacing (``min_interval_s``).  A target that answered with auth / not_found or timed
out twice stops being asked: later requests fail at once with the first error, so one dead
target costs one timeout, not fifty, and never holds up the others.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from provtui.core.chat import build_request_body, stream_chat
from provtui.core.config import ConfigError, TargetConfig, api_key_for
from provtui.core.events import RawBytes, TurnFailed, TurnFinished
from provtui.core.sse import SSEParser

__all__ = ["Reply", "Asker", "Observation", "DEFAULT_CONCURRENCY"]

DEFAULT_CONCURRENCY = 2
_DEAD_KINDS = frozenset({"auth", "not_found"})
_SLOW_KINDS = frozenset({"timeout", "network"})
_RAW_NEEDED = 1 << 20


@dataclass
class Reply:
    ok: bool
    text: str = ""
    reasoning: str = ""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    """``{"id", "name", "arguments" (raw string)}`` as the core assembled them."""
    raw_tool_calls: list[Any] | None = None
    """``choices[0].message.tool_calls`` exactly as sent (None when the body had none)."""
    usage: dict[str, Any] | None = None
    finish_reason: str | None = None
    error: dict[str, Any] | None = None
    served_by: str | None = None
    response_model: str | None = None
    system_fingerprint: str | None = None
    generation_id: str | None = None
    logprobs_present: bool = False
    """The response had a non-null ``choices[0].logprobs``."""
    logprobs: list[dict[str, Any]] | None = None
    """``[{"token", "logprob", "top": [[token, logprob], ...]}]`` when the provider sent them."""
    request: dict[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0

    @property
    def prompt_tokens(self) -> int | None:
        value = (self.usage or {}).get("prompt_tokens")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def error_line(self) -> str:
        err = self.error or {}
        return f"{err.get('kind', 'error')}: {err.get('message', '')}"


@dataclass(frozen=True)
class Observation:
    """What one response said about who served it (for the routing check)."""

    target: str
    served_by: str | None
    response_model: str | None
    system_fingerprint: str | None
    generation_id: str | None


def _parse_body(raw: bytes) -> list[dict[str, Any]]:
    """The JSON objects of a response body: one whole completion, or the SSE chunks."""
    text = raw.decode("utf-8", "replace").strip()
    if not text:
        return []
    if text[:1] == "{":
        try:
            obj = json.loads(text)
            return [obj] if isinstance(obj, dict) else []
        except ValueError:
            pass
    out = []
    parser = SSEParser()
    for ev in [*parser.feed(raw), *parser.close()]:
        data = ev.data.strip()
        if not data or data == "[DONE]":
            continue
        try:
            obj = json.loads(data)
        except ValueError:
            continue
        if isinstance(obj, dict):
            out.append(obj)
    return out


def _top(entry: dict[str, Any]) -> list[list[Any]]:
    top = entry.get("top_logprobs")
    out = []
    if isinstance(top, list):
        for t in top:
            if isinstance(t, dict) and isinstance(t.get("logprob"), (int, float)):
                out.append([str(t.get("token", "")), float(t["logprob"])])
    elif isinstance(top, dict):  # legacy completions shape {token: logprob}
        out = [[str(k), float(v)] for k, v in top.items() if isinstance(v, (int, float))]
    return out


def extract_logprobs(objs: list[dict[str, Any]]) -> tuple[bool, list[dict[str, Any]] | None]:
    """(a logprobs object was present, the chosen tokens with their top alternatives)."""
    present = False
    tokens: list[dict[str, Any]] = []
    for obj in objs:
        choices = obj.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            continue
        lp = choices[0].get("logprobs")
        if lp is None:
            continue
        present = True
        content = lp.get("content") if isinstance(lp, dict) else None
        if isinstance(content, list):
            for entry in content:
                if isinstance(entry, dict) and isinstance(entry.get("logprob"), (int, float)):
                    tokens.append({"token": str(entry.get("token", "")),
                                   "logprob": float(entry["logprob"]), "top": _top(entry)})
        elif isinstance(lp, dict) and isinstance(lp.get("token_logprobs"), list):
            toks = lp.get("tokens") or []
            tops = lp.get("top_logprobs") or []
            for i, value in enumerate(lp["token_logprobs"]):
                if isinstance(value, (int, float)):
                    top = tops[i] if i < len(tops) and isinstance(tops[i], dict) else {}
                    tokens.append({"token": str(toks[i]) if i < len(toks) else "",
                                   "logprob": float(value), "top": _top({"top_logprobs": top})})
    return present, (tokens if present and tokens else None)


def _raw_tool_calls(objs: list[dict[str, Any]]) -> list[Any] | None:
    calls: list[Any] = []
    seen = False
    for obj in objs:
        choices = obj.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            continue
        msg = choices[0].get("message") or choices[0].get("delta")
        if isinstance(msg, dict) and "tool_calls" in msg and msg["tool_calls"] is not None:
            seen = True
            if isinstance(msg["tool_calls"], list):
                calls.extend(msg["tool_calls"])
            else:
                calls.append(msg["tool_calls"])
    return calls if seen else None


class Asker:
    """Sends the diagnosis's requests; one per diagnosis, shared by every check and target."""

    def __init__(self, client: httpx.AsyncClient, *, request_timeout_s: float = 180.0) -> None:
        self.client = client
        self.request_timeout_s = request_timeout_s
        self._sems: dict[str, asyncio.Semaphore] = {}
        self._last_start: dict[str, float] = {}
        self._pace_locks: dict[str, asyncio.Lock] = {}
        self._dead: dict[str, dict[str, Any]] = {}
        self._slow: dict[str, int] = {}
        self.observations: list[Observation] = []
        self.requests: dict[str, int] = {}

    def _sem(self, target: TargetConfig) -> asyncio.Semaphore:
        p = target.provider
        key = f"{p.name}|{p.base_url}"
        if key not in self._sems:
            n = p.max_concurrency if p.max_concurrency and p.max_concurrency > 0 \
                else DEFAULT_CONCURRENCY
            self._sems[key] = asyncio.Semaphore(n)
        return self._sems[key]

    async def _pace(self, target: TargetConfig) -> None:
        p = target.provider
        if not p.min_interval_s:
            return
        key = f"{p.name}|{p.base_url}"
        lock = self._pace_locks.setdefault(key, asyncio.Lock())
        async with lock:
            wait = self._last_start.get(key, -1e9) + p.min_interval_s - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._last_start[key] = time.monotonic()

    def dead_reason(self, target: TargetConfig) -> str | None:
        err = self._dead.get(target.name)
        return None if err is None else f"{err.get('kind')}: {err.get('message')}"

    async def ask(self, target: TargetConfig, messages: list[dict[str, Any]],
                  params: dict[str, Any], *, tools: list[dict] | None = None) -> Reply:
        """One non-streamed request with ``params`` over the target's own parameters."""
        body = build_request_body(target, messages, tools, params)
        body["stream"] = False
        body.pop("stream_options", None)
        dead = self._dead.get(target.name)
        if dead is not None:
            return Reply(ok=False, request=body, error={
                **dead, "message": f"not sent: this target failed earlier "
                                   f"({dead.get('kind')}): {dead.get('message')}"})
        try:
            key = api_key_for(target.provider)
        except ConfigError as exc:
            err = {"kind": "auth", "message": str(exc), "http_status": None}
            self._dead[target.name] = err
            return Reply(ok=False, request=body, error=err)
        async with self._sem(target):
            await self._pace(target)
            self.requests[target.name] = self.requests.get(target.name, 0) + 1
            reply = await self._send(target, body, key)
        self._note(target, reply)
        return reply

    def _note(self, target: TargetConfig, reply: Reply) -> None:
        if reply.ok or reply.served_by or reply.response_model:
            self.observations.append(Observation(
                target.name, reply.served_by, reply.response_model, reply.system_fingerprint,
                reply.generation_id))
        kind = (reply.error or {}).get("kind")
        if reply.ok:
            self._slow[target.name] = 0
        elif kind in _DEAD_KINDS:
            self._dead[target.name] = dict(reply.error or {})
        elif kind in _SLOW_KINDS:
            self._slow[target.name] = self._slow.get(target.name, 0) + 1
            if self._slow[target.name] >= 2:
                self._dead[target.name] = dict(reply.error or {})

    async def _send(self, target: TargetConfig, body: dict[str, Any], key: str | None) -> Reply:
        raw = bytearray()
        final: TurnFinished | TurnFailed | None = None
        if target.provider.raw_capture_bytes < _RAW_NEEDED:  # logprobs are read off the bytes
            target = dataclasses.replace(target, provider=dataclasses.replace(
                target.provider, raw_capture_bytes=_RAW_NEEDED))
        t0 = time.monotonic()

        async def consume() -> None:
            nonlocal final
            async for ev in stream_chat(self.client, target, body, run=0, turn=0, api_key=key):
                if isinstance(ev, RawBytes):
                    raw.extend(ev.data.encode("latin-1"))
                elif isinstance(ev, (TurnFinished, TurnFailed)):
                    final = ev

        try:
            await asyncio.wait_for(consume(), self.request_timeout_s)
        except TimeoutError:
            return Reply(ok=False, request=body, duration_s=time.monotonic() - t0, error={
                "kind": "timeout", "http_status": None,
                "message": f"no complete answer within {self.request_timeout_s:g} s "
                           "(diagnosis request timeout)"})
        objs = _parse_body(bytes(raw))
        present, tokens = extract_logprobs(objs)
        reply = Reply(ok=isinstance(final, TurnFinished), request=body,
                      duration_s=time.monotonic() - t0, logprobs_present=present,
                      logprobs=tokens, raw_tool_calls=_raw_tool_calls(objs))
        if isinstance(final, TurnFinished):
            reply.text = final.content
            reply.reasoning = final.reasoning
            reply.tool_calls = [dict(c) for c in final.tool_calls]
            reply.usage = final.usage
            reply.finish_reason = final.finish_reason
            reply.generation_id = final.extra.get("generation_id")
        elif isinstance(final, TurnFailed):
            reply.text = final.content
            reply.error = dict(final.error)
            reply.usage = final.usage
        else:
            reply.error = {"kind": "protocol", "message": "no final event from the request",
                           "http_status": None}
        if final is not None:
            reply.served_by = final.served_by
            reply.response_model = final.response_model
            reply.system_fingerprint = final.system_fingerprint
        return reply


def without_params(target: TargetConfig, *names: str) -> TargetConfig:
    """The target with some of its own params removed (a check sets them itself)."""
    params = {k: v for k, v in target.params.items() if k not in names}
    return dataclasses.replace(target, params=params)
