"""``provtui diagnose``: run, print the tables on stderr, save, print id and path (like
``run``), and the JSON on stdout with ``--json``."""

from __future__ import annotations

import asyncio
import signal
import sys
from typing import Any, TextIO

from provtui.core import stop_signals
from provtui.core.config import McpServerConfig, TargetConfig

from .runner import INTERRUPTED, run_diagnosis
from .store import dumps, save_diagnosis
from .table import format_diagnosis

__all__ = ["run_diagnose_cli"]


def run_diagnose_cli(targets: list[TargetConfig], *, checks: list[str],
                     mcp_servers: list[McpServerConfig], params: dict[str, Any],
                     samples: int = 5, context_max: int | None = None,
                     request_timeout: float = 180.0, output: str | None = None,
                     as_json: bool = False, out: TextIO | None = None,
                     err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    err.write(f"provtui: diagnosing {len(targets)} target(s): {', '.join(checks)} "
              "(small requests; the context search sends a few long prompts)\n")

    def progress(message: str) -> None:
        from provtui.core.summary_text import clean

        err.write(f"provtui: {clean(message, 200)}\n")
        err.flush()

    stopped_by: list[int] = []

    async def main() -> dict[str, Any] | None:
        # SIGTERM and SIGHUP stop it as Ctrl-C does (asyncio.run's own handler): the task is
        # cancelled, what was measured is kept and saved; a second Ctrl-C abandons it
        task = asyncio.current_task()

        def stop(sig: int) -> None:
            stopped_by.append(sig)
            if task is not None and not task.done():
                task.cancel()

        stop_signals.install(asyncio.get_running_loop(), stop, stop_signals.KILL_SIGNALS)
        try:
            return await run_diagnosis(
                targets, checks=checks, mcp_servers=mcp_servers, samples=samples,
                context_max_tokens=context_max, params=params, request_timeout_s=request_timeout,
                progress=progress)
        except asyncio.CancelledError:
            return None  # stopped before any check ran (reading the MCP servers' tools)

    diagnosis = asyncio.run(main())
    if diagnosis is None:
        sig = stopped_by[0] if stopped_by else signal.SIGINT
        err.write(f"provtui: interrupted ({signal.Signals(sig).name}) before any check ran: "
                  "nothing to save\n")
        return 128 + int(sig)
    from provtui.core.redaction import known_secrets, redact_text

    err.write("\n" + redact_text(format_diagnosis(diagnosis), known_secrets()))
    try:
        path = save_diagnosis(diagnosis, copy_to=output)
    except OSError as exc:
        err.write(f"provtui: could not save the diagnosis: {exc}; fix the data directory "
                  "(PROVTUI_DATA_DIR) and run again\n")
        if as_json:
            out.write(dumps(diagnosis) + "\n")
        return 1
    if diagnosis.get("interrupted"):
        sig = stopped_by[0] if stopped_by else signal.SIGINT
        measured = sum(1 for cells in diagnosis["checks"].values() for c in cells.values()
                       if not (isinstance(c, dict) and c.get("error") == INTERRUPTED))
        total = sum(len(cells) for cells in diagnosis["checks"].values())
        err.write(f"provtui: interrupted ({signal.Signals(sig).name}): saved the partial diagnosis "
                  f"{diagnosis['id']} ({measured} of {total} check cells measured) to {path}\n")
    else:
        err.write(f"provtui: saved diagnosis {diagnosis['id']} to {path}\n")
    if output:
        err.write(f"provtui: copy written to {output}\n")
    if as_json:
        out.write(dumps(diagnosis) + "\n")
    if diagnosis.get("interrupted"):
        return 128 + int(stopped_by[0] if stopped_by else signal.SIGINT)
    return 0

