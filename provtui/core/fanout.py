"""Many runs at once: targets x repeats, concurrency limits, cancellation, one event stream.

Each run's loop is driven by its own producer task that pushes events into that run's queue.
Owning the task here is what makes cancellation and the whole-run timeout safe: cancelling a
producer interrupts the network read or tool call in flight, and the producer still reports
``RunFinished(cancelled)`` so whoever consumes the queue (a pane, the headless printer, the
journal) sees every run end, with the partial text it already received.

``ThreadedFanout`` (core/threaded.py) runs the same Fanout on an event loop of its own in a
dedicated thread, and ``ProcessFanout`` (core/netproc.py) in a process of its own, for consumers
whose loop is busy (the TUI): every event is stamped where its bytes arrived, so a frame that
takes 100 ms to draw must not delay the read that stamps it.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import time
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


async def run_session(plan: SessionPlan, **kw: Any) -> AsyncIterator[Event]:
    """Convenience: every event of a whole session."""
    async with Fanout(plan, **kw) as fan:
        async for event in fan.stream_all():
            yield event


# the threaded fanout lives in its own module; importable from here as it always was
from provtui.core.threaded import ThreadedFanout  # noqa: E402
