"""A session's Fanout running elsewhere (another thread, another process), consumed here.

The two halves every such fanout shares:

* ``Outbox``, the producing side: the events of one pass of the network loop (and whatever
  follows within ``gap_s`` of the last hand-over) leave as one batch, text deltas joined per run
  when asked (core/coalesce.py), so 16,000 chunks a second reach the consumer as a few hundred
  wake-ups and events, not 16,000;
* ``BridgedFanout``, the consuming side: the Fanout API (``stream_run``, ``stream_all``,
  ``add_run``, ``cancel``, ``session_started`` ...) on the caller's loop, fed by batches sorted
  into one inbox per channel (a run's index, or ``"all"`` for the merged stream).

core/threaded.py moves batches between threads, core/netproc.py between processes.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from provtui.core import collector
from provtui.core.coalesce import Coalescer
from provtui.core.config import TargetConfig
from provtui.core.events import Event, RunQueued, SessionStarted

__all__ = ["DONE", "Raise", "Inbox", "Outbox", "BridgedFanout", "ENDED"]

DONE = object()
"""The end of a channel."""

ENDED = "the session has ended; no new run can stream in it"


class Raise:
    """An exception raised on the network side, re-raised to the consumer of that channel."""

    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class Inbox:
    __slots__ = ("items", "waiter")

    def __init__(self) -> None:
        self.items: deque[Any] = deque()
        self.waiter: asyncio.Future[None] | None = None


class Outbox:
    """The network side of a bridge: ``put`` per event, ``send(batch)`` once per hand-over.

    Runs on the network loop only.  ``send`` gets a list of ``(channel, item)``."""

    def __init__(self, loop: asyncio.AbstractEventLoop, send: Callable[[list], None],
                 gap_s: float, *, coalesce: bool = False) -> None:
        self.loop = loop
        self.send = send
        self.gap_s = gap_s
        self._batch = Coalescer() if coalesce else None
        self._pending: list[tuple[Any, Any]] = []
        self._handle: asyncio.Handle | None = None
        self._last = 0.0

    def put(self, channel: Any, item: Any) -> None:
        if self._batch is not None:
            self._batch.add(channel, item)
        else:
            self._pending.append((channel, item))
        if self._handle is None:
            wait = self._last + self.gap_s - time.monotonic()
            if wait > 0:
                self._handle = self.loop.call_later(wait, self.flush)
            else:
                self._handle = self.loop.call_soon(self.flush)

    def flush(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._batch is not None:
            batch = self._batch.take() if len(self._batch) else []
        else:
            batch, self._pending = self._pending, []
        if batch:
            self._last = time.monotonic()
            self.send(batch)


class BridgedFanout:
    """The consuming half: a local ``Fanout`` keeps the plan's bookkeeping (session id, runs,
    queued events); the runs themselves stream on the other side of the bridge.

    Subclasses provide ``_request_open(channel)``, ``_request_close(channel)``,
    ``_request_cancel(run)``, ``_request_add(target)`` and ``_network_ready()``; they call
    ``deliver(batch)`` on this loop as batches arrive."""

    def __init__(self, fan: Any) -> None:
        self._fan = fan
        self.inboxes: dict[Any, Inbox] = {}
        self.consumer: asyncio.AbstractEventLoop | None = None
        self.wakeups_n = 0
        self.items_n = 0
        self._froze_consumers = False

    # -- what Fanout offers, unchanged

    @property
    def plan(self) -> Any:
        return self._fan.plan

    @property
    def session_id(self) -> str:
        return self._fan.session_id

    @property
    def runs(self) -> list[Any]:
        return self._fan.runs

    @property
    def clock(self) -> Callable[[], float]:
        return self._fan.clock

    @property
    def wakeups(self) -> int:
        """How many batches reached the consumer's loop."""
        return self.wakeups_n

    def session_started(self) -> SessionStarted:
        return self._fan.session_started()

    def queued_events(self) -> list[RunQueued]:
        return self._fan.queued_events()

    def add_run(self, target: TargetConfig) -> Any:
        """A new run of ``target`` (re-run a pane) with the next free repeat index."""
        spec = self._fan.add_run(target)
        self._request_add(target)
        return spec

    def cancel(self, run: int | None = None) -> None:
        """Cancel one run (or all).  Its stream ends with RunFinished(cancelled)."""
        if not self._network_ready():
            self._fan.cancel(run)  # nothing is streaming yet: just remember it
            return
        self._request_cancel(run)

    def stream_run(self, run: int) -> AsyncIterator[Event]:
        """One run's events, RunStarted .. RunFinished, on the caller's loop."""
        return self._consume(run)

    def stream_all(self) -> AsyncIterator[Event]:
        """SessionStarted, every run's events as they happen, SessionFinished."""
        return self._consume("all")

    # -- for subclasses

    def _network_ready(self) -> bool:
        raise NotImplementedError

    def _request_open(self, channel: Any) -> bool:
        """Ask the other side to stream ``channel``; False when it can no longer."""
        raise NotImplementedError

    def _request_close(self, channel: Any) -> None:
        raise NotImplementedError

    def _request_cancel(self, run: int | None) -> None:
        raise NotImplementedError

    def _request_add(self, target: TargetConfig) -> None:
        raise NotImplementedError

    def deliver(self, batch: Iterable[tuple[Any, Any]]) -> None:
        """Sort a batch into the channels' inboxes and wake their consumers (consumer loop)."""
        self.wakeups_n += 1
        inboxes = self.inboxes
        touched: set[Any] = set()
        n = 0
        for channel, item in batch:
            n += 1
            inbox = inboxes.get(channel)
            if inbox is not None:  # a consumer that stopped listening drops the rest
                inbox.items.append(item)
                touched.add(channel)
        self.items_n += n
        for channel in touched:
            waiter = inboxes[channel].waiter
            if waiter is not None and not waiter.done():
                waiter.set_result(None)

    def release_consumers(self) -> None:
        """The session's streams are over (subclasses call this when they close)."""
        if self._froze_consumers:
            self._froze_consumers = False
            collector.release()

    def end_all(self, exc: BaseException) -> None:
        """The other side is gone: every open channel ends with ``exc``."""
        self.deliver([(channel, Raise(exc)) for channel in list(self.inboxes)]
                     + [(channel, DONE) for channel in list(self.inboxes)])

    # -- the consumer's side

    async def _consume(self, channel: Any) -> AsyncIterator[Event]:
        if not self._network_ready() or self.consumer is None:
            raise RuntimeError("enter the fanout (async with) before streaming")
        if channel in self.inboxes:
            raise RuntimeError(f"run {channel} is already streaming")
        if not self._froze_consumers:
            self._froze_consumers = True
            collector.hold()
        inbox = self.inboxes[channel] = Inbox()
        items = inbox.items
        loop = self.consumer
        ended = False
        try:
            if not self._request_open(channel):
                ended = True
                raise RuntimeError(ENDED)
            while True:
                if not items:
                    inbox.waiter = loop.create_future()
                    await inbox.waiter
                    inbox.waiter = None
                    continue
                item = items.popleft()
                if item is DONE:
                    ended = True
                    return
                if type(item) is Raise:
                    ended = True
                    raise item.exc
                yield item
        finally:
            inbox.waiter = None
            del self.inboxes[channel]
            if not ended:  # as Fanout: a consumer that stops early cancels its run
                self._request_close(channel)
