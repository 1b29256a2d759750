"""The event vocabulary every layer speaks.

The core produces these; the TUI panes, the session journal and the headless printer consume
them, each with a ``match`` on the class.  Every event carries ``run`` (the index of the run in
the session's ``runs`` list) and ``t`` (``time.monotonic()`` taken where the bytes arrived or the
thing happened, never where it is drawn).

Events are small frozen dataclasses so they are cheap to create at 2,000 chunks/s per stream
and safe to hand to several consumers.  ``to_json``/``from_json`` give the journal format: one
JSON object per line with the class name under ``"e"``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = [
    "Event",
    "SessionStarted",
    "RunQueued",
    "RunStarted",
    "Notice",
    "TurnStarted",
    "ResponseStarted",
    "ReasoningDelta",
    "TextDelta",
    "ToolCallDelta",
    "RawBytes",
    "TurnFinished",
    "TurnFailed",
    "ToolCallStarted",
    "ToolCallFinished",
    "RunFinished",
    "SessionFinished",
    "EVENT_TYPES",
    "to_json",
    "from_json",
    "pieces",
]


@dataclass(frozen=True, slots=True)
class Event:
    run: int
    """Index of the run in the session's ``runs`` list; -1 for session-level events."""
    t: float
    """``time.monotonic()`` when the bytes arrived / the thing happened."""

    channel: ClassVar[str | None] = None
    """Timeline channel (``r``, ``c``, ``t``) for deltas; None for everything else."""


@dataclass(frozen=True, slots=True)
class SessionStarted(Event):
    """First event of a session (run = -1).  ``wall`` is the UTC ISO time of ``t``."""

    session_id: str
    wall: str
    prompt: str
    system: str | None
    mcp_servers: tuple[str, ...]
    params: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    """Extra top-level session fields (e.g. ``{"simulated": true}`` for the demo)."""


@dataclass(frozen=True, slots=True)
class RunQueued(Event):
    """A run exists and waits (concurrency limit, or not started yet)."""

    target: str
    provider: str
    model: str
    repeat_index: int


@dataclass(frozen=True, slots=True)
class RunStarted(Event):
    """The run begins working (its first request is about to be sent)."""

    target: str
    provider: str
    model: str
    repeat_index: int
    extra: dict[str, Any] = field(default_factory=dict)
    """More run-level facts, kept as run fields: ``{"advertised": {...}}`` for a target from
    an aggregator's endpoints listing (CONTRACT §8)."""


@dataclass(frozen=True, slots=True)
class Notice(Event):
    """Something worth showing that is neither an error nor output.

    kinds: ``preflight_context`` (estimated request tokens vs the provider's context_window;
    data = {"estimated_tokens", "context_window"}), ``asked_user`` (the run ended after tool
    calls with a question to the user), ``leaked_tool_call`` (tool syntax in content),
    ``truncated_tool_call`` (finish_reason length mid-arguments), ``retry`` (an attempt failed
    and will be retried; data = the error dict and the delay), ``advertised_mismatch``
    (observed vs an aggregator's listing; data = {"field", "advertised", "observed"}), ``info``.
    """

    kind: str
    message: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TurnStarted(Event):
    """A request was sent (``t`` = just before the request left).  ``request`` is the JSON body
    exactly as sent, credentials never included (they travel in headers, which are not here)."""

    turn: int
    request: dict[str, Any]
    url: str
    attempt: int = 0


@dataclass(frozen=True, slots=True)
class ResponseStarted(Event):
    """Status line and headers arrived.  Headers already stripped of credentials/cookies."""

    turn: int
    status: int
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class ReasoningDelta(Event):
    turn: int
    text: str
    parts: tuple[tuple[float, int], ...] = ()
    """Set on a coalesced delta (see core/coalesce.py): the chunks it joins, ``(arrival t,
    characters)`` each, in order; ``t`` is the first one's.  Empty for a single chunk."""
    channel: ClassVar[str] = "r"


@dataclass(frozen=True, slots=True)
class TextDelta(Event):
    turn: int
    text: str
    parts: tuple[tuple[float, int], ...] = ()
    """As ``ReasoningDelta.parts``."""
    channel: ClassVar[str] = "c"


@dataclass(frozen=True, slots=True)
class ToolCallDelta(Event):
    """A piece of a streamed tool call.  ``index`` is the normalised call slot within the turn
    (0-based, stable); ``id``/``name`` are set when this chunk carried them non-empty."""

    turn: int
    index: int
    id: str | None
    name: str | None
    arguments: str
    channel: ClassVar[str] = "t"


@dataclass(frozen=True, slots=True)
class RawBytes(Event):
    """Raw bytes of the response stream (only the first ``raw_capture_bytes`` of each turn),
    decoded as latin-1 so they round-trip through JSON exactly."""

    turn: int
    data: str


@dataclass(frozen=True, slots=True)
class TurnFinished(Event):
    """One model turn ended normally (a finish reason or a clean [DONE]).

    ``tool_calls``: list of ``{"id", "name", "arguments" (raw string as received; "" -> "{}"),
    "index"}`` in call order.  ``finish_reason`` is normalised (stop, length, tool_calls,
    content_filter, error, or the raw value when unknown); ``raw_finish_reasons`` keeps every
    distinct raw value seen, in order.  ``assistant_message`` is the message to send back in
    history (content + tool_calls exactly as the provider produced them).
    """

    turn: int
    content: str
    reasoning: str
    tool_calls: tuple[dict[str, Any], ...]
    finish_reason: str | None
    raw_finish_reasons: tuple[str, ...]
    usage: dict[str, Any] | None
    ttft_s: float | None
    duration_s: float
    served_by: str | None
    response_model: str | None
    system_fingerprint: str | None
    assistant_message: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    """Anything else worth recording: generation id, x-request-id, ..."""


@dataclass(frozen=True, slots=True)
class TurnFailed(Event):
    """A model turn failed.  ``error`` is the CONTRACT §3 error dict (kind, message,
    http_status, retry_after_s, context_limit).  Partial content/reasoning are kept."""

    turn: int
    error: dict[str, Any]
    content: str
    reasoning: str
    ttft_s: float | None
    duration_s: float
    usage: dict[str, Any] | None = None
    served_by: str | None = None
    response_model: str | None = None
    system_fingerprint: str | None = None
    raw_finish_reasons: tuple[str, ...] = ()
    will_retry: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    """As TurnFinished.extra: x-request-id, connect time... (what a provider asks for in a bug
    report is most often the id of the request that failed)."""


@dataclass(frozen=True, slots=True)
class ToolCallStarted(Event):
    call_id: str
    name: str
    arguments: Any
    """Parsed JSON value, or the raw string when it was not JSON."""
    arguments_valid: bool
    """JSON that parses and validates against the tool's inputSchema."""
    turn: int = 0


@dataclass(frozen=True, slots=True)
class ToolCallFinished(Event):
    call_id: str
    name: str
    result: str
    is_error: bool
    duration_s: float
    turn: int = 0


@dataclass(frozen=True, slots=True)
class RunFinished(Event):
    """The run ended.  status: ok | error | cancelled.  ``error`` as in CONTRACT §3."""

    status: str
    error: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class SessionFinished(Event):
    """Last event of a session (run = -1).  status: ok | cancelled."""

    status: str = "ok"


EVENT_TYPES: dict[str, type[Event]] = {
    cls.__name__: cls
    for cls in (
        SessionStarted,
        RunQueued,
        RunStarted,
        Notice,
        TurnStarted,
        ResponseStarted,
        ReasoningDelta,
        TextDelta,
        ToolCallDelta,
        RawBytes,
        TurnFinished,
        TurnFailed,
        ToolCallStarted,
        ToolCallFinished,
        RunFinished,
        SessionFinished,
    )
}


def to_json(event: Event) -> dict[str, Any]:
    """A JSON-ready dict: ``{"e": ClassName, ...fields}`` (tuples become lists)."""
    out: dict[str, Any] = {"e": type(event).__name__}
    for f in dataclasses.fields(event):
        value = getattr(event, f.name)
        if f.name == "parts" and not value:
            continue  # a single chunk: the delta's line stays as it always was
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


def from_json(obj: dict[str, Any]) -> Event:
    """Inverse of ``to_json``.  Unknown fields are ignored (newer journals stay readable);
    raises KeyError/TypeError on a record that is not an event."""
    cls = EVENT_TYPES[obj["e"]]
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in obj:
            value = obj[f.name]
            if f.name == "parts":
                value = _parts(value)
            elif isinstance(value, list) and "tuple" in str(f.type):
                value = tuple(value)
            kwargs[f.name] = value
    return cls(**kwargs)


def _parts(value: Any) -> tuple[tuple[float, int], ...]:
    """A coalesced delta's parts as read back from a journal line: well-formed pairs of a
    finite time and a character count, or none at all (the delta then counts as one chunk)."""
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 2):
            return ()
        t, n = item
        if not (type(t) in (int, float) and t == t and abs(t) != float("inf")
                and type(n) is int and n >= 0):
            return ()
        out.append((float(t), n))
    return tuple(out)


def pieces(event: TextDelta | ReasoningDelta) -> tuple[tuple[float, int], ...]:
    """The chunks a delta stands for, ``(arrival t, characters)`` each: its ``parts`` when it
    was coalesced, else the one chunk it is."""
    return event.parts or ((event.t, len(event.text)),)
