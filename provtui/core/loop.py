"""One target's run: model turn -> tool calls -> model turn ..., as a stream of events.

The loop is deliberately dumb about presentation: it yields events and keeps only the state
it needs to build the next request (the message history).  Everything a person wants to see
later is rebuilt from the events by the session recorder.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from provtui.core.advertised import MISMATCH, turn_evidence
from provtui.core.config import ConfigError, TargetConfig, api_key_for
from provtui.core.events import (
    Event,
    Notice,
    RunFinished,
    RunStarted,
    ToolCallFinished,
    ToolCallStarted,
    TurnFailed,
    TurnFinished,
)

__all__ = ["RunSpec", "run_target", "looks_like_question", "LEAKED_TOOL_SYNTAX"]


@dataclass(frozen=True)
class RunSpec:
    run: int
    target: TargetConfig
    repeat_index: int = 0


# Tool-call syntax that a server's parser failed to lift out of the content.
LEAKED_TOOL_SYNTAX = re.compile(
    r"<tool_call>|</tool_call>|\[TOOL_CALLS\]|<\|tool_call\|>|<\|python_tag\|>|<function=|"
    r"<tool_calls?>|\"name\"\s*:\s*\"[\w.-]+\"\s*,\s*\"(?:arguments|parameters)\"\s*:"
)


def looks_like_question(text: str) -> bool:
    """True when the answer ends by asking the user something (the seed's "Which of these
    vehicles would you like me to analyze?").  Looks at the last few non-empty lines only:
    a question in the middle of an analysis is rhetoric, a question at the end is a hand-off."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    tail = " ".join(lines[-3:])
    if not tail:
        return False
    tail = re.sub(r"[*_`>\s]+$", "", tail)
    return tail.endswith("?") or bool(
        re.search(r"\b(which|would you like|do you want|shall i|should i|please (confirm|"
                  r"specify|let me know|choose|select))\b[^.?!]*\?", tail, re.I)
    )


def _parse_arguments(raw: str) -> tuple[Any, bool]:
    """(value, parsed_as_object).  The raw string is kept when it is not JSON."""
    text = raw if raw.strip() else "{}"
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return raw, False
    return value, isinstance(value, dict)


async def run_target(
    spec: RunSpec,
    *,
    prompt: str,
    system: str | None,
    tools: Any | None,
    max_steps: int = 20,
    params: dict[str, Any] | None = None,
    client: httpx.AsyncClient,
    clock: Callable[[], float] = time.monotonic,
) -> AsyncIterator[Event]:
    """Yield one run's events, RunStarted .. RunFinished.

    ``tools`` is a provtui.core.mcp.ToolSession (or anything with ``openai_tools``,
    ``validate`` and ``call``), or None for a plain chat.  Cancellation and the whole-run
    timeout are handled by the caller (fanout), which owns the task this runs in.
    """
    from provtui.core.chat import build_request_body, estimate_tokens, stream_chat

    target = spec.target
    provider = target.provider
    run = spec.run
    yield RunStarted(run=run, t=clock(), target=target.name, provider=provider.name,
                     model=target.model, repeat_index=spec.repeat_index,
                     extra=({"advertised": target.advertised}
                            if target.advertised is not None else {}))

    try:
        api_key = api_key_for(provider)
    except ConfigError as exc:
        yield RunFinished(run=run, t=clock(), status="error",
                          error=_error("auth", str(exc)))
        return

    messages: list[dict[str, Any]] = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    openai_tools = tools.openai_tools(provider.tool_schema_drop) if tools is not None else None
    openai_tools = openai_tools or None

    if provider.context_window:
        # Servers check prompt + requested output against the window (vLLM's rule), so the
        # output budget counts: that is what overflowed DeepInfra's 34K in the study.
        prompt_tokens = estimate_tokens(json.dumps(messages, ensure_ascii=False))
        if openai_tools:
            prompt_tokens += estimate_tokens(json.dumps(openai_tools, ensure_ascii=False))
        merged = {**target.params, **(params or {})}
        budget = merged.get("max_tokens", merged.get("max_completion_tokens"))
        budget = budget if isinstance(budget, int) and budget > 0 else 0
        estimated = prompt_tokens + budget
        if estimated >= 0.8 * provider.context_window:
            spent = f" + {budget:,} requested output tokens" if budget else ""
            yield Notice(run=run, t=clock(), kind="preflight_context",
                         message=(f"the prompt and tool definitions come to about "
                                  f"{prompt_tokens:,} tokens{spent}; {provider.name}'s context "
                                  f"window is {provider.context_window:,}"),
                         data={"estimated_tokens": estimated, "prompt_tokens": prompt_tokens,
                               "output_budget": budget,
                               "context_window": provider.context_window})

    calls_made = 0
    turn = 0
    evidence_seen: set[tuple[str, str]] = set()
    while True:
        if turn >= max_steps:
            yield RunFinished(run=run, t=clock(), status="error", error=_error(
                "tool_loop_limit",
                f"stopped after {max_steps} model turns (--max-steps {max_steps}); the model "
                "was still calling tools. Raise --max-steps to let it go on."))
            return
        body = build_request_body(target, messages, openai_tools, params or {})
        final: Event | None = None
        attempt = 0
        while True:
            async for event in stream_chat(client, target, body, run=run, turn=turn,
                                           api_key=api_key, attempt=attempt, clock=clock):
                if isinstance(event, (TurnFinished, TurnFailed)):
                    final = event
                    break
                yield event
            assert final is not None
            delay = _retry_delay(provider, final, attempt)
            if delay is None:
                yield final
                for note in turn_evidence(target.advertised, body, final.served_by,
                                          getattr(final, "error", None), turn):
                    seen = (note["data"]["field"], str(note["data"].get("observed")))
                    if seen not in evidence_seen:  # once per run and observed value
                        evidence_seen.add(seen)
                        yield Notice(run=run, t=clock(), kind=MISMATCH, **note)
                break
            yield dataclasses.replace(final, will_retry=True)
            yield Notice(run=run, t=clock(), kind="retry",
                         message=f"attempt {attempt + 1} failed ({final.error['kind']}); "
                                 f"retrying in {delay:.1f}s",
                         data={"error": final.error, "delay_s": delay, "attempt": attempt})
            await asyncio.sleep(delay)
            attempt += 1
            final = None

        if isinstance(final, TurnFailed):
            yield RunFinished(run=run, t=clock(), status="error", error=final.error)
            return
        assert isinstance(final, TurnFinished)

        if final.extra.get("truncated_tool_calls"):
            yield Notice(run=run, t=clock(), kind="truncated_tool_call",
                         message="the tool call was cut off (finish_reason length); it was not "
                                 "executed. Raise max_tokens.",
                         data={"tool_calls": list(final.tool_calls)})
            yield RunFinished(run=run, t=clock(), status="error", error=_error(
                "protocol", "the model's tool-call arguments were cut off by the output limit "
                "(finish_reason \"length\"), so the tool was not called; raise max_tokens"))
            return

        if not final.tool_calls:
            if LEAKED_TOOL_SYNTAX.search(final.content or ""):
                yield Notice(run=run, t=clock(), kind="leaked_tool_call",
                             message="tool-call syntax appeared in the answer text instead of "
                                     "as a tool call (the server's tool parser missed it)")
            if calls_made and looks_like_question(final.content or ""):
                yield Notice(run=run, t=clock(), kind="asked_user",
                             message=f"stopped after {calls_made} tool call"
                                     f"{'s' if calls_made != 1 else ''} to ask the user a "
                                     "question instead of acting",
                             data={"tool_calls": calls_made})
            yield RunFinished(run=run, t=clock(), status="ok")
            return

        messages.append(final.assistant_message)
        async for event in _execute_tool_calls(run, turn, final.tool_calls, tools, clock,
                                               messages):
            yield event
        calls_made += len(final.tool_calls)
        turn += 1


async def _execute_tool_calls(run: int, turn: int, calls: tuple[dict[str, Any], ...],
                              tools: Any | None, clock: Callable[[], float],
                              messages: list[dict[str, Any]]) -> AsyncIterator[Event]:
    """Run every call of one turn in parallel; yield each finish as it happens; append the
    tool messages to the history in the order the model asked for them."""
    results: dict[str, str] = {}
    queue: asyncio.Queue[Event] = asyncio.Queue()
    tasks: list[asyncio.Task[None]] = []

    async def one(call_id: str, name: str, arguments: Any, parsed_ok: bool) -> None:
        started = clock()
        if tools is None:
            text = (f"error: no MCP server is attached, so tool {name!r} cannot run; "
                    "attach one with --mcp NAME")
            for_model, is_error = text, True
        elif not parsed_ok:
            text = (f"error: the arguments for {name!r} are not a JSON object: "
                    f"{str(arguments)[:200]!r}; send valid JSON arguments")
            for_model, is_error = text, True
        else:
            result = await tools.call(name, arguments)
            text, for_model, is_error = result.text, result.for_model, result.is_error
        results[call_id] = for_model
        queue.put_nowait(ToolCallFinished(run=run, t=clock(), call_id=call_id, name=name,
                                          result=text, is_error=is_error,
                                          duration_s=round(clock() - started, 6), turn=turn))

    for call in calls:
        arguments, parsed_ok = _parse_arguments(call.get("arguments") or "")
        valid = parsed_ok
        if parsed_ok and tools is not None:
            valid, _reason = tools.validate(call["name"], arguments)
        elif tools is None:
            valid = False
        yield ToolCallStarted(run=run, t=clock(), call_id=call["id"], name=call["name"],
                              arguments=arguments, arguments_valid=bool(valid), turn=turn)
        tasks.append(asyncio.create_task(one(call["id"], call["name"], arguments, parsed_ok)))
    try:
        for _ in calls:
            yield await queue.get()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for call in calls:
        messages.append({"role": "tool", "tool_call_id": call["id"],
                         "content": results.get(call["id"], "")})


def _retry_delay(provider: Any, final: Event, attempt: int) -> float | None:
    if not isinstance(final, TurnFailed):
        return None
    policy = provider.retries
    if attempt >= policy.attempts or final.error.get("kind") not in policy.on:
        return None
    delay = min(policy.backoff_s * (2 ** attempt), policy.max_backoff_s)
    retry_after = final.error.get("retry_after_s")
    if policy.honour_retry_after and isinstance(retry_after, (int, float)) and retry_after > 0:
        delay = max(delay, float(retry_after))
    return delay


def _error(kind: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "message": message, "http_status": None, "retry_after_s": None,
            "context_limit": None, **extra}
