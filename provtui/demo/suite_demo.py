"""`provtui demo --suite`: the built-in ``showdown`` suite on the four simulated providers.

The same engine as ``provtui suite run`` (provtui.suite.runner) against the simulated
providers on a loopback port of their own thread, with the demo's own config: no keys, no
network.  Every target asks for a 32K output budget, as reasoning models are usually given;
that is what makes the small-context provider refuse the MCP case for real (the tool
definitions push the request past its 34,000 tokens), as in the seed study.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from provtui.demo.scenario import DEMO_PARAMS, TARGET_NAMES, demo_config

__all__ = ["SUITE", "demo_suite_plan", "run_suite_demo"]

SUITE = "showdown"


def demo_suite_plan(sim_port: int, suite: str = SUITE) -> Any:
    from provtui.core.config import resolve_target
    from provtui.suite.plan import SuitePlan
    from provtui.suite.spec import load_suite

    config = demo_config(sim_port)
    targets = [resolve_target(name, config) for _, name in TARGET_NAMES.values()]
    return SuitePlan(suite=load_suite(suite, config), targets=targets, config=config,
                     params=dict(DEMO_PARAMS))


def run_suite_demo(*, no_tui: bool = False, output: str | None = None,
                   send: bool = True, concurrency: int = 8) -> int:
    """``concurrency`` 8: the simulated providers pace their tokens like real hosts (the
    asker streams 32 tokens/s after 1.45 s), so the run waits far more than it computes."""
    from provtui.demo.sim import SimServer

    with SimServer.start_in_thread() as sim:
        plan = demo_suite_plan(sim.port)
        if not no_tui:
            from provtui.ui.app import run_suite_tui

            return run_suite_tui(plan, concurrency=concurrency, demo=True, output=output)
        return _headless(plan, sim.port, output, concurrency)


def _headless(plan: Any, port: int, output: str | None, concurrency: int) -> int:
    from provtui.suite.commands import EXIT_INTERRUPTED, EXIT_OK, run_and_report
    from provtui.suite.runner import SuiteRunner

    err = sys.stderr
    err.write(f"provtui demo: the {plan.suite.name} suite ({len(plan.suite.cases)} cases) on four "
              f"SIMULATED providers on 127.0.0.1:{port} (no keys, no network)\n")
    runner = SuiteRunner(plan, concurrency=concurrency)
    result, path = run_and_report(runner, err)
    err.write(f"provtui: saved suite result {result['id']} to {path}\n")
    if output:
        dest = Path(output).expanduser()
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        err.write(f"provtui: copy written to {dest}\n")
    return EXIT_INTERRUPTED if runner.stopped == "cancelled" else EXIT_OK
