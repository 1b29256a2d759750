"""One sent prompt in the TUI: the fanout, its panes and its recorder, and settling
the panes on the saved numbers once the session is folded."""


import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any


from provtui.core.events import Event
from provtui.ui.widgets.pane import ProviderPane

_EXECUTOR = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                  thread_name_prefix="provtui-session-save")


def wait_for_saves(timeout: float = 60.0) -> None:
    """Block until every fold and save handed to the save thread has finished (at the app's
    exit: a save that a quit caught on that thread is on disk before the app lets go)."""
    with contextlib.suppress(Exception):
        _EXECUTOR.submit(lambda: None).result(timeout=timeout)


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
        self._fold_lock = threading.Lock()
        self.analysis_worker: Any = None
        """core/analysis_worker.AnalysisWorker for the fold's analysis (else it runs here)."""

    def record(self, event: Event) -> None:
        if self.open:
            self.recorder.apply(event)

    def snapshot(self) -> dict[str, Any]:
        """The session as it stands (safe while ``finish_off_loop`` works on its thread)."""
        with self._fold_lock:
            if self.session is not None:
                return self.session
            return self.recorder.snapshot()

    def _analyse(self, session: dict[str, Any]) -> Any:
        from provtui.core.recorder import analyze_session

        worker = self.analysis_worker
        if worker is not None and worker.ready(0):
            return worker.analyze_session(session)
        return analyze_session(session)

    def finish_now(self, status: str, save: Callable[[dict[str, Any]], Path]
                   ) -> tuple[dict[str, Any], Path | None, OSError | None]:
        """Fold the recorder into the session and ``save`` it, here and now."""
        with self._fold_lock:
            # timelines as views of the recorder's arrays: as lists they were ~110 bytes an
            # entry, the TUI's peak memory at 8 x 200k chunks
            session = self.recorder.finish(status=status, timeline_views=True,
                                           analyse=self._analyse)
        try:
            return session, save(session), None
        except OSError as exc:
            return session, None, exc

    async def finish_off_loop(self, status: str, save: Callable[[dict[str, Any]], Path]
                              ) -> tuple[dict[str, Any], Path | None, OSError | None]:
        """Fold the recorder into the session and ``save`` it, on a thread.  If the caller
        is cancelled meanwhile (the app quits), the fold and the save still finish before
        this returns: a session is never lost to a quit."""

        done = _EXECUTOR.submit(self.finish_now, status, save)
        try:
            return await asyncio.shield(asyncio.wrap_future(done))
        except asyncio.CancelledError:
            done.result()
            raise

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


