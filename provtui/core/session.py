"""Sessions: the event stream folded into the CONTRACT §3 file, journalled while it streams.

The session file is a pure fold of events.  While runs stream, every event is appended to a
JSONL journal (``ID.journal.jsonl``, one ``events.to_json`` object per line) and folded by a
:class:`SessionRecorder`; at the end the fold is written atomically as ``ID.json`` and the
journal is removed.  After a crash, :func:`recover_journals` folds whatever journal is left
into a session marked ``"recovered": true``.  So the final file, a recovered file and the TUI
panes are all the same function of the same events.

Fields beyond CONTRACT §3 that the fold also records (readers must ignore what they do not
know, and :func:`load_session` keeps unknown fields untouched):

* session: ``status`` (ok | cancelled), ``recovered``, ``recovery`` (journal line counts),
  ``summary`` / ``comparisons`` (from ``provtui.core.stats``), ``notices``, whatever the
  ``SessionStarted.extra`` dict carried (``simulated``, ``check_specs`` ...).
* run: ``attempts`` (every failed attempt that was retried), ``notices``, ``asked_user``,
  ``preflight``, ``started_at_s`` (run's first request, seconds after the session started),
  ``truncated`` (which text fields hit the size cap, with their real length).
* turn: ``attempt``, ``url``, ``http_status``, ``finish_reasons`` (raw), ``extra``,
  ``started_s`` / ``ended_s`` (offsets from the run's first request), ``timeline_span``
  (``[start, end)`` indexes of this turn's deltas in the run's ``timeline``), ``raw_stream``
  (the first raw bytes as latin-1 text), ``tool_calls_raw`` (tool calls exactly as streamed),
  ``error`` (a failed turn), ``unfinished`` (the stream never ended: crash or cancel).

Metrics, as documented for users: ``ttft_s`` is the first turn's; ``total_s`` runs from the
first request to the end of the last turn or tool call; ``tokens_per_s`` is the *decode*
rate, ``output_tokens / sum(turn duration_s - turn ttft_s)``, so time waiting for the first
token and tool execution do not dilute it.

Size: any single text field (a turn's content or reasoning, the run's text/reasoning, a tool
result) longer than :data:`MAX_TEXT_CHARS` (64 Mi characters) is cut there and the real length
is recorded under ``run["truncated"]``; raw stream bytes are kept up to
:data:`MAX_RAW_CHARS` per turn.  A session is therefore bounded by roughly 64 MB per text
field; files of 100 MB load in about a second or two.

Credentials never reach the journal, the session file or an export: header/body keys that
name credentials are replaced by ``"[redacted]"`` and any key value from the environment is
replaced wherever it appears (see :func:`redact`).
"""

from __future__ import annotations

import contextlib
import dataclasses
from array import array
from collections.abc import Iterator, Sequence
import functools
import json
import math
import os
import re
import secrets as _secrets
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
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
    from_json,
    to_json,
)

__all__ = [
    "FORMAT",
    "VERSION",
    "MAX_TEXT_CHARS",
    "MAX_RAW_CHARS",
    "REDACTED",
    "SessionError",
    "SessionNotFound",
    "SessionRecorder",
    "Journal",
    "session_paths",
    "new_session_id",
    "save_session",
    "load_session",
    "read_journal",
    "fold_events",
    "recover_journals",
    "list_sessions",
    "replay_events",
    "redact",
    "redact_text",
    "known_secrets",
]

FORMAT = "provtui-session"
VERSION = 1
MAX_TEXT_CHARS = 64 * 1024 * 1024
MAX_RAW_CHARS = 1024 * 1024
REDACTED = "[redacted]"
JOURNAL_SUFFIX = ".journal.jsonl"

_RESERVED_TOP = {"format", "version", "id", "created_at", "prompt", "system", "mcp_servers",
                 "params", "runs"}


class SessionError(Exception):
    """A session file or journal that cannot be used; the message names the file and the fix.
    ``detail`` is the reason alone (no path), for listings that name the file themselves."""

    def __init__(self, message: str, detail: str | None = None):
        super().__init__(message)
        self.detail = detail or message


class SessionNotFound(SessionError):
    """No session matches the given id, prefix or path."""


# ---------------------------------------------------------------------------- credentials

_SENSITIVE_NAMES = {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie",
                    "set-cookie", "x-goog-api-key", "api_key", "apikey"}
_SENSITIVE_PARTS = ("api-key", "api_key", "apikey", "secret", "password", "authorization")
# Variables that look like credentials even when no provider preset names them (a custom
# provider's api_key_env); long enough values only, so "1" or "true" never get scrubbed.
_SECRET_VAR = re.compile(r"(API_?KEY|_KEY|TOKEN|SECRET|PASSWORD)$", re.I)


def _is_sensitive_name(name: str) -> bool:
    low = name.lower()
    return low in _SENSITIVE_NAMES or any(p in low for p in _SENSITIVE_PARTS)


def known_secrets(extra: Iterable[str] = ()) -> list[str]:
    """Key values to scrub: the config module's list, credential-looking environment variables
    and ``extra``; longest first so a key containing another is replaced whole."""
    found: set[str] = {s for s in extra if s and len(s) >= 4}
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
def _json_escaped(secret: str) -> str:
    return json.dumps(secret, ensure_ascii=False)[1:-1]


def redact_text(text: str, secrets: Iterable[str]) -> str:
    for s in secrets:
        if s in text:
            text = text.replace(s, REDACTED)
        # the same key as it appears inside a JSON string (escaped quotes or backslashes)
        esc = _json_escaped(s)
        if esc != s and esc in text:
            text = text.replace(esc, REDACTED)
    return text


def redact(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of ``value`` with credential-named keys replaced and secret values scrubbed."""
    secrets = list(secrets)
    if isinstance(value, dict):
        return {k: (REDACTED if isinstance(k, str) and _is_sensitive_name(k) and v
                    else redact(v, secrets)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact(v, secrets) for v in value]
    if isinstance(value, str):
        return redact_text(value, secrets)
    return value


# ---------------------------------------------------------------------------- ids and paths

_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def new_session_id(now: datetime | None = None) -> str:
    """Sortable by time: ``20261125-193012-3f9a`` (UTC, plus 4 random hex digits)."""
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    return now.strftime("%Y%m%d-%H%M%S-") + _secrets.token_hex(2)


def _check_id(session_id: str) -> str:
    if not isinstance(session_id, str) or not _ID_OK.match(session_id) or ".." in session_id:
        raise SessionError(f"session id {session_id!r} is not usable as a file name; ids are "
                           "letters, digits, '-', '_' and '.' (e.g. 20261125-193012-3f9a)")
    return session_id


def _sessions_dir(directory: Path | None) -> Path:
    if directory is not None:
        return Path(directory)
    from provtui.core.config import sessions_dir

    return sessions_dir()


def session_paths(session_id: str, directory: Path | None = None) -> tuple[Path, Path]:
    """(final ``ID.json``, journal ``ID.journal.jsonl``) in the sessions directory."""
    d = _sessions_dir(directory)
    _check_id(session_id)
    return d / f"{session_id}.json", d / f"{session_id}{JOURNAL_SUFFIX}"


# ---------------------------------------------------------------------------- optional modules


def _estimate_tokens(text: str) -> int:
    from provtui.core.chat import estimate_tokens

    return int(estimate_tokens(text))


# ---------------------------------------------------------------------------- the journal

try:
    import fcntl as _fcntl
except ImportError:  # Windows: no flock; recovery falls back to the journal's age
    _fcntl = None  # type: ignore[assignment]

_LIVE_JOURNAL_AGE_S = 10.0


_json_ascii = json.encoder.encode_basestring_ascii  # what json.dumps(ensure_ascii=True) uses
_finite = math.isfinite


class Journal:
    """Append-only JSONL of events.  Buffered, flushed when a write finds the last flush older
    than 0.25 s and by a small background thread so an idle stream is on disk within 0.5 s;
    ``close()`` fsyncs.  The file is flock'ed while open so a second provtui (or
    ``recover_journals``) can tell a live journal from a crashed one."""

    FLUSH_AFTER_S = 0.25

    def __init__(self, path: str | os.PathLike[str], *, secrets: Iterable[str] | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._secrets = known_secrets(secrets or ())
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._fh = os.fdopen(fd, "a", encoding="utf-8", newline="\n", buffering=1 << 16)
        if _fcntl is not None:
            with contextlib.suppress(OSError):
                _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        self._lock = threading.Lock()
        self._last_flush = time.monotonic()
        self._dirty = False
        self._closed = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._flusher, name=f"journal-{self.path.name}",
                                        daemon=True)
        self._thread.start()

    @classmethod
    def for_session(cls, session_id: str, directory: Path | None = None, **kw: Any) -> "Journal":
        return cls(session_paths(session_id, directory)[1], **kw)

    def _flusher(self) -> None:
        while not self._stop.wait(self.FLUSH_AFTER_S):
            with self._lock:
                if self._dirty and not self._closed:
                    self._flush_locked()

    def _flush_locked(self) -> None:
        self._fh.flush()
        self._dirty = False
        self._last_flush = time.monotonic()

    def write(self, event: Event | dict[str, Any]) -> None:
        cls = type(event)
        if (cls is TextDelta or cls is ReasoningDelta) and type(event.t) is float \
                and _finite(event.t) and type(event.run) is int and type(event.turn) is int:
            # One of these per streamed chunk: the same bytes as the general path below,
            # without building a dict and walking the dataclass fields each time.
            line = (f'{{"e":"{cls.__name__}","run":{event.run},"t":{event.t!r},'
                    f'"turn":{event.turn},"text":{_json_ascii(event.text)}}}')
        else:
            obj = to_json(event) if isinstance(event, Event) else event
            # ASCII escapes: provider text can hold lone surrogates (an emoji's \ud83d half
            # sent in one chunk), which UTF-8 cannot encode; escaped, every string round-trips
            line = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), default=str)
        line = redact_text(line, self._secrets)
        with self._lock:
            if self._closed:
                raise ValueError(f"journal {self.path} is closed")
            self._fh.write(line + "\n")
            self._dirty = True
            if time.monotonic() - self._last_flush > self.FLUSH_AFTER_S:
                self._flush_locked()

    def flush(self) -> None:
        with self._lock:
            if not self._closed:
                self._flush_locked()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._flush_locked()
            with contextlib.suppress(OSError):
                os.fsync(self._fh.fileno())
            self._closed = True
            self._fh.close()  # closing the descriptor releases the flock
        self._stop.set()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> "Journal":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _journal_is_live(path: Path) -> bool:
    """True when another open Journal holds the file (a provtui that is still running)."""
    if _fcntl is not None:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        except OSError:
            return True
        else:
            _fcntl.flock(fd, _fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)
    with contextlib.suppress(OSError):
        return time.time() - path.stat().st_mtime < _LIVE_JOURNAL_AGE_S
    return False


def read_journal(path: str | os.PathLike[str]) -> tuple[list[Event], dict[str, int]]:
    """The events of a journal and line counts ``{"lines", "skipped"}``.  A torn last line
    (the process died mid-write) and unreadable lines are skipped, never fatal."""
    data = Path(path).read_bytes()
    events: list[Event] = []
    lines = skipped = 0
    # split on \n only: provider text may hold U+2028 and friends, which str.splitlines eats
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        lines += 1
        try:
            events.append(from_json(json.loads(raw.decode("utf-8"))))
        except (ValueError, KeyError, TypeError):
            skipped += 1
    return events, {"lines": lines, "skipped": skipped}


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
        if self.journal is not None:
            self.journal.write(event)
        self._fold(event)

    def _fold(self, event: Event) -> None:
        match event:
            case TextDelta() | ReasoningDelta():
                r = self._run(event.run)
                turn = self._turn(r, event.turn, event.t)
                (turn.content if event.channel == "c" else turn.reasoning).add(event.text)
                r.timeline.append(r.offset(event.t), event.channel, len(event.text))
                turn.tl_end = len(r.timeline)
                r.last_t = event.t
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
            "ttft_s": done.get("ttft_s"),
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
               timeline_views: bool = False) -> dict[str, Any]:
        """Finalise: unfinished runs become "cancelled" with their partial text, analysis and
        summary are filled in, the journal is closed (fsync).  Idempotent.

        ``timeline_views``: each run's ``timeline`` is a :class:`TimelineView` of the arrays
        instead of a list of lists (~110 bytes an entry: 170 MB for 8 answers of 200k chunks)
        -- for callers that only save the session and read it, not ``json.dumps`` it."""
        if self._finished is not None:
            return self._finished
        session = self._session_dict(final=True, recovered=recovered, views=timeline_views)
        session["status"] = self._status if self._status and status == "ok" else status
        if recovered:
            session["recovered"] = True
        analyze_session(session)
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
        rec._fold(e)
    return rec.finish(status=status, recovered=recovered)


# ---------------------------------------------------------------------------- save and load


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_WRITE_CHARS = 1 << 20


def save_session(session: dict[str, Any], path: str | os.PathLike[str] | None = None, *,
                 secrets: Iterable[str] | None = None) -> Path:
    """Write atomically (temp file, fsync, rename).  Default path: ``sessions_dir()/ID.json``;
    writing there also removes the session's journal, whose job is then done.

    The JSON is written value by value (see :func:`session_json_chunks`) rather than made into
    one string: 8 answers of 200k chunks are a 44 MB text and 1.6M timeline entries."""
    sid = str(session.get("id") or "")
    if path is None or _ID_OK.match(sid):
        default_final, journal = session_paths(sid)
    else:  # a copy (-o PATH) of a session whose id is no file name: no journal to tidy
        default_final = journal = None
    target = Path(path) if path is not None else default_final
    target.parent.mkdir(parents=True, exist_ok=True)
    scrub = known_secrets(secrets or ())
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=_WRITE_CHARS) as fh:
            for piece in session_json_chunks(session):
                fh.write(redact_text(piece, scrub))
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    if default_final is not None and journal is not None and journal.exists() \
            and target.resolve() == default_final.resolve():
        journal.unlink(missing_ok=True)
    return target


def _dumps(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=json_default)
    # Lone surrogates from a provider cannot be UTF-8: escape them, keep them exact.  Searched
    # for rather than found by encoding the text, which would hold a second copy of it.
    if not text.isascii() and _LONE_SURROGATE.search(text):
        text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), default=json_default)
    return text


def session_json_chunks(session: dict[str, Any]) -> Iterator[str]:
    """The session's compact JSON in pieces, each a whole key or value (so a secret is never
    cut in two), runs field by field and timelines from their arrays.  Joined, the pieces are
    ``json.dumps(session, separators=(",", ":"))`` of the same dict, except that a value with
    a lone surrogate is written with ``ensure_ascii`` alone instead of the whole file."""
    yield "{"
    for i, (key, value) in enumerate(session.items()):
        yield ("," if i else "") + _dumps(str(key)) + ":"
        if key == "runs" and isinstance(value, list):
            yield "["
            for j, run in enumerate(value):
                if j:
                    yield ","
                yield from _run_json_chunks(run)
            yield "]"
        else:
            yield _dumps(value)
    yield "}"


def _run_json_chunks(run: Any) -> Iterator[str]:
    if not isinstance(run, dict):
        yield _dumps(run)
        return
    yield "{"
    for i, (key, value) in enumerate(run.items()):
        yield ("," if i else "") + _dumps(str(key)) + ":"
        if isinstance(value, TimelineView):
            yield from value.json_chunks()
        else:
            yield _dumps(value)
    yield "}"


def _upgrade_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0: files written before the format had a version (no format/version fields, runs
    without metrics/timeline/findings).  Missing fields get their empty values."""
    data["format"] = FORMAT
    for run in data.get("runs") or []:
        if not isinstance(run, dict):
            continue
        run.setdefault("status", "ok")
        run.setdefault("error", None)
        run.setdefault("text", "")
        run.setdefault("reasoning", "")
        run.setdefault("tool_calls", [])
        run.setdefault("turns", [])
        run.setdefault("metrics", {"ttft_s": None, "total_s": None, "output_tokens": None,
                                   "output_tokens_estimated": False, "tokens_per_s": None})
        run.setdefault("timeline", [])
        run.setdefault("words", None)
        run.setdefault("findings", [])
        run.setdefault("checks", [])
    data.setdefault("system", None)
    data.setdefault("mcp_servers", [])
    data.setdefault("params", {})
    data["version"] = 1
    return data


_UPGRADES = {0: _upgrade_0}


def session_from_json(data: Any, where: str) -> dict[str, Any]:
    """Validate and upgrade a parsed session; unknown fields are kept as they are."""
    if not isinstance(data, dict):
        detail = f"the JSON is a {type(data).__name__}, not an object"
        raise SessionError(f"{where} is not a provtui session ({detail})", detail)
    fmt = data.get("format")
    if fmt is None and "version" not in data and isinstance(data.get("runs"), list) \
            and "prompt" in data:
        data = dict(data, version=0)
    elif fmt != FORMAT:
        detail = f"format is {fmt!r}, want {FORMAT!r}"
        raise SessionError(f"{where} is not a provtui session ({detail})", detail)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        detail = f"version {version!r} is not a number; the file is damaged"
        raise SessionError(f"{where}: {detail}", detail)
    if version > VERSION:
        detail = (f"written by a newer provtui: session format version {version}, this "
                  f"provtui reads up to {VERSION}; upgrade provtui (pip install -U provtui) "
                  "to open it")
        raise SessionError(f"{where} was {detail}", detail)
    while version < VERSION:
        step = _UPGRADES.get(version)
        if step is None:
            detail = f"session format version {version} is too old to read"
            raise SessionError(f"{where}: {detail}", detail)
        data = step(data)
        version = data["version"]
    if not isinstance(data.get("runs"), list):
        detail = "it has no runs list; the file is damaged"
        raise SessionError(f"{where}: {detail}", detail)
    return data


def _load_file(path: Path) -> dict[str, Any]:
    if path.name.endswith(JOURNAL_SUFFIX):
        return _load_journal(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SessionNotFound(f"session file {path} does not exist") from None
    except OSError as exc:
        raise SessionError(f"cannot read {path} ({exc.strerror})") from None
    if not raw.strip():
        raise SessionError(f"{path} is empty (the save was interrupted?); remove it with "
                           f"`provtui sessions rm {path}`", "the file is empty")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        detail = f"not UTF-8 text: {exc.reason}"
        raise SessionError(f"{path} is not a provtui session ({detail})", detail) from None
    except json.JSONDecodeError as exc:
        body = raw.rstrip()
        ends_early = exc.pos >= len(body) - 1 or (body.startswith(b"{") and
                                                  not body.endswith(b"}"))
        hint = (f"the file ends early, it was truncated ({exc.msg} at byte {exc.pos})"
                if ends_early else f"line {exc.lineno} column {exc.colno}: {exc.msg}")
        journal = path.with_name(path.name[:-5] + JOURNAL_SUFFIX)
        fix = (f"; its journal {journal.name} is beside it, so provtui recovers the session "
               "from the journal at its next start" if journal.exists()
               else "; the file is damaged and cannot be opened")
        raise SessionError(f"{path} is not valid JSON ({hint}){fix}",
                           f"not valid JSON: {hint}") from None
    return session_from_json(data, str(path))


def _load_journal(path: Path) -> dict[str, Any]:
    try:
        events, counts = read_journal(path)
    except FileNotFoundError:
        raise SessionNotFound(f"journal {path} does not exist") from None
    except OSError as exc:
        raise SessionError(f"cannot read {path} ({exc.strerror})") from None
    if not events:
        raise SessionError(f"journal {path} holds no readable events; nothing to recover",
                           "a journal with no readable events")
    if not isinstance(events[0], SessionStarted):
        sid = path.name[: -len(JOURNAL_SUFFIX)]
        wall = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        events.insert(0, SessionStarted(run=-1, t=events[0].t, session_id=sid,
                                        wall=wall.strftime("%Y-%m-%dT%H:%M:%SZ"), prompt="",
                                        system=None, mcp_servers=(), params={}))
    session = fold_events(events, recovered=True)
    session["recovery"] = {"journal": path.name, **counts}
    return session


def _candidates(directory: Path) -> tuple[list[Path], list[Path]]:
    if not directory.is_dir():
        return [], []
    finals, journals = [], []
    for p in directory.iterdir():
        if p.name.startswith("."):
            continue
        if p.name.endswith(JOURNAL_SUFFIX):
            journals.append(p)
        elif p.suffix == ".json":
            finals.append(p)
    return sorted(finals), sorted(journals)


def resolve_session(id_or_path: str, directory: Path | None = None) -> Path:
    """The file an id, an id prefix or a path names (final file preferred over a journal)."""
    p = Path(id_or_path).expanduser()
    if p.is_file():
        return p
    d = _sessions_dir(directory)
    finals, journals = _candidates(d)
    ids = {f.stem: f for f in finals}
    for j in journals:
        ids.setdefault(j.name[: -len(JOURNAL_SUFFIX)], j)
    if id_or_path in ids:
        return ids[id_or_path]
    matches = sorted(k for k in ids if id_or_path and k.startswith(id_or_path))
    if len(matches) == 1:
        return ids[matches[0]]
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (" ..." if len(matches) > 5 else "")
        raise SessionNotFound(f"session id prefix {id_or_path!r} matches {len(matches)} "
                              f"sessions ({shown}); give more of the id")
    if os.sep in id_or_path or id_or_path.endswith(".json"):
        raise SessionNotFound(f"no session file at {p}")
    raise SessionNotFound(f"no session {id_or_path!r} in {d}; `provtui sessions list` shows "
                          "the ids")


def load_session(id_or_path: str, directory: Path | None = None) -> dict[str, Any]:
    """Load by id, id prefix or path; older versions are upgraded, unknown fields kept; a
    journal with no final file is folded (``"recovered": true``) without writing anything."""
    return _load_file(resolve_session(id_or_path, directory))


def recover_journals(directory: Path | None = None) -> list[Path]:
    """Fold every journal left by a provtui that died into a saved session marked recovered.
    Journals still held open by a running provtui are left alone; a journal whose final file
    exists is a leftover and is removed.  Returns the paths of the sessions written."""
    d = _sessions_dir(directory)
    written: list[Path] = []
    for j in _candidates(d)[1]:
        sid = j.name[: -len(JOURNAL_SUFFIX)]
        final = d / f"{sid}.json"
        if _journal_is_live(j):
            continue
        if final.exists():
            try:
                _load_file(final)
            except SessionError:
                # a damaged final file (atomic saves make this rare): the journal is the better
                # record, so keep the damaged bytes aside and recover
                with contextlib.suppress(OSError):
                    final.rename(final.with_name(final.name + ".damaged"))
            else:
                j.unlink(missing_ok=True)  # the final file was written; the journal is spare
                continue
        try:
            if j.stat().st_size == 0:
                j.unlink(missing_ok=True)  # created, never written: nothing was lost
                continue
            session = _load_journal(j)
        except SessionError:
            # unreadable: keep the bytes for a human, out of the way of the next start
            with contextlib.suppress(OSError):
                j.rename(j.with_name(j.name + ".corrupt"))
            continue
        if not _ID_OK.match(str(session.get("id") or "")):
            session["id"] = sid
        written.append(save_session(session, final))
        j.unlink(missing_ok=True)
    return written


def _targets_of(session: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for r in session.get("runs") or []:
        t = r.get("target") if isinstance(r, dict) else None
        if t and t not in out:
            out.append(t)
    return out


def list_sessions(directory: Path | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """Newest first ``[{"id","created_at","prompt","targets","path","recovered"}]`` and the
    problems met ("file X is not a provtui session (...); skipped").  Journals without a final
    file are listed too (``"in_progress": true`` while a provtui still writes them)."""
    d = _sessions_dir(directory)
    finals, journals = _candidates(d)
    items: list[dict[str, Any]] = []
    problems: list[str] = []
    seen: set[str] = set()
    for f in finals:
        try:
            s = _load_file(f)
        except SessionError as exc:
            problems.append(f"file {f} is not a provtui session ({exc.detail}); skipped")
            continue
        sid = str(s.get("id") or f.stem)
        seen.add(f.stem)
        items.append({"id": sid, "created_at": s.get("created_at"), "prompt": s.get("prompt"),
                      "targets": _targets_of(s), "path": str(f),
                      "recovered": bool(s.get("recovered", False))})
    for j in journals:
        sid = j.name[: -len(JOURNAL_SUFFIX)]
        if sid in seen:
            continue
        live = _journal_is_live(j)
        try:
            s = _load_journal(j)
        except SessionError as exc:
            problems.append(f"file {j} is not a provtui session ({exc.detail}); skipped")
            continue
        items.append({"id": sid, "created_at": s.get("created_at"), "prompt": s.get("prompt"),
                      "targets": _targets_of(s), "path": str(j), "recovered": not live,
                      "in_progress": live})
    items.sort(key=lambda x: (str(x.get("created_at") or ""), x["id"]), reverse=True)
    return items, problems


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
        emit(base, RunStarted(run=i, t=base, **meta))
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
