"""Helpers for the TUI tests: configs, loopback targets, and scripted runs (real event
sequences with chosen timestamps, so snapshots have fixed numbers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from provtui.core.config import Config, McpServerConfig, ProviderConfig, TargetConfig, PRESETS

SIZE = (160, 45)


def loopback_target(name: str, base_url: str, *, provider: str | None = None,
                    **provider_kw: Any) -> TargetConfig:
    prov = ProviderConfig(name=provider or name, base_url=base_url, api_key_env=None,
                          read_timeout_s=10, run_timeout_s=60, **provider_kw)
    return TargetConfig(name=name, provider=prov, model="test-model")


def make_config(path: Path | None, *, targets: dict[str, dict] | None = None,
                ui: dict | None = None, mcp: dict[str, McpServerConfig] | None = None) -> Config:
    return Config(path=path, providers=dict(PRESETS), targets=dict(targets or {}),
                  mcp_servers=dict(mcp or {}), ui=dict(ui or {}), exists=path is not None)


# ---------------------------------------------------------------------------- scripted runs
# Real event sequences, as the core emits them for one run, with chosen timestamps: the
# snapshot tests need runs whose every number is fixed.

from provtui.core import events as ev  # noqa: E402

ANSWER = ("The Rivian R1S battery is at 97% of its capacity; the chargingsessions for "
          "thevehicle show \x1b[31mno\x1b[0m problem. Done.")


def _finished(run: int, turn: int, t: float, content: str, reasoning: str, *, calls=(),
              usage=None, ttft=0.3, duration=1.0, served_by=None) -> ev.TurnFinished:
    return ev.TurnFinished(run=run, t=t, turn=turn, content=content, reasoning=reasoning,
                           tool_calls=tuple(calls), finish_reason="tool_calls" if calls else "stop",
                           raw_finish_reasons=("tool_calls" if calls else "stop",), usage=usage,
                           ttft_s=ttft, duration_s=duration, served_by=served_by,
                           response_model=None, system_fingerprint=None,
                           assistant_message={"role": "assistant", "content": content})


def tool_run(run: int = 0, *, target: str = "explorer", provider: str = "sim", t0: float = 100.0,
             answer: str = ANSWER, fail_second: bool = True, finish: bool = True,
             served_by: str | None = "DeepInfra") -> list[ev.Event]:
    """Reasoning, two tool calls (the second failing), then a streamed answer."""
    out: list[ev.Event] = [
        ev.RunQueued(run=run, t=t0, target=target, provider=provider, model="m",
                     repeat_index=0),
        ev.RunStarted(run=run, t=t0, target=target, provider=provider, model="m",
                      repeat_index=0),
        ev.TurnStarted(run=run, t=t0, turn=0, request={}, url="http://127.0.0.1/v1"),
        ev.ResponseStarted(run=run, t=t0 + 0.1, turn=0, status=200, headers={}),
    ]
    reasoning = "I should list the vehicles first, then check the battery."
    for i in range(0, len(reasoning), 8):
        out.append(ev.ReasoningDelta(run=run, t=t0 + 0.3 + i * 0.01, turn=0,
                                     text=reasoning[i:i + 8]))
    calls = [("call_a", "list_vehicles", "{}"), ("call_b", "get_battery_health",
                                                 '{"vehicle_id": "r1s"}')]
    for index, (cid, name, args) in enumerate(calls):
        out.append(ev.ToolCallDelta(run=run, t=t0 + 0.9, turn=0, index=index, id=cid,
                                    name=name, arguments=""))
        out.append(ev.ToolCallDelta(run=run, t=t0 + 0.9, turn=0, index=index, id=None,
                                    name=None, arguments=args))
    out.append(_finished(run, 0, t0 + 1.0, "", reasoning, usage={"completion_tokens": 40},
                         calls=[{"id": c, "name": n, "arguments": a, "index": i}
                                for i, (c, n, a) in enumerate(calls)], served_by=served_by))
    for cid, name, args in calls:
        out.append(ev.ToolCallStarted(run=run, t=t0 + 1.0, call_id=cid, name=name,
                                      arguments={} if args == "{}" else {"vehicle_id": "r1s"},
                                      arguments_valid=True, turn=0))
    out.append(ev.ToolCallFinished(run=run, t=t0 + 1.05, call_id="call_a", name="list_vehicles",
                                   result='{"vehicles": ["r1s"]}', is_error=False,
                                   duration_s=0.05, turn=0))
    out.append(ev.ToolCallFinished(run=run, t=t0 + 1.2, call_id="call_b",
                                   name="get_battery_health",
                                   result="vehicle r1s is asleep" if fail_second else '{"ok":1}',
                                   is_error=fail_second, duration_s=0.2, turn=0))
    out.append(ev.TurnStarted(run=run, t=t0 + 1.2, turn=1, request={}, url="http://x/v1"))
    step = 5
    for i in range(0, len(answer), step):
        out.append(ev.TextDelta(run=run, t=t0 + 1.5 + i * 0.01, turn=1, text=answer[i:i + step]))
    if finish:
        end = t0 + 1.5 + len(answer) * 0.01
        out.append(_finished(run, 1, end, answer, "", usage={"completion_tokens": 30},
                             ttft=0.3, duration=end - (t0 + 1.2), served_by=served_by))
        out.append(ev.RunFinished(run=run, t=end, status="ok"))
    return out


def context_error_run(run: int = 1, *, target: str = "small", t0: float = 100.0) -> list[ev.Event]:
    error = {"kind": "context_length", "message": "HTTP 400: maximum context length is 34000 "
             "tokens [bold]not markup[/bold]", "http_status": 400, "retry_after_s": None,
             "context_limit": 34000}
    return [
        ev.RunQueued(run=run, t=t0, target=target, provider="sim-small", model="m",
                     repeat_index=0),
        ev.RunStarted(run=run, t=t0, target=target, provider="sim-small", model="m",
                      repeat_index=0),
        ev.Notice(run=run, t=t0, kind="preflight_context", message="request may not fit",
                  data={"estimated_tokens": 35928, "context_window": 34000}),
        ev.TurnStarted(run=run, t=t0, turn=0, request={}, url="http://x/v1"),
        ev.TurnFailed(run=run, t=t0 + 0.3, turn=0, error=error, content="", reasoning="",
                      ttft_s=None, duration_s=0.3),
        ev.RunFinished(run=run, t=t0 + 0.3, status="error", error=error),
    ]
