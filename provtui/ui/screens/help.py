"""F1 / ``?``: every key by area, read from the binding ids (so a remapped key shows as
remapped), closed by escape, F1 or ``q``."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

__all__ = ["HelpScreen", "key_table"]

AREAS = {
    "app": "Everywhere (main screen)",
    "prompt": "Prompt box",
    "pane": "A focused pane",
    "sessions": "Sessions browser (ctrl+s)",
    "session": "A saved session",
    "summary": "Summary (f8)",
    "inspector": "Inspector (i)",
    "alignment": "Tool alignment (f2)",
    "matrix": "Suite matrix",
}


def _classes() -> list[Any]:
    """Every widget and screen that has bindings with ids (imported lazily: help is rare)."""
    from provtui.ui.app import ProvtuiApp
    from provtui.ui.widgets.pane import ProviderPane
    from provtui.ui.widgets.prompt import PromptBox

    out: list[Any] = [ProvtuiApp, PromptBox, ProviderPane]
    for module, names in (("provtui.ui.screens.sessions", ("SessionsScreen",)),
                          ("provtui.ui.screens.session_view", ("SessionViewScreen",)),
                          ("provtui.ui.screens.summary", ("SummaryScreen",)),
                          ("provtui.ui.screens.inspector", ("InspectorScreen",)),
                          ("provtui.ui.screens.alignment", ("ToolAlignmentScreen",)),
                          ("provtui.ui.screens.matrix", ("MatrixScreen",))):
        try:
            mod = __import__(module, fromlist=list(names))
        except ImportError:
            continue
        out += [getattr(mod, n) for n in names if hasattr(mod, n)]
    return out


# what terminals send for alt+= and alt+- (see the app's bindings): the same keys, not new ones
_ALIASES = {"not_equal_to", "en_dash"}


def _display_key(keys: str, app: Any) -> str:
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if not key or key in _ALIASES:
            continue
        try:
            shown.append(app.get_key_display(Binding(key, "")))
        except Exception:
            shown.append(key)
    return " / ".join(dict.fromkeys(shown))


def key_table(app: Any) -> dict[str, list[tuple[str, str]]]:
    """{area: [(keys, what it does)]} from every binding with an id, with the user's keymap
    (config [ui.keymap], binding id -> keys) applied."""
    keymap: dict[str, str] = {}
    config = getattr(app, "config", None)
    ui = getattr(config, "ui", None) or {}
    if isinstance(ui.get("keymap"), dict):
        keymap = {str(k): str(v) for k, v in ui["keymap"].items()}
    areas: dict[str, list[tuple[str, str]]] = {}
    seen: set[str] = set()
    for cls in _classes():
        for b in getattr(cls, "BINDINGS", []):
            if not isinstance(b, Binding) or not b.id or b.id in seen:
                continue
            seen.add(b.id)
            area = b.id.split(".", 1)[0]
            keys = keymap.get(b.id, b.key)
            areas.setdefault(area, []).append((_display_key(keys, app), b.description or
                                               b.action))
    return areas


class HelpScreen(ModalScreen[None]):
    """Every key by area; escape closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 110; height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [
        Binding("escape,f1,q,question_mark", "close", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self._help_text(), id="help-body")

    def _help_text(self) -> Text:
        out = Text()
        out.append("provtui keys", style="bold")
        out.append("   (remap any of them in the config: [ui.keymap] \"binding.id\" = \"keys\")"
                   "\n", style="dim")
        table = key_table(self.app)
        order = list(AREAS) + [a for a in table if a not in AREAS]
        for area in order:
            rows = table.get(area)
            if not rows:
                continue
            out.append(f"\n{AREAS.get(area, area)}\n", style="bold underline")
            width = max(len(k) for k, _ in rows) + 2
            for keys, what in rows:
                out.append(f"  {keys:<{width}}", style="bold")
                out.append(f"{what}\n")
        out.append("\nSending: ctrl+j or F5 sends the prompt to every target (enter adds a "
                   "line; under tmux alt+enter arrives as enter).\nCopying: y copies the "
                   "focused pane's answer; the palette (ctrl+p) also copies its last tool "
                   "result or its request as curl (OSC 52: works over SSH and in tmux with "
                   "set-clipboard on).\n", style="dim")
        return out

    def action_close(self) -> None:
        self.dismiss(None)
