"""Runs the chosen checks on every target and assembles the diagnosis dict.

Targets run concurrently (each provider's ``max_concurrency`` bounds its own requests); the
checks of one target run one after another, in ``CHECKS`` order, so the context search's
prompts follow each other (prefix caches) and routing sees every response before it reports.
A check that raises is recorded as an error for that target; nothing stops the others.
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable
from datetime import datetime, timezone
from types import ModuleType
from typing import Any

import httpx

from provtui.core.config import McpServerConfig, TargetConfig

from . import context, determinism, logprobs, prompt_tokens, routing, tools
from .base import CheckContext
from .client import Asker
from .store import FORMAT, VERSION, new_diagnosis_id
from .summary import summarize

__all__ = ["CHECKS", "CHECK_MODULES", "parse_only", "run_diagnosis"]

CHECK_MODULES: dict[str, ModuleType] = {m.NAME: m for m in (
    context, prompt_tokens, determinism, logprobs, tools, routing)}
CHECKS: tuple[str, ...] = tuple(CHECK_MODULES)


def parse_only(value: str | None) -> list[str]:
    """``--only a,b``: the checks in run order; ValueError naming the unknown ones."""
    if not value:
        return list(CHECKS)
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in CHECK_MODULES]
    if unknown or not names:
        raise ValueError(f"--only: unknown check(s) {', '.join(unknown) or '(none given)'}; "
                         f"choose from {', '.join(CHECKS)}")
    return [c for c in CHECKS if c in names]


async def _mcp_tools(servers: list[McpServerConfig]) -> tuple[list[dict] | None, str | None]:
    if not servers:
        return None, None
    from provtui.core.mcp import McpHub

    try:
        async with McpHub(servers) as hub:
            session = await hub.tools_for("diagnose")
            return session.openai_tools(), None
    except Exception as exc:  # noqa: BLE001 - the context check reports it; others go on
        return None, f"{type(exc).__name__}: {exc}"


INTERRUPTED = "not measured: the diagnosis was interrupted"


async def run_diagnosis(targets: list[TargetConfig], *, checks: list[str] | None = None,
                        mcp_servers: list[McpServerConfig] | None = None, samples: int = 5,
                        context_max_tokens: int | None = None, params: dict | None = None,
                        request_timeout_s: float = 180.0, tools_max_tokens: int = 384,
                        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    chosen = checks or list(CHECKS)
    names = [t.name for t in targets]
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    say = progress or (lambda _m: None)
    mcp_tools, mcp_error = (None, None)
    if "context" in chosen and mcp_servers:
        say(f"reading the tool definitions of {len(mcp_servers)} MCP server(s)")
        mcp_tools, mcp_error = await _mcp_tools(list(mcp_servers))
    results: dict[str, dict[str, Any]] = {c: {} for c in chosen}
    async with httpx.AsyncClient() as client:
        ctx = CheckContext(asker=Asker(client, request_timeout_s=request_timeout_s),
                           targets=list(targets), mcp_tools=mcp_tools,
                           mcp_servers=[s.name for s in mcp_servers or []],
                           samples=samples, context_max_tokens=context_max_tokens,
                           tools_max_tokens=tools_max_tokens,
                           params=dict(params or {}))

        async def one_target(target: TargetConfig) -> None:
            for check in chosen:
                say(f"{target.name}: {check}")
                try:
                    res = await CHECK_MODULES[check].measure(ctx, target)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # noqa: BLE001 - one check's bug is one cell's error
                    res = {"supported": None, "error": f"the check crashed: "
                           f"{type(exc).__name__}: {exc}",
                           "trace": traceback.format_exc(limit=4)[-1500:]}
                if check == "context" and mcp_error and isinstance(res, dict):
                    res["tools_fit"] = {"checked": False, "reason": "the MCP servers could not "
                                        f"be read: {mcp_error[:300]}"}
                results[check][target.name] = res
            say(f"{target.name}: done ({ctx.asker.requests.get(target.name, 0)} requests)")

        interrupted = False
        try:
            await asyncio.gather(*(one_target(t) for t in targets))
        except asyncio.CancelledError:
            # Ctrl-C (or a SIGTERM/SIGHUP the CLI turns into a cancel): what was measured is
            # kept, and every cell not measured says so
            interrupted = True
            for check in chosen:
                for name in names:
                    results[check].setdefault(name, {"supported": None, "error": INTERRUPTED})
        for check in chosen:
            compare = getattr(CHECK_MODULES[check], "compare", None)
            if compare is not None:
                compare(ctx, results[check])
        requests = dict(ctx.asker.requests)
    return {
        "format": FORMAT, "version": VERSION, "id": new_diagnosis_id(), "created_at": created,
        "targets": names,
        "target_info": {t.name: {"provider": t.provider.name, "model": t.model,
                                 "base_url": _plain(t.provider.base_url)} for t in targets},
        "mcp_servers": [s.name for s in mcp_servers or []],
        "params": dict(params or {}),
        "checks": results,
        "requests": requests,
        "summary": summarize(names, results),
        **({"interrupted": True} if interrupted else {}),
    }


def _plain(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        u = urlsplit(url)
        port = f":{u.port}" if u.port else ""
        return f"{u.scheme}://{u.hostname or ''}{port}{u.path}"
    except ValueError:
        return "(unparseable base_url)"
