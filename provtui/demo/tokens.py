"""Token counting the way a chat-template server does it, for the simulated providers: the
rendered prompt (``render_prompt``), its estimate, the context check (``requested_tokens``)
and BPE-sized pieces for streaming (``split_tokens``).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

__all__ = ["CHARS_PER_TOKEN", "estimate_prompt_tokens", "render_prompt", "requested_tokens",
           "split_tokens"]

CHARS_PER_TOKEN = 4.0
"""The documented token estimate: one token per 4 characters of the *rendered* prompt (the
usual rule of thumb for English and JSON with a BPE tokenizer).  The sim has no tokenizer, and
a real server counts what its chat template produced, not the JSON body: see render_prompt."""

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
