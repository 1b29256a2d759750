"""A pane's analysis: live findings and word counts while it streams (one analysis thread at
a time across the app, at a tenth of a core), the full analysis with the checks when its run
ends, and the findings list under the answer.  Mixed into ProviderPane."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from rich.text import Text
from textual import work
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from provtui.ui.safe import visible
from provtui.ui.widgets.answer import FINDING_LABELS

__all__ = ["PaneAnalysis", "ANALYSIS_EVERY_S", "ANALYSIS_LOAD"]

ANALYSIS_EVERY_S = 0.5
ANALYSIS_LOAD = 0.1
"""Live analysis may use this share of a core: the next pass waits ten times as long as the
last one took.  Its threads hold the GIL while they work, and eight of them at once starved
the event loop (frames of 100-300 ms every half second)."""


class PaneAnalysis:
    """The analysis half of ``ProviderPane`` (its state lives on the pane)."""

    def _analysis_slot(self) -> asyncio.Lock:
        """One analysis thread at a time across the app's panes (see ANALYSIS_LOAD); the lock
        lives on the app, which owns the event loop it belongs to."""
        app = self.app
        lock = getattr(app, "_provtui_analysis_lock", None)
        if lock is None:
            lock = asyncio.Lock()
            app._provtui_analysis_lock = lock  # type: ignore[attr-defined]
        return lock

    def _maybe_analyse(self, *, force: bool = False) -> None:
        if not self._analysis_dirty:
            return
        if self.saved_result is not None:  # a saved run: its analysis is in the file
            self._analysis_dirty = False
            return
        now = time.monotonic()
        if not force and now - self._last_analysis < self._analysis_every:
            return
        if self._analysing:
            return  # the previous pass is still running; the next tick picks this up
        self._last_analysis = now
        self._analysis_dirty = False
        from provtui.core.analysis import IncrementalAnalyzer

        if self._analyzer is None:
            self._analyzer = IncrementalAnalyzer()
        pending = "".join(self._analysis_pending)
        self._analysis_pending.clear()
        if force:
            self._analyzer.feed(pending)
            self._turn_base = max(0, len(self.answer.text) - self._turn_len)
            self._set_findings(self._analyzer.result())
        else:
            self._analysing = True
            self._analyse_live(self._analyzer, pending,
                               max(0, len(self.answer.text) - self._turn_len))

    @work(group="analysis", exit_on_error=False)
    async def _analyse_live(self, analyzer: Any, pending: str, base: int) -> None:
        """A live pass in a thread, so a long unfinished line never stalls keys or drawing."""
        try:
            def step() -> tuple[dict[str, Any], float]:
                cpu = time.thread_time()
                analyzer.feed(pending)
                out = analyzer.result(streaming=True)  # (the last word may be unfinished)
                return out, time.thread_time() - cpu

            async with self._analysis_slot():
                result, cost = await asyncio.to_thread(step)
            self._analysis_every = max(ANALYSIS_EVERY_S, cost / ANALYSIS_LOAD)
            # a new turn (or a reset) replaced the analyzer meanwhile: this result is stale
            if analyzer is self._analyzer and self._drawable and not self._final_done:
                self._turn_base = base
                self._set_findings(result)
        finally:
            self._analysing = False

    def _count_live_words(self, text: str) -> None:
        """A cheap running word count between analysis passes (the analysis, which knows
        think blocks and markup, gives the exact count when it catches up and at the end)."""
        if not text:
            return
        n = len(text.split())
        if n and not text[0].isspace() and self._live_in_word:
            n -= 1  # the chunk continues the word the last one ended in
        self._live_words += n
        self._live_in_word = not text[-1].isspace()

    def _set_findings(self, result: Any) -> None:
        if not isinstance(result, dict):
            result = {k: getattr(result, k) for k in ("words", "findings", "checks")
                      if hasattr(result, k)}
        self.words = result.get("words")
        findings = [f for f in result.get("findings") or [] if isinstance(f, dict)]
        if not self.state.finished:
            # nothing has come *yet*: "empty output" is a verdict on a finished run only
            findings = [f for f in findings if f.get("kind") != "empty_output"]
        if self._text_sanitizer.removed:
            findings.append({"kind": "control_char", "start": 0, "end": 0, "text": "",
                             "suggestion": f"{self._text_sanitizer.removed} control "
                                           "character(s) removed from view (kept in the "
                                           "session)"})
        if "checks" in result and result.get("checks"):
            self.checks = list(result["checks"])
        base = self._turn_base
        shifted = [{**f, "start": f.get("start", 0) + base, "end": f.get("end", 0) + base}
                   for f in findings]
        self.findings = shifted
        self.answer.set_findings(shifted)
        key = tuple((f["kind"], f["start"], f["end"]) for f in shifted)
        if key != self._findings_key:
            self._findings_key = key
            self._show_findings(shifted)

    def _show_findings(self, findings: list[dict[str, Any]]) -> None:
        box = self.query_one("#pane-findings", OptionList)
        box.clear_options()
        box.display = bool(findings)
        if not findings:
            return
        options = []
        for i, f in enumerate(findings):
            label = Text()
            label.append(FINDING_LABELS.get(f.get("kind", ""), str(f.get("kind"))),
                         style="bold")
            if f.get("text"):
                label.append("  ")
                label.append(repr(visible(str(f["text"])[:80]))[:60], style="reverse")  # a loop can be megabytes
            if f.get("suggestion"):
                label.append("  → ")
                label.append(visible(str(f["suggestion"])[:100])[:80], style="italic")
            options.append(Option(label, id=f"finding-{i}"))
        box.add_options(options)
        box.border_title = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"

    async def _finalise(self, run: Any = None) -> None:
        """The run ended: its end shown, full analysis with the checks, markdown settled.

        What lays out the whole screen (the badge's new shape, the scrollbar coming back,
        the findings list, ~50-190 ms with eight panes) waits for a gap in typing: at once
        if nobody types, else just after the next key's frame (ProvtuiApp.typing_pause)."""
        pause = getattr(self.app, "typing_pause", None)
        # the run that ended (the caller's, when this runs as a worker that may start late);
        # a reset (the pane reused for a new prompt) makes a new state
        run = self.state if run is None else run
        if self.state is not run:
            return
        if not self._end_shown:
            if pause is not None:
                await pause()
                if self.state is not run:
                    return  # reused while it waited: this end is no longer on screen
            self._show_end()
        if self.view_mode == "markdown":
            await self._markdown.settle(self.answer.text)
        self._turn_base = max(0, len(self.answer.text) - self._turn_len)
        if self.saved_result is not None:
            self._analysis_dirty = False
            self._set_findings(self.saved_result)
            self.refresh_footer(force=True)
            return
        from provtui.core.analysis import analyze
        # expect_words is already a "words" check in check_specs (the CLI adds it there)
        kwargs = dict(checks=self.check_specs, others=self.others(),
                      tool_calls=self._tool_calls_for_checks(),
                      turns=[{"finish_reason": self._finish_reason}],
                      status={"error": "error", "cancelled": "cancelled"}.get(self.state.state))
        # comparing against the other answers can take a few hundred ms on long texts, and
        # keys must keep answering meanwhile: in the analysis process (core/analysis_worker
        # .py), else on a thread (which shares the GIL with drawing)
        worker = getattr(self.app, "analysis_worker", None)
        future = worker.submit(self.turn_text, **kwargs) if worker is not None else None
        if future is not None:
            result = await asyncio.wrap_future(future)
        else:
            async with self._analysis_slot():
                result = await asyncio.to_thread(analyze, self.turn_text, **kwargs)
        if not self._drawable or self.state is not run:
            return
        if pause is not None:
            await pause()  # the analysis ends whenever it ends: its findings wait for a gap
            if not self._drawable or self.state is not run:
                return
        self._analysis_dirty = False
        self._set_findings(result)
        if isinstance(result, dict):
            self.checks = list(result.get("checks") or [])
        self.refresh_footer(force=True)

    def _show_end(self) -> None:
        """The run's end on screen: badge, border, scrollbar, footer."""
        if not self._drawable:
            return
        self._end_shown = True
        self._set_live(self.state.active)
        self.refresh_header(force=True)
        self.refresh_footer(force=True)

    def _tool_calls_for_checks(self) -> list[dict[str, Any]]:
        return [{"id": c.key, "name": c.name, "arguments": c.arguments,
                 "arguments_valid": c.arguments_valid, "result": c.result,
                 "is_error": c.state == "failed", "duration_s": c.duration_s}
                for c in self.tool_chain.calls]
