"""Credentials never reach a file, a screen or a printed line: one scrubber for all of them.

Three gates, one rule (every occurrence of a key value becomes ``[redacted]``):

* :func:`redact_text` / :func:`redact` for whole strings and JSON-like values;
* :class:`StreamScrubber` for one stream of deltas, where a key arrives split over many
  chunks ("sk-l", "ive-XY", ...): it holds back the shortest tail that could still become a
  key and emits everything else at once, so the concatenation of what it emits is exactly
  ``redact_text`` of the whole stream, whatever the split;
* :class:`EventScrubber` for a session's event stream: a StreamScrubber per run and channel
  (content, reasoning, each tool call's arguments, raw bytes), whole-value scrubbing for every
  other event, and a flush of what is held at turn end, run end (cancel and failure included)
  and session end.  The recorder puts it in front of the journal, so a journal never holds a
  key and recovering one needs no key.

The replacement is the session file's ``[redacted]`` everywhere (files, exports, ``--json``,
printed lines and the TUI), so offsets computed on any of them (findings, word positions)
agree.  Matching is leftmost-longest over each key as sent and as it appears inside a JSON
string, longest first.
"""


from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
from typing import Any, Iterable

from provtui.core.session_format import REDACTED

__all__ = ["known_secrets", "secret_forms", "redact_text", "redact", "scrub_values",
           "StreamScrubber", "EventScrubber", "REDACTED"]

# ---------------------------------------------------------------------------- credentials

_SENSITIVE_NAMES = {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie",
                    "set-cookie", "x-goog-api-key", "api_key", "apikey"}
_SENSITIVE_PARTS = ("api-key", "api_key", "apikey", "secret", "password", "authorization")
# Variables that look like credentials even when no provider preset names them (a custom
# provider's api_key_env); long enough values only, so "1" or "true" never get scrubbed.
_SECRET_VAR = re.compile(r"(API_?KEY|_KEY|TOKEN|SECRET|PASSWORD)$", re.I)
_MIN_SECRET = 4


def _is_sensitive_name(name: str) -> bool:
    low = name.lower()
    return low in _SENSITIVE_NAMES or any(p in low for p in _SENSITIVE_PARTS)


def known_secrets(extra: Iterable[str] = ()) -> list[str]:
    """Key values to scrub: the config module's list, credential-looking environment variables
    and ``extra``; longest first so a key containing another is replaced whole."""
    found: set[str] = {s for s in extra if s and len(s) >= _MIN_SECRET}
    try:
        from provtui.core.config import secret_values

        found.update(secret_values())
    except Exception:  # a broken config must not stop a session from being saved
        pass
    for name, value in os.environ.items():
        if value and len(value) >= 8 and _SECRET_VAR.search(name):
            found.add(value)
    return sorted(found, key=len, reverse=True)


@functools.lru_cache(maxsize=64)
def _forms_of(values: tuple[str, ...]) -> tuple[str, ...]:
    found: set[str] = set()
    for v in values:
        if isinstance(v, str) and len(v) >= _MIN_SECRET:
            found.add(v)
            # the same key inside a JSON string (an echoed request body): quotes, backslashes,
            # and "/" as "\/" (PHP's and some proxies' encoders escape it)
            esc = json.dumps(v, ensure_ascii=False)[1:-1]
            found.add(esc)
            if "/" in v:
                found.add(esc.replace("/", "\\/"))
            if v.isascii():
                # an encoder that escapes every character (\u0073\u006b...), either case
                found.add("".join(f"\\u{ord(c):04x}" for c in v))
                found.add("".join(f"\\u{ord(c):04X}" for c in v))
    # longest first, then a fixed order: the alternation below tries them in this order
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


def secret_forms(values: Iterable[str]) -> tuple[str, ...]:
    """Each key as sent and as it appears inside a JSON string, longest first."""
    return _forms_of(tuple(values))


@functools.lru_cache(maxsize=64)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not forms:
        return None
    # alternatives are tried in order, so at each position the longest key that matches wins
    return re.compile("|".join(re.escape(f) for f in forms))


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every key value (as sent or JSON-escaped) replaced by ``[redacted]``."""
    pattern = _pattern(_forms_of(secrets if isinstance(secrets, tuple) else tuple(secrets)))
    if pattern is None or not text:
        return text
    return pattern.sub(REDACTED, text)


def redact(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of ``value`` with credential-named keys replaced and secret values scrubbed."""
    secrets = tuple(secrets)
    if isinstance(value, dict):
        return {k: (REDACTED if isinstance(k, str) and _is_sensitive_name(k) and v
                    else redact(v, secrets)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact(v, secrets) for v in value]
    if isinstance(value, str):
        return redact_text(value, secrets)
    return value


def scrub_values(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` with key values scrubbed from every string in it (dict keys included); the
    structure and every other value are kept (unlike :func:`redact`, no field is dropped
    for its name).  Returns ``value`` itself when nothing changed."""
    secrets = secrets if isinstance(secrets, tuple) else tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, dict):
        out = {scrub_values(k, secrets): scrub_values(v, secrets) for k, v in value.items()}
        same = len(out) == len(value) and all(
            a is b and out[a] is value[b] for a, b in zip(out, value))
        return value if same else out
    if isinstance(value, (list, tuple)):
        items = [scrub_values(v, secrets) for v in value]
        if all(a is b for a, b in zip(items, value)):
            return value
        return type(value)(items) if isinstance(value, tuple) else items
    return value


# ---------------------------------------------------------------------------- streams


class StreamScrubber:
    """Scrubs key values from a stream of deltas (one channel of one run).

    The output is the leftmost-longest scan of :func:`redact_text`, done as text arrives: at
    each position a key either matches whole (replaced), cannot start there (the character is
    emitted), or the text so far is a proper prefix of a key (from there on the text is held
    back until the stream shows which).  So at most ``len(longest key) - 1`` characters wait,
    ``"".join(feed(d) for d in deltas) + flush()`` equals ``redact_text("".join(deltas))`` for
    every split, and text that cannot be a key is never delayed.
    """

    __slots__ = ("_forms", "_re", "_firsts", "_longest", "_carry", "replacement")

    def __init__(self, secrets: Iterable[str], replacement: str = REDACTED) -> None:
        self._forms = secret_forms(secrets)
        self._re = _pattern(self._forms)
        self._firsts = frozenset(f[0] for f in self._forms)
        self._longest = max((len(f) for f in self._forms), default=0)
        self._carry = ""
        self.replacement = replacement

    @property
    def active(self) -> bool:
        """False when there is no key to hide (then ``feed`` returns its input)."""
        return self._re is not None

    @property
    def held(self) -> str:
        """Raw text waiting to be told apart from a key (never shown as is)."""
        return self._carry

    def feed(self, delta: str) -> str:
        pattern = self._re
        if pattern is None:
            return delta
        text = self._carry + delta if self._carry else delta
        if not text:
            return text
        n = len(text)
        lo = n - self._longest + 1  # before this, every key either fits or cannot start
        m = pattern.search(text)
        if m is None:  # the common case: no key, at most a key's beginning at the end
            lo0 = lo if lo > 0 else 0
            for c in self._firsts:
                if text.find(c, lo0) != -1:
                    break
            else:
                self._carry = ""
                return text
            u = self._undecided(text, lo, n)
            if u is None:
                self._carry = ""
                return text
            self._carry = text[u:]
            return text[:u]
        out: list[str] = []
        pos = 0
        hold = n
        while m is not None:
            start = m.start()
            if start >= lo:
                u = self._undecided(text, max(pos, lo), start + 1)
                if u is not None:
                    hold = u
                    break
            out.append(text[pos:start])
            out.append(self.replacement)
            pos = m.end()
            m = pattern.search(text, pos)
        else:
            u = self._undecided(text, max(pos, lo), n)
            if u is not None:
                hold = u
        out.append(text[pos:hold])
        self._carry = text[hold:]
        return "".join(out)

    def _undecided(self, text: str, a: int, b: int) -> int | None:
        """The first position in [a, b) from which the rest of ``text`` is a proper prefix
        of some key (a longer match may still come), or None."""
        a = max(a, 0)
        best = None
        for c in self._firsts:
            i = text.find(c, a, b)
            while i != -1 and (best is None or i < best):
                tail = text[i:]
                k = len(tail)
                for f in self._forms:
                    if len(f) > k and f.startswith(tail):
                        best = i
                        break
                else:
                    i = text.find(c, i + 1, b)
                    continue
                break
        return best

    def flush(self) -> str:
        """The stream ended: what was held, scrubbed (a key cut short is shown as it is: it
        is not the key)."""
        text, self._carry = self._carry, ""
        if not text or self._re is None:
            return text
        return self._re.sub(self.replacement, text)


# ---------------------------------------------------------------------------- events


def _refit(parts: tuple[tuple[float, int], ...], size: int) -> tuple[tuple[float, int], ...]:
    """A coalesced delta's chunks after scrubbing changed its text to ``size`` characters: the
    difference (text held back, or a key replaced) is taken from / given to the last chunks,
    so the chunks still add up to the text (each chunk's time is kept)."""
    out = list(parts)
    diff = size - sum(n for _, n in out)
    i = len(out) - 1
    while diff and i >= 0:
        t, n = out[i]
        new = max(0, n + diff)
        diff -= new - n
        out[i] = (t, new)
        i -= 1
    return tuple(out)


class EventScrubber:
    """Scrubs a session's event stream before anything records it.

    ``feed(event)`` returns the events to record in its place: usually one, scrubbed; at the
    end of a turn, a run or the session, first one delta per channel for the text its
    scrubber held back (with the ending event's ``t``), so no text is lost and the recorded
    deltas join to exactly the recorded whole-turn text.  Channels: content and reasoning per
    run, tool-call arguments per run and call slot, raw bytes per run (latin-1 text of the
    bytes; keys are ASCII, so the same characters).  Every other event has every string in it
    scrubbed whole.  A delta is recorded for every delta received (its text may be empty
    while a possible key is held), so the timeline keeps every arrival time.
    """

    def __init__(self, secrets: Iterable[str] | None = None) -> None:
        from provtui.core import events as E

        self._E = E
        self._secrets = tuple(known_secrets(()) if secrets is None else secrets)
        self._forms = secret_forms(self._secrets)
        # (run, channel, slot) -> [turn, scrubber, last event of the channel]
        self._streams: dict[tuple[int, str, int], list[Any]] = {}
        self._ends = (E.TurnStarted, E.TurnFinished, E.TurnFailed, E.RunFinished)
        # raw bytes are kept as latin-1 text: a key with non-ASCII characters shows there as
        # its UTF-8 bytes read one by one
        self._raw_secrets = self._secrets + tuple(
            v for s in self._secrets
            if (v := s.encode("utf-8", "surrogatepass").decode("latin-1")) != s)
        self.active = bool(self._forms)

    @property
    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def feed(self, event: Any) -> list[Any]:
        if not self.active:
            return [event]
        E = self._E
        cls = type(event)
        if cls is E.TextDelta:
            return self._delta(event, "c", 0, event.text)
        if cls is E.ReasoningDelta:
            return self._delta(event, "r", 0, event.text)
        if cls is E.ToolCallDelta:
            return self._delta(event, "t", event.index, event.arguments)
        if cls is E.RawBytes:
            return self._delta(event, "b", 0, event.data)
        out: list[Any] = []
        if cls in self._ends:
            out += self.flush(run=event.run, t=event.t)
        elif cls is E.SessionFinished:
            out += self.flush(t=event.t)
        out.append(self._whole(event))
        return out

    def _make(self, like: Any, t: float, text: str, *, tail: bool = False) -> Any:
        """``like`` with its streamed text replaced (built directly: this runs per chunk)."""
        E = self._E
        cls = type(like)
        if cls is E.ToolCallDelta:
            if tail:
                return cls(like.run, t, like.turn, like.index, None, None, text)
            call_id, name = like.id, like.name
            if call_id:
                call_id = redact_text(call_id, self._secrets)
            if name:
                name = redact_text(name, self._secrets)
            return cls(like.run, t, like.turn, like.index, call_id, name, text)
        if not tail and cls is not E.RawBytes and like.parts:
            return cls(like.run, t, like.turn, text, _refit(like.parts, len(text)))
        return cls(like.run, t, like.turn, text)

    def _delta(self, event: Any, channel: str, slot: int, text: str) -> list[Any]:
        key = (event.run, channel, slot)
        state = self._streams.get(key)
        out: list[Any] | None = None
        if state is None or state[0] != event.turn:
            if state is not None:
                # the same channel in a new turn without an ending event: the old turn ends
                out = self._flush_one(key, event.t)
            keys = self._raw_secrets if channel == "b" else self._secrets
            state = self._streams[key] = [event.turn, StreamScrubber(keys), event]
        else:
            state[2] = event
        clean = state[1].feed(text)
        if clean is text and (channel != "t" or not (event.id or event.name)):
            scrubbed = event
        else:
            scrubbed = self._make(event, event.t, clean)
        if out:
            out.append(scrubbed)
            return out
        return [scrubbed]

    def _flush_one(self, key: tuple[int, str, int], t: float) -> list[Any]:
        _turn, scrubber, last = self._streams.pop(key)
        tail = scrubber.flush()
        return [self._make(last, t, tail, tail=True)] if tail else []

    def flush(self, *, run: int | None = None, t: float | None = None) -> list[Any]:
        """Deltas for whatever is held (one run's channels, or every run's)."""
        out: list[Any] = []
        for key in [k for k in self._streams if run is None or k[0] == run]:
            last_t = self._streams[key][2].t
            out += self._flush_one(key, last_t if t is None else t)
        return out

    def _whole(self, event: Any) -> Any:
        changes = {}
        for f in dataclasses.fields(event):
            if f.name in ("run", "t"):
                continue
            value = getattr(event, f.name)
            if isinstance(value, (str, dict, list, tuple)):
                clean = scrub_values(value, self._secrets)
                if clean is not value:
                    changes[f.name] = clean
        return dataclasses.replace(event, **changes) if changes else event
