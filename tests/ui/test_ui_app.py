"""Whole-app flows with App.run_test against loopback transcript servers and a real MCP
server (DESIGN §15, layer 3): send, stream, tool chain growth, cancel, re-run, maximise,
an error pane beside a healthy one, theme switch, keymap, missing keys."""

from __future__ import annotations

import json
import sys
import time
import tomllib
from pathlib import Path

from ui_helpers import loopback_target, make_config
from textual.widgets import Static
from transcript_server import Reply, Sleep, TranscriptServer

from provtui.core.config import McpServerConfig
from provtui.core.session import load_session
from provtui.ui.app import ProvtuiApp, binding_ids
from provtui.ui.widgets.prompt import PromptBox

EV = McpServerConfig(name="ev", command=sys.executable, args=("-m", "provtui.demo.ev_server"))
SIZE = (160, 45)


def app_for(targets, *, mcp=(), prompt="Analyze battery health", config=None, **kw) -> ProvtuiApp:
    return ProvtuiApp(config=config or make_config(None), targets=list(targets),
                      mcp_servers=list(mcp), prompt=prompt, **kw)


async def wait_for(pilot, condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


def saved(app: ProvtuiApp) -> bool:
    return bool(app.drives) and app.drives[-1].saved_path is not None


async def test_send_streams_tool_chain_and_saves_the_session() -> None:
    async with TranscriptServer() as srv:
        route = srv.route(
            Reply.tool_call_stream([{"name": "list_vehicles", "arguments": {}}], delay_s=0.02),
            Reply.tool_call_stream([{"name": "get_battery_health",
                                     "arguments": {"vehicle_id": "r1s"}}]),
            Reply.text_stream(["Battery ", "health ", "is ", "good."], delay_s=0.05,
                              usage={"prompt_tokens": 10, "completion_tokens": 5}),
        )
        plain_route = srv.add(Reply.text_stream(["Hello ", "there."], delay_s=0.05))
        app = app_for([loopback_target("tools", route.base_url),
                       loopback_target("plain", plain_route)], mcp=[EV])
        async with app.run_test(size=SIZE) as pilot:
            assert len(app.panes) == 2 and all(p.state.state == "idle" for p in app.panes)
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: saved(app), 60)
            await pilot.pause(0.3)
            tools, plain = app.panes
            assert [c.name for c in tools.tool_chain.calls] == ["list_vehicles",
                                                                "get_battery_health"]
            assert all(c.state == "ok" for c in tools.tool_chain.calls), [(c.state, c.result[:200]) for c in tools.tool_chain.calls]
            assert "Battery health is good." in tools.text
            assert plain.text == "Hello there."
            assert tools.state.state == plain.state.state == "done"
            chain = str(tools.query_one("#chain-line", Static).render())
            assert "list_vehicles → get_battery_health" in chain
            assert app.query_one(PromptBox).prompt_history[-1] == "Analyze battery health"
        path = app.drives[-1].saved_path
        session = load_session(str(path))
        assert session["prompt"] == "Analyze battery health"
        assert [r["status"] for r in session["runs"]] == ["ok", "ok"]
        assert session["runs"][0]["text"] == "Battery health is good."
        assert [c["name"] for c in session["runs"][0]["tool_calls"]] == [
            "list_vehicles", "get_battery_health"]
        journal = path.with_name(f"{session['id']}.journal.jsonl")
        assert not journal.exists(), "the journal is tidied once the session is saved"


async def test_error_pane_beside_healthy_one_and_session_records_both() -> None:
    async with TranscriptServer() as srv:
        ok = srv.add(Reply.text_stream(["All ", "good."], delay_s=0.05))
        bad = srv.add(Reply.from_transcript(
            Path(__file__).resolve().parents[1] / "transcripts/errors/400_context_vllm_object.sse"))
        app = app_for([loopback_target("good", ok), loopback_target("small", bad)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.3)
            good, small = app.panes
            assert good.state.state == "done" and good.text == "All good."
            assert small.state.state == "error" and small.has_class("-error")
            box = str(small.query_one("#pane-error", Static).render())
            assert "context length" in box and "34000" in box
        session = load_session(str(app.drives[-1].saved_path))
        assert [r["status"] for r in session["runs"]] == ["ok", "error"]
        assert session["runs"][1]["error"]["context_limit"] == 34000


def _stalling(srv: TranscriptServer) -> str:
    first = {"choices": [{"index": 0, "delta": {"content": "partial answer "}}]}
    return srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(30.0),
                                b"data: [DONE]\n\n"]))


async def test_escape_cancels_every_run_and_keeps_partial_text() -> None:
    async with TranscriptServer() as srv:
        app = app_for([loopback_target("slow1", _stalling(srv)),
                       loopback_target("slow2", _stalling(srv))])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: len(app.panes) == 2 and all(
                "partial answer" in p.text for p in app.panes))
            await pilot.press("escape")
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.2)
            assert [p.state.state for p in app.panes] == ["cancelled", "cancelled"]
            assert all(p.text == "partial answer " for p in app.panes)
        session = load_session(str(app.drives[-1].saved_path))
        assert [r["status"] for r in session["runs"]] == ["cancelled", "cancelled"]
        assert session["runs"][0]["text"] == "partial answer "


async def test_cancel_one_pane_while_the_other_finishes_then_rerun_it() -> None:
    async with TranscriptServer() as srv:
        slow = srv.route(
            Reply(steps=[b'data: {"choices":[{"index":0,"delta":{"content":"first try "}}]}\n\n',
                         Sleep(30.0), b"data: [DONE]\n\n"]),
            Reply.text_stream(["second ", "try."], delay_s=0.05),
        )
        fast = srv.add(Reply.text_stream(["quick."], delay_s=0.3), repeat_last=True)
        app = app_for([loopback_target("slow", slow.base_url), loopback_target("fast", fast)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: len(app.panes) == 2
                           and "first try" in app.panes[0].text)
            slow_pane, fast_pane = app.panes
            slow_pane.focus()
            await pilot.press("x")  # pane.cancel
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.2)
            assert slow_pane.state.state == "cancelled" and fast_pane.state.state == "done"
            first = load_session(str(app.drives[-1].saved_path))
            assert [r["status"] for r in first["runs"]] == ["cancelled", "ok"]
            # re-run after the session ended: a new one-run session bound to the same pane
            slow_pane.focus()
            await pilot.press("r")  # pane.rerun
            await wait_for(pilot, lambda: len(app.drives) == 2 and saved(app))
            await pilot.pause(0.2)
            assert slow_pane.text == "second try."
            assert slow_pane.state.state == "done"
            assert fast_pane.text == "quick."  # the other pane is untouched
            second = load_session(str(app.drives[-1].saved_path))
            assert [r["target"] for r in second["runs"]] == ["slow"]
            assert second["runs"][0]["text"] == "second try."


async def test_rerun_while_the_session_streams_adds_a_run_to_it() -> None:
    async with TranscriptServer() as srv:
        slow = srv.route(
            Reply(steps=[b'data: {"choices":[{"index":0,"delta":{"content":"stuck "}}]}\n\n',
                         Sleep(30.0), b"data: [DONE]\n\n"]),
            Reply.text_stream(["fresh."], delay_s=0.05),
        )
        other = srv.add(Reply(steps=[b'data: {"choices":[{"index":0,"delta":{"content":"x"}}]}'
                                     b"\n\n", Sleep(1.0), b'data: {"choices":[{"index":0,'
                                     b'"delta":{},"finish_reason":"stop"}]}\n\n',
                                     b"data: [DONE]\n\n"]))
        app = app_for([loopback_target("slow", slow.base_url), loopback_target("other", other)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: len(app.panes) == 2 and "stuck" in app.panes[0].text)
            pane = app.panes[0]
            pane.focus()
            await pilot.press("r")
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.2)
            assert pane.text == "fresh." and pane.state.run == 2
        session = load_session(str(app.drives[-1].saved_path))
        assert [(r["target"], r["status"]) for r in session["runs"]] == [
            ("slow", "cancelled"), ("other", "ok"), ("slow", "ok")]


async def test_maximise_and_restore_and_cycle_panes() -> None:
    app = app_for([loopback_target("a", "http://127.0.0.1:9/v1"),
                   loopback_target("b", "http://127.0.0.1:9/v1")])
    async with app.run_test(size=SIZE) as pilot:
        a, b = app.panes
        a.focus()
        await pilot.press("m")
        assert app.screen.maximized is a
        await pilot.press("f6")  # next pane while maximised: b is shown maximised
        assert app.screen.maximized is b and app.focused is b
        await pilot.press("escape")  # escape restores before it cancels anything
        assert app.screen.maximized is None
        await pilot.press("shift+f6")
        assert app.focused is a


async def test_theme_switch_is_remembered_outside_the_config_which_stays_untouched(
        tmp_path) -> None:
    from provtui.ui.ui_state import state_path

    path = tmp_path / "config.toml"
    original = '[targets.x]\nprovider = "ollama"\nmodel = "m"\n\n[ui]\nanswer_view = "raw"\n'
    path.write_text(original, encoding="utf-8")
    app = app_for([], config=make_config(path, ui={"answer_view": "raw"}))
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "provtui-dark"
        assert {"provtui-dark", "provtui-light", "provtui-high-contrast"} <= set(
            app.available_themes)
        app.theme = "provtui-light"
        await pilot.pause(0.1)
    assert path.read_text(encoding="utf-8") == original  # the user's file, byte for byte
    assert tomllib.loads(state_path().read_text(encoding="utf-8"))["theme"] == "provtui-light"
    # the next start picks it up
    again = app_for([], config=make_config(path, ui={"answer_view": "raw"}))
    async with again.run_test(size=SIZE):
        assert again.theme == "provtui-light"


async def test_starting_with_no_config_writes_no_config_and_config_init_still_works(
        tmp_path) -> None:
    import subprocess
    import sys

    from provtui.core.config import config_path

    cfg = config_path()
    assert not cfg.exists()
    app = app_for([], config=make_config(None))
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "provtui-light"  # a choice made in the TUI
        await pilot.pause(0.1)
    assert not cfg.exists(), "the TUI wrote a config nobody asked for"
    r = subprocess.run([sys.executable, "-m", "provtui", "config", "init"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert cfg.exists()


async def test_bad_theme_file_gives_one_notification_not_a_crash(tmp_path) -> None:
    user = tmp_path / "themes"
    user.mkdir()
    (user / "broken.toml").write_text("name = \n", encoding="utf-8")
    (user / "nocolour.toml").write_text('name = "x"\nprimary = "not-a-colour"\n',
                                        encoding="utf-8")
    (user / "mine.toml").write_text('name = "mine"\nprimary = "#112233"\n', encoding="utf-8")
    from provtui.ui.themes import builtin_theme_dirs

    app = app_for([], theme_dirs=[*builtin_theme_dirs(), user])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = [n for n in app._notifications if "Theme file" in n.message]
        assert len(notes) == 1
        assert "broken.toml" in notes[0].message and "nocolour.toml" in notes[0].message
        assert "mine" in app.available_themes


async def test_keymap_from_config_remaps_a_binding() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["remapped."]))
        config = make_config(None, ui={"keymap": {"app.send": "ctrl+g"}})
        app = app_for([loopback_target("a", url)], config=config)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+g")
            await wait_for(pilot, lambda: saved(app))
            await pilot.pause(0.2)
            assert app.panes[0].text == "remapped."
    assert {"app.send", "app.cancel_all", "pane.cancel", "pane.rerun", "pane.maximise",
            "pane.toggle_view", "pane.toggle_reasoning", "app.pick_targets", "app.pick_mcp",
            "app.sessions", "app.theme", "app.quit", "app.next_pane"} <= binding_ids()


async def test_missing_keys_and_no_targets_are_explained_with_the_demo_offered() -> None:
    from provtui.core.config import PRESETS, TargetConfig

    target = TargetConfig(name="nano-nim", provider=PRESETS["nim"], model="m")
    app = app_for([target], missing_keys={"nano-nim": "NVIDIA_API_KEY"})
    async with app.run_test(size=SIZE):
        banner = str(app.query_one("#banner", Static).render())
        assert "nano-nim" in banner and "NVIDIA_API_KEY" in banner and "provtui demo" in banner
    empty = app_for([])
    async with empty.run_test(size=SIZE) as pilot:
        banner = str(empty.query_one("#banner", Static).render())
        assert "No targets" in banner and "provtui demo" in banner
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert not empty.drives  # nothing is sent without targets


async def test_prompt_history_with_up_and_down_when_empty() -> None:
    app = app_for([], prompt="")
    async with app.run_test(size=SIZE) as pilot:
        box = app.query_one(PromptBox)
        box.remember("first prompt")
        box.remember("second prompt")
        await pilot.press("up")
        assert box.text == "second prompt"
        await pilot.press("up")
        assert box.text == "first prompt"
        await pilot.press("down")
        assert box.text == "second prompt"
        await pilot.press("down")
        assert box.text == ""


async def test_target_picker_adds_a_free_provider_model_target() -> None:
    config = make_config(None, targets={"cfg": {"provider": "ollama", "model": "llama"}})
    app = app_for([], config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+t")
        await pilot.pause()
        from textual.widgets import Input, SelectionList

        listing = app.screen.query_one(SelectionList)
        listing.select("cfg")
        free = app.screen.query_one("#picker-free", Input)
        free.value = "nosuch:model"
        await free.action_submit()
        await pilot.pause()
        assert "unknown provider 'nosuch'" in str(app.screen.query_one("#picker-error").render())
        free.value = "vllm:org/model:tag"
        await free.action_submit()
        await pilot.pause()
        await pilot.click("#picker-ok")
        await pilot.pause(0.2)
        assert [t.name for t in app.targets] == ["cfg", "vllm:org/model:tag"]
        assert app.targets[1].model == "org/model:tag"
        assert [p.state.target for p in app.panes] == ["cfg", "vllm:org/model:tag"]


async def test_palette_commands_read_area_verb() -> None:
    app = app_for([])
    async with app.run_test(size=SIZE):
        titles = [c.title for c in app.get_system_commands(app.screen)]
    for wanted in ("prompt: send", "pane: maximise", "pane: re-run", "pane: cancel",
                   "session: open", "theme: switch", "targets: pick", "mcp: pick servers",
                   "run: cancel all", "app: quit"):
        assert wanted in titles
    assert all(": " in t for t in titles)


async def test_palette_lists_saved_sessions_from_the_sessions_folder() -> None:
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["saved."]))
        app = app_for([loopback_target("a", url)], prompt="a prompt worth finding")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: saved(app))
            from provtui.ui.commands import SessionsProvider

            provider = SessionsProvider(app.screen)
            await provider.startup()
            hits = [h async for h in provider.search("worth finding")]
            assert hits and app.drives[-1].fan.session_id in str(hits[0].text)
