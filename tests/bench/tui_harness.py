"""The real provtui TUI, headless (``App.run_test``), instrumented for the benchmarks.

``BenchApp`` is ``ProvtuiApp`` plus a record of every frame: the start and end of each
``_display`` call.  A headless driver skips turning the compositor's update into terminal
bytes, which a real terminal pays for; ``BenchApp`` does that work too (and throws the bytes
away), so frame costs are not flattered.  Nothing of the app itself is replaced.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from common import target  # noqa: F401  (sets up sys.path for provtui)

from provtui.core.config import PRESETS, Config
import provtui.ui.app as _app_module
from provtui.ui.app import ProvtuiApp
from textual.screen import Screen as _Screen

SIZE = (200, 50)


def isolate_dirs() -> str:
    """Sessions and config of a benchmark go to a temporary directory, never the user's."""
    base = tempfile.mkdtemp(prefix="provtui-bench-")
    os.environ["PROVTUI_DATA_DIR"] = os.path.join(base, "data")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(base, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(base, "xdg-data")
    os.environ.pop("PROVTUI_CONFIG", None)
    return base


def bench_config() -> Config:
    return Config(path=None, providers=dict(PRESETS), targets={}, mcp_servers={}, ui={},
                  exists=False)


_update_started: list[float] = [0.0]


def _timed_update(original: Callable) -> Callable:
    # A frame's work starts in Screen._on_timer_update (layout, compositor render), before
    # _display is called with its result: remember when, so a frame's cost counts all of it.
    def update(self: Any, *args: Any, **kw: Any) -> Any:
        _update_started[0] = time.monotonic()
        return original(self, *args, **kw)

    return update


_Screen._on_timer_update = _timed_update(_Screen._on_timer_update)


class BenchApp(ProvtuiApp):
    # CSS_PATH is resolved next to the class's own module: point it back at the app's sheet
    CSS_PATH = str(Path(_app_module.__file__).with_name("app.tcss"))

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.frames: list[tuple[float, float]] = []
        """(monotonic start, end) of every frame written; the start is where the screen's
        update began (layout and compositor), the end after the bytes were produced."""
        self.on_frame: Callable[[float], None] | None = None

    def _display(self, screen: Any, renderable: Any) -> None:
        start = time.monotonic()
        if start - _update_started[0] < 1.0:
            start = _update_started[0]
        if renderable is not None and not self._batch_count:
            from textual._compositor import CompositorUpdate

            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(self.console)  # what a terminal would be sent
        super()._display(screen, renderable)
        if renderable is not None:
            end = time.monotonic()
            self.frames.append((start, end))
            if self.on_frame is not None:
                self.on_frame(end)


def make_app(targets: list, *, tick_s: float | None = None, prompt: str = "go",
             send: bool = True) -> BenchApp:
    kw: dict[str, Any] = {}
    if tick_s is not None:
        kw["tick_s"] = tick_s
    return BenchApp(config=bench_config(), targets=targets, mcp_servers=[], prompt=prompt,
                    send=send, system=None, max_steps=20, repeat=1, params={}, check_specs=[],
                    missing_keys={})


async def wait_for_session(app: ProvtuiApp, timeout: float) -> dict:
    """The saved session of the prompt sent at start."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        drive = app.drive
        if drive is not None and drive.session is not None:
            return drive.session
        await asyncio.sleep(0.05)
    raise TimeoutError(f"the session did not finish within {timeout:g} s")


class LoopLag:
    """How late a 5 ms heartbeat wakes up: the longest the event loop was kept busy."""

    def __init__(self, period: float = 0.005) -> None:
        self.period = period
        self.samples: list[tuple[float, float]] = []
        self._task: asyncio.Task | None = None

    async def _beat(self) -> None:
        while True:
            t = time.monotonic()
            await asyncio.sleep(self.period)
            now = time.monotonic()
            self.samples.append((now, now - t - self.period))

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._beat())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
