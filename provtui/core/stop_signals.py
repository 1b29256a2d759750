"""The signals that stop provtui the way Ctrl-C does, on an asyncio loop.

SIGINT, SIGTERM and SIGHUP (a kill, a closed terminal window) all end a run, a diagnosis or
the TUI the same way: what arrived is saved, every server is stopped, and the exit status is
128 + the signal (130, 143, 129).  ``run``, ``diagnose`` and the TUI install their handlers
here, so the set of signals and the platforms without them are handled in one place.
"""

from __future__ import annotations

import asyncio
import signal
from typing import Callable, Iterable

__all__ = ["STOP_SIGNALS", "KILL_SIGNALS", "install", "remove"]

STOP_SIGNALS: tuple[int, ...] = tuple(
    s for s in (getattr(signal, n, None) for n in ("SIGINT", "SIGTERM", "SIGHUP")) if s)
"""Ctrl-C, a kill and a closed terminal."""
KILL_SIGNALS: tuple[int, ...] = tuple(s for s in STOP_SIGNALS if s != signal.SIGINT)
"""A kill and a closed terminal: for code whose Ctrl-C asyncio.run already turns into a cancel."""


def install(loop: asyncio.AbstractEventLoop, callback: Callable[[int], object],
            signals: Iterable[int] = STOP_SIGNALS) -> list[int]:
    """Call ``callback(signum)`` on the loop for each of ``signals``; the ones installed (none
    off the main thread, or where the platform has no such handlers)."""
    installed = []
    for signum in signals:
        try:
            loop.add_signal_handler(signum, callback, signum)
            installed.append(signum)
        except (NotImplementedError, RuntimeError, ValueError):
            pass
    return installed


def remove(loop: asyncio.AbstractEventLoop, installed: Iterable[int]) -> None:
    """Undo ``install`` (the default handlers again)."""
    for signum in installed:
        try:
            loop.remove_signal_handler(signum)
        except (NotImplementedError, RuntimeError, ValueError):
            pass
