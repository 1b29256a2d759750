"""`provtui probe`: which request parameters does each target honour, reject or silently ignore?

Every probe is a tiny real request whose answer can only look one way if the parameter took
effect.  "ignored" is a finding in itself: a provider that accepts ``seed`` and then gives two
different answers is not reproducible, whatever its docs say.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

import httpx

from provtui.core.config import TargetConfig, api_key_for, ConfigError
from provtui.core.events import TurnFailed, TurnFinished
from provtui.core.redaction import known_secrets, redact_text

__all__ = ["probe_target", "probe_targets", "run_probe_cli", "PROBES"]

HONOURED, REJECTED, IGNORED, UNCLEAR = "honoured", "rejected", "ignored", "unclear"

_TOOL = {
    "type": "function",
    "function": {
        "name": "get_secret_number",
        "description": "Returns the secret number.",
        "parameters": {"type": "object", "properties": {}, "required": []},
    },
}


@dataclasses.dataclass
class _Answer:
    ok: bool
    text: str = ""
    tool_calls: tuple[dict[str, Any], ...] = ()
    usage: dict[str, Any] | None = None
    finish_reason: str | None = None
    error: dict[str, Any] | None = None


Ask = Callable[..., Awaitable[_Answer]]


def _rejected(a: _Answer) -> bool:
    """A 4xx that names the request (not auth, not rate limit) means the parameter was refused."""
    return (not a.ok and a.error is not None
            and a.error.get("kind") in ("bad_request", "tools_unsupported")
            and (a.error.get("http_status") or 0) in range(400, 500))


def _failed(a: _Answer) -> tuple[str, str]:
    if _rejected(a):
        return REJECTED, f"HTTP {a.error.get('http_status')}: {a.error.get('message', '')[:160]}"
    err = a.error or {}
    return UNCLEAR, f"request failed ({err.get('kind')}): {str(err.get('message', ''))[:160]}"


async def _probe_max_tokens(ask: Ask) -> tuple[str, str]:
    a = await ask("Count from 1 to 200, separated by spaces. Output only the numbers.",
                  {"max_tokens": 5})
    if not a.ok:
        return _failed(a)
    words = len(a.text.split())
    used = (a.usage or {}).get("completion_tokens")
    if (used is not None and used <= 6) or (used is None and words <= 6) \
            or a.finish_reason == "length":
        return HONOURED, f"stopped after {used if used is not None else '~' + str(words)} tokens"
    return IGNORED, f"asked for 5 tokens, got {used if used is not None else words} " \
                    f"{'tokens' if used is not None else 'words'}"


async def _probe_temperature(ask: Ask) -> tuple[str, str]:
    prompt = "Invent an unusual name for a cat. Answer with the name only."
    cold = [await ask(prompt, {"temperature": 0, "max_tokens": 12}) for _ in range(2)]
    if not all(a.ok for a in cold):
        return _failed(next(a for a in cold if not a.ok))
    hot = [await ask(prompt, {"temperature": 1.5, "max_tokens": 12}) for _ in range(3)]
    if not all(a.ok for a in hot):
        return _failed(next(a for a in hot if not a.ok))
    same_cold = cold[0].text == cold[1].text
    distinct_hot = len({a.text for a in hot})
    if same_cold and distinct_hot > 1:
        return HONOURED, "temperature 0 repeated itself; 1.5 varied"
    if same_cold and distinct_hot == 1:
        return IGNORED, "temperature 1.5 gave the same answer three times (looks fixed/greedy)"
    return UNCLEAR, "temperature 0 gave two different answers (non-deterministic serving)"


async def _probe_seed(ask: Ask) -> tuple[str, str]:
    prompt = "Write a random sequence of five words."
    first = await ask(prompt, {"temperature": 1.0, "seed": 1234, "max_tokens": 16})
    if not first.ok:
        return _failed(first)
    second = await ask(prompt, {"temperature": 1.0, "seed": 1234, "max_tokens": 16})
    if not second.ok:
        return _failed(second)
    other = await ask(prompt, {"temperature": 1.0, "seed": 98765, "max_tokens": 16})
    if first.text == second.text:
        if other.ok and other.text == first.text:
            return UNCLEAR, "the same answer with every seed (sampling may be greedy)"
        return HONOURED, "the same seed gave the same answer twice"
    return IGNORED, "the same seed gave two different answers"


async def _probe_tool_choice(ask: Ask) -> tuple[str, str]:
    a = await ask("Say hello.", {"max_tokens": 64,
                                 "tool_choice": {"type": "function",
                                                 "function": {"name": "get_secret_number"}}},
                  tools=[_TOOL])
    if not a.ok:
        return _failed(a)
    if any(c.get("name") == "get_secret_number" for c in a.tool_calls):
        return HONOURED, "the named tool was called"
    return IGNORED, "tool_choice named a tool, the model answered in text instead"


async def _probe_response_format(ask: Ask) -> tuple[str, str]:
    a = await ask('Reply with a JSON object with a key "greeting" and a short greeting.',
                  {"max_tokens": 96, "response_format": {"type": "json_object"}})
    if not a.ok:
        return _failed(a)
    text = a.text.strip()
    try:
        json.loads(text)
        return HONOURED, "the answer is exactly one JSON value"
    except json.JSONDecodeError:
        if a.finish_reason == "length" and text[:1] in "{[":
            # Constrained decoding that ran out of tokens: JSON so far, cut by max_tokens.
            return HONOURED, "JSON from the first character, cut off by max_tokens"
        if text.startswith("```"):
            return IGNORED, "JSON wrapped in a Markdown fence (no JSON mode)"
        return IGNORED, f"the answer is not JSON: {text[:60]!r}"


async def _probe_stream_options(ask: Ask) -> tuple[str, str]:
    a = await ask("Say OK.", {"max_tokens": 4}, stream_options=True)
    if not a.ok:
        return _failed(a)
    if a.usage:
        return HONOURED, f"usage arrived ({a.usage.get('completion_tokens')} output tokens)"
    return IGNORED, "no usage in the stream; provtui estimates token counts for this provider"


PROBES: dict[str, Callable[[Ask], Awaitable[tuple[str, str]]]] = {
    "temperature": _probe_temperature,
    "max_tokens": _probe_max_tokens,
    "seed": _probe_seed,
    "tool_choice": _probe_tool_choice,
    "response_format": _probe_response_format,
    "stream_options": _probe_stream_options,
}


async def probe_target(target: TargetConfig, client: httpx.AsyncClient,
                       probes: list[str] | None = None) -> list[dict[str, Any]]:
    from provtui.core.chat import build_request_body, stream_chat

    try:
        key = api_key_for(target.provider)
    except ConfigError as exc:
        return [{"target": target.name, "param": name, "verdict": UNCLEAR, "detail": str(exc)}
                for name in (probes or PROBES)]

    async def ask(prompt: str, params: dict[str, Any], *, tools: list[dict] | None = None,
                  stream_options: bool | None = None) -> _Answer:
        t = target
        if stream_options is not None:
            t = dataclasses.replace(t, provider=dataclasses.replace(
                t.provider, stream_options=stream_options))
        # The probe's own parameters replace the target's, so a target that pins temperature
        # does not hide what the provider does with it.
        t = dataclasses.replace(t, params={})
        body = build_request_body(t, [{"role": "user", "content": prompt}], tools, params)
        final = None
        async for event in stream_chat(client, t, body, run=0, turn=0, api_key=key):
            if isinstance(event, (TurnFinished, TurnFailed)):
                final = event
        if isinstance(final, TurnFinished):
            return _Answer(ok=True, text=final.content, tool_calls=final.tool_calls,
                           usage=final.usage, finish_reason=final.finish_reason)
        assert isinstance(final, TurnFailed)
        return _Answer(ok=False, text=final.content, error=final.error)

    # a provider's error message is provider text: a 401 quotes the key back more often than
    # not, and the detail is printed and may be saved (--json)
    secrets = known_secrets([key] if key else [])
    rows = []
    for name in probes or list(PROBES):
        verdict, detail = await PROBES[name](ask)
        rows.append({"target": target.name, "param": name, "verdict": verdict,
                     "detail": redact_text(detail, secrets)})
    return rows


async def probe_targets(targets: list[TargetConfig],
                        probes: list[str] | None = None) -> list[dict[str, Any]]:
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(*(probe_target(t, client, probes) for t in targets))
    return [row for rows in results for row in rows]


def format_table(rows: list[dict[str, Any]]) -> str:
    targets = list(dict.fromkeys(r["target"] for r in rows))
    params = list(dict.fromkeys(r["param"] for r in rows))
    cell = {(r["target"], r["param"]): r["verdict"] for r in rows}
    width = max([len("parameter")] + [len(p) for p in params])
    cols = [max(len(t), 9) for t in targets]
    lines = ["parameter".ljust(width) + "  " + "  ".join(t.ljust(c) for t, c in zip(targets, cols))]
    for p in params:
        lines.append(p.ljust(width) + "  " + "  ".join(
            cell.get((t, p), "-").ljust(c) for t, c in zip(targets, cols)))
    lines.append("")
    for r in rows:
        lines.append(f"{r['target']} · {r['param']}: {r['verdict']}: {r['detail']}")
    from provtui.core.summary_text import clean

    secrets = tuple(known_secrets())
    return "\n".join(clean(redact_text(line, secrets)) for line in lines)


def run_probe_cli(targets: list[TargetConfig], *, as_json: bool, out: TextIO,
                  err: TextIO) -> int:
    err.write(f"provtui: probing {len(targets)} target(s) with {len(PROBES)} parameters "
              "(about 12 tiny requests each)\n")
    rows = asyncio.run(probe_targets(targets))
    if as_json:
        # the whole document through the scrubber too (a key in a target name, ...)
        out.write(redact_text(json.dumps(rows, indent=2), tuple(known_secrets())) + "\n")
    else:
        out.write(format_table(rows) + "\n")
    return 0
