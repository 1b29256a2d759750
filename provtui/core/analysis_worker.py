"""Final analyses in a process of their own, for a program that draws while it analyses.

A run's final analysis (words, findings, checks, the comparison with the other answers) and the
session's at its fold take a few hundred ms of Python each on long answers.  On threads they
shared the GIL with drawing: eight runs ending together left the screen a third of an
interpreter, and a key typed at that moment waited 0.2-0.4 s.  Here they run in one worker
process (``spawn``: nothing of the caller's threads or sockets is inherited), started ahead of
need and shared by every caller in the process; the caller's thread or event loop only waits on
a future, without the GIL.

Anything that goes wrong on the worker's side (it could not start, it died, a result could not
be sent) falls back to analysing here, in the caller: a slower frame, never a lost analysis.
The worker ignores SIGINT (a terminal's Ctrl-C is the caller's to handle) and exits when the
caller does, however it ends (a watchdog thread sees the worker's parent change).
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import threading
from typing import Any

__all__ = ["AnalysisWorker", "shared_worker", "slim_session", "merge_session_analysis"]

RUN_RESULT_KEYS = ("words", "findings", "checks")
SESSION_RESULT_KEYS = ("summary", "comparisons", "analysis_problems")
PARENT_POLL_S = 0.5
SESSION_TIMEOUT_S = 120.0
"""A session's analysis is linear and capped (seconds for megabytes); past this the worker is
taken for stuck, dropped, and the analysis done here."""


def _init_worker(parent: int) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the pool's pipes do not tell a worker that its caller died (the worker holds both
    # ends): a watchdog does, and the worker ends rather than live on as an orphan
    threading.Thread(target=_watch_parent, args=(parent,), name="provtui-parent-watch",
                     daemon=True).start()


def _watch_parent(parent: int) -> None:
    import os
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(0)


def _warm() -> int:
    import os

    from provtui.core.analysis import warm_up

    warm_up()
    return os.getpid()


def _analyze(text: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    from provtui.core.analysis import analyze

    return analyze(text, **kwargs)


def _analyze_session(slim: dict[str, Any]) -> dict[str, Any]:
    from provtui.core.recorder import analyze_session

    analyze_session(slim)
    return {"runs": [{k: run[k] for k in RUN_RESULT_KEYS if k in run}
                     for run in slim.get("runs") or [] if isinstance(run, dict)],
            **{k: slim[k] for k in SESSION_RESULT_KEYS if k in slim}}


def slim_session(session: dict[str, Any]) -> dict[str, Any]:
    """What ``analyze_session`` reads, without the timelines (the bulk of a long session, and
    views of the recorder's arrays that stay here)."""
    slim = {k: v for k, v in session.items() if k != "runs"}
    slim["runs"] = [{k: v for k, v in run.items() if k != "timeline"}
                    if isinstance(run, dict) else run for run in session.get("runs") or []]
    return slim


def merge_session_analysis(session: dict[str, Any], result: dict[str, Any]) -> None:
    """Put a worker's ``_analyze_session`` result into ``session`` (as analyze_session would
    have filled it in place)."""
    runs = [r for r in session.get("runs") or [] if isinstance(r, dict)]
    for run, done in zip(runs, result.get("runs") or []):
        for key in RUN_RESULT_KEYS:
            if key in done:
                run[key] = done[key]
    for key in SESSION_RESULT_KEYS:
        if key in result:
            session[key] = result[key]


class AnalysisWorker:
    """One analysis process; ``start()`` off the caller's loop, then ``analyze`` and
    ``analyze_session`` (blocking, for threads) or ``submit`` (a future, for event loops)."""

    def __init__(self) -> None:
        self._pool: cf.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._starting: threading.Thread | None = None
        self.pid: int | None = None
        self.failures = 0
        """Calls that fell back to analysing in the caller (tests and benchmarks read it)."""

    # -- life

    def start(self) -> None:
        """Start the process and load its word lists, on a thread: returns at once."""
        with self._lock:
            if self._pool is not None or self._starting is not None:
                return
            self._starting = threading.Thread(target=self._start, name="provtui-analysis-start",
                                              daemon=True)
            self._starting.start()

    def _start(self) -> None:
        import multiprocessing
        import os

        try:
            pool = cf.ProcessPoolExecutor(max_workers=1,
                                          mp_context=multiprocessing.get_context("spawn"),
                                          initializer=_init_worker,
                                          initargs=(os.getpid(),))
            pid = pool.submit(_warm).result(timeout=60)
        except Exception:  # no worker: every call analyses in the caller
            pool, pid = None, None
        with self._lock:
            self._pool, self.pid = pool, pid
            self._starting = None

    def ready(self, timeout: float | None = None) -> bool:
        starting = self._starting
        if starting is not None:
            starting.join(timeout)
        return self._pool is not None

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool, self.pid = self._pool, None, None
            starting = self._starting
        if starting is not None:
            starting.join(5)
            with self._lock:
                pool, self._pool, self.pid = pool or self._pool, None, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    # -- work

    def submit(self, text: str, **kwargs: Any) -> cf.Future[dict[str, Any]] | None:
        """``analysis.analyze(text, **kwargs)`` in the worker, as a future (should the worker
        fail, the future is resolved by analysing here, on a pool thread); None when there is
        no worker (yet): the caller analyses as it would without one."""
        pool = self._pool
        if pool is None:
            return None
        try:
            return _Fallback(pool.submit(_analyze, text, kwargs), self, text, kwargs)
        except Exception:
            self._lost()
            return None

    def analyze(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """Blocking (for threads): in the worker if there is one, else here."""
        future = self.submit(text, **kwargs)
        if future is None:
            self.failures += 1
            return _analyze(text, kwargs)
        return future.result()

    def analyze_session(self, session: dict[str, Any]) -> dict[str, Any]:
        """``recorder.analyze_session(session)`` with the work done in the worker: fills
        ``session`` in place and returns it (blocking: for a fold on a thread)."""
        from provtui.core.recorder import analyze_session

        pool = self._pool
        if pool is not None:
            try:
                result = pool.submit(_analyze_session, slim_session(session)).result(
                    timeout=SESSION_TIMEOUT_S)
            except Exception:
                self._lost()
            else:
                merge_session_analysis(session, result)
                return session
        self.failures += 1
        return analyze_session(session)

    def _lost(self) -> None:
        """The worker broke (killed, or a result it could not send): drop it; the next start()
        makes a new one."""
        with self._lock:
            pool, self._pool, self.pid = self._pool, None, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


class _Fallback(cf.Future):
    """A worker's future that, should the worker fail, resolves with the analysis done here."""

    def __init__(self, inner: cf.Future, worker: AnalysisWorker, text: str,
                 kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._worker, self._text, self._kwargs = worker, text, kwargs
        inner.add_done_callback(self._inner_done)

    def _inner_done(self, inner: cf.Future) -> None:
        try:
            self.set_result(inner.result())
            return
        except cf.CancelledError:
            pass
        except Exception:
            pass
        # the worker failed this call: analyse here (on the thread that noticed), so the
        # caller still gets its answer
        self._worker.failures += 1
        self._worker._lost()
        try:
            self.set_result(_analyze(self._text, self._kwargs))
        except Exception as exc:
            self.set_exception(exc)


_shared: AnalysisWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> AnalysisWorker:
    """The process's one analysis worker (started by whoever asks first, stopped at exit)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = AnalysisWorker()
            atexit.register(_shared.shutdown)
        return _shared
