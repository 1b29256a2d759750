"""The sweep in the TUI: the target picker lists an aggregator's endpoints for a model
(ctrl+e, over a loopback simulated aggregator), and a pane's header shows what the listing
advertised (provider · quantization · context) once its run starts."""

from __future__ import annotations

import time
from dataclasses import replace

from textual.widgets import Input, SelectionList, Static
from ui_helpers import make_config

from provtui.core.config import PRESETS
from provtui.core.events import RunStarted
from provtui.demo.aggregator import AGG_MODEL, DEMO_ENDPOINTS, AggregatorThread
from provtui.demo.sim import SimServer
from provtui.ui.app import ProvtuiApp

SIZE = (180, 45)


async def _wait(pilot, condition, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


async def test_picker_lists_endpoints_and_picks_pinned_targets() -> None:
    with SimServer.start_in_thread(speed=20.0) as sim, AggregatorThread(sim.base_url) as agg:
        config = make_config(None)
        config.providers["openrouter"] = replace(PRESETS["openrouter"], base_url=agg.base_url,
                                                 api_key_env=None)
        app = ProvtuiApp(config=config, targets=[], mcp_servers=[], prompt="hi")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+t")
            await pilot.pause()
            free = app.screen.query_one("#picker-free", Input)
            free.value = "deepinfra:x/y"
            await pilot.press("ctrl+e")
            await pilot.pause()
            assert "not an aggregator" in str(app.screen.query_one("#picker-error").render())
            free.value = f"openrouter:{AGG_MODEL}"
            await pilot.press("ctrl+e")
            listing = app.screen.query_one("#picker-targets", SelectionList)
            await _wait(pilot, lambda: listing.option_count == len(DEMO_ENDPOINTS))
            labels = [str(listing.get_option_at_index(i).prompt)
                      for i in range(listing.option_count)]
            assert "Small · fp4 · 65,536 ctx · $0.04/$0.16 per Mtok · up 99% · 60 tok/s" \
                in labels[3]
            listing.select(f"openrouter:{AGG_MODEL}@small")
            listing.select(f"openrouter:{AGG_MODEL}@asker")
            await pilot.click("#picker-ok")
            await pilot.pause(0.2)
            assert sorted(t.name for t in app.targets) == [f"openrouter:{AGG_MODEL}@asker",
                                                           f"openrouter:{AGG_MODEL}@small"]
            small = next(t for t in app.targets if t.name.endswith("@small"))
            assert small.extra_body["provider"] == {"only": ["small"], "allow_fallbacks": False,
                                                    "require_parameters": True}
            assert small.advertised["context_length"] == 65_536
            assert small.provider.context_window == 65_536
            # the pane header, once the run starts, shows what was advertised
            pane = next(p for p in app.panes if p.state.target.endswith("@small"))
            pane.apply(RunStarted(run=0, t=time.monotonic(), target=small.name,
                                  provider="openrouter", model=AGG_MODEL, repeat_index=0,
                                  extra={"advertised": small.advertised}))
            pane.refresh_header(force=True)
            await pilot.pause()
            title = str(pane.query_one("#pane-title", Static).render())
            assert "Small · fp4 · 65,536 ctx" in title


async def test_demo_sweep_in_the_tui_records_and_shows_advertised() -> None:
    """`provtui demo --sweep` as run_demo builds it (sims at 20x; the ocean prompt without MCP
    to stay fast, 40K output tokens so the small host overflows as in the tool prompt): one
    pane per endpoint, each header with the listing's claim, the session with
    runs[].advertised and the evidence."""
    from provtui.demo.scenario import OCEAN_PROMPT
    from provtui.demo.sweep_demo import sweep_config, sweep_plan

    with SimServer.start_in_thread(speed=20.0) as sim, AggregatorThread(sim.base_url) as agg:
        plan = sweep_plan(sim.port, agg.base_url, OCEAN_PROMPT)
        assert plan.mcp_servers == []
        app = ProvtuiApp(config=sweep_config(sim.port, agg.base_url), targets=plan.targets,
                         mcp_servers=[], prompt=OCEAN_PROMPT, params={"max_tokens": 40_000},
                         check_specs=plan.check_specs, extra=plan.extra, demo=True)
        async with app.run_test(size=SIZE) as pilot:
            assert len(app.panes) == len(DEMO_ENDPOINTS)
            await pilot.press("ctrl+j")
            await _wait(pilot, lambda: bool(app.drives) and app.drives[-1].saved_path
                        is not None, 90)
            await pilot.pause(0.3)
            titles = {p.state.target.rsplit("@", 1)[1]:
                      str(p.query_one("#pane-title", Static).render()) for p in app.panes}
            assert "Small · fp4 · 65,536 ctx" in titles["small"]
            assert "Asker · unknown · 131,072 ctx" in titles["asker"]
            session = app.drives[-1].session
        runs = {r["target"].rsplit("@", 1)[1]: r for r in session["runs"]}
        assert runs["methodical/fp8"]["advertised"]["quantization"] == "fp8"
        assert [n["data"]["field"] for n in runs["small"]["notices"]
                if n["kind"] == "advertised_mismatch"] == ["context_length"]
        assert [n["data"]["observed"] for n in runs["asker"]["notices"]
                if n["kind"] == "advertised_mismatch"] == ["Nvidia"]
