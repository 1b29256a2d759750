"""--repeat N in the TUI: one pane per target paging through its runs ("run k of N"), the
repeat control, and the summary screen (pass rates with Wilson intervals, charts, verdicts)
over loopback transcript servers, plus a snapshot of the summary view."""

from __future__ import annotations

import dataclasses
import time

from ui_helpers import SIZE, loopback_target, make_config, tool_run
from transcript_server import Reply, TranscriptServer

from provtui.core import events as ev
from provtui.core.session import fold_events, load_session
from provtui.ui.app import ProvtuiApp, binding_ids
from provtui.ui.screens.summary import SummaryScreen, summary_bars
from provtui.ui.widgets.charts import draw_bar, draw_interval
from provtui.ui.widgets.prompt import PromptBox


def app_for(targets, **kw) -> ProvtuiApp:
    return ProvtuiApp(config=make_config(None), targets=list(targets), mcp_servers=[],
                      prompt="Answer in exactly two words.", **kw)


async def wait_for(pilot, condition, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


def saved(app: ProvtuiApp) -> bool:
    return bool(app.drives) and app.drives[-1].saved_path is not None


def title_of(pane) -> str:
    return str(pane.query_one("#pane-title").render())


async def test_repeat_three_over_two_targets_pages_runs_inside_one_pane_per_target() -> None:
    async with TranscriptServer() as srv:
        alpha = srv.add(*(Reply.text_stream([f"alpha {n}"], delay_s=0.01)
                          for n in ("one", "two", "three")))
        beta = srv.add(*(Reply.text_stream([f"beta {n}"], delay_s=0.01)
                         for n in ("one", "two", "three")))
        app = app_for([loopback_target("alpha", alpha), loopback_target("beta", beta)],
                      repeat=3)
        async with app.run_test(size=SIZE) as pilot:
            assert "×3" in str(app.chips.render())
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.3)
            assert len(app.panes) == 6, "every run has its pane"
            shown = [p for p in app.panes if p.display]
            assert [p.state.target for p in shown] == ["alpha", "beta"]
            assert all("run 1 of 3" in title_of(p) for p in shown)

            pane = shown[0]
            pane.focus()
            texts = {pane.text}
            for k in (2, 3, 1):
                await pilot.press("right_square_bracket")
                await pilot.pause(0.1)
                pane = app.focused
                assert pane.display and pane.state.target == "alpha"
                assert f"run {k} of 3" in title_of(pane)
                texts.add(pane.text)
                assert [p.state.target for p in app.panes if p.display] == ["alpha", "beta"]
            assert texts == {"alpha one", "alpha two", "alpha three"}
            await pilot.press("left_square_bracket")
            await pilot.pause(0.1)
            assert "run 3 of 3" in title_of(app.focused)
            # f6 moves between targets, not between hidden runs
            await pilot.press("f6")
            assert app.focused.state.target == "beta"
        session = load_session(str(app.drives[-1].saved_path))
        assert [(r["target"], r["repeat_index"]) for r in session["runs"]] == [
            ("alpha", 0), ("alpha", 1), ("alpha", 2), ("beta", 0), ("beta", 1), ("beta", 2)]


async def test_repeat_control_keys_and_click_change_runs_per_target() -> None:
    app = app_for([loopback_target("alpha", "http://127.0.0.1:9/v1")])
    async with app.run_test(size=SIZE) as pilot:
        assert app.repeat == 1 and "×1" in str(app.chips.render())
        app.query_one(PromptBox).blur()
        await pilot.press("alt+plus")
        await pilot.press("alt+plus")
        assert app.repeat == 3 and "×3" in str(app.chips.render())
        await pilot.press("alt+minus")
        assert app.repeat == 2
        for _ in range(4):
            app.action_repeat_fewer()
        assert app.repeat == 1, "never below one run"
        # the + in the chips is clickable: find its cell and click it
        plain = app.chips.render().plain if hasattr(app.chips.render(), "plain") else ""
        x = plain.index(" + ") + 1
        await pilot.click("#chips", offset=(x, 0))
        await pilot.pause()
        assert app.repeat == 2
        assert {"app.repeat_more", "app.repeat_fewer", "app.summary", "pane.next_repeat",
                "pane.previous_repeat"} <= binding_ids()


async def test_summary_screen_shows_pass_rates_intervals_and_a_verdict() -> None:
    async with TranscriptServer() as srv:
        good = srv.add(Reply.text_stream(["Two ", "words."], delay_s=0.01), repeat_last=True)
        wordy = srv.add(Reply.text_stream(["Three ", "words ", "here."], delay_s=0.01),
                        repeat_last=True)
        app = app_for([loopback_target("good", good), loopback_target("wordy", wordy)],
                      repeat=5, check_specs=[{"name": "words", "exact": 2}])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.2)
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert "session: summary" in titles
            await pilot.press("f8")
            await wait_for(pilot, lambda: isinstance(app.screen, SummaryScreen))
            await pilot.pause(0.2)
            screen = app.screen
            table = screen.query_one("#summary-table")
            rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
            assert rows[0][0] == "good" and rows[0][1] == "5/5"
            assert rows[0][2].startswith("5/5 100% [")
            assert rows[1][0] == "wordy" and rows[1][2].startswith("0/5 0% [")
            verdicts = str(screen.query_one("#summary-verdicts").render())
            assert "good vs wordy" in verdicts
            assert "likely different" in verdicts and "favours good" in verdicts
            chart = str(screen.query_one("#chart-pass").render())
            assert "5/5 100%" in chart and "├" in chart and "┤" in chart
            await pilot.press("escape")
            assert not isinstance(app.screen, SummaryScreen)


def test_bars_and_intervals_are_drawn_to_scale() -> None:
    assert draw_bar(0.5, 1.0, 10) == "█" * 5
    assert draw_bar(1.0, 1.0, 10) == "█" * 10
    assert draw_bar(0.0, 1.0, 10) == ""
    assert draw_bar(0.0625, 1.0, 10) == "▋"  # five eighths of one cell
    line = draw_interval(0.5, 0.2, 0.8, 1.0, 10)
    assert line.index("├") == 2 and line.index("●") == 5 and line.index("┤") == 8
    bars = summary_bars([{"target": "a", "pass_rate": 0.75, "pass_rate_ci": [0.41, 0.93],
                          "passes": 6, "judged": 8, "ttft_s": None,
                          "tokens_per_s": {"p50": 40.0, "min": 30.0, "max": 52.0, "n": 8,
                                           "p90": 50.0, "mean": 41.0}}])
    assert bars["pass"][0].text == "6/8 75%" and bars["pass"][0].interval_text == "41%–93%"
    assert bars["ttft"][0].value is None and bars["tps"][0].high == 52.0


# ---------------------------------------------------------------------------- snapshot


def as_repeat(event: ev.Event, k: int) -> ev.Event:
    if isinstance(event, (ev.RunQueued, ev.RunStarted)):
        return dataclasses.replace(event, repeat_index=k)
    return event


def repeated_session() -> dict:
    """Two targets x 4 runs with fixed timings and checks: 4/4 against 1/4."""
    start = ev.SessionStarted(run=-1, t=99.0, session_id="20260301-101500-rep4",
                              wall="2026-03-01T10:15:00Z", prompt="Analyze battery health "
                              "and charging data by calling tools.", system=None,
                              mcp_servers=("ev",), params={},
                              extra={"check_specs": [{"name": "words", "exact": 18}]})
    events: list[ev.Event] = [start]
    short = "The battery is fine."
    for k in range(4):
        events += [as_repeat(e, k) for e in tool_run(run=k, target="explorer",
                                                     t0=100.0 + k * 0.2)]
    for k in range(4):
        answer = None if k == 0 else short
        run = 4 + k
        kw = {"answer": answer} if answer else {}
        events += [as_repeat(e, k) for e in tool_run(run=run, target="deepinfra:qwen",
                                                     t0=100.3 + k * 0.5, served_by=None,
                                                     **kw)]
    return fold_events(events)


def test_summary_snapshot(snap_compare) -> None:
    session = repeated_session()
    app = ProvtuiApp(config=make_config(None), targets=[], mcp_servers=[], prompt="",
                     clock=lambda: 103.0)

    async def run_before(pilot) -> None:
        await pilot.app.push_screen(SummaryScreen(session))
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
