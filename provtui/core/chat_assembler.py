"""The chunk normaliser: parsed SSE events of one turn -> delta events and the final record.

Everything a provider does differently in its chunks is absorbed *and recorded* here (who
served the turn, every raw finish reason, which reasoning fields arrived, whether tool-call ids
had to be generated).  No I/O: ``stream_chat`` feeds it, tests and fuzzers can too."""

from __future__ import annotations

import json
import secrets
import string
from typing import Any

from .chat_errors import _error, _strip_html, classify_error
from .events import (
    Event,
    ReasoningDelta,
    TextDelta,
    ToolCallDelta,
    TurnFailed,
    TurnFinished,
)
from .session_format import MAX_TEXT_CHARS
from .sse import SSEEvent

_FINISH_MAP = {"stop": "stop", "eos": "stop", "end_turn": "stop", "stop_sequence": "stop",
               "length": "length", "max_tokens": "length", "tool_calls": "tool_calls",
               "function_call": "tool_calls", "tool_use": "tool_calls",
               "content_filter": "content_filter", "error": "error"}
# One chunk is decoded per streamed event: raw_decode on the stripped text skips json.loads'
# two whitespace regex scans (about a fifth of a chunk's decode time).
_decode_json = json.JSONDecoder().raw_decode
_COMPACT_PIECES = 4096
# One turn's answer (and, separately, its reasoning) is read up to the session's text cap and
# no further: past it the turn ends as a ``protocol`` failure that keeps what came, so a
# provider streaming without end costs neither unbounded memory nor unbounded time.
MAX_TURN_CHARS = MAX_TEXT_CHARS


_ALNUM = string.ascii_letters + string.digits


def _new_tool_id(style: str | None, taken: set[str]) -> str:
    while True:
        if style == "mistral9":
            new = "".join(secrets.choice(_ALNUM) for _ in range(9))
        else:
            new = "call_" + secrets.token_hex(12)
        if new not in taken:
            return new


class _Slot:
    __slots__ = ("args", "args_object", "id", "n", "name", "raw_index")

    def __init__(self, n: int, raw_index: int | None):
        self.n = n
        self.id: str | None = None
        self.name: str | None = None
        self.args: list[str] = []
        self.raw_index = raw_index
        self.args_object = False


class TurnAssembler:
    """Turns parsed SSE events of one turn into delta events and the final record.

    No I/O: ``stream_chat`` feeds it, tests and fuzzers can too.  ``feed(sse_event, t)`` returns
    the delta events; ``failure`` is set once the stream reported an error or became unreadable
    (the caller stops reading); ``done`` is set at ``[DONE]``.
    """

    def __init__(self, *, run: int, turn: int, t_send: float,
                 tool_id_style: str | None = None) -> None:
        self.run = run
        self.turn = turn
        self.t_send = t_send
        self.tool_id_style = tool_id_style
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self._loose = [0, 0]  # content, reasoning pieces appended since the last join
        self.slots: list[_Slot] = []
        self._by_raw_index: dict[int, _Slot] = {}
        self.raw_finish_reasons: list[str] = []
        self.finish_reason_raw: str | None = None
        self.usage: dict | None = None
        self.served_by: str | None = None
        self.response_model: str | None = None
        self.system_fingerprint: str | None = None
        self.extra: dict[str, Any] = {}
        self.ttft_t: float | None = None
        self.done = False
        self.failure: dict | None = None
        self.data_events = 0
        self.chunks = 0
        self.chars = [0, 0, 0]  # content, reasoning, tool-argument characters (the text cap)

    # ---- helpers

    def _note(self, key: str, value: Any) -> None:
        seen = self.extra.setdefault(key, [])
        if value not in seen:
            seen.append(value)

    def _life(self, t: float) -> None:
        if self.ttft_t is None:
            self.ttft_t = t

    # ---- feeding

    def feed(self, ev: SSEEvent, t: float) -> list[Event]:
        if self.failure is not None or self.done:
            return []
        data = ev.data
        if ev.event == "error":
            self.data_events += 1
            self._fail_from_payload(data, "event: error")
            return []
        stripped = data.strip()
        if not stripped:
            return []
        self.data_events += 1
        if stripped == "[DONE]":
            self.done = True
            return []
        try:
            obj, end = _decode_json(stripped)
            if end != len(stripped):
                raise ValueError("extra data after the JSON value")
        except ValueError:
            text = _strip_html(stripped) if "<" in stripped else stripped
            self.failure = _error("protocol", f"the stream contained a data line that is not "
                                  f"JSON: {text}")
            return []
        if not isinstance(obj, dict) or not (
                "choices" in obj or "usage" in obj or "x_groq" in obj or "error" in obj
                or obj.get("object") == "error"):
            # JSON, but not a chat chunk: counted and sampled so a stream made only of these
            # (a base_url that is not a chat endpoint) fails readably in outcome()
            self.extra["ignored_events"] = self.extra.get("ignored_events", 0) + 1
            self.extra.setdefault("ignored_sample", stripped[:200])
            return []
        return self.feed_chunk(obj, t)

    def _fail_from_payload(self, data: str, where: str) -> None:
        err = classify_error(None, data, None)
        if not data.strip():
            err["message"] = f"the provider sent {where} with no details"
        self.failure = err

    def feed_chunk(self, obj: dict, t: float) -> list[Event]:
        """One decoded chunk (a ``chat.completion.chunk`` or a whole ``chat.completion``)."""
        self.chunks += 1
        out: list[Event] = []
        error = obj.get("error")
        is_error = bool(error) or obj.get("object") == "error"
        self._metadata(obj)
        choices = obj.get("choices")
        if isinstance(choices, list):
            for choice in choices:
                if not isinstance(choice, dict):
                    continue
                idx = choice.get("index", 0)
                if idx not in (0, None):
                    self.extra["other_choices"] = True
                    continue
                delta = choice.get("delta")
                if not isinstance(delta, dict):
                    delta = choice.get("message")  # a server that ignored stream=True
                if isinstance(delta, dict):
                    self._delta(delta, t, out)
                fr = choice.get("finish_reason")
                if isinstance(fr, str) and fr:
                    if fr not in self.raw_finish_reasons:
                        self.raw_finish_reasons.append(fr)
                    self.finish_reason_raw = fr
        if is_error:
            self.failure = classify_error(None, json.dumps(obj, ensure_ascii=False), None)
        return out

    def _metadata(self, obj: dict) -> None:
        # Every chunk repeats the same model/provider/fingerprint: comparing with what is
        # already known first keeps this to a few lookups per chunk.
        get = obj.get
        provider = get("provider")
        if provider != self.served_by and isinstance(provider, str) and provider:
            if self.served_by is None:
                self.served_by = provider
            else:
                self._note("served_by_all", self.served_by)
                self._note("served_by_all", provider)
        model = get("model")
        if model != self.response_model and isinstance(model, str) and model:
            if self.response_model is None:
                self.response_model = model
            else:
                self._note("response_models", model)
        fp = get("system_fingerprint")
        if fp != self.system_fingerprint and isinstance(fp, str) and fp:
            if self.system_fingerprint is None:
                self.system_fingerprint = fp
            else:
                self._note("system_fingerprints", fp)
        if "generation_id" not in self.extra:
            gen = get("id")
            if isinstance(gen, str) and gen:
                self.extra["generation_id"] = gen
        usage = get("usage")
        if not (usage and isinstance(usage, dict)):
            x_groq = get("x_groq")
            usage = x_groq.get("usage") if x_groq and isinstance(x_groq, dict) else None
            if usage and isinstance(usage, dict):
                self._note("usage_placement", "x_groq")
        if usage and isinstance(usage, dict):
            self.usage = usage  # cumulative on every server that repeats it: last wins

    def _delta(self, delta: dict, t: float, out: list[Event] | None = None) -> list[Event]:
        # appends to the caller's list: one list per chunk, not two
        if out is None:
            out = []
        # Reasoning: one field per delta, so a proxy duplicating the text is counted once.
        rc, rs = delta.get("reasoning_content"), delta.get("reasoning")
        details = delta.get("reasoning_details")
        text: str | None = None
        if not (rc or rs or details):
            pass  # the usual content-only delta: none of the reasoning checks below apply
        elif isinstance(rc, str) and rc:
            text = rc
            self._note("reasoning_fields", "reasoning_content")
            if isinstance(rs, str) and rs:
                self._note("reasoning_fields", "reasoning")
        elif isinstance(rs, str) and rs:
            text = rs
            self._note("reasoning_fields", "reasoning")
        else:
            if isinstance(details, list):
                pieces = []
                for item in details:
                    if not isinstance(item, dict):
                        continue
                    piece = item.get("text") or item.get("summary")
                    if isinstance(piece, str) and piece:
                        pieces.append(piece)
                    elif item.get("data") or item.get("type") == "reasoning.encrypted":
                        self.extra["encrypted_reasoning"] = True
                if pieces:
                    text = "".join(pieces)
                    self._note("reasoning_fields", "reasoning_details")
        if text is not None and isinstance(details, list):
            self._note("reasoning_fields", "reasoning_details")
        if text:
            self._life(t)
            self._count(1, len(text))
            self.reasoning.append(text)
            self._loose[1] += 1
            if self._loose[1] >= _COMPACT_PIECES:
                self._compact(self.reasoning, 1)
            out.append(ReasoningDelta(self.run, t, self.turn, text))

        content = delta.get("content")
        if isinstance(content, str):
            if content:
                if self.ttft_t is None:
                    self.ttft_t = t
                self.chars[0] += len(content)
                if self.chars[0] > MAX_TURN_CHARS:
                    self._count(0, 0)
                self.content.append(content)
                self._loose[0] += 1
                if self._loose[0] >= _COMPACT_PIECES:
                    self._compact(self.content, 0)
                out.append(TextDelta(self.run, t, self.turn, content))
        elif isinstance(content, list):
            self._note("content_shapes", "parts")
            for part in content:
                out += self._content_part(part, t)

        calls = delta.get("tool_calls")
        if isinstance(calls, list):
            for tc in calls:
                if isinstance(tc, dict):
                    ev = self._tool_call(tc, t)
                    if ev is not None:
                        out.append(ev)
        elif "function_call" in delta and isinstance(delta["function_call"], dict):  # legacy
            ev = self._tool_call({"function": delta["function_call"]}, t)
            if ev is not None:
                out.append(ev)
        return out

    def _count(self, which: int, n: int) -> None:
        self.chars[which] += n
        if self.chars[which] > MAX_TURN_CHARS and self.failure is None:
            what = ("answer", "reasoning", "tool-call arguments")[which]
            self.failure = _error(
                "protocol", f"the {what} passed {MAX_TURN_CHARS / 2**20:g} Mi characters "
                "(provtui's text cap); provtui stopped reading the stream and kept what came")

    def _compact(self, pieces: list[str], which: int) -> None:
        """Join the newest pieces into one string: a one-token piece costs ~60 bytes as its
        own str, so 8 answers of 200k chunks would otherwise hold ~100 MB of them."""
        pieces[-_COMPACT_PIECES:] = ["".join(pieces[-_COMPACT_PIECES:])]
        self._loose[which] = 0

    def _content_part(self, part: Any, t: float) -> list[Event]:
        if isinstance(part, str):
            part = {"type": "text", "text": part}
        if not isinstance(part, dict):
            return []
        kind = part.get("type")
        if kind == "text" and isinstance(part.get("text"), str) and part["text"]:
            self._life(t)
            self._count(0, len(part["text"]))
            self.content.append(part["text"])
            return [TextDelta(self.run, t, self.turn, part["text"])]
        if kind in ("thinking", "reasoning"):
            inner = part.get("thinking", part.get("reasoning", part.get("text")))
            texts: list[str] = []
            if isinstance(inner, str):
                texts.append(inner)
            elif isinstance(inner, list):
                texts += [p.get("text", "") for p in inner
                          if isinstance(p, dict) and isinstance(p.get("text"), str)]
                texts += [p for p in inner if isinstance(p, str)]
            text = "".join(texts)
            if text:
                self._life(t)
                self._note("reasoning_fields", "content_thinking")
                self._count(1, len(text))
                self.reasoning.append(text)
                return [ReasoningDelta(self.run, t, self.turn, text)]
        return []

    def _tool_call(self, tc: dict, t: float) -> ToolCallDelta | None:
        raw_index = tc.get("index")
        if isinstance(raw_index, bool) or not isinstance(raw_index, int):
            raw_index = None
        cid = tc.get("id") if isinstance(tc.get("id"), str) and tc.get("id") else None
        fn = tc.get("function") if isinstance(tc.get("function"), dict) else {}
        name = fn.get("name") if isinstance(fn.get("name"), str) and fn.get("name") else None
        args = fn.get("arguments")
        args_object = False
        if isinstance(args, (dict, list)):
            args = json.dumps(args, ensure_ascii=False)
            args_object = True
            self._note("tool_call_shapes", "arguments_object")
        elif not isinstance(args, str):
            args = "" if args is None else json.dumps(args)

        slot: _Slot | None = None
        if raw_index is not None:
            slot = self._by_raw_index.get(raw_index)
            if slot is not None and cid and slot.id and cid != slot.id:
                self._note("tool_call_shapes", "index_reused")
                slot = None
        else:
            self._note("tool_call_shapes", "index_missing")
            if cid:
                slot = next((s for s in self.slots if s.id == cid), None)
            elif not name and self.slots:
                slot = self.slots[-1]
        if slot is None:
            if not (cid or name or args):
                return None  # a trailing empty delta must not create a call
            slot = _Slot(len(self.slots), raw_index)
            self.slots.append(slot)
            if raw_index is not None:
                if slot.n == 0 and raw_index != 0:
                    self._note("tool_call_shapes", f"index_starts_at_{raw_index}")
                self._by_raw_index[raw_index] = slot
        if cid:
            slot.id = cid
        if name:
            if slot.name and slot.name != name:
                self._note("tool_call_shapes", "name_changed")
            slot.name = name
        if args:
            self._count(2, len(args))
            if args_object:
                slot.args = [args]
                slot.args_object = True
            else:
                slot.args.append(args)
        if not (cid or name or args):
            return None
        self._life(t)
        return ToolCallDelta(self.run, t, self.turn, slot.n, cid, name, args)

    # ---- results

    def tool_calls(self) -> list[dict[str, Any]]:
        """Final calls with ids: the provider's, or generated when missing/duplicated."""
        taken = {s.id for s in self.slots if s.id}
        seen: set[str] = set()
        calls = []
        for s in self.slots:
            if not s.name and not s.args:
                # An id-only fragment (a trailing delta with a fresh id): not a call.
                self.extra["dropped_empty_tool_calls"] = self.extra.get(
                    "dropped_empty_tool_calls", 0) + 1
                continue
            cid = s.id
            if not cid or cid in seen:
                cid = _new_tool_id(self.tool_id_style, taken | seen)
                self._note("tool_call_shapes", "id_generated")
            seen.add(cid)
            args = "".join(s.args)
            calls.append({"id": cid, "name": s.name or "", "arguments": args or "{}",
                          "index": s.n})
        return calls

    def finish_reason(self) -> str | None:
        raw = self.finish_reason_raw
        return None if raw is None else _FINISH_MAP.get(raw, raw)

    def ttft_s(self) -> float | None:
        return None if self.ttft_t is None else self.ttft_t - self.t_send

    def got_output(self) -> bool:
        return bool(self.content or self.reasoning or self.slots)

    def finished(self, t_end: float) -> TurnFinished:
        calls = self.tool_calls()
        content = "".join(self.content)
        self.content[:] = [content]  # the pieces are freed: one copy of a long answer, not two
        extra = dict(self.extra)
        if not self.done:
            extra["done_marker"] = False
        if calls and self.finish_reason_raw == "length":
            for c in calls:
                try:
                    json.loads(c["arguments"])
                except ValueError:
                    extra["truncated_tool_calls"] = True
                    break
        message: dict[str, Any] = {"role": "assistant", "content": content or None}
        if calls:
            message["tool_calls"] = [
                {"id": c["id"], "type": "function",
                 "function": {"name": c["name"], "arguments": c["arguments"]}} for c in calls]
        return TurnFinished(
            run=self.run, t=t_end, turn=self.turn, content=content,
            reasoning="".join(self.reasoning), tool_calls=tuple(calls),
            finish_reason=self.finish_reason(),
            raw_finish_reasons=tuple(self.raw_finish_reasons), usage=self.usage,
            ttft_s=self.ttft_s(), duration_s=t_end - self.t_send, served_by=self.served_by,
            response_model=self.response_model, system_fingerprint=self.system_fingerprint,
            assistant_message=message, extra=extra)

    def failed(self, t_end: float, error: dict) -> TurnFailed:
        content = "".join(self.content)
        self.content[:] = [content]
        return TurnFailed(
            run=self.run, t=t_end, turn=self.turn, error=error, content=content,
            reasoning="".join(self.reasoning), ttft_s=self.ttft_s(),
            duration_s=t_end - self.t_send, usage=self.usage, served_by=self.served_by,
            response_model=self.response_model, system_fingerprint=self.system_fingerprint,
            raw_finish_reasons=tuple(self.raw_finish_reasons), extra=dict(self.extra))

    def outcome(self, t_end: float, *, eof_error: dict | None = None) -> Event:
        """The one final event for a stream that has ended (EOF, [DONE] or error)."""
        if self.failure is not None:
            return self.failed(t_end, self.failure)
        if self.finish_reason_raw == "error":
            return self.failed(t_end, _error(
                "server_error", "the provider ended the stream with finish_reason \"error\" "
                "and no error details"))
        if self.finish_reason_raw is not None:
            if eof_error is not None:
                self.extra["stream_end"] = eof_error["message"]
            return self.finished(t_end)
        ignored = self.extra.get("ignored_events", 0)
        if (ignored and eof_error is None and not self.got_output() and self.usage is None
                and ignored == self.data_events - self.done):
            return self.failed(t_end, _error(
                "protocol", f"none of the stream's {ignored} data event(s) was a chat "
                f"completion chunk (first: {self.extra['ignored_sample']}); check that "
                "base_url is an OpenAI-compatible /v1 endpoint"))
        if self.done:
            return self.finished(t_end)
        if eof_error is not None:
            return self.failed(t_end, eof_error)
        return self.failed(t_end, _error(
            "network", "the stream ended without a finish reason or [DONE] (truncated); "
            "the text received so far is kept"))
