"""The fold: events -> the CONTRACT §3 session dict (SessionRecorder, fold_events)."""


from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable, Iterator, Sequence
import json
from typing import Any, Iterable

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
from provtui.core.journal import Journal
from provtui.core.redaction import EventScrubber, known_secrets, redact, redact_text
from provtui.core.session_format import FORMAT, MAX_RAW_CHARS, MAX_TEXT_CHARS, VERSION, _RESERVED_TOP

_RUN_EXTRA = frozenset({"advertised"})
"""Run-level fields a RunStarted's ``extra`` may set (anything else there is ignored, so an
extra can never overwrite status, text or metrics)."""

# ---------------------------------------------------------------------------- optional modules


def _estimate_tokens(text: str) -> int:
    from provtui.core.chat import estimate_tokens

    return int(estimate_tokens(text))



# ---------------------------------------------------------------------------- the fold


_COMPACT_PIECES = 4096
"""Streamed pieces joined into one string every this many: a 5-character piece costs about 60
bytes as its own str object, so 8 answers of 200k one-token chunks would hold ~100 MB of them."""


class _Text:
    """Accumulates streamed text cheaply (list of pieces) up to the size cap."""

    __slots__ = ("parts", "length", "dropped", "loose")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.dropped = 0
        self.loose = 0  # pieces appended since the last join

    def add(self, text: str) -> None:
        room = MAX_TEXT_CHARS - self.length
        if len(text) > room:
            self.dropped += len(text) - max(room, 0)
            text = text[:max(room, 0)]
        if text:
            self.parts.append(text)
            self.length += len(text)
            self.loose += 1
            if self.loose >= _COMPACT_PIECES:
                self.parts[-self.loose:] = ["".join(self.parts[-self.loose:])]
                self.loose = 0

    def value(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        self.loose = 0
        return self.parts[0] if self.parts else ""


class _Timeline:
    """A run's delta timeline while it streams: three arrays, 17 bytes a delta, instead of a
    three-item list per delta (about 120 bytes; 190 MB for 8 x 200k deltas).  The session dict
    holds a :class:`TimelineView` of them, and ``save_session`` writes the JSON straight from
    the arrays, so the ``[[offset_s, channel, chars], ...]`` lists never all exist at once."""

    __slots__ = ("offsets", "channels", "chars")

    def __init__(self) -> None:
        self.offsets = array("d")
        self.channels = bytearray()
        self.chars = array("q")

    def append(self, offset: float, channel: str, chars: int) -> None:
        self.offsets.append(offset)
        self.channels.append(ord(channel))
        self.chars.append(chars)

    def __len__(self) -> int:
        return len(self.chars)

    def entries(self) -> list[list[Any]]:
        return list(self.view())

    def view(self) -> "TimelineView":
        return TimelineView(self, len(self.chars))


_TIMELINE_CHUNK = 4096


class TimelineView(Sequence):
    """A run's ``timeline`` as the in-memory session dict holds it: a read-only sequence of
    ``[offset_s, channel, chars]`` lists made on demand from the recorder's arrays (the first
    ``n`` entries: a snapshot does not grow with the run).  It compares equal to the list it
    stands for; ``json.dumps`` needs ``default=json_default`` (``save_session`` streams it).
    A loaded session has plain lists instead."""

    __slots__ = ("_tl", "_n")

    def __init__(self, timeline: _Timeline, n: int) -> None:
        self._tl = timeline
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self._entry(k) for k in range(*i.indices(self._n))]
        k = i + self._n if i < 0 else i
        if not 0 <= k < self._n:
            raise IndexError("timeline index out of range")
        return self._entry(k)

    def _entry(self, k: int) -> list[Any]:
        tl = self._tl
        return [tl.offsets[k], chr(tl.channels[k]), tl.chars[k]]

    def __iter__(self) -> Iterator[list[Any]]:
        tl, n = self._tl, self._n
        for o, c, m in zip(tl.offsets[:n], tl.channels[:n], tl.chars[:n]):
            yield [o, chr(c), m]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, TimelineView)):
            return len(other) == self._n and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TimelineView({self._n} entries)"

    def json_chunks(self) -> Iterator[str]:
        """The compact JSON of the list, ``_TIMELINE_CHUNK`` entries a piece, exactly as
        ``json.dumps(list(view), separators=(",", ":"))`` writes it."""
        tl, n = self._tl, self._n
        if not n:
            yield "[]"
            return
        channel = {c: json.dumps(chr(c)) for c in set(tl.channels[:n])}
        number = float.__repr__
        for start in range(0, n, _TIMELINE_CHUNK):
            stop = min(n, start + _TIMELINE_CHUNK)
            parts = []
            for o, c, m in zip(tl.offsets[start:stop], tl.channels[start:stop],
                               tl.chars[start:stop]):
                # json writes finite floats as repr() does; the rest (never expected) its way
                num = number(o) if o - o == 0 else json.dumps(o)
                parts.append(f"[{num},{channel[c]},{m}]")
            yield ("[" if start == 0 else ",") + ",".join(parts) + ("]" if stop == n else "")


def json_default(value: Any) -> Any:
    """``default=`` for ``json.dumps`` of an in-memory session dict (timelines become lists)."""
    if isinstance(value, TimelineView):
        return list(value)
    return str(value)


class _Turn:
    __slots__ = ("index", "attempt", "request", "url", "t_start", "t_end", "content", "reasoning",
                 "partial_tools", "headers", "http_status", "raw", "raw_len", "done", "error",
                 "tl_start", "tl_end")

    def __init__(self, index: int, attempt: int, request: dict | None, url: str | None,
                 t_start: float | None, tl_start: int):
        self.index = index
        self.attempt = attempt
        self.request = request
        self.url = url
        self.t_start = t_start
        self.t_end: float | None = None
        self.content = _Text()
        self.reasoning = _Text()
        self.partial_tools: dict[int, dict[str, Any]] = {}
        self.headers: dict[str, Any] | None = None
        self.http_status: int | None = None
        self.raw: list[str] = []
        self.raw_len = 0
        self.done: dict[str, Any] | None = None     # TurnFinished / TurnFailed fields
        self.error: dict[str, Any] | None = None
        self.tl_start = tl_start
        self.tl_end = tl_start


class _Run:
    def __init__(self, index: int):
        self.index = index
        self.meta: dict[str, Any] = {"target": "", "provider": "", "model": "", "repeat_index": 0}
        self.status = "queued"
        self.error: dict[str, Any] | None = None
        self.t_started: float | None = None
        self.t0: float | None = None
        self.turns: dict[int, _Turn] = {}
        self.attempts: list[dict[str, Any]] = []
        self.tool_calls: list[dict[str, Any]] = []
        self.tool_by_id: dict[str, dict[str, Any]] = {}
        self.notices: list[dict[str, Any]] = []
        self.timeline = _Timeline()
        self.ends: list[float] = []
        self.last_t: float | None = None
        self.t_finished: float | None = None
        self.asked_user = False
        self.preflight: dict[str, Any] | None = None
        self.finished = False

    def offset(self, t: float) -> float:
        base = self.t0 if self.t0 is not None else (self.t_started if self.t_started is not None
                                                    else t)
        return round(t - base, 4)


class SessionRecorder:
    """Folds events into the CONTRACT §3 session dict (and appends them to a journal).

    ``apply`` is cheap enough for thousands of deltas per second per run: deltas only append
    to lists; the dict is built by ``snapshot()`` / ``finish()``.
    """

    def __init__(self, *, journal: Journal | None = None, secrets: Iterable[str] | None = None):
        self.journal = journal
        self._secrets = known_secrets(secrets or ())
        # in front of the journal and the fold: a key streamed in pieces is scrubbed before
        # any of it is written, so neither the journal nor a recovery ever needs the key
        self._scrub = EventScrubber(self._secrets)
        self._session_id = ""
        self._t_session: float | None = None
        self._head: dict[str, Any] = {"format": FORMAT, "version": VERSION, "id": "",
                                      "created_at": None, "prompt": "", "system": None,
                                      "mcp_servers": [], "params": {}}
        self._extra: dict[str, Any] = {}
        self._notices: list[dict[str, Any]] = []
        self._runs: dict[int, _Run] = {}
        self._status: str | None = None
        self._finished: dict[str, Any] | None = None

    @property
    def session_id(self) -> str:
        return self._session_id

    # -- folding -----------------------------------------------------------------------

    def _run(self, index: int) -> _Run:
        r = self._runs.get(index)
        if r is None:
            r = self._runs[index] = _Run(index)
        return r

    def _turn(self, r: _Run, index: int, t: float) -> _Turn:
        turn = r.turns.get(index)
        if turn is None:  # a delta without its TurnStarted: keep the text anyway
            if r.t0 is None:
                r.t0 = t
            turn = r.turns[index] = _Turn(index, 0, None, None, t, len(r.timeline))
        return turn

    def apply(self, event: Event) -> None:
        if not self._scrub.active:
            if self.journal is not None:
                self.journal.write(event)
            self._fold(event)
            return
        for e in self._scrub.feed(event):
            if self.journal is not None:
                self.journal.write(e)
            self._fold(e)

    def _flush_scrubber(self) -> None:
        """Text the scrubber still holds (a stream that ended without its end event)."""
        for e in self._scrub.flush():
            if self.journal is not None and not self.journal.closed:
                self.journal.write(e)
            self._fold(e)

    def _fold(self, event: Event) -> None:
        match event:
            case TextDelta() | ReasoningDelta():
                r = self._run(event.run)
                turn = self._turn(r, event.turn, event.t)
                text = event.text
                (turn.content if event.channel == "c" else turn.reasoning).add(text)
                parts = event.parts
                if parts and sum(n for _, n in parts) == len(text):
                    # a coalesced delta (core/coalesce.py): every chunk's own arrival
                    append, offset, channel = r.timeline.append, r.offset, event.channel
                    for t, n in parts:
                        append(offset(t), channel, n)
                    r.last_t = parts[-1][0]
                else:
                    r.timeline.append(r.offset(event.t), event.channel, len(text))
                    r.last_t = event.t
                turn.tl_end = len(r.timeline)
            case ToolCallDelta():
                r = self._run(event.run)
                turn = self._turn(r, event.turn, event.t)
                slot = turn.partial_tools.setdefault(event.index, {"index": event.index, "id": None,
                                                                   "name": None, "arguments": ""})
                if event.id:
                    slot["id"] = event.id
                if event.name:
                    slot["name"] = event.name
                slot["arguments"] += event.arguments
                r.timeline.append(r.offset(event.t), "t", len(event.arguments))
                turn.tl_end = len(r.timeline)
                r.last_t = event.t
            case RawBytes():
                r = self._run(event.run)
                turn = self._turn(r, event.turn, event.t)
                room = MAX_RAW_CHARS - turn.raw_len
                if room > 0:
                    turn.raw.append(event.data[:room])
                turn.raw_len += len(event.data)
                r.last_t = event.t
            case SessionStarted():
                self._session_id = event.session_id
                self._t_session = event.t
                self._head.update(id=event.session_id, created_at=event.wall, prompt=event.prompt,
                                  system=event.system, mcp_servers=list(event.mcp_servers),
                                  params=dict(event.params))
                for k, v in (event.extra or {}).items():
                    if k in _RESERVED_TOP:
                        self._extra.setdefault("extra", {})[k] = v
                    else:
                        self._extra[k] = v
            case RunQueued() | RunStarted():
                r = self._run(event.run)
                r.meta.update(target=event.target, provider=event.provider, model=event.model,
                              repeat_index=event.repeat_index)
                for k, v in (getattr(event, "extra", None) or {}).items():
                    if k in _RUN_EXTRA:  # run fields a RunStarted may add (advertised)
                        r.meta[k] = redact(v, self._secrets)
                if isinstance(event, RunStarted) and not r.finished:
                    r.status = "running"
                    r.t_started = event.t
                r.last_t = event.t
            case TurnStarted():
                r = self._run(event.run)
                if r.t0 is None:
                    r.t0 = event.t
                if not r.finished:
                    r.status = "running"
                old = r.turns.get(event.turn)
                if old is not None:  # a new attempt without a TurnFailed: keep the old one
                    r.attempts.append(self._turn_dict(r, old, superseded=True))
                r.turns[event.turn] = _Turn(event.turn, event.attempt,
                                            redact(event.request, self._secrets),
                                            redact_text(event.url, self._secrets) if event.url
                                            else event.url,
                                            event.t, len(r.timeline))
                r.last_t = event.t
            case ResponseStarted():
                r = self._run(event.run)
                turn = self._turn(r, event.turn, event.t)
                turn.headers = redact(dict(event.headers), self._secrets)
                turn.http_status = event.status
                r.last_t = event.t
            case TurnFinished():
                r = self._run(event.run)
                turn = self._turn(r, event.turn, event.t)
                turn.t_end = event.t
                turn.done = {
                    "content": event.content, "reasoning": event.reasoning,
                    "tool_call_ids": [c.get("id") for c in event.tool_calls],
                    "finish_reason": event.finish_reason, "usage": event.usage,
                    "ttft_s": event.ttft_s, "duration_s": event.duration_s,
                    "served_by": event.served_by, "response_model": event.response_model,
                    "system_fingerprint": event.system_fingerprint,
                    "finish_reasons": list(event.raw_finish_reasons),
                    "extra": redact(dict(event.extra or {}), self._secrets),
                    "tool_calls_raw": [dict(c) for c in event.tool_calls],
                }
                r.ends.append(event.t)
                r.last_t = event.t
            case TurnFailed():
                r = self._run(event.run)
                turn = self._turn(r, event.turn, event.t)
                turn.t_end = event.t
                turn.error = redact(dict(event.error), self._secrets)
                turn.done = {
                    "content": event.content, "reasoning": event.reasoning,
                    "tool_call_ids": [], "finish_reason": None, "usage": event.usage,
                    "ttft_s": event.ttft_s, "duration_s": event.duration_s,
                    "served_by": event.served_by, "response_model": event.response_model,
                    "system_fingerprint": event.system_fingerprint,
                    "finish_reasons": list(event.raw_finish_reasons),
                    "extra": redact(dict(event.extra or {}), self._secrets),
                }
                r.ends.append(event.t)
                r.last_t = event.t
                if event.will_retry:
                    # every attempt is kept: the retried one moves to run["attempts"], the next
                    # TurnStarted of the same turn starts clean
                    r.attempts.append(self._turn_dict(r, turn))
                    del r.turns[event.turn]
            case ToolCallStarted():
                r = self._run(event.run)
                entry: dict[str, Any] = {"id": event.call_id, "name": event.name,
                                         "arguments": event.arguments,
                                         "arguments_valid": event.arguments_valid,
                                         "result": None, "is_error": None, "duration_s": None,
                                         "turn": event.turn, "started_s": r.offset(event.t)}
                # later event versions may carry more about the call: keep all of it
                for f in dataclasses.fields(event):
                    if f.name not in ("run", "t", "call_id", "name", "arguments",
                                      "arguments_valid", "turn"):
                        entry[f.name] = getattr(event, f.name)
                old = r.tool_by_id.get(event.call_id)
                if old is not None and old.get("result") is None:
                    old.update(entry)
                else:
                    r.tool_calls.append(entry)
                    r.tool_by_id[event.call_id] = entry
                r.last_t = event.t
            case ToolCallFinished():
                r = self._run(event.run)
                entry = r.tool_by_id.get(event.call_id)
                if entry is None:
                    entry = {"id": event.call_id, "name": event.name, "arguments": None,
                             "arguments_valid": None, "turn": event.turn}
                    r.tool_calls.append(entry)
                    r.tool_by_id[event.call_id] = entry
                entry.update(result=event.result, is_error=event.is_error,
                             duration_s=event.duration_s, ended_s=r.offset(event.t))
                r.ends.append(event.t)
                r.last_t = event.t
            case Notice():
                note = {"kind": event.kind, "message": redact_text(event.message, self._secrets),
                        "data": redact(dict(event.data or {}), self._secrets)}
                if event.run < 0:
                    note["at_s"] = (round(event.t - self._t_session, 4)
                                    if self._t_session is not None else None)
                    self._notices.append(note)
                    return
                r = self._run(event.run)
                note["at_s"] = r.offset(event.t)
                r.notices.append(note)
                if event.kind == "asked_user":
                    r.asked_user = True
                elif event.kind == "preflight_context":
                    r.preflight = dict(event.data or {})
                r.last_t = event.t
            case RunFinished():
                r = self._run(event.run)
                r.status = event.status
                r.error = redact(dict(event.error), self._secrets) if event.error else None
                r.finished = True
                r.t_finished = event.t
                r.last_t = event.t
            case SessionFinished():
                self._status = event.status
            case _:
                pass  # an event type from a newer provtui: the journal keeps it

    # -- building the dict ---------------------------------------------------------------

    @staticmethod
    def _unfinished_ttft(r: _Run, turn: _Turn) -> float | None:
        """A turn cut off (cancel, crash) still had its first delta: its ttft is known, and the
        pane showed it, so the file keeps it too."""
        if turn.t_start is None or turn.tl_end <= turn.tl_start:
            return None
        first = r.timeline.offsets[turn.tl_start]
        return round(max(0.0, first - r.offset(turn.t_start)), 4)

    def _turn_dict(self, r: _Run, turn: _Turn, *, superseded: bool = False) -> dict[str, Any]:
        done = turn.done or {}
        content = done.get("content") if turn.done else turn.content.value()
        reasoning = done.get("reasoning") if turn.done else turn.reasoning.value()
        d: dict[str, Any] = {
            "content": content or "",
            "reasoning": reasoning or "",
            "tool_call_ids": list(done.get("tool_call_ids") or []),
            "finish_reason": done.get("finish_reason"),
            "usage": done.get("usage"),
            "ttft_s": done.get("ttft_s") if turn.done else self._unfinished_ttft(r, turn),
            "duration_s": done.get("duration_s"),
            "served_by": done.get("served_by"),
            "response_model": done.get("response_model"),
            "system_fingerprint": done.get("system_fingerprint"),
            "request": turn.request,
            "response_headers": turn.headers,
            "turn": turn.index,
            "attempt": turn.attempt,
            "url": turn.url,
            "http_status": turn.http_status,
            "finish_reasons": list(done.get("finish_reasons") or []),
            "extra": done.get("extra") or {},
            "started_s": r.offset(turn.t_start) if turn.t_start is not None else None,
            "ended_s": r.offset(turn.t_end) if turn.t_end is not None else None,
            "timeline_span": [turn.tl_start, turn.tl_end],
        }
        if "tool_calls_raw" in done:
            d["tool_calls_raw"] = done["tool_calls_raw"]
        if turn.raw:
            d["raw_stream"] = "".join(turn.raw)
            if turn.raw_len > MAX_RAW_CHARS:
                d["raw_stream_truncated"] = turn.raw_len
        if turn.error is not None:
            d["error"] = turn.error
        if turn.done is None:
            d["unfinished"] = True
            if turn.partial_tools:
                d["partial_tool_calls"] = [turn.partial_tools[i] for i in sorted(turn.partial_tools)]
            if turn.content.dropped or turn.reasoning.dropped:
                d["dropped_chars"] = turn.content.dropped + turn.reasoning.dropped
        if superseded:
            d["superseded"] = True
        return d

    def _run_dict(self, r: _Run, *, final: bool, recovered: bool,
                  views: bool = False) -> dict[str, Any]:
        turns = [self._turn_dict(r, r.turns[i]) for i in sorted(r.turns)]
        truncated: dict[str, int] = {}
        for i, td in enumerate(turns):
            for key in ("content", "reasoning"):
                if len(td[key]) > MAX_TEXT_CHARS:
                    truncated[f"turns[{i}].{key}"] = len(td[key])
                    td[key] = td[key][:MAX_TEXT_CHARS]
            dropped = td.pop("dropped_chars", 0)
            if dropped:
                truncated[f"turns[{i}].streamed"] = dropped
        text = turns[-1]["content"] if turns else ""
        pieces: list[str] = []
        for td in turns:
            piece = td["reasoning"]
            if piece and (not pieces or pieces[-1] != piece):
                pieces.append(piece)
        reasoning = "\n\n".join(pieces)
        if len(reasoning) > MAX_TEXT_CHARS:
            truncated["reasoning"] = len(reasoning)
            reasoning = reasoning[:MAX_TEXT_CHARS]
        tool_calls = [dict(c) for c in r.tool_calls]
        for i, c in enumerate(tool_calls):
            res = c.get("result")
            if isinstance(res, str) and len(res) > MAX_TEXT_CHARS:
                truncated[f"tool_calls[{i}].result"] = len(res)
                c["result"] = res[:MAX_TEXT_CHARS]
            if final and c.get("result") is None and "ended_s" not in c:
                c["unfinished"] = True

        status, error = r.status, r.error
        if final and not r.finished:
            status = "cancelled"
            why = ("provtui stopped before this run finished; recovered from the journal"
                   if recovered else "the session ended before this run finished")
            error = {"kind": "cancelled", "message": why, "http_status": None,
                     "retry_after_s": None, "context_limit": None}

        run: dict[str, Any] = {
            **r.meta,
            "status": status,
            "error": error,
            "text": text,
            "reasoning": reasoning,
            "tool_calls": tool_calls,
            "turns": turns,
            "metrics": self._metrics(r, turns, tool_calls),
            "timeline": r.timeline.view() if views else r.timeline.entries(),
            "words": None,
            "findings": [],
            "checks": [],
            "attempts": list(r.attempts),
            "notices": list(r.notices),
            "asked_user": r.asked_user,
            "preflight": r.preflight,
            "started_at_s": (round(r.t0 - self._t_session, 4)
                             if r.t0 is not None and self._t_session is not None else None),
        }
        if truncated:
            run["truncated"] = truncated
        return run

    def _metrics(self, r: _Run, turns: list[dict], tool_calls: list[dict]) -> dict[str, Any]:
        ttft = turns[0]["ttft_s"] if turns else None
        if isinstance(ttft, float):
            ttft = round(ttft, 4)
        total = None
        if r.t0 is not None:
            ends = list(r.ends)
            if (turns and turns[-1].get("unfinished")) or not ends:
                # a turn cut off mid-stream ends where its last byte (or the cancel) came
                ends += [t for t in (r.last_t, r.t_finished) if t is not None]
            if ends:
                total = round(max(ends) - r.t0, 4)
        usages = [td["usage"] for td in turns]
        if turns and all(isinstance(u, dict) and isinstance(u.get("completion_tokens"), int)
                         for u in usages):
            out_tokens: int | None = sum(u["completion_tokens"] for u in usages)
            estimated = False
        else:
            pieces = [td["content"] + td["reasoning"] for td in turns]
            for c in tool_calls:
                a = c.get("arguments")
                pieces.append(a if isinstance(a, str) else json.dumps(a, ensure_ascii=False))
            joined = "".join(pieces)
            out_tokens = _estimate_tokens(joined) if joined else (0 if turns else None)
            estimated = True
        decode = 0.0
        for td in turns:
            d, f = td.get("duration_s"), td.get("ttft_s")
            if isinstance(d, (int, float)) and isinstance(f, (int, float)) and d > f:
                decode += d - f
        tps = round(out_tokens / decode, 2) if out_tokens and decode > 0 else None
        return {"ttft_s": ttft, "total_s": total, "output_tokens": out_tokens,
                "output_tokens_estimated": estimated, "tokens_per_s": tps}

    def _session_dict(self, *, final: bool, recovered: bool = False,
                      views: bool = False) -> dict[str, Any]:
        n = max(self._runs) + 1 if self._runs else 0
        runs = [self._run_dict(self._runs.get(i) or _Run(i), final=final, recovered=recovered,
                               views=views)
                for i in range(n)]
        session = dict(self._head)
        for k, v in self._extra.items():
            session.setdefault(k, v)
        session["runs"] = runs
        if self._notices:
            session["notices"] = list(self._notices)
        return session

    def snapshot(self) -> dict[str, Any]:
        """The session as it stands; unfinished runs show status "queued"/"running"."""
        if self._finished is not None:
            return self._finished
        return self._session_dict(final=False)

    def finish(self, *, status: str = "ok", recovered: bool = False,
               timeline_views: bool = False,
               analyse: Callable[[dict[str, Any]], Any] | None = None) -> dict[str, Any]:
        """Finalise: unfinished runs become "cancelled" with their partial text, analysis and
        summary are filled in, the journal is closed (fsync).  Idempotent.

        ``timeline_views``: each run's ``timeline`` is a :class:`TimelineView` of the arrays
        instead of a list of lists (~110 bytes an entry: 170 MB for 8 answers of 200k chunks)
        -- for callers that only save the session and read it, not ``json.dumps`` it.

        ``analyse``: what fills in the analysis (default :func:`analyze_session`, here; the
        TUI's does the work in another process: core/analysis_worker.py)."""
        if self._finished is not None:
            return self._finished
        self._flush_scrubber()
        session = self._session_dict(final=True, recovered=recovered, views=timeline_views)
        session["status"] = self._status if self._status and status == "ok" else status
        if recovered:
            session["recovered"] = True
        (analyse or analyze_session)(session)
        self._finished = session
        if self.journal is not None:
            self.journal.close()
        return session


def analyze_session(session: dict[str, Any]) -> dict[str, Any]:
    """Fill each run's words/findings/checks and the session's summary/comparisons, using
    provtui.core.analysis and provtui.core.stats.  A failure in either is recorded in
    ``analysis_problems`` instead of raised: the runs are the record and must be saved."""
    from provtui.core.analysis import analyze
    from provtui.core.stats import session_summary

    runs = session.get("runs") or []
    specs = session.get("check_specs") or []
    for i, run in enumerate(runs):
        others = [o.get("text") or "" for j, o in enumerate(runs) if j != i]
        kw = dict(others=others, tool_calls=run.get("tool_calls") or [],
                  turns=run.get("turns") or [], status=run.get("status"))
        try:
            result = analyze(run.get("text") or "", checks=specs, **kw)
        except Exception as exc:
            # a bad check spec (or an analysis bug) must never cost the user the session:
            # keep words and findings, and say why the checks are missing
            problem = f"checks not run: {exc}"
            if problem not in session.setdefault("analysis_problems", []):
                session["analysis_problems"].append(problem)
            try:
                result = analyze(run.get("text") or "", checks=(), **kw)
            except Exception as exc2:
                session["analysis_problems"].append(f"analysis failed: {exc2}")
                continue
        for key in ("words", "findings", "checks"):
            if key in result:
                run[key] = result[key]
    try:
        session.update(session_summary(session))
    except Exception as exc:  # same rule: the runs are the record, the summary a bonus
        session.setdefault("analysis_problems", []).append(f"summary failed: {exc}")
    return session


def fold_events(events: Iterable[Event], *, recovered: bool = False,
                status: str = "ok") -> dict[str, Any]:
    rec = SessionRecorder()
    for e in events:
        rec.apply(e)  # scrubbed again with the keys known now (a journal from an older provtui)
    return rec.finish(status=status, recovered=recovered)


