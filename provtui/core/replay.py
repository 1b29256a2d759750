"""Deterministic tool replay: serve the tool results recorded in a saved session instead of
calling MCP servers, so that differences between targets come from the providers and not from
tools whose answers change between calls (``--tool-replay SESSION``).

The tool definitions offered to the model are the ones recorded in the session's request
bodies, so a replay needs no MCP server at all.  Nothing from the session is ever executed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

from provtui.core.mcp import ToolDef, ToolResult, shape_schema

__all__ = ["ReplayHub", "ReplayToolSession", "REPLAY_MISS_PREFIX", "canonical_arguments"]

REPLAY_MISS_PREFIX = "[tool replay] no recorded result"


def canonical_arguments(arguments: Any) -> str:
    """One spelling per argument value, so {"b":1,"a":2} and {"a":2,"b":1} match."""
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments or "{}")
        except (ValueError, RecursionError):  # not JSON, or JSON no reader should take
            return arguments.strip()
    return json.dumps(arguments, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _tool_ok(t: Any) -> bool:
    fn = t.get("function") if isinstance(t, dict) else None
    return isinstance(fn, dict) and isinstance(fn.get("name"), str) and bool(fn["name"]) \
        and isinstance(fn.get("description") or "", str) \
        and isinstance(fn.get("parameters") or {}, dict)


def _recorded_tools(session: dict[str, Any]) -> list[dict[str, Any]]:
    """The tools of the first recorded request that offered any (the session was read by the
    tolerant reader; a request body is free-form, so each tool's shape is checked here)."""
    for run in session.get("runs", []):
        for turn in run.get("turns", []):
            tools = (turn.get("request") or {}).get("tools")
            if isinstance(tools, list) and tools:
                return [t for t in tools if _tool_ok(t)]
    return []


def _recorded_results(session: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(name, canonical arguments) -> first recorded call; first wins so every target that
    asks the same question gets the same answer."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for run in session.get("runs", []):
        for call in run.get("tool_calls", []):
            if call.get("result") is None:
                continue
            key = (call.get("name", ""), canonical_arguments(call.get("arguments", {})))
            out.setdefault(key, call)
    return out


class ReplayToolSession:
    def __init__(self, tools: list[dict[str, Any]], results: dict[tuple[str, str], dict[str, Any]],
                 source: str, result_max_chars: int = 20_000) -> None:
        self._openai = tools
        self._results = results
        self._source = source
        self._cap = result_max_chars
        self.tools = [
            ToolDef(name=t["function"]["name"], server="replay",
                    remote_name=t["function"]["name"],
                    description=t["function"].get("description") or "",
                    input_schema=t["function"].get("parameters") or {"type": "object"})
            for t in tools if isinstance(t, dict) and "function" in t
        ]
        self._by_name = {t.name: t for t in self.tools}

    def openai_tools(self, drop_keywords: Sequence[str] = ()) -> list[dict[str, Any]]:
        return [{"type": "function",
                 "function": {"name": t.name, "description": t.description,
                              "parameters": shape_schema(t.input_schema, drop_keywords)}}
                for t in self.tools]

    def validate(self, name: str, arguments: Any) -> tuple[bool, str | None]:
        tool = self._by_name.get(name)
        if tool is None:
            return False, f"unknown tool {name!r} (not offered in the replayed session)"
        if not isinstance(arguments, dict):
            return False, "arguments are not a JSON object"
        import jsonschema

        try:
            jsonschema.validate(arguments, tool.input_schema)
        except jsonschema.ValidationError as exc:
            return False, exc.message
        except jsonschema.SchemaError as exc:
            return False, f"invalid recorded schema: {exc.message}"
        return True, None

    async def call(self, name: str, arguments: Any) -> ToolResult:
        t0 = time.monotonic()
        hit = self._results.get((name, canonical_arguments(arguments)))
        if hit is None:
            text = (f"{REPLAY_MISS_PREFIX} for {name}({canonical_arguments(arguments)}) in "
                    f"session {self._source}; the tool was not called (tool replay is on)")
            return ToolResult(text=text, is_error=True, duration_s=time.monotonic() - t0,
                              for_model=text)
        text = str(hit.get("result", ""))
        for_model = text if len(text) <= self._cap else (
            f"{text[:self._cap]}\n[... truncated {len(text) - self._cap} chars]")
        return ToolResult(text=text, is_error=bool(hit.get("is_error")),
                          duration_s=time.monotonic() - t0, for_model=for_model)


class ReplayHub:
    """Stands in for McpHub: same ``tools_for`` / ``release`` interface."""

    def __init__(self, session: dict[str, Any], servers: Sequence[Any] = ()) -> None:
        self._tools = _recorded_tools(session)
        self._results = _recorded_results(session)
        self._source = str(session.get("id", "?"))
        self._cap = min((getattr(s, "result_max_chars", 20_000) for s in servers), default=20_000)

    async def tools_for(self, key: str) -> ReplayToolSession:
        return ReplayToolSession(self._tools, self._results, self._source, self._cap)

    async def release(self, key: str) -> None:
        return None
