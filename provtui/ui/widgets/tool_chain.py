"""The tool chain of one run: one line that grows call by call, expandable to cards.

``list_vehicles → get_vehicle_status → get_battery_health …``: the running call is
highlighted, failed calls are marked ✗, calls with arguments that did not validate are
marked ⚠.  Clicking the line (or ``pane: tool cards``) shows one card per call with its
arguments, result and duration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

from provtui.ui.safe import visible

__all__ = ["ToolCallView", "ToolChain", "chain_text"]

_CARD_ARGS_CHARS = 600
_CARD_RESULT_CHARS = 1200


@dataclass
class ToolCallView:
    key: str
    """call id once known, else ``"turn:index"`` while the call is still being streamed."""
    name: str
    turn: int
    state: str = "forming"
    """forming (arguments streaming) | running | ok | failed"""
    arguments: Any = None
    arguments_valid: bool = True
    result: str = ""
    duration_s: float | None = None


def _cells(call: ToolCallView) -> int:
    return len(call.name) + 5 + (2 if not call.arguments_valid else 0)


def chain_text(calls: list[ToolCallView], *, expanded: bool = False,
               max_cells: int | None = None) -> Text:
    """The chain as one line (it wraps in a narrow pane).  With ``max_cells``, the earliest
    calls fold into ``+N earlier →`` so a 30-call chain keeps its newest calls in view."""
    text = Text(no_wrap=False, overflow="fold")
    if not calls:
        return text
    text.append("▾ " if expanded else "▸ ", style="dim")
    shown = calls
    if max_cells is not None and not expanded:
        budget = max_cells - 24
        used = 0
        keep = 0
        for call in reversed(calls):
            used += _cells(call)
            if used > budget and keep:
                break
            keep += 1
        if keep < len(calls):
            hidden = calls[:len(calls) - keep]
            shown = calls[len(calls) - keep:]
            failed = sum(1 for c in hidden if c.state == "failed")
            text.append(f"+{len(hidden)} earlier", style="dim")
            if failed:
                text.append(f" ({failed} ✗)", style="bold red")
            text.append(" → ", style="dim")
    for i, call in enumerate(shown):
        if i:
            text.append(" → ", style="dim")
        name = visible(call.name) or "?"
        match call.state:
            case "running" | "forming":
                text.append(f" {name} ", style="bold reverse")
            case "failed":
                text.append(f"✗ {name}", style="bold red")
            case _:
                text.append(name, style="bold" if call.arguments_valid else "")
        if not call.arguments_valid:
            text.append(" ⚠", style="yellow")
    if any(c.state in ("running", "forming") for c in calls):
        text.append(" …", style="dim")
    return text


def _card_text(call: ToolCallView) -> Text:
    mark = {"running": "⏵", "forming": "…", "failed": "✗", "ok": "✓"}.get(call.state, "")
    text = Text()
    text.append(f"{mark} {visible(call.name)}", style="bold red" if call.state == "failed"
                else "bold")
    text.append(f"  turn {call.turn + 1}", style="dim")
    if call.duration_s is not None:
        text.append(f"  {call.duration_s * 1000:.0f} ms", style="dim")
    if not call.arguments_valid:
        text.append("  arguments did not validate", style="yellow")
    if call.arguments is not None:
        if isinstance(call.arguments, str):
            args = call.arguments
        else:
            args = json.dumps(call.arguments, ensure_ascii=False)
        args = visible(args)
        if len(args) > _CARD_ARGS_CHARS:
            args = args[:_CARD_ARGS_CHARS] + f" … ({len(args)} chars)"
        text.append("\nargs   ", style="dim")
        text.append(args)
    if call.state in ("ok", "failed"):
        result = visible(call.result)
        if len(result) > _CARD_RESULT_CHARS:
            result = result[:_CARD_RESULT_CHARS] + f" … ({len(call.result)} chars)"
        text.append("\nresult ", style="dim")
        text.append(result, style="red" if call.state == "failed" else "")
    return text


class ToolChain(Widget):
    """Owns the call list; the pane tells it what happened and when to redraw."""

    DEFAULT_CSS = """
    ToolChain { height: auto; display: none; }
    ToolChain.-has-calls { display: block; }
    ToolChain > #chain-line { height: auto; }
    ToolChain > #chain-cards { height: auto; max-height: 20; overflow-y: auto; display: none; }
    ToolChain.-expanded > #chain-cards { display: block; }
    ToolChain .tool-card { height: auto; padding: 0 1; margin-top: 1; background: $boost; }
    ToolChain .tool-card.-failed { border-left: thick $error; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.calls: list[ToolCallView] = []
        self._by_key: dict[str, ToolCallView] = {}
        self._dirty = False
        self._shape = -1
        self.expanded = False

    def compose(self) -> ComposeResult:
        yield Static(id="chain-line")
        yield Vertical(id="chain-cards")

    # ------------------------------------------------------------------ state

    def reset(self) -> None:
        self.calls.clear()
        self._by_key.clear()
        self._dirty = True

    def forming(self, turn: int, index: int, call_id: str | None, name: str | None) -> None:
        key = f"{turn}:{index}"
        call = self._by_key.get(key)
        if call is None:
            if not name:
                return
            call = ToolCallView(key=key, name=name, turn=turn)
            self.calls.append(call)
            self._by_key[key] = call
            self._dirty = True
        if call_id:
            self._by_key[call_id] = call

    def started(self, turn: int, call_id: str, name: str, arguments: Any, valid: bool) -> None:
        call = self._by_key.get(call_id)
        if call is None:
            # not seen while streaming (a provider that sends whole calls): bind the first
            # forming call of this turn with the same name, or append
            call = next((c for c in self.calls if c.turn == turn and c.state == "forming"
                         and c.name == name), None)
            if call is None:
                call = ToolCallView(key=call_id, name=name, turn=turn)
                self.calls.append(call)
            self._by_key[call_id] = call
        call.name, call.state = name, "running"
        call.arguments, call.arguments_valid = arguments, valid
        self._dirty = True

    def finished(self, call_id: str, name: str, result: str, is_error: bool,
                 duration_s: float) -> None:
        call = self._by_key.get(call_id)
        if call is None:
            call = ToolCallView(key=call_id, name=name, turn=0)
            self.calls.append(call)
            self._by_key[call_id] = call
        call.state = "failed" if is_error else "ok"
        call.result, call.duration_s = result, duration_s
        self._dirty = True

    def settle(self) -> None:
        """The turn or run ended: calls still forming never ran."""
        for call in self.calls:
            if call.state == "forming":
                call.state = "ok" if call.result else "failed"
                if not call.result:
                    call.result = "never executed (the turn ended before the call was complete)"
                self._dirty = True

    @property
    def running(self) -> list[str]:
        return [c.name for c in self.calls if c.state == "running"]

    # ------------------------------------------------------------------ drawing

    def toggle(self) -> None:
        self.expanded = not self.expanded
        self.set_class(self.expanded, "-expanded")
        self._dirty = True
        self.refresh_now()

    def refresh_now(self) -> None:
        """Called from the pane's 10 Hz tick; redraws only when something changed."""
        if not self._dirty or not self.is_mounted:
            return
        self._dirty = False
        self.set_class(bool(self.calls), "-has-calls")
        width = self.size.width or 40
        line = chain_text(self.calls, expanded=self.expanded, max_cells=width * 3)
        # the chain's height changes only when its length does
        shape = len(line.plain)
        self.query_one("#chain-line", Static).update(line, layout=shape != self._shape)
        self._shape = shape
        if self.expanded:
            cards = self.query_one("#chain-cards", Vertical)
            existing = list(cards.children)
            for i, call in enumerate(self.calls):
                if i < len(existing):
                    card = existing[i]
                    assert isinstance(card, Static)
                    card.update(_card_text(call))
                else:
                    card = Static(_card_text(call), classes="tool-card")
                    cards.mount(card)
                card.set_class(call.state == "failed", "-failed")
            for extra in existing[len(self.calls):]:
                extra.remove()

    def on_resize(self) -> None:
        self._dirty = True
        self.refresh_now()

    def on_click(self) -> None:
        self.toggle()
