"""Help, copying, selecting text and quitting (mixed into ProvtuiApp)."""







class ExtraActions:
    """Mixed into ProvtuiApp."""

    # ------------------------------------------------------------------ help, copy, quit

    def action_help(self) -> None:
        from provtui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def _copy(self, text: str | None, what: str, missing: str) -> None:
        if not text:
            self.notify(missing, timeout=3)
            return
        self.copy_to_clipboard(text)
        self.notify(f"Copied {what} ({len(text):,} characters) to the clipboard.", timeout=3)

    def action_select_text(self) -> None:
        """The focused pane's answer where the mouse can select it (``s``)."""
        from provtui.ui.screens.select_text import SelectTextScreen

        pane = self.current_pane()
        if pane is None or not pane.text.strip():
            self.notify("No answer to select in this pane yet.", timeout=3)
            return
        self.push_screen(SelectTextScreen(pane.state.target, pane.text))

    def action_copy(self) -> None:
        """The focused pane's answer (control sequences stripped, keys masked)."""
        from provtui.ui.clipboard import answer_text

        pane = self.current_pane()
        self._copy(answer_text(pane) if pane else None, "the answer",
                   "No answer to copy in this pane yet.")

    def action_copy_tool_result(self) -> None:
        from provtui.ui.clipboard import last_tool_result
        from provtui.ui.screens.inspector import run_record

        pane = self.current_pane()
        run = run_record(self, pane) if pane else None
        self._copy(last_tool_result(run), "the last tool result",
                   "This pane has no tool result yet.")

    def action_copy_curl(self) -> None:
        from provtui.ui.clipboard import request_as_curl
        from provtui.ui.screens.inspector import run_record

        pane = self.current_pane()
        run = run_record(self, pane) if pane else None
        target = self._target_named(pane.state.target) if pane else None
        key_var = target.provider.api_key_env if target is not None else None
        self._copy(request_as_curl(run, key_var), "the request as curl",
                   "This pane has sent no request yet.")

    def running_count(self) -> int:
        return sum(len(d.active) for d in self.drives if d.open)

    def action_quit_asking(self) -> None:
        """ctrl+q: quit at once when nothing streams; else ask (the partial session is saved
        either way)."""
        from provtui.ui.screens.confirm_quit import ConfirmQuit

        running = self.running_count()
        if not running or isinstance(self.screen, ConfirmQuit):
            self.exit()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit()

        self.push_screen(ConfirmQuit(running), answered)

