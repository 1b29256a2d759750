"""What the main screen says above the panes: the chips (demo, targets, runs, MCP), the
banner (no targets, missing keys) and the line naming panes that are off-screen."""



from rich.style import Style
from rich.text import Text

from provtui.ui.safe import visible
from provtui.ui.widgets.pane import ProviderPane



class StatusLines:
    """Mixed into ProvtuiApp."""

    # ------------------------------------------------------------------ chips and banner

    def _refresh_chips(self) -> None:
        chips = Text(no_wrap=True, overflow="ellipsis")
        if self.demo:
            chips.append(" demo: simulated providers ", style="bold reverse")
            chips.append(" ")
        chips.append("targets ", style="dim")
        if not self.targets:
            chips.append(" none — ctrl+t ", style="italic")
        for t in self.targets:
            style = "bold red" if t.name in self.missing_keys else "bold"
            chips.append(f" {visible(t.name)} ", style=f"{style} reverse")
            chips.append(" ")
        # the repeat control: click − / + (or alt+minus / alt+plus)
        chips.append(" runs ", style="dim")
        chips.append(" − ", style=Style(reverse=True, meta={"@click": "app.repeat_fewer"}))
        chips.append(f" ×{self.repeat} ", style="bold")
        chips.append(" + ", style=Style(reverse=True, meta={"@click": "app.repeat_more"}))
        chips.append("  mcp ", style="dim")
        if not self.mcp_servers:
            chips.append(" none ", style="italic")
        for s in self.mcp_servers:
            chips.append(f" {visible(s.name)} ", style="reverse")
            chips.append(" ")
        if self.tool_replay is not None:
            chips.append("  ")
            chips.append(f" tool replay: {visible(str(self.tool_replay.get('id')))} ",
                         style="bold reverse")
        self.chips.update(chips)

    def _refresh_banner(self) -> None:
        banner = self.banner
        text = Text()
        where = self.config.path or "the config file"
        if not self.targets:
            text.append("No targets chosen yet.", style="bold")
            text.append(f"\nPick some with ctrl+t, start with -t PROVIDER:MODEL, or add "
                        f"[targets.NAME] to {where} (`provtui config init` writes a starter).")
            key_vars = sorted({p.api_key_env for p in self.config.providers.values()
                               if p.api_key_env and not p.api_key_optional})
            text.append("\nKeys are read from environment variables only, never from files: "
                        + ", ".join(key_vars) + ". Local servers (ollama, llamacpp, vllm, "
                        "lmstudio) need none.")
            text.append("\nJust looking? `provtui demo` runs simulated providers with an MCP "
                        "server: no keys, no network.")
        elif self.missing_keys:
            text.append("Missing API keys", style="bold")
            text.append(" (read from the environment, never stored):")
            for target, var in self.missing_keys.items():
                text.append(f"\n  {visible(target)}: ", style="bold")
                text.append(f"export {var}=...")
            text.append("\nThose panes will fail with an auth error. No keys at hand? "
                        "`provtui demo` shows everything with simulated providers.")
        banner.update(text)
        banner.display = bool(text.plain)

    def offscreen_panes(self) -> list[ProviderPane]:
        """Panes on show whose box is not wholly inside the pane area (the row scrolls
        sideways when panes no longer fit the width)."""
        grid = getattr(self, "pane_grid", None)
        if grid is None or not grid.is_mounted or not grid.has_class("-scroll"):
            return []
        area = grid.content_region
        out = []
        for pane in self.panes:
            if not pane.display:
                continue
            r = pane.region
            if r.width == 0 or r.x < area.x or r.right > area.right:
                out.append(pane)
        return out

    def _refresh_pane_hint(self) -> None:
        hint = getattr(self, "pane_hint", None)
        if hint is None:
            return
        off = self.offscreen_panes()
        if not off:
            if hint.display:
                hint.display = False
            return
        shown = sum(1 for p in self.panes if p.display)
        names = ", ".join(visible(p.state.target) for p in off[:4]) + (
            f" and {len(off) - 4} more" if len(off) > 4 else "")
        text = Text(no_wrap=True, overflow="ellipsis")
        # the keys first: at 80 columns the names may not all fit
        text.append(f"{len(off)} of {shown} panes off-screen", style="bold")
        text.append(" (F6 / shift+F6 reach them, m maximises): ", style="dim")
        text.append(names)
        if str(hint.render()) != text.plain:
            hint.update(text)
        hint.display = True

