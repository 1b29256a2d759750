"""Compare views: the word diff against a reference pane, synchronised scrolling, the tool
chain alignment, the inspector and deterministic tool replay.

The first two tests are what a new user does on the demo (the simulated providers over
loopback HTTP, the EV MCP server over stdio, the real app); the rest drive the same screens
with scripted event sequences so their numbers, and the snapshots at 160x45, are fixed.
Update snapshots deliberately: ``pytest tests/ui/test_ui_compare.py --snapshot-update``.
"""

from __future__ import annotations

import json
import time
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static, TabbedContent, TextArea
from ui_helpers import SIZE, loopback_target, make_config

from provtui.core import events as ev
from provtui.core.replay import REPLAY_MISS_PREFIX, canonical_arguments
from provtui.core.session import load_session, save_session
from provtui.demo.scenario import DEMO_PROMPT, demo_config, demo_plan
from provtui.demo.sim import SimServer
from provtui.ui.app import ProvtuiApp
from provtui.ui.screens.alignment import ToolAlignmentScreen, ToolReplayPicker
from provtui.ui.screens.inspector import (
    InspectorScreen,
    find_stalls,
    first_tokens,
    raw_stream,
    response_text,
    timeline_text,
)
from provtui.ui.widgets.prompt import PromptBox

SPEED = 20.0  # SimServer divides every delay by this: a demo comparison takes a few seconds


async def wait_for(pilot, condition, timeout_s: float = 90.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout_s:.0f}s")
        await pilot.pause(0.05)


def demo_app(port: int) -> ProvtuiApp:
    plan = demo_plan(port)
    config = demo_config(port)
    config.path = None  # never write a theme choice anywhere
    return ProvtuiApp(config=config, targets=plan.targets, mcp_servers=plan.mcp_servers,
                      prompt=DEMO_PROMPT, system=plan.system, max_steps=plan.max_steps,
                      params=plan.params, check_specs=plan.check_specs, extra=plan.extra,
                      demo=True)


async def send_and_wait(app: ProvtuiApp, pilot) -> None:
    count = len(app.drives)
    await pilot.press("ctrl+j")
    await wait_for(pilot, lambda: len(app.drives) > count
                   and app.drives[-1].saved_path is not None, what="the session saved")
    await pilot.pause(0.3)  # the last tick: final text and analysis drawn


def pane_named(app: ProvtuiApp, prefix: str):
    return next(p for p in app.panes if p.state.target.startswith(prefix))


def rendered(widget) -> str:
    return str(widget.render())


# ---------------------------------------------------------------------------- the demo


async def test_demo_diff_alignment_and_inspector_as_a_new_user() -> None:
    async with SimServer(speed=SPEED, seed=7) as sim:
        app = demo_app(sim.port)
        async with app.run_test(size=SIZE) as pilot:
            await send_and_wait(app, pilot)
            explorer, methodical = pane_named(app, "explorer"), pane_named(app, "methodical")
            asker, small = pane_named(app, "asker"), pane_named(app, "small")
            assert {f["kind"] for f in asker.findings} == {"glued_words"}

            # --- the diff: d on a pane, the reference is the first pane (explorer)
            asker.focus()
            await pilot.press("d")
            await app.compare.wait()
            await pilot.pause()
            assert app.compare.on and app.compare.reference is explorer
            assert explorer.border_subtitle == "diff reference"
            assert "≠ explorer · sim:" in str(asker.border_subtitle)
            text = asker.answer.text
            marked = [text[a:b] for a, b, op in asker.answer._diff if op != "delete"]
            # the glued words never match a reference word: both are divergences, in place
            glued = [text[f["start"]:f["end"]] for f in asker.findings]
            assert sorted(glued) == ["chargingsessions", "thevehicle"]
            for word in glued:
                assert any(word in m for m in marked), (word, marked)
            assert "% same · " in str(methodical.border_subtitle)
            assert str(small.border_subtitle).endswith("no answer text")
            # the answer view draws the spans: a changed word carries the diff background
            line = asker.answer.line_of_offset(text.index("chargingsessions"))
            strip = asker.answer.render_line(line - int(asker.answer.scroll_y))
            styled = [seg for seg in strip if "chargingsessions" in seg.text
                      or seg.text in "chargingsessions"]
            assert any(seg.style and seg.style.bgcolor for seg in styled)

            # --- jump to the first divergence, then the next
            methodical.focus()
            await pilot.press("n")
            await pilot.pause()
            entry = app.compare.diffs[methodical]
            first = entry.diff.first_divergence
            assert first is not None and entry.cursor == first.start
            view = methodical.answer
            top = int(view.scroll_y)
            assert top <= view.line_of_offset(entry.base + first.start) < top + view.size.height
            await pilot.press("n")
            assert entry.cursor > first.start

            # --- D makes the focused pane the reference
            await pilot.press("D")
            await app.compare.wait()
            await pilot.pause()
            assert app.compare.reference is methodical
            assert methodical.border_subtitle == "diff reference"
            assert "≠ methodical · sim:" in str(explorer.border_subtitle)

            # --- synchronised scrolling: every pane follows the one scrolled, aligned
            for p in (explorer, methodical):
                assert p.answer.max_scroll_y > 0, "the answers are longer than the panes"
                p.answer.scroll_to(y=p.answer.max_scroll_y, animate=False, immediate=True)
            await pilot.press("f3")
            await pilot.pause(0.15)
            explorer.answer.release_anchor()
            explorer.answer.scroll_to(y=0, animate=False, immediate=True)
            await wait_for(pilot, lambda: methodical.answer.scroll_y == 0, 5,
                           "the reference following to the top")
            explorer.answer.scroll_to(y=explorer.answer.max_scroll_y, animate=False,
                                      immediate=True)
            await wait_for(pilot, lambda: methodical.answer.scroll_y > 0, 5,
                           "the reference following down")
            await pilot.press("f3")
            assert not app.compare.sync

            # --- the tool chains aligned: the explorer's long chain beside the asker's call
            await pilot.press("f2")
            await pilot.pause(0.3)
            screen = app.screen
            assert isinstance(screen, ToolAlignmentScreen)
            labels = [c.label for c in screen.columns]
            ci, ai = labels.index(explorer.state.target), labels.index(asker.state.target)
            explorer_calls = [c["name"] for c in screen.columns[ci].calls]
            assert len(explorer_calls) >= 10
            assert [c["name"] for c in screen.columns[ai].calls] == ["list_vehicles"]
            (asker_row,) = [k for k, row in enumerate(screen.rows) if row[ai] is not None]
            assert screen.columns[ci].calls[screen.rows[asker_row][ci]]["name"] == \
                "list_vehicles"
            assert len(screen.rows) >= len(explorer_calls)
            table = screen.query_one("#align-table", DataTable)
            assert table.row_count == len(screen.rows) + 1  # + the outcome row
            assert "asked the user" in screen.columns[ai].outcome
            assert screen.columns[labels.index(small.state.target)].outcome.startswith("error")
            await pilot.press("escape")
            await pilot.pause()

            # --- the inspector of any pane: the request and the headers
            for pane in (explorer, asker, small):
                pane.focus()
                await pilot.press("i")
                await pilot.pause(0.3)
                screen = app.screen
                assert isinstance(screen, InspectorScreen)
                response = rendered(screen.query_one("#inspector-response", Static))
                await pilot.press("2")
                await pilot.pause()
                request = json.loads(screen.query_one("#inspector-request", TextArea).text)
                assert request["model"] == pane.state.model
                assert request["messages"][-1]["role"] in ("user", "tool")
                assert "authorization" not in json.dumps(request).lower()
                if pane is small:
                    assert "HTTP status     400" in response
                    assert "context_length" in response
                else:
                    assert "content-type: text/event-stream" in response
                    assert request["tools"], "the tool definitions went out"
                    await pilot.press("3")
                    await pilot.pause()
                    raw = screen.query_one("#inspector-raw", TextArea).text
                    assert "data:" in raw
                    assert screen.query_one("#inspector-tabs", TabbedContent).active == "raw"
                    chart = rendered(screen.query_one("#inspector-timeline"))
                    assert "1st tok" in chart and "▲" in chart
                if pane is asker:
                    assert "served by       Nvidia" in response
                await pilot.press("escape")
                await pilot.pause()


async def test_tool_replay_gives_every_target_the_same_tool_results(tmp_path) -> None:
    async with SimServer(speed=SPEED, seed=11) as sim:
        app = demo_app(sim.port)
        async with app.run_test(size=SIZE) as pilot:
            await send_and_wait(app, pilot)
            recorded = load_session(str(app.drives[-1].saved_path))
            # A replay source that can be told apart from the live EV server: a renamed
            # vehicle in list_vehicles, and no get_efficiency result at all (an unrecorded
            # call, which must fail instead of reaching a tool).
            source = json.loads(json.dumps(recorded))
            source["id"] = recorded["id"] + "-edited"
            for run in source["runs"]:
                run["tool_calls"] = [c for c in run["tool_calls"]
                                     if c["name"] != "get_efficiency"]
                for c in run["tool_calls"]:
                    if c["name"] == "list_vehicles":
                        c["result"] = c["result"].replace("Trailblazer", "Replayed Trailblazer")
            save_session(source)

            await pilot.press("f4")
            await pilot.pause(0.3)
            picker = app.screen
            assert isinstance(picker, ToolReplayPicker)
            picker.query_one("#replay-input").value = "no-such-session"
            await pilot.press("enter")
            await pilot.pause(0.3)
            error = rendered(picker.query_one("#replay-error", Static))
            assert "no-such-session" in error and app.screen is picker
            picker.query_one("#replay-input").value = source["id"]
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.screen is not picker, 10, "the picker closing")
            assert app.tool_replay is not None and app.tool_replay["id"] == source["id"]
            assert f"tool replay: {source['id']}" in rendered(app.chips)

            app.prompt_box.focus()
            await send_and_wait(app, pilot)
            replayed = app.drives[-1].session
            assert replayed is not None

            expected: dict[tuple[str, str], str] = {}
            for run in source["runs"]:
                for c in run["tool_calls"]:
                    expected.setdefault((c["name"], canonical_arguments(c["arguments"])),
                                        c["result"])
            answers: dict[tuple[str, str], set[str]] = {}
            misses = 0
            for run, pane in zip(replayed["runs"], app.panes):
                for c in run["tool_calls"]:
                    key = (c["name"], canonical_arguments(c["arguments"]))
                    answers.setdefault(key, set()).add(c["result"])
                    if key in expected:
                        assert c["result"] == expected[key] and not c["is_error"]
                    else:
                        misses += 1
                        assert c["is_error"] and c["result"].startswith(REPLAY_MISS_PREFIX)
                        drawn = [v for v in pane.tool_chain.calls if v.name == c["name"]]
                        assert drawn and all(v.state == "failed" for v in drawn)
                if any(c["name"] == "list_vehicles" for c in run["tool_calls"]):
                    listed = next(c for c in run["tool_calls"] if c["name"] == "list_vehicles")
                    assert "Replayed Trailblazer" in listed["result"]
            # every target that asked the same question got the same answer
            assert all(len(results) == 1 for results in answers.values())
            assert sum(1 for r in replayed["runs"] if r["tool_calls"]) >= 3
            assert misses >= 1, "the explorer and methodical ask for get_efficiency"
            assert any("Replayed Trailblazer" in r["text"] for r in replayed["runs"])

            # turning it off
            await pilot.press("f4")
            await pilot.pause(0.3)
            await pilot.click("#replay-off")
            await pilot.pause(0.2)
            assert app.tool_replay is None
            assert "tool replay" not in rendered(app.chips)


# ---------------------------------------------------------------------------- scripted runs

CLOCK = 120.0
REFERENCE_ANSWER = ("Both batteries are healthy. The Rivian R1S keeps 97% of its capacity "
                    "and the Tesla Model X keeps 94%. Keep charging at home off-peak.")
OTHER_ANSWER = ("Both batteries are healthy. The Rivian R1S keeps 97% of its capacity and "
                "the Tesla Model X keeps 91%, which is normal. Keep charging off-peak.")


def wire_run(run: int, target: str, *, t0: float = 100.0, answer: str = REFERENCE_ANSWER,
             calls: list[tuple[str, Any, bool, str, bool]] = (), notices=(),
             headers: dict[str, str] | None = None, served_by: str | None = None,
             stall_at: int | None = None) -> list[ev.Event]:
    """One run with a recorded request, headers and raw bytes: a tool turn (``calls`` as
    (name, arguments, arguments_valid, result, is_error)) when given, then the answer turn
    streamed in 6-char chunks (a 1.6 s stall before chunk ``stall_at``)."""
    out: list[ev.Event] = [
        ev.RunQueued(run=run, t=t0, target=target, provider=f"{target}-host", model="m",
                     repeat_index=0),
        ev.RunStarted(run=run, t=t0, target=target, provider=f"{target}-host", model="m",
                      repeat_index=0),
    ]
    request = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}],
               "tools": [{"type": "function", "function": {"name": "list_vehicles",
                                                           "parameters": {"type": "object"}}}]}
    headers = {"content-type": "text/event-stream", "x-request-id": f"req-{run}",
               **(headers or {})}
    t = t0
    turn = 0
    if calls:
        out += [ev.TurnStarted(run=run, t=t, turn=0, request=request,
                               url=f"http://127.0.0.1:9/{target}/v1/chat/completions"),
                ev.ResponseStarted(run=run, t=t + 0.2, turn=0, status=200, headers=headers),
                ev.RawBytes(run=run, t=t + 0.2, turn=0, data='data: {"choices":[]}\r\n\r\n')]
        tool_calls = []
        for i, (name, args, _valid, _result, _err) in enumerate(calls):
            raw = args if isinstance(args, str) else json.dumps(args)
            out.append(ev.ToolCallDelta(run=run, t=t + 0.4 + i * 0.1, turn=0, index=i,
                                        id=f"c{run}{i}", name=name, arguments=raw))
            tool_calls.append({"id": f"c{run}{i}", "name": name, "arguments": raw, "index": i})
        t += 0.4 + len(calls) * 0.1
        out.append(ev.TurnFinished(run=run, t=t, turn=0, content="", reasoning="",
                                   tool_calls=tuple(tool_calls), finish_reason="tool_calls",
                                   raw_finish_reasons=("tool_calls",), usage=None, ttft_s=0.4,
                                   duration_s=t - t0, served_by=served_by, response_model="m",
                                   system_fingerprint=None, assistant_message={}))
        for i, (name, args, valid, result, is_error) in enumerate(calls):
            out.append(ev.ToolCallStarted(run=run, t=t, call_id=f"c{run}{i}", name=name,
                                          arguments=args, arguments_valid=valid, turn=0))
            out.append(ev.ToolCallFinished(run=run, t=t + 0.3, call_id=f"c{run}{i}",
                                           name=name, result=result, is_error=is_error,
                                           duration_s=0.3, turn=0))
        t += 0.3
        turn = 1
    out += [ev.TurnStarted(run=run, t=t, turn=turn, request=request,
                           url=f"http://127.0.0.1:9/{target}/v1/chat/completions"),
            ev.ResponseStarted(run=run, t=t + 0.1, turn=turn, status=200, headers=headers),
            ev.RawBytes(run=run, t=t + 0.1, turn=turn,
                        data='data: {"choices":[{"delta":{"content":"Both"}}]}\r\n\r\n')]
    t += 0.5
    chunks = [answer[i:i + 6] for i in range(0, len(answer), 6)]
    for k, chunk in enumerate(chunks):
        if k == stall_at:
            t += 1.6
        out.append(ev.TextDelta(run=run, t=t, turn=turn, text=chunk))
        t += 0.02
    out.extend(notices)
    out.append(ev.TurnFinished(run=run, t=t, turn=turn, content=answer, reasoning="",
                               tool_calls=(), finish_reason="stop",
                               raw_finish_reasons=("stop", "eos"),
                               usage={"prompt_tokens": 20, "completion_tokens": 30},
                               ttft_s=0.5, duration_s=0.5 + len(chunks) * 0.02,
                               served_by=served_by, response_model="m-2025",
                               system_fingerprint="fp_abc", assistant_message={}))
    out.append(ev.RunFinished(run=run, t=t, status="ok"))
    return out


def scripted_events() -> list[ev.Event]:
    leak = ev.Notice(run=2, t=103.0, kind="leaked_tool_call",
                     message="tool-call syntax appeared in the answer text")
    cut = ev.Notice(run=2, t=103.0, kind="truncated_tool_call", message="cut off",
                    data={"tool_calls": [{"id": "x", "name": "get_efficiency",
                                          "arguments": '{"vehicle_id": "r1', "index": 0}]})
    return [
        *wire_run(0, "explorer", calls=[
            ("list_vehicles", {}, True, '{"vehicles": ["r1s", "modelx"]}', False),
            ("get_battery_health", {"vehicle_id": "r1s"}, True, '{"capacity": 97}', False),
            ("get_battery_health", {"vehicle_id": "modelx"}, True, '{"capacity": 94}', False),
            ("get_charges", {"vehicle_id": "r1s"}, True, '{"sessions": 12}', False)],
            served_by="Nvidia", stall_at=8),
        *wire_run(1, "methodical", answer=OTHER_ANSWER, calls=[
            ("list_vehicles", {}, True, '{"vehicles": ["r1s", "modelx"]}', False),
            ("get_battery_health", {"vehicle_id": "modelx"}, True, '{"capacity": 94}', False),
            ("get_vehicle_status", {"vehicle_id": 7}, False,
             "error: 7 is not of type 'string'", True),
            ("get_charges", {"vehicle_id": "r1s"}, True,
             f"{REPLAY_MISS_PREFIX} for get_charges", True)]),
        *wire_run(2, "asker", answer="Which vehicle? <tool_call>{\"name\": \"x\"}</tool_call>",
                  calls=[("list_vehicles", {}, True, '{"vehicles": ["r1s"]}', False)],
                  notices=[leak, cut]),
    ]


def scripted_app() -> ProvtuiApp:
    targets = [loopback_target(n, "http://127.0.0.1:9/v1") for n in ("explorer", "methodical",
                                                                     "asker")]
    return ProvtuiApp(config=make_config(None), targets=targets, mcp_servers=[],
                      prompt="Analyze battery health.", clock=lambda: CLOCK)


async def show(pilot) -> list:
    app = pilot.app
    app.query_one(PromptBox).cursor_blink = False
    panes = await app.show_events(scripted_events())
    await pilot.pause()
    return panes


async def test_scripted_diff_marks_changed_added_and_missing_words() -> None:
    app = scripted_app()
    async with app.run_test(size=SIZE) as pilot:
        explorer, methodical, _asker = await show(pilot)
        methodical.focus()
        await pilot.press("d")
        await app.compare.wait()
        text = methodical.answer.text
        spans = {(text[a:b], op) for a, b, op in methodical.answer._diff}
        assert ("91", "replace") in spans
        assert (", which is normal", "insert") in spans
        # "at home" is missing: the gap before "off" is marked
        assert any(op == "delete" for _w, op in spans)
        assert "≠ explorer:" in str(methodical.border_subtitle)
        await pilot.press("n")
        entry = app.compare.diffs[methodical]
        assert text[entry.base + entry.cursor:].startswith("91")
        # runs that end together are diffed once, after the last of them
        generation = app.compare._generation
        for pane in (explorer, methodical, _asker):
            app.compare.pane_finished(pane)
        assert app.compare.computing
        await app.compare.wait()
        assert app.compare._generation == generation + 1 and methodical in app.compare.diffs
        # jumping from the reference says why nothing happens
        explorer.focus()
        assert not app.compare.jump(explorer)
        await pilot.press("d")
        assert not app.compare.on and methodical.answer._diff == []
        assert methodical.border_subtitle == ""


async def test_scripted_alignment_marks_invalid_failed_truncated_and_leaked_calls() -> None:
    app = scripted_app()
    async with app.run_test(size=SIZE) as pilot:
        await show(pilot)
        await pilot.press("f2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ToolAlignmentScreen)
        explorer, methodical, asker = screen.columns
        assert [c["name"] for c in asker.calls] == ["list_vehicles", "get_efficiency"]
        assert asker.calls[1]["truncated"] and asker.leaked
        assert [c["replay_miss"] for c in methodical.calls] == [False, False, False, True]
        # lengths differ: the explorer is the spine, names pin list_vehicles and
        # get_charges, the asker's cut-off call fills step 2 in order
        assert screen.rows == [[0, 0, 0], [1, 1, 1], [2, 2, None], [3, 3, None]]
        # step 2: a tie between two arguments goes to the first column
        assert screen.verdicts[1] == ["same", "args", "name"]
        assert screen.verdicts[2] == ["same", "name", "missing"]
        assert screen.step_mark(0) == "" and screen.step_mark(1) == "≠"
        table = screen.query_one("#align-table", DataTable)
        cell = table.get_cell_at((2, 2))
        assert isinstance(cell, Text) and cell.plain.startswith("✗ ⚠ get_vehicle_status")
        assert table.get_cell_at((3, 2)).plain.startswith("✗ not recorded get_charges")
        assert table.get_cell_at((1, 3)).plain.startswith("✂ get_efficiency")
        outcome = table.get_cell_at((table.row_count - 1, 3)).plain
        assert "leaked tool syntax" in outcome
        # moving the cursor shows the call's arguments and result
        table.move_cursor(row=2, column=2)
        await pilot.pause()
        detail = rendered(screen.query_one("#align-detail", Static))
        assert "fail the tool's inputSchema" in detail and "7 is not of type" in detail


async def test_scripted_inspector_shows_the_wire_literally() -> None:
    evil = "\x1b]0;pwned\x07Nvidia\x1b[31m"
    events = wire_run(0, "explorer", served_by=evil, stall_at=5,
                      headers={"set-cookie": "session=abc", "x-note": "[bold]not markup[/]"})
    events += wire_run(1, "other", answer=OTHER_ANSWER)
    app = scripted_app()
    async with app.run_test(size=SIZE) as pilot:
        panes = await app.show_events(events)
        panes[0].focus()
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InspectorScreen)
        response = rendered(screen.query_one("#inspector-response", Static))
        assert "served by       Nvidia" in response and "\x1b" not in response
        assert "[bold]not markup[/]" in response
        assert "set-cookie" not in response and "session=abc" not in response
        assert 'raw finish      "stop", "eos"' in response
        assert "fingerprint     fp_abc" in response
        await pilot.press("3")
        await pilot.pause()
        raw = screen.query_one("#inspector-raw", TextArea).text
        assert raw.startswith('data: {"choices":[{"delta":{"content":"Both"}}]}␍')
        chart = rendered(screen.query_one("#inspector-timeline"))
        assert "stall 1.6s in turn 1" in chart


def test_stalls_first_tokens_and_the_chart_from_a_run_record() -> None:
    run = {
        "turns": [
            {"turn": 0, "started_s": 0.0, "ended_s": 2.0, "ttft_s": 0.3,
             "timeline_span": [0, 3]},
            {"turn": 1, "started_s": 2.5, "ended_s": 6.0, "ttft_s": 0.5,
             "timeline_span": [3, 6]},
        ],
        "timeline": [[0.3, "r", 10], [0.4, "r", 10], [1.9, "t", 30],
                     [3.0, "c", 5], [3.1, "c", 5], [3.2, "c", 5]],
        "tool_calls": [{"started_s": 2.0, "ended_s": 2.5, "is_error": False}],
        "metrics": {"total_s": 6.0},
    }
    stalls = find_stalls(run)
    # 0.4 -> 1.9 inside turn 1, and 3.2 -> 6.0 before turn 2 ended; not the tool time
    assert [(s["turn"], s["start_s"], s["end_s"]) for s in stalls] == [(0, 0.4, 1.9),
                                                                        (1, 3.2, 6.0)]
    assert find_stalls(run, threshold_s=2.0) == [stalls[1]]
    assert first_tokens(run) == [(0, 0.3), (1, 3.0)]
    chart = timeline_text(run, 68, selected_turn=1).plain.split("\n")
    rows = {line[:7].strip(): line[8:] for line in chart if line[:7].strip()}
    assert set(rows) >= {"turns", "r", "c", "t", "1st tok", "tools", "stalls"}
    assert rows["1st tok"].count("▲") == 2
    # 60 slots of 0.1 s: reasoning at 0.3-0.4 s, content at 3.0-3.2 s
    busy = {ch: [i for i, cell in enumerate(rows[ch]) if cell != "·"] for ch in "rct"}
    assert busy["r"] and all(2 <= i <= 4 for i in busy["r"])
    assert busy["c"] and all(29 <= i <= 32 for i in busy["c"])
    assert busy["t"] and all(18 <= i <= 19 for i in busy["t"])
    assert rows["tools"][20:25].strip("━") == ""
    assert "stall 1.5s in turn 1" in "\n".join(chart)
    empty = timeline_text({"turns": [], "timeline": []}, 60).plain
    assert "No timeline recorded" in empty


def test_response_text_and_raw_stream_of_a_turn_that_failed() -> None:
    turn = {"http_status": 400, "url": "http://x/v1/chat/completions", "response_headers": {},
            "error": {"kind": "context_length", "message": "too long"}, "finish_reasons": []}
    text = response_text(turn).plain
    assert "HTTP status     400" in text and "context_length: too long" in text
    assert "none recorded" in text
    note, raw = raw_stream(turn)
    assert raw == "" and "raw_capture_bytes" in note
    note, raw = raw_stream({"raw_stream": "data: caf\xc3\xa9\r\n", "raw_stream_truncated": 999})
    assert raw == "data: café␍\n" and "(of 999)" in note


# ---------------------------------------------------------------------------- snapshots


def test_snapshot_alignment_table(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await show(pilot)
        await pilot.press("f2")
        await pilot.pause()
        pilot.app.screen.query_one("#align-table", DataTable).move_cursor(row=2, column=2)
        await pilot.pause()

    assert snap_compare(scripted_app(), terminal_size=SIZE, run_before=run_before)


def test_snapshot_inspector(snap_compare) -> None:
    async def run_before(pilot) -> None:
        panes = await show(pilot)
        panes[0].focus()
        await pilot.press("i")
        await pilot.pause()

    assert snap_compare(scripted_app(), terminal_size=SIZE, run_before=run_before)


def test_snapshot_diff_against_reference(snap_compare) -> None:
    async def run_before(pilot) -> None:
        panes = await show(pilot)
        panes[1].focus()
        await pilot.press("d")
        await pilot.app.compare.wait()
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(scripted_app(), terminal_size=SIZE, run_before=run_before)


async def test_tool_replay_given_at_start_shows_its_chip() -> None:
    """``provtui --tool-replay SESSION`` in the TUI: run_tui passes the loaded session."""
    targets = [loopback_target("explorer", "http://127.0.0.1:9/v1")]
    app = ProvtuiApp(config=make_config(None), targets=targets, mcp_servers=[], prompt="hi",
                     tool_replay={"id": "20261125-replayed", "runs": []})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "tool replay: 20261125-replayed" in rendered(app.chips)
