"""One run, drawn: header, tool chain, reasoning, answer, findings, metrics.

A pane is ``apply(event)`` and a ``match``.  ``apply`` only updates state (appends to
buffers, counters); the app's tick (~30 Hz) calls ``tick()`` which moves buffered text into the
views and redraws header and metrics.  So a pane costs the same per chunk whether chunks come
20 or 2,000 times a second.  The pane's worker iterates ``Fanout.stream_run`` and hands every
event to the pane and to the session sink (the recorder), in that order.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import (
    Collapsible,
    ContentSwitcher,
    OptionList,
    Sparkline,
    Static,
)

from provtui.core.advertised import advertised_line
from provtui.core.events import (
    Event,
    Notice,
    ReasoningDelta,
    ResponseStarted,
    RunFinished,
    RunQueued,
    RunStarted,
    TextDelta,
    ToolCallDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFailed,
    TurnFinished,
    TurnStarted,
)
from provtui.ui.safe import SecretMasker, StreamSanitizer, secrets
from provtui.ui.widgets.answer import AnswerView
from provtui.ui.widgets.live_markdown import LiveMarkdown
from provtui.ui.widgets.pane_analysis import ANALYSIS_EVERY_S, PaneAnalysis
from provtui.ui.widgets.tool_chain import ToolChain

from provtui.ui.widgets.pane_drawing import (  # noqa: F401  (re-exported)
    _CHARS_PER_TOKEN,
    _RATE_BUCKET_S,
    _RATE_BUCKETS,
    _SLOW_S,
    BADGES,
    PaneDrawing,
    _fmt_s,
    _update,
    error_text,
)

__all__ = ["ProviderPane", "RunState", "expect_words_from", "group_repeats", "repeat_group"]

_YIELD_EVERY_S = 0.008

_JOIN_EVERY = 4096
"""Buffered chunks are joined into one string this often: one str per one-token chunk costs
~55 bytes each, 80 MB at 8 x 200k tokens."""



def expect_words_from(check_specs: list[dict[str, Any]]) -> int | None:
    """The exact word count the user asked for (``--expect-words`` adds ``{"name": "words",
    "exact": N}``)."""
    for spec in check_specs:
        if spec.get("name") == "words":
            for key in ("exact", "expect", "equals", "value"):
                if isinstance(spec.get(key), int):
                    return spec[key]
    return None


@dataclass
class RunState:
    """What the events said, in the form the header and footer draw from."""

    run: int = -1
    target: str = ""
    provider: str = ""
    model: str = ""
    repeat_index: int = 0
    state: str = "idle"
    t_queued: float | None = None
    t_started: float | None = None
    t_end: float | None = None
    t_turn: float | None = None
    t_first: float | None = None
    """first delta of the first turn (live TTFT until TurnFinished reports it)"""
    t_turn_first: float | None = None
    ttft_s: float | None = None
    served_by: str | None = None
    response_model: str | None = None
    turns_done: int = 0
    usage_tokens: int = 0
    usage_complete: bool = True
    decode_s: float = 0.0
    turn_chars: int = 0
    total_chars: int = 0
    reasoning_chars: int = 0
    rate: list[float] = field(default_factory=list)
    error: dict[str, Any] | None = None
    preflight: dict[str, Any] | None = None
    truncated: bool = False
    """the last turn ended with finish reason ``length`` (cut by max_tokens)"""
    saved_metrics: dict[str, Any] | None = None
    """the run's metrics as the saved session has them: once set, the footer shows these, so
    screen and file agree (a cancelled turn's tokens are estimated the file's way)"""
    notices: list[tuple[str, str]] = field(default_factory=list)
    asked_user: bool = False
    finished: bool = False
    advertised: str = ""
    """provider · quantization · context, from an aggregator's listing (--sweep)."""

    @property
    def active(self) -> bool:
        return self.state not in ("idle", "done", "error", "cancelled")


class ProviderPane(PaneAnalysis, PaneDrawing, Widget, can_focus=True):
    """One pane per run; re-running a pane binds it to a new run."""

    ALLOW_MAXIMIZE = True
    # Letters act on the focused pane; the app's actions find it through focus.
    BINDINGS = [
        Binding("x", "app.cancel_pane", "Cancel", id="pane.cancel"),
        Binding("y", "app.copy", "Copy", show=False, id="pane.copy"),
        Binding("s", "app.select_text", "Select text", show=False, id="pane.select_text"),
        Binding("r", "app.rerun_pane", "Re-run", id="pane.rerun"),
        Binding("m", "app.maximise", "Maximise", show=False, id="pane.maximise"),
        Binding("v", "app.toggle_view", "Raw/MD", id="pane.toggle_view"),
        Binding("t", "app.toggle_reasoning", "Reasoning", id="pane.toggle_reasoning"),
        Binding("c", "app.toggle_tool_cards", "Tool cards", id="pane.tool_cards"),
        # compare views (widgets/diff.py, screens/inspector.py); in the palette and key panel
        Binding("d", "app.diff", "Diff", show=False, id="pane.diff"),
        Binding("D", "app.diff_reference", "Diff reference", show=False,
                id="pane.diff_reference"),
        Binding("n", "app.next_divergence", "Next divergence", show=False,
                id="pane.next_divergence"),
        Binding("i", "app.inspect", "Inspect", show=False, id="pane.inspect"),
        # One pane per target: --repeat N runs page inside it instead of N panes.
        Binding("right_square_bracket", "next_repeat", "Next run", id="pane.next_repeat"),
        Binding("left_square_bracket", "previous_repeat", "Previous run",
                id="pane.previous_repeat"),
        # reading a focused pane from the keyboard: the answer (raw or Markdown) scrolls
        Binding("up", "scroll_answer('up')", "Scroll up", show=False, id="pane.scroll_up"),
        Binding("down", "scroll_answer('down')", "Scroll down", show=False,
                id="pane.scroll_down"),
        Binding("pageup", "scroll_answer('page_up')", "Page up", show=False,
                id="pane.page_up"),
        Binding("pagedown", "scroll_answer('page_down')", "Page down", show=False,
                id="pane.page_down"),
        Binding("home", "scroll_answer('home')", "Start", show=False, id="pane.home"),
        Binding("end", "scroll_answer('end')", "End (follow)", show=False, id="pane.end"),
    ]

    class Finished(Message):
        """The pane's run ended (status ok | error | cancelled)."""

        def __init__(self, pane: ProviderPane, run: int, status: str) -> None:
            super().__init__()
            self.pane = pane
            self.run = run
            self.status = status

    def __init__(self, *, target: str, provider: str = "", model: str = "",
                 clock: Callable[[], float] = time.monotonic, expect_words: int | None = None,
                 check_specs: list[dict[str, Any]] | None = None, view: str = "raw",
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.clock = clock
        self.expect_words = expect_words
        self.check_specs = list(check_specs or [])
        self.view_mode = "markdown" if view == "markdown" else "raw"
        self.others: Callable[[], list[str]] = lambda: []
        """Texts of the other runs, for the checks that compare (set by the app)."""
        self.sink: Callable[[Event], None] | None = None
        self.state = RunState(target=target, provider=provider, model=model)
        self.repeat_count = 1
        """Runs of this pane's target in its group ("run k of N"); set by group_repeats."""
        self.repeat_pos = 0
        self.read_only = False
        """A saved session on show: cancel and re-run do not apply to it."""
        self.session_source: Callable[[], dict[str, Any] | None] | None = None
        self.queue_reason: str | None = None
        """Why a queued run waits, when the provider limits concurrency (shown in the badge)."""
        """A saved session's pane: returns that session (inspector, alignment read it)."""
        self.saved_result: dict[str, Any] | None = None
        """Words, findings and checks as saved; shown instead of analysing again."""
        self._tools = ToolChain(id="pane-tools")
        # kept, not queried: the tick reaches them 8 panes x 33 times a second
        self._answer = AnswerView(id="answer-raw", placeholder="")
        self._reasoning = AnswerView(id="reasoning-view")
        self._markdown = LiveMarkdown(id="answer-markdown")
        self._drawable = False  # children exist (set at the end of on_mount)
        self._reset_buffers()

    def _reset_buffers(self) -> None:
        self._live_words = 0
        self._live_in_word = False
        self._text_sanitizer = StreamSanitizer()
        self._reasoning_sanitizer = StreamSanitizer()
        # key values are masked after control sequences are stripped (a key with an escape
        # sequence inside would show whole once stripped); None when there are no keys to
        # hide, the common case, so streaming pays nothing for it
        keys = secrets()
        self._text_masker = SecretMasker(keys) if keys else None
        self._reasoning_masker = SecretMasker(keys) if keys else None
        self._pending_text: list[str] = []
        self._pending_reasoning: list[str] = []
        self.text_waiting_since = 0.0
        """When the oldest text not yet in the views arrived (the schedule's order)."""
        self._shown_chars = 0
        # the current turn's clean text is the last _turn_len characters of the answer (what
        # the word count is about): not kept a second time
        self._turn_len = 0
        self._finish_reason: str | None = None
        self._analysis_pending: list[str] = []
        self._turn_base = 0  # where the current turn starts in the answer view
        self._analyzer: Any = None
        self._analysis_dirty = False
        self._analysing = False
        self._last_analysis = 0.0
        self._analysis_every = ANALYSIS_EVERY_S
        self.words: int | None = None
        self._live_words = 0
        self._live_in_word = False
        self.findings: list[dict[str, Any]] = []
        self.checks: list[dict[str, Any]] = []
        self._findings_key: tuple = ()
        self._turn_has_text = False
        self._header_key: Any = None
        self._footer_key: Any = None
        self._header_due = 0.0
        self._title_key: Any = None
        self._words_key: Any = None
        self._footer_due = 0.0
        self._final_done = False
        self._end_shown = False
        self._error_shown: Any = None

    # ------------------------------------------------------------------ compose

    def compose(self) -> ComposeResult:
        with Horizontal(classes="pane-header"):
            yield Static(id="pane-title")
            yield Static(id="pane-badge")
        yield Static(id="pane-notices")
        yield self._tools
        with Collapsible(title="reasoning", collapsed=True, id="pane-reasoning"):
            yield self._reasoning
        yield Static(id="pane-error")
        with ContentSwitcher(initial=f"answer-{self.view_mode}", id="pane-body"):
            yield self._answer
            yield self._markdown
        yield OptionList(id="pane-findings")
        with Horizontal(classes="pane-footer"):
            yield Static(id="pane-metrics")
            yield Sparkline([], id="pane-rate")
            yield Static(id="pane-words")

    def on_mount(self) -> None:
        self._answer.anchor()
        self._reasoning.anchor()
        self.query_one("#answer-markdown", VerticalScroll).anchor()
        self.query_one("#pane-findings", OptionList).display = False
        self.query_one("#pane-reasoning", Collapsible).display = False
        self._drawable = True
        self.refresh_header(force=True)
        self.refresh_footer(force=True)
        self.app.theme_changed_signal.subscribe(
            self, lambda _theme: self.sync_state_border(theme_changed=True))

    def on_unmount(self) -> None:
        self._drawable = False

    # ------------------------------------------------------------------ the worker

    def start(self, stream_factory: Callable[[], Any]) -> None:
        """Consume ``stream_factory()`` (an async iterator of this run's events)."""
        self._consume(stream_factory)

    @work(exclusive=True, group="run", exit_on_error=False)
    async def _consume(self, stream_factory: Callable[[], Any]) -> None:
        run = self.state.run
        last_yield = time.perf_counter()
        try:
            async for event in stream_factory():
                self.apply(event)
                if self.sink is not None:
                    self.sink(event)
                # A queue with a backlog never suspends on get(); give keys and the 10 Hz
                # tick their turn instead of draining thousands of chunks in one go.
                now = time.perf_counter()
                if now - last_yield > _YIELD_EVERY_S:
                    await asyncio.sleep(0)
                    last_yield = time.perf_counter()
        except asyncio.CancelledError:
            if not self.state.finished and self.state.run == run:
                # the worker itself was cancelled (app quit, re-run): no RunFinished will
                # come from the core, so record the cancellation here
                event = RunFinished(run=run, t=self.clock(), status="cancelled",
                                    error={"kind": "cancelled",
                                           "message": "cancelled by the user; the output "
                                                      "received so far is kept",
                                           "http_status": None, "retry_after_s": None,
                                           "context_limit": None})
                self.apply(event)
                if self.sink is not None:
                    self.sink(event)
            raise
        finally:
            if self.state.run == run:
                status = {"done": "ok"}.get(self.state.state, self.state.state)
                self.post_message(self.Finished(self, run, status))

    # ------------------------------------------------------------------ events

    def apply(self, event: Event) -> None:
        s = self.state
        match event:
            case TextDelta(text=text, t=t):
                if not self._pending_text and not self._pending_reasoning:
                    self.text_waiting_since = time.monotonic()
                clean = self._text_sanitizer.feed(text)
                if self._text_masker is not None:
                    clean = self._text_masker.feed(clean)
                if not self._turn_has_text:
                    self._turn_has_text = True
                    if self._shown_chars:  # a later turn: keep turns apart in the view
                        self._pending_text.append("\n\n")
                        self._shown_chars += 2
                pending = self._pending_text
                pending.append(clean)
                self._count_live_words(clean)
                self._shown_chars += len(clean)
                self._turn_len += len(clean)
                analysis = self._analysis_pending
                analysis.append(clean)
                # a tick or an analysis pass that is late must not leave a str per chunk
                if len(pending) >= _JOIN_EVERY:
                    pending[:] = ["".join(pending)]
                if len(analysis) >= _JOIN_EVERY:
                    analysis[:] = ["".join(analysis)]
                self._mark_first(t)
                s.turn_chars += len(text)
                s.total_chars += len(text)
                self._rate_pieces(event)
                s.state = "streaming"
                self._analysis_dirty = True
            case ReasoningDelta(text=text, t=t):
                if not self._pending_text and not self._pending_reasoning:
                    self.text_waiting_since = time.monotonic()
                clean = self._reasoning_sanitizer.feed(text)
                if self._reasoning_masker is not None:
                    clean = self._reasoning_masker.feed(clean)
                self._pending_reasoning.append(clean)
                if len(self._pending_reasoning) >= _JOIN_EVERY:
                    self._pending_reasoning[:] = ["".join(self._pending_reasoning)]
                self._mark_first(t)
                s.reasoning_chars += len(text)
                s.turn_chars += len(text)
                self._rate_pieces(event)
                if s.state != "streaming" or not self._turn_has_text:
                    s.state = "reasoning"
            case ToolCallDelta(turn=turn, index=index, id=call_id, name=name, t=t):
                self._mark_first(t)
                self._rate(t, len(event.arguments))
                self._tools.forming(turn, index, call_id, name)
                s.state = "calling"
            case ToolCallStarted(turn=turn, call_id=call_id, name=name, arguments=args,
                                 arguments_valid=valid):
                self._tools.started(turn, call_id, name, args, valid)
                s.state = "calling"
            case ToolCallFinished(call_id=call_id, name=name, result=result,
                                  is_error=is_error, duration_s=duration):
                self._tools.finished(call_id, name, result, is_error, duration)
                if not self._tools.running:
                    s.state = "waiting"
            case TurnStarted(t=t, attempt=attempt):
                s.t_turn = t
                s.t_turn_first = None
                s.turn_chars = 0
                s.state = "waiting"
                self._new_turn()
                if attempt:
                    s.notices.append(("retry", f"attempt {attempt + 1}"))
            case ResponseStarted():
                pass
            case TurnFinished() as e:
                s.truncated = e.finish_reason == "length" and not e.tool_calls
                self._flush_streams()
                self._end_turn(e.ttft_s, e.duration_s, e.usage, e.served_by, e.response_model)
                self._finish_reason = e.finish_reason  # "length" -> a truncated finding
                if e.tool_calls:
                    s.state = "calling"
                else:
                    self._tools.settle()
            case TurnFailed() as e:
                self._flush_streams()
                self._end_turn(e.ttft_s, e.duration_s, e.usage, e.served_by, e.response_model)
                self._tools.settle()
                if e.will_retry:
                    s.notices.append(("retry", f"{e.error.get('kind', 'error')}: retrying"))
                else:
                    s.error = dict(e.error)
            case Notice(kind=kind, message=message, data=data):
                if kind == "preflight_context":
                    s.preflight = dict(data)
                elif kind == "asked_user":
                    s.asked_user = True
                if kind != "retry":
                    s.notices.append((kind, message))
            case RunQueued() as e:
                self._bind(e.run, e.target, e.provider, e.model, e.repeat_index)
                s.state = "queued"
                s.t_queued = e.t
            case RunStarted() as e:
                self._bind(e.run, e.target, e.provider, e.model, e.repeat_index)
                advertised = advertised_line((e.extra or {}).get("advertised"))
                if advertised != s.advertised:
                    s.advertised = advertised
                    if self._drawable:  # once per run: a run that fails at once still shows it
                        self.refresh_header(force=True)
                s.t_started = e.t
                s.state = "waiting"
            case RunFinished(status=status, error=error, t=t):
                s.t_end = t
                s.finished = True
                s.state = {"ok": "done"}.get(status, status)
                if error and status != "ok":
                    s.error = dict(error)
                self._tools.settle()
                self._flush_streams()
                self._analysis_dirty = True
            case _:
                pass

    def _bind(self, run: int, target: str, provider: str, model: str, repeat_index: int) -> None:
        s = self.state
        s.run, s.target, s.provider, s.model, s.repeat_index = (run, target, provider, model,
                                                                 repeat_index)

    def _mark_first(self, t: float) -> None:
        s = self.state
        if s.t_turn_first is None:
            s.t_turn_first = t
        if s.t_first is None:
            s.t_first = t

    def _rate(self, t: float, chars: int) -> None:
        s = self.state
        base = s.t_started if s.t_started is not None else t
        bucket = int((t - base) / _RATE_BUCKET_S)
        rate = s.rate
        if bucket >= len(rate):
            rate.extend([0.0] * (bucket + 1 - len(rate)))
        rate[bucket] += chars

    def _rate_pieces(self, event: TextDelta | ReasoningDelta) -> None:
        if event.parts:  # a coalesced delta: each chunk in its own time bucket
            for t, n in event.parts:
                self._rate(t, n)
        else:
            self._rate(event.t, len(event.text))

    def _flush_streams(self) -> None:
        """The turn (or run) ended: what the sanitizers and maskers held back is shown now."""
        tail = self._text_sanitizer.flush()
        if self._text_masker is not None:
            tail = self._text_masker.feed(tail) + self._text_masker.flush()
        if tail:
            self._pending_text.append(tail)
            self._shown_chars += len(tail)
            self._turn_len += len(tail)
            self._analysis_pending.append(tail)
        tail = self._reasoning_sanitizer.flush()
        if self._reasoning_masker is not None:
            tail = self._reasoning_masker.feed(tail) + self._reasoning_masker.flush()
        if tail:
            self._pending_reasoning.append(tail)

    def _new_turn(self) -> None:
        tail = self._text_sanitizer.flush()
        if self._text_masker is not None:
            tail = self._text_masker.feed(tail) + self._text_masker.flush()
        if tail:
            self._pending_text.append(tail)
            self._shown_chars += len(tail)
        self._text_sanitizer = StreamSanitizer()
        self._turn_len = 0
        self._analysis_pending = []
        self._turn_has_text = False
        self._analyzer = None
        self.words = None
        self._live_words = 0
        self._live_in_word = False
        self._analysis_dirty = True

    def _end_turn(self, ttft: float | None, duration: float, usage: dict[str, Any] | None,
                  served_by: str | None, response_model: str | None) -> None:
        s = self.state
        s.turns_done += 1
        if s.ttft_s is None and ttft is not None:
            s.ttft_s = ttft
        if ttft is not None and duration > ttft:
            s.decode_s += duration - ttft
        tokens = usage.get("completion_tokens") if isinstance(usage, dict) else None
        if isinstance(tokens, int):
            s.usage_tokens += tokens
        else:
            s.usage_complete = False
            s.usage_tokens += round(s.turn_chars / _CHARS_PER_TOKEN)
        s.turn_chars = 0
        if served_by:
            s.served_by = served_by
        if response_model:
            s.response_model = response_model

    # ------------------------------------------------------------------ widgets

    @property
    def tool_chain(self) -> ToolChain:
        return self._tools

    @property
    def answer(self) -> AnswerView:
        return self._answer

    @property
    def turn_text(self) -> str:
        """Clean text of the current (final) turn: what words and checks are about."""
        if not self._turn_len:
            return ""
        return self.text[-self._turn_len:]

    @property
    def text(self) -> str:
        """The answer as drawn (all turns, control sequences stripped)."""
        return self.answer.text + "".join(self._pending_text)

    # ------------------------------------------------------------------ the tick

    @property
    def text_waiting(self) -> bool:
        """Streamed text is buffered, not yet in the views."""
        return bool(self._pending_text or self._pending_reasoning)

    async def tick(self, *, force: bool = False, text: bool = True) -> None:
        """Move buffered text into the views and redraw what changed.  ``force`` skips the
        analysis throttle (scripted snapshots); ``text=False`` leaves the streamed text in the
        buffer for a later tick (the app spreads the panes' redraws over its ticks: see
        ui/text_schedule.py), the run's end with it (its last text waits for its turn too)."""
        if not self._drawable:
            return
        draw = text or force
        if draw:
            self._draw_text()
        self._maybe_analyse(force=force)
        self.tool_chain.refresh_now()
        if (draw or not self.text_waiting) and (self._end_shown or not self.state.finished):
            # a pane whose text waits for its turn keeps its header, footer and scrollbar
            # class for that turn too: one pane's redraw per frame, not every pane's.  A
            # finished run keeps its live look until _finalise shows its end in a gap in
            # typing (its badge, scrollbar and findings each lay out the whole screen)
            self._set_live(self.state.active)
            self.refresh_header()
            self.refresh_footer()
        self._refresh_error()
        if self.state.finished and not self._final_done and not self.text_waiting:
            # the run's end waits for its last text's turn: eight runs ending together
            # restyle one pane a tick, not eight panes in one frame
            self._final_done = True
            typing = getattr(self.app, "typing_recently", None)
            if force or typing is None or not typing():
                self._show_end()  # else _finalise shows it in a gap in typing
            if force:
                await self._finalise()
            else:
                # its own task: the app's tick (every pane's) must not wait for one pane's
                # full analysis, or the other panes' last text waits with it
                self.run_worker(self._finalise(self.state), group="finalise",
                                exit_on_error=False)

    def _draw_text(self) -> None:
        if self._pending_text:
            fragment = "".join(self._pending_text)
            self._pending_text.clear()
            self.answer.append(fragment)
        if self.view_mode == "markdown":
            self._markdown.pump(self.answer.text)
        if any(self._pending_reasoning):
            fragment = "".join(self._pending_reasoning)
            self._pending_reasoning.clear()
            box = self.query_one("#pane-reasoning", Collapsible)
            box.display = True
            self._reasoning.append(fragment)
        self._pending_reasoning.clear()


    @property
    def _reasoning_shown(self) -> bool:
        box = getattr(self, "_reasoning_box", None)
        if box is None:
            box = self._reasoning_box = self.query_one("#pane-reasoning", Collapsible)
        return bool(box.display)

    def _set_live(self, live: bool) -> None:
        """While the run streams and the view follows it, the answer's scrollbar is hidden
        (see AnswerView's CSS); scrolling up, or the end of the run, brings it back."""
        for view in (self._answer, self._reasoning):
            if view is self._reasoning and not self._reasoning_shown:
                continue  # hidden: its scrollbar is nobody's concern (and a layout)
            want = live and view.is_anchored and not view._anchor_released
            if view.live != want:
                view.live = want
                # inline, not a class: a class change restyles the view (25-40 ms a pane
                # with eight answers on screen, when eight runs end together)
                view.styles.scrollbar_visibility = "hidden" if want else "visible"

    @on(OptionList.OptionSelected, "#pane-findings")
    def _jump_to_finding(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        if 0 <= index < len(self.findings):
            if self.view_mode != "raw":
                self.toggle_view()
            answer = self.answer
            answer.release_anchor()
            answer.scroll_to_offset(self.findings[index]["start"])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # in a saved session, end belongs to the view ("show all at once")
        if action == "scroll_answer" and parameters == ("end",) and self.read_only:
            return False
        if action in ("next_repeat", "previous_repeat") and self.repeat_count <= 1:
            return False  # no other runs to page to: not in the footer
        return True

    def action_scroll_answer(self, how: str) -> None:
        view = (self.answer if self.view_mode == "raw"
                else self.query_one("#answer-markdown", VerticalScroll))
        if how == "end":
            view.scroll_end(animate=False)
            view.anchor()  # end follows the stream again
            return
        view.release_anchor()
        {"up": view.scroll_up, "down": view.scroll_down, "page_up": view.scroll_page_up,
         "page_down": view.scroll_page_down, "home": view.scroll_home}[how](animate=False)

    def scroll_to_start(self) -> None:
        """Show the beginning of the answer (a saved session is read from the top)."""
        for view in (self.answer, self.query_one("#answer-markdown", VerticalScroll)):
            view.release_anchor()
            view.scroll_home(animate=False)

    # ------------------------------------------------------------------ actions

    def toggle_view(self) -> None:
        self.view_mode = "markdown" if self.view_mode == "raw" else "raw"
        switcher = self.query_one("#pane-body", ContentSwitcher)
        switcher.current = f"answer-{self.view_mode}"
        if self.view_mode == "markdown":
            self.call_later(self._sync_markdown)

    async def _sync_markdown(self) -> None:
        text = self.answer.text
        if self._markdown.shown != len(text) or self._markdown.tail_text:
            await self._markdown.sync(text)
            if self.state.finished:
                await self._markdown.settle(text)

    def toggle_reasoning(self) -> None:
        box = self.query_one("#pane-reasoning", Collapsible)
        box.display = True
        box.collapsed = not box.collapsed

    def toggle_tool_cards(self) -> None:
        self.tool_chain.toggle()

    def action_next_repeat(self) -> None:
        self.page_repeat(1)

    def action_previous_repeat(self) -> None:
        self.page_repeat(-1)

    def page_repeat(self, step: int) -> ProviderPane | None:
        """Show the next (or previous) run of this pane's target in its place."""
        group = repeat_group(self)
        if len(group) < 2:
            self.notify("This target has one run; --repeat N (or alt+plus) gives it more.",
                        timeout=3)
            return None
        shown = group[(group.index(self) + step) % len(group)]
        screen = self.screen
        maximised = screen.maximized is self
        shown.display = True
        self.display = False
        if maximised:
            screen.maximize(shown, container=False)
        shown.focus()
        return shown

    def reset(self) -> None:
        """Empty the pane for a new run of the same target."""
        s = self.state
        self.state = RunState(target=s.target, provider=s.provider, model=s.model)
        self._finish_reason = None
        self._reset_buffers()
        if self._drawable:
            self.answer.set_text("")
            self.answer.set_findings([])
            self._markdown.reset()
            self._reasoning.set_text("")
            self.query_one("#pane-reasoning", Collapsible).display = False
            self.tool_chain.reset()
            self._show_findings([])
            self.refresh_header(force=True)
            self.refresh_footer(force=True)
            self._refresh_error()


def repeat_group(pane: ProviderPane) -> list[ProviderPane]:
    """The panes beside ``pane`` that hold runs of the same target, by repeat index."""
    parent = pane.parent
    if parent is None:
        return [pane]
    group = [p for p in parent.children if isinstance(p, ProviderPane)
             and p.state.target == pane.state.target]
    return sorted(group, key=lambda p: (p.state.repeat_index, p.state.run))


def group_repeats(panes: list[ProviderPane]) -> list[list[ProviderPane]]:
    """One visible pane per target: the repeats of a target hide behind its first run (or the
    one already shown) and are paged with ``[`` and ``]``.  Returns the groups in order."""
    groups: dict[str, list[ProviderPane]] = {}
    for pane in panes:
        groups.setdefault(pane.state.target, []).append(pane)
    out = []
    for group in groups.values():
        group.sort(key=lambda p: (p.state.repeat_index, p.state.run))
        shown = next((p for p in group if p.display), group[0]) if len(group) > 1 else group[0]
        for i, pane in enumerate(group):
            pane.repeat_count, pane.repeat_pos = len(group), i
            pane.display = pane is shown
        out.append(group)
    return out


