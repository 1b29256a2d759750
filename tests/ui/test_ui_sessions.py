"""The sessions browser and a saved session's read-only view, driven through the real app:
listing (newest first, search, a corrupt file beside good ones, a 100 MB file read lazily),
opening into panes, replay (instant, recorded speed with an injected clock, a real speed
factor), re-run against a loopback provider, export and delete."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import pytest
from ui_helpers import SIZE, context_error_run, make_config, tool_run
from transcript_server import Reply, TranscriptServer

from provtui.core import events as ev
from provtui.core.config import Config, PRESETS, ProviderConfig
from provtui.core.session import fold_events, load_session, save_session, session_paths
from provtui.ui.app import ProvtuiApp
from provtui.ui.safe import strip_control
from provtui.ui.screens.sessions import (
    SessionsScreen,
    SessionViewScreen,
    view_events,
)
from provtui.ui.widgets.prompt import PromptBox


def saved_session(events: list[ev.Event], *, sid: str, wall: str, prompt: str,
                  extra: dict | None = None) -> dict:
    start = ev.SessionStarted(run=-1, t=99.0, session_id=sid, wall=wall, prompt=prompt,
                              system=None, mcp_servers=(), params={}, extra=extra or {})
    return fold_events([start, *events])


def three_sessions() -> list[dict]:
    a = saved_session([*tool_run(run=0, target="explorer"),
                       *context_error_run(run=1, target="small")],
                      sid="20260301-101500-aaaa", wall="2026-03-01T10:15:00Z",
                      prompt="Analyze battery health and charging data by calling tools.")
    b = saved_session([*tool_run(run=0, target="nano30b-nim", answer="Paris is the capital.")],
                      sid="20260412-080000-bbbb", wall="2026-04-12T08:00:00Z",
                      prompt="What is the capital of France?")
    c = saved_session([*tool_run(run=0, target="explorer", answer="Fine."),
                       *tool_run(run=1, target="deepinfra:qwen", answer="Also fine.")],
                      sid="20260115-230000-cccc", wall="2026-01-15T23:00:00Z",
                      prompt="Plan a route for the R1S to Denver")
    return [a, b, c]


def save_all(sessions: list[dict]) -> list[Path]:
    return [save_session(s) for s in sessions]


def bare_app(config: Config | None = None) -> ProvtuiApp:
    return ProvtuiApp(config=config or make_config(None), targets=[], mcp_servers=[],
                      prompt="", clock=lambda: 103.0)


async def wait_for(pilot, condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


async def open_browser(app: ProvtuiApp, pilot) -> SessionsScreen:
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))
    screen = app.screen
    await wait_for(pilot, lambda: not screen.listing)
    await pilot.pause()
    return screen


async def test_browser_lists_newest_first_search_filters_and_a_corrupt_file_is_skipped(
        ) -> None:
    paths = save_all(three_sessions())
    broken = paths[0].with_name("20260501-000000-dead.json")
    broken.write_text('{"format": "provtui-session", "version": 1, "runs": [', "utf-8")
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(app, pilot)
        ids = [e["id"] for e in screen._shown]
        assert ids == ["20260412-080000-bbbb", "20260301-101500-aaaa", "20260115-230000-cccc"]
        assert len(screen.problems) == 1 and "20260501-000000-dead.json" in screen.problems[0]
        status = str(screen.query_one("#sessions-status").render())
        assert "3 sessions" in status and "1 file(s) skipped" in status
        first = screen.entries[1]
        assert first["targets"] == ["explorer", "small"]
        assert "1 ok · 1 error: context length" in str(
            screen.query_one("#sessions-table").get_row_at(1)[2])

        await pilot.press(*"battery")  # typing searches: no key to press first
        await pilot.pause()
        assert [e["id"] for e in screen._shown] == ["20260301-101500-aaaa"]
        search = screen.query_one("#sessions-search")
        search.value = "deepinfra"  # by target
        await pilot.pause()
        assert [e["id"] for e in screen._shown] == ["20260115-230000-cccc"]
        search.value = "2026-04"  # by date
        await pilot.pause()
        assert [e["id"] for e in screen._shown] == ["20260412-080000-bbbb"]
        search.value = "no such thing"
        await pilot.pause()
        assert screen._shown == []
        assert "Nothing matches" in str(screen.query_one("#sessions-detail").render())


async def test_open_shows_saved_runs_read_only_in_panes() -> None:
    session = three_sessions()[0]
    save_session(session)
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_browser(app, pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionViewScreen))
        view = app.screen
        await wait_for(pilot, lambda: len(view.panes) == 2)
        await pilot.pause(0.3)
        explorer, small = view.panes[0], view.panes[1]
        saved = session["runs"]
        assert explorer.text == strip_control(saved[0]["text"])
        assert [c.name for c in explorer.tool_chain.calls] == ["list_vehicles",
                                                               "get_battery_health"]
        assert [c.state for c in explorer.tool_chain.calls] == ["ok", "failed"]
        assert explorer.state.state == "done" and explorer.state.served_by == "DeepInfra"
        assert small.state.state == "error" and small.has_class("-error")
        assert "34000" in str(small.query_one("#pane-error").render())
        # findings and checks as saved, not recomputed
        assert explorer.findings and {f["kind"] for f in explorer.findings} == {
            f["kind"] for f in saved[0]["findings"]}
        # read-only: re-run and cancel on a saved pane never send anything
        explorer.focus()
        await pilot.press("r")
        await pilot.press("x")
        await pilot.pause()
        assert app.drives == []
        assert "read-only" in str(view.query_one("#view-heading").render())
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))


async def test_palette_hook_opens_a_session_by_id() -> None:
    save_all(three_sessions())
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        app.action_open_sessions("20260412-080000-bbbb")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionViewScreen))
        await pilot.pause(0.2)
        assert app.screen.session["id"] == "20260412-080000-bbbb"
        assert app.screen.panes[0].text == "Paris is the capital."


class FakeClock:
    """Replay's clock and sleep: time moves only when replay sleeps, so a replay 'at
    recorded speed' runs instantly while every requested wait is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []
        self.hold = False
        """When set, a wait never ends: the replay stays half way until cancelled."""

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.hold and len(self.waits) > 3:
            await asyncio.Event().wait()
        self.now += seconds
        await asyncio.sleep(0)


async def test_replay_at_recorded_speed_with_an_injected_clock_and_instantly() -> None:
    session = three_sessions()[0]
    clock = FakeClock()
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        view = SessionViewScreen(session, speed=2.0, sleep=clock.sleep, clock=clock)
        await app.push_screen(view)
        await wait_for(pilot, lambda: len(view.panes) == 2)
        explorer = view.panes[0]
        await pilot.pause(0.2)
        full_text = explorer.text
        await pilot.press("space")
        await wait_for(pilot, lambda: clock.waits and not view.replaying)
        await pilot.pause(0.2)
        # the waits add up to the recorded span at 2x: the last event is at the session's end
        events = view_events(session, bucket=0.05)
        end = max(e.t for e in events)
        assert sum(clock.waits) == pytest.approx(end / 2.0, abs=0.01)
        assert len(clock.waits) > 10, "a replay streams in many steps"
        assert explorer.text == full_text
        assert view.panes[1].state.state == "error"
        # 'end' stops a replay half way and shows the saved end state at once
        clock.waits.clear()
        clock.hold = True
        await pilot.press("space")
        await wait_for(pilot, lambda: view.replaying and len(clock.waits) > 3)
        assert explorer.text != full_text
        await pilot.press("end")
        await wait_for(pilot, lambda: not view.replaying)
        await pilot.pause(0.2)
        assert explorer.text == full_text and explorer.state.state == "done"


async def test_replay_with_a_speed_factor_streams_through_intermediate_states() -> None:
    session = three_sessions()[0]
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        view = SessionViewScreen(session, speed=4.0)
        await app.push_screen(view)
        await wait_for(pilot, lambda: len(view.panes) == 2)
        await pilot.pause(0.1)
        explorer = view.panes[0]
        full_text = explorer.text
        seen: set[str] = set()
        lengths: set[int] = set()
        view.replay()
        await wait_for(pilot, lambda: view.replaying)
        while view.replaying:
            seen.add(explorer.state.state)
            lengths.add(len(explorer.text))
            await pilot.pause(0.03)
        await pilot.pause(0.2)
        assert seen & {"waiting", "reasoning", "calling", "streaming"}, seen
        assert len(lengths) > 2, "the answer grew in steps, not all at once"
        assert explorer.text == full_text


async def test_rerun_sends_the_saved_prompt_to_targets_from_the_config_as_a_new_session(
        ) -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["Fresh ", "answer."], delay_s=0.01))
        provider = ProviderConfig(name="loop", base_url=url, api_key_env=None,
                                  read_timeout_s=10, run_timeout_s=60)
        config = Config(path=None, providers={**PRESETS, "loop": provider},
                        targets={"explorer": {"provider": "loop", "model": "m"}},
                        mcp_servers={}, exists=False)
        old = three_sessions()[0]  # targets: explorer (in the config), small (not)
        save_session(old)
        app = bare_app(config)
        async with app.run_test(size=SIZE) as pilot:
            await open_browser(app, pilot)
            app.screen.query_one("#sessions-table").move_cursor(row=1)
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, SessionViewScreen))
            await pilot.pause(0.2)
            await pilot.press("R")
            await wait_for(pilot, lambda: app.drives and app.drives[-1].saved_path is not None)
            await pilot.pause(0.2)
            assert len(app.screen_stack) == 1, "back on the main screen"
            messages = " ".join(str(n.message) for n in app._notifications)
            assert "unknown target 'small'" in messages, messages
            assert "explorer is now loop · m (saved: sim · m)" in messages
            assert app.query_one(PromptBox).text == old["prompt"]
            panes = [p for p in app.panes if p.display]
            assert [p.state.target for p in panes] == ["explorer"]
            assert panes[0].text == "Fresh answer."
        new = load_session(str(app.drives[-1].saved_path))
        assert new["id"] != old["id"] and new["rerun_of"] == old["id"]
        assert new["prompt"] == old["prompt"]
        assert [r["target"] for r in new["runs"]] == ["explorer"]
        assert session_paths(old["id"])[0].exists(), "the saved session is untouched"


async def test_export_from_the_browser_writes_the_file_and_says_where(tmp_path: Path) -> None:
    save_all(three_sessions())
    out = tmp_path / "exported.md"
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(app, pilot)
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ExportPicker")
        app.screen.query_one("#export-path").value = str(out)
        app.screen.query_one("#export-format").focus()
        await pilot.press("enter")  # md is the first format
        await wait_for(pilot, lambda: out.exists())
        await pilot.pause(0.2)
        assert "What is the capital of France?" in out.read_text("utf-8")
        assert any(str(out) in str(n.message) for n in app._notifications)
        assert app.screen is screen


async def test_delete_asks_then_removes_the_file() -> None:
    paths = save_all(three_sessions())
    newest = paths[1]
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(app, pilot)
        await pilot.press("ctrl+d")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ConfirmDelete")
        await pilot.press("n")
        await pilot.pause(0.1)
        assert newest.exists()
        await pilot.press("ctrl+d")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ConfirmDelete")
        await pilot.press("y")
        await wait_for(pilot, lambda: not newest.exists())
        await pilot.pause(0.1)
        assert [e["id"] for e in screen._shown] == ["20260301-101500-aaaa",
                                                   "20260115-230000-cccc"]


# ---------------------------------------------------------------------------- 100 MB


def big_session(mb: int = 100, runs: int = 4) -> dict:
    """A session of about ``mb`` MB: ``runs`` long answers streamed in 400-char chunks
    (each answer is kept twice, as the run's text and as its turn's content)."""
    text_len = mb * 1024 * 1024 // runs // 2
    base = "The battery of vehicle r1s is healthy and its charging sessions look normal. "
    text = (base * (text_len // len(base) + 1))[:text_len]
    n = text_len // 400
    timeline = [[round(0.3 + i * 0.0005, 4), "c", 400] for i in range(n)]
    out = []
    for r in range(runs):
        failed = r == runs - 1
        out.append({
            "target": f"target-{r % 2}", "provider": "p", "model": "m", "repeat_index": r // 2,
            "status": "error" if failed else "ok",
            "error": {"kind": "network", "message": "stream cut", "http_status": None,
                      "retry_after_s": None, "context_limit": None} if failed else None,
            "text": text, "reasoning": "", "tool_calls": [],
            "turns": [{"content": text, "reasoning": "", "tool_call_ids": [],
                       "finish_reason": "stop", "usage": None, "ttft_s": 0.3,
                       "duration_s": 0.3 + n * 0.0005, "started_s": 0.0,
                       "ended_s": 0.3 + n * 0.0005, "timeline_span": [0, n]}],
            "metrics": {"ttft_s": 0.3, "total_s": 0.3 + n * 0.0005, "output_tokens": n * 100,
                        "output_tokens_estimated": True, "tokens_per_s": 1000.0},
            "timeline": timeline, "words": None, "findings": [], "checks": [],
            "started_at_s": 0.0})
    return {"format": "provtui-session", "version": 1, "id": "20260601-120000-b1g0",
            "created_at": "2026-06-01T12:00:00Z", "prompt": "Describe the fleet at length",
            "system": None, "mcp_servers": [], "params": {}, "runs": out, "status": "ok"}


async def _max_lag_while(pilot, condition, tick_s: float = 0.01) -> float:
    """Event-loop lag: how late a 10 ms sleep wakes up, worst case, until condition()."""
    worst = 0.0
    while not condition():
        before = time.perf_counter()
        await asyncio.sleep(tick_s)
        worst = max(worst, time.perf_counter() - before - tick_s)
    return worst


async def test_a_100_mb_session_lists_lazily_and_opens_without_freezing() -> None:
    save_all(three_sessions())
    big = big_session()
    path = save_session(big)
    size_mb = path.stat().st_size / 1e6
    assert size_mb > 95
    app = bare_app()
    async with app.run_test(size=SIZE) as pilot:
        started = time.perf_counter()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))
        screen = app.screen
        list_lag = await _max_lag_while(pilot, lambda: not screen.listing)
        list_s = time.perf_counter() - started
        row = next(e for e in screen.entries if e["id"] == big["id"])
        assert row["targets"] == ["target-0", "target-1"]
        assert [r["status"] for r in row["runs"]] == ["ok", "ok", "ok", "error"]
        assert len(screen.entries) == 4

        started = time.perf_counter()
        screen.open_session(str(path))
        open_lag = await _max_lag_while(
            pilot, lambda: isinstance(app.screen, SessionViewScreen) and app.screen.panes
            and all(p.state.finished for p in app.screen.panes.values()))
        open_s = time.perf_counter() - started
        await pilot.pause(0.3)
        pane = app.screen.panes[0]
        assert any(k == "view_cap" for k, _ in pane.state.notices)
        assert pane.text.startswith("The battery of vehicle r1s")
        print(f"\n100 MB session ({size_mb:.0f} MB): listed 4 sessions in {list_s:.2f}s, "
              f"worst event-loop lag while listing {list_lag * 1000:.0f} ms; opened in "
              f"{open_s:.2f}s, worst lag while opening {open_lag * 1000:.0f} ms")


# ---------------------------------------------------------------------------- snapshot

SNAPSHOT_DIR = Path("/tmp/provtui-ui-snapshot-sessions")


def test_sessions_browser_snapshot(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    # a fixed folder: the browser shows paths, and a snapshot must not change per run
    shutil.rmtree(SNAPSHOT_DIR, ignore_errors=True)
    monkeypatch.setenv("PROVTUI_DATA_DIR", str(SNAPSHOT_DIR))
    sessions = three_sessions()
    recovered = saved_session([*tool_run(run=0, target="explorer", finish=False)],
                              sid="20260210-090000-dddd", wall="2026-02-10T09:00:00Z",
                              prompt="Summarise the charging sessions of last week")
    recovered["recovered"] = True
    save_all([*sessions, recovered])
    (SNAPSHOT_DIR / "sessions" / "20260501-000000-dead.json").write_text("{not json", "utf-8")

    async def run_before(pilot) -> None:
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, SessionsScreen)
                       and not pilot.app.screen.listing)
        await pilot.pause(0.1)

    try:
        assert snap_compare(bare_app(), terminal_size=SIZE, run_before=run_before)
    finally:
        shutil.rmtree(SNAPSHOT_DIR, ignore_errors=True)


async def test_typing_searches_from_anywhere_enter_opens_and_the_footer_shows_open() -> None:
    save_all(three_sessions())
    app = bare_app()
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await open_browser(app, pilot)
        footer = " ".join(str(w.render()) for w in screen.query("FooterKey"))
        assert "Open" in footer and "Export" in footer and "Delete" in footer
        screen.query_one("#sessions-table").focus()
        await pilot.press(*"deep")  # letters from the table go to the search box
        await pilot.pause()
        assert screen.query_one("#sessions-search").value == "deep"
        assert [e["id"] for e in screen._shown] == ["20260115-230000-cccc"]
        await pilot.press("escape")  # clears the search first
        await pilot.pause()
        assert screen.query_one("#sessions-search").value == "" and len(screen._shown) == 3
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionViewScreen))
        view = app.screen
        await wait_for(pilot, lambda: view.panes and all(
            p.state.finished for p in view.panes.values()))
        await pilot.pause(0.3)
        # a saved session opens at the start of each answer, not scrolled to its end
        assert all(p.answer.scroll_y == 0 for p in view.panes.values())
