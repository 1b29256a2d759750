"""``s`` on a pane: its answer in a read-only text area where the mouse selects (drag,
double-click a word, triple-click a line) and ctrl+c copies the selection (OSC 52), or
ctrl+a then ctrl+c copies it all.  The answer's own view draws lines as cached strips for speed,
so selection lives here.  The text is the cleaned one shown on screen: control sequences
stripped, key values masked."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from provtui.ui.safe import mask_secrets, strip_control, visible

__all__ = ["SelectTextScreen"]


class SelectTextScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    SelectTextScreen { align: center middle; }
    SelectTextScreen > Vertical { width: 95%; height: 90%; border: round $accent;
        background: $surface; padding: 0 1; }
    SelectTextScreen #select-title { height: 1; }
    SelectTextScreen TextArea { height: 1fr; }
    """
    BINDINGS = [Binding("escape", "close", "Back", id="select.close"),
                Binding("ctrl+c", "copy_selection", "Copy selection", id="select.copy",
                        priority=True)]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.text = mask_secrets(strip_control(text))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"{visible(self.title_text)} — select with the mouse, ctrl+c copies "
                         "(ctrl+a selects all), escape goes back", id="select-title")
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="select-text")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_copy_selection(self) -> None:
        area = self.query_one(TextArea)
        chosen = area.selected_text or ""
        if not chosen:
            self.notify("Nothing selected: drag with the mouse, or ctrl+a for all.", timeout=3)
            return
        self.app.copy_to_clipboard(chosen)
        self.notify(f"Copied {len(chosen):,} characters.", timeout=2)

    def action_close(self) -> None:
        self.dismiss(None)
