"""The suite matrix: driven live on the demo suite (real simulated providers, real engine,
real MCP server), drilled into while a case runs and after it is saved, filtered, sorted;
a saved result opens read-only with the same drill-down; at 80x24 it scrolls both ways and
says what is off-screen; hostile names are never markup."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path
from typing import Any

import pytest
from ui_helpers import make_config

from provtui.core import events as ev
from provtui.demo.sim import SimServer
from provtui.demo.suite_demo import demo_suite_plan
from provtui.suite.events import (
    CaseEvent,
    CellFinished,
    CellStarted,
    SuiteFinished,
    SuiteStarted,
)
from provtui.ui.app import ProvtuiApp, suite_app
from provtui.ui.screens.matrix import LiveCaseScreen, MatrixScreen
from provtui.ui.screens.matrix_model import MatrixModel
from provtui.ui.screens.session_view import SessionViewScreen

# one case of each kind, so the test stays short: the seed's two tasks, a persona-revealing
# instruction, a riddle and a fact (the coding rows are tested in tests/test_demo_suite.py)
CASES = ("ocean-12", "no-commas-weekend", "ev-battery", "surgeon", "capital-kazakhstan")


def _demo_plan(port: int) -> Any:
    plan = demo_suite_plan(port)
    suite = dataclasses.replace(plan.suite, cases=[c for c in plan.suite.cases
                                                   if c.id in CASES])
    return dataclasses.replace(plan, suite=suite)


async def _until(pilot: Any, cond: Any, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, "timed out waiting for the matrix"
        await pilot.pause(0.1)


def _texts(m: MatrixScreen) -> dict[tuple[str, str], str]:
    return {(r.key, t): m.model.text(r, t) for r in m.model.rows() if r.kind == "case"
            for t in m.model.targets}


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVTUI_DATA_DIR", str(tmp_path))
    return tmp_path


async def test_demo_suite_fills_drills_down_goes_back_and_filters(data_dir: Path) -> None:
    with SimServer.start_in_thread(speed=40, jitter=0.0, seed=3) as sim:
        plan = _demo_plan(sim.port)
        app = suite_app(plan, send=True, concurrency=4, demo=True)  # what demo --suite runs
        matrix = app.start_screen
        assert isinstance(matrix, MatrixScreen)
        async with app.run_test(size=(140, 40)) as pilot:
            await _until(pilot, lambda: matrix.started)
            # while it runs: a spinner somewhere, and enter on a running cell opens it live
            await _until(pilot, lambda: bool(matrix.model.running))
            case, target = next(iter(k for k, n in matrix.model.running.items() if n))
            matrix.open_case(case, target)
            await _until(pilot, lambda: isinstance(app.screen, (LiveCaseScreen,
                                                                SessionViewScreen)))
            await pilot.press("escape")
            await _until(pilot, lambda: app.screen is matrix)

            await _until(pilot, lambda: matrix.finished)
            texts = _texts(matrix)
            assert all(t != "·" and not t.startswith(tuple("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"))
                       for t in texts.values()), texts
            assert texts[("ev-battery", "explorer · sim")] == "✓ 6/6"
            assert texts[("ev-battery", "methodical · sim")] == "✗ 5/6"
            assert texts[("ev-battery", "asker · sim")] == "✗ 1/6"
            assert texts[("ev-battery", "small-context · sim")] == "ERR ctx"
            assert texts[("ocean-12", "asker · sim")] == "✗"
            assert texts[("ocean-12", "methodical · sim")] == "✓"
            grid = matrix.grid
            totals = [r for r in grid.row_list if r.kind == "total"]
            assert [r.key for r in totals] == ["instruction", "mcp", "reasoning", "knowledge"]
            assert matrix.model.total_text("small-context · sim", "mcp") == "ERR"
            assert "[" in matrix.model.footer_text("explorer · sim")  # an interval

            # drill down into a saved case: the same panes as any session, then back
            row = next(i for i, r in enumerate(grid.row_list) if r.key == "ocean-12")
            grid.move_cursor(row=row, column=3)  # the asker's column
            await pilot.press("enter")
            await _until(pilot, lambda: isinstance(app.screen, SessionViewScreen))
            view = app.screen
            assert isinstance(view, SessionViewScreen)
            await _until(pilot, lambda: len(view.panes) == 4)
            assert any("soulsbeneath" in p.turn_text for p in view.panes.values())
            await pilot.press("escape")
            await _until(pilot, lambda: app.screen is matrix)

            # filters: failures, where targets disagree, one category, sort by total
            all_cases = [r.key for r in grid.row_list if r.kind == "case"]
            await pilot.press("f")
            failing = [r.key for r in grid.row_list if r.kind == "case"]
            assert "ocean-12" in failing and "surgeon" not in failing
            assert len(failing) < len(all_cases)
            await pilot.press("a", "d")
            disagree = [r.key for r in grid.row_list if r.kind == "case"]
            assert "ev-battery" in disagree and "capital-kazakhstan" not in disagree
            await pilot.press("a", "c")
            assert {r.category for r in grid.row_list if r.kind == "case"} == {"instruction"}
            await pilot.press("a", "s")
            assert grid.col_list[0] == max(matrix.model.targets,
                                           key=lambda t: matrix.model.earned(t)[0])
            assert grid.col_list[-1] == "asker · sim"  # the lowest total
            await pilot.press("a")
            assert [r.key for r in grid.row_list if r.kind == "case"] == all_cases
        assert matrix.runner.result["status"] == "complete"


# ---------------------------------------------------------------------------- scripted


def _hostile_result() -> dict:
    name = "[bold red]evil[/]\x1b]0;pwn\x07"
    targets = ["alpha", name, *[f"target-{i}" for i in range(6)]]
    cases = [{"id": f"case-{i:02d}", "category": "instruction" if i < 12 else "coding",
              "points": 1 if i < 12 else 4, "session_id": None} for i in range(20)]
    cells = []
    for case in cases:
        for j, t in enumerate(targets):
            err = case["id"] == "case-03" and j == 1
            score = 1.0 if (j + int(case["id"][-2:])) % 3 else 0.5
            cells.append({"case": case["id"], "target": t, "repeat_index": 0,
                          "status": "error" if err else "ok",
                          "error_kind": "[link=x]rate_limit" if err else None,
                          "score": 0 if err else score,
                          "earned": 0 if err else score * case["points"],
                          "points": case["points"], "checks": [], "total_s": 1.5,
                          "cost_usd": 0.001})
    return {"id": "r-snap", "status": "complete", "suite": {"name": "showdown[/]"},
            "targets": targets, "repeat": 1, "cases": cases, "cells": cells, "summary": {}}


def _read_only_app(result: dict) -> tuple[ProvtuiApp, MatrixScreen]:
    matrix = MatrixScreen(result=result)
    app = ProvtuiApp(config=make_config(None), targets=[], mcp_servers=[],
                     clock=lambda: 100.0, start_screen=matrix)
    return app, matrix


async def test_saved_result_read_only_at_80x24_scrolls_both_ways_and_says_what_is_hidden(
        data_dir: Path) -> None:
    app, matrix = _read_only_app(_hostile_result())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = str(matrix.query_one("#matrix-status").render())
        assert "targets →" in status and "↓" in status and "read-only" not in status
        grid = matrix.grid
        grid.move_cursor(row=len(grid.row_list) - 1, column=len(grid.col_list))
        await pilot.pause(0.3)
        status = str(matrix.query_one("#matrix-status").render())
        assert "← " in status and "↑ " in status
        # hostile names are text, never markup or escape sequences
        shown = "".join(str(c.label) for c in grid.columns.values())
        assert "[bold red]evil[/]" in shown and "\x1b" not in shown
        drawn = grid.get_cell("case:case-03", "[bold red]evil[/]\x1b]0;pwn\x07")
        assert drawn.plain == "ERR [link=x]" and not drawn.spans  # literal text, no link
        # a saved case without its session says so and stays on the matrix
        grid.move_cursor(row=0, column=1)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.screen is matrix
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not matrix  # a read-only matrix closes back to the app


class _ScriptedRunner:
    """The engine's event vocabulary, in order, paused at a gate so the test can look at a
    running cell (the real engine is driven by the demo test above)."""

    def __init__(self, gate: asyncio.Event) -> None:
        self.gate = gate
        self.result = {"status": "complete"}

    def cancel(self) -> None:
        pass

    async def events(self):  # noqa: ANN201
        yield SuiteStarted({"cells": [], "cases": []})
        yield CellStarted(key="k", case="c1", target="alpha", repeat_index=0, session_id="s1")
        yield CaseEvent("c1", "s1", ev.RunQueued(run=0, t=100.0, target="alpha",
                                                 provider="p", model="m", repeat_index=0))
        yield CaseEvent("c1", "s1", ev.RunStarted(run=0, t=100.1, target="alpha",
                                                  provider="p", model="m", repeat_index=0))
        yield CaseEvent("c1", "s1", ev.TurnStarted(run=0, t=100.15, turn=0, request={},
                                                   url="http://127.0.0.1:9/v1"))
        yield CaseEvent("c1", "s1", ev.TextDelta(run=0, t=100.2, turn=0,
                                                 text="[red]live[/] text"))
        await self.gate.wait()
        yield CaseEvent("c1", "s1", ev.TextDelta(run=0, t=100.3, turn=0, text=" more"))
        yield CellFinished({"case": "c1", "target": "alpha", "repeat_index": 0,
                            "status": "ok", "score": 1.0, "earned": 1, "points": 1,
                            "checks": [], "session_id": "s1"})
        yield SuiteFinished({"summary": {}})


async def test_a_running_case_opens_live_and_keeps_streaming(data_dir: Path) -> None:
    from provtui.suite.plan import SuitePlan
    from provtui.suite.spec import Case, Suite

    gate = asyncio.Event()
    suite = Suite(name="s", description="", sha256="", path=None, servers={},
                  cases=[Case(id="c1", category="x", points=1, prompt="hello")])
    target = type("T", (), {"name": "alpha"})()
    plan = SuitePlan(suite=suite, targets=[target])
    matrix = MatrixScreen(plan=plan, send=True, runner_factory=lambda p: _ScriptedRunner(gate))
    app = ProvtuiApp(config=make_config(None), targets=[], mcp_servers=[], start_screen=matrix)
    async with app.run_test(size=(120, 30)) as pilot:
        await _until(pilot, lambda: matrix.model.is_running("c1", "alpha"), 10)
        await _until(pilot, lambda: len(matrix.case_events.get("c1", [])) == 4, 10)
        assert matrix.model.cell_text("c1", "alpha")[0] in "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, LiveCaseScreen), 10)
        live = app.screen
        await _until(pilot, lambda: len(live.panes) == 1, 10)
        pane = next(iter(live.panes.values()))
        await _until(pilot, lambda: "[red]live[/] text" in pane.turn_text, 10)
        gate.set()
        await _until(pilot, lambda: "[red]live[/] text more" in pane.turn_text, 10)
        await pilot.press("escape")
        await _until(pilot, lambda: app.screen is matrix, 10)
        await _until(pilot, lambda: matrix.finished, 10)
        assert matrix.model.cell_text("c1", "alpha") == "✓"


def test_model_cells_repeats_errors_and_totals() -> None:
    m = MatrixModel(targets=["a", "b"], cases=[{"id": "x", "category": "k", "points": 6},
                                               {"id": "y", "category": "k", "points": 1}],
                    repeat=3)
    assert m.cell_text("x", "a") == "·"
    m.start("x", "a", "s")
    assert m.cell_text("x", "a", frame=1).endswith("0/3")
    for i, score in enumerate((1.0, 1.0, 0.5)):
        m.finish({"case": "x", "target": "a", "repeat_index": i, "status": "ok",
                  "score": score, "earned": 6 * score})
    assert m.cell_text("x", "a") == "✗ 2/3"
    for i in range(3):
        m.finish({"case": "x", "target": "b", "repeat_index": i, "status": "error",
                  "error_kind": "context_length", "score": 0, "earned": 0})
    assert m.cell_text("x", "b") == "ERR ctx"
    assert m.total_text("a", "k") == "5/7" and m.total_text("b", "k") == "0/7"
    lo_hi = m.footer_text("a")
    assert lo_hi.startswith("5/7 [")


# ---------------------------------------------------------------------------- snapshots
# A saved showdown result of the four simulated personas (tests/ui/data, cut down from a real
# `provtui demo --suite` run).  Update deliberately with --snapshot-update and look at the SVG.

SHOWDOWN = Path(__file__).parent / "data" / "showdown_result.json"


def _showdown_app() -> ProvtuiApp:
    import json

    result = json.loads(SHOWDOWN.read_text(encoding="utf-8"))
    app, _matrix = _read_only_app(result)
    return app


def test_snapshot_matrix_of_the_showdown(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.pause()

    assert snap_compare(_showdown_app(), terminal_size=(120, 48), run_before=run_before)


def test_snapshot_matrix_at_80x24_filtered_to_failures(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(_showdown_app(), terminal_size=(80, 24), run_before=run_before)


# ---------------------------------------------------------------------------- reaching results


def _save_showdown(data_dir: Path) -> Path:
    import json

    result = json.loads(SHOWDOWN.read_text(encoding="utf-8"))
    path = data_dir / "suites" / f"{result['id']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result), encoding="utf-8")
    return path


async def test_the_sessions_browser_and_the_palette_reach_saved_suite_results(
        data_dir: Path) -> None:
    from provtui.ui.screens.matrix_results import (
        SuiteResultPicker,
        SuiteResultsProvider,
    )
    from provtui.ui.screens.sessions import SessionsScreen

    _save_showdown(data_dir)
    app = ProvtuiApp(config=make_config(None), targets=[], mcp_servers=[])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+s")
        await _until(pilot, lambda: isinstance(app.screen, SessionsScreen)
                     and not app.screen.listing, 20)
        await pilot.press("ctrl+l")
        await _until(pilot, lambda: isinstance(app.screen, SuiteResultPicker), 20)
        assert [e["id"] for e in app.screen.entries] == ["20261206-demo-0001"]
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, MatrixScreen), 20)
        matrix = app.screen
        assert matrix.model.read_only and matrix.model.total_text("asker · sim", "mcp") == "1/6"
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, SessionsScreen), 20)

        # the palette's provider lists the same result and opens it
        provider = SuiteResultsProvider(app.screen)
        await provider.startup()
        hits = [h async for h in provider.search("showdown")]
        assert hits and "20261206-demo-0001" in str(hits[0].text)
        hits[0].command()
        await _until(pilot, lambda: isinstance(app.screen, MatrixScreen), 20)


def test_suite_cli_usage_errors_exit_2_with_one_line(data_dir: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PROVTUI_DATA_DIR": str(data_dir)}
    for args, needle in ((["--suite", "showdown"], "--suite needs targets"),
                         (["demo", "--suite", "--prompt", "x"], "takes no --prompt"),
                         (["--suite", "nosuch", "-t", "ollama:x"], "no such suite file")):
        proc = subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                              text=True, env=env, timeout=60)
        assert proc.returncode == 2 and needle in proc.stderr, (args, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1
