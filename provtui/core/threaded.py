"""``ThreadedFanout``: a session's Fanout on an event loop of its own, in a dedicated thread.

Chunks are stamped where they arrive even while the consumer's loop is busy drawing; the
consumer sees the Fanout API on its own loop (core/bridge.py).  ``provtui run`` uses it; the
TUI uses a network *process* (core/netproc.py) where it can, this otherwise.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from provtui.core import collector
from provtui.core.bridge import DONE, ENDED, BridgedFanout, Outbox, Raise
from provtui.core.config import TargetConfig
from provtui.core.fanout import Fanout, SessionPlan

__all__ = ["ThreadedFanout", "STREAMING_SWITCH_INTERVAL_S", "BATCH_GAP_S", "hold_streaming",
           "release_streaming", "settle"]

# A thread waiting for the GIL gets it only after the holder has run for the switch interval
# (5 ms by default).  With the network in its own thread, every read that wakes while the UI
# thread is drawing would wait up to that long before it can stamp its chunk: 1 ms bounds the
# stamp's lateness near 1 ms, for a little more switching, and only while a session streams.
STREAMING_SWITCH_INTERVAL_S = 0.001
# The network thread wakes the consumer's loop at most once per this interval (and once per
# pass of its own loop): a wake-up writes to the loop's self-pipe and costs the UI a loop turn,
# so 16,000 chunks a second must arrive as a few hundred batches, not 16,000 wake-ups.
BATCH_GAP_S = 0.004

_hold_lock = threading.Lock()
_hold_users = 0
_hold_saved: float | None = None


def hold_streaming(interval: float) -> None:
    """Process-wide settings while any threaded session streams (restored by the last one).

    Besides the switch interval, the collector's full passes are held (core/collector.py):
    a full collection walks every tracked object with the GIL held and stops both threads:
    with the TUI's heap that took 50-150 ms, and every chunk that arrived meanwhile was
    stamped late by as much.  (The TUI paces the collector itself; then this leaves it be.)"""
    global _hold_users, _hold_saved
    with _hold_lock:
        if _hold_users == 0:
            _hold_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(interval, _hold_saved))
            collector.hold()
        _hold_users += 1


def release_streaming() -> None:
    global _hold_users, _hold_saved
    with _hold_lock:
        _hold_users -= 1
        if _hold_users == 0 and _hold_saved is not None:
            sys.setswitchinterval(_hold_saved)
            _hold_saved = None
            collector.release()


class _Bridge:
    """Batches from the network thread's loop to the consumer's loop (``put`` / ``flush`` on
    the network side; the consumer's inboxes are the fanout's)."""

    def __init__(self, owner: BridgedFanout, gap_s: float, coalesce: bool) -> None:
        self.owner = owner
        self.gap_s = gap_s
        self.coalesce = coalesce
        self.outbox: Outbox | None = None             # network side, made on its loop
        self._lock = threading.Lock()                 # guards the two below
        self._outbox: list[tuple[Any, Any]] = []
        self._wake_pending = False

    def attach(self, network: asyncio.AbstractEventLoop) -> None:
        self.outbox = Outbox(network, self._send, self.gap_s, coalesce=self.coalesce)

    def put(self, channel: Any, item: Any) -> None:
        assert self.outbox is not None
        self.outbox.put(channel, item)

    def flush(self) -> None:
        if self.outbox is not None:
            self.outbox.flush()

    def _send(self, batch: list) -> None:
        with self._lock:
            self._outbox.extend(batch)
            wake = not self._wake_pending
            self._wake_pending = True
        if wake:  # otherwise the wake-up already on its way takes this batch too
            consumer = self.owner.consumer
            assert consumer is not None
            try:
                consumer.call_soon_threadsafe(self._deliver)
            except RuntimeError:  # the consumer's loop is closed: nobody is listening
                pass

    def _deliver(self) -> None:
        with self._lock:
            batch, self._outbox = self._outbox, []
            self._wake_pending = False
        self.owner.deliver(batch)


class ThreadedFanout(BridgedFanout):
    """A ``Fanout`` whose HTTP client, producers and MCP hub live on an event loop of their own,
    in a dedicated thread, so chunks are stamped when they arrive even while the consumer's loop
    is busy drawing.  Same consumer API: ``async with ThreadedFanout(plan) as fan:``, then
    ``stream_run(i)`` / ``stream_all()`` are async iterators on the *caller's* loop.

    ``coalesce=True`` joins each run's text deltas per hand-over (core/coalesce.py): fewer,
    longer events whose ``parts`` keep every chunk's time (the TUI asks for it).

    Leaving the ``async with`` cancels what still runs, closes the HTTP client and the MCP hub
    (stopping stdio servers) on the network thread, and waits for that thread to end.  While it
    runs, the interpreter's switch interval is lowered (see ``STREAMING_SWITCH_INTERVAL_S``) and
    restored afterwards."""

    def __init__(self, plan: SessionPlan, *, clock: Callable[[], float] = time.monotonic,
                 batch_gap_s: float = BATCH_GAP_S,
                 switch_interval_s: float = STREAMING_SWITCH_INTERVAL_S,
                 coalesce: bool = False) -> None:
        super().__init__(Fanout(plan, clock=clock))
        self._bridge = _Bridge(self, batch_gap_s, coalesce)
        self._switch_interval_s = switch_interval_s
        self._thread: threading.Thread | None = None
        self._net: asyncio.AbstractEventLoop | None = None
        self._stop: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._closed: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._stopping = False                                # network side
        self._forwarders: dict[Any, asyncio.Task[None]] = {}  # network side
        self._error: BaseException | None = None
        self._holding_switch = False

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    # -- requests to the network side

    def _network_ready(self) -> bool:
        return self._net is not None

    def _call(self, fn: Callable[..., Any], *args: Any) -> bool:
        assert self._net is not None
        try:
            self._net.call_soon_threadsafe(fn, *args)
        except RuntimeError:  # the network loop has closed
            return False
        return True

    def _request_open(self, channel: Any) -> bool:
        return self._call(self._open, channel)

    def _request_close(self, channel: Any) -> None:
        self._call(self._close_channel, channel)

    def _request_cancel(self, run: int | None) -> None:
        self._call(self._fan.cancel, run)

    def _request_add(self, target: TargetConfig) -> None:
        pass  # one Fanout, shared: the network side reads the new RunSpec when it opens

    # -- lifetime

    async def __aenter__(self) -> ThreadedFanout:
        if self._thread is not None:
            raise RuntimeError("a ThreadedFanout can be entered only once")
        self.consumer = asyncio.get_running_loop()
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        hold_streaming(self._switch_interval_s)
        self._holding_switch = True
        self._thread = threading.Thread(target=self._thread_main, args=(ready,), daemon=True,
                                        name=f"provtui-network-{self.session_id}")
        self._thread.start()
        try:
            await asyncio.wrap_future(ready)
        except BaseException:
            # an MCP server that does not start, or the caller gave up: the thread ends alone
            self._request_stop()
            await self._wait_closed()
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._request_stop()
        await self._wait_closed()
        if self._error is not None and exc[0] is None:
            raise self._error

    def _request_stop(self) -> None:
        if not self._stop.done():
            self._stop.set_result(None)

    async def _wait_closed(self) -> None:
        assert self._thread is not None
        try:
            await asyncio.shield(asyncio.wrap_future(self._closed))
        except asyncio.CancelledError:
            # The HTTP client and MCP stdio servers close on the network thread: let it finish
            # (it was told to stop) so no server process outlives the session, then obey.
            self._thread.join(timeout=10)
            raise
        finally:
            if self._holding_switch:
                self._holding_switch = False
                release_streaming()
            self.release_consumers()
        self._thread.join()

    # -- the network thread

    def _thread_main(self, ready: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._network_main(ready))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        except BaseException as exc:  # reported to whoever waits, never lost in the thread
            if not settle(ready, exc):
                self._error = self._error or exc
        finally:
            loop.close()
            self._closed.set_result(None)

    async def _network_main(self, ready: concurrent.futures.Future[None]) -> None:
        self._net = asyncio.get_running_loop()
        self._bridge.attach(self._net)
        try:
            async with self._fan:
                settle(ready, None)
                await asyncio.wrap_future(self._stop)
                self._stopping = True
            # Fanout's exit cancelled every producer, each of which reported its run's end;
            # the forwarders pass those last events on and finish by themselves.
            await drain_forwarders(self._forwarders)
        except BaseException as exc:
            self._stopping = True
            if not settle(ready, exc):
                self._error = exc
        finally:
            self._bridge.flush()

    def _open(self, channel: Any) -> None:
        assert self._net is not None
        if self._stopping:
            self._bridge.put(channel, Raise(RuntimeError(ENDED)))
            self._bridge.put(channel, DONE)
            return
        self._forwarders[channel] = self._net.create_task(
            forward(self._fan, channel, self._bridge.put))

    def _close_channel(self, channel: Any) -> None:
        task = self._forwarders.get(channel)
        if task is not None and not task.done():
            task.cancel()


async def forward(fan: Fanout, channel: Any, put: Callable[[Any, Any], None]) -> None:
    """One channel of ``fan`` (a run's index, or ``"all"``) into ``put``, ended by ``DONE``."""
    source = fan.stream_all() if channel == "all" else fan.stream_run(channel)
    try:
        async for event in source:
            put(channel, event)
    except asyncio.CancelledError:
        pass  # the consumer stopped listening
    except Exception as exc:
        put(channel, Raise(exc))
    finally:
        put(channel, DONE)


async def drain_forwarders(forwarders: dict[Any, asyncio.Task[None]]) -> None:
    """After the Fanout's exit: let the forwarders pass on their runs' last events."""
    if forwarders:
        _, late = await asyncio.wait(list(forwarders.values()), timeout=5)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)


def settle(future: concurrent.futures.Future[None], exc: BaseException | None) -> bool:
    """Resolve ``future`` unless it already is (or its waiter gave up); True when it was."""
    try:
        if exc is None:
            future.set_result(None)
        else:
            future.set_exception(exc)
    except concurrent.futures.InvalidStateError:
        return False
    return True
