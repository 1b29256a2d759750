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
- a line that arrives in many reads is joined once (linear, not a re-scan of a growing buffer
  per read); a line, or one event's data, longer than ``max_line`` bytes (16 MiB) stops the
  parser: ``overflow`` says why, the pending bytes are dropped and later reads are ignored, so a
  hostile stream with no line end cannot fill memory;
- lines are decoded only when complete, so a read may split a UTF-8 character anywhere;
  invalid UTF-8 becomes U+FFFD and never raises.

Lines that are neither fields nor comments (an HTML error page pushed into the stream by a
proxy) are counted in ``stray_lines`` and their first bytes kept in ``stray_text``: for a
caller comparing providers that garbage is evidence, not noise.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["SSEEvent", "SSEParser", "parse_sse"]

_STRAY_KEEP = 4096
"""Characters of stray (non-SSE) text kept for error messages."""
MAX_LINE_BYTES = 16 * 1024 * 1024
"""Longest SSE line (and longest data of one event) accepted; see ``SSEParser.overflow``."""


def _size(n: int) -> str:
    return f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n} bytes"


class SSEEvent(NamedTuple):
    """One dispatched event.  A NamedTuple: cheapest immutable record to build per chunk."""

    data: str
    """The ``data:`` lines joined with ``\\n``."""
    event: str | None = None
    """The ``event:`` name, None for the default ("message")."""
    id: str | None = None


_new_event = tuple.__new__
"""Builds an SSEEvent without NamedTuple's Python-level __new__ (half the cost per event)."""


class SSEParser:
    """Incremental SSE parser: ``feed(chunk) -> [SSEEvent]``, ``close() -> [SSEEvent]``."""

    __slots__ = ("_pending", "_pending_size", "_data_size", "max_line", "overflow", "_skip_lf",
                 "_data", "_event", "_id", "comments", "last_comment", "stray_lines",
                 "stray_text", "events", "closed")

    def __init__(self, max_line: int | None = None) -> None:
        self._pending: list[bytes] = []
        """Pieces of an unfinished line; joined once its end arrives."""
        self._pending_size = 0
        self._data_size = 0
        self.max_line = MAX_LINE_BYTES if max_line is None else max_line
        self.overflow: str | None = None
        """Set when a line or an event passed ``max_line``: the parser has stopped."""
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

    # The hot path.  One SSE event per read is the usual shape, so the work per read is a few
    # C-level scans (find, decode once, split) and a short loop over its lines.  Only complete
    # lines are decoded, so a UTF-8 character split between reads is whole when decoded.
    def feed(self, chunk: bytes) -> list[SSEEvent]:
        # Fast path for the overwhelmingly common read: exactly one "data: ...\n\n" event
        # and nothing pending.  Same result as the general path, a third of the work.
        n = len(chunk)
        if (n > 7 and chunk[:6] == b"data: " and chunk.find(b"\n") == n - 2
                and chunk[n - 1] == 10 and not self._pending and not self._skip_lf
                and not self._data and self._event is None and b"\r" not in chunk):
            self.events += 1
            return [_new_event(SSEEvent, (chunk[6:n - 2].decode("utf-8", "replace"), None,
                                          self._id))]
        if not chunk or self.overflow is not None:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[0] == 10:  # b"\n"
                chunk = chunk[1:]
                if not chunk:
                    return []
        has_cr = b"\r" in chunk
        end = chunk.rfind(b"\n")
        if end < 0 and not has_cr:
            self._pending.append(chunk)
            self._pending_size += n
            if self._pending_size > self.max_line:
                self._stop(f"an SSE line passed {_size(self.max_line)} without a line end")
            return []
        if self._pending:
            self._pending.append(chunk)
            chunk = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            end = chunk.rfind(b"\n")
        if has_cr:
            # Rare (CR or CRLF line ends): bytes.splitlines knows exactly \n, \r and \r\n.
            blines = chunk.splitlines()
            last = chunk[-1]
            if last == 13:  # b"\r": its LF may be the first byte of the next read
                self._skip_lf = True
            elif last != 10:
                self._pending.append(blines.pop())
                self._pending_size = len(self._pending[0])
            lines = [b.decode("utf-8", "replace") for b in blines]
            return self._lines(lines)
        if end + 1 < len(chunk):
            self._pending.append(chunk[end + 1:])
            self._pending_size = len(chunk) - end - 1
        # Several events in one read (the reader fell behind): cut at blank lines and take
        # each plain one-line "data: " event whole; anything else goes through _lines.
        complete = chunk if end + 1 == len(chunk) else chunk[:end + 1]
        text = complete.decode("utf-8", "replace")
        if not self._data and self._event is None and text.startswith("data: "):
            # All plain "data: X\n\n" events (no other line ends anywhere): one split.
            k = text.count("\n\ndata: ") + 1
            if text.endswith("\n\n") and text.count("\n") == 2 * k:
                ident = self._id
                self.events += k
                return [_new_event(SSEEvent, (d, None, ident))
                        for d in text[6:-2].split("\n\ndata: ")]
        blocks = text.split("\n\n")
        last = blocks.pop()
        out: list[SSEEvent] = []
        append = out.append
        clean = not self._data and self._event is None
        ident = self._id
        fast = 0
        for blk in blocks:
            if clean and blk.startswith("data: ") and "\n" not in blk:
                append(_new_event(SSEEvent, (blk[6:], None, ident)))
                fast += 1
            else:
                lines = blk.split("\n")
                lines.append("")
                out += self._lines(lines)
                clean = True  # a block ends with a blank line, so nothing is pending after it
        self.events += fast
        if last:
            out += self._lines(last[:-1].split("\n"))
        return out

    def _stop(self, why: str) -> None:
        self.overflow = why
        self._pending = []
        self._pending_size = 0
        self._data = []
        self._data_size = 0
        self._event = None

    def close(self) -> list[SSEEvent]:
        """EOF: treat an unfinished last line as complete and dispatch a pending event."""
        if self.closed or self.overflow is not None:
            self.closed = True
            return []
        self.closed = True
        lines = [b"".join(self._pending).decode("utf-8", "replace")] if self._pending else []
        self._pending = []
        out = self._lines(lines)
        if self._data or self._event is not None:
            out.append(self._dispatch())
            self.events += 1
        return out

    def _dispatch(self) -> SSEEvent:
        data = self._data
        ev = SSEEvent(data[0] if len(data) == 1 else "\n".join(data), self._event, self._id)
        self._data = []
        self._data_size = 0
        self._event = None
        return ev

    def _lines(self, lines: list[str]) -> list[SSEEvent]:
        out: list[SSEEvent] = []
        data = self._data
        for line in lines:
            if not line:
                if data:  # inline dispatch: this runs once per event
                    out.append(_new_event(SSEEvent, (
                        data[0] if len(data) == 1 else "\n".join(data), self._event, self._id)))
                    data = self._data = []
                    self._data_size = 0
                    self._event = None
                elif self._event is not None:
                    out.append(self._dispatch())
                continue
            if line[:5] == "data:":
                data.append(line[6:] if line[5:6] == " " else line[5:])
                if data[1:]:  # an event of several data lines: bound their sum
                    self._data_size += len(line)
                    if self._data_size > self.max_line:
                        self._stop(f"one SSE event's data passed {_size(self.max_line)}")
                        return out
                continue
            if line[0] == ":":
                self.comments += 1
                self.last_comment = line[1:].strip()
                continue
            name, _, value = line.partition(":")
            if value[:1] == " ":
                value = value[1:]
            if name == "data":  # "data" with no colon: an empty data line
                data.append(value)
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
        if out:
            self.events += len(out)
        return out


def parse_sse(data: bytes) -> list[SSEEvent]:
    """Parse a whole stream at once (tests, replay)."""
    p = SSEParser()
    return p.feed(data) + p.close()
