"""Snapshots of the whole app at 160x45 with scripted runs and a fixed clock (no elapsed-time
flicker).  Update deliberately with ``pytest tests/ui/test_ui_snapshots.py --snapshot-update``
and look at the SVGs in __snapshots__ before committing them."""

from __future__ import annotations

from ui_helpers import SIZE, context_error_run, loopback_target, make_config, tool_run

from provtui.core import events as ev
from provtui.core.config import PRESETS, TargetConfig
from provtui.ui.app import ProvtuiApp
from provtui.ui.widgets.prompt import PromptBox

CLOCK = 103.0  # "now" for runs still streaming: their elapsed time is fixed


def scripted_app(**kw) -> ProvtuiApp:
    targets = [loopback_target(n, "http://127.0.0.1:9/v1") for n in ("explorer", "small",
                                                                     "streamer")]
    return ProvtuiApp(config=make_config(None), targets=targets, mcp_servers=[],
                      prompt="Analyze battery health and charging data by calling tools.",
                      clock=lambda: CLOCK, check_specs=[{"name": "words", "exact": 19}], **kw)


def comparison_events() -> list[ev.Event]:
    # a different answer: the final analysis compares answers, and a word the others share
    # is not flagged as glued
    other = ("Both batteries are healthy; the Model X lost 6% over 44,000 miles, which is "
             "normal. Keep charging at home off-peak.")
    streaming = [e for e in tool_run(run=2, target="streamer", served_by=None, finish=False,
                                     answer=other) if e.t <= CLOCK]
    return [*tool_run(run=0, target="explorer"), *context_error_run(run=1, target="small"),
            *streaming]


async def _prepare(pilot, *, keys=()) -> None:
    app = pilot.app
    app.query_one(PromptBox).cursor_blink = False
    await app.show_events(comparison_events())
    await pilot.pause()
    for key in keys:
        await pilot.press(key)
    await pilot.pause()


def test_comparison_with_tool_chains_error_and_streaming(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _prepare(pilot)
        pilot.app.panes[0].focus()

    assert snap_compare(scripted_app(), terminal_size=SIZE, run_before=run_before)


def test_maximised_pane_with_tool_cards_and_reasoning(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _prepare(pilot)
        pilot.app.panes[0].focus()
        await pilot.press("c", "t", "m")
        await pilot.pause()

    assert snap_compare(scripted_app(), terminal_size=SIZE, run_before=run_before)


def test_light_theme(snap_compare) -> None:
    async def run_before(pilot) -> None:
        pilot.app.theme = "provtui-light"
        await _prepare(pilot)
        pilot.app.panes[2].focus()

    assert snap_compare(scripted_app(), terminal_size=SIZE, run_before=run_before)


def test_first_start_without_keys_explains_and_offers_the_demo(snap_compare) -> None:
    target = TargetConfig(name="nano30b-nim", provider=PRESETS["nim"], model="nvidia/nano")
    app = ProvtuiApp(config=make_config(None), targets=[target], mcp_servers=[], prompt="",
                     clock=lambda: CLOCK, missing_keys={"nano30b-nim": "NVIDIA_API_KEY"})

    async def run_before(pilot) -> None:
        pilot.app.query_one(PromptBox).cursor_blink = False

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
