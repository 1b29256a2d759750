"""A loopback OpenAI-compatible provider for suite tests: real sockets on 127.0.0.1, answers
computed from the request (so every case of a suite gets its own answer), streamed as SSE.

    with SuiteProvider(answer) as prov:       # answer(body, n) -> Answer
        prov.base_url                          # "http://127.0.0.1:PORT/v1"
        prov.count, prov.max_in_flight, prov.bodies

It counts requests and the most requests in flight at once, so tests can check that nothing
was sent (bad input), nothing was sent twice (resume) and the concurrency bound held.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


@dataclass
class Answer:
    text: str = ""
    status: int = 200
    tool_calls: list[dict] = field(default_factory=list)
    delay_s: float = 0.0
    usage: dict | None = None
    headers: dict[str, str] = field(default_factory=dict)


def prompt_of(body: dict) -> str:
    for m in body.get("messages") or []:
        if m.get("role") == "user":
            return str(m.get("content") or "")
    return ""


def has_tool_results(body: dict) -> bool:
    return any(m.get("role") == "tool" for m in body.get("messages") or [])


class SuiteProvider:
    def __init__(self, answer: Callable[[dict, int], Answer]) -> None:
        self.answer = answer
        self.count = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.bodies: list[dict] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def do_GET(self) -> None:
                data = json.dumps({"data": [{"id": "m"}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with outer._lock:
                    outer.count += 1
                    n = outer.count
                    outer.bodies.append(body)
                    outer.in_flight += 1
                    outer.max_in_flight = max(outer.max_in_flight, outer.in_flight)
                done = [False]

                def finished() -> None:
                    # counted out just before the last bytes go: the client can send its
                    # next request only after it has them, so a limit of 1 reads as 1 (after
                    # the write, this thread could be scheduled after the next request's)
                    if not done[0]:
                        done[0] = True
                        with outer._lock:
                            outer.in_flight -= 1

                try:
                    ans = outer.answer(body, n)
                    if ans.delay_s:
                        time.sleep(ans.delay_s)
                    self._reply(ans, finished)
                finally:
                    finished()

            def _reply(self, ans: Answer, finished: Any = lambda: None) -> None:
                if ans.status != 200:
                    data = json.dumps({"error": {"message": ans.text or "boom",
                                                 "code": ans.status}}).encode()
                    self.send_response(ans.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in ans.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    finished()
                    self.wfile.write(data)
                    return
                chunks = []

                def chunk(delta: dict, finish: str | None = None, usage: dict | None = None):
                    c = {"id": "x", "object": "chat.completion.chunk", "model": "m",
                         "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                    if usage is not None:
                        c["usage"] = usage
                    chunks.append(f"data: {json.dumps(c)}\n\n")

                if ans.tool_calls:
                    for i, call in enumerate(ans.tool_calls):
                        chunk({"tool_calls": [{"index": i, "id": f"call_{i}", "type": "function",
                                               "function": {"name": call["name"],
                                                            "arguments": json.dumps(
                                                                call.get("arguments", {}))}}]})
                    chunk({}, "tool_calls", ans.usage)
                else:
                    chunk({"role": "assistant", "content": ans.text})
                    chunk({}, "stop", ans.usage or {"prompt_tokens": 10,
                                                    "completion_tokens": 5,
                                                    "total_tokens": 15})
                chunks.append("data: [DONE]\n\n")
                data = "".join(chunks).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                finished()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> "SuiteProvider":
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def config_text(providers: dict[str, str], *, retries: str = "{ attempts = 2, backoff_s = 0.01 }",
                extra: str = "") -> str:
    """A config with one provider and one target (NAME-t) per base URL."""
    lines = []
    for name, url in providers.items():
        lines += [f"[providers.{name}]", f'base_url = "{url}"', "api_key_optional = true",
                  f'api_key_env = "PROVTUI_FAKE_{name.upper()}"', f"retries = {retries}", extra, "",
                  f"[targets.{name}-t]", f'provider = "{name}"', 'model = "m"', ""]
    return "\n".join(lines)
