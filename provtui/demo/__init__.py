"""The embedded demo: simulated providers (``sim``), the EV fleet MCP server (``ev_server``,
``ev_data``), the demo's config and plan (``scenario``) and its runner (``run``).

Nothing is imported here, so ``python -m provtui.demo.ev_server`` and the simulated providers
start without loading each other's dependencies.
"""
