"""The pane's Markdown view of a streaming answer, kept level with the raw view.

Textual's ``Markdown.append`` re-parses and rebuilds the document's last top-level block on every
call: a list of 100 items is unmounted and mounted again for each fragment, a code fence is
highlighted again from its first line.  Fed a fast stream at the pane's tick (~30 Hz), that
cost grows with the block and stalls the whole event loop, so the view fell seconds behind.

Here the Markdown widget only receives text up to the last *closed* block (a blank line outside a
code fence, or a closing fence); everything after it, the block still forming, is drawn below as
plain text (a ``Text``, never markup) and updated on every tick, so the view holds the whole
answer at every tick.  One append is in flight at a time, run as a task so the tick never waits
for it, and the next waits three times the last one's cost: the formatting of a long answer
follows in steps while the app keeps answering keys.  ``settle`` hands the rest over when the run ends.
"""

from __future__ import annotations

import asyncio
import time

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static

_THROTTLE = 3.0
"""After an append that took d seconds, the next waits d x this (Markdown gets <= 1/4 of time)."""
_LONG_TAIL = 4000
"""An unclosed block longer than this is handed over at its last line end anyway (at twice
this, inside a fence or a line with no end, at the last newline or all of it): the plain tail
is redrawn on every tick, so it stays short."""


class LiveMarkdown(VerticalScroll):
    """Rendered Markdown for the closed blocks plus the forming block as plain text."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._md = Markdown("", id="answer-md")
        self._emptying = False
        self._tail = Static("", id="answer-md-tail", markup=False)
        self._clear_state()

    def _clear_state(self) -> None:
        self._text = ""
        self.shown = 0
        """Characters of the text the Markdown widget holds (the rest is the plain tail)."""
        self._scan = 0  # complete lines before this offset are scanned
        self._fence: str | None = None  # the open code fence's marker
        self._boundary = 0  # the end of the last closed block
        self._line_end = 0  # the end of the last complete line outside a fence
        self._append_task: asyncio.Task[None] | None = None
        self._next_at = 0.0
        self._tail_shown = ""
        self._generation = getattr(self, "_generation", 0) + 1

    def compose(self) -> ComposeResult:
        yield self._md
        yield self._tail

    def on_mount(self) -> None:
        self._tail.display = False

    @property
    def markdown(self) -> Markdown:
        return self._md

    @property
    def tail_text(self) -> str:
        """The part drawn as plain text (the block still forming)."""
        return self._tail_shown

    # ------------------------------------------------------------------ streaming

    def pump(self, text: str) -> None:
        """Show ``text`` (the whole answer so far; it only grows between resets).  Never waits."""
        if not text.startswith(self._text[:64]) or len(text) < len(self._text):
            return  # not ours to guess: sync() rebuilds
        self._text = text
        self._find_boundary()
        if (self._append_task is None and not self._emptying and self._boundary > self.shown
                and time.monotonic() >= self._next_at):
            self._append_task = asyncio.create_task(self._append_to(self._boundary))
        self._show_tail()

    def _find_boundary(self) -> None:
        text = self._text
        pos = self._scan
        while True:
            nl = text.find("\n", pos)
            if nl < 0:
                break
            line = text[pos:nl]
            end = nl + 1
            stripped = line.lstrip(" ")
            indent = len(line) - len(stripped)
            if self._fence is not None:
                marker = self._fence
                if (indent < 4 and stripped.startswith(marker)
                        and not stripped.lstrip(marker[0]).strip()):
                    self._fence = None
                    self._boundary = self._line_end = end
            elif indent < 4 and stripped[:3] in ("```", "~~~"):
                char = stripped[0]
                self._fence = char * (len(stripped) - len(stripped.lstrip(char)))
            else:
                self._line_end = end
                if not line.strip():
                    self._boundary = end
            pos = end
        self._scan = pos
        if self._line_end - self._boundary > _LONG_TAIL:
            self._boundary = self._line_end
        elif len(text) - self._boundary > 2 * _LONG_TAIL:  # a huge fence, a line without end
            cut = text.rfind("\n", self._boundary) + 1
            self._boundary = cut if cut > self._boundary else len(text)

    async def _append_to(self, end: int) -> None:
        generation = self._generation
        start = time.monotonic()
        try:
            await self._md.append(self._text[self.shown:end])
        finally:
            if generation == self._generation:
                self._append_task = None
                self.shown = max(self.shown, end)
                self._next_at = time.monotonic() + (time.monotonic() - start) * _THROTTLE
                self._show_tail()  # in the same frame as the blocks it hands over

    def _show_tail(self) -> None:
        tail = self._text[self.shown:]
        if tail == self._tail_shown:
            return
        self._tail_shown = tail
        self._tail.display = bool(tail)
        self._tail.update(Text(tail))

    # ------------------------------------------------------------------ whole-text moments

    async def _after_emptying(self) -> None:
        for _ in range(200):  # reset's update("") is queued: never append before it (<= 2 s)
            if not self._emptying:
                return
            await asyncio.sleep(0.01)

    async def settle(self, text: str) -> None:
        """The run ended: the Markdown widget gets the rest, the plain tail goes."""
        await self._after_emptying()
        if self._append_task is not None:
            await self._append_task
        if not text.startswith(self._text[:64]) or len(text) < self.shown:
            await self.sync(text)
            return
        self._text = text
        rest = text[self.shown:]
        if rest:
            await self._md.append(rest)
        self.shown = len(text)
        self._scan = self._boundary = self._line_end = len(text)
        self._show_tail()

    async def sync(self, text: str) -> None:
        """Rebuild from ``text`` (the view was switched on, or the text was replaced)."""
        await self._after_emptying()
        if self._append_task is not None:
            task = self._append_task
            self._generation += 1
            await task
        self._clear_state()
        self._text = text
        self._find_boundary()
        await self._md.update(text[:self._boundary])
        self.shown = self._boundary
        self._show_tail()

    def reset(self) -> None:
        """Empty the view for a new run."""
        in_flight = self._append_task
        self._clear_state()
        self._show_tail()
        self._tail.display = False
        # Markdown.update lists the blocks to remove when called: an append still in flight
        # would leave its blocks behind, so empty after it, and append nothing meanwhile
        self._emptying = True

        async def empty() -> None:
            try:
                if in_flight is not None:
                    await in_flight
                await self._md.update("")
            finally:
                self._emptying = False

        self.call_later(empty)
