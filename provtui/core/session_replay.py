"""A saved session back into the event stream it was folded from (replay)."""


from __future__ import annotations

import dataclasses
import json
from typing import Any

from provtui.core.events import (
    Event,
    Notice,
    RawBytes,
    ReasoningDelta,
    ResponseStarted,
    RunFinished,
    RunQueued,
    RunStarted,
    SessionFinished,
    SessionStarted,
    TextDelta,
    ToolCallDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFailed,
    TurnFinished,
    TurnStarted,
)
from provtui.core.session_format import _RESERVED_TOP

# ---------------------------------------------------------------------------- replay


def replay_events(session: dict[str, Any]) -> list[Event]:
    """An event stream that re-enacts a saved session, ``t`` in seconds from the session start.

    Synthesised from what the file keeps, not stored verbatim (storing every event would
    double the file): each turn's deltas come from its ``timeline_span`` entries (the real
    arrival offsets and chunk sizes, cut from the turn's content/reasoning/tool arguments), so
    a pane fed these at recorded speed streams as the provider did.  What is not exact: tool
    argument chunks of parallel calls are replayed call after call (their interleaving is not
    kept), RawBytes come as one piece per turn, and files without timelines replay each turn as
    one delta at its ttft.  Folding the replayed events gives back the same text, reasoning,
    tool calls, turns and statuses.
    """
    out: list[tuple[float, int, Event]] = []
    seq = 0

    def emit(t: float, e: Event) -> None:
        nonlocal seq
        out.append((t, seq, e))
        seq += 1

    extra = {k: v for k, v in session.items()
             if k not in _RESERVED_TOP and k not in ("runs", "status", "summary", "comparisons",
                                                     "recovered", "recovery", "notices")}
    emit(0.0, SessionStarted(run=-1, t=0.0, session_id=str(session.get("id") or ""),
                             wall=str(session.get("created_at") or ""),
                             prompt=session.get("prompt") or "", system=session.get("system"),
                             mcp_servers=tuple(session.get("mcp_servers") or ()),
                             params=dict(session.get("params") or {}), extra=extra))
    end_t = 0.0
    for i, run in enumerate(session.get("runs") or []):
        base = run.get("started_at_s") or 0.0
        meta = dict(target=run.get("target") or "", provider=run.get("provider") or "",
                    model=run.get("model") or "", repeat_index=run.get("repeat_index") or 0)
        emit(0.0, RunQueued(run=i, t=0.0, **meta))
        adv = run.get("advertised")
        emit(base, RunStarted(run=i, t=base, **meta,
                              extra={"advertised": adv} if isinstance(adv, dict) else {}))
        timeline = run.get("timeline") or []
        last = base
        tools_by_turn: dict[int, list[dict]] = {}
        for c in run.get("tool_calls") or []:
            tools_by_turn.setdefault(c.get("turn", 0), []).append(c)
        seen_tool_ids: set[str] = set()
        items = [(a, True) for a in run.get("attempts") or []] + \
                [(t, False) for t in run.get("turns") or []]
        items.sort(key=lambda x: (x[0].get("started_s") or 0.0))
        for n, (turn, is_attempt) in enumerate(items):
            tn = turn.get("turn", n)
            ts = base + (turn.get("started_s") or 0.0)
            emit(ts, TurnStarted(run=i, t=ts, turn=tn, request=turn.get("request") or {},
                                 url=turn.get("url") or "", attempt=turn.get("attempt") or 0))
            if turn.get("http_status") is not None or turn.get("response_headers"):
                emit(ts, ResponseStarted(run=i, t=ts, turn=tn,
                                         status=turn.get("http_status") or 200,
                                         headers=dict(turn.get("response_headers") or {})))
            if turn.get("raw_stream"):
                emit(ts, RawBytes(run=i, t=ts, turn=tn, data=turn["raw_stream"]))
            t_last = _replay_deltas(emit, i, tn, base, ts, turn, timeline)
            te = base + turn["ended_s"] if turn.get("ended_s") is not None else t_last
            last = max(last, te)
            if turn.get("unfinished"):
                continue
            if turn.get("error") is not None:
                emit(te, TurnFailed(run=i, t=te, turn=tn, error=dict(turn["error"]),
                                    content=turn.get("content") or "",
                                    reasoning=turn.get("reasoning") or "",
                                    ttft_s=turn.get("ttft_s"), duration_s=turn.get("duration_s")
                                    or 0.0, usage=turn.get("usage"),
                                    served_by=turn.get("served_by"),
                                    response_model=turn.get("response_model"),
                                    system_fingerprint=turn.get("system_fingerprint"),
                                    raw_finish_reasons=tuple(turn.get("finish_reasons") or ()),
                                    will_retry=is_attempt))
                continue
            raw_calls = turn.get("tool_calls_raw")
            if raw_calls is None:
                raw_calls = [{"id": cid, "name": "", "arguments": "", "index": k}
                             for k, cid in enumerate(turn.get("tool_call_ids") or [])]
            emit(te, TurnFinished(run=i, t=te, turn=tn, content=turn.get("content") or "",
                                  reasoning=turn.get("reasoning") or "",
                                  tool_calls=tuple(raw_calls),
                                  finish_reason=turn.get("finish_reason"),
                                  raw_finish_reasons=tuple(turn.get("finish_reasons") or ()),
                                  usage=turn.get("usage"), ttft_s=turn.get("ttft_s"),
                                  duration_s=turn.get("duration_s") or 0.0,
                                  served_by=turn.get("served_by"),
                                  response_model=turn.get("response_model"),
                                  system_fingerprint=turn.get("system_fingerprint"),
                                  assistant_message={}, extra=dict(turn.get("extra") or {})))
            if is_attempt:
                continue
            for c in tools_by_turn.get(tn, []):
                seen_tool_ids.add(str(c.get("id")))
                last = max(last, _replay_tool(emit, i, base, te, c))
        for c in run.get("tool_calls") or []:
            if str(c.get("id")) not in seen_tool_ids:
                last = max(last, _replay_tool(emit, i, base, last, c))
        for note in run.get("notices") or []:
            at = base + (note.get("at_s") or 0.0)
            emit(at, Notice(run=i, t=at, kind=note.get("kind") or "info",
                            message=note.get("message") or "", data=dict(note.get("data") or {})))
        metrics = run.get("metrics") or {}
        if metrics.get("total_s") is not None:
            last = max(last, base + metrics["total_s"])
        if run.get("status") in ("ok", "error", "cancelled"):
            emit(last, RunFinished(run=i, t=last, status=run["status"], error=run.get("error")))
        end_t = max(end_t, last)
    emit(end_t, SessionFinished(run=-1, t=end_t, status=session.get("status") or "ok"))
    out.sort(key=lambda x: (x[0], x[1]))
    return [e for _, _, e in out]


def _replay_deltas(emit: Any, run: int, turn: int, base: float, ts: float, td: dict,
                   timeline: list) -> float:
    span = td.get("timeline_span")
    buffers = {"c": td.get("content") or "", "r": td.get("reasoning") or ""}
    calls = td.get("tool_calls_raw") or td.get("partial_tool_calls") or []
    pos = {"c": 0, "r": 0}
    last = ts
    if not (isinstance(span, list) and len(span) == 2 and span[1] > span[0]):
        ttft = base + (td.get("started_s") or 0.0) + (td.get("ttft_s") or 0.0)
        if buffers["r"]:
            emit(ttft, ReasoningDelta(run=run, t=ttft, turn=turn, text=buffers["r"]))
        if buffers["c"]:
            emit(ttft, TextDelta(run=run, t=ttft, turn=turn, text=buffers["c"]))
        for k, c in enumerate(calls):
            emit(ttft, ToolCallDelta(run=run, t=ttft, turn=turn, index=c.get("index", k),
                                     id=c.get("id"), name=c.get("name"),
                                     arguments=_arg_text(c.get("arguments"))))
        return ttft if (buffers["r"] or buffers["c"] or calls) else last
    call_i, call_pos = 0, 0
    for entry in timeline[span[0]:span[1]]:
        at, ch, n = float(entry[0]), entry[1], int(entry[2])
        t = base + at
        last = max(last, t)
        if ch in buffers:
            piece = buffers[ch][pos[ch]:pos[ch] + n]
            pos[ch] += n
            cls = TextDelta if ch == "c" else ReasoningDelta
            emit(t, cls(run=run, t=t, turn=turn, text=piece))
        elif ch == "t" and calls:
            while call_i < len(calls) - 1 and call_pos >= len(_arg_text(calls[call_i].get("arguments"))):
                call_i, call_pos = call_i + 1, 0
            c = calls[call_i]
            args = _arg_text(c.get("arguments"))
            first = call_pos == 0
            emit(t, ToolCallDelta(run=run, t=t, turn=turn, index=c.get("index", call_i),
                                  id=c.get("id") if first else None,
                                  name=c.get("name") if first else None,
                                  arguments=args[call_pos:call_pos + n]))
            call_pos += n
    return last


def _arg_text(a: Any) -> str:
    if a is None:
        return ""
    return a if isinstance(a, str) else json.dumps(a, ensure_ascii=False)


def _replay_tool(emit: Any, run: int, base: float, after: float, c: dict) -> float:
    ts = base + c["started_s"] if c.get("started_s") is not None else after
    extra = {k: v for k, v in c.items() if k in _tool_started_extra()}
    emit(ts, ToolCallStarted(run=run, t=ts, call_id=str(c.get("id")), name=c.get("name") or "",
                             arguments=c.get("arguments"),
                             arguments_valid=bool(c.get("arguments_valid")),
                             turn=c.get("turn", 0), **extra))
    if c.get("result") is None and c.get("ended_s") is None:
        return ts
    te = base + c["ended_s"] if c.get("ended_s") is not None else ts + (c.get("duration_s") or 0)
    emit(te, ToolCallFinished(run=run, t=te, call_id=str(c.get("id")), name=c.get("name") or "",
                              result=c.get("result") or "", is_error=bool(c.get("is_error")),
                              duration_s=c.get("duration_s") or 0.0, turn=c.get("turn", 0)))
    return te


def _tool_started_extra() -> set[str]:
    return {f.name for f in dataclasses.fields(ToolCallStarted)} - {
        "run", "t", "call_id", "name", "arguments", "arguments_valid", "turn"}
