"""The TUI: one prompt, N providers side by side, streaming live with their tool chains.

The app owns the prompt box, the chips and the panes; a *session drive* (one worker per sent
prompt) opens a ``Fanout``, creates one pane per run and starts each pane's own worker, feeds
the same events to the ``SessionRecorder`` (journalled while streaming) and saves the session
when every run has ended.  Panes never know about the recorder or each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Footer, Static

from provtui.core.config import Config, McpServerConfig, TargetConfig, missing_key_vars
from provtui.core.events import Event, RunFinished, RunQueued, SessionFinished
from provtui.ui.safe import escape_markup, set_secrets, visible
from provtui.ui.themes import DEFAULT_THEME, builtin_theme_dirs, load_themes
from provtui.ui.widgets.pane import ProviderPane, expect_words_from, group_repeats
from provtui.ui.widgets.diff import CompareController
from provtui.ui.widgets.prompt import PromptBox

__all__ = ["ProvtuiApp", "run_tui", "SessionDrive"]

PANE_MIN_WIDTH = 40
PANE_MIN_HEIGHT = 14
PANE_SCROLL_WIDTH = 52
TICK_S = 0.03
"""How often panes move buffered text to the screen.  A frame of 8 streaming panes costs a
few ms since lines are cached and the header and footer redraw at 2 Hz (pane.py), so text
can follow at ~30 Hz: 100 ms made every frame interval ~100 ms by design."""


class SessionDrive:
    """One sent prompt: its Fanout, its recorder, and which of its runs are still going."""

    def __init__(self, fan: Any, recorder: Any, final_path: Path) -> None:
        self.fan = fan
        self.recorder = recorder
        self.final_path = final_path
        self.active: set[int] = set()
        self.panes: dict[int, ProviderPane] = {}
        self.open = True
        self.cancelled = False
        self.all_done = asyncio.Event()
        self.saved_path: Path | None = None
        self.session: dict[str, Any] | None = None

    def record(self, event: Event) -> None:
        if self.open:
            self.recorder.apply(event)

    def start(self, pane: ProviderPane, run: int) -> None:
        self.active.add(run)
        self.panes[run] = pane
        self.all_done.clear()
        pane.sink = self.record
        pane.start(lambda: self.fan.stream_run(run))

    def ended(self, run: int) -> None:
        self.active.discard(run)
        if not self.active:
            self.all_done.set()


def settle_panes(panes: dict[int, ProviderPane], session: dict[str, Any]) -> None:
    """Once a session is folded, each pane shows its run's metrics exactly as the file has
    them (a cancelled turn's ttft and estimated tokens included): screen and file agree."""
    runs = session.get("runs") or []
    for run, pane in panes.items():
        if isinstance(run, int) and 0 <= run < len(runs) and isinstance(runs[run], dict):
            metrics = runs[run].get("metrics")
            if isinstance(metrics, dict):
                pane.state.saved_metrics = dict(metrics)
                with contextlib.suppress(Exception):  # a pane already gone
                    pane.refresh_footer(force=True)


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


class ProvtuiApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "provtui"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {lambda: _sessions_provider(), lambda: _suite_results_provider()}

    BINDINGS = [
        # enter adds a line; under tmux alt+enter arrives as plain enter, so ctrl+j and F5
        # are the keys that send in every terminal
        Binding("ctrl+j,f5,alt+enter", "send", "Send", id="app.send", priority=True),
        Binding("escape", "cancel_all", "Cancel all", id="app.cancel_all"),
        Binding("ctrl+t", "pick_targets", "Targets", id="app.pick_targets"),
        Binding("ctrl+o", "pick_mcp", "MCP", id="app.pick_mcp"),
        # priority: the prompt box would keep f6 for itself
        Binding("f6", "next_pane", "Next pane", show=False, id="app.next_pane", priority=True),
        Binding("shift+f6", "previous_pane", "Previous pane", show=False,
                id="app.previous_pane", priority=True),
        Binding("f11", "maximise", "Maximise", id="app.maximise"),
        Binding("ctrl+s", "open_sessions", "Sessions", id="app.sessions"),
        Binding("f9", "change_theme", "Theme", show=False, id="app.theme"),
        Binding("f8", "summary", "Summary", id="app.summary"),
        # what terminals really send for alt+= and alt+-: ESC= arrives as U+2260 and ESC- as
        # U+2013 (tmux, most xterm-likes), alt+plus as plain "+"; priority so the prompt box
        # never types them
        Binding("alt+plus,alt+equals_sign,not_equal_to", "repeat_more", "Runs +1", show=False,
                id="app.repeat_more", priority=True),
        Binding("alt+minus,en_dash", "repeat_fewer", "Runs -1", show=False,
                id="app.repeat_fewer", priority=True),
        Binding("f2", "align", "Align tools", show=False, id="app.align"),
        Binding("f3", "sync_scroll", "Sync scroll", show=False, id="app.sync_scroll"),
        Binding("f4", "tool_replay", "Tool replay", show=False, id="app.tool_replay"),
        Binding("f1", "help", "Help", id="app.help"),
        Binding("question_mark", "help", "Help", show=False, id="app.help_key"),
        Binding("ctrl+y", "copy", "Copy", show=False, id="app.copy"),
        Binding("ctrl+q", "quit_asking", "Quit", priority=True, id="app.quit"),
    ]

    def __init__(self, *, config: Config, targets: list[TargetConfig],
                 mcp_servers: list[McpServerConfig], prompt: str | None = None,
                 send: bool = False, system: str | None = None, max_steps: int = 20,
                 repeat: int = 1, params: dict | None = None,
                 check_specs: list[dict] | None = None, extra: dict | None = None,
                 missing_keys: dict[str, str] | None = None, demo: bool = False,
                 clock: Callable[[], float] = time.monotonic,
                 theme_dirs: list[Path] | None = None, tick_s: float = TICK_S,
                 tool_replay: dict[str, Any] | None = None,
                 start_screen: Screen | None = None) -> None:
        super().__init__()
        self.start_screen = start_screen
        """Shown over the main screen at start (the suite matrix of ``--suite``)."""
        self.config = config
        self.targets = list(targets)
        self.mcp_servers = list(mcp_servers)
        self.initial_prompt = prompt or ""
        self.send_at_start = send
        self.system = system
        self.max_steps = max_steps
        self.repeat = max(1, repeat)
        self.params = dict(params or {})
        self.check_specs = list(check_specs or [])
        self.extra = dict(extra or {})
        self.missing_keys = (dict(missing_keys) if missing_keys is not None
                             else missing_key_vars(self.targets))
        self.demo = demo
        self.clock = clock
        self.tick_s = tick_s
        self.theme_dirs = theme_dirs
        self.drive: SessionDrive | None = None
        self.drives: list[SessionDrive] = []
        self._last_pane: ProviderPane | None = None
        self._layout_key: tuple | None = None
        self._started_up = False
        self.compare = CompareController(self)
        """Diff against a reference pane and synchronised scrolling (widgets/diff.py)."""
        self.tool_replay: dict[str, Any] | None = tool_replay or None
        """A saved session whose tool results the next prompt gets (tools: replay)."""
        self.shown_events: list[Event] | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        # Kept as attributes: app.query_one searches the *active* screen, which is a modal
        # while a picker is open, and the panes keep streaming meanwhile.
        history = self.config.ui.get("history")
        self.prompt_box = PromptBox(self.initial_prompt,
                                    history=history if isinstance(history, list) else [],
                                    id="prompt")
        self.chips = Static(id="chips")
        self.banner = Static(id="banner")
        self.pane_hint = Static(id="pane-hint")
        self.pane_grid = Container(id="panes")
        with Vertical(id="top"):
            yield self.prompt_box
            yield self.chips
        yield self.banner
        yield self.pane_hint
        yield self.pane_grid
        yield Footer()

    async def on_mount(self) -> None:
        self.refresh_secrets()
        self._register_themes()
        self._apply_keymap()
        self._refresh_chips()
        self._refresh_banner()
        await self._mount_idle_panes()
        self.set_interval(self.tick_s, self._tick, name="pane-tick")
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.prompt_box.focus()
        self._started_up = True
        self._recover_journals()
        if self.start_screen is not None:
            await self.push_screen(self.start_screen)
        if self.send_at_start and self.initial_prompt.strip():
            self.call_after_refresh(self.action_send)

    def on_resize(self) -> None:
        self._layout_panes()
        # the grid's own size is the old one until the next layout: measure again after it,
        # or the panes stay one resize behind
        self.call_after_refresh(self._layout_panes)

    @property
    def panes(self) -> list[ProviderPane]:
        grid = getattr(self, "pane_grid", None)
        return list(grid.query_children(ProviderPane)) if grid is not None else []

    async def _mount_idle_panes(self) -> None:
        """Before anything is sent: one idle pane per chosen target, so the layout is visible."""
        grid = self.pane_grid
        await grid.remove_children()
        panes = [self._new_pane(t.name, t.provider.name, t.model) for t in self.targets]
        if panes:
            await grid.mount_all(panes)
        self._layout_key = None
        self._layout_panes()

    def _new_pane(self, target: str, provider: str, model: str) -> ProviderPane:
        pane = ProviderPane(target=target, provider=provider, model=model, clock=self.clock,
                            expect_words=expect_words_from(self.check_specs),
                            check_specs=self.check_specs,
                            view=str(self.config.ui.get("answer_view", "raw")))
        pane.others = lambda p=pane: [o.turn_text for o in self.panes if o is not p]
        named = self._target_named(target)
        limit = named.provider.max_concurrency if named is not None else None
        if isinstance(limit, int) and limit > 0:
            pane.queue_reason = (f"waits: {visible(provider)} takes {limit} request"
                                 f"{'s' if limit != 1 else ''} at a time")
        return pane

    def _layout_panes(self) -> None:
        """Equal widths side by side; a grid when they no longer fit; one scrolling row
        when even the grid would make panes too short to read."""
        grid = getattr(self, "pane_grid", None)
        if grid is None or not grid.is_mounted:
            return
        n = sum(1 for child in grid.children if child.display)  # repeats hide behind one
        # the app's size is the new one during a resize; the grid's is the old one until the
        # next layout (panes were laid out one resize behind): width from the app, less the
        # grid's padding
        width = max(1, self.size.width - 2)
        height = grid.size.height or self.size.height
        if n == 0:
            return
        per_row = max(1, width // PANE_MIN_WIDTH)
        scroll = False
        if n <= per_row:
            cols, rows = n, 1
        else:
            # balanced: 4 panes that do not fit in a row make 2x2, not 3+1
            rows = math.ceil(n / per_row)
            cols = math.ceil(n / rows)
            if height // rows < PANE_MIN_HEIGHT:
                scroll = True
        key = (n, cols, rows, scroll)
        if key == self._layout_key:
            return
        self._layout_key = key
        grid.set_class(scroll, "-scroll")
        if not scroll:
            grid.styles.grid_size_columns = cols
            grid.styles.grid_size_rows = rows

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

    async def show_events(self, events: Iterable[Event]) -> list[ProviderPane]:
        """Draw runs from events without sending anything: one pane per RunQueued, every
        event applied, then drawn (scripted snapshots; a hook for replaying a session)."""
        events = list(events)
        self.shown_events = events  # the inspector and alignment read the runs from these
        grid = self.pane_grid
        await grid.remove_children()
        panes: dict[int, ProviderPane] = {}
        for event in events:
            if isinstance(event, RunQueued) and event.run not in panes:
                panes[event.run] = self._new_pane(event.target, event.provider, event.model)
        await grid.mount_all(list(panes.values()))
        self._layout_key = None
        self._layout_panes()
        for event in events:
            pane = panes.get(event.run)
            if pane is not None:
                pane.apply(event)
        group_repeats(list(panes.values()))
        self._layout_key = None
        self._layout_panes()
        for pane in panes.values():
            await pane.tick(force=True)
        return list(panes.values())

    # ------------------------------------------------------------------ the tick

    async def _tick(self) -> None:
        for pane in self.panes:
            try:
                await pane.tick()
            except NoMatches:  # the pane was removed (new prompt) while this tick ran
                pass
        self._refresh_pane_hint()

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

    # ------------------------------------------------------------------ sending

    def action_send(self) -> None:
        prompt_box = self.prompt_box
        text = prompt_box.text.strip()
        if not text:
            self.bell()
            self.notify("Type a prompt first.", severity="warning")
            return
        if not self.targets:
            self.notify("No targets: pick some with ctrl+t (or start with -t PROVIDER:MODEL).",
                        severity="error")
            return
        if self.drive is not None and self.drive.active:
            self.notify("Runs are still streaming: escape cancels them, then send again.",
                        severity="warning")
            return
        prompt_box.remember(text)
        self.send_prompt(text)

    def refresh_secrets(self) -> None:
        """The key values no screen may show: every key variable of the config's providers
        and of the chosen targets (a custom provider's api_key_env too), plus what the core
        knows (presets, credential-named variables).  Panes read them when a run starts."""
        import os

        from provtui.core.config import secret_values
        from provtui.core.session import known_secrets

        names = {t.provider.api_key_env for t in self.targets if t.provider.api_key_env}
        values = [v for n in sorted(names) if (v := os.environ.get(n))]
        set_secrets(known_secrets([*values, *secret_values(self.config)]))

    def send_prompt(self, text: str, *, targets: list[TargetConfig] | None = None,
                    reuse: ProviderPane | None = None) -> None:
        self.refresh_secrets()
        from provtui.core.fanout import SessionPlan

        plan = SessionPlan(prompt=text, system=self.system,
                           targets=list(targets if targets is not None else self.targets),
                           mcp_servers=list(self.mcp_servers), max_steps=self.max_steps,
                           repeat=1 if reuse is not None else self.repeat,
                           params=dict(self.params), check_specs=list(self.check_specs),
                           extra=dict(self.extra), tool_replay=self.tool_replay)
        self._drive_session(plan, reuse)

    def start_session(self, plan: Any, *, reuse: ProviderPane | None = None) -> None:
        """The public seam for screens: stream a ``SessionPlan`` into the main screen's panes,
        journalled and saved like any prompt sent from the prompt box."""
        self._drive_session(plan, reuse)

    def show_setup(self, *, targets: list[Any], mcp_servers: list[Any], repeat: int,
                   prompt: str) -> None:
        """The public seam for screens: make the main screen show what is about to be sent
        (targets, MCP servers, repeats, the prompt), as a re-run does."""
        from provtui.core.config import missing_key_vars

        self.targets = list(targets)
        self.mcp_servers = list(mcp_servers)
        self.missing_keys = missing_key_vars(self.targets)
        self.repeat = repeat
        self.prompt_box.load_text(prompt)
        self._refresh_chips()
        self._refresh_banner()

    @work(group="session", exit_on_error=False)
    async def _drive_session(self, plan: Any, reuse: ProviderPane | None) -> None:
        from provtui.core.fanout import ThreadedFanout
        from provtui.core.session import Journal, SessionRecorder, save_session, session_paths

        # the network runs on its own loop and thread: a slow frame here must not delay the
        # reads that stamp each chunk's arrival (ttft, timeline)
        fan = ThreadedFanout(plan, clock=self.clock)
        final_path, journal_path = session_paths(fan.session_id)
        recorder = SessionRecorder(journal=Journal(journal_path))
        drive = SessionDrive(fan, recorder, final_path)
        self.drive = drive
        self.drives.append(drive)
        status = "ok"
        try:
            async with fan:
                recorder.apply(fan.session_started())
                queued = fan.queued_events()
                if reuse is not None:
                    reuse.reset()
                    panes = [reuse]
                else:
                    grid = self.pane_grid
                    await grid.remove_children()
                    panes = [self._new_pane(e.target, e.provider, e.model) for e in queued]
                    await grid.mount_all(panes)
                    self._layout_key = None
                    self._layout_panes()
                for event, pane in zip(queued, panes):
                    recorder.apply(event)
                    pane.apply(event)
                if reuse is None:
                    group_repeats(panes)
                    self._layout_key = None
                    self._layout_panes()
                for event, pane in zip(queued, panes):
                    drive.start(pane, event.run)
                    self.refresh_bindings()
                await drive.all_done.wait()
        except asyncio.CancelledError:
            status = "cancelled"
            raise
        except Exception as exc:  # e.g. an MCP server that does not start
            status = "cancelled"
            self.notify(f"Could not run the session: {escape_markup(str(exc))}",
                        severity="error", timeout=12)
        finally:
            drive.open = False
            if drive.cancelled and status == "ok":
                status = "cancelled"
            recorder.apply(SessionFinished(run=-1, t=self.clock(), status=status))
            # timelines as views of the recorder's arrays: as lists they were ~110 bytes an
            # entry, the TUI's peak memory at 8 x 200k chunks (exports and screens read views)
            session = recorder.finish(status=status, timeline_views=True)
            drive.session = session
            settle_panes(drive.panes, session)
            try:
                drive.saved_path = save_session(session, final_path)
            except OSError as exc:
                self.notify(f"Could not save the session: {escape_markup(str(exc))}",
                            severity="error", timeout=12)
            else:
                self.notify(f"Session saved: {escape_markup(str(drive.saved_path))}",
                            title="session", timeout=6)
                self.post_message(self.SessionSaved(session, drive.saved_path))

    class SessionSaved(Message):
        """A sent prompt's session was written (tests and the sessions screen listen)."""

        def __init__(self, session: dict[str, Any], path: Path | None) -> None:
            super().__init__()
            self.session = session
            self.path = path

    @on(ProviderPane.Finished)
    def _pane_finished(self, event: ProviderPane.Finished) -> None:
        for drive in self.drives:
            if drive.panes.get(event.run) is event.pane:
                drive.ended(event.run)
        self.compare.pane_finished(event.pane)
        self.refresh_bindings()  # cancel keys leave the footer once nothing runs

    # ------------------------------------------------------------------ panes

    def current_pane(self) -> ProviderPane | None:
        focused = self.focused
        node = focused
        while node is not None:
            if isinstance(node, ProviderPane):
                self._last_pane = node
                return node
            node = node.parent
        panes = self.screen_panes()
        if self._last_pane in panes:
            return self._last_pane
        return panes[0] if panes else None

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

    def on_descendant_focus(self, event: Any) -> None:
        node = event.widget
        while node is not None:
            if isinstance(node, ProviderPane):
                self._last_pane = node
                return
            node = node.parent

    def _drive_of(self, pane: ProviderPane) -> SessionDrive | None:
        for drive in reversed(self.drives):
            if drive.panes.get(pane.state.run) is pane:
                return drive
        return None

    _MAIN_SCREEN_ACTIONS = frozenset({"send", "cancel_all", "pick_targets", "pick_mcp",
                                      "repeat_more", "repeat_fewer", "tool_replay",
                                      "open_sessions"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that act on the live main screen neither show nor act while another screen
        (the sessions browser, a saved session, a summary) is in front; a saved session's
        panes never offer cancel or re-run."""
        if action in self._MAIN_SCREEN_ACTIONS and self.screen_stack and \
                self.screen is not self.screen_stack[0]:
            return False
        if action == "maximise" and self.screen_stack and \
                self.screen is not self.screen_stack[0] and not self.screen.query(ProviderPane):
            return False
        if action in ("cancel_pane", "rerun_pane"):
            pane = self.current_pane()
            if pane is not None and pane.read_only:
                return False
            if action == "cancel_pane" and (pane is None or not pane.state.active):
                return False  # nothing to cancel: keep the footer for keys that apply
        if action == "cancel_all" and not self.running_count() and \
                not self.screen.query("HelpPanel"):
            return False
        return True

    def action_cancel_all(self) -> None:
        # escape closes the keys panel (palette "keys") before it cancels anything
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
            return
        cancelled = 0
        for drive in self.drives:
            if drive.open and drive.active:
                drive.cancelled = True
                drive.fan.cancel()
                cancelled += len(drive.active)
        if not cancelled:
            self.notify("Nothing is running.", timeout=2)

    def action_cancel_pane(self) -> None:
        pane = self.current_pane()
        if pane is not None and pane.read_only:
            self.notify("A saved session is read-only; nothing runs in it.", timeout=3)
            return
        drive = self._drive_of(pane) if pane else None
        if pane is None or drive is None or pane.state.run not in drive.active:
            self.notify("That pane is not running.", timeout=2)
            return
        drive.fan.cancel(pane.state.run)

    def action_rerun_pane(self) -> None:
        pane = self.current_pane()
        if pane is None:
            return
        if pane.read_only:
            self.notify("A saved session is read-only: shift+r re-runs its prompt now as a "
                        "new session.", timeout=4)
            return
        target = self._target_named(pane.state.target)
        if target is None:
            self.notify(f"{escape_markup(pane.state.target)} is no longer a chosen target.",
                        severity="warning")
            return
        drive = self._drive_of(pane)
        if drive is not None and drive.open:
            old = pane.state.run
            if old in drive.active:
                drive.fan.cancel(old)
                drive.record(RunFinished(run=old, t=self.clock(), status="cancelled",
                                         error={"kind": "cancelled",
                                                "message": "re-run by the user",
                                                "http_status": None, "retry_after_s": None,
                                                "context_limit": None}))
                drive.ended(old)
            spec = drive.fan.add_run(target)
            event = RunQueued(run=spec.run, t=self.clock(), target=target.name,
                              provider=target.provider.name, model=target.model,
                              repeat_index=spec.repeat_index)
            pane.reset()
            drive.record(event)
            pane.apply(event)
            drive.start(pane, spec.run)
            return
        prompt = self._last_prompt()
        if not prompt:
            self.notify("Send a prompt first.", severity="warning")
            return
        self.send_prompt(prompt, targets=[target], reuse=pane)

    def _last_prompt(self) -> str | None:
        for drive in reversed(self.drives):
            return drive.fan.plan.prompt
        return None

    def _target_named(self, name: str) -> TargetConfig | None:
        for t in self.targets:
            if t.name == name:
                return t
        for drive in reversed(self.drives):
            for spec in drive.fan.runs:
                if spec.target.name == name:
                    return spec.target
        return None

    def action_maximise(self) -> None:
        screen = self.screen
        if screen.maximized is not None:
            screen.minimize()
            return
        pane = self.current_pane()
        if pane is not None:
            screen.maximize(pane, container=False)
            pane.focus()

    def action_toggle_view(self) -> None:
        if pane := self.current_pane():
            pane.toggle_view()

    def action_toggle_reasoning(self) -> None:
        if pane := self.current_pane():
            pane.toggle_reasoning()

    def action_toggle_tool_cards(self) -> None:
        if pane := self.current_pane():
            pane.toggle_tool_cards()

    def _cycle(self, step: int) -> None:
        panes = [p for p in self.screen_panes() if p.display]
        if not panes:
            return
        # from the prompt (no pane focused) F6 goes to the first pane, shift+F6 to the last
        node, in_pane = self.focused, False
        while node is not None and not in_pane:
            in_pane, node = isinstance(node, ProviderPane), node.parent
        current = self.current_pane() if in_pane else None
        i = panes.index(current) if current in panes else (-1 if step > 0 else 0)
        target = panes[(i + step) % len(panes)]
        if self.screen.maximized is not None:
            self.screen.maximize(target, container=False)
        target.focus()
        self._last_pane = target

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_previous_pane(self) -> None:
        self._cycle(-1)

    def action_focus_prompt(self) -> None:
        self.prompt_box.focus()

    # ------------------------------------------------------------------ pickers

    def action_pick_targets(self) -> None:
        from provtui.ui.screens.pickers import TargetPicker

        def chosen(targets: list[TargetConfig] | None) -> None:
            if targets is None:
                return
            self.targets = targets
            self.missing_keys = missing_key_vars(targets)
            self._refresh_chips()
            self._refresh_banner()
            if self.drive is None or not self.drive.active:
                self.run_worker(self._mount_idle_panes(), group="layout")

        self.push_screen(TargetPicker(self.config, self.targets), chosen)

    def action_pick_mcp(self) -> None:
        from provtui.ui.screens.pickers import McpPicker

        def chosen(servers: list[McpServerConfig] | None) -> None:
            if servers is None:
                return
            self.mcp_servers = servers
            self._refresh_chips()

        self.push_screen(McpPicker(self.config, self.mcp_servers), chosen)

    def action_open_sessions(self, session_id: str | None = None) -> None:
        """Hook for the sessions browser: pushes ``provtui.ui.screens.sessions.SessionsScreen``
        (constructed with ``session_id=``) when that module exists."""
        try:
            from provtui.ui.screens import sessions
        except ImportError:
            self.notify("The sessions browser is not part of this build yet; "
                        "`provtui sessions list` shows them.", timeout=6)
            return
        screen_cls = getattr(sessions, "SessionsScreen", None)
        if screen_cls is None:
            self.notify("provtui.ui.screens.sessions has no SessionsScreen.", severity="error")
            return
        self.push_screen(screen_cls(session_id=session_id))

    def action_open_suite_results(self) -> None:
        from provtui.ui.screens.matrix_results import choose_suite_result

        choose_suite_result(self)

    def action_change_theme(self) -> None:
        self.search_themes()

    # ------------------------------------------------------------------ repeats

    def set_repeat(self, repeat: int) -> None:
        """Runs per target for the next prompt (the TUI's --repeat)."""
        self.repeat = max(1, min(100, int(repeat)))
        self._refresh_chips()

    def action_repeat_more(self) -> None:
        self.set_repeat(self.repeat + 1)

    def action_repeat_fewer(self) -> None:
        self.set_repeat(self.repeat - 1)

    def current_session(self) -> dict[str, Any] | None:
        """The saved session in front, else the last sent prompt's session: saved, or as it
        stands while its runs stream."""
        view = self.pane_screen()
        if view is not None and isinstance(getattr(view, "session", None), dict):
            return view.session
        drive = self.drive
        if drive is None:
            return None
        return drive.session if drive.session is not None else drive.recorder.snapshot()

    def action_summary(self) -> None:
        from provtui.ui.screens.summary import SummaryScreen

        session = self.current_session()
        if session is None:
            self.notify("No session yet: send a prompt (alt+plus sets runs per target), or "
                        "open a saved one with ctrl+s.", timeout=5)
            return
        self.push_screen(SummaryScreen(session))

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

    # ------------------------------------------------------------------ palette

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
        known = binding_ids()
        unknown = sorted(set(keymap) - known)
        if unknown:
            self.notify(f"[ui] keymap: unknown binding id(s) {escape_markup(', '.join(unknown))}"
                        f"; known: {', '.join(sorted(known))}", severity="warning", timeout=10)
        self.set_keymap({k: v for k, v in keymap.items() if k in known})

    # ------------------------------------------------------------------ startup housekeeping

    @work(thread=True, group="housekeeping", exit_on_error=False)
    def _recover_journals(self) -> None:
        try:
            from provtui.core.session import recover_journals

            paths = recover_journals()
        except Exception:  # recovery is best effort; `provtui sessions list` retries it
            return
        for path in paths:
            self.call_from_thread(self.notify, f"Recovered an interrupted session into "
                                  f"{escape_markup(str(path))}", timeout=8)


def _sessions_provider() -> type:
    from provtui.ui.commands import SessionsProvider

    return SessionsProvider


def _suite_results_provider() -> type:
    from provtui.ui.screens.matrix_results import SuiteResultsProvider

    return SuiteResultsProvider


def binding_ids() -> set[str]:
    """Every remappable binding id (for [ui] keymap validation and the README)."""
    from provtui.ui.widgets.prompt import PromptBox as _Prompt

    ids = set()
    for cls in (ProvtuiApp, ProviderPane, _Prompt):
        for b in cls.BINDINGS:
            if isinstance(b, Binding) and b.id:
                ids.add(b.id)
    return ids


def run_tui(*, config: Config, targets: list[TargetConfig], mcp_servers: list[McpServerConfig],
            prompt: str | None, send: bool, system: str | None, max_steps: int, repeat: int,
            params: dict, check_specs: list[dict], extra: dict | None = None,
            missing_keys: dict[str, str] | None = None, demo: bool = False,
            tool_replay: dict[str, Any] | None = None) -> int:
    app = ProvtuiApp(config=config, targets=targets, mcp_servers=mcp_servers, prompt=prompt,
                     send=send, system=system, max_steps=max_steps, repeat=repeat,
                     params=params, check_specs=check_specs, extra=extra,
                     missing_keys=missing_keys, demo=demo, tool_replay=tool_replay)
    app.run()
    return app.return_code or 0


def suite_app(plan: Any, *, concurrency: int = 4, send: bool = True, demo: bool = False,
              output: str | None = None,
              missing_keys: dict[str, str] | None = None) -> ProvtuiApp:
    """The app opened on a suite's live matrix (what ``run_suite_tui`` runs; tests drive it)."""
    from provtui.ui.screens.matrix import MatrixScreen

    matrix = MatrixScreen(plan=plan, concurrency=concurrency, send=send, output=output)
    return ProvtuiApp(config=plan.config, targets=plan.targets, mcp_servers=plan.mcp_servers,
                      prompt=None, send=False, system=plan.system, max_steps=plan.max_steps,
                      repeat=plan.repeat, params=plan.params, check_specs=[], demo=demo,
                      missing_keys=missing_keys, start_screen=matrix)


def run_suite_tui(plan: Any, *, concurrency: int = 4, send: bool = True, demo: bool = False,
                  output: str | None = None, missing_keys: dict[str, str] | None = None) -> int:
    """The TUI opened on a suite's live matrix (``provtui --suite SUITE``, ``provtui demo
    --suite``)."""
    import sys

    app = suite_app(plan, concurrency=concurrency, send=send, demo=demo, output=output,
                    missing_keys=missing_keys)
    app.run()
    runner = getattr(app.start_screen, "runner", None)
    result = getattr(runner, "result", None) or {}
    if result.get("id"):
        sys.stderr.write(f"provtui: saved suite result {result['id']} ({result.get('status')}) "
                         f"to {result.get('path') or getattr(runner, 'path', '')}\n")
        if result.get("status") == "partial":
            suite = plan.suite.path or plan.suite.name
            sys.stderr.write(f"provtui: resume with provtui suite run {suite} "
                             f"--resume {result['id']}\n")
    return app.return_code or 0
