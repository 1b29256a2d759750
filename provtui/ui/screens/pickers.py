"""Modals that choose what the next prompt goes to: targets, and MCP servers."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
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
                Binding("ctrl+s", "accept", "Use these", id="picker.accept"),
                Binding("ctrl+e", "list_endpoints", "List endpoints", id="picker.endpoints")]

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
                                    "30b-a3b (enter adds it; ctrl+e lists its endpoints)",
                        suggester=SuggestFromList([f"{p}:" for p in presets],
                                                  case_sensitive=False),
                        id="picker-free")
            yield Static(Text("providers: " + ", ".join(presets), style="dim"),
                         classes="picker-hint")
            yield Static(id="picker-error", classes="picker-error")
            with Horizontal(classes="picker-buttons"):
                yield Button("Use these", variant="primary", id="picker-ok")
                yield Button("List endpoints", id="picker-endpoints")
                yield Button("Cancel", id="picker-cancel")

    # -- an aggregator's endpoints for a model (ctrl+e): one pinned target per upstream

    @on(Button.Pressed, "#picker-endpoints")
    def action_list_endpoints(self) -> None:
        from provtui.core.sweep import is_aggregator

        spec = self.query_one("#picker-free", Input).value.strip()
        error = self.query_one("#picker-error", Static)
        if not spec:
            error.update(Text("type an aggregator target first, e.g. openrouter:nvidia/"
                              "nemotron-3-nano-30b-a3b, then List endpoints", style="bold red"))
            return
        try:
            target = resolve_target(spec, self.config)
        except ConfigError as exc:
            error.update(Text(str(exc), style="bold red"))
            return
        if not is_aggregator(target.provider):
            error.update(Text(f"{target.provider.name} is not an aggregator: it has no "
                              "endpoints to list", style="bold red"))
            return
        error.update(Text(f"listing the endpoints of {target.model} …", style="dim"))
        self._fetch_endpoints(target)

    @work(thread=True, exclusive=True, group="picker-endpoints")
    def _fetch_endpoints(self, target: TargetConfig) -> None:
        from provtui.core.endpoints import fetch_listing

        try:
            endpoints, _notes = fetch_listing(target.provider, target.model)
        except ConfigError as exc:
            self.app.call_from_thread(self._endpoints_failed, str(exc))
            return
        self.app.call_from_thread(self._add_endpoints, target, endpoints)

    def _endpoints_failed(self, message: str) -> None:
        self.query_one("#picker-error", Static).update(Text(message, style="bold red"))

    def _add_endpoints(self, target: TargetConfig, endpoints: list) -> None:
        from provtui.core.sweep import endpoint_target

        listing = self.query_one("#picker-targets", SelectionList)
        present = {listing.get_option_at_index(i).value for i in range(listing.option_count)}
        added = 0
        for ep in endpoints:
            t = endpoint_target(target, ep)
            if t.name in present:
                continue
            label = Text(t.name, style="bold")
            label.append(f"  {ep.summary()}", style="dim")
            listing.add_option(Selection(label, t.name, False))
            self.free.append(t)
            added += 1
        self.query_one("#picker-error", Static).update(Text(
            f"{added} endpoint(s) of {target.model} listed; check the ones to compare",
            style="dim"))

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
