"""Compare mode: where the answers diverge from a reference answer, and panes that scroll
together.

``CompareController`` belongs to the app (``app.compare``).  Diff mode highlights, in every
shown pane, the words of its final answer that differ from the reference pane's (the first
pane unless one was chosen): changed words, words only it has, and the gap where words only
the reference has are missing.  The word diff (provtui.core.diffing) runs in a thread, when
diff mode is turned on and again whenever a run ends, never per chunk.

Synchronised scrolling follows the pane the user scrolls: with diff mode on, the other panes
go to the *aligned* position (the same place in the diff); without it, to the same
proportion of their length.  It polls the views' scroll offsets (20 Hz) instead of watching
them, so panes that come and go with each prompt need no bookkeeping and a programmatic
scroll can never echo back.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text

from provtui.core.diffing import WordDiff, diff_words
from provtui.ui.safe import escape_markup, visible

if TYPE_CHECKING:
    from provtui.ui.widgets.pane import ProviderPane

__all__ = ["CompareController", "PaneDiff"]

_SYNC_EVERY_S = 0.05
_COALESCE_S = 0.3


@dataclass
class PaneDiff:
    """One pane's final answer against the reference's."""

    diff: WordDiff
    base: int
    """Where the final answer starts in the pane's answer view (earlier turns come first)."""
    reference: str
    """The reference pane's target, for the summary."""
    cursor: int = -1
    """Offset of the divergence last jumped to (``next divergence`` walks from there)."""


def final_answer(pane: ProviderPane) -> tuple[str, int]:
    """The pane's final-turn text (what words and checks are about) and its offset in the
    answer view."""
    final = pane.turn_text
    shown = pane.text
    base = len(shown) - len(final) if shown.endswith(final) else 0
    return final, max(0, base)


class CompareController:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.on = False
        self.sync = False
        self.ignore_case = False
        self._reference: ProviderPane | None = None
        self.diffs: dict[ProviderPane, PaneDiff] = {}
        self._generation = 0
        self._timer: Any = None
        self._seen: dict[ProviderPane, float] = {}
        self._pending: Any = None
        self.computing = False

    # ------------------------------------------------------------------ panes

    def shown_panes(self) -> list[ProviderPane]:
        """The panes on show (repeats of a target page behind one pane)."""
        return [p for p in self.app.panes if p.display]

    @property
    def reference(self) -> ProviderPane | None:
        shown = self.shown_panes()
        if self._reference in shown:
            return self._reference
        return shown[0] if shown else None

    # ------------------------------------------------------------------ diff mode

    def toggle(self) -> None:
        if self.on:
            self.turn_off()
        else:
            self.turn_on()

    def turn_on(self) -> None:
        if len(self.shown_panes()) < 2:
            self.app.notify("Diff needs at least two panes: pick more targets with ctrl+t.",
                            severity="warning", timeout=4)
            return
        self.on = True
        self.recompute()
        reference = self.reference
        name = escape_markup(reference.state.target) if reference is not None else "?"
        self.app.notify(f"Diff against {name}: changed words, added words, and a marked gap "
                        "where the reference's words are missing. n jumps to the next "
                        "divergence, D makes the focused pane the reference, d turns it off.",
                        title="diff", timeout=6)

    def turn_off(self) -> None:
        self.on = False
        self._generation += 1
        self.computing = False
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        for pane in self.app.panes:
            pane.answer.set_diff([])
            pane.border_subtitle = ""
        self.diffs.clear()

    def set_reference(self, pane: ProviderPane | None) -> None:
        if pane is None:
            return
        self._reference = pane
        self.on = True
        self.recompute()

    def recompute(self) -> None:
        """Diff every shown pane against the reference, in a worker (a thread does the
        diffing); a newer request makes an older result stale."""
        if not self.on:
            return
        self._generation += 1
        self.computing = True
        self.app.run_worker(self._compute(self._generation), group="diff", exclusive=True,
                            exit_on_error=False)

    async def _compute(self, generation: int) -> None:
        reference = self.reference
        if reference is None:
            self.computing = False
            return
        ref_text, _ = final_answer(reference)
        jobs = [(pane, *final_answer(pane)) for pane in self.shown_panes()
                if pane is not reference]
        ignore_case = self.ignore_case

        def run() -> list[WordDiff]:
            return [diff_words(ref_text, text, ignore_case=ignore_case) for _, text, _ in jobs]

        try:
            results = await asyncio.to_thread(run)
        finally:
            if generation == self._generation:
                self.computing = False
        if generation != self._generation or not self.on:
            return
        label = reference.state.target or "reference"
        self.diffs = {}
        for pane in self.app.panes:
            if pane not in [j[0] for j in jobs]:
                pane.answer.set_diff([])
                pane.border_subtitle = ""
        for (pane, text, base), diff in zip(jobs, results):
            self.diffs[pane] = PaneDiff(diff, base, label)
            if not text.strip():
                # an empty answer (a failed run) is not worth a screen of "missing" marks
                pane.answer.set_diff([])
                pane.border_subtitle = Text(visible(f"≠ {label}: no answer text"))
                continue
            pane.answer.set_diff([(base + s.start, base + s.end, s.op)
                                  for s in diff.divergences])
            pane.border_subtitle = Text(visible(summary_line(diff, label)))
        reference.answer.set_diff([])
        reference.border_subtitle = "diff reference"

    def pane_finished(self, pane: ProviderPane) -> None:
        """A run ended: its final text is complete, so the diff is worth redoing.  Runs that
        end together (a whole session) are diffed once: a diff already in a thread cannot be
        stopped, so starting one per run would only burn CPU on stale results."""
        if not self.on:
            return
        self.computing = True
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.app.set_timer(_COALESCE_S, self._coalesced, name="diff-again")

    def _coalesced(self) -> None:
        self._pending = None
        self.recompute()

    async def wait(self, timeout_s: float = 30.0) -> None:
        """Until the latest diff is drawn (tests, scripted screenshots)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while self.computing and loop.time() < deadline:
            await asyncio.sleep(0.02)

    # ------------------------------------------------------------------ divergences

    def jump(self, pane: ProviderPane | None, *, first: bool = False) -> bool:
        """Scroll ``pane`` to its first (or next) divergence from the reference."""
        if pane is None:
            return False
        if not self.on:
            self.turn_on()
            if self.on:
                self.app.notify("Diff is on; jump again once it is drawn.", timeout=2)
            return False
        if pane is self.reference:
            self.app.notify("This pane is the diff reference: jump from another pane, or make "
                            "another pane the reference (D).", timeout=4)
            return False
        entry = self.diffs.get(pane)
        if entry is None:
            self.app.notify("The diff is still being computed.", timeout=2)
            return False
        span = entry.diff.first_divergence if first else entry.diff.next_divergence(
            entry.cursor)
        if span is None:
            self.app.notify(f"Same words as {escape_markup(entry.reference)}.", timeout=3)
            return False
        entry.cursor = span.start
        if pane.view_mode != "raw":
            pane.toggle_view()
        answer = pane.answer
        answer.release_anchor()
        answer.scroll_to_offset(entry.base + span.start)
        return True

    # ------------------------------------------------------------------ synchronised scroll

    def toggle_sync(self) -> None:
        self.sync = not self.sync
        if self.sync:
            self._seen = {}
            self._timer = self.app.set_interval(_SYNC_EVERY_S, self.sync_step, name="sync-scroll")
            how = "aligned by the diff" if self.on else "proportionally (d aligns them by the diff)"
            self.app.notify(f"Synchronised scrolling on: panes follow the one you scroll, "
                            f"{how}.", timeout=4)
        else:
            if self._timer is not None:
                self._timer.stop()
                self._timer = None
            self.app.notify("Synchronised scrolling off.", timeout=2)

    def sync_step(self) -> None:
        panes = self.shown_panes()
        seen = self._seen
        moved = [p for p in panes if p in seen and abs(p.answer.scroll_y - seen[p]) >= 0.5]
        if moved:
            focused = self.app.current_pane()
            leader = focused if focused in moved else moved[0]
            for pane in panes:
                if pane is not leader:
                    self._follow(leader, pane)
        self._seen = {p: p.answer.scroll_y for p in panes}

    def aligned_offset(self, leader: ProviderPane, other: ProviderPane, offset: int) -> int | None:
        """Where ``offset`` in ``leader``'s answer view is, aligned, in ``other``'s; None when
        the diff does not cover both."""
        reference = self.reference
        if not self.on or reference is None:
            return None

        def to_ref(pane: ProviderPane, off: int) -> int | None:
            if pane is reference:
                return off - final_answer(pane)[1]
            entry = self.diffs.get(pane)
            return None if entry is None else entry.diff.to_reference(max(0, off - entry.base))

        def from_ref(pane: ProviderPane, ref_off: int) -> int | None:
            if pane is reference:
                return final_answer(pane)[1] + ref_off
            entry = self.diffs.get(pane)
            return None if entry is None else entry.base + entry.diff.from_reference(ref_off)

        ref_off = to_ref(leader, offset)
        if ref_off is None:
            return None
        return from_ref(other, max(0, ref_off))

    def _follow(self, leader: ProviderPane, other: ProviderPane) -> None:
        source, view = leader.answer, other.answer
        aligned = self.aligned_offset(leader, other, source.offset_of_line(int(source.scroll_y)))
        if aligned is not None:
            y = float(view.line_of_offset(aligned))
        else:
            fraction = source.scroll_y / source.max_scroll_y if source.max_scroll_y else 0.0
            y = fraction * view.max_scroll_y
        y = min(y, view.max_scroll_y)
        if abs(view.scroll_y - y) < 0.5:
            return
        view.release_anchor()
        view.scroll_to(y=y, animate=False, immediate=True)


def summary_line(diff: WordDiff, reference: str) -> str:
    """``≠ explorer: 38% same · 12 changed · 3 added · 2 missing`` (counts of divergent
    places, not of words)."""
    if diff.identical:
        return f"= {reference}: same words"
    c = diff.counts
    parts = [f"{c['replace']} changed" if c["replace"] else "",
             f"{c['insert']} added" if c["insert"] else "",
             f"{c['delete']} missing" if c["delete"] else ""]
    more = " (first part only)" if diff.truncated else ""
    return (f"≠ {reference}: {diff.similarity:.0%} same · "
            f"{' · '.join(p for p in parts if p)}{more}")
