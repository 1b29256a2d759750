"""Command palette provider for saved sessions: "session: open ID — prompt".

The app's own verbs ("pane: maximise", ...) come from ``ProvtuiApp.get_system_commands``; this
provider adds one entry per saved session, read off the UI thread.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from provtui.ui.safe import visible

__all__ = ["SessionsProvider"]

_MAX_SESSIONS = 200


class SessionsProvider(Provider):
    async def startup(self) -> None:
        from provtui.core.index import list_indexed

        try:
            entries = (await asyncio.to_thread(list_indexed, limit=_MAX_SESSIONS)).items
        except Exception:  # a broken sessions folder must not break the palette
            entries = []
        self._entries: list[dict[str, Any]] = entries[:_MAX_SESSIONS]

    def _label(self, entry: dict[str, Any]) -> str:
        prompt = visible(str(entry.get("prompt") or "")).replace("\n", " ")
        return f"session: open {entry.get('id')} — {prompt[:60]}"

    def _open(self, session_id: str) -> None:
        open_sessions = getattr(self.app, "action_open_sessions", None)
        if open_sessions is not None:
            open_sessions(session_id)

    async def discover(self) -> Hits:
        for entry in getattr(self, "_entries", [])[:20]:
            targets = ", ".join(visible(str(t)) for t in entry.get("targets") or [])
            yield DiscoveryHit(Text(self._label(entry)), partial(self._open, str(entry["id"])),
                               help=f"{entry.get('created_at', '')}  {targets}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in getattr(self, "_entries", []):
            label = self._label(entry)
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(self._open, str(entry["id"])),
                          help=str(entry.get("created_at", "")))
