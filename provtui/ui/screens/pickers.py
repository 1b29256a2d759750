"""Modals that choose what the next prompt goes to: targets, and MCP servers."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from provtui.core.config import (
    Config,
    ConfigError,
    McpServerConfig,
    TargetConfig,
    missing_key_vars,
    resolve_target,
)

__all__ = ["TargetPicker", "McpPicker"]


class TargetPicker(ModalScreen[list[TargetConfig] | None]):
    """Config targets (checked = chosen now) plus free ``PROVIDER:MODEL`` entries."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
                Binding("ctrl+s", "accept", "Use these", id="picker.accept")]

    def __init__(self, config: Config, chosen: list[TargetConfig]) -> None:
        super().__init__()
        self.config = config
        self.chosen = list(chosen)
        self.free = [t for t in chosen if t.name not in config.targets]

    def compose(self) -> ComposeResult:
        chosen_names = {t.name for t in self.chosen}
        names = list(self.config.targets) + [t.name for t in self.free]
        with Vertical(classes="picker"):
            yield Label("Targets for the next prompt", classes="picker-title")
            selections = []
            for name in names:
                try:
                    target = resolve_target(name, self.config)
                except ConfigError:
                    continue
                label = Text(name, style="bold")
                label.append(f"  {target.provider.name} · {target.model}", style="dim")
                missing = missing_key_vars([target])
                if missing:
                    label.append(f"  needs {missing[name]}", style="bold red")
                selections.append(Selection(label, name, name in chosen_names))
            yield SelectionList[str](*selections, id="picker-targets")
            if not selections:
                yield Static("No [targets.NAME] in the config yet; add one below as "
                             "PROVIDER:MODEL.", classes="picker-hint")
            presets = sorted(self.config.providers)
            yield Input(placeholder="add PROVIDER:MODEL, e.g. openrouter:nvidia/nemotron-3-nano-"
                                    "30b-a3b (enter adds it)",
                        suggester=SuggestFromList([f"{p}:" for p in presets],
                                                  case_sensitive=False),
                        id="picker-free")
            yield Static(Text("providers: " + ", ".join(presets), style="dim"),
                         classes="picker-hint")
            yield Static(id="picker-error", classes="picker-error")
            with Horizontal(classes="picker-buttons"):
                yield Button("Use these", variant="primary", id="picker-ok")
                yield Button("Cancel", id="picker-cancel")

    @on(Input.Submitted, "#picker-free")
    def _add_free(self, event: Input.Submitted) -> None:
        spec = event.value.strip()
        if not spec:
            return
        error = self.query_one("#picker-error", Static)
        try:
            target = resolve_target(spec, self.config)
        except ConfigError as exc:
            error.update(Text(str(exc), style="bold red"))
            return
        error.update("")
        listing = self.query_one("#picker-targets", SelectionList)
        if spec not in [listing.get_option_at_index(i).value
                        for i in range(listing.option_count)]:
            label = Text(spec, style="bold")
            label.append(f"  {target.provider.name} · {target.model}", style="dim")
            listing.add_option(Selection(label, spec, True))
            self.free.append(target)
        else:
            listing.select(spec)
        event.input.value = ""

    @on(Button.Pressed, "#picker-ok")
    def action_accept(self) -> None:
        listing = self.query_one("#picker-targets", SelectionList)
        free = {t.name: t for t in self.free}
        chosen: list[TargetConfig] = []
        for name in listing.selected:
            if name in free:
                chosen.append(free[name])
            else:
                try:
                    chosen.append(resolve_target(name, self.config))
                except ConfigError as exc:
                    self.query_one("#picker-error", Static).update(
                        Text(str(exc), style="bold red"))
                    return
        self.dismiss(chosen)

    @on(Button.Pressed, "#picker-cancel")
    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class McpPicker(ModalScreen[list[McpServerConfig] | None]):
    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
                Binding("ctrl+s", "accept", "Use these", id="picker.accept")]

    def __init__(self, config: Config, chosen: list[McpServerConfig]) -> None:
        super().__init__()
        self.config = config
        self.servers = dict(config.mcp_servers)
        for s in chosen:
            self.servers.setdefault(s.name, s)
        self.chosen = {s.name for s in chosen}

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker"):
            yield Label("MCP servers attached to every target", classes="picker-title")
            selections = []
            for name, server in self.servers.items():
                label = Text(name, style="bold")
                where = server.url or " ".join([server.command or "", *server.args])
                label.append(f"  {server.transport} · {where}", style="dim")
                selections.append(Selection(label, name, name in self.chosen))
            yield SelectionList[str](*selections, id="picker-servers")
            if not selections:
                yield Static("No [mcp_servers.NAME] in the config; add one (command = ... or "
                             "url = ...) to give the targets tools.", classes="picker-hint")
            with Horizontal(classes="picker-buttons"):
                yield Button("Use these", variant="primary", id="picker-ok")
                yield Button("Cancel", id="picker-cancel")

    @on(Button.Pressed, "#picker-ok")
    def action_accept(self) -> None:
        listing = self.query_one("#picker-servers", SelectionList)
        self.dismiss([self.servers[name] for name in listing.selected])

    @on(Button.Pressed, "#picker-cancel")
    def action_dismiss_none(self) -> None:
        self.dismiss(None)
