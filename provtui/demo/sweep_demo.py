"""`provtui demo --sweep`: one model, every endpoint the simulated aggregator lists for it.

The same path as ``provtui run --sweep -t openrouter:MODEL`` against the real OpenRouter:
the listing is fetched over HTTP from provtui.demo.aggregator, expanded by
provtui.core.sweep.expand_sweep into one pinned target per endpoint, and each request goes
through the aggregator's routing to a simulated provider.  No key is read or sent: the demo's
``openrouter`` provider points at 127.0.0.1 and names no key variable.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from provtui.core.config import Config
    from provtui.core.fanout import SessionPlan

__all__ = ["sweep_config", "sweep_plan", "SWEEP_SPEC"]

SWEEP_SPEC = "openrouter:provtui-sim/nemotron-nano-30b"


def sweep_config(sim_port: int, aggregator_url: str) -> Config:
    """The demo config plus an ``openrouter`` provider (the preset, so ``kind = aggregator``)
    aimed at the simulated aggregator, with no key variable."""
    from provtui.core.config import PRESETS
    from provtui.demo.scenario import demo_config

    config = demo_config(sim_port)
    config.providers["openrouter"] = replace(
        PRESETS["openrouter"], base_url=aggregator_url, api_key_env=None, headers={},
        connect_timeout_s=5.0, read_timeout_s=30.0)
    return config


def sweep_plan(sim_port: int, aggregator_url: str, prompt: str | None = None,
               notes: list[str] | None = None) -> SessionPlan:
    """demo_plan's prompt, MCP server and checks, with the targets of a sweep of
    SWEEP_SPEC (raises ListingError when the listing fails, like the CLI)."""
    from provtui.core.config import resolve_target
    from provtui.core.sweep import expand_sweep
    from provtui.demo.scenario import demo_plan

    base = demo_plan(sim_port, prompt)
    config = sweep_config(sim_port, aggregator_url)
    targets = expand_sweep([resolve_target(SWEEP_SPEC, config)], notes=notes)
    return replace(base, targets=targets,
                   extra={**base.extra, "demo": "provtui demo --sweep", "sweep": SWEEP_SPEC})
