"""Drive the embedded demo through the real TUI and save the README screenshots (SVG).

    python screenshots/make_screenshots.py [--out DIR] [--suite-only]

Same code paths as a real comparison: simulated providers over loopback HTTP/SSE, the EV
fleet MCP server over stdio, the panes, the analysis, the session file (written to a temp
data dir so your own sessions are untouched).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (160, 45)


async def _wait_saved(app, pilot, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        await pilot.pause(0.2)
        if app.drive is not None and not app.drive.open and app.drive.session is not None:
            await pilot.pause(0.4)  # one more tick: final analysis and badges drawn
            return
    raise SystemExit(f"the demo did not finish within {timeout_s:.0f}s")


async def make(out: Path) -> list[Path]:
    from provtui.demo.scenario import DEMO_PROMPT, demo_config, demo_plan
    from provtui.demo.sim import SimServer
    from provtui.ui.app import ProvtuiApp
    from provtui.core.config import Config

    written: list[Path] = []
    with SimServer.start_in_thread() as sim:
        plan = demo_plan(sim.port, None)
        config = demo_config(sim.port)
        if isinstance(config, Config):
            config.path = None  # never write a theme choice anywhere
        app = ProvtuiApp(config=config, targets=plan.targets, mcp_servers=plan.mcp_servers,
                         prompt=DEMO_PROMPT, send=False, system=plan.system,
                         max_steps=plan.max_steps, repeat=plan.repeat, params=plan.params,
                         check_specs=plan.check_specs, extra=plan.extra, demo=True)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause(0.3)
            await pilot.press("ctrl+j")
            await _wait_saved(app, pilot)
            app.prompt_box.blur()
            await pilot.pause(0.2)
            written.append(Path(app.save_screenshot("comparison.svg", str(out))))

            # The pane with the most findings, reasoning open, tool chain as cards.
            panes = app.panes
            pane = max(panes, key=lambda p: (len(p.findings), len(p.state.rate)))
            pane.focus()
            await pilot.pause(0.1)
            await pilot.press("t")
            await pilot.pause(0.3)
            written.append(Path(app.save_screenshot("integrity.svg", str(out))))

            await pilot.press("c")
            await pilot.press("m")
            await pilot.pause(0.3)
            written.append(Path(app.save_screenshot("pane-maximised.svg", str(out))))

            # Compare views: the same pane (the glued words) back in the grid, diffed
            # against the first pane; the tool chains aligned; that pane's inspector.
            await pilot.press("m", "c", "t")
            await pilot.pause(0.2)
            await pilot.press("d")
            await app.compare.wait()
            await pilot.press("n")
            app.clear_notifications()
            await pilot.pause(0.3)
            written.append(Path(app.save_screenshot("diff.svg", str(out))))

            await pilot.press("f2")
            await pilot.pause(0.4)
            written.append(Path(app.save_screenshot("alignment.svg", str(out))))
            await pilot.press("escape")
            await pilot.pause(0.2)

            pane.focus()
            await pilot.press("i")
            await pilot.pause(0.4)
            written.append(Path(app.save_screenshot("inspector.svg", str(out))))
            await pilot.press("escape")

            # Repeats and saved sessions: the demo prompt 5 times per target, its summary
            # (pass rates with intervals, verdicts), then the sessions browser.
            app.clear_notifications()
            app.set_repeat(5)
            before = len(app.drives)
            await pilot.press("ctrl+j")
            deadline = time.monotonic() + 300
            while len(app.drives) == before or app.drive.open or app.drive.session is None:
                if time.monotonic() > deadline:
                    raise SystemExit("the repeated demo did not finish within 300s")
                await pilot.pause(0.2)
            await pilot.pause(0.4)
            app.clear_notifications()
            await pilot.press("f8")
            await pilot.pause(0.5)
            written.append(Path(app.save_screenshot("summary.svg", str(out))))
            await pilot.press("escape")
            await pilot.press("ctrl+s")
            while type(app.screen).__name__ != "SessionsScreen" or app.screen.listing:
                await pilot.pause(0.1)
            await pilot.pause(0.3)
            written.append(Path(app.save_screenshot("sessions-browser.svg", str(out))))
            await pilot.press("escape")
    return written


async def make_suite(out: Path) -> list[Path]:
    """The showdown suite's live matrix (`provtui demo --suite`), filled, then one case
    opened from it."""
    from provtui.demo.sim import SimServer
    from provtui.demo.suite_demo import demo_suite_plan
    from provtui.ui.app import ProvtuiApp
    from provtui.ui.screens.matrix import MatrixScreen

    written: list[Path] = []
    with SimServer.start_in_thread() as sim:
        plan = demo_suite_plan(sim.port)
        plan.config.path = None  # never write a theme choice anywhere
        matrix = MatrixScreen(plan=plan, send=True, concurrency=8)
        app = ProvtuiApp(config=plan.config, targets=plan.targets, mcp_servers=[],
                         params=plan.params, demo=True, start_screen=matrix)
        started = time.monotonic()
        async with app.run_test(size=SIZE) as pilot:
            while not matrix.finished:
                if time.monotonic() - started > 600:
                    raise SystemExit("the demo suite did not finish within 600s")
                await pilot.pause(0.5)
            print(f"demo suite in the TUI: {time.monotonic() - started:.0f}s", file=sys.stderr)
            app.clear_notifications()
            await pilot.pause(0.5)
            written.append(Path(app.save_screenshot("suite-matrix.svg", str(out))))
            grid = matrix.grid
            row = next(i for i, r in enumerate(grid.row_list) if r.key == "ev-battery")
            grid.move_cursor(row=row, column=2)
            await pilot.press("enter")
            while type(app.screen).__name__ != "SessionViewScreen":
                await pilot.pause(0.1)
            await pilot.pause(0.5)
            written.append(Path(app.save_screenshot("suite-case.svg", str(out))))
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE), help="folder for the SVG files")
    parser.add_argument("--suite-only", action="store_true",
                        help="only the suite matrix screenshots (provtui demo --suite)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="provtui-screenshots-") as tmp:
        os.environ["PROVTUI_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ.setdefault("PROVTUI_CONFIG", str(Path(tmp) / "config.toml"))
        written = [] if args.suite_only else asyncio.run(make(out))
        written += asyncio.run(make_suite(out))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
