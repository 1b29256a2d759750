"""What the copy keys put on the clipboard: a pane's answer, its last tool result, its last
request as a curl command.  Sent with OSC 52 (``App.copy_to_clipboard``), which works over SSH
and inside tmux (``set -g set-clipboard on``).

Provider text is untrusted: terminal control sequences are stripped (a pasted answer must not
drive the terminal it is pasted into) and key values are masked, as on screen.  The curl
command names the key *variable* (``$OPENROUTER_API_KEY``), never its value.
"""

from __future__ import annotations

import json
import shlex
from typing import Any

from provtui.ui.safe import mask_secrets, strip_control

__all__ = ["answer_text", "last_tool_result", "request_as_curl"]


def _safe(text: str) -> str:
    return mask_secrets(strip_control(text))


def answer_text(pane: Any) -> str | None:
    text = getattr(pane, "text", "") or ""
    return _safe(text) if text.strip() else None


def last_tool_result(run: dict[str, Any] | None) -> str | None:
    for call in reversed((run or {}).get("tool_calls") or []):
        if isinstance(call, dict) and isinstance(call.get("result"), str):
            return _safe(call["result"])
    return None


def request_as_curl(run: dict[str, Any] | None, key_var: str | None) -> str | None:
    """The run's last request body as a curl command that re-sends it (streaming)."""
    turns = [t for t in (run or {}).get("turns") or [] if isinstance(t, dict)
             and isinstance(t.get("request"), dict)]
    if not turns:
        return None
    last = turns[-1]
    url = str(last.get("url") or "")
    if not url:
        url = "${BASE_URL:?set BASE_URL}/chat/completions"
    body = json.dumps(last["request"], ensure_ascii=False, indent=2)
    var = key_var if key_var and key_var.replace("_", "").isalnum() else "API_KEY"
    lines = [f"curl -sS -N {shlex.quote(url) if last.get('url') else url} \\",
             "  -H 'Content-Type: application/json' \\",
             "  -H 'Accept: text/event-stream' \\",
             f'  -H "Authorization: Bearer ${var}" \\',
             "  --data-binary @- <<'PROVTUI_JSON'",
             body,
             "PROVTUI_JSON"]
    return _safe("\n".join(lines))
