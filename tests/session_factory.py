"""Realistic session files made quickly, for the index tests and the sessions-at-scale benchmark.

A made session has the CONTRACT §3 shape with the bulky parts real sessions carry (request
bodies with tool definitions, timelines, raw stream text), so index size and speed are
measured against files like the ones provtui writes, not against toy JSON.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

WORDS = ("ocean waves whisper ancient secrets painting shifting horizons beneath endless skies "
         "battery vehicle charge fleet analysis report voltage temperature trend cycle "
         "capital astana light speed wall berlin fizzbuzz cipher pipeline provider model "
         "quantization template context window tool call answer reasoning souls").split()
# a larger vocabulary of made-up words (deterministic), so that a rare word is in about 1-2% of
# sessions as in real use, while the common words above are in nearly every one
_SYL = ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "pe", "do", "ga", "fu", "zen", "bri", "sto")
RARE = [a + b + c for a in _SYL for b in _SYL for c in _SYL][:3000]
TARGETS = [("explorer", "sim"), ("methodical", "sim"), ("asker", "sim"),
           ("nano-deepinfra", "deepinfra"), ("nano-nim", "nim"), ("gemma-local", "llamacpp")]
TOOLS = [{"type": "function", "function": {"name": f"tool_{i}", "description": "x" * 120,
                                           "parameters": {"type": "object", "properties": {
                                               "vehicle_id": {"type": "string"}}}}}
         for i in range(12)]


def make_session(i: int, *, rng: random.Random | None = None, prompt: str | None = None,
                 answer: str | None = None, targets: list[tuple[str, str]] | None = None,
                 checks: list[dict[str, Any]] | None = None, status: str = "ok",
                 findings: list[dict[str, Any]] | None = None,
                 created: datetime | None = None, suite: dict | None = None) -> dict[str, Any]:
    rng = rng or random.Random(i)
    created = created or (datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=7 * i))
    sid = created.strftime("%Y%m%d-%H%M%S-") + f"{i % 65536:04x}"
    prompt = prompt if prompt is not None else (
        f"session {i}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))))
    runs = []
    for t, p in (targets or rng.sample(TARGETS, 3)):
        text = answer if answer is not None else " ".join(
            rng.choice(WORDS) if rng.random() < 0.9 else rng.choice(RARE)
            for _ in range(rng.randint(40, 400)))
        n = rng.randint(20, 200)
        timeline = [[round(0.3 + k * 0.02, 4), "c", 5] for k in range(n)]
        runs.append({
            "target": t, "provider": p, "model": f"{p}/nano-30b", "repeat_index": 0,
            "status": status,
            "error": None if status == "ok" else {"kind": "context_length", "message": "too long",
                                                  "http_status": 400, "retry_after_s": None,
                                                  "context_limit": 34000},
            "text": text, "reasoning": "",
            "tool_calls": [],
            "turns": [{"content": text, "reasoning": "", "tool_call_ids": [],
                       "finish_reason": "stop", "usage": {"prompt_tokens": 900,
                                                          "completion_tokens": 300},
                       "ttft_s": 0.3, "duration_s": 2.0, "served_by": None,
                       "response_model": None, "system_fingerprint": None,
                       "request": {"model": f"{p}/nano-30b", "stream": True, "tools": TOOLS,
                                   "messages": [{"role": "user", "content": prompt}]},
                       "response_headers": {"content-type": "text/event-stream"},
                       "raw_stream": "data: " + json.dumps({"choices": [{"delta": {
                           "content": text[:2000]}}]}) + "\n\n"}],
            "metrics": {"ttft_s": 0.3, "total_s": 2.0, "output_tokens": 300,
                        "output_tokens_estimated": False, "tokens_per_s": 150.0},
            "timeline": timeline, "words": len(text.split()),
            "findings": findings or [],
            "checks": checks or [],
        })
    s = {"format": "provtui-session", "version": 1, "id": sid,
         "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"), "prompt": prompt,
         "system": None, "mcp_servers": [], "params": {}, "runs": runs, "status": "ok"}
    if suite:
        s["suite"] = suite
    return s


def write_sessions(directory: Path, n: int, *, start: int = 0) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        s = make_session(i)
        p = directory / f"{s['id']}.json"
        p.write_text(json.dumps(s, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths
