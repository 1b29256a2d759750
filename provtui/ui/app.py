"""The TUI: one prompt, N providers side by side, streaming live with their tool chains.

The app owns the prompt box, the chips and the panes; a *session drive* (one worker per sent
prompt) opens a ``Fanout``, creates one pane per run and starts each pane's own worker, feeds
the same events to the ``SessionRecorder`` (journalled while streaming) and saves the session
when every run has ended.  Panes never know about the recorder or each other.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from provtui.core import stop_signals
from provtui.core.collector import Pacer
from provtui.core.config import Config, McpServerConfig, TargetConfig, missing_key_vars
from provtui.core.events import Event, RunFinished, RunQueued
from provtui.ui.safe import escape_markup, set_secrets, visible
from provtui.ui.widgets.pane import ProviderPane, expect_words_from, group_repeats
from provtui.ui.widgets.diff import CompareController
from provtui.ui.widgets.prompt import PromptBox

from provtui.ui.app_appearance import AppearanceMixin
from provtui.ui.app_compare import CompareActions
from provtui.ui.app_extras import ExtraActions
from provtui.ui.app_palette import PaletteCommands
from provtui.ui.app_session import (
    SessionRunner,
    analysis_worker,
    network_mode,
    prewarm_network,
    warm_analysis,
)
from provtui.ui.app_status import StatusLines
from provtui.ui.session_drive import SessionDrive, settle_panes  # noqa: F401  (re-exported)

__all__ = ["ProvtuiApp", "run_tui", "SessionDrive", "settle_panes", "suite_app", "run_suite_tui"]

PANE_MIN_WIDTH = 40
PANE_MIN_HEIGHT = 14
PANE_SCROLL_WIDTH = 52
TICK_S = 0.03
"""How often panes move buffered text to the screen.  A frame of 8 streaming panes costs a
few ms since lines are cached and the header and footer redraw at 2 Hz (pane.py), so text
can follow at ~30 Hz: 100 ms made every frame interval ~100 ms by design."""


class ProvtuiApp(SessionRunner, CompareActions, ExtraActions, PaletteCommands, AppearanceMixin,
                 StatusLines, App[int]):
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
        self._typed_at = 0.0
        self._last_key_at = 0.0
        self._panes_ticked_at = 0.0
        self._gap_waiters: deque[asyncio.Future[None]] = deque()
        self._gap_jobs: dict[str, Callable[[], Any]] = {}
        self.analysis_worker = analysis_worker()
        """Final analyses in a process of their own (core/analysis_worker.py), or None."""
        self.collector = Pacer()
        """The garbage collector on the app's schedule (core/collector.py, see ``_pace``)."""
        self.theme_dirs = theme_dirs
        self.drive: SessionDrive | None = None
        self.drives: list[SessionDrive] = []
        self._last_pane: ProviderPane | None = None
        self._layout_key: tuple | None = None
        self._started_up = False
        self._signals: list[int] = []  # the stop signals handled while mounted
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
        if network_mode(self.clock) == "process":
            # the first prompt's network process starts now (off the event loop), not when
            # the prompt is sent
            prewarm_network()
        # the live analysis's word lists load while nobody waits (they took a core for up to
        # a second at the first streamed text, and keys waited behind them)
        self.call_after_refresh(warm_analysis)
        if self.analysis_worker is not None:
            self.analysis_worker.start()  # off the loop: spawned and warmed on a thread
        self.refresh_secrets()
        self._register_themes()
        self._apply_keymap()
        self._refresh_chips()
        self._refresh_banner()
        await self._mount_idle_panes()
        # no automatic full collections from here on: the tick paces them (a full pass over
        # the heap froze a frame for 50-420 ms, the worst at the moment streams ended)
        self.collector.start()
        self.set_interval(self.tick_s, self._tick, name="pane-tick")
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.prompt_box.focus()
        self._stop_on_signals()
        self._started_up = True
        self._recover_journals()
        if self.start_screen is not None:
            await self.push_screen(self.start_screen)
        if self.send_at_start and self.initial_prompt.strip():
            self.call_after_refresh(self.action_send)

    def on_unmount(self) -> None:
        from provtui.ui.session_drive import wait_for_saves

        wait_for_saves()  # a save a quit caught on its thread is written before the app lets go
        self.collector.stop()  # the collector as it was (tests run many apps in one process)
        stop_signals.remove(asyncio.get_running_loop(), self._signals)

    def _stop_on_signals(self) -> None:
        """SIGTERM and SIGHUP (a kill, a closed terminal window) quit as ctrl+q does: what
        arrived is saved, every server is stopped and the terminal is given back (it was left
        in the alternate screen, raw).  The exit status is 128 + the signal, as headless runs'.
        (Ctrl-C is a key here.)"""
        self._signals = stop_signals.install(asyncio.get_running_loop(),
                                             lambda sig: self.exit(None, 128 + sig),
                                             stop_signals.KILL_SIGNALS)

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
        # cancel keys leave the footer once nothing runs, or when the pane with the focus
        # ended; not once per pane: each refresh rebuilds the footer, a layout of the whole
        # screen, and eight runs ending together made that eight (~0.3 s of frames)
        if self.focused is event.pane or not any(d.active for d in self.drives):
            self.in_typing_gap("bindings", self.refresh_bindings)

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
        return drive.session if drive.session is not None else drive.snapshot()

    def action_summary(self) -> None:
        from provtui.ui.screens.summary import SummaryScreen

        session = self.current_session()
        if session is None:
            self.notify("No session yet: send a prompt (alt+plus sets runs per target), or "
                        "open a saved one with ctrl+s.", timeout=5)
            return
        self.push_screen(SummaryScreen(session))

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




def suite_app(*args: Any, **kwargs: Any) -> ProvtuiApp:
    from provtui.ui.suite_tui import suite_app as _suite_app

    return _suite_app(*args, **kwargs)


def run_suite_tui(*args: Any, **kwargs: Any) -> int:
    from provtui.ui.suite_tui import run_suite_tui as _run

    return _run(*args, **kwargs)
