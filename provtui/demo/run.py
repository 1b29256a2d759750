"""`provtui demo`: the whole product with simulated providers, no keys, no network.

The same code paths as a real comparison (HTTP to the providers, SSE parsing, MCP over stdio,
analysis, saving); only the providers are simulated, on a loopback port of their own thread.
"""

from __future__ import annotations

import sys


def run_demo(*, send: bool = False, no_tui: bool = False, output: str | None = None,
             prompt: str | None = None, as_json: bool = False, sweep: bool = False) -> int:
    from provtui.demo.scenario import DEMO_PROMPT, demo_config, demo_plan
    from provtui.demo.sim import SimServer

    if sweep:
        return _run_sweep_demo(send=send, no_tui=no_tui, output=output, prompt=prompt,
                               as_json=as_json)
    with SimServer.start_in_thread() as sim:
        port = sim.port
        plan = demo_plan(port, prompt)
        if no_tui:
            sys.stderr.write("provtui demo: four SIMULATED providers serving the same model on "
                             f"127.0.0.1:{port} (no keys, no network)\n")
            from provtui.headless import run_headless

            return run_headless(plan, output=output, as_json=as_json)
        from provtui.ui.app import run_tui

        return run_tui(config=demo_config(port), targets=plan.targets,
                       mcp_servers=plan.mcp_servers, prompt=prompt or DEMO_PROMPT, send=send,
                       system=plan.system, max_steps=plan.max_steps, repeat=plan.repeat,
                       params=plan.params, check_specs=plan.check_specs, extra=plan.extra,
                       demo=True)


def _run_sweep_demo(*, send: bool, no_tui: bool, output: str | None, prompt: str | None,
                    as_json: bool) -> int:
    """The simulated providers behind a simulated aggregator, swept: one pane per endpoint."""
    from provtui.demo.aggregator import AggregatorThread
    from provtui.demo.scenario import DEMO_PROMPT
    from provtui.demo.sim import SimServer
    from provtui.demo.sweep_demo import SWEEP_SPEC, sweep_config, sweep_plan

    with SimServer.start_in_thread() as sim, AggregatorThread(sim.base_url) as agg:
        notes: list[str] = []
        plan = sweep_plan(sim.port, agg.base_url, prompt, notes=notes)
        for note in notes:
            sys.stderr.write(f"provtui demo: note: {note}\n")
        if no_tui:
            sys.stderr.write(f"provtui demo --sweep: {SWEEP_SPEC} on a SIMULATED aggregator at "
                             f"{agg.base_url} lists {len(plan.targets)} endpoints: "
                             + ", ".join(t.name.rsplit("@", 1)[-1] for t in plan.targets)
                             + " (no keys, no network)\n")
            from provtui.headless import run_headless

            return run_headless(plan, output=output, as_json=as_json)
        from provtui.ui.app import run_tui

        return run_tui(config=sweep_config(sim.port, agg.base_url), targets=plan.targets,
                       mcp_servers=plan.mcp_servers, prompt=prompt or DEMO_PROMPT, send=send,
                       system=plan.system, max_steps=plan.max_steps, repeat=plan.repeat,
                       params=plan.params, check_specs=plan.check_specs, extra=plan.extra,
                       demo=True)
