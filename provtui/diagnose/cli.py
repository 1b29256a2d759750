"""``provtui diagnose``: run, print the tables on stderr, save, print id and path (like
``run``), and the JSON on stdout with ``--json``."""

from __future__ import annotations

import asyncio
import sys
from typing import Any, TextIO

from provtui.core.config import McpServerConfig, TargetConfig

from .runner import run_diagnosis
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

    diagnosis = asyncio.run(run_diagnosis(
        targets, checks=checks, mcp_servers=mcp_servers, samples=samples,
        context_max_tokens=context_max, params=params, request_timeout_s=request_timeout,
        progress=progress))
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
    err.write(f"provtui: saved diagnosis {diagnosis['id']} to {path}\n")
    if output:
        err.write(f"provtui: copy written to {output}\n")
    if as_json:
        out.write(dumps(diagnosis) + "\n")
    return 0
