"""Which streaming panes draw their new text on this tick.

Drawing new text into a following answer view scrolls it: every row of that pane is drawn
again, ~4 ms a pane at 200x50.  Eight panes streaming 2,000 chunks/s each, all drawn on every
30 Hz tick, made frames of 30+ ms back to back, and a typed letter waited for them.  So each
tick draws the text of at most a few panes, the ones that waited longest: with 8 streaming
panes each is drawn about every 250 ms (faster than anyone reads 8,000 characters a
second), a frame stays near a frame's budget, and the prompt box's frame comes soon.  With one
pane streaming it is drawn on every tick, as before.  Text is never lost or
reordered: it waits in the pane's buffer.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

__all__ = ["PANE_DRAW_BUDGET_S", "MAX_INTERVAL_S", "TYPING_QUIET_S", "TYPING_PAUSE_S",
           "TYPING_PAUSE_MAX_S", "COLLECT_STEP_S", "COLLECT_REBASE_IDLE_S", "due",
           "typing_quiet"]

PANE_DRAW_BUDGET_S = 0.03
"""One pane's redraw per tick (30 Hz) is the budget: a measured 4-9 ms a pane with 8 panes at
200x50, and what else the frame carries (headers, footers, the prompt box)."""
MAX_INTERVAL_S = 0.3
"""No streaming pane waits longer than about this for its text, however many stream."""
TYPING_QUIET_S = 0.05
"""After a key reaches the prompt box the panes are not redrawn for this long, so the frame
that shows the key costs a few milliseconds instead of a frame full of scrolled panes; held
no longer than ``MAX_INTERVAL_S`` however fast someone types."""


TYPING_PAUSE_S = 0.4
"""Work that can wait (what lays out the screen at a run's end, its final analysis, the
session's fold and save) waits until no key came for this long ..."""
TYPING_PAUSE_MAX_S = 6.0
"""... or for a gap between two keys (one waiter per gap), but never longer than this (eight
runs ending while someone types want ~20 gaps: their ends, their findings, the footer)."""

COLLECT_STEP_S = 0.25
"""The garbage collector walks what survived since its last step this often (a few ms with
eight panes streaming: core/collector.py) ..."""
COLLECT_REBASE_IDLE_S = 1.0
"""... and the whole heap once a session is over and no key came for this long."""


def typing_quiet(now: float, typed_at: float, ticked_at: float) -> bool:
    """Skip this tick's pane work: a key came in just now, and the panes were drawn lately."""
    return now - typed_at < TYPING_QUIET_S and now - ticked_at < MAX_INTERVAL_S


def due(waiting: Iterable[tuple[Hashable, float]], now: float, tick_s: float) -> set[Hashable]:
    """The keys of the panes to draw now, from ``(key, waiting since)`` of every pane that has
    text waiting (since: when its oldest text not yet drawn arrived)."""
    panes = sorted(waiting, key=lambda kv: kv[1])  # longest waiting first
    n = len(panes)
    if n == 0:
        return set()
    interval = min(MAX_INTERVAL_S, max(tick_s, PANE_DRAW_BUDGET_S * n))
    per_tick = max(1, math.ceil(n * tick_s / interval))
    chosen = {key for key, _ in panes[:per_tick]}
    # a pane that has waited past the longest interval is drawn whatever the budget says
    chosen.update(key for key, last in panes[per_tick:] if now - last >= MAX_INTERVAL_S)
    return chosen
