"""The cyclic garbage collector, paced for a program that draws while streams arrive.

A full pass of CPython's collector walks every tracked object with the GIL held.  Over the
TUI's heap it froze a frame for 50-150 ms every second or so while eight panes streamed, and
held off until the streams ended it cost 280-420 ms at the moment they did -- ~100,000 objects
of cyclic garbage (Textual's ``Strip`` keeps seven caches and often caches itself), freed in
one pass while a person typed.

Two ways to live with it:

* ``hold()`` / ``release()`` (``provtui run``, and any consumer of a bridged fanout): while a
  stream is consumed, no full pass; the objects alive when it began are frozen (never walked),
  and the release lets the collector run as usual again (one larger pass soon after);
* ``Pacer`` (the TUI): automatic full passes off for the app's life.  The heap at start-up is
  frozen; the app calls ``step()`` often: it collects what was allocated since the last step
  and freezes the survivors (a few ms: it never walks the same object twice).  Garbage that
  forms among frozen objects waits for ``rebase()``, which the app calls when nobody is typing
  and nothing streams (unfreeze, a whole pass, freeze the survivors again), so nothing stays in
  the frozen base for good.  Walking every object once, when nobody waits, instead of every
  object every few seconds.  While a pacer runs, ``hold``/``release`` leave the collector to
  it.
"""

from __future__ import annotations

import gc
import time

__all__ = ["hold", "release", "Pacer", "pacer"]

_users = 0
_saved: tuple[int, int, int] | None = None
_pacer: Pacer | None = None

NEVER = 1 << 30
"""A third-generation threshold that is never reached: no automatic full passes."""


def hold() -> None:
    """While a consumer draws streams: no automatic full passes (see the module's doc)."""
    global _users, _saved
    if _pacer is not None:
        return
    if _users == 0:
        gc.freeze()
        _saved = gc.get_threshold()
        first, second, _ = _saved
        gc.set_threshold(first, second, NEVER)
    _users += 1


def release() -> None:
    global _users, _saved
    if _pacer is not None or _users == 0:
        return
    _users -= 1
    if _users == 0 and _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None
        gc.unfreeze()


class Pacer:
    """The collector on the app's schedule: ``start()`` once, ``step()`` every ~0.25 s
    (between frames), ``rebase()`` in an idle moment, ``stop()`` at exit."""

    def __init__(self) -> None:
        self.running = False
        self._saved: tuple[int, int, int] | None = None
        self.steps = 0
        self.rebases = 0
        self.step_s_max = 0.0
        self.rebase_s_max = 0.0
        self.last_step = 0.0
        self.last_rebase = 0.0
        self.dirty = False
        """Set by the app when much was allocated and dropped (a session ended): the next
        idle moment rebases."""

    def start(self) -> None:
        global _pacer
        if self.running:
            return
        # a hold taken before the pacer started is left to its release (a no-op now)
        self._saved = _saved or gc.get_threshold()
        first, second, _ = self._saved
        gc.freeze()  # what is garbage already (little, at start-up) goes at the first rebase
        gc.set_threshold(first, second, NEVER)
        self.running = True
        self.last_step = self.last_rebase = time.monotonic()
        _pacer = self

    def step(self) -> float:
        """Collect what was allocated since the last step, freeze the survivors; returns the
        seconds it took."""
        if not self.running:
            return 0.0
        t = time.perf_counter()
        gc.collect(2)
        gc.freeze()
        took = time.perf_counter() - t
        self.steps += 1
        self.step_s_max = max(self.step_s_max, took)
        self.last_step = time.monotonic()
        return took

    def rebase(self) -> float:
        """A whole pass (the frozen base too), then freeze what is left."""
        if not self.running:
            return 0.0
        t = time.perf_counter()
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        took = time.perf_counter() - t
        self.rebases += 1
        self.rebase_s_max = max(self.rebase_s_max, took)
        self.last_rebase = self.last_step = time.monotonic()
        self.dirty = False
        return took

    def stop(self) -> None:
        global _pacer, _users, _saved
        if not self.running:
            return
        self.running = False
        _pacer = None
        _users, _saved = 0, None
        gc.unfreeze()
        if self._saved is not None:
            gc.set_threshold(*self._saved)
        self._saved = None


def pacer() -> Pacer | None:
    """The running pacer, if any."""
    return _pacer
