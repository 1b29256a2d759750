"""One saved session in the same side-by-side panes, read-only: shown complete at once, or
replayed at recorded speed (``space``), faster or slower."""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from provtui.core.events import (
    Event,
    Notice,
    ReasoningDelta,
    RunQueued,
    SessionFinished,
    TextDelta,
)
from provtui.ui.widgets.pane import ProviderPane, expect_words_from, group_repeats


from provtui.ui.screens.session_common import (_created, _export, clean, rerun_session)

VIEW_TEXT_CAP = 256_000
"""Characters of one run's answer (and of its reasoning) drawn in a saved session's pane:
wrapping tens of MB of text would stall the UI; the session and exports keep it all."""


# ---------------------------------------------------------------------------- view events


def _coalesce(events: list[Event], *, cap: int, bucket: float) -> list[Event]:
    """Join each run's consecutive deltas of one turn within ``bucket`` seconds into one event
    (a 100 MB session is a million deltas; a pane needs a few thousand) and cut each run's
    drawn answer and reasoning at ``cap`` characters, with a notice saying so."""
    out: list[Event] = []
    pending: dict[int, list[Any]] = {}
    shown: dict[tuple[int, str], int] = {}
    full: dict[tuple[int, str], int] = {}

    def flush(run: int) -> None:
        p = pending.pop(run, None)
        if p is not None:
            cls, turn, _b, t, parts = p
            out.append(cls(run=run, t=t, turn=turn, text="".join(parts)))

    for e in events:
        cls = type(e)
        if cls is TextDelta or cls is ReasoningDelta:
            key = (e.run, cls.channel)
            full[key] = full.get(key, 0) + len(e.text)
            have = shown.get(key, 0)
            text = e.text
            if have + len(text) > cap:
                text = text[:max(0, cap - have)]
            if not text:
                continue
            shown[key] = have + len(text)
            b = math.floor(e.t / bucket) if bucket > 0 else e.t
            p = pending.get(e.run)
            if p is not None and p[0] is cls and p[1] == e.turn and p[2] == b:
                p[4].append(text)
                continue
            flush(e.run)
            pending[e.run] = [cls, e.turn, b, e.t, [text]]
            continue
        if e.run in pending:
            flush(e.run)
        out.append(e)
    for run in list(pending):
        flush(run)
    end = out[-1].t if out else 0.0
    notes = []
    for (run, channel), total in full.items():
        if total > shown.get((run, channel), 0):
            what = "answer" if channel == "c" else "reasoning"
            notes.append(Notice(run=run, t=end, kind="view_cap",
                                message=f"showing the first {cap:,} of {total:,} characters of "
                                        f"the {what}; the session file and its exports keep "
                                        "all of it"))
    if notes:
        tail = out.pop() if out and isinstance(out[-1], SessionFinished) else None
        out.extend(notes)
        if tail is not None:
            out.append(tail)
    return out


def view_events(session: dict[str, Any], *, cap: int = VIEW_TEXT_CAP,
                bucket: float = 0.25) -> list[Event]:
    """The events that draw a saved session in panes (``replay_events``, coalesced).  For a
    replay at recorded speed use a small ``bucket`` (50 ms) so it streams smoothly."""
    from provtui.core.session import replay_events

    return _coalesce(replay_events(session), cap=cap, bucket=bucket)


# ---------------------------------------------------------------------------- one session


class SessionViewScreen(Screen[None]):
    """A saved session in side-by-side panes, read-only.  Shown complete at once; ``space``
    replays it at recorded speed (``+``/``-`` change the speed), ``end`` jumps to the end."""

    BINDINGS = [
        Binding("escape", "close", "Back", id="session.close"),
        Binding("space", "replay", "Replay", id="session.replay"),
        Binding("end", "instant", "Show all", id="session.instant"),
        Binding("plus,equals_sign", "faster", "Faster", show=False, id="session.faster"),
        Binding("minus", "slower", "Slower", show=False, id="session.slower"),
        Binding("R", "rerun", "Re-run now", id="session.rerun"),
        Binding("f8", "summary", "Summary", id="session.summary"),
        Binding("e", "export", "Export", id="session.export"),
        Binding("f6", "next_pane", "Next pane", show=False, id="session.next_pane"),
        Binding("shift+f6", "previous_pane", "Previous pane", show=False,
                id="session.previous_pane"),
    ]

    class ReplayFinished(Message):
        def __init__(self, instant: bool) -> None:
            super().__init__()
            self.instant = instant

    def __init__(self, session: dict[str, Any], *, path: Path | None = None,
                 events: list[Event] | None = None, speed: float = 1.0,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 clock: Callable[[], float] = time.monotonic, tick_s: float = 0.1) -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.events = events
        self.speed = speed
        self._sleep = sleep
        self._clock = clock
        self.tick_s = tick_s
        self.replaying = False
        self._anchor_wall = 0.0
        self._anchor_v = 0.0
        self._end_t = 0.0
        self.panes: dict[int, ProviderPane] = {}

    # virtual session time: advances at `speed` while replaying; the panes' clock
    def now(self) -> float:
        if not self.replaying:
            return self._end_t
        return self._anchor_v + (self._clock() - self._anchor_wall) * self.speed

    def compose(self) -> ComposeResult:
        yield Static(self._heading(), id="view-heading")
        yield Static(id="view-status")
        yield Container(id="view-panes")
        yield Footer()

    def _heading(self) -> Text:
        s = self.session
        head = Text(no_wrap=False)
        head.append("saved session ", style="dim")
        head.append(clean(s.get("id") or "?", 60), style="bold")
        head.append(f"  {_created(s)} UTC", style="dim")
        head.append("  read-only ", style="reverse")
        if s.get("recovered"):
            head.append(" ")
            head.append(" recovered from a journal ", style="bold reverse yellow")
        if s.get("rerun_of"):
            head.append(f"  re-run of {clean(s['rerun_of'], 40)}", style="dim")
        prompt = str(s.get("prompt") or "").strip().splitlines()
        head.append("\n")
        head.append(clean(prompt[0] if prompt else "(no prompt)", 200), style="italic")
        if len(prompt) > 1:
            head.append(f"  (+{len(prompt) - 1} lines)", style="dim")
        return head

    async def on_mount(self) -> None:
        if self.events is None:
            self.events = await asyncio.to_thread(view_events, self.session)
        self._end_t = max((e.t for e in self.events), default=0.0)
        await self._build_panes()
        self.set_interval(self.tick_s, self._tick, name="view-tick")
        await self.show_instantly()

    async def _build_panes(self) -> None:
        grid = self.query_one("#view-panes", Container)
        await grid.remove_children()
        check_specs = list(self.session.get("check_specs") or [])
        runs = self.session.get("runs") or []
        self.panes = {}
        for e in self.events or []:
            if isinstance(e, RunQueued) and e.run not in self.panes:
                pane = ProviderPane(target=e.target, provider=e.provider, model=e.model,
                                    clock=self.now, check_specs=check_specs,
                                    expect_words=expect_words_from(check_specs))
                pane.read_only = True
                run = runs[e.run] if 0 <= e.run < len(runs) and isinstance(runs[e.run],
                                                                           dict) else {}
                pane.saved_result = {"words": run.get("words"),
                                     "findings": list(run.get("findings") or []),
                                     "checks": list(run.get("checks") or [])}
                self.panes[e.run] = pane
        if self.panes:
            await grid.mount_all(list(self.panes.values()))
        for e in self.events or []:
            if isinstance(e, RunQueued):
                self.panes[e.run].apply(e)
        group_repeats(list(self.panes.values()))
        self._layout()
        first = next((p for p in self.panes.values() if p.display), None)
        if first is not None:
            first.focus()

    def on_resize(self) -> None:
        self._layout()

    def _layout(self) -> None:
        from provtui.ui.app import PANE_MIN_HEIGHT, PANE_MIN_WIDTH

        grid = self.query_one("#view-panes", Container)
        n = sum(1 for c in grid.children if c.display)
        if not n:
            return
        width, height = grid.size.width or self.size.width, grid.size.height or self.size.height
        per_row = max(1, width // PANE_MIN_WIDTH)
        cols, rows = (n, 1) if n <= per_row else (0, math.ceil(n / per_row))
        if not cols:
            cols = math.ceil(n / rows)
        scroll = rows > 1 and height // rows < PANE_MIN_HEIGHT
        grid.set_class(scroll, "-scroll")
        if not scroll:
            grid.styles.grid_size_columns = cols
            grid.styles.grid_size_rows = rows

    async def _tick(self) -> None:
        for pane in list(self.panes.values()):
            with contextlib.suppress(Exception):
                await pane.tick()
        self._show_status()

    def _show_status(self) -> None:
        status = Text(no_wrap=True, overflow="ellipsis")
        if self.replaying:
            status.append(f"replaying ×{self.speed:g}  ", style="bold")
            status.append(f"{min(self.now(), self._end_t):.1f}s of {self._end_t:.1f}s",
                          style="bold")
            status.append("  end shows the end, + / - change the speed", style="dim")
        else:
            status.append("shown as saved", style="bold")
            status.append(f" ({self._end_t:.1f}s recorded)  ", style="dim")
            status.append("space replays at recorded speed · R re-runs the prompt now · "
                          "f8 summary · [ ] page runs · e export", style="dim")
        self.query_one("#view-status", Static).update(status)

    # ------------------------------------------------------------------ replay

    def _reset_panes(self) -> None:
        for pane in self.panes.values():
            pane.reset()

    async def show_instantly(self) -> None:
        """Every event applied at once: the session as it ended."""
        self.workers.cancel_group(self, "replay")
        self.replaying = False
        self._reset_panes()
        for e in self.events or []:
            pane = self.panes.get(e.run)
            if pane is not None:
                pane.apply(e)
        for pane in self.panes.values():
            await pane.tick(force=True)
            await asyncio.sleep(0)  # keys and drawing between panes
        for pane in self.panes.values():
            pane.scroll_to_start()
        self._show_status()
        self.post_message(self.ReplayFinished(True))

    async def action_instant(self) -> None:
        await self.show_instantly()

    def action_replay(self) -> None:
        self.replay()

    @work(group="replay", exclusive=True, exit_on_error=False)
    async def replay(self) -> None:
        """Feed the saved events to the panes at their recorded times (divided by speed)."""
        events = await asyncio.to_thread(view_events, self.session, bucket=0.05)
        self._reset_panes()
        self._anchor_wall, self._anchor_v = self._clock(), 0.0
        self.replaying = True
        self._show_status()
        last_yield = time.perf_counter()
        try:
            for e in events:
                wait = (e.t - self.now()) / self.speed
                if wait > 0.001:
                    await self._sleep(wait)
                    last_yield = time.perf_counter()
                elif time.perf_counter() - last_yield > 0.008:
                    await asyncio.sleep(0)
                    last_yield = time.perf_counter()
                pane = self.panes.get(e.run)
                if pane is not None:
                    pane.apply(e)
        finally:
            self.replaying = False
        for pane in self.panes.values():
            await pane.tick(force=True)
        self._show_status()
        self.post_message(self.ReplayFinished(False))

    def _set_speed(self, speed: float) -> None:
        v = self.now()
        self._anchor_wall, self._anchor_v = self._clock(), v
        self.speed = max(0.125, min(64.0, speed))
        self._show_status()

    def action_faster(self) -> None:
        self._set_speed(self.speed * 2)

    def action_slower(self) -> None:
        self._set_speed(self.speed / 2)

    # ------------------------------------------------------------------ the rest

    def _visible(self) -> list[ProviderPane]:
        return [p for p in self.panes.values() if p.display]

    def _cycle(self, step: int) -> None:
        panes = self._visible()
        if not panes:
            return
        focused = self.focused
        current = next((p for p in panes if focused is p or
                        (focused is not None and p in focused.ancestors)), None)
        i = panes.index(current) if current in panes else -1
        target = panes[(i + step) % len(panes)]
        if self.maximized is not None:
            self.maximize(target, container=False)
        target.focus()

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_previous_pane(self) -> None:
        self._cycle(-1)

    def action_rerun(self) -> None:
        rerun_session(self.app, self.session)

    def action_summary(self) -> None:
        from provtui.ui.screens.summary import SummaryScreen

        self.app.push_screen(SummaryScreen(self.session,
                                           title="Repeats and statistics (saved session)"))

    def action_export(self) -> None:
        self.run_worker(_export(self, self.session), group="view-export", exit_on_error=False)

    def action_close(self) -> None:
        if self.maximized is not None:
            self.minimize()
            return
        self.workers.cancel_group(self, "replay")
        self.dismiss(None)
