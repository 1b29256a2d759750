"""A pane inside a small host app, fed real event sequences (DESIGN §15, layer 2)."""

from __future__ import annotations

from pathlib import Path

from ui_helpers import context_error_run, tool_run
from textual.app import App, ComposeResult
from textual.color import Color
from textual.containers import Horizontal
from textual.widgets import OptionList, Static

from provtui.core import events as ev
from provtui.ui.widgets.pane import ProviderPane, error_text
from provtui.ui.widgets.tool_chain import chain_text

APP_TCSS = Path(__file__).resolve().parents[2] / "provtui" / "ui" / "app.tcss"


class Host(App):
    CSS_PATH = str(APP_TCSS)

    def __init__(self, n: int = 1, clock: float = 200.0) -> None:
        super().__init__()
        self.n = n
        self.now = clock

    def compose(self) -> ComposeResult:
        with Horizontal():
            for i in range(self.n):
                yield ProviderPane(target=f"t{i}", clock=lambda: self.now, id=f"p{i}")


async def feed(pilot, pane: ProviderPane, events: list[ev.Event]) -> None:
    for event in events:
        pane.apply(event)
    pane._last_analysis = 0.0  # analysis is throttled to 2 Hz; the test does not wait
    await pane.tick()
    await pilot.pause()


def plain(widget: Static) -> str:
    return str(widget.render())


async def test_tool_chain_grows_call_by_call_and_marks_the_failed_call() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        events = tool_run()
        # up to the first tool call's arguments: one forming call, badge "calling"
        first_delta = next(i for i, e in enumerate(events) if isinstance(e, ev.ToolCallDelta))
        await feed(pilot, pane, events[:first_delta + 1])
        assert [c.name for c in pane.tool_chain.calls] == ["list_vehicles"]
        assert pane.state.state == "calling"
        started = next(i for i, e in enumerate(events) if isinstance(e, ev.ToolCallStarted))
        await feed(pilot, pane, events[first_delta + 1:started + 2])
        assert [c.state for c in pane.tool_chain.calls] == ["running", "running"]
        assert "calling get_battery_health" in plain(pane.query_one("#pane-badge", Static))
        finished = [i for i, e in enumerate(events) if isinstance(e, ev.ToolCallFinished)]
        await feed(pilot, pane, events[started + 2:finished[-1] + 1])
        assert [c.state for c in pane.tool_chain.calls] == ["ok", "failed"]
        line = plain(pane.query_one("#chain-line", Static))
        assert "list_vehicles → ✗ get_battery_health" in line
        # the cards show arguments, the error result and the duration
        pane.toggle_tool_cards()
        await pilot.pause()
        cards = [plain(c) for c in pane.query(".tool-card").results(Static)]
        assert len(cards) == 2
        assert '"vehicle_id": "r1s"' in cards[1] and "vehicle r1s is asleep" in cards[1]
        assert "200 ms" in cards[1]


async def test_answer_streams_stripped_with_findings_words_and_served_by() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        await feed(pilot, pane, tool_run())
        await pilot.pause()
        # control sequences gone from the view; the words around them intact
        assert "\x1b" not in pane.text
        assert "show no problem. Done." in pane.text
        assert pane.state.state == "done"
        assert pane.state.served_by == "DeepInfra"
        assert "served by DeepInfra" in plain(pane.query_one("#pane-title", Static))
        kinds = {(f["kind"], f["text"]) for f in pane.findings}
        assert ("glued_words", "chargingsessions") in kinds
        assert ("glued_words", "thevehicle") in kinds
        # offsets index the view's text (after the earlier turn and stripped sequences)
        for f in pane.findings:
            if f["kind"] == "glued_words":
                assert pane.answer.text[f["start"]:f["end"]] == f["text"]
        assert pane.query_one("#pane-findings", OptionList).option_count >= 2
        assert pane.words is not None and pane.words > 10
        assert "words" in plain(pane.query_one("#pane-words", Static))
        # metrics come from the events: TTFT of the first turn, tokens from usage
        metrics = plain(pane.query_one("#pane-metrics", Static))
        assert "TTFT 300ms" in metrics and "70 tok" in metrics
        # the reasoning is kept apart from the answer, collapsed until asked for
        assert "list the vehicles first" in pane.query_one("#reasoning-view").text
        assert "list the vehicles" not in pane.text


async def test_hovering_a_finding_shows_its_suggestion() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        await feed(pilot, pane, tool_run())
        answer = pane.answer
        glued = next(f for f in pane.findings if f["text"] == "thevehicle")
        # find the cell of the finding's first character and hover it
        for y in range(answer.line_count):
            start, end = answer.line_span(y)
            if start <= glued["start"] < end:
                x = glued["start"] - start
                break
        else:
            raise AssertionError("finding not on any line")
        y -= answer.scroll_offset.y
        await pilot.hover(answer, offset=(x, y))
        await pilot.pause()
        assert answer.tooltip is not None
        assert "the vehicle" in str(answer.tooltip)


async def test_error_pane_beside_a_healthy_one_keeps_its_partial_text() -> None:
    app = Host(n=2)
    async with app.run_test(size=(160, 40)) as pilot:
        good, bad = app.query(ProviderPane).results(ProviderPane)
        cut = tool_run(run=1, finish=False)
        error = {"kind": "network", "message": "connection reset by peer \x1b]0;pwned\x07",
                 "http_status": None, "retry_after_s": None, "context_limit": None}
        cut.append(ev.RunFinished(run=1, t=105.0, status="error", error=error))
        await feed(pilot, good, tool_run(run=0))
        await feed(pilot, bad, cut)
        assert good.state.state == "done" and not good.has_class("-done")
        success = Color.parse(app.theme_variables["success"]).multiply_alpha(0.7)
        # the focus keeps its own border (heavy, accent) over a finished run's colour,
        # and the run's colour (inline: no restyle) comes back when the focus leaves
        assert app.focused is good and good.styles.border_top[0] == "heavy"
        bad.focus()
        await pilot.pause()
        assert good.styles.border_top == ("round", success)
        assert bad.styles.border_top[0] == "heavy"
        good.answer.focus()  # focus within the pane, on its answer view
        await pilot.pause()
        assert good.styles.border_top[0] == "heavy"
        # a new theme recolours a finished run's border
        bad.focus()
        old_theme = app.theme
        app.theme = "nord" if old_theme != "nord" else "dracula"
        await pilot.pause()
        new_success = Color.parse(app.theme_variables["success"]).multiply_alpha(0.7)
        assert new_success != success
        assert good.styles.border_top == ("round", new_success)
        assert bad.state.state == "error" and bad.has_class("-error")
        box = plain(bad.query_one("#pane-error", Static))
        assert "network" in box and "connection reset by peer" in box and "\x1b" not in box
        assert "The Rivian R1S" in bad.text  # partial output stays visible
        assert "Done." in good.text


async def test_context_length_error_shows_the_limit_and_the_estimate() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        await feed(pilot, pane, context_error_run(run=0))
        box = plain(pane.query_one("#pane-error", Static))
        assert "context length" in box and "HTTP 400" in box
        assert "limit is 34000 tokens" in box and "≈ 35928 tokens" in box
        # provider text is not markup: the brackets are shown as sent
        assert "[bold]not markup[/bold]" in box


def test_rate_limit_error_says_when_to_retry() -> None:
    text = error_text({"kind": "rate_limited", "message": "slow down", "http_status": 429,
                       "retry_after_s": 12.0, "context_limit": None}, None).plain
    assert "rate limited" in text and "retry after 12s" in text and "HTTP 429" in text


async def test_cancelled_run_keeps_partial_output_and_says_so() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        events = tool_run(finish=False)
        events.append(ev.RunFinished(run=0, t=103.0, status="cancelled",
                                     error={"kind": "cancelled", "message": "cancelled"}))
        await feed(pilot, pane, events)
        assert pane.state.state == "cancelled" and pane.has_class("-cancelled")
        assert "cancelled" in plain(pane.query_one("#pane-error", Static))
        assert "The Rivian R1S" in pane.text


async def test_elapsed_time_comes_from_the_injected_clock() -> None:
    app = Host(clock=101.5)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        await feed(pilot, pane, tool_run(finish=False)[:3])
        assert "1.5s" in plain(pane.query_one("#pane-badge", Static))
        app.now = 104.25
        pane.refresh_header()
        assert "4.2s" in plain(pane.query_one("#pane-badge", Static))


async def test_markdown_view_toggles_and_gets_the_full_text() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        await feed(pilot, pane, tool_run())
        pane.toggle_view()
        await pilot.pause()
        await pilot.pause()
        from textual.widgets import ContentSwitcher, Markdown

        assert pane.query_one(ContentSwitcher).current == "answer-markdown"
        assert "Rivian R1S" in pane.query_one(Markdown).source
        pane.toggle_view()
        await pilot.pause()
        assert pane.query_one(ContentSwitcher).current == "answer-raw"


def test_long_chains_fold_their_earliest_calls() -> None:
    from provtui.ui.widgets.tool_chain import ToolCallView

    calls = [ToolCallView(key=str(i), name=f"tool_number_{i}", turn=i, state="ok")
             for i in range(30)]
    calls[2].state = "failed"
    text = chain_text(calls, max_cells=120).plain
    assert text.startswith("▸ +") and "earlier (1 ✗)" in text
    assert text.rstrip().endswith("tool_number_29")
    assert len(text) <= 130


async def test_a_pane_keeps_up_with_a_large_burst() -> None:
    # 20,000 deltas applied between two ticks: apply() only buffers, the tick draws once
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        head = tool_run(finish=False)[:3]
        await feed(pilot, pane, head)
        words = "lorem ipsum dolor sit amet ".split()
        for i in range(20_000):
            pane.apply(ev.TextDelta(run=0, t=101.0 + i * 0.0005, turn=0,
                                    text=words[i % len(words)] + " "))
        await feed(pilot, pane, [])
        assert pane.answer.text.count("lorem") == 4000
        assert pane.answer.line_count > 100
        assert pane.words == 20_000


async def test_the_answer_follows_the_bottom_until_the_user_scrolls_up() -> None:
    app = Host()
    async with app.run_test(size=(120, 30)) as pilot:
        pane = app.query_one(ProviderPane)
        await feed(pilot, pane, tool_run(finish=False)[:3])
        for i in range(200):
            pane.apply(ev.TextDelta(run=0, t=101.0, turn=0, text=f"line {i}\n"))
        await feed(pilot, pane, [])
        answer = pane.answer
        assert answer.max_scroll_y > 0 and answer.scroll_y == answer.max_scroll_y
        answer.scroll_to(y=0, animate=False, immediate=True)  # the user reads the top
        for i in range(50):
            pane.apply(ev.TextDelta(run=0, t=101.5, turn=0, text=f"more {i}\n"))
        await feed(pilot, pane, [])
        assert answer.scroll_y == 0


async def test_an_answer_cut_by_the_token_limit_shows_a_truncated_finding() -> None:
    import dataclasses

    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        events = tool_run()
        last = max(i for i, e in enumerate(events) if isinstance(e, ev.TurnFinished))
        events[last] = dataclasses.replace(events[last], finish_reason="length", raw_finish_reasons=("length",))
        await feed(pilot, pane, events)
        await pilot.pause()
        truncated = [f for f in pane.findings if f["kind"] == "truncated"]
        assert len(truncated) == 1 and truncated[0]["start"] == truncated[0]["end"] == len(pane.answer.text)
        labels = [str(pane.query_one("#pane-findings", OptionList).get_option_at_index(i).prompt)
                  for i in range(pane.query_one("#pane-findings", OptionList).option_count)]
        assert any("truncated (token limit)" in label for label in labels)
        pane.refresh_header()
        await pilot.pause()
        assert "truncated" in plain(pane.query_one("#pane-badge", Static))
