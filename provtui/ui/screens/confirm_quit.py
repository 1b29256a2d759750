"""ctrl+q while runs stream: ask first.  The partial session is saved either way."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

__all__ = ["ConfirmQuit"]


class ConfirmQuit(ModalScreen[bool]):
    BINDINGS = [Binding("escape,n", "answer(False)", "Stay", id="quit.stay"),
                Binding("y,ctrl+q", "answer(True)", "Quit", id="quit.confirm")]

    def __init__(self, running: int) -> None:
        super().__init__()
        self.running = running

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker"):
            yield Label("Quit while runs stream?", classes="picker-title")
            n = self.running
            them = "them" if n != 1 else "it"
            yield Static(f"{n} run{'s are' if n != 1 else ' is'} still streaming. Quitting "
                         f"cancels {them} and saves the partial session (marked cancelled).")
            with Horizontal(classes="picker-buttons"):
                yield Button("Quit (y)", variant="error", id="quit-yes")
                yield Button("Stay (n)", id="quit-no")

    @on(Button.Pressed, "#quit-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#quit-no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
