"""Simulated inference providers for ``provtui demo``: a real HTTP server on 127.0.0.1.

Four providers serve "the same model" behind an OpenAI-compatible API, each under its own
path prefix (``http://127.0.0.1:PORT/explorer/v1`` ...).  Each one behaves like a provider in
the seed study ("Same Weights, Different Results"), so a user with no keys and no network
sees every code path of a real comparison: HTTP, SSE parsing, tool calls over MCP, analysis
and saving.  Only the model is simulated.

- ``explorer`` (like the seed's local Ollama) calls 17 tools in 13 turns, two calls in some
  turns, then writes a long analysis.
- ``methodical`` (like NVIDIA NIM) calls 7 well-chosen tools, then a complete analysis.
- ``asker`` (like OpenRouter) calls ``list_vehicles`` and then asks which vehicle to analyse,
  with words glued together the way the seed saw ("soulsbeneath").
- ``small`` (like DeepInfra) has a 34,000-token context and answers HTTP 400 when the
  request does not fit (see ``requested_tokens`` for how that is counted).

The server is stateless per request, like a real one: the next action is decided from the
conversation in the request (which tools were already called, and what they returned), and
every number in an answer is read from the tool results in that conversation.

Each provider also has its own wire habits (docs WIRE.md): CRLF framing, ``data:`` without
the space, tool calls whole in one chunk or with id/name repeated in every chunk, usage in a
``choices: []`` chunk or never, ``: OPENROUTER PROCESSING`` comments, a ``provider`` field,
``reasoning_content`` vs ``reasoning`` (+ ``reasoning_details``), writes split mid-character.

Standard library only (asyncio streams); no dependency beyond Python.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "MODEL_ID",
    "PERSONALITIES",
    "Personality",
    "SimServer",
    "SimThread",
    "CHARS_PER_TOKEN",
    "render_prompt",
    "requested_tokens",
    "split_tokens",
]

MODEL_ID = "nemotron-nano-30b (simulated)"

CHARS_PER_TOKEN = 4.0
"""The documented token estimate: one token per 4 characters of the *rendered* prompt (the
usual rule of thumb for English and JSON with a BPE tokenizer).  The sim has no tokenizer, and
a real server counts what its chat template produced, not the JSON body: see render_prompt."""

_MAX_BODY = 16 * 1024 * 1024


# ---------------------------------------------------------------------------- personalities


@dataclass(frozen=True)
class Personality:
    name: str
    like: str
    """The provider of the seed study this one behaves like."""
    ttft_s: float
    tokens_per_s: float
    context_window: int
    reasoning_field: str | None
    """``reasoning_content`` | ``reasoning`` | None (no reasoning stream)."""
    line_end: str = "\n"
    data_prefix: str = "data: "
    tool_call_style: str = "canonical"
    """canonical (id+name first, then argument slices) | whole (one chunk per call) |
    repeat (id and name repeated in every argument chunk)."""
    usage_style: str = "final_chunk"
    """final_chunk (``choices: []`` chunk when stream_options.include_usage) | always (an
    extra chunk that repeats finish_reason, OpenRouter) | none."""
    role_every_chunk: bool = False
    served_by: str | None = None
    """Sent as the OpenRouter-style ``provider`` field in every chunk."""
    processing_comment: str | None = None
    """SSE comment line sent at once and then every 0.5 s until the first token."""
    split_writes: bool = False
    """Write each SSE event in two or three pieces, cut anywhere (mid-UTF-8 character too)."""
    tool_id_style: str = "openai"
    system_fingerprint: str | None = None
    prefill_role_chunk: bool = False
    """Send the role-only chunk at once, before the first token (vLLM does)."""


PERSONALITIES: dict[str, Personality] = {
    p.name: p
    for p in (
        Personality(
            name="explorer", like="Ollama (local)", ttft_s=0.25, tokens_per_s=150.0,
            context_window=131_072, reasoning_field=None, tool_call_style="whole",
            usage_style="final_chunk", role_every_chunk=True, tool_id_style="ollama",
            system_fingerprint="fp_ollama",
        ),
        Personality(
            name="methodical", like="NVIDIA NIM", ttft_s=0.55, tokens_per_s=135.0,
            context_window=131_072, reasoning_field="reasoning_content",
            tool_call_style="repeat", usage_style="final_chunk", tool_id_style="vllm",
            prefill_role_chunk=True,
        ),
        Personality(
            name="asker", like="OpenRouter", ttft_s=1.45, tokens_per_s=32.0,
            context_window=131_072, reasoning_field="reasoning", tool_call_style="canonical",
            usage_style="always", served_by="Nvidia", processing_comment=": OPENROUTER PROCESSING",
            split_writes=True, tool_id_style="openai",
        ),
        Personality(
            name="small", like="DeepInfra", ttft_s=0.40, tokens_per_s=60.0,
            context_window=34_000, reasoning_field=None, line_end="\r\n", data_prefix="data:",
            tool_call_style="canonical", usage_style="none", role_every_chunk=True,
            tool_id_style="openai",
        ),
    )
}


# ---------------------------------------------------------------------------- token counting


def _message_text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict):
                parts.append(str(part.get("text") or part.get("content") or ""))
            else:
                parts.append(str(part))
        return "".join(parts)
    return json.dumps(content, ensure_ascii=False)


def render_prompt(body: dict[str, Any]) -> str:
    """The prompt laid out the way a Hermes-style chat template does it (the family of
    templates Nemotron and most open tool-calling models use): tool definitions go into the
    system turn as indented JSON inside ``<tools>`` with a paragraph of instructions, and each
    message is wrapped in ``<|im_start|>role ... <|im_end|>``.  Counting this text, rather than
    the compact request JSON, is what makes tool definitions cost what they cost on a real
    server."""
    out: list[str] = []
    messages = body.get("messages") or []
    system = ""
    rest = messages
    if messages and isinstance(messages[0], dict) and messages[0].get("role") == "system":
        system = _message_text(messages[0].get("content"))
        rest = messages[1:]
    tools = body.get("tools") or []
    if tools:
        system += (
            "\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n"
            "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
        )
        system += "\n".join(json.dumps(t, ensure_ascii=False, indent=2) for t in tools)
        system += (
            "\n</tools>\n\nFor each function call, return a json object with function name and "
            "arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n"
            '{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>'
        )
    if system:
        out.append(f"<|im_start|>system\n{system}<|im_end|>\n")
    for m in rest:
        if not isinstance(m, dict):
            continue
        role = str(m.get("role") or "user")
        text = _message_text(m.get("content"))
        for call in m.get("tool_calls") or []:
            fn = (call or {}).get("function") or {}
            text += ("\n<tool_call>\n" + json.dumps(
                {"name": fn.get("name"), "arguments": fn.get("arguments")}, ensure_ascii=False)
                + "\n</tool_call>")
        if role == "tool":
            role, text = "user", f"<tool_response>\n{text}\n</tool_response>"
        out.append(f"<|im_start|>{role}\n{text}<|im_end|>\n")
    out.append("<|im_start|>assistant\n")
    return "".join(out)


def estimate_prompt_tokens(body: dict[str, Any]) -> int:
    return math.ceil(len(render_prompt(body)) / CHARS_PER_TOKEN)


def requested_tokens(body: dict[str, Any]) -> tuple[int, int]:
    """(prompt tokens, completion tokens) the way vLLM-based hosts check a request against
    the context: the rendered prompt plus the output budget the client asked for
    (``max_tokens`` / ``max_completion_tokens``) must fit.  With no budget in the request the
    server would give the rest of the window, so only the prompt has to fit."""
    completion = body.get("max_tokens") or body.get("max_completion_tokens") or 0
    if not isinstance(completion, int) or isinstance(completion, bool) or completion < 0:
        completion = 0
    return estimate_prompt_tokens(body), completion


_TOKEN_RE = re.compile(r" ?[^\W\d_]{1,7}| ?\d{1,3}| ?\S|\s")


def split_tokens(text: str) -> list[str]:
    """Text cut into pieces about the size of BPE tokens; ``"".join`` gives the text back."""
    return _TOKEN_RE.findall(text)


# ---------------------------------------------------------------------------- the conversation


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


# ---------------------------------------------------------------------------- replies


@dataclass
class Reply:
    reasoning: str = ""
    content: str = ""
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def finish_reason(self) -> str:
        return "tool_calls" if self.tool_calls else "stop"


@dataclass(frozen=True)
class Step:
    tool: str
    vehicle: int | None = None
    """Index into list_vehicles' vehicles whose id fills the vehicle argument."""
    hints: tuple[tuple[str, Any], ...] = ()
    """Argument values to use for the properties of these names, when the schema has them."""
    why: str = ""


def _s(tool: str, vehicle: int | None = None, why: str = "", **hints: Any) -> Step:
    return Step(tool, vehicle, tuple(hints.items()), why)


# The seed's Ollama chain, nearly verbatim, with the second vehicle's health and two calls in
# a few turns (Ollama emits parallel calls when the model asks for them).
EXPLORER_PLAN: list[list[Step]] = [
    [_s("list_vehicles", why="see which vehicles are linked")],
    [_s("get_vehicle_status", 0, why="current state of charge and location")],
    [_s("get_battery_health", 0, why="battery health"), _s("get_battery_health", 1)],
    [_s("get_charges_brief", 0, why="recent charging sessions"), _s("get_drives_brief", 0)],
    [_s("find_nearby_chargers", 0, why="chargers near the vehicle")],
    [_s("get_my_chargers", why="the home chargers")],
    [_s("get_efficiency", 0, why="energy efficiency")],
    [_s("find_nearby_chargers", 0, why="a wider search for fast chargers", radius_km=50,
        min_power_kw=150)],
    [_s("search_public_chargers", why="public fast-charging networks",
        query="Electrify America"),
     _s("search_public_chargers", query="Tesla Supercharger")],
    [_s("current_time", why="the date, to frame the period")],
    [_s("get_aggregations", 0, why="monthly totals", period="month"),
     _s("get_aggregations", 1, period="month")],
    [_s("current_time")],
    [_s("get_aggregations", why="weekly totals for the whole fleet", vehicle_id="all",
        period="week")],
]

# The seed's NIM chain: seven calls, one per turn, every key category once.
METHODICAL_PLAN: list[list[Step]] = [
    [_s("list_vehicles", why="I need the vehicle ids first")],
    [_s("get_battery_health", 0, why="battery health is the core of the question")],
    [_s("get_vehicle_status", 0, why="current state of charge and location")],
    [_s("get_charges", 0, why="charging history")],
    [_s("get_my_chargers", why="which home chargers the sessions use")],
    [_s("find_nearby_chargers", 0, why="public charging options near the vehicle")],
    [_s("search_public_chargers", why="fast-charging options for longer trips",
        query="supercharger")],
]

ASKER_PLAN: list[list[Step]] = [[_s("list_vehicles", why="see which vehicles exist")]]

# After the user names a vehicle: the seed's OpenRouter 9B chain.
ASKER_FOLLOW_UP: list[list[Step]] = [
    [_s("get_battery_health", 0, why="battery health of the chosen vehicle")],
    [_s("get_charges", 0, why="its charging sessions")],
    [_s("find_nearby_chargers", 0, why="chargers near it")],
]

SMALL_PLAN: list[list[Step]] = [
    [_s("list_vehicles", why="see which vehicles exist")],
    [_s("get_battery_health", 0, why="battery health")],
    [_s("get_charges", 0, why="charging sessions")],
    [_s("get_efficiency", 0, why="efficiency")],
]

_PLANS = {"explorer": EXPLORER_PLAN, "methodical": METHODICAL_PLAN, "asker": ASKER_PLAN,
          "small": SMALL_PLAN}

_VEHICLE_ARG = re.compile(r"^(vehicle(_?id)?|vin|car(_?id)?|id)$", re.I)
_LAT_ARG = re.compile(r"^lat(itude)?$", re.I)
_LON_ARG = re.compile(r"^(lon|lng|long|longitude)$", re.I)

# A place to search from when no tool said where the vehicle is (Palo Alto).
_FALLBACK_LOCATION = (37.4419, -122.1430)


def _location(conv: Conversation, v: Vehicle | None) -> tuple[float, float] | None:
    sources = []
    status = _for_vehicle(conv, "get_vehicle_status", v)
    if status is not None:
        sources.append(status.data)
    if v is not None:
        sources.append(v.record)
    for src in sources:
        lat = _num(src, r"^lat(itude)?$")
        lon = _num(src, r"^(lon|lng|long|longitude)$")
        if lat is not None and lon is not None:
            return float(lat), float(lon)
    return None


def _fill_arguments(step: Step, schema: dict[str, Any], conv: Conversation) -> dict[str, Any]:
    """Arguments from the tool's own schema, the way a model reads a tool definition: the
    vehicle id from list_vehicles, coordinates from the status, the plan's hints for the rest,
    and something sensible for any other required property."""
    props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    required = set(schema.get("required") or [])
    hints = dict(step.hints)
    vehicles = vehicles_of(conv)
    v = None
    if step.vehicle is not None and vehicles:
        v = vehicles[min(step.vehicle, len(vehicles) - 1)]
    loc = _location(conv, v)
    args: dict[str, Any] = {}
    for name, prop in props.items():
        prop = prop if isinstance(prop, dict) else {}
        enum = prop.get("enum")
        if name in hints and (not enum or hints[name] in enum):
            args[name] = hints[name]
        elif _VEHICLE_ARG.match(name) and v is not None:
            args[name] = v.id
        elif _LAT_ARG.match(name) and (loc or name in required):
            args[name] = (loc or _FALLBACK_LOCATION)[0]
        elif _LON_ARG.match(name) and (loc or name in required):
            args[name] = (loc or _FALLBACK_LOCATION)[1]
        elif name in required:
            args[name] = _default_for(name, prop, v)
    return args


def _default_for(name: str, prop: dict[str, Any], v: Vehicle | None) -> Any:
    if prop.get("enum"):
        return prop["enum"][0]
    if "default" in prop:
        return prop["default"]
    kind = prop.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "integer":
        return 10 if re.search(r"limit|count|max|days", name, re.I) else 1
    if kind == "number":
        return 25.0
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {}
    if re.search(r"vehicle|vin|car", name, re.I) and v is not None:
        return str(v.id)
    if re.search(r"query|search|q$|term", name, re.I):
        return "DC fast charger"
    return "all"


def _plan_turn(plan: list[list[Step]], step: int, conv: Conversation) -> list[Step] | None:
    """The plan's turn number ``step`` among the turns whose tools are on offer."""
    turns = [[s for s in turn if s.tool in conv.tools] for turn in plan]
    turns = [t for t in turns if t]
    return turns[step] if step < len(turns) else None


def _tool_calls(turn: list[Step], conv: Conversation) -> list[tuple[str, dict[str, Any]]]:
    return [(s.tool, _fill_arguments(s, conv.tools[s.tool], conv)) for s in turn]


def _think_before(turn: list[Step], conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    parts: list[str] = []
    if not conv.calls:
        parts.append("The user wants an analysis of battery health and charging data, and "
                     "tools are available.")
    else:
        last = conv.calls[-1]
        if last.name == "list_vehicles" and vehicles:
            names = " and ".join(v.label for v in vehicles)
            parts.append(f"list_vehicles returned {len(vehicles)} vehicle"
                         f"{'s' if len(vehicles) != 1 else ''}: {names}.")
        elif last.failed:
            parts.append(f"{last.name} failed, so I will work around it.")
        else:
            parts.append(_noted(last, vehicles))
    first = turn[0]
    target = ""
    if first.vehicle is not None and vehicles:
        target = f" for the {vehicles[min(first.vehicle, len(vehicles) - 1)].label}"
    why = first.why or first.tool.replace("_", " ")
    parts.append(f"Next: {why}{target}, so I'll call {first.tool}.")
    return " ".join(parts)


# ---- final answers: every number comes from a tool result, printed as the tool wrote it


def _vehicle_of(call: Call, vehicles: list[Vehicle]) -> Vehicle | None:
    hit = next((v for v in vehicles if v.id in call.arguments.values()), None)
    return hit or (vehicles[0] if len(vehicles) == 1 else None)


def _who(v: Vehicle | None) -> str:
    return v.label if v else "The vehicle"


def health_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    soh = _num(d, r"^(state_of_health|soh)(_pct)?$", r"^capacity_pct$", r"health.*pct")
    usable = _num(d, r"^usable_kwh", r"usable")
    new = _num(d, r"kwh_new$", r"^original_capacity", r"^pack_kwh")
    deg = _num(d, r"^degradation")
    full = _num(d, r"full_range_now", r"range_now")
    dc = _num(d, r"dc_fast_share")
    bits = []
    if soh is not None:
        bits.append(f"capacity {show(soh)}% of new")
    if usable is not None:
        bits.append(f"{show(usable)} kWh usable" + (f" of {show(new)} kWh" if new is not None
                                                    else ""))
    if deg is not None:
        bits.append(f"{show(deg)}% degradation")
    if full is not None:
        bits.append(f"about {show(full)} mi of full range")
    if dc is not None:
        bits.append(f"DC fast charging {show(dc)}% of the energy")
    if not bits:
        return None
    line = f"{_who(v)}: " + ", ".join(bits)
    assessment = d.get("assessment") if isinstance(d, dict) else None
    if isinstance(assessment, str):
        line += f" (assessment: {assessment})"
    return line + "."


def status_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    soc = _num(d, r"^battery_soc$", r"^soc$", r"state_of_charge", r"battery_level")
    limit = _num(d, r"charge_limit")
    rng = _num(d, r"estimated_range", r"range_mi")
    bits = []
    if soc is not None:
        bits.append(f"{show(soc)}% charged" + (f" (limit {show(limit)}%)" if limit is not None
                                              else ""))
    if rng is not None:
        bits.append(f"{show(rng)} mi of range")
    state = d.get("charging_state") if isinstance(d, dict) else None
    where = _get(d, "location.name")
    if isinstance(state, str):
        bits.append(state.replace("_", " ") + (f" at {where}" if isinstance(where, str) else ""))
    return f"{_who(v)}: " + ", ".join(bits) + "." if bits else None


def charges_brief_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    n = _num(d, r"^sessions$", r"^count$")
    if n is None:
        return None
    days = _num(d, r"^days$")
    line = f"{_who(v)}, last {show(days)} days: {show(n)} charging sessions" if days else \
        f"{_who(v)}: {show(n)} charging sessions"
    kwh, cost = _num(d, r"^energy_added_kwh$"), _num(d, r"^cost_usd$")
    if kwh is not None:
        line += f", {show(kwh)} kWh added"
        if cost is not None:
            line += f" for ${show(cost)}"
    avg = _num(d, r"^avg_cost_per_kwh$")
    if avg is not None:
        line += f" (${show(avg)}/kWh on average)"
    ac, dc = _get(d, "energy_by_type_kwh.AC"), _get(d, "energy_by_type_kwh.DC")
    if isinstance(ac, (int, float)) and isinstance(dc, (int, float)):
        line += f"; AC {show(ac)} kWh, DC fast {show(dc)} kWh"
    return line + "."


def charges_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    rows = _records(d)
    total = _num(d, r"^total_matching$", r"^total$", r"^count$")
    if not rows and total is None:
        return None
    line = f"{_who(v)}: {show(total if total is not None else len(rows))} charging sessions on " \
           "record"
    if rows:
        r = rows[0]
        line += (f"; the latest started {r.get('start')} at {r.get('location')} "
                 f"({r.get('type')}, {show(r.get('energy_added_kwh'))} kWh, "
                 f"{show(r.get('start_soc'))}→{show(r.get('end_soc'))}%, "
                 f"${show(r.get('cost_usd'))})")
        fast = next((x for x in rows if str(x.get("type")).upper() == "DC"), None)
        if fast is not None:
            line += (f"; the latest DC fast session was at {fast.get('location')}, "
                     f"{show(fast.get('energy_added_kwh'))} kWh at up to "
                     f"{show(fast.get('peak_kw'))} kW")
    return line + "."


def drives_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    n, dist = _num(d, r"^drives$"), _num(d, r"^distance_mi$")
    if n is None or dist is None:
        return None
    days = _num(d, r"^days$")
    eff = _num(d, r"^avg_mi_per_kwh$")
    line = f"{_who(v)}" + (f", last {show(days)} days" if days else "") + \
        f": {show(n)} drives, {show(dist)} mi"
    if eff is not None:
        line += f" at {show(eff)} mi/kWh"
    return line + "."


def efficiency_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    mpk = _get(d, "overall.mi_per_kwh")
    if not isinstance(mpk, (int, float)):
        mpk = _num(d, r"mi_per_kwh$")
    if mpk is None:
        return None
    line = f"{_who(v)}: {show(mpk)} mi/kWh"
    whm = _get(d, "overall.wh_per_mi")
    if isinstance(whm, (int, float)):
        line += f" ({show(whm)} Wh/mi)"
    days = _num(d, r"^days$")
    if days is not None:
        line += f" over {show(days)} days"
    rated, vs = _num(d, r"^rated_mi_per_kwh$"), _num(d, r"^vs_rated_pct$")
    if rated is not None and vs is not None:
        line += f", {show(vs)}% against the rated {show(rated)} mi/kWh"
    city, hwy = _get(d, "city.mi_per_kwh"), _get(d, "highway.mi_per_kwh")
    if isinstance(city, (int, float)) and isinstance(hwy, (int, float)):
        line += f"; city {show(city)}, highway {show(hwy)} mi/kWh"
    cold = _get(d, "by_outside_temp.below_10c.mi_per_kwh")
    if isinstance(cold, (int, float)):
        line += f"; below 10 °C only {show(cold)} mi/kWh"
    return line + "."


def my_charger_lines(call: Call) -> list[str]:
    out = []
    for c in _records(call.data):
        line = f"{c.get('name')}"
        if c.get("max_kw") is not None:
            line += f" ({show(c.get('max_kw'))} kW, {c.get('status', 'status unknown')})"
        if c.get("sessions_this_month") is not None:
            line += (f": {show(c.get('sessions_this_month'))} sessions this month, "
                     f"{show(c.get('kwh_this_month'))} kWh, ${show(c.get('cost_this_month_usd'))}")
        if isinstance(c.get("tariff"), str):
            line += f"; tariff {c['tariff']}"
        out.append(line + ".")
    return out


def _station(s: dict[str, Any]) -> str:
    text = f"{s.get('name')}"
    bits = []
    if s.get("distance_km") is not None:
        bits.append(f"{show(s['distance_km'])} km away")
    if s.get("max_kw") is not None:
        bits.append(f"{show(s['max_kw'])} kW")
    if s.get("available_stalls") is not None and s.get("stalls") is not None:
        bits.append(f"{show(s['available_stalls'])} of {show(s['stalls'])} stalls free")
    return text + (f" ({', '.join(bits)})" if bits else "")


def nearby_line(call: Call) -> str | None:
    d = call.data
    rows = _records(d)
    found = _num(d, r"^found$", r"^count$")
    radius = _num(d, r"^radius")
    if not rows:
        return f"No public stations within {show(radius)} km." if radius is not None else None
    head = f"Within {show(radius)} km" if radius is not None else "Nearby"
    min_kw = call.arguments.get("min_power_kw")
    if min_kw:
        head += f" and at least {show(min_kw)} kW"
    return (f"{head}: {show(found if found is not None else len(rows))} stations, the nearest "
            f"{_station(rows[0])}.")


def search_line(call: Call) -> str | None:
    d = call.data
    rows = _records(d)
    query = d.get("query") if isinstance(d, dict) else None
    found = _num(d, r"^found$", r"^count$")
    if query is None:
        return None
    if not rows:
        return f"No stations match “{query}”."
    names = ", ".join(str(r.get("name")) for r in rows[:2])
    return f"“{query}”: {show(found if found is not None else len(rows))} stations ({names})."


def aggregation_line(call: Call, vehicles: list[Vehicle]) -> str | None:
    d = call.data
    rows = _records(d)
    if not rows:
        return None
    period = d.get("period", "period") if isinstance(d, dict) else "period"
    labels = {str(v.id): v.label for v in vehicles}
    ids = d.get("vehicles", []) if isinstance(d, dict) else []
    who = " and ".join(labels.get(str(x), str(x)) for x in ids) if isinstance(ids, list) else ""
    parts = []
    for r in rows[-2:]:
        parts.append(f"{r.get('period_start')}: {show(r.get('charged_kwh'))} kWh charged for "
                     f"${show(r.get('charge_cost_usd'))}, {show(r.get('distance_mi'))} mi driven")
    return f"Per {period} ({who}): " + "; ".join(parts) + "."


def time_line(call: Call) -> str | None:
    d = call.data
    if not isinstance(d, dict) or not d.get("local"):
        return None
    return f"{d.get('day_of_week', '')} {d['local']}".strip()


def _noted(call: Call, vehicles: list[Vehicle]) -> str:
    """What the model's reasoning takes from the result it just got."""
    v = _vehicle_of(call, vehicles)
    fn = {"get_battery_health": health_line, "get_vehicle_status": status_line,
          "get_charges": charges_line, "get_charges_brief": charges_brief_line,
          "get_efficiency": efficiency_line, "get_drives_brief": drives_line}.get(call.name)
    line = fn(v, call) if fn else None
    if line is None and call.name == "get_my_chargers":
        line = " ".join(my_charger_lines(call)[:1]) or None
    if line is None and call.name == "find_nearby_chargers":
        line = nearby_line(call)
    if not line:
        return f"{call.name} answered."
    line = ", ".join(line.split(";")[0].rstrip(".").split(", ")[:3])
    return f"{call.name} says: {line}."


def _lines(conv: Conversation, tool: str, fn: Any, vehicles: list[Vehicle]) -> list[str]:
    out = []
    for call in conv.results(tool):
        line = fn(_vehicle_of(call, vehicles), call)
        if line and line not in out:
            out.append(line)
    return out


def _advice(conv: Conversation, vehicles: list[Vehicle]) -> list[str]:
    """Recommendations that follow from the data (and add no numbers of their own)."""
    out = []
    for call in conv.results("get_battery_health"):
        v = _vehicle_of(call, vehicles)
        a = call.data.get("assessment") if isinstance(call.data, dict) else None
        if isinstance(a, str) and re.search(r"above|high|check", a, re.I):
            out.append(f"The {_who(v)}'s pack is degrading faster than usual: book a battery "
                       "check with service and favour home AC charging over DC fast charging.")
        elif isinstance(a, str):
            out.append(f"The {_who(v)}'s battery is ageing as expected ({a}); nothing needs "
                       "fixing.")
    if conv.results("get_efficiency"):
        out.append("Cold weather is costing range: precondition the cabin while still plugged "
                   "in, so the energy comes from the wall rather than the pack.")
    if any(isinstance(c.get("tariff"), str) for call in conv.results("get_my_chargers")
           for c in _records(call.data)):
        out.append("Keep scheduling home charging inside the off-peak tariff window; it is "
                   "already the cheapest energy in the data.")
    out.append("Keep the daily charge limit where it is and charge to full only before long "
               "trips.")
    return out


def explorer_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    lines = ["# Battery health and charging analysis", ""]
    if vehicles:
        names = " and ".join(f"{v.label} “{v.nickname}”" if v.nickname else v.label
                             for v in vehicles)
        lines.append(f"Fleet: {names}.")
    when = [t for c in conv.results("current_time") if (t := time_line(c))]
    if when:
        lines.append(f"Data as of {when[-1]}.")
    lines.append("")
    sections = [
        ("Battery health", _lines(conv, "get_battery_health", health_line, vehicles)),
        ("Right now", _lines(conv, "get_vehicle_status", status_line, vehicles)),
        ("Charging", _lines(conv, "get_charges_brief", charges_brief_line, vehicles)
         + _lines(conv, "get_charges", charges_line, vehicles)),
        ("Driving and efficiency", _lines(conv, "get_drives_brief", drives_line, vehicles)
         + _lines(conv, "get_efficiency", efficiency_line, vehicles)),
        ("Chargers", [x for c in conv.results("get_my_chargers") for x in my_charger_lines(c)]
         + [x for c in conv.results("find_nearby_chargers") if (x := nearby_line(c))]
         + [x for c in conv.results("search_public_chargers") if (x := search_line(c))]),
        ("Trends", [x for c in conv.results("get_aggregations")
                    if (x := aggregation_line(c, vehicles))]),
    ]
    for title, items in sections:
        if items:
            lines += [f"## {title}", ""] + [f"- {x}" for x in items] + [""]
    lines += ["## Recommendations", ""] + [f"- {x}" for x in _advice(conv, vehicles)]
    failed = sorted({c.name for c in conv.calls if c.failed})
    if failed:
        lines += ["", "Not covered, because these tools returned errors: " + ", ".join(failed)
                  + "."]
    return "\n".join(lines)


def methodical_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    focus = next((_vehicle_of(c, vehicles) for c in conv.results("get_battery_health")), None)
    title = f"**Battery health and charging summary: {_who(focus)}**" if focus else \
        "**Battery health and charging summary**"
    items = []
    for label, tool, fn in (("Battery health", "get_battery_health", health_line),
                            ("Current status", "get_vehicle_status", status_line),
                            ("Charging history", "get_charges", charges_line),
                            ("Efficiency", "get_efficiency", efficiency_line)):
        for line in _lines(conv, tool, fn, vehicles):
            items.append(f"- **{label}.** {line}")
    homes = [x for c in conv.results("get_my_chargers") for x in my_charger_lines(c)]
    if homes:
        items.append("- **Home and office chargers.** " + " ".join(homes))
    public = [x for c in conv.results("find_nearby_chargers") if (x := nearby_line(c))] + \
        [x for c in conv.results("search_public_chargers") if (x := search_line(c))]
    if public:
        items.append("- **Public charging.** " + " ".join(public))
    advice = _advice(conv, vehicles)
    return "\n".join([title, ""] + items + ["", "**Conclusion.** " + " ".join(advice[:2])])


def small_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    bits = (_lines(conv, "get_battery_health", health_line, vehicles)
            + _lines(conv, "get_charges", charges_line, vehicles)
            + _lines(conv, "get_efficiency", efficiency_line, vehicles))
    return ("Here is what the data shows. " + " ".join(bits)) if bits else \
        "The tools returned no battery data."


_COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# The asker's glued words are plain English pairs ("chargingsessions", "thevehicle"), never
# something that could pass for an identifier such as "batteryhealth".
def asker_question(conv: Conversation) -> str:
    names = [v.label for v in vehicles_of(conv)]
    count = _COUNT_WORDS[len(names)] if len(names) < len(_COUNT_WORDS) else str(len(names))
    if len(names) >= 2:
        listing = ", ".join(names[:-1]) + " and " + names[-1]
        return (f"I see you have {count} vehicles linked to your account: {listing}. Which of "
                "these vehicles would you like me to analyze? Once you choose, I will look at "
                "the battery health and the chargingsessions for thevehicle you pick.")
    if names:
        return (f"I found one vehicle linked to your account: {names[0]}. Should I go ahead "
                "and analyze its battery health and chargingsessions?")
    return "I could not find any vehicles on thisaccount. Which account should I look at?"


def asker_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    bits = (_lines(conv, "get_battery_health", health_line, vehicles)
            + _lines(conv, "get_charges", charges_line, vehicles)
            + [x for c in conv.results("find_nearby_chargers") if (x := nearby_line(c))])
    if not bits:
        return "Thanks! The tools returned no data for thevehicle."
    return "Thanks! Here is theanalysis. " + " ".join(bits)


# ---- the N-word sentence task

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_WORDS_TASK = re.compile(
    r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")[\s-]+words?\b(?:[\s-]+long)?", re.I)

# The seed's table, word for word.
_SEED_OCEAN = {
    "small": "The endless blue horizon whispers secrets of distant worlds beyond boundless "
             "imagination.",
    "methodical": "The ocean waves rhythmically crash a soothing sound that calms the soul",
    "explorer": "Ocean waves whisper ancient secrets, painting shifting horizons beneath "
                "endless skies.",
    "asker": "Waves whispered secrets to wandering soulsbeneath endless blue horizons of "
             "mystery.",
}

_FILLER = ("quietly beneath the wide silver sky while gentle light drifts across every distant "
           "shore and patient winds carry old stories home again tonight").split()


def words_task(prompt: str) -> tuple[int, str] | None:
    """(N, topic) when the prompt asks for an N-word sentence."""
    m = _WORDS_TASK.search(prompt)
    if not m or not re.search(r"sentence|line|phrase", prompt, re.I):
        return None
    raw = m.group(1).lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    t = re.search(r"\babout\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][\w-]*)", prompt, re.I)
    return n, (t.group(1).lower() if t else "world")


def _sentence(n: int, topic: str) -> list[str]:
    words = ["The", topic, "moves"] + _FILLER
    while len(words) < n:
        words += _FILLER
    return words[:max(1, n)]


def sentence_reply(p: Personality, n: int, topic: str) -> Reply:
    if n == 12 and topic == "ocean":
        text = _SEED_OCEAN[p.name]
    else:
        if p.name == "explorer":  # short by two, like the seed's Ollama
            words = _sentence(max(1, n - 2), topic)
        else:
            words = _sentence(n, topic)
        if p.name == "asker" and len(words) >= 5:  # one space lost, like "soulsbeneath"
            i = len(words) // 2
            words = words[:i] + [words[i] + words[i + 1]] + words[i + 2:]
        text = " ".join(words) + "."
    reasoning = ""
    if p.reasoning_field:
        reasoning = (f"The user wants exactly {n} words about {topic}. Let me draft one and "
                     f"count the words before answering.")
    return Reply(reasoning=reasoning, content=text)


# ---- the decision


def decide(p: Personality, body: dict[str, Any]) -> Reply:
    """The next assistant message for this personality, from the conversation alone."""
    conv = Conversation.from_body(body)
    task = words_task(conv.prompt)
    if task and not conv.calls:
        return sentence_reply(p, *task)
    if "list_vehicles" not in conv.tools:
        return Reply(
            reasoning=("No tools I know are offered; I can only answer in text."
                       if p.reasoning_field else ""),
            content=(f"(provtui simulated provider \"{p.name}\", behaving like {p.like}.) "
                     "This simulated model only knows the demo's two tasks: the EV battery "
                     "analysis with the ev MCP server attached, and an N-word sentence. "
                     "For anything else, configure a real provider (provtui config init)."))
    plan = _PLANS[p.name]
    if p.name == "asker" and conv.asked_before:
        chosen = _named_vehicle(conv)
        if chosen is not None:
            plan = [[Step(s.tool, chosen, s.hints, s.why) for s in turn]
                    for turn in ASKER_FOLLOW_UP]
    turn = _plan_turn(plan, conv.steps, conv)
    if turn is not None:
        reasoning = _think_before(turn, conv) if p.reasoning_field else ""
        return Reply(reasoning=reasoning, tool_calls=_tool_calls(turn, conv))
    if p.name == "asker":
        if conv.asked_before and _named_vehicle(conv) is not None:
            content = asker_analysis(conv)
        else:
            content = asker_question(conv)
        reasoning = ("There is more than one vehicle, so I should check with the user which "
                     "one to analyze before calling more tools.")
        return Reply(reasoning=reasoning, content=content)
    content = {"explorer": explorer_analysis, "methodical": methodical_analysis,
               "small": small_analysis}[p.name](conv)
    reasoning = ""
    if p.reasoning_field:
        reasoning = (f"I have results from {len(conv.calls)} tool calls. Time to summarise "
                     "battery health first, then charging, then infrastructure.")
    return Reply(reasoning=reasoning, content=content)


def _named_vehicle(conv: Conversation) -> int | None:
    text = conv.prompt.lower()
    for i, v in enumerate(vehicles_of(conv)):
        words = [w for w in re.split(r"\W+", v.label.lower() + " " + (v.nickname or "").lower())
                 if len(w) > 1]
        if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
            return i
    return None


# ---------------------------------------------------------------------------- HTTP


_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
            413: "Payload Too Large", 500: "Internal Server Error"}


class _HttpError(Exception):
    def __init__(self, status: int, message: str, type_: str = "invalid_request_error",
                 code: str | None = None, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": {"message": message, "type": type_, "param": param,
                               "code": code}}


class SimServer:
    """The simulated providers.  ``async with SimServer() as sim:`` or ``await start()`` /
    ``await stop()``; ``SimServer.start_in_thread()`` for sync code.

    ``speed`` divides every delay (the tests run at 20x; the demo at 1x).  ``jitter`` varies
    each delay by up to that fraction, so repeats of a run differ a little, as on a real host.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, speed: float = 1.0,
                 jitter: float = 0.1, seed: int | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be > 0 (1.0 = the demo's real pace)")
        self.host = host
        self.port = port
        self.speed = speed
        self.jitter = jitter
        self._rng = random.Random(seed)
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._streaming: set[asyncio.StreamWriter] = set()
        """Connections whose response headers are out (an error can no longer be sent)."""
        self.requests = 0

    def base_url(self, personality: str) -> str:
        if personality not in PERSONALITIES:
            raise KeyError(f"no simulated provider {personality!r}; "
                           f"choose one of {', '.join(PERSONALITIES)}")
        return f"http://{self.host}:{self.port}/{personality}/v1"

    async def start(self) -> SimServer:
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for w in list(self._writers):
            w.close()
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    async def __aenter__(self) -> SimServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @classmethod
    def start_in_thread(cls, **kw: Any) -> SimThread:
        return SimThread(cls(**kw))

    # ---- connection handling

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                method, path, headers, body = request
                self.requests += 1
                keep = await self._dispatch(method, path, headers, body, writer)
                if not keep or headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._writers.discard(writer)
            self._streaming.discard(writer)
            self._tasks.discard(task)
            writer.close()
            try:
                await writer.wait_closed()
            except (ConnectionError, asyncio.CancelledError):
                pass

    async def _read_request(self, reader: asyncio.StreamReader
                            ) -> tuple[str, str, dict[str, str], bytes] | None:
        line = await reader.readline()
        while line in (b"\r\n", b"\n"):
            line = await reader.readline()
        if not line:
            return None
        parts = line.decode("latin-1").split()
        if len(parts) != 3:
            raise ConnectionError("bad request line")
        method, path, _version = parts
        headers: dict[str, str] = {}
        while True:
            h = await reader.readline()
            if h in (b"\r\n", b"\n", b""):
                break
            k, _, v = h.decode("latin-1").partition(":")
            headers[k.strip().lower()] = v.strip()
        body = b""
        if "content-length" in headers:
            n = int(headers["content-length"])
            if n > _MAX_BODY:
                raise ConnectionError("body too large")
            body = await reader.readexactly(n)
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            pieces = []
            while True:
                size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                pieces.append(await reader.readexactly(size))
                await reader.readline()
            body = b"".join(pieces)
        return method, path.split("?", 1)[0], headers, body

    async def _dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes,
                        writer: asyncio.StreamWriter) -> bool:
        m = re.fullmatch(r"/([a-z-]+)/v1/(chat/completions|models)/?", path)
        try:
            if not m or m.group(1) not in PERSONALITIES:
                known = ", ".join(f"/{n}/v1" for n in PERSONALITIES)
                raise _HttpError(404, f"no simulated provider at {path}; the simulated "
                                      f"providers are {known}", code="not_found")
            p = PERSONALITIES[m.group(1)]
            if m.group(2) == "models":
                if method != "GET":
                    raise _HttpError(405, f"use GET for {path}")
                await self._send_json(writer, 200, {"object": "list", "data": [{
                    "id": MODEL_ID, "object": "model", "created": 1_732_500_000,
                    "owned_by": f"provtui-sim ({p.like})", "context_length": p.context_window}]})
                return True
            if method != "POST":
                raise _HttpError(405, f"use POST for {path}")
            body = self._parse_body(raw)
            await self._chat(p, body, writer)
            return True
        except _HttpError as err:
            await self._send_json(writer, err.status, err.body)
            return True
        except (ConnectionError, asyncio.CancelledError):
            raise
        except Exception as exc:  # noqa: BLE001 - a sim bug must look like a server error
            if writer in self._streaming:
                return False  # headers are out: all a real server can do is drop the stream
            await self._send_json(writer, 500, {"error": {
                "message": f"simulated provider failed: {type(exc).__name__}: {exc}",
                "type": "server_error", "param": None, "code": None}})
            return True

    @staticmethod
    def _parse_body(raw: bytes) -> dict[str, Any]:
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _HttpError(400, f"the request body is not valid JSON ({exc})") from None
        if not isinstance(body, dict):
            raise _HttpError(400, "the request body must be a JSON object")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise _HttpError(400, "messages must be a non-empty array", param="messages")
        if body.get("model") != MODEL_ID:
            raise _HttpError(404, f"The model `{body.get('model')}` does not exist. This "
                                  f"server serves `{MODEL_ID}`.", code="model_not_found",
                             param="model")
        return body

    async def _send_json(self, writer: asyncio.StreamWriter, status: int, obj: Any,
                         headers: dict[str, str] | None = None) -> None:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        head = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
                "Content-Type: application/json", f"Content-Length: {len(data)}",
                f"x-request-id: {self._request_id()}"]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data)
        await writer.drain()

    def _request_id(self) -> str:
        return "req_" + "".join(self._rng.choices("0123456789abcdef", k=16))

    async def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(self._delay(seconds))

    def _delay(self, seconds: float) -> float:
        j = 1.0 + self._rng.uniform(-self.jitter, self.jitter) if self.jitter else 1.0
        return max(0.0, seconds * j / self.speed)

    # ---- chat completions

    async def _chat(self, p: Personality, body: dict[str, Any],
                    writer: asyncio.StreamWriter) -> None:
        prompt_tokens, completion = requested_tokens(body)
        if prompt_tokens + completion > p.context_window:
            await self._sleep(0.25)  # the server tokenizes before it refuses
            total = prompt_tokens + completion
            raise _HttpError(
                400,
                f"This model's maximum context length is {p.context_window} tokens. However, "
                f"you requested {total} tokens ({prompt_tokens} in the messages, {completion} "
                "in the completion). Please reduce the length of the messages or completion.",
                code="context_length_exceeded", param="messages")
        reply = decide(p, body)
        if body.get("stream"):
            await _Stream(self, p, body, reply, prompt_tokens, writer).run()
        else:
            await self._sleep(p.ttft_s + _count_tokens(reply) / p.tokens_per_s)
            await self._send_json(writer, 200, _whole_response(p, reply, prompt_tokens,
                                                               self._rng))


def _count_tokens(reply: Reply) -> int:
    n = len(split_tokens(reply.reasoning)) + len(split_tokens(reply.content))
    for _name, args in reply.tool_calls:
        n += len(split_tokens(json.dumps(args))) + 2
    return n


def _tool_id(p: Personality, rng: random.Random) -> str:
    if p.tool_id_style == "ollama":
        return "call_" + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=8))
    if p.tool_id_style == "vllm":
        return "chatcmpl-tool-" + "".join(rng.choices("0123456789abcdef", k=32))
    return "call_" + "".join(rng.choices(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", k=24))


def _whole_response(p: Personality, reply: Reply, prompt_tokens: int,
                    rng: random.Random) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content or None}
    if p.reasoning_field and reply.reasoning:
        message[p.reasoning_field] = reply.reasoning
    if reply.tool_calls:
        message["tool_calls"] = [
            {"id": _tool_id(p, rng), "type": "function",
             "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)}}
            for n, a in reply.tool_calls]
    out: dict[str, Any] = {
        "id": "chatcmpl-" + "".join(rng.choices("0123456789abcdef", k=24)),
        "object": "chat.completion", "created": int(time.time()), "model": MODEL_ID,
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
    }
    if p.usage_style != "none":
        out["usage"] = {"prompt_tokens": prompt_tokens, "completion_tokens": _count_tokens(reply),
                        "total_tokens": prompt_tokens + _count_tokens(reply)}
    if p.served_by:
        out["provider"] = p.served_by
    return out


class _Stream:
    """One streamed response, paced like the personality's host."""

    def __init__(self, server: SimServer, p: Personality, body: dict[str, Any], reply: Reply,
                 prompt_tokens: int, writer: asyncio.StreamWriter) -> None:
        self.server = server
        self.p = p
        self.body = body
        self.reply = reply
        self.prompt_tokens = prompt_tokens
        self.writer = writer
        self.rng = server._rng
        self.completion_tokens = 0
        self.reasoning_tokens = 0
        self.first_sent = False
        if p.usage_style == "always" and p.served_by:
            self.cid = f"gen-{int(time.time())}-" + "".join(
                self.rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", k=20))
        else:
            self.cid = "chatcmpl-" + "".join(self.rng.choices("0123456789abcdef", k=24))
        self.created = int(time.time())
        self.loop = asyncio.get_running_loop()
        self.next_at = 0.0

    async def run(self) -> None:
        p = self.p
        head = ["HTTP/1.1 200 OK", "Content-Type: text/event-stream", "Cache-Control: no-cache",
                "Transfer-Encoding: chunked", f"x-request-id: {self.server._request_id()}"]
        if p.served_by:
            head.append(f"x-generation-id: {self.cid}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        self.server._streaming.add(self.writer)
        await self.writer.drain()
        await self._body()
        self.server._streaming.discard(self.writer)

    async def _body(self) -> None:
        p, reply = self.p, self.reply
        if p.prefill_role_chunk:
            await self.event(self.chunk({"role": "assistant", "content": ""}))
        await self.wait_first_token()
        self.next_at = self.loop.time()

        if reply.reasoning and p.reasoning_field:
            for piece in split_tokens(reply.reasoning):
                delta: dict[str, Any] = {p.reasoning_field: piece}
                if p.reasoning_field == "reasoning":  # OpenRouter duplicates it
                    delta["reasoning_details"] = [{"type": "reasoning.text", "text": piece,
                                                   "format": "unknown", "index": 0}]
                if p.role_every_chunk or not self.first_sent:
                    delta = {"role": "assistant", "content": "", **delta}
                await self.token(delta, reasoning=True)
        for piece in split_tokens(reply.content):
            delta = {"content": piece}
            if p.role_every_chunk or not self.first_sent:
                delta = {"role": "assistant", **delta}
            await self.token(delta)
        for index, (name, args) in enumerate(reply.tool_calls):
            await self.tool_call(index, name, json.dumps(args, ensure_ascii=False))

        finish = reply.finish_reason
        last: dict[str, Any] = {"role": "assistant", "content": ""} if p.role_every_chunk else {}
        await self.event(self.chunk(last, finish))
        usage = {"prompt_tokens": self.prompt_tokens,
                 "completion_tokens": self.completion_tokens,
                 "total_tokens": self.prompt_tokens + self.completion_tokens}
        if self.reasoning_tokens:
            usage["completion_tokens_details"] = {"reasoning_tokens": self.reasoning_tokens}
        wants_usage = bool((self.body.get("stream_options") or {}).get("include_usage"))
        if p.usage_style == "final_chunk" and wants_usage:
            obj = self.chunk({}, None)
            obj["choices"] = []
            obj["usage"] = usage
            await self.event(obj)
        elif p.usage_style == "always":
            obj = self.chunk({"role": "assistant", "content": ""}, finish)
            obj["usage"] = usage
            await self.event(obj)
        await self.raw(f"{p.data_prefix}[DONE]{p.line_end}{p.line_end}".encode())
        self.writer.write(b"0\r\n\r\n")
        await self.writer.drain()

    async def wait_first_token(self) -> None:
        ttft = self.server._delay(self.p.ttft_s)
        if self.p.processing_comment:
            end = self.loop.time() + ttft
            while True:
                await self.raw(f"{self.p.processing_comment}{self.p.line_end}{self.p.line_end}"
                               .encode())
                left = end - self.loop.time()
                if left <= 0:
                    break
                await asyncio.sleep(min(left, 0.5 / self.server.speed))
        else:
            await asyncio.sleep(ttft)

    def chunk(self, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": finish}
        if self.p.served_by:
            choice["native_finish_reason"] = finish
            choice["logprobs"] = None
        obj: dict[str, Any] = {"id": self.cid, "object": "chat.completion.chunk",
                               "created": self.created, "model": MODEL_ID}
        if self.p.served_by:
            obj["provider"] = self.p.served_by
        if self.p.system_fingerprint:
            obj["system_fingerprint"] = self.p.system_fingerprint
        obj["choices"] = [choice]
        return obj

    async def pace(self, tokens: int = 1) -> None:
        self.next_at += tokens * self.server._delay(1.0 / self.p.tokens_per_s)
        wait = self.next_at - self.loop.time()
        if wait > 0:
            await asyncio.sleep(wait)

    async def token(self, delta: dict[str, Any], reasoning: bool = False) -> None:
        await self.pace()
        self.completion_tokens += 1
        if reasoning:
            self.reasoning_tokens += 1
        self.first_sent = True
        await self.event(self.chunk(delta))

    async def tool_call(self, index: int, name: str, arguments: str) -> None:
        p = self.p
        call_id = _tool_id(p, self.rng)
        pieces = split_tokens(arguments) or [""]
        head = {"role": "assistant"} if p.role_every_chunk or not self.first_sent else {}
        if p.tool_call_style == "whole":
            await self.pace(len(pieces) + 2)
            self.completion_tokens += len(pieces) + 2
            self.first_sent = True
            await self.event(self.chunk({**head, "tool_calls": [{
                "index": index, "id": call_id, "type": "function",
                "function": {"name": name, "arguments": arguments}}]}))
            return
        await self.pace(2)
        self.completion_tokens += 2
        self.first_sent = True
        await self.event(self.chunk({**head, "tool_calls": [{
            "index": index, "id": call_id, "type": "function",
            "function": {"name": name, "arguments": ""}}]}))
        for piece in pieces:
            await self.pace()
            self.completion_tokens += 1
            call: dict[str, Any] = {"index": index, "function": {"arguments": piece}}
            if p.tool_call_style == "repeat":  # NIM / llama.cpp: id and name every time
                call = {"index": index, "id": call_id, "type": "function",
                        "function": {"name": name, "arguments": piece}}
            delta = {"tool_calls": [call]}
            if p.role_every_chunk:
                delta = {"role": "assistant", **delta}
            await self.event(self.chunk(delta))

    async def event(self, obj: dict[str, Any]) -> None:
        line = self.p.data_prefix + json.dumps(obj, ensure_ascii=False)
        await self.raw((line + self.p.line_end + self.p.line_end).encode("utf-8"))

    async def raw(self, data: bytes) -> None:
        if self.p.split_writes and len(data) > 8:
            # Cut where a careless client breaks: inside a multi-byte character when there is
            # one, else anywhere.
            cuts = [i for i in range(1, len(data)) if 0x80 <= data[i] < 0xC0]
            cut = self.rng.choice(cuts) if cuts else self.rng.randrange(1, len(data))
            for part in (data[:cut], data[cut:]):
                self._write_chunk(part)
                await self.writer.drain()
                await asyncio.sleep(0)
            return
        self._write_chunk(data)
        await self.writer.drain()

    def _write_chunk(self, data: bytes) -> None:
        self.writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")


# ---------------------------------------------------------------------------- thread handle


class SimThread:
    """The simulated providers on their own event loop in a daemon thread, for sync code
    (the CLI, Textual's own loop, a test).  ``with SimServer.start_in_thread() as sim:``."""

    def __init__(self, server: SimServer) -> None:
        self.server = server
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="provtui-sim", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        if not self._ready.is_set():
            raise RuntimeError("the simulated providers did not start within 10 s")

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.server.start())
        except BaseException as exc:  # noqa: BLE001 - handed to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self.server.stop())
        self._loop.close()

    @property
    def port(self) -> int:
        return self.server.port

    def base_url(self, personality: str) -> str:
        return self.server.base_url(personality)

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> SimThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
