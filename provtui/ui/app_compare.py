"""Pane keys that compare or inspect (diff, divergences, sync scroll, inspector, tool
alignment, tool replay), acting on the panes of the screen in front: a saved session's own,
else the main screen's."""


from typing import Any

from textual.app import App
from textual.screen import Screen

from provtui.ui.safe import escape_markup
from provtui.ui.widgets.pane import ProviderPane
from provtui.ui.widgets.diff import CompareController



class _PaneHost:
    """The app as a compare controller sees it, with the panes of one other screen (a saved
    session) instead of the main screen's."""

    def __init__(self, app: App, screen: Screen) -> None:
        self._app, self._screen = app, screen

    @property
    def panes(self) -> list[ProviderPane]:
        return list(getattr(self._screen, "panes", {}).values())

    def current_pane(self) -> ProviderPane | None:
        return self._app.current_pane()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._app, name)



class CompareActions:
    """Mixed into ProvtuiApp."""

    def pane_screen(self) -> Screen | None:
        """The screen in front when it shows panes of its own (a saved session), else None
        (the main screen's panes are meant)."""
        screen = self.screen
        if self.screen_stack and screen is not self.screen_stack[0] and \
                isinstance(getattr(screen, "panes", None), dict):
            return screen
        return None

    def screen_panes(self) -> list[ProviderPane]:
        """The panes pane keys act on: those of the saved session in front, else the main
        screen's (a saved session's keys never reach the live panes behind it)."""
        view = self.pane_screen()
        if view is not None:
            return [p for p in view.panes.values()]
        return self.panes

    def compare_for_screen(self) -> CompareController:
        """Diff and sync-scroll state belongs to the screen whose panes it compares."""
        view = self.pane_screen()
        if view is None:
            return self.compare
        ctl = getattr(view, "compare", None)
        if ctl is None:
            ctl = CompareController(_PaneHost(self, view))
            view.compare = ctl
        return ctl

    # ------------------------------------------------------------------ compare views

    def action_diff(self) -> None:
        self.compare_for_screen().toggle()

    def action_diff_reference(self) -> None:
        pane = self.current_pane()
        self.compare_for_screen().set_reference(pane)
        if pane is not None:
            self.notify(f"Diff reference: {escape_markup(pane.state.target)}", timeout=2)

    def action_next_divergence(self) -> None:
        self.compare_for_screen().jump(self.current_pane())

    def action_first_divergence(self) -> None:
        self.compare_for_screen().jump(self.current_pane(), first=True)

    def action_sync_scroll(self) -> None:
        self.compare_for_screen().toggle_sync()

    def action_inspect(self) -> None:
        from provtui.ui.screens.inspector import open_inspector

        open_inspector(self, self.current_pane())

    def action_align(self) -> None:
        from provtui.ui.screens.alignment import open_alignment

        open_alignment(self)

    def action_tool_replay(self) -> None:
        from provtui.ui.screens.alignment import choose_tool_replay

        choose_tool_replay(self)

