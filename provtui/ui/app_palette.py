"""The command palette's ``area: verb`` commands (mixed into ProvtuiApp)."""


from collections.abc import Iterable

from textual.app import SystemCommand
from textual.screen import Screen




class PaletteCommands:
    """Mixed into ProvtuiApp."""

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("app: help", "Every key by area (f1, ?)", self.action_help)
        yield SystemCommand("pane: copy answer", "Copy the focused pane's answer (y, ctrl+y)",
                            self.action_copy)
        yield SystemCommand("pane: select text", "The focused pane's answer where the mouse "
                            "selects and ctrl+c copies (s)", self.action_select_text)
        yield SystemCommand("pane: copy tool result", "Copy the focused pane's last tool result",
                            self.action_copy_tool_result)
        yield SystemCommand("pane: copy request as curl",
                            "Copy the focused pane's last request as a curl command (the key "
                            "stays a variable)", self.action_copy_curl)
        yield SystemCommand("prompt: send", "Send the prompt to every target (ctrl+j)",
                            self.action_send)
        yield SystemCommand("prompt: focus", "Move the cursor to the prompt box",
                            self.action_focus_prompt)
        yield SystemCommand("run: cancel all", "Cancel every running run (escape)",
                            self.action_cancel_all)
        yield SystemCommand("pane: cancel", "Cancel the focused pane's run (x)",
                            self.action_cancel_pane)
        yield SystemCommand("pane: re-run", "Run the focused pane's target again (r)",
                            self.action_rerun_pane)
        yield SystemCommand("pane: maximise", "Maximise or restore the focused pane (m, f11)",
                            self.action_maximise)
        yield SystemCommand("pane: toggle raw/markdown", "Switch the answer view (v)",
                            self.action_toggle_view)
        yield SystemCommand("pane: toggle reasoning", "Show or hide the reasoning (t)",
                            self.action_toggle_reasoning)
        yield SystemCommand("pane: tool cards", "Expand the tool chain into cards (c)",
                            self.action_toggle_tool_cards)
        yield SystemCommand("pane: next", "Focus the next pane (f6)", self.action_next_pane)
        yield SystemCommand("pane: previous", "Focus the previous pane (shift+f6)",
                            self.action_previous_pane)
        yield SystemCommand("targets: pick", "Choose the targets (ctrl+t)",
                            self.action_pick_targets)
        yield SystemCommand("mcp: pick servers", "Choose the MCP servers (ctrl+o)",
                            self.action_pick_mcp)
        yield SystemCommand("session: open", "Browse saved sessions (ctrl+s)",
                            self.action_open_sessions)
        yield SystemCommand("suite: open result…", "Browse saved suite results and open one in "
                            "the matrix, read-only", self.action_open_suite_results)
        yield SystemCommand("session: summary", "Pass rates, intervals and verdicts between "
                            "targets (f8)", self.action_summary)
        yield SystemCommand("repeat: more runs", "One more run per target for the next "
                            "prompt (alt+plus)", self.action_repeat_more)
        yield SystemCommand("repeat: fewer runs", "One run fewer per target (alt+minus)",
                            self.action_repeat_fewer)
        yield SystemCommand("pane: diff against reference", "Highlight where each answer "
                            "differs from the reference pane (d)", self.action_diff)
        yield SystemCommand("pane: use as diff reference", "Diff the other panes against the "
                            "focused one (D)", self.action_diff_reference)
        yield SystemCommand("pane: jump to first divergence", "Scroll the focused pane to its "
                            "first difference from the reference (n: the next one)",
                            self.action_first_divergence)
        yield SystemCommand("pane: sync scroll", "Scroll every pane with the one you scroll "
                            "(f3)", self.action_sync_scroll)
        yield SystemCommand("pane: inspect", "The focused pane's request, headers, raw stream "
                            "and timeline (i)", self.action_inspect)
        yield SystemCommand("tools: align chains", "Every pane's tool calls side by side, step "
                            "by step (f2)", self.action_align)
        yield SystemCommand("tools: replay from session…", "Send the next prompt with a saved "
                            "session's tool results instead of live tools (f4)",
                            self.action_tool_replay)
        yield SystemCommand("theme: switch", "Change the theme (f9)", self.action_change_theme)
        yield SystemCommand("app: keys", "Show the keys", self.action_show_help_panel)
        yield SystemCommand("app: quit", "Quit provtui (ctrl+q)", self.action_quit)

