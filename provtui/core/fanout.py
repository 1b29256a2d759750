"""Many runs at once: targets x repeats, concurrency limits, cancellation, one event stream.

Each run's loop is driven by its own producer task that pushes events into that run's queue.
Owning the task here is what makes cancellation and the whole-run timeout safe: cancelling a
producer interrupts the network read or tool call in flight, and the producer still reports
``RunFinished(cancelled)`` so whoever consumes the queue (a pane, the headless printer, the
journal) sees every run end, with the partial text it already received.

``ThreadedFanout`` runs the same Fanout on an event loop of its own in a dedicated thread, for
consumers whose loop is busy (the TUI): every event is stamped where its bytes arrived, so a
frame that takes 100 ms to draw must not delay the read that stamps it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as _dt
import gc
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx

from provtui.core.config import McpServerConfig, TargetConfig
from provtui.core.events import (
    Event,
    RunFinished,
    RunQueued,
    SessionFinished,
    SessionStarted,
)
from provtui.core.loop import RunSpec, run_target

__all__ = ["SessionPlan", "Fanout", "ThreadedFanout", "run_session"]


@dataclass
class SessionPlan:
    prompt: str
    system: str | None = None
    targets: list[TargetConfig] = field(default_factory=list)
    mcp_servers: list[McpServerConfig] = field(default_factory=list)
    max_steps: int = 20
    repeat: int = 1
    params: dict[str, Any] = field(default_factory=dict)
    check_specs: list[dict[str, Any]] = field(default_factory=list)
    session_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    tool_replay: dict[str, Any] | None = None
    """A saved session whose tool results are served instead of calling MCP servers."""


_DONE = object()


class _ProviderGate:
    """max_concurrency and min_interval_s for one provider: runs of one provider are spread
    over time instead of fired at once when a limit applies."""

    def __init__(self, limit: int | None, interval: float) -> None:
        self.sem = asyncio.Semaphore(limit) if limit else None
        self.interval = interval
        self._next_start = 0.0
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> None:
        if self.sem:
            await self.sem.acquire()
        if self.interval > 0:
            async with self._lock:
                wait = self._next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = time.monotonic() + self.interval

    async def __aexit__(self, *exc: object) -> None:
        if self.sem:
            self.sem.release()


class Fanout:
    """``async with Fanout(plan) as fan:`` owns the HTTP client and the MCP hub of a session."""

    def __init__(self, plan: SessionPlan, *, clock: Callable[[], float] = time.monotonic,
                 client: httpx.AsyncClient | None = None) -> None:
        from provtui.core.session import new_session_id

        self.plan = plan
        self.clock = clock
        self.session_id = plan.session_id or new_session_id()
        self.runs: list[RunSpec] = []
        for target in plan.targets:
            for k in range(max(1, plan.repeat)):
                self.runs.append(RunSpec(run=len(self.runs), target=target, repeat_index=k))
        self._client = client
        self._own_client = client is None
        self._stack = AsyncExitStack()
        self._hub: Any = None
        self._gates: dict[str, _ProviderGate] = {}
        self._producers: dict[int, asyncio.Task[None]] = {}
        self._queues: dict[int, asyncio.Queue[Any]] = {}
        self._cancelled: set[int] = set()
        self._t0 = clock()
        self._wall0 = _dt.datetime.now(_dt.timezone.utc)

    async def __aenter__(self) -> Fanout:
        if self._client is None:
            from provtui.core.http_client import make_async_client
            from provtui.core.rxstamp import stamped_transport

            limits = httpx.Limits(max_connections=None, max_keepalive_connections=64)
            # connections whose reads carry the kernel's arrival time (Linux), so a stamp does
            # not depend on when this process got round to the read; no credential follows a
            # redirect to another origin
            self._client = make_async_client(limits=limits, transport=stamped_transport(limits))
            await self._stack.enter_async_context(self._client)
        if self.plan.tool_replay is not None:
            from provtui.core.replay import ReplayHub

            self._hub = ReplayHub(self.plan.tool_replay, self.plan.mcp_servers)
        elif self.plan.mcp_servers:
            from provtui.core.mcp import McpHub

            self._hub = await self._stack.enter_async_context(McpHub(self.plan.mcp_servers))
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.cancel()
        tasks = list(self._producers.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._stack.aclose()

    # ------------------------------------------------------------------ events

    def session_started(self) -> SessionStarted:
        plan = self.plan
        extra = dict(plan.extra)
        if plan.check_specs:
            extra.setdefault("check_specs", list(plan.check_specs))
        if plan.max_steps != 20:
            extra.setdefault("max_steps", plan.max_steps)
        if plan.repeat != 1:
            extra.setdefault("repeat", plan.repeat)
        return SessionStarted(
            run=-1, t=self._t0, session_id=self.session_id,
            wall=self._wall0.strftime("%Y-%m-%dT%H:%M:%SZ"),
            prompt=plan.prompt, system=plan.system,
            mcp_servers=tuple(s.name for s in plan.mcp_servers),
            params=dict(plan.params), extra=extra,
        )

    def queued_events(self) -> list[RunQueued]:
        return [self._queued(spec) for spec in self.runs]

    def _queued(self, spec: RunSpec) -> RunQueued:
        return RunQueued(run=spec.run, t=self.clock(), target=spec.target.name,
                         provider=spec.target.provider.name, model=spec.target.model,
                         repeat_index=spec.repeat_index)

    def add_run(self, target: TargetConfig) -> RunSpec:
        """A new run of ``target`` (re-run a pane) with the next free repeat index."""
        repeat = sum(1 for r in self.runs if r.target.name == target.name)
        spec = RunSpec(run=len(self.runs), target=target, repeat_index=repeat)
        self.runs.append(spec)
        return spec

    def cancel(self, run: int | None = None) -> None:
        """Cancel one run (or all).  Its stream ends with RunFinished(cancelled)."""
        runs = [run] if run is not None else [r.run for r in self.runs]
        for r in runs:
            self._cancelled.add(r)
            task = self._producers.get(r)
            if task is not None and not task.done():
                task.cancel()

    async def stream_run(self, run: int) -> AsyncIterator[Event]:
        """One run's events, RunStarted .. RunFinished (a pane's worker iterates this)."""
        queue = self._start(run)
        try:
            while True:
                item = await queue.get()
                if item is _DONE:
                    return
                yield item
        finally:
            task = self._producers.get(run)
            if task is not None and not task.done():
                task.cancel()

    async def stream_all(self) -> AsyncIterator[Event]:
        """Headless: SessionStarted, every run's events as they happen, SessionFinished."""
        yield self.session_started()
        for event in self.queued_events():
            yield event
        merged: asyncio.Queue[Any] = asyncio.Queue()
        pending = len(self.runs)

        async def pump(run: int) -> None:
            async for event in self.stream_run(run):
                merged.put_nowait(event)
            merged.put_nowait(_DONE)

        pumps = [asyncio.create_task(pump(spec.run)) for spec in self.runs]
        try:
            while pending:
                item = await merged.get()
                if item is _DONE:
                    pending -= 1
                    continue
                yield item
        finally:
            for p in pumps:
                p.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
        status = "cancelled" if self._cancelled else "ok"
        yield SessionFinished(run=-1, t=self.clock(), status=status)

    # ------------------------------------------------------------------ producers

    def _start(self, run: int) -> asyncio.Queue[Any]:
        if run in self._queues:
            raise RuntimeError(f"run {run} is already streaming")
        queue: asyncio.Queue[Any] = asyncio.Queue()
        self._queues[run] = queue
        self._producers[run] = asyncio.create_task(self._produce(self.runs[run], queue),
                                                   name=f"provtui-run-{run}")
        return queue

    def _gate(self, target: TargetConfig) -> _ProviderGate:
        p = target.provider
        gate = self._gates.get(p.name)
        if gate is None:
            gate = self._gates[p.name] = _ProviderGate(p.max_concurrency, p.min_interval_s)
        return gate

    async def _produce(self, spec: RunSpec, queue: asyncio.Queue[Any]) -> None:
        run = spec.run
        finished = False
        key = f"{self.session_id}#{run}"
        put = queue.put_nowait

        def emit(event: Event) -> None:
            nonlocal finished
            if isinstance(event, RunFinished):
                finished = True
            put(event)

        try:
            if run in self._cancelled:
                raise asyncio.CancelledError
            async with self._gate(spec.target):
                tools = None
                if self._hub is not None:
                    from provtui.core.mcp import McpError

                    try:
                        tools = await self._hub.tools_for(key)
                    except McpError as exc:
                        emit(_finished(run, self.clock(), "error", "mcp", str(exc)))
                        return
                try:
                    async with asyncio.timeout(spec.target.provider.run_timeout_s):
                        async for event in run_target(
                            spec, prompt=self.plan.prompt, system=self.plan.system,
                            tools=tools, max_steps=self.plan.max_steps,
                            params=self.plan.params, client=self._client, clock=self.clock,
                        ):
                            emit(event)
                except TimeoutError:
                    limit = spec.target.provider.run_timeout_s
                    emit(_finished(run, self.clock(), "error", "timeout",
                                   f"the run took longer than {limit:g}s (run_timeout_s); "
                                   "raise run_timeout_s for this provider to allow longer runs"))
                finally:
                    if self._hub is not None:
                        await asyncio.shield(self._hub.release(key))
        except asyncio.CancelledError:
            if not finished:
                emit(_finished(run, self.clock(), "cancelled", "cancelled",
                               "cancelled by the user; the output received so far is kept"))
        except Exception as exc:  # a bug must not take the other runs down; it is recorded
            if not finished:
                emit(_finished(run, self.clock(), "error", "protocol",
                               f"internal error in provtui: {type(exc).__name__}: {exc}"))
        finally:
            if not finished:
                emit(_finished(run, self.clock(), "error", "protocol", "the run ended early"))
            put(_DONE)


def _finished(run: int, t: float, status: str, kind: str, message: str) -> RunFinished:
    return RunFinished(run=run, t=t, status=status,
                       error={"kind": kind, "message": message, "http_status": None,
                              "retry_after_s": None, "context_limit": None})


# ---------------------------------------------------------------------------- threaded

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


def _hold_streaming(interval: float) -> None:
    """Process-wide settings while any threaded session streams (restored by the last one).

    Besides the switch interval, the objects alive when streaming starts (the UI's widgets,
    modules, caches: 100k+ of them) are frozen out of the cyclic garbage collector.  A full
    collection walks every tracked object with the GIL held and stops both threads: with the
    TUI's heap that took 50-150 ms, and every chunk that arrived meanwhile was stamped late by
    as much.  Frozen objects are still freed by reference counting; only cycles among them
    wait for the unfreeze when the last session ends."""
    global _hold_users, _hold_saved
    with _hold_lock:
        if _hold_users == 0:
            _hold_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(interval, _hold_saved))
            gc.freeze()
        _hold_users += 1


def _release_streaming() -> None:
    global _hold_users, _hold_saved
    with _hold_lock:
        _hold_users -= 1
        if _hold_users == 0 and _hold_saved is not None:
            sys.setswitchinterval(_hold_saved)
            _hold_saved = None
            gc.unfreeze()


class _Raise:
    """An exception raised on the network side, re-raised to the consumer of that channel."""

    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class _Inbox:
    __slots__ = ("items", "waiter")

    def __init__(self) -> None:
        self.items: deque[Any] = deque()
        self.waiter: asyncio.Future[None] | None = None


class _Bridge:
    """Events from the network thread's loop to the consumer's loop, in batches.

    The network side collects what a pass of its loop produced (and whatever follows within
    ``gap_s`` of the last hand-over) and wakes the consumer's loop once for all of it; the
    consumer side sorts the batch into one inbox per channel (a run, or the merged stream)."""

    def __init__(self, consumer: asyncio.AbstractEventLoop, gap_s: float) -> None:
        self.consumer = consumer
        self.network: asyncio.AbstractEventLoop | None = None
        self.gap_s = gap_s
        self.inboxes: dict[Any, _Inbox] = {}          # consumer side only
        self.wakeups = 0                              # consumer side: batches delivered
        self.items = 0                                # consumer side: events delivered
        self._pending: list[tuple[Any, Any]] = []     # network side only
        self._flush_handle: asyncio.Handle | None = None
        self._last_wake = 0.0
        self._lock = threading.Lock()                 # guards the two below
        self._outbox: list[tuple[Any, Any]] = []
        self._wake_pending = False

    # -- network thread

    def put(self, channel: Any, item: Any) -> None:
        self._pending.append((channel, item))
        if self._flush_handle is None:
            assert self.network is not None
            wait = self._last_wake + self.gap_s - time.monotonic()
            if wait > 0:
                self._flush_handle = self.network.call_later(wait, self.flush)
            else:
                self._flush_handle = self.network.call_soon(self.flush)

    def flush(self) -> None:
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        if not self._pending:
            return
        with self._lock:
            self._outbox.extend(self._pending)
            wake = not self._wake_pending
            self._wake_pending = True
        self._pending = []
        if wake:  # otherwise the wake-up already on its way takes this batch too
            self._last_wake = time.monotonic()
            try:
                self.consumer.call_soon_threadsafe(self._deliver)
            except RuntimeError:  # the consumer's loop is closed: nobody is listening
                pass

    # -- consumer loop

    def _deliver(self) -> None:
        with self._lock:
            batch, self._outbox = self._outbox, []
            self._wake_pending = False
        self.wakeups += 1
        self.items += len(batch)
        inboxes = self.inboxes
        touched: set[Any] = set()
        for channel, item in batch:
            inbox = inboxes.get(channel)
            if inbox is not None:  # a consumer that stopped listening drops the rest
                inbox.items.append(item)
                touched.add(channel)
        for channel in touched:
            waiter = inboxes[channel].waiter
            if waiter is not None and not waiter.done():
                waiter.set_result(None)


class ThreadedFanout:
    """A ``Fanout`` whose HTTP client, producers and MCP hub live on an event loop of their own,
    in a dedicated thread, so chunks are stamped when they arrive even while the consumer's loop
    is busy drawing.  Same consumer API: ``async with ThreadedFanout(plan) as fan:``, then
    ``stream_run(i)`` / ``stream_all()`` are async iterators on the *caller's* loop.

    Leaving the ``async with`` cancels what still runs, closes the HTTP client and the MCP hub
    (stopping stdio servers) on the network thread, and waits for that thread to end.  While it
    runs, the interpreter's switch interval is lowered (see ``STREAMING_SWITCH_INTERVAL_S``) and
    restored afterwards."""

    def __init__(self, plan: SessionPlan, *, clock: Callable[[], float] = time.monotonic,
                 batch_gap_s: float = BATCH_GAP_S,
                 switch_interval_s: float = STREAMING_SWITCH_INTERVAL_S) -> None:
        self._fan = Fanout(plan, clock=clock)
        self._gap_s = batch_gap_s
        self._switch_interval_s = switch_interval_s
        self._bridge: _Bridge | None = None
        self._thread: threading.Thread | None = None
        self._net: asyncio.AbstractEventLoop | None = None
        self._stop: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._closed: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._stopping = False                                # network side
        self._forwarders: dict[Any, asyncio.Task[None]] = {}  # network side
        self._error: BaseException | None = None
        self._holding_switch = False
        self._froze_consumers = False

    # -- what Fanout offers, unchanged

    @property
    def plan(self) -> SessionPlan:
        return self._fan.plan

    @property
    def session_id(self) -> str:
        return self._fan.session_id

    @property
    def runs(self) -> list[RunSpec]:
        return self._fan.runs

    @property
    def clock(self) -> Callable[[], float]:
        return self._fan.clock

    @property
    def wakeups(self) -> int:
        """How many times the network thread woke the consumer's loop (batches delivered)."""
        return self._bridge.wakeups if self._bridge else 0

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    def session_started(self) -> SessionStarted:
        return self._fan.session_started()

    def queued_events(self) -> list[RunQueued]:
        return self._fan.queued_events()

    def add_run(self, target: TargetConfig) -> RunSpec:
        # only appends a RunSpec; the network side reads it when the run's stream opens
        return self._fan.add_run(target)

    def cancel(self, run: int | None = None) -> None:
        """Cancel one run (or all).  Its stream ends with RunFinished(cancelled)."""
        if self._net is None:
            self._fan.cancel(run)  # nothing is streaming yet: just remember it
            return
        try:
            self._net.call_soon_threadsafe(self._fan.cancel, run)
        except RuntimeError:  # the network loop has closed: nothing left to cancel
            pass

    def stream_run(self, run: int) -> AsyncIterator[Event]:
        """One run's events, RunStarted .. RunFinished, on the caller's loop."""
        return self._consume(run, lambda: self._fan.stream_run(run))

    def stream_all(self) -> AsyncIterator[Event]:
        """SessionStarted, every run's events as they happen, SessionFinished."""
        return self._consume("all", self._fan.stream_all)

    # -- lifetime

    async def __aenter__(self) -> ThreadedFanout:
        if self._thread is not None:
            raise RuntimeError("a ThreadedFanout can be entered only once")
        self._bridge = _Bridge(asyncio.get_running_loop(), self._gap_s)
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        _hold_streaming(self._switch_interval_s)
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
                _release_streaming()
        self._thread.join()

    # -- the network thread

    def _thread_main(self, ready: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._network_main(ready))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        except BaseException as exc:  # reported to whoever waits, never lost in the thread
            if not _settle(ready, exc):
                self._error = self._error or exc
        finally:
            loop.close()
            self._closed.set_result(None)

    async def _network_main(self, ready: concurrent.futures.Future[None]) -> None:
        self._net = asyncio.get_running_loop()
        assert self._bridge is not None
        self._bridge.network = self._net
        try:
            async with self._fan:
                _settle(ready, None)
                await asyncio.wrap_future(self._stop)
                self._stopping = True
            # Fanout's exit cancelled every producer, each of which reported its run's end;
            # the forwarders pass those last events on and finish by themselves.
            if self._forwarders:
                _, late = await asyncio.wait(list(self._forwarders.values()), timeout=5)
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)
        except BaseException as exc:
            self._stopping = True
            if not _settle(ready, exc):
                self._error = exc
        finally:
            self._bridge.flush()

    def _open(self, channel: Any, source: Callable[[], AsyncIterator[Event]]) -> None:
        assert self._bridge is not None and self._net is not None
        if self._stopping:
            self._bridge.put(channel, _Raise(RuntimeError("the session has ended; no new run "
                                                          "can stream in it")))
            self._bridge.put(channel, _DONE)
            return
        self._forwarders[channel] = self._net.create_task(self._forward(channel, source))

    def _close_channel(self, channel: Any) -> None:
        task = self._forwarders.get(channel)
        if task is not None and not task.done():
            task.cancel()

    async def _forward(self, channel: Any, source: Callable[[], AsyncIterator[Event]]) -> None:
        assert self._bridge is not None
        put = self._bridge.put
        try:
            async for event in source():
                put(channel, event)
        except asyncio.CancelledError:
            pass  # the consumer stopped listening
        except Exception as exc:
            put(channel, _Raise(exc))
        finally:
            put(channel, _DONE)

    # -- the consumer's side

    async def _consume(self, channel: Any,
                       source: Callable[[], AsyncIterator[Event]]) -> AsyncIterator[Event]:
        bridge = self._bridge
        if bridge is None or self._net is None:
            raise RuntimeError("enter the ThreadedFanout (async with) before streaming")
        if channel in bridge.inboxes:
            raise RuntimeError(f"run {channel} is already streaming")
        if not self._froze_consumers:
            # the panes and whatever else the consumer built for this session are alive now:
            # keep them out of the collector's full passes too (see _hold_streaming)
            self._froze_consumers = True
            gc.freeze()
        inbox = bridge.inboxes[channel] = _Inbox()
        items = inbox.items
        loop = bridge.consumer
        ended = False
        try:
            try:
                self._net.call_soon_threadsafe(self._open, channel, source)
            except RuntimeError:
                ended = True
                raise RuntimeError("the session has ended; no new run can stream in it") from None
            while True:
                if not items:
                    inbox.waiter = loop.create_future()
                    await inbox.waiter
                    inbox.waiter = None
                    continue
                item = items.popleft()
                if item is _DONE:
                    ended = True
                    return
                if type(item) is _Raise:
                    ended = True
                    raise item.exc
                yield item
        finally:
            inbox.waiter = None
            del bridge.inboxes[channel]
            if not ended:  # as Fanout: a consumer that stops early cancels its run
                try:
                    self._net.call_soon_threadsafe(self._close_channel, channel)
                except RuntimeError:
                    pass


def _settle(future: concurrent.futures.Future[None], exc: BaseException | None) -> bool:
    """Resolve ``future`` unless it already is (or its waiter gave up); True when it was."""
    try:
        if exc is None:
            future.set_result(None)
        else:
            future.set_exception(exc)
    except concurrent.futures.InvalidStateError:
        return False
    return True


async def run_session(plan: SessionPlan, **kw: Any) -> AsyncIterator[Event]:
    """Convenience: every event of a whole session."""
    async with Fanout(plan, **kw) as fan:
        async for event in fan.stream_all():
            yield event
