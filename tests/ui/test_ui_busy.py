"""Typing while many panes stream: panes drawn in turn, the prompt box first, nothing lost.

Real loopback providers stream into the real app (network process by default); the
schedule itself is a pure function tested on its own."""

from __future__ import annotations

import asyncio
import time

import pytest
from textual import events

from ui_helpers import loopback_target, make_config
from transcript_server import Reply, TranscriptServer

from provtui.core.netproc import ProcessFanout
from provtui.core.threaded import ThreadedFanout
from provtui.ui import text_schedule
from provtui.ui.app import ProvtuiApp
from provtui.ui.text_schedule import MAX_INTERVAL_S, due, typing_quiet
from provtui.ui.widgets.pane import ProviderPane

SIZE = (200, 50)


def app_for(targets, **kw) -> ProvtuiApp:
    return ProvtuiApp(config=make_config(None), targets=targets, mcp_servers=[],
                      prompt="Tell me about roads", **kw)


async def wait_for(pilot, condition, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.02)


async def type_until(pilot, app: ProvtuiApp, done) -> None:
    """Someone types (as the prompt box reports a key) until ``done()``."""
    while not done():
        app.note_typing()
        await pilot.pause(0.05)


def saved(app: ProvtuiApp) -> bool:
    return bool(app.drives) and app.drives[-1].saved_path is not None


# --------------------------------------------------------------------- the schedule


def test_eight_waiting_panes_are_drawn_one_a_tick_longest_waiting_first() -> None:
    waiting = [(f"p{i}", 10.0 - i * 0.01) for i in range(8)]  # p7 waited longest
    assert due(waiting, now=10.05, tick_s=0.03) == {"p7"}
    # every pane gets its turn within the longest interval, however many wait
    last = dict(waiting)
    now, drawn_at = 10.05, {}
    for tick in range(40):
        for key in due(list(last.items()), now, 0.03):
            drawn_at.setdefault(key, []).append(now)
            last[key] = now
        now += 0.03
    for key, times in drawn_at.items():
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert gaps and max(gaps) <= MAX_INTERVAL_S + 0.03 + 1e-9, (key, gaps)
    assert sorted(drawn_at) == sorted(last)


def test_one_streaming_pane_is_drawn_on_every_tick() -> None:
    assert due([("only", 9.99)], now=10.0, tick_s=0.03) == {"only"}
    assert due([], now=10.0, tick_s=0.03) == set()


def test_a_pane_past_the_longest_wait_is_drawn_whatever_the_budget() -> None:
    waiting = [("a", 10.0), ("b", 10.0 - MAX_INTERVAL_S - 0.01), ("c", 9.0)]
    assert due(waiting, now=10.0, tick_s=0.03) >= {"b", "c"}


def test_typing_quiet_holds_the_panes_only_briefly() -> None:
    assert typing_quiet(now=10.0, typed_at=9.99, ticked_at=9.95)
    assert not typing_quiet(now=10.0, typed_at=9.0, ticked_at=9.95), "a key long ago"
    assert not typing_quiet(now=10.0, typed_at=9.99, ticked_at=10.0 - MAX_INTERVAL_S - 0.01), \
        "panes not drawn for the longest interval are drawn even while someone types"


# --------------------------------------------------------------------- the real app


def _streams(srv, n: int, words: int = 300) -> list:
    return [loopback_target(f"p{i}", srv.add(Reply.text_stream(
        [f"w{i}x{k} " for k in range(words)], delay_s=0.003))) for i in range(n)]


class _DrawSpy:
    """How many panes each tick chose (the schedule's answer), and how many pane draws
    moved waiting text into a view."""

    def __init__(self, app: ProvtuiApp, monkeypatch) -> None:
        self.per_tick: list[int] = []
        self.draws = 0
        chooser = text_schedule.due

        def due_spy(*args, **kw):
            chosen = chooser(*args, **kw)
            self.per_tick.append(len(chosen))
            return chosen

        monkeypatch.setattr(text_schedule, "due", due_spy)
        for pane in app.panes:
            self.wrap(pane)

    def wrap(self, pane: ProviderPane) -> None:
        draw = pane._draw_text

        def counted() -> None:
            if pane.text_waiting:
                self.draws += 1
            draw()

        pane._draw_text = counted


async def test_eight_streaming_panes_draw_in_turn_and_lose_nothing(monkeypatch) -> None:
    async with TranscriptServer() as srv:
        targets = _streams(srv, 8)
        app = app_for(targets)
        async with app.run_test(size=SIZE) as pilot:
            idle = list(app.panes)
            spy = _DrawSpy(app, monkeypatch)
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.2)
            # the idle panes shown before sending are the runs' panes (no new mount)
            assert app.panes == idle
            for i, pane in enumerate(app.panes):
                assert pane.text == "".join(f"w{i}x{k} " for k in range(300))
            assert spy.draws, "the panes drew their text on the ticks"
            # one pane a tick; more only for panes whose wait ran past the longest interval
            # (late ticks on a busy machine): the redraws are spread over many ticks, a few
            # panes each, not all eight on every tick
            chose = [n for n in spy.per_tick if n]
            assert len(chose) >= 8 and sum(chose) / len(chose) < 4, spy.per_tick
        session = app.drives[-1].session
        assert [r["text"] for r in session["runs"]] == [p.text for p in idle]
        # joined deltas kept every chunk: one timeline entry per chunk the provider sent
        for run in session["runs"]:
            assert len(run["timeline"]) >= 300


async def test_a_key_holds_the_panes_until_it_is_on_screen(monkeypatch) -> None:
    async with TranscriptServer() as srv:
        app = app_for(_streams(srv, 4, words=2000))
        async with app.run_test(size=SIZE) as pilot:
            spy = _DrawSpy(app, monkeypatch)
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: any(p.text for p in app.panes))
            app.prompt_box.focus()
            await pilot.pause()
            typed: list[float] = []
            note = app.note_typing
            app.note_typing = lambda: (typed.append(time.monotonic()), note())[1]
            await pilot.press("a")
            assert typed, "the prompt box told the app a key came in"
            assert "a" in app.prompt_box.text and len(app.prompt_box.text) == \
                len("Tell me about roads") + 1
            # what the prompt box does on a key, then a tick before the frame: panes wait
            await wait_for(pilot, lambda: any(p.text_waiting for p in app.panes), 10)
            app.note_typing()
            spy.per_tick.clear()
            before = spy.draws
            await app._tick()
            assert spy.per_tick == [] and spy.draws == before
            await pilot.pause()  # the frame that shows the key
            await wait_for(pilot, lambda: app._typed_at == 0.0, 5)
            await wait_for(pilot, lambda: saved(app))
            assert spy.draws > before, "the panes drew again once the key was on screen"


async def test_text_waits_under_another_screen_and_shows_when_it_closes() -> None:
    """A full screen over the panes (the summary, here) holds their drawing; a modal one
    (help, the palette) does not, the panes show around it."""
    from provtui.ui.screens.help import HelpScreen

    async with TranscriptServer() as srv:
        app = app_for(_streams(srv, 2, words=1500))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: any(p.text for p in app.panes))
            await app.push_screen(HelpScreen())
            drawn = [len(p.answer.text) for p in app.panes]
            await wait_for(pilot, lambda: [len(p.answer.text) for p in app.panes] != drawn, 10)
            app.pop_screen()
            app.action_summary()
            await pilot.pause(0.05)
            assert type(app.screen).__name__ == "SummaryScreen"
            shown = [len(p.answer.text) for p in app.panes]
            # under the help screen the panes keep receiving, but draw nothing
            await wait_for(pilot, lambda: all(p.text_waiting for p in app.panes), 20)
            await pilot.pause(0.2)
            assert [len(p.answer.text) for p in app.panes] == shown
            app.pop_screen()
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.1)
            for i, pane in enumerate(app.panes):
                assert pane.text == "".join(f"w{i}x{k} " for k in range(1500))


@pytest.mark.parametrize("mode, fanout", [("process", ProcessFanout), ("thread", ThreadedFanout)])
async def test_where_the_network_runs(monkeypatch, mode, fanout) -> None:
    monkeypatch.setenv("PROVTUI_NETWORK", mode)
    async with TranscriptServer() as srv:
        app = app_for(_streams(srv, 2, words=50))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: saved(app))
            assert type(app.drives[-1].fan) is fanout
            for i, pane in enumerate(app.panes):
                assert pane.text == "".join(f"w{i}x{k} " for k in range(50))


async def test_a_quit_while_the_save_waits_for_a_typing_pause_still_saves(monkeypatch) -> None:
    # a busy test box may stall the typing loop past the usual 0.4 s pause: a longer one
    monkeypatch.setattr(text_schedule, "TYPING_PAUSE_S", 3.0)
    async with TranscriptServer() as srv:
        app = app_for(_streams(srv, 2, words=300))
        async with app.run_test(size=SIZE) as pilot:
            app.action_send()
            await wait_for(pilot, lambda: bool(app.drives))
            drive = app.drives[-1]
            # someone types while the runs end: the fold and save wait for a pause ...
            await type_until(pilot, app, lambda: not drive.active and drive.panes)
            app.note_typing()
            assert drive.saved_path is None
            app.exit()  # ... and the app quits meanwhile
        assert drive.final_path.exists(), "the session was saved before the app let go"
        assert drive.saved_path == drive.final_path


async def test_the_runs_ends_wait_for_gaps_between_keys_one_a_gap() -> None:
    """Typing through the moment the runs end: each pane's end (badge, border, scrollbar: a
    layout of the screen) comes just after a key's frame, never two in one gap; once the
    typing stops, everything left shows and the session is saved."""
    async with TranscriptServer() as srv:
        app = app_for(_streams(srv, 4, words=200))
        async with app.run_test(size=SIZE) as pilot:
            ends: list[tuple[float, int]] = []
            gaps: list[float] = []
            for i, pane in enumerate(app.panes):  # the idle panes are the runs' panes
                def spy(orig=pane._show_end, i=i) -> None:
                    ends.append((time.monotonic(), i))
                    orig()
                pane._show_end = spy
            shown = app._typing_shown
            app._typing_shown = lambda: (gaps.append(time.monotonic()), shown())[1]
            keys: list[float] = []
            note = app.note_typing
            app.note_typing = lambda: (keys.append(time.monotonic()), note())[1]
            app.prompt_box.focus()
            app.action_send()
            await wait_for(pilot, lambda: bool(app.drives))
            drive = app.drives[-1]
            typed_until_end = 0
            while drive.active or typed_until_end < 10:
                # as a terminal's key press arrives (pilot.press waits for an idle screen,
                # which a streaming one never is)
                app._driver.send_message(events.Key("a", "a"))
                await asyncio.sleep(0.12)
                typed_until_end += not drive.active
            assert keys, "the keys reached the prompt box"
            # every end shown while someone typed (a key within the typing pause) came in a
            # gap after a key's frame, one a gap; a busy test box may pause the typing
            # longer, and then an end shows at once, as it should
            owners = []
            for t, _ in ends:
                if t - max((k for k in keys if k <= t), default=-1e9) \
                        >= text_schedule.TYPING_PAUSE_S:
                    continue
                before = [g for g in gaps if g <= t]
                assert before and t - before[-1] < 0.1, (t, gaps[-3:])
                owners.append(before[-1])
            assert len(owners) == len(set(owners)), "two ends shared one gap"
            assert owners, "no end came while typing: the test typed too slowly to tell"
            # the typing stops: the rest shows at once, the session is saved
            await wait_for(pilot, lambda: saved(app) and all(p._end_shown for p in app.panes))
            done = ("round", app.panes[0]._theme_colour("success", 0.7))
            assert all(p.styles.border_top == done for p in app.panes
                       if not p.has_focus_within)
        assert drive.final_path.exists()


@pytest.mark.parametrize("env, want", [(None, "120"), ("30", "30")],
                         ids=["default", "the-user-s-own"])
def test_the_tui_draws_up_to_120_frames_a_second_unless_the_user_says(env, want) -> None:
    """Frames land within 8 ms of the tick that asks for them (Textual's 60 Hz grid made the
    gaps between frames swing by 17 ms); a TEXTUAL_FPS of the user's own is kept."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    environ = {k: v for k, v in os.environ.items() if k != "TEXTUAL_FPS"}
    if env is not None:
        environ["TEXTUAL_FPS"] = env
    environ["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    out = subprocess.run([sys.executable, "-c", "import provtui.ui.app, textual.constants as c;"
                          " print(c.MAX_FPS)"], env=environ, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == want


async def test_a_pane_reused_while_its_end_waits_for_a_gap_shows_no_stale_end(
        monkeypatch) -> None:
    # a busy test box may stall the typing loop past the usual 0.4 s pause: a longer one
    monkeypatch.setattr(text_schedule, "TYPING_PAUSE_S", 3.0)
    async with TranscriptServer() as srv:
        app = app_for(_streams(srv, 1, words=100))
        async with app.run_test(size=SIZE) as pilot:
            pane = app.panes[0]
            app.prompt_box.focus()
            app.action_send()
            await wait_for(pilot, lambda: bool(app.drives))
            drive = app.drives[-1]
            # someone types through the run's end: its end waits for a gap ...
            await type_until(pilot, app, lambda: not drive.active and pane._final_done)
            assert not pane._end_shown
            pane.reset()  # ... and the pane is reused for a new prompt meanwhile
            app._last_key_at = 0.0  # the typing stops: whatever waited for a gap goes on
            await pilot.pause(0.6)
            assert not pane._end_shown and pane.state.state != "done"
            assert pane.findings == [] and pane.text == ""
            await wait_for(pilot, lambda: saved(app))
