"""What every check gets (``CheckContext``) and the shapes every check returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from provtui.core.config import TargetConfig

from .client import Asker, Reply

__all__ = ["CheckContext", "unsupported", "failed", "user_max_tokens"]


@dataclass
class CheckContext:
    asker: Asker
    targets: list[TargetConfig]
    mcp_tools: list[dict[str, Any]] | None = None
    """OpenAI tool definitions of the attached --mcp servers (None: none attached)."""
    mcp_servers: list[str] = field(default_factory=list)
    samples: int = 5
    """Identical requests per target for the determinism check."""
    context_max_tokens: int | None = None
    """Upper bound of the context search (default: 2x the declared window, else 32768)."""
    tools_max_tokens: int = 384
    """Output budget of each tool task: reasoning models think before they call."""
    params: dict[str, Any] = field(default_factory=dict)
    """The user's --param values: sent with every request under the check's own."""

    async def ask(self, target: TargetConfig, messages: list[dict[str, Any]],
                  params: dict[str, Any], *, tools: list[dict] | None = None) -> Reply:
        return await self.asker.ask(target, messages, {**self.params, **params}, tools=tools)


def unsupported(reason: str, **more: Any) -> dict[str, Any]:
    return {"supported": False, "reason": reason, **more}


def failed(reply: Reply, what: str, **more: Any) -> dict[str, Any]:
    """A check that could not measure because a request failed (not the same as unsupported)."""
    return {"supported": None, "error": f"{what}: {reply.error_line()}", **more}


def user_max_tokens(target: TargetConfig, params: dict[str, Any]) -> int | None:
    for source in (params, target.params):
        for name in ("max_tokens", "max_completion_tokens"):
            value = source.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return value
    return None
