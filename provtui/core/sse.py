"""Bytes -> Server-Sent Events.  No JSON, no provider knowledge.

``SSEParser`` is incremental: ``feed(bytes)`` returns the events completed by those bytes and
``close()`` flushes what is left at EOF.  It follows the WHATWG event-stream rules with the
leniency real providers need (see docs WIRE.md "Framing"):

- ``data:`` with or without the space; LF, CRLF or CR line ends, also mixed in one stream and
  a CRLF split across two reads;
- comment lines (``: keep-alive``) are skipped but counted in ``comments`` so the caller can
  treat them as life;
- ``event:`` names are kept (``event: error`` on HTTP 200);
- a last event with no trailing blank line is flushed by ``close()``;
- no line-length cap, and a line that arrives in many reads is joined once (linear, not a
  re-scan of a growing buffer per read);
- lines are decoded only when complete, so a read may split a UTF-8 character anywhere;
  invalid UTF-8 becomes U+FFFD and never raises.

Lines that are neither fields nor comments (an HTML error page pushed into the stream by a
proxy) are counted in ``stray_lines`` and their first bytes kept in ``stray_text``: for a
caller comparing providers that garbage is evidence, not noise.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SSEEvent", "SSEParser", "parse_sse"]

_STRAY_KEEP = 4096
"""Characters of stray (non-SSE) text kept for error messages."""


@dataclass(frozen=True, slots=True)
class SSEEvent:
    data: str
    """The ``data:`` lines joined with ``\\n``."""
    event: str | None = None
    """The ``event:`` name, None for the default ("message")."""
    id: str | None = None


class SSEParser:
    """Incremental SSE parser: ``feed(chunk) -> [SSEEvent]``, ``close() -> [SSEEvent]``."""

    __slots__ = ("_pending", "_skip_lf", "_data", "_event", "_id", "comments", "last_comment",
                 "stray_lines", "stray_text", "events", "closed")

    def __init__(self) -> None:
        self._pending: list[bytes] = []
        """Pieces of an unfinished line; joined once its end arrives."""
        self._skip_lf = False
        """The last read ended in CR: a LF at the start of the next read belongs to it."""
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self.comments = 0
        self.last_comment: str | None = None
        self.stray_lines = 0
        self.stray_text = ""
        self.events = 0
        self.closed = False

    # The hot path: one SSE event per read is the usual shape, so the work per read is a
    # couple of C-level scans (find, split) and a short loop over its lines.
    def feed(self, chunk: bytes) -> list[SSEEvent]:
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[0] == 10:  # b"\n"
                chunk = chunk[1:]
                if not chunk:
                    return []
        has_cr = b"\r" in chunk
        if not has_cr and b"\n" not in chunk:
            self._pending.append(chunk)
            return []
        if self._pending:
            self._pending.append(chunk)
            chunk = b"".join(self._pending)
            self._pending = []
        if has_cr:
            lines = chunk.splitlines()
            last = chunk[-1]
            if last == 13:  # b"\r": its LF may be the first byte of the next read
                self._skip_lf = True
            elif last != 10:
                self._pending.append(lines.pop())
        else:
            lines = chunk.split(b"\n")
            tail = lines.pop()  # b"" when the chunk ended with LF
            if tail:
                self._pending.append(tail)
        return self._lines(lines)

    def close(self) -> list[SSEEvent]:
        """EOF: treat an unfinished last line as complete and dispatch a pending event."""
        if self.closed:
            return []
        self.closed = True
        lines = [b"".join(self._pending)] if self._pending else []
        self._pending = []
        out = self._lines(lines)
        if self._data or self._event is not None:
            out.append(self._dispatch())
        return out

    def _dispatch(self) -> SSEEvent:
        ev = SSEEvent("\n".join(self._data), self._event, self._id)
        self._data = []
        self._event = None
        self.events += 1
        return ev

    def _lines(self, lines: list[bytes]) -> list[SSEEvent]:
        out: list[SSEEvent] = []
        for raw in lines:
            if not raw:
                if self._data or self._event is not None:
                    out.append(self._dispatch())
                continue
            if raw.startswith(b"data:"):
                value = raw[5:]
                if value[:1] == b" ":
                    value = value[1:]
                self._data.append(value.decode("utf-8", "replace"))
                continue
            if raw[0] == 58:  # b":"
                self.comments += 1
                self.last_comment = raw[1:].decode("utf-8", "replace").strip()
                continue
            line = raw.decode("utf-8", "replace")
            name, sep, value = line.partition(":")
            if value[:1] == " ":
                value = value[1:]
            if name == "data":  # "data" with no colon: an empty data line
                self._data.append(value)
            elif name == "event":
                self._event = value
            elif name == "id":
                if "\0" not in value:
                    self._id = value
            elif name == "retry":
                pass
            else:
                self.stray_lines += 1
                if len(self.stray_text) < _STRAY_KEEP:
                    self.stray_text = (self.stray_text + line + "\n")[:_STRAY_KEEP]
        return out


def parse_sse(data: bytes) -> list[SSEEvent]:
    """Parse a whole stream at once (tests, replay)."""
    p = SSEParser()
    return p.feed(data) + p.close()
