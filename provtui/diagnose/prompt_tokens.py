"""``prompt_tokens``: what each target bills for the same messages.

One fixed short conversation (``base``), the same with a system message, the same with a fixed
set of three tools, each sent once with ``max_tokens`` 1 (non-streamed, so servers that only
report usage then still do).  The base is sent twice: when the two bills differ, the overheads
are not exact.  A template difference shows here as numbers: one server billing 16 and another
45 for the same messages renders them differently (or tokenises differently).
"""

from __future__ import annotations

from typing import Any

from provtui.core.chat import estimate_tokens
from provtui.core.config import TargetConfig

from .base import CheckContext, failed, unsupported

NAME = "prompt_tokens"

CONVERSATION: list[dict[str, Any]] = [
    {"role": "user", "content": "What is the capital of France?"},
    {"role": "assistant", "content": "Paris."},
    {"role": "user", "content": "And of Italy? One word."},
]
SYSTEM = {"role": "system", "content": "You are a concise assistant. Answer in one word."}

TOOLS: list[dict[str, Any]] = [
    {"type": "function", "function": {
        "name": "get_weather", "description": "Current weather for a city.",
        "parameters": {"type": "object", "properties": {
            "city": {"type": "string", "description": "City name"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
            "required": ["city"]}}},
    {"type": "function", "function": {
        "name": "search_web", "description": "Search the web and return the top results.",
        "parameters": {"type": "object", "properties": {
            "query": {"type": "string"}, "limit": {"type": "integer", "minimum": 1}},
            "required": ["query"]}}},
    {"type": "function", "function": {
        "name": "convert_currency", "description": "Convert an amount between currencies.",
        "parameters": {"type": "object", "properties": {
            "amount": {"type": "number"}, "from": {"type": "string"},
            "to": {"type": "string"}}, "required": ["amount", "from", "to"]}}},
]

METHOD = ("billed usage.prompt_tokens of non-streamed requests with max_tokens 1: a fixed "
          "3-message conversation (base, sent twice), + a system message, + 3 fixed tools")


async def measure(ctx: CheckContext, target: TargetConfig) -> dict[str, Any]:
    params = {"max_tokens": 1, "temperature": 0}
    base = await ctx.ask(target, CONVERSATION, params)
    if not base.ok:
        return failed(base, "the base conversation failed", method=METHOD)
    if base.prompt_tokens is None:
        est = estimate_tokens(" ".join(m["content"] for m in CONVERSATION))
        return unsupported("the response carried no usage.prompt_tokens (nothing billed back "
                           "to compare)", estimated_base=est,
                           method="estimate only: UTF-8 bytes / 4 of the message texts")
    again = await ctx.ask(target, CONVERSATION, params)
    system = await ctx.ask(target, [SYSTEM, *CONVERSATION], params)
    tools = await ctx.ask(target, CONVERSATION, params, tools=TOOLS)
    out: dict[str, Any] = {"supported": True, "method": METHOD, "base": base.prompt_tokens,
                           "base_repeat": again.prompt_tokens if again.ok else None}
    out["stable"] = out["base_repeat"] == out["base"]
    if system.ok and system.prompt_tokens is not None:
        out["with_system"] = system.prompt_tokens
        out["system_overhead"] = system.prompt_tokens - base.prompt_tokens
    else:
        out["with_system"] = out["system_overhead"] = None
        out["system_error"] = system.error_line() if not system.ok else "no usage"
    if tools.ok and tools.prompt_tokens is not None:
        out["with_tools"] = tools.prompt_tokens
        out["tools_overhead"] = tools.prompt_tokens - base.prompt_tokens
    else:
        out["with_tools"] = out["tools_overhead"] = None
        out["tools_error"] = tools.error_line() if not tools.ok else "no usage"
    return out
