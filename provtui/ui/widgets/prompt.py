"""The prompt box: multi-line, history on up/down while empty, send with ctrl+j / alt+enter.

Terminals send the same bytes for enter and ctrl+enter, so enter stays a newline and sending
uses keys a terminal can tell apart: ctrl+j (a line feed) and alt+enter (ESC CR).
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import TextArea

__all__ = ["PromptBox"]


class PromptBox(TextArea):
    # Sending is the app's priority binding (app.send), so it works from any widget.
    BINDINGS = [
        Binding("up", "history_previous", "Previous prompt", show=False,
                id="prompt.history_previous"),
        Binding("down", "history_next", "Next prompt", show=False, id="prompt.history_next"),
    ]

    def __init__(self, text: str = "", *, history: list[str] | None = None,
                 id: str | None = None) -> None:
        super().__init__(text, id=id, soft_wrap=True, show_line_numbers=False,
                         tab_behavior="focus", compact=True)
        self.prompt_history: list[str] = list(history or [])
        self._history_index: int | None = None
        self.placeholder = ("Type a prompt · ctrl+j or F5 sends it to every target · enter adds a "
                            "line · F1 help")

    # What terminals send for alt+= and alt+- (ESC= arrives as U+2260, ESC- as U+2013 under
    # tmux and most xterm-likes): the app binds them to the run count, so the prompt must not
    # type them (a TextArea otherwise takes every printable key before any binding).
    NOT_TYPED = frozenset({"not_equal_to", "en_dash"})

    async def _on_key(self, event: events.Key) -> None:
        # the app holds the panes' redraws for a moment, so the frame that shows this key
        # carries nothing else (ui/text_schedule.py)
        note = getattr(self.app, "note_typing", None)
        if note is not None:
            note()
        await super()._on_key(event)

    def check_consume_key(self, key: str, character: str | None) -> bool:
        if key in self.NOT_TYPED:
            return False
        return super().check_consume_key(key, character)

    def remember(self, text: str) -> None:
        """Add a sent prompt to the history (consecutive repeats once)."""
        if not self.prompt_history or self.prompt_history[-1] != text:
            self.prompt_history.append(text)
        self._history_index = None

    def _browsing(self) -> bool:
        return not self.text or self._history_index is not None

    def action_history_previous(self) -> None:
        if not self._browsing() or not self.prompt_history:
            self.action_cursor_up()
            return
        index = len(self.prompt_history) if self._history_index is None else self._history_index
        index = max(0, index - 1)
        self._history_index = index
        self._show(self.prompt_history[index])

    def action_history_next(self) -> None:
        if self._history_index is None:
            self.action_cursor_down()
            return
        index = self._history_index + 1
        if index >= len(self.prompt_history):
            self._history_index = None
            self._show("")
        else:
            self._history_index = index
            self._show(self.prompt_history[index])

    def _show(self, text: str) -> None:
        browsing = self._history_index
        self.load_text(text)
        self._history_index = browsing
        self.move_cursor(self.document.end)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        # typing (not browsing) leaves history mode
        if self._history_index is not None and self.text != self.prompt_history[self._history_index]:
            self._history_index = None
