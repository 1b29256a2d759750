"""``tools``: a fixed battery of tool-call tasks.

Six tasks: one that needs a call, one that must not call, one that needs two parallel calls,
and three that test argument shapes (a nested object with an array, an enum, non-ASCII text).
The first three use ``tool_choice: "auto"`` (what an agent sends); the shape tasks name the
tool (``tool_choice`` forcing it), so they measure the arguments even on servers that only call
a tool when told to.  Rates:

- ``called_when_expected``: tasks where the target called a tool exactly when it should have;
- ``json_valid``: calls whose arguments parse as a JSON object;
- ``schema_valid``: of those, calls whose arguments validate against the tool's JSON Schema
  (and the task's expected values where it has them);
- ``unknown_name``: calls naming a tool that was not offered.

Every failure is kept with the request sent and the raw tool call received, for the inspector.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from provtui.core.config import TargetConfig

from .base import CheckContext

NAME = "tools"
MAX_TOKENS = 384  # default of CheckContext.tools_max_tokens (reasoning models think first)

_WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather for one city.",
    "parameters": {"type": "object", "properties": {
        "city": {"type": "string", "description": "City name as the user wrote it"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
        "required": ["city"], "additionalProperties": False}}}
_EVENT = {"type": "function", "function": {
    "name": "create_event", "description": "Create a calendar event.",
    "parameters": {"type": "object", "properties": {
        "title": {"type": "string"},
        "when": {"type": "object", "properties": {
            "date": {"type": "string", "description": "YYYY-MM-DD"},
            "time": {"type": "string", "description": "HH:MM"}},
            "required": ["date", "time"]},
        "attendees": {"type": "array", "items": {"type": "string"}, "minItems": 1}},
        "required": ["title", "when", "attendees"]}}}
_CALC = {"type": "function", "function": {
    "name": "calculator", "description": "Evaluate an arithmetic expression.",
    "parameters": {"type": "object", "properties": {"expression": {"type": "string"}},
                   "required": ["expression"]}}}


def _forced(name: str) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name}}


TASKS: list[dict[str, Any]] = [
    {"name": "call_needed", "prompt": "What is the weather in Paris right now? Use the tool.",
     "tools": [_WEATHER, _CALC], "tool_choice": "auto", "expect_call": True,
     "expect": {"name": "get_weather"}},
    {"name": "no_call", "prompt": "Say hello to me in French. Do not use any tool.",
     "tools": [_WEATHER, _CALC], "tool_choice": "auto", "expect_call": False},
    {"name": "parallel", "prompt": "Get the current weather for both Paris and Tokyo.",
     "tools": [_WEATHER], "tool_choice": "auto", "expect_call": True,
     "expect": {"name": "get_weather", "min_calls": 2}},
    {"name": "nested", "prompt": "Create an event titled 'Team sync' on 2026-12-07 at 10:00 "
                                 "with attendees Ana and Bo.",
     "tools": [_EVENT], "tool_choice": _forced("create_event"), "expect_call": True,
     "expect": {"name": "create_event"}},
    {"name": "enum", "prompt": "What is the weather in Oslo, in fahrenheit?",
     "tools": [_WEATHER], "tool_choice": _forced("get_weather"), "expect_call": True,
     "expect": {"name": "get_weather", "args": {"unit": "fahrenheit"}}},
    {"name": "unicode", "prompt": "Quel temps fait-il à Zürich ?",
     "tools": [_WEATHER], "tool_choice": _forced("get_weather"), "expect_call": True,
     "expect": {"name": "get_weather", "args_contain": {"city": "Zürich"}}},
]



def _method(max_tokens: int) -> str:
    return (f"{len(TASKS)} fixed tasks, non-streamed, temperature 0, max_tokens {max_tokens}; "
            "3 with tool_choice auto (call / no call / parallel), 3 forcing the tool (nested, "
            "enum, unicode arguments)")


def _check_call(call: dict[str, Any], tools: list[dict], task: dict) -> dict[str, Any]:
    """{"json": bool, "schema": bool|None, "unknown": bool, "problem": str|None}."""
    offered = {t["function"]["name"]: t["function"]["parameters"] for t in tools}
    name = call.get("name") or ""
    if name not in offered:
        return {"json": _parses(call.get("arguments")), "schema": None, "unknown": True,
                "problem": f"unknown tool name {name!r}"}
    raw = call.get("arguments")
    try:
        args = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError as exc:
        return {"json": False, "schema": None, "unknown": False,
                "problem": f"arguments are not JSON: {exc}"}
    if not isinstance(args, dict):
        return {"json": False, "schema": None, "unknown": False,
                "problem": "arguments are JSON but not an object"}
    try:
        jsonschema.validate(args, offered[name])
    except jsonschema.ValidationError as exc:
        return {"json": True, "schema": False, "unknown": False,
                "problem": f"schema: {exc.message}"}
    except jsonschema.SchemaError as exc:  # our own schemas are valid; an MCP one may not be
        return {"json": True, "schema": None, "unknown": False, "problem": f"schema: {exc}"}
    expect = task.get("expect") or {}
    for key, value in (expect.get("args") or {}).items():
        if args.get(key) != value:
            return {"json": True, "schema": False, "unknown": False,
                    "problem": f"argument {key!r} is {args.get(key)!r}, want {value!r}"}
    for key, value in (expect.get("args_contain") or {}).items():
        if value not in str(args.get(key, "")):
            return {"json": True, "schema": False, "unknown": False,
                    "problem": f"argument {key!r} is {args.get(key)!r}, want it to contain "
                               f"{value!r}"}
    return {"json": True, "schema": True, "unknown": False, "problem": None}


def _parses(raw: Any) -> bool:
    try:
        return isinstance(json.loads(raw) if isinstance(raw, str) else raw, dict)
    except ValueError:
        return False


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


async def measure(ctx: CheckContext, target: TargetConfig) -> dict[str, Any]:
    expected_ok = calls_n = json_ok = schema_ok = schema_n = unknown = errors = 0
    failures: list[dict[str, Any]] = []
    per_task: dict[str, str] = {}
    rejected: list[str] = []
    for task in TASKS:
        params = {"temperature": 0, "max_tokens": ctx.tools_max_tokens,
                  "tool_choice": task["tool_choice"]}
        messages = [{"role": "user", "content": task["prompt"]}]
        reply = await ctx.ask(target, messages, params, tools=task["tools"])
        if not reply.ok:
            errors += 1
            kind = (reply.error or {}).get("kind")
            if kind in ("tools_unsupported", "bad_request"):
                rejected.append(f"{task['name']}: {reply.error_line()[:160]}")
            per_task[task["name"]] = f"error ({kind})"
            failures.append({"task": task["name"], "problem": reply.error_line()[:300],
                             "request": reply.request, "raw_tool_calls": reply.raw_tool_calls,
                             "text": reply.text[:500]})
            continue
        calls = reply.tool_calls
        called = bool(calls)
        problems: list[str] = []
        if called != task["expect_call"]:
            problems.append("called a tool when it should not" if called
                            else "answered in text instead of calling a tool")
            if reply.finish_reason == "length":
                problems.append(f"stopped at max_tokens {ctx.tools_max_tokens}")
        else:
            expected_ok += 1
        expect = task.get("expect") or {}
        if called and len(calls) < expect.get("min_calls", 1):
            problems.append(f"{len(calls)} call(s), want at least {expect['min_calls']}")
        for call in calls:
            calls_n += 1
            verdict = _check_call(call, task["tools"], task)
            json_ok += verdict["json"]
            unknown += verdict["unknown"]
            if verdict["json"] and not verdict["unknown"] and verdict["schema"] is not None:
                schema_n += 1
                schema_ok += bool(verdict["schema"])
            if verdict["problem"]:
                problems.append(verdict["problem"])
        per_task[task["name"]] = "ok" if not problems else "; ".join(problems)[:200]
        if problems:
            failures.append({"task": task["name"], "problem": "; ".join(problems)[:300],
                             "request": reply.request, "raw_tool_calls": reply.raw_tool_calls,
                             "text": reply.text[:500]})
    answered = len(TASKS) - errors
    if not answered:
        reason = ("every tool request was rejected: " + rejected[0]) if rejected else \
            "every tool request failed"
        return {"supported": False if rejected else None, "reason": reason,
                "error": None if rejected else reason, "method": _method(ctx.tools_max_tokens), "failures": failures}
    return {
        "supported": True, "method": _method(ctx.tools_max_tokens), "tasks": len(TASKS), "answered": answered,
        "called_when_expected": _rate(expected_ok, answered),
        "json_valid": _rate(json_ok, calls_n), "schema_valid": _rate(schema_ok, schema_n),
        "unknown_name": _rate(unknown, calls_n), "calls": calls_n,
        "per_task": per_task, "failures": failures, "rejected": rejected,
    }
