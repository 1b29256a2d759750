"""Themes (built-in and the user's folder; the choice remembered outside the config) and
the keymap from the config (mixed into ProvtuiApp)."""



from textual.theme import Theme

from provtui.ui.safe import escape_markup
from provtui.ui.themes import DEFAULT_THEME, builtin_theme_dirs, load_themes



class AppearanceMixin:
    """Mixed into ProvtuiApp."""

    # ------------------------------------------------------------------ themes & keymap

    def _register_themes(self) -> None:
        from provtui.core.config import user_themes_dir

        dirs = self.theme_dirs
        if dirs is None:
            dirs = [*builtin_theme_dirs(), user_themes_dir(self.config.path)]
        themes, problems = load_themes(dirs)
        for theme in themes.values():
            self.register_theme(theme)
        if problems:
            listed = "\n".join(escape_markup(str(p)) for p in problems[:5])
            more = f"\n(and {len(problems) - 5} more)" if len(problems) > 5 else ""
            self.notify(f"Theme file(s) skipped:\n{listed}{more}", title="themes",
                        severity="warning", timeout=10)
        from provtui.ui.ui_state import load_ui_state

        remembered = load_ui_state().get("theme")
        wanted = str((remembered if isinstance(remembered, str) else None)
                     or self.config.ui.get("theme") or DEFAULT_THEME)
        if wanted in self.available_themes:
            self.theme = wanted
        else:
            if wanted != DEFAULT_THEME:
                self.notify(f"Theme {escape_markup(wanted)!r} from the config is not "
                            "installed; using provtui-dark. Pick one with f9.",
                            severity="warning")
            if DEFAULT_THEME in self.available_themes:
                self.theme = DEFAULT_THEME

    def _remember_theme(self, theme: Theme) -> None:
        """Remember the choice in the data directory's ui-state.toml (never the config)."""
        from provtui.ui.ui_state import load_ui_state, save_ui_state

        if not self._started_up or load_ui_state().get("theme") == theme.name:
            return
        try:
            save_ui_state(theme=theme.name)
        except OSError as exc:
            self.notify(f"Could not remember the theme: {escape_markup(str(exc))}",
                        severity="warning")

    def _apply_keymap(self) -> None:
        keymap = self.config.ui.get("keymap")
        if not keymap:
            return
        if not isinstance(keymap, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                   for k, v in keymap.items()):
            self.notify('[ui] keymap must map binding ids to keys, e.g. keymap = '
                        '{ "app.send" = "ctrl+s" }', severity="warning")
            return
        from provtui.ui.app import binding_ids

        known = binding_ids()
        unknown = sorted(set(keymap) - known)
        if unknown:
            self.notify(f"[ui] keymap: unknown binding id(s) {escape_markup(', '.join(unknown))}"
                        f"; known: {', '.join(sorted(known))}", severity="warning", timeout=10)
        self.set_keymap({k: v for k, v in keymap.items() if k in known})

