"""What a simulated model reads from a request: the conversation (``Conversation``: the last
user prompt, the tools on offer, every tool call with its result), helpers that read numbers
out of tool results exactly as the tool wrote them, and the ``Reply`` it answers with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from provtui.demo.tokens import _message_text


@dataclass
class Call:
    name: str
    arguments: dict[str, Any]
    text: str
    """The tool result as the model received it."""
    data: Any
    """The result parsed as JSON, or None."""

    @property
    def failed(self) -> bool:
        if self.data is None:
            return bool(re.match(r"\s*(error|failed)\b", self.text, re.I))
        return isinstance(self.data, dict) and "error" in self.data and len(self.data) <= 3


@dataclass
class Conversation:
    prompt: str
    """The last user message."""
    tools: dict[str, dict[str, Any]]
    """Offered tool name -> its JSON-Schema parameters."""
    calls: list[Call]
    """Every tool call of the conversation with its result, oldest first."""
    steps: int
    """Assistant tool-call turns since the last user message."""
    asked_before: bool
    """An assistant answer without tool calls came before the last user message."""

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> Conversation:
        messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
        tools: dict[str, dict[str, Any]] = {}
        for t in body.get("tools") or []:
            fn = (t or {}).get("function") or {}
            if isinstance(fn.get("name"), str):
                params = fn.get("parameters")
                tools[fn["name"]] = params if isinstance(params, dict) else {}
        last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"),
                        default=-1)
        prompt = _message_text(messages[last_user].get("content")) if last_user >= 0 else ""
        results = {m.get("tool_call_id"): _message_text(m.get("content"))
                   for m in messages if m.get("role") == "tool"}
        calls: list[Call] = []
        steps = 0
        asked_before = False
        for i, m in enumerate(messages):
            if m.get("role") != "assistant":
                continue
            tcs = m.get("tool_calls") or []
            if not tcs and i < last_user:
                asked_before = True
            if tcs and i > last_user:
                steps += 1
            for tc in tcs:
                fn = (tc or {}).get("function") or {}
                raw = fn.get("arguments")
                try:
                    args = json.loads(raw) if isinstance(raw, str) and raw.strip() else (raw or {})
                except json.JSONDecodeError:
                    args = {}
                text = results.get(tc.get("id"), "")
                try:
                    data = json.loads(text)
                except (json.JSONDecodeError, TypeError):
                    data = None
                calls.append(Call(str(fn.get("name") or ""), args if isinstance(args, dict)
                                  else {}, text, data))
        return cls(prompt=prompt, tools=tools, calls=calls, steps=steps,
                   asked_before=asked_before)

    def results(self, name: str) -> list[Call]:
        return [c for c in self.calls if c.name == name and not c.failed]

    def last(self, name: str) -> Call | None:
        hits = self.results(name)
        return hits[-1] if hits else None


# ---------------------------------------------------------------------------- reading tool results


def _walk(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(v, f"{path}.{k}" if path else str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk(v, f"{path}[{i}]")
    else:
        yield path, obj


def _records(obj: Any) -> list[dict[str, Any]]:
    """The main list of records in a tool result (a bare list, or the first list of objects
    found under a key such as ``vehicles``, ``charges``, ``stations``)."""
    if isinstance(obj, list):
        return [r for r in obj if isinstance(r, dict)]
    if isinstance(obj, dict):
        for v in obj.values():
            if isinstance(v, list) and v and all(isinstance(r, dict) for r in v):
                return list(v)
        for v in obj.values():
            if isinstance(v, dict):
                found = _records(v)
                if found:
                    return found
    return []


def _num(obj: Any, *patterns: str) -> int | float | None:
    """The first numeric leaf whose key matches one of the patterns (tried in order, shallow
    paths before deep ones), exactly as the tool returned it."""
    leaves = sorted(((p, v) for p, v in _walk(obj)
                     if isinstance(v, (int, float)) and not isinstance(v, bool)),
                    key=lambda pv: pv[0].count(".") + pv[0].count("["))
    for pat in patterns:
        rx = re.compile(pat, re.I)
        for p, v in leaves:
            if rx.search(re.split(r"[.\[]", p)[-1]):
                return v
    return None


def _get(obj: Any, *paths: str) -> Any:
    """The value at the first dotted path present in obj."""
    for path in paths:
        node = obj
        for key in path.split("."):
            if not isinstance(node, dict) or key not in node:
                break
            node = node[key]
        else:
            return node
    return None


def show(value: Any) -> str:
    """A number as it appears in the tool's JSON (no rounding, no separators), so every
    number in an answer can be found in the tool results it came from."""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return str(value)


@dataclass
class Vehicle:
    id: Any
    label: str
    """Make and model, as a person says it: "Rivian R1S", "Tesla Model X"."""
    nickname: str | None
    record: dict[str, Any]


def _label_of(record: dict[str, Any], fallback: str) -> str:
    make, model = record.get("make"), record.get("model")
    if isinstance(make, str) and isinstance(model, str):
        return f"{make} {model}"
    desc = next((record[k] for k in ("vehicle", "description", "model", "display_name")
                 if isinstance(record.get(k), str)), None)
    if not desc:
        return fallback
    words = desc.split()
    if words and re.fullmatch(r"(19|20)\d\d", words[0]):
        words = words[1:]
    if len(words) >= 3 and words[1].lower() == "model":  # "Tesla Model X Long Range"
        return " ".join(words[:3])
    return " ".join(words[:2]) or fallback


def vehicles_of(conv: Conversation) -> list[Vehicle]:
    call = conv.last("list_vehicles")
    if call is None:
        return []
    out = []
    for r in _records(call.data):
        vid = next((r[k] for k in ("vehicle_id", "id", "vin") if k in r), None)
        if vid is None:
            continue
        nick = next((r[k] for k in ("name", "nickname") if isinstance(r.get(k), str)), None)
        out.append(Vehicle(vid, _label_of(r, nick or str(vid)), nick, r))
    return out


def _for_vehicle(conv: Conversation, name: str, v: Vehicle | None) -> Call | None:
    """The latest successful call of ``name`` made for that vehicle (or for any)."""
    hits = conv.results(name)
    if v is not None:
        mine = [c for c in hits if v.id in c.arguments.values()]
        if mine:
            return mine[-1]
    return hits[-1] if hits else None


@dataclass
class Reply:
    reasoning: str = ""
    content: str = ""
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def finish_reason(self) -> str:
        return "tool_calls" if self.tool_calls else "stop"
