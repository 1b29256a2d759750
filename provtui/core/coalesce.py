"""Consecutive text deltas of one stream, joined into one delta that keeps every chunk's time.

At 2,000 chunks a second per stream a consumer that draws (the TUI) pays per event: the pane's
``apply``, the recorder's fold and journal line, the hand-over between threads or processes.
What a hand-over batch holds for one run is joined here into one ``TextDelta`` (or
``ReasoningDelta``) whose ``parts`` keep each chunk's arrival time and length, so the recorder
folds exactly the timeline it would have folded from the single chunks (``events.pieces``),
and a pane draws the text once.

Only deltas of the same run, turn and kind that follow each other *in that run* are joined; any
other event of the run (a tool call, a turn's end) closes the join, so each run's order is kept.
A turn's raw bytes (the first ``raw_capture_bytes``, kept apart from the timeline) are joined
beside its text.
"""

from __future__ import annotations

from typing import Any

from provtui.core.events import RawBytes, ReasoningDelta, TextDelta

__all__ = ["Coalescer", "expand"]

_JOINABLE = (TextDelta, ReasoningDelta)


class _Join:
    """Deltas being joined; becomes one event when the batch is taken."""

    __slots__ = ("first", "texts", "parts")

    def __init__(self, first: Any) -> None:
        self.first = first
        self.texts = [first.text]
        self.parts = list(first.parts) if first.parts else [(first.t, len(first.text))]

    def add(self, event: Any) -> None:
        self.texts.append(event.text)
        if event.parts:
            self.parts.extend(event.parts)
        else:
            self.parts.append((event.t, len(event.text)))

    def event(self) -> Any:
        first = self.first
        if len(self.texts) == 1:
            return first
        return type(first)(first.run, first.t, first.turn, "".join(self.texts),
                           tuple(self.parts))


class _RawJoin:
    """Raw bytes of one turn being joined (the recorder keeps them apart from the timeline,
    so they neither close a text join nor need their own times)."""

    __slots__ = ("first", "data")

    def __init__(self, first: Any) -> None:
        self.first = first
        self.data = [first.data]

    def event(self) -> Any:
        first = self.first
        if len(self.data) == 1:
            return first
        return RawBytes(first.run, first.t, first.turn, "".join(self.data))


class Coalescer:
    """A batch of ``(channel, event)`` on its way to a consumer, deltas joined per run.

    ``add`` is called per event on the producing side (keep it cheap); ``take`` empties the
    batch and returns it in order, joined deltas materialised."""

    __slots__ = ("items", "_open")

    def __init__(self) -> None:
        self.items: list[list[Any]] = []
        # (channel, run) -> the join still open for it, and its kind and turn
        self._open: dict[tuple[Any, int], tuple[type, int, _Join]] = {}

    def __len__(self) -> int:
        return len(self.items)

    def add(self, channel: Any, item: Any) -> None:
        cls = type(item)
        if cls is TextDelta or cls is ReasoningDelta:
            key = (channel, item.run)
            current = self._open.get(key)
            if current is not None and current[0] is cls and current[1] == item.turn:
                current[2].add(item)
                return
            join = _Join(item)
            self._open[key] = (cls, item.turn, join)
            self.items.append([channel, join])
            return
        if cls is RawBytes:
            key = (channel, item.run, "raw")
            raw = self._open.get(key)
            if raw is not None and raw[1] == item.turn:
                raw[2].data.append(item.data)
                return
            raw_join = _RawJoin(item)
            self._open[key] = (cls, item.turn, raw_join)
            self.items.append([channel, raw_join])
            return
        if self._open:
            run = getattr(item, "run", None)
            if run is not None:
                self._open.pop((channel, run), None)
                self._open.pop((channel, run, "raw"), None)
                if run == -1:  # a session-level event closes every join of that channel
                    for key in [k for k in self._open if k[0] == channel]:
                        del self._open[key]
        self.items.append([channel, item])

    def take(self) -> list[tuple[Any, Any]]:
        items, self.items = self.items, []
        self._open.clear()
        out = []
        for channel, item in items:
            if type(item) is _Join or type(item) is _RawJoin:
                item = item.event()
            out.append((channel, item))
        return out


def expand(event: Any) -> list[Any]:
    """A joined delta back as the chunks it was made of (any other event as itself)."""
    parts = getattr(event, "parts", ())
    if not parts:
        return [event]
    out, pos, cls = [], 0, type(event)
    for t, n in parts:
        out.append(cls(event.run, t, event.turn, event.text[pos:pos + n]))
        pos += n
    return out
