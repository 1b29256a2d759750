"""A loopback OpenAI-compatible "provider" whose answers depend on the request, for the
diagnose tests.  Built on the transcript server (real sockets on 127.0.0.1): a route whose next
reply is computed from the request it just received.

Every knob is a way real providers differ: the context window and what happens past it
(a clear 400 or silent truncation, Ollama style), the chat template's token overhead, usage
sent or not, logprobs supported / ignored / rejected and their numeric offset (a different
quantization), determinism, the tool-call layer (good, broken JSON, unknown names, never
calls), the upstream named in ``provider``, 500s, hangs, and hostile text in the answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from transcript_server import Reply, Route, TranscriptServer

CANARY = "ZEBRA-4471"
HOSTILE = "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 [bold]markup[/bold] \u202eevil\u202c \x00nul"


@dataclass
class Fake:
    window: int = 1000
    overflow: str = "error"            # error | truncate
    per_message: int = 4               # template tokens per message
    system_extra: int = 0
    tools_per_def: int = 30            # template tokens per tool definition (0: tools dropped)
    usage: bool = True
    logprobs: str = "yes"              # yes | null | reject
    lp_offset: float = 0.0             # shifts every logprob (a different quantization)
    deterministic: bool = True
    tool_mode: str = "good"            # good | bad | never
    served_by: list[str] = field(default_factory=list)   # cycled through, per response
    models: list[str] = field(default_factory=lambda: ["fake-model"])
    fingerprint: str | None = "fp_fake"
    status: int = 200                  # 500: every request fails
    hang: bool = False                 # accept and never answer
    hostile: bool = False
    seed_rejected: bool = False
    echo_auth: bool = False            # a proxy that echoes the Authorization header back
    calls: int = 0
    auth: str = ""

    def tokens(self, body: dict[str, Any]) -> int:
        n = 0
        for m in body.get("messages") or []:
            content = m.get("content") or ""
            n += len(str(content).split()) + self.per_message
            if m.get("role") == "system":
                n += self.system_extra
        n += self.tools_per_def * len(body.get("tools") or [])
        return n + 2

    def reply(self, body: dict[str, Any]) -> Reply:
        self.calls += 1
        if self.hang:
            return Reply(no_headers=True)
        if self.status != 200:
            return Reply.json_body(self.status, {"error": {"message": "upstream exploded",
                                                           "type": "server_error"}})
        if body.get("logprobs") and self.logprobs == "reject":
            return Reply.json_body(400, {"error": {"message": "logprobs is not supported by "
                                                   "this model", "type": "invalid_request_error"}})
        if "seed" in body and self.seed_rejected:
            return Reply.json_body(400, {"error": {"message": "Unrecognized request argument "
                                                   "supplied: seed"}})
        prompt = self.tokens(body)
        max_tokens = int(body.get("max_tokens") or 16)
        truncated = False
        if prompt + max_tokens > self.window:
            if self.overflow == "error":
                return Reply.json_body(400, {"error": {
                    "message": f"This model's maximum context length is {self.window} tokens. "
                               f"However, you requested {prompt + max_tokens} tokens.",
                    "type": "invalid_request_error", "code": "context_length_exceeded"}})
            prompt = self.window - max_tokens
            truncated = True
        last = str((body.get("messages") or [{}])[-1].get("content") or "")
        message: dict[str, Any] = {"role": "assistant", "content": None}
        finish = "stop"
        calls = self._tool_calls(body, last)
        if calls:
            message["tool_calls"] = calls
            finish = "tool_calls"
        else:
            message["content"] = self._text(last, truncated)
        obj: dict[str, Any] = {
            "id": f"gen-{self.calls}", "object": "chat.completion", "created": 1764100000,
            "model": self.models[(self.calls - 1) % len(self.models)],
            "choices": [{"index": 0, "message": message, "finish_reason": finish,
                         "logprobs": self._logprobs(body, message.get("content") or "")}],
        }
        if self.fingerprint:
            obj["system_fingerprint"] = self.fingerprint
        if self.served_by:
            obj["provider"] = self.served_by[(self.calls - 1) % len(self.served_by)]
        if self.usage:
            obj["usage"] = {"prompt_tokens": prompt, "completion_tokens": 3,
                            "total_tokens": prompt + 3}
        return Reply.json_body(200, obj)

    def _text(self, last: str, truncated: bool) -> str:
        if "code word" in last:
            return "I do not know." if truncated else CANARY
        text = "The sea at night is dark and calm."
        if not self.deterministic and self.calls % 2:
            text = "The sea at night is black and restless."
        if self.hostile:
            text = HOSTILE + " " + text
        if self.echo_auth:
            text += " " + self.auth
        return text

    def _logprobs(self, body: dict[str, Any], text: str) -> Any:
        if not body.get("logprobs") or self.logprobs != "yes":
            return None
        jitter = 0.0 if self.deterministic else 0.001 * (self.calls % 2)
        content = []
        for i, tok in enumerate(text.split() or ["."]):
            lp = -0.1 * (i + 1) + self.lp_offset + jitter
            content.append({"token": tok, "logprob": lp, "bytes": None,
                            "top_logprobs": [{"token": tok, "logprob": lp},
                                             {"token": "x", "logprob": lp - 2}]})
        return {"content": content}

    def _tool_calls(self, body: dict[str, Any], last: str) -> list[dict[str, Any]]:
        tools = body.get("tools") or []
        if not tools or self.tool_mode == "never":
            return []
        choice = body.get("tool_choice")
        forced = choice.get("function", {}).get("name") if isinstance(choice, dict) else None
        if not forced and ("Do not use" in last or "hello" in last.lower()):
            return []
        names = [t["function"]["name"] for t in tools]
        name = forced or names[0]
        if self.tool_mode == "bad":
            return [{"id": "call_bad1", "type": "function",
                     "function": {"name": "get_wether", "arguments": '{"city": "Paris"'}}]
        if name == "create_event":
            args_list = [{"title": "Team sync", "when": {"date": "2026-12-07", "time": "10:00"},
                          "attendees": ["Ana", "Bo"]}]
        elif name == "get_weather":
            if "Paris and Tokyo" in last:
                args_list = [{"city": "Paris"}, {"city": "Tokyo"}]
            elif "fahrenheit" in last:
                args_list = [{"city": "Oslo", "unit": "fahrenheit"}]
            elif "Zürich" in last:
                args_list = [{"city": "Zürich"}]
            else:
                args_list = [{"city": "Paris"}]
        else:
            args_list = [{}]
        return [{"id": f"call_{i}x{self.calls}", "type": "function",
                 "function": {"name": name, "arguments": json.dumps(a, ensure_ascii=False)}}
                for i, a in enumerate(args_list)]


class _FakeRoute(Route):
    def __init__(self, server: TranscriptServer, prefix: str, fake: Fake) -> None:
        super().__init__(server, prefix, [], False, ["fake-model"])
        self.fake = fake

    def _take(self) -> Reply | None:
        req = self.requests[-1]
        try:
            body = req.json or {}
        except ValueError:
            return Reply.json_body(400, {"error": {"message": "body is not JSON"}})
        self.fake.auth = req.headers.get("authorization", "")
        return self.fake.reply(body)


def add_fake(srv: TranscriptServer, fake: Fake) -> _FakeRoute:
    prefix = f"/r{next(srv._ids)}"  # the server routes /rN/... paths
    route = _FakeRoute(srv, prefix, fake)
    srv.routes[prefix] = route
    return route
