"""The TUI as people use it (issue 20): each snag a new user hit, driven with a pilot at
80x24 and 200x50 against loopback providers, keys pressed as terminals really send them."""

from __future__ import annotations

import time

import pytest
from textual.widgets import Static
from ui_helpers import context_error_run, loopback_target, make_config
from transcript_server import Reply, Sleep, TranscriptServer

from provtui.core.session import fold_events, load_session, save_session
from provtui.ui.app import ProvtuiApp
from provtui.ui.screens.session_view import SessionViewScreen
from provtui.ui.widgets.prompt import PromptBox

SMALL, BIG = (80, 24), (200, 50)
STUCK = Reply(steps=[b'data: {"choices":[{"index":0,"delta":{"content":"one two three '
                     b'four five six seven eight nine ten eleven twelve "}}]}\n\n',
                     Sleep(30.0), b"data: [DONE]\n\n"])


def app_for(targets, *, prompt="Write a 12-word sentence about the ocean.", **kw) -> ProvtuiApp:
    return ProvtuiApp(config=make_config(None), targets=list(targets), mcp_servers=[],
                      prompt=prompt, **kw)


async def wait_for(pilot, condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


def footer_text(app: ProvtuiApp) -> str:
    return " ".join(str(w.render()) for w in app.screen.query("FooterKey"))


# ---------------------------------------------------------------------------- 1, 14


@pytest.mark.parametrize("size", [SMALL, BIG])
async def test_alt_plus_and_minus_as_terminals_send_them_change_runs_never_the_prompt(size):
    app = app_for([loopback_target("a", "http://127.0.0.1:9/v1")], prompt="hello")
    async with app.run_test(size=size) as pilot:
        box = app.query_one(PromptBox)
        box.focus()
        # tmux and xterm-likes deliver ESC= / ESC- as these characters (see the bindings)
        await pilot.press("not_equal_to", "not_equal_to")
        assert app.repeat == 3
        await pilot.press("en_dash")
        assert app.repeat == 2
        await pilot.press("alt+equals_sign")
        assert app.repeat == 3
        assert box.text == "hello", "the prompt was typed into"
        assert "ctrl+j" in box.placeholder and "F5" in box.placeholder


async def test_f5_sends_from_the_prompt_and_enter_adds_a_line() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["Ocean."]), repeat_last=True)
        app = app_for([loopback_target("a", url)], prompt="")
        async with app.run_test(size=BIG) as pilot:
            box = app.query_one(PromptBox)
            box.focus()
            await pilot.press(*"hi", "enter", *"there")
            assert box.text == "hi\nthere" and not app.drives
            await pilot.press("f5")
            await wait_for(pilot, lambda: app.drives and app.drives[-1].saved_path)


# ---------------------------------------------------------------------------- 2


async def test_a_cancelled_run_keeps_its_ttft_and_tokens_the_same_on_screen_and_in_the_file():
    async with TranscriptServer() as srv:
        url = srv.add(STUCK)
        app = app_for([loopback_target("slow", url)])
        async with app.run_test(size=BIG) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: app.panes and "twelve" in app.panes[0].text)
            pane = app.panes[0]
            pane.focus()
            await pilot.press("x")
            await wait_for(pilot, lambda: app.drives[-1].saved_path is not None)
            await pilot.pause(0.3)
            run = load_session(str(app.drives[-1].saved_path))["runs"][0]
            assert run["status"] == "cancelled"
            ttft, tokens = run["metrics"]["ttft_s"], run["metrics"]["output_tokens"]
            assert isinstance(ttft, float) and ttft > 0, run["metrics"]
            assert run["turns"][0]["ttft_s"] == ttft
            assert tokens and tokens > 0
            metrics = str(pane.query_one("#pane-metrics", Static).render())
            assert f"{ttft * 1000:.0f}ms" in metrics, metrics
            assert f"~{tokens} tok" in metrics, metrics


# ---------------------------------------------------------------------------- 4, 9, 19


async def test_truncated_answer_badge_and_no_empty_output_while_starting() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply(steps=[Sleep(1.0)]) if False else Reply.text_stream(
            ["The ocean is ", "a vast body of"], finish_reason="length", delay_s=0.4))
        app = app_for([loopback_target("cut", url)])
        async with app.run_test(size=BIG) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: app.panes and app.panes[0].state.state in (
                "waiting", "streaming"))
            pane = app.panes[0]
            for _ in range(10):  # while it starts and streams: never "empty output"
                assert all(f["kind"] != "empty_output" for f in pane.findings)
                await pilot.pause(0.05)
            await wait_for(pilot, lambda: pane.state.finished)
            await pilot.pause(0.3)
            badge = str(pane.query_one("#pane-badge", Static).render())
            assert "truncated" in badge


async def test_a_queued_pane_says_why() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["a"], delay_s=0.5), repeat_last=True)
        targets = [loopback_target("one", url, provider="local", max_concurrency=1),
                   loopback_target("two", url, provider="local", max_concurrency=1)]
        app = ProvtuiApp(config=make_config(None), targets=targets, mcp_servers=[],
                         prompt="hi")
        async with app.run_test(size=BIG) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: any(p.state.state == "queued" for p in app.panes))
            queued = next(p for p in app.panes if p.state.state == "queued")
            badge = str(queued.query_one("#pane-badge", Static).render())
            assert "queued" in badge and "1 request at a time" in badge, badge


# ---------------------------------------------------------------------------- 5


async def test_a_saved_session_view_acts_on_its_own_panes_not_the_live_ones() -> None:
    from ui_helpers import tool_run as tr
    import provtui.core.events as ev

    start = ev.SessionStarted(run=-1, t=99.0, session_id="20260301-101500-aaaa",
                              wall="2026-03-01T10:15:00Z", prompt="p", system=None,
                              mcp_servers=(), params={})
    session = fold_events([start, *tr(run=0, target="explorer"),
                           *context_error_run(run=1, target="small")])
    save_session(session)
    app = app_for([loopback_target("idle-live", "http://127.0.0.1:9/v1")])
    async with app.run_test(size=BIG) as pilot:
        view = SessionViewScreen(session)
        await app.push_screen(view)
        await wait_for(pilot, lambda: view.panes and all(
            p.state.finished for p in view.panes.values()))
        view.panes[0].focus()
        await pilot.press("i")  # the inspector of the saved run, not "nothing was sent"
        await wait_for(pilot, lambda: type(app.screen).__name__ == "InspectorScreen")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is view)
        await pilot.press("f2")  # the saved session's tool calls
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ToolAlignmentScreen")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is view)
        view.panes[0].focus()
        await pilot.press("d")  # diff mode on the saved panes, never the live ones
        await pilot.pause(0.2)
        assert not app.compare.on
        assert view.compare.on
        notes = " ".join(str(n.message) for n in app._notifications)
        assert "nothing" not in notes.lower() or "sent nothing" not in notes
        # and the live-only keys are neither shown nor acted on
        assert "Send" not in footer_text(app) and "Targets" not in footer_text(app)


# ---------------------------------------------------------------------------- 6, 18


async def test_pane_layout_follows_each_resize_at_once_and_names_offscreen_panes() -> None:
    targets = [loopback_target(n, "http://127.0.0.1:9/v1") for n in ("a", "b", "c", "d")]
    app = app_for(targets)
    async with app.run_test(size=BIG) as pilot:
        await pilot.pause(0.2)
        assert all(p.region.width > 40 for p in app.panes)
        await pilot.resize_terminal(*SMALL)
        await pilot.pause(0.3)
        widths = [p.region.width for p in app.panes]
        assert min(widths) >= 40, widths  # not squeezed to 18 columns
        hint = str(app.query_one("#pane-hint", Static).render())
        assert "off-screen" in hint and "F6" in hint
        assert "d" in hint.split("): ")[1]
        await pilot.resize_terminal(*BIG)
        await pilot.pause(0.3)
        right = max(p.region.right for p in app.panes)
        assert right <= BIG[0], "the fourth pane is cut off"
        assert not app.query_one("#pane-hint", Static).display


# ---------------------------------------------------------------------------- 7, 16, 20


async def test_keys_panel_closes_with_escape_and_f1_opens_help_by_area() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(STUCK)
        app = app_for([loopback_target("slow", url)])
        async with app.run_test(size=BIG) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: app.panes and "twelve" in app.panes[0].text)
            app.action_show_help_panel()
            await pilot.pause(0.2)
            assert app.screen.query("HelpPanel")
            await pilot.press("escape")
            await pilot.pause(0.2)
            assert not app.screen.query("HelpPanel")
            assert app.panes[0].state.state == "streaming", "escape cancelled the run"
            await pilot.press("f1")
            await wait_for(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
            body = str(app.screen.query_one("#help-body").render())
            for area in ("Everywhere", "A focused pane", "Sessions browser", "Prompt box"):
                assert area in body
            assert "not_equal_to" not in body
            await pilot.press("escape")
            await wait_for(pilot, lambda: type(app.screen).__name__ != "HelpScreen")
            # ctrl+q while streaming asks first; n stays
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: type(app.screen).__name__ == "ConfirmQuit")
            await pilot.press("n")
            await pilot.pause(0.1)
            assert app.is_running and app.panes[0].state.state == "streaming"
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: type(app.screen).__name__ == "ConfirmQuit")
            await pilot.press("y")
            await pilot.pause(0.5)
        assert app.drives[-1].saved_path is not None  # the partial session was saved


# ---------------------------------------------------------------------------- 8


async def test_f6_from_the_prompt_reaches_the_first_pane_and_keys_scroll_a_focused_pane():
    long = " ".join(f"line{i}\n" for i in range(300))
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream([long]), repeat_last=True)
        app = app_for([loopback_target("a", url), loopback_target("b", url)])
        async with app.run_test(size=SMALL) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: app.drives and app.drives[-1].saved_path)
            await pilot.pause(0.3)
            app.query_one(PromptBox).focus()
            await pilot.press("f6")
            assert app.focused is app.panes[0]
            pane = app.panes[0]
            await pilot.press("home")
            await pilot.pause(0.1)
            assert pane.answer.scroll_y == 0
            await pilot.press("pagedown")
            await pilot.pause(0.1)
            assert pane.answer.scroll_y > 0
            await pilot.press("up")
            await pilot.pause(0.1)
            y = pane.answer.scroll_y
            await pilot.press("end")
            await pilot.pause(0.1)
            assert pane.answer.scroll_y > y


# ---------------------------------------------------------------------------- 15, 17


async def test_copy_answer_tool_result_and_request_as_curl(monkeypatch) -> None:
    import os

    monkeypatch.setenv("PROVTUI_SNAG_KEY", "sk-snag-0123456789abcdef")
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["Ocean \x1b[31mred\x1b[0m waves."]), repeat_last=True)
        from provtui.core.config import ProviderConfig, TargetConfig

        target = TargetConfig(name="a", model="test-model", provider=ProviderConfig(
            name="a", base_url=url, api_key_env="PROVTUI_SNAG_KEY", read_timeout_s=10,
            run_timeout_s=60))
        app = app_for([target])
        async with app.run_test(size=BIG) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: app.drives and app.drives[-1].saved_path)
            await pilot.pause(0.2)
            app.panes[0].focus()
            await pilot.press("y")
            assert app.clipboard == "Ocean red waves."  # no escape sequence reaches it
            app.action_copy_curl()
            curl = app.clipboard
            assert curl.startswith("curl -sS -N ") and "$PROVTUI_SNAG_KEY" in curl
            assert os.environ["PROVTUI_SNAG_KEY"] not in curl
            assert '"messages"' in curl


async def test_the_focused_pane_stands_out_in_every_theme() -> None:
    targets = [loopback_target(n, "http://127.0.0.1:9/v1") for n in ("a", "b")]
    app = app_for(targets)
    async with app.run_test(size=BIG) as pilot:
        for theme in ("provtui-dark", "provtui-light", "provtui-high-contrast"):
            app.theme = theme
            app.panes[0].focus()
            await pilot.pause(0.1)
            focused, other = app.panes[0].styles, app.panes[1].styles
            assert focused.border_top[0] == "heavy" and other.border_top[0] != "heavy"
            assert focused.border_top[1] != other.border_top[1], theme


async def test_s_opens_the_answer_for_mouse_selection_and_ctrl_c_copies_the_selection() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["Ocean \x1b]0;pwn\x07waves ", "shine."]),
                      repeat_last=True)
        app = app_for([loopback_target("a", url)])
        async with app.run_test(size=BIG) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: app.drives and app.drives[-1].saved_path)
            await pilot.pause(0.2)
            app.panes[0].focus()
            await pilot.press("s")
            await wait_for(pilot, lambda: type(app.screen).__name__ == "SelectTextScreen")
            area = app.screen.query_one("TextArea")
            assert area.text == "Ocean waves shine."  # no escape sequence
            # a mouse drag over the first word selects it (the text area starts at its top-left)
            await pilot.mouse_down(area, offset=(0, 0))
            await pilot.hover(area, offset=(5, 0))
            await pilot.mouse_up(area, offset=(5, 0))
            await pilot.pause(0.1)
            chosen = area.selected_text
            assert chosen and "Ocean waves shine.".startswith(chosen), repr(chosen)
            await pilot.press("ctrl+c")
            assert app.clipboard == chosen  # the mouse's selection, exactly
            area.select_all()
            await pilot.press("ctrl+c")
            assert app.clipboard == "Ocean waves shine."
            await pilot.press("escape")
            await wait_for(pilot, lambda: type(app.screen).__name__ != "SelectTextScreen")
