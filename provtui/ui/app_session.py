"""Sending a prompt and driving its session in the TUI: where the network runs, the panes'
turns to draw (ui/text_schedule.py), typing first, and the session's fold and save.

A mixin of ``ProvtuiApp`` (it uses the app's panes, grid, drives and notifications)."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import work
from textual.css.query import NoMatches
from textual.screen import ModalScreen

from provtui.core.events import SessionFinished
from provtui.ui.safe import escape_markup
from provtui.ui.session_drive import SessionDrive, settle_panes
from provtui.ui.widgets.pane import ProviderPane, group_repeats

__all__ = ["SessionRunner", "network_mode", "network_fanout", "prewarm_network",
           "warm_analysis", "analysis_worker"]


class SessionRunner:
    """The app's sending side: ``_drive_session`` (a worker per sent prompt), the pane tick."""

    _typed_at: float
    _last_key_at: float
    _panes_ticked_at: float
    _gap_jobs: dict[str, Callable[[], Any]]
    _gap_waiters: deque[asyncio.Future[None]]

    # ------------------------------------------------------------------ the tick

    def note_typing(self) -> None:
        """A key reached the prompt box: the ticks leave the panes alone until the frame that
        shows it has been drawn (ui/text_schedule.py)."""
        self._typed_at = self._last_key_at = time.monotonic()
        # twice removed: this runs before the prompt box has the key, so the first refresh
        # can come before the one that draws it (and the gap would open on top of the key)
        self.call_after_refresh(self.call_after_refresh, self._typing_shown)

    async def typing_pause(self) -> None:
        """Wait for a gap in typing: return at once if no key came for TYPING_PAUSE_S, else
        just after a key's frame has been drawn (the next key is ~100-300 ms away), one
        waiter per such gap, in turn; else after TYPING_PAUSE_MAX_S.  Work that can wait for
        it: a run's end on screen and its findings (each a layout and a repaint of the screen:
        eight at once cost 100-250 ms, one pane's ~40 ms), its final analysis, the session's
        fold and save."""
        from provtui.ui.text_schedule import TYPING_PAUSE_MAX_S

        if not self.typing_recently():
            return
        deadline = time.monotonic() + TYPING_PAUSE_MAX_S
        waiters = self._gap_waiters
        gap: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiters.append(gap)
        try:
            while True:
                now = time.monotonic()
                if not self.typing_recently() or now >= deadline:
                    return
                try:
                    await asyncio.wait_for(asyncio.shield(gap), min(0.05, deadline - now))
                except asyncio.TimeoutError:
                    continue
                return  # a key's frame was just drawn: the gap before the next key is ours
        finally:
            if gap in waiters:
                waiters.remove(gap)

    def typing_recently(self) -> bool:
        """A key came within TYPING_PAUSE_S: what lays out the screen waits for a gap."""
        from provtui.ui.text_schedule import TYPING_PAUSE_S

        return time.monotonic() - self._last_key_at < TYPING_PAUSE_S

    def in_typing_gap(self, name: str, callback: Callable[[], Any]) -> None:
        """Call ``callback`` (a change that lays out the whole screen) in the next gap in
        typing (``typing_pause``), once however often it is asked for meanwhile."""
        if not self.typing_recently():
            callback()
            return
        first = not self._gap_jobs
        self._gap_jobs[name] = callback
        if first:
            self.run_worker(self._run_gap_jobs(), group="typing-gap", exit_on_error=False)

    async def _run_gap_jobs(self) -> None:
        try:
            await self.typing_pause()
        finally:
            jobs = list(self._gap_jobs.values())
            self._gap_jobs.clear()
            for job in jobs:
                job()

    def _typing_shown(self) -> None:
        self._typed_at = 0.0
        # one waiter per gap between keys: eight runs' ends, findings, the footer and the
        # toast each lay out and repaint the screen; one at a time each fits in a gap
        waiters = self._gap_waiters
        while waiters:
            gap = waiters.popleft()
            if not gap.done():
                gap.set_result(None)
                break

    async def _tick(self) -> None:
        from provtui.ui.text_schedule import typing_quiet, due

        panes = self.panes
        now = time.monotonic()
        if typing_quiet(now, self._typed_at, self._panes_ticked_at):
            return
        self._panes_ticked_at = now
        stack = self.screen_stack
        if not stack:
            return  # the app is closing
        if stack[-1] is stack[0] or isinstance(stack[-1], ModalScreen):
            draw = due(((p, p.text_waiting_since) for p in panes if p.text_waiting), now,
                       self.tick_s)
        else:
            draw = set()  # another screen covers the panes: their text waits in the buffers
        for pane in panes:
            try:
                await pane.tick(text=pane in draw)
            except NoMatches:  # the pane was removed (new prompt) while this tick ran
                pass
        self._refresh_pane_hint()
        self._pace_collector(now)

    def _pace_collector(self, now: float) -> None:
        """The garbage collector's turn (core/collector.py): a small step every
        COLLECT_STEP_S, never while a key waits for its frame (the tick returned before
        this); the whole heap once a session is over and nobody has typed for
        COLLECT_REBASE_IDLE_S."""
        from provtui.ui.text_schedule import COLLECT_REBASE_IDLE_S, COLLECT_STEP_S

        pacer = self.collector
        if not pacer.running:
            return
        drive = self.drive
        if drive is not None and drive.session is None:
            pacer.dirty = True  # a session is live: its garbage calls for a rebase later
            idle = False
        else:
            idle = now - self._last_key_at >= COLLECT_REBASE_IDLE_S
        if pacer.dirty and idle:
            pacer.rebase()
        elif now - pacer.last_step >= COLLECT_STEP_S:
            pacer.step()

    @work(group="session", exit_on_error=False)
    async def _drive_session(self, plan: Any, reuse: ProviderPane | None) -> None:
        from provtui.core.session import Journal, SessionRecorder, session_paths
        from provtui.core.threaded import (
            STREAMING_SWITCH_INTERVAL_S,
            hold_streaming,
            release_streaming,
        )

        # the network runs in a process of its own (else on its own thread): a slow frame here
        # must not delay the reads that stamp each chunk's arrival (ttft, timeline), and its
        # parsing must not take the GIL from drawing and typing
        fan = network_fanout(plan, self.clock)
        final_path, journal_path = session_paths(fan.session_id)
        recorder = SessionRecorder(journal=Journal(journal_path))
        drive = SessionDrive(fan, recorder, final_path)
        if self.analysis_worker is not None:
            self.analysis_worker.start()  # again, should the last one have broken
            drive.analysis_worker = self.analysis_worker
        self.drive = drive
        self.drives.append(drive)
        # Until the session is saved, threads here (the analyses, the fold and save) give
        # the GIL back to the UI within 1 ms instead of 5: a key at the moment eight runs
        # end waited 0.75 s behind them.
        hold_streaming(STREAMING_SWITCH_INTERVAL_S)
        try:
            await self._run_drive(drive, fan, recorder, plan, reuse, final_path)
        finally:
            release_streaming()

    async def _run_drive(self, drive: SessionDrive, fan: Any, recorder: Any, plan: Any,
                         reuse: ProviderPane | None, final_path: Path) -> None:
        from provtui.core.session import save_session

        status = "ok"
        try:
            async with fan:
                recorder.apply(fan.session_started())
                queued = fan.queued_events()
                if reuse is not None:
                    reuse.reset()
                    panes = [reuse]
                elif (idle := self._idle_panes_for(queued)) is not None:
                    # the idle panes shown before sending are these runs' panes: mounting
                    # eight new ones cost the UI ~0.4 s just as the streams began
                    panes = idle
                else:
                    grid = self.pane_grid
                    await grid.remove_children()
                    panes = [self._new_pane(e.target, e.provider, e.model) for e in queued]
                    await grid.mount_all(panes)
                    self._layout_key = None
                    self._layout_panes()
                for event, pane in zip(queued, panes):
                    recorder.apply(event)
                    pane.apply(event)
                if reuse is None:
                    group_repeats(panes)
                    self._layout_key = None
                    self._layout_panes()
                for event, pane in zip(queued, panes):
                    drive.start(pane, event.run)
                    self.refresh_bindings()
                await drive.all_done.wait()
        except asyncio.CancelledError:
            status = "cancelled"
            raise
        except Exception as exc:  # e.g. an MCP server that does not start
            status = "cancelled"
            self.notify(f"Could not run the session: {escape_markup(str(exc))}",
                        severity="error", timeout=12)
        finally:
            drive.open = False
            if drive.cancelled and status == "ok":
                status = "cancelled"
            recorder.apply(SessionFinished(run=-1, t=self.clock(), status=status))
            # Folding and writing a long session took the UI ~1 s (8 answers of 80k
            # characters): on a thread, the screen keeps answering meanwhile.  A quit while it
            # works still waits for it, so the session is written either way.
            quit_meanwhile = False
            if status != "cancelled":  # a quit saves at once
                try:
                    await self.typing_pause()
                except asyncio.CancelledError:  # the app quits: save first, then obey
                    quit_meanwhile = True

            def save(session: dict[str, Any]) -> Path:
                return save_session(session, final_path)

            if quit_meanwhile or status == "cancelled":
                # a quit (or a cancel, which a quit is too): no more awaiting, the loop may
                # be going away; the save is done here and now, as it always was
                session, saved_path, save_error = drive.finish_now(status, save)
            else:
                session, saved_path, save_error = await drive.finish_off_loop(status, save)
            drive.session = session
            if save_error is None:
                drive.saved_path = saved_path

            def show() -> None:
                # the panes' final metrics and the toast each lay out the screen: in a gap
                settle_panes(drive.panes, session)
                if save_error is not None:
                    self.notify(f"Could not save the session: "
                                f"{escape_markup(str(save_error))}", severity="error",
                                timeout=12)
                else:
                    self.notify(f"Session saved: {escape_markup(str(drive.saved_path))}",
                                title="session", timeout=6)
                    self.post_message(self.SessionSaved(session, drive.saved_path))

            if quit_meanwhile:
                show()
                raise asyncio.CancelledError
            self.in_typing_gap(f"saved-{id(drive)}", show)

    def _idle_panes_for(self, queued: list[Any]) -> list[ProviderPane] | None:
        """The panes on screen when each is idle (never ran) and they are exactly the queued
        runs' targets, in order, with today's checks; else None (new panes are mounted)."""
        panes = self.panes
        if len(panes) != len(queued) or not panes:
            return None
        view = "markdown" if self.config.ui.get("answer_view") == "markdown" else "raw"
        for pane, event in zip(panes, queued):
            s = pane.state
            if (s.state != "idle" or s.run != -1 or pane.read_only
                    or (s.target, s.provider, s.model) != (event.target, event.provider,
                                                           event.model)
                    or pane.check_specs != list(self.check_specs)
                    or pane.view_mode != view):
                return None
        return panes


def network_mode(clock: Callable[[], float]) -> str:
    """Where a sent prompt's network runs: ``process`` (the default where it can: a child
    process, core/netproc.py) or ``thread`` (PROVTUI_NETWORK=thread, another clock than the
    system's, or no Unix sockets)."""
    import os

    from provtui.core import netproc

    if os.environ.get("PROVTUI_NETWORK", "process") == "thread" or clock is not time.monotonic \
            or not netproc.available():
        return "thread"
    return "process"


def network_fanout(plan: Any, clock: Callable[[], float]) -> Any:
    """The fanout for one sent prompt, text deltas joined per batch (the panes and the
    recorder pay per event, and every chunk's time is kept in ``parts``)."""
    if network_mode(clock) == "process":
        from provtui.core.netproc import ProcessFanout

        return ProcessFanout(plan, spare=True)
    from provtui.core.threaded import ThreadedFanout

    return ThreadedFanout(plan, clock=clock, coalesce=True)


def prewarm_network() -> None:
    from provtui.core import netproc

    netproc.prewarm_in_background()


def analysis_worker() -> Any:
    """The shared analysis process (core/analysis_worker.py) for the TUI, or None with
    PROVTUI_ANALYSIS=thread (final analyses on threads, as before it existed)."""
    import os

    from provtui.core.analysis_worker import shared_worker

    if os.environ.get("PROVTUI_ANALYSIS", "").strip().lower() == "thread":
        return None
    return shared_worker()


def warm_analysis() -> None:
    import threading

    from provtui.core.analysis import warm_up

    threading.Thread(target=warm_up, name="provtui-warm-analysis", daemon=True).start()
