"""How a pane draws what the events said: header (title, badge, notices), footer (metrics,
rate sparkline, words and checks) and the error box; redrawn at most at 2 Hz where the
figures move on every tick.  Mixed into ProviderPane."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import (
    Sparkline,
    Static,
)

from provtui.ui.safe import visible


_RATE_BUCKET_S = 0.25
_RATE_BUCKETS = 48
_CHARS_PER_TOKEN = 4.0
_SLOW_S = 0.5
"""Elapsed time, tok/s and token counts are redrawn at most this often (2 Hz): redrawing a
Static costs more than drawing the streamed lines, and these change on every tick."""

BADGES = {
    "idle": "idle",
    "queued": "queued",
    "waiting": "waiting",
    "reasoning": "reasoning",
    "streaming": "streaming",
    "calling": "calling",
    "done": "done",
    "error": "error",
    "cancelled": "cancelled",
}


def _fmt_s(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.0f}ms" if value < 1 else f"{value:.1f}s"



def _update(widget: Static, text: Text, *, fixed_size: bool = False) -> None:
    """``Static.update`` that asks for a screen layout only when the new text does not fit
    the widget as it is laid out: a layout of the whole screen per pane per update is what
    made many streaming panes slow, and eight runs ending together (badge and word count
    each a little shorter) cost 50-140 ms of layout in one frame.  ``fixed_size``: the CSS
    fixes both dimensions (never a layout).  Shorter text keeps the widget's size until the
    next layout (these widgets justify right: the spare cells are on the left)."""
    if fixed_size:
        widget.update(text, layout=False)
        return
    lines = text.plain.split("\n")
    width, height = max(cell_len(line) for line in lines), len(lines)
    have = widget.content_size
    widget.update(text, layout=width > have.width or height > have.height)


def error_text(error: dict[str, Any], preflight: dict[str, Any] | None) -> Text:
    """The error box of a pane: kind, what the provider said, and what the numbers mean."""
    kind = str(error.get("kind") or "error")
    text = Text()
    text.append(kind.replace("_", " "), style="bold")
    status = error.get("http_status")
    if status:
        text.append(f"  HTTP {status}", style="bold")
    if kind == "context_length":
        limit = error.get("context_limit")
        est = (preflight or {}).get("estimated_tokens")
        parts = []
        if limit:
            parts.append(f"the provider's limit is {limit} tokens")
        if est:
            parts.append(f"this request is ≈ {est} tokens (estimate)")
        if parts:
            text.append("\n" + "; ".join(parts))
    elif kind == "rate_limited":
        retry = error.get("retry_after_s")
        if retry is not None:
            text.append(f"\nretry after {retry:g}s (the provider's Retry-After)")
        else:
            text.append("\nthe provider gave no Retry-After; wait a little and re-run")
    message = visible(str(error.get("message") or ""))
    if message:
        text.append("\n")
        text.append(message[:600])
    return text


class PaneDrawing:
    """Mixed into ProviderPane (which holds the state these read)."""

    # ------------------------------------------------------------------ drawing

    def _elapsed(self) -> float | None:
        s = self.state
        if s.t_started is None:
            return None
        end = s.t_end if s.t_end is not None else self.clock()
        return max(0.0, end - s.t_started)

    def refresh_header(self, *, force: bool = False) -> None:
        s = self.state
        elapsed = self._elapsed()
        running = self._tools.running
        fixed = (s.target, s.provider, s.model, s.served_by, s.state, tuple(running),
                 s.asked_user, s.truncated, s.repeat_index, self.repeat_count, self.repeat_pos,
                 tuple(s.notices[-3:]), s.preflight is None, s.error is None)
        key = (fixed, None if elapsed is None else f"{elapsed:.1f}")
        now = self.clock()
        if not force and self._header_key is not None:
            if key == self._header_key:
                return
            # only the elapsed time moved: that is redrawn at 2 Hz
            if fixed == self._header_key[0] and now < self._header_due:
                return
        self._header_key = key
        self._header_due = now + _SLOW_S
        title_key = (s.target, s.provider, s.model, s.served_by, s.repeat_index,
                     self.repeat_count, self.repeat_pos, s.advertised)
        if force or title_key != self._title_key:
            self._title_key = title_key
            self.query_one("#pane-title", Static).update(self._title_text(), layout=False)
        self._draw_badge_and_notices(running, elapsed)

    def _title_text(self) -> Text:
        s = self.state
        title = Text(no_wrap=True, overflow="ellipsis")
        title.append(visible(s.target) or "(no target)", style="bold")
        if self.repeat_count > 1:
            title.append(f"  run {self.repeat_pos + 1} of {self.repeat_count}", style="bold")
        elif s.repeat_index:
            title.append(f" #{s.repeat_index + 1}", style="bold")
        title.append("\n")
        title.append(visible(s.provider), style="dim")
        if s.model and s.model not in s.target:
            title.append(f" · {visible(s.model)}", style="dim")
        if s.advertised:  # what the aggregator's listing claimed for this endpoint
            title.append(f" · {visible(s.advertised)}", style="dim")
        if s.served_by:
            title.append(" · served by ", style="dim")
            title.append(visible(s.served_by), style="italic")
        return title

    _state_border: Any = None

    def sync_state_border(self, *, theme_changed: bool = False) -> None:
        """A finished run's border (success colour, 70%), set inline: no restyle, no layout.
        Focus keeps its own border from the CSS (heavy, accent), so the inline one goes
        while the focus is within the pane; a new theme recolours it."""
        colour = None
        if self.state.state == "done" and not self.has_focus_within:
            colour = self._theme_colour("success", 0.7)
        if colour == self._state_border and not theme_changed:
            return
        self._state_border = colour
        self.styles.border = None if colour is None else ("round", colour)

    def _theme_colour(self, name: str, alpha: float) -> Any:
        from textual.color import Color

        try:
            return Color.parse(self.app.theme_variables[name]).multiply_alpha(alpha)
        except Exception:  # a theme without it: the CSS border stays
            return None

    def on_descendant_focus(self) -> None:
        self.sync_state_border()

    def on_descendant_blur(self) -> None:
        self.sync_state_border()

    def on_focus(self) -> None:
        self.sync_state_border()

    def on_blur(self) -> None:
        self.sync_state_border()

    def _draw_badge_and_notices(self, running: list[str], elapsed: float | None) -> None:
        s = self.state
        badge = Text(no_wrap=True, justify="right")
        label = BADGES.get(s.state, s.state)
        colour = self._badge_colour(s.state)
        if s.state == "calling":
            label = f"calling {visible(running[-1])}" if running else "calling tools"
        elif s.state == "done" and s.truncated:
            label, colour = "truncated", self._badge_colour("cancelled")
        badge.append(f" {label} ", style=f"bold {colour}")
        if s.state == "queued" and self.queue_reason:
            badge.append(f"\n {self.queue_reason} ", style="dim")
        if s.asked_user:
            badge.append("\n asked user ", style="bold")
        if elapsed is not None:
            badge.append(f"\n{elapsed:.1f}s", style="dim")
        _update(self.query_one("#pane-badge", Static), badge)
        # Only the error states are classes (border colour, error box): a class change
        # restyles the pane's ~23 widgets and re-renders every line of its answer (~8 ms a
        # pane; eight runs ending together cost 60 ms and a slow frame).  A finished run's
        # border is an inline style instead (sync_state_border).
        for state in ("error", "cancelled"):
            if self.has_class(f"-{state}") != (s.state == state):
                self.set_class(s.state == state, f"-{state}")
        if self.has_class("-asked") != s.asked_user:
            self.set_class(s.asked_user, "-asked")
        self.sync_state_border()
        notices = self.query_one("#pane-notices", Static)
        shown = [(k, m) for k, m in s.notices if k not in ("preflight_context",)]
        if s.preflight and not s.error:
            est, win = s.preflight.get("estimated_tokens"), s.preflight.get("context_window")
            shown.insert(0, ("preflight_context",
                             f"request ≈ {est} tokens, context window {win}"))
        if shown:
            note = Text()
            for i, (kind, message) in enumerate(shown[-3:]):
                if i:
                    note.append("\n")
                note.append(f"{kind.replace('_', ' ')}: ", style="bold")
                note.append(visible(message)[:200])
            _update(notices, note)
        notices.display = bool(shown)

    def _badge_colour(self, state: str) -> str:
        theme = self.app.current_theme
        colour = {
            "reasoning": theme.secondary, "streaming": theme.accent, "calling": theme.primary,
            "done": theme.success, "error": theme.error, "cancelled": theme.warning,
        }.get(state)
        return colour or "dim"

    def refresh_footer(self, *, force: bool = False) -> None:
        s = self.state
        now = s.t_end if s.t_end is not None else self.clock()
        ttft = s.ttft_s
        if ttft is None and s.t_first is not None and s.t_turn is not None:
            ttft = s.t_first - s.t_turn
        total = self._elapsed()
        saved = s.saved_metrics
        if saved is not None:
            ttft = saved.get("ttft_s") if isinstance(saved.get("ttft_s"), (int, float)) else ttft
            tokens = saved.get("output_tokens") if isinstance(saved.get("output_tokens"),
                                                               int) else s.usage_tokens
            tps = saved.get("tokens_per_s") if isinstance(saved.get("tokens_per_s"),
                                                          (int, float)) else None
            estimated = bool(saved.get("output_tokens_estimated"))
        elif s.finished or not s.active:
            # a turn cut off mid-stream never reported usage: estimate its text too
            tokens = s.usage_tokens + round(s.turn_chars / _CHARS_PER_TOKEN)
            tps = tokens / s.decode_s if s.decode_s > 0 and tokens else None
            estimated = not s.usage_complete or s.turn_chars > 0
        else:
            live_tokens = round(s.turn_chars / _CHARS_PER_TOKEN)
            tokens = s.usage_tokens + live_tokens
            tps = None
            if s.t_turn_first is not None and now > s.t_turn_first:
                tps = live_tokens / (now - s.t_turn_first)
            estimated = True
        fixed = (None if ttft is None else round(ttft, 3), estimated, s.finished,
                 saved is not None, self.words,
                 self.expect_words, tuple(c.get("passed") for c in self.checks))
        key = (fixed, None if total is None else round(total, 1),
               None if tps is None else round(tps), tokens, len(s.rate))
        clock_now = self.clock()
        if not force and self._footer_key is not None:
            if key == self._footer_key:
                return
            # time, rate and the live token estimate move on every tick: 2 Hz is plenty
            if fixed == self._footer_key[0] and clock_now < self._footer_due:
                return
        self._footer_key = key
        self._footer_due = clock_now + _SLOW_S
        metrics = Text(no_wrap=True, overflow="ellipsis")
        metrics.append("TTFT ", style="dim")
        metrics.append(_fmt_s(ttft))
        metrics.append("  total ", style="dim")
        metrics.append(_fmt_s(total))
        metrics.append("  ")
        metrics.append("–" if tps is None else f"{tps:.0f}")
        metrics.append(" tok/s", style="dim")
        metrics.append("  ")
        metrics.append(f"{'~' if estimated and tokens else ''}{tokens}")
        metrics.append(" tok", style="dim")
        _update(self.query_one("#pane-metrics", Static), metrics, fixed_size=True)
        self.query_one("#pane-rate", Sparkline).data = [
            c / _CHARS_PER_TOKEN / _RATE_BUCKET_S for c in s.rate[-_RATE_BUCKETS:]]
        shown_words = self.words
        live = not s.finished and s.active
        if live and (shown_words is None or self._live_words > shown_words):
            shown_words = self._live_words or None  # the analysis is behind the screen
        words_key = (shown_words, live, self.expect_words, s.finished,
                     tuple((c.get("name"), c.get("passed"), c.get("detail"))
                           for c in self.checks))
        if not force and words_key == self._words_key:
            return
        self._words_key = words_key
        words = Text(no_wrap=True, justify="right")
        if shown_words is not None:
            style = ""
            if self.expect_words is not None and s.finished:
                style = "bold green" if shown_words == self.expect_words else "bold red"
            label = f"{'~' if live else ''}{shown_words} " \
                    f"word{'s' if shown_words != 1 else ''}"
            if self.expect_words is not None and s.finished and shown_words != self.expect_words:
                label += f" (want {self.expect_words})"
            words.append(label, style=style)
        for check in self.checks:
            words.append("  ")
            passed = check.get("passed")
            mark = "✓" if passed else "✗"
            words.append(f"{mark}{visible(str(check.get('name', '?')))}",
                         style="green" if passed else "red")
        _update(self.query_one("#pane-words", Static), words)
        widget = self.query_one("#pane-words", Static)
        widget.tooltip = "\n".join(visible(str(c.get("detail", ""))) for c in self.checks
                                   ) or None

    def _refresh_error(self) -> None:
        s = self.state
        box = self.query_one("#pane-error", Static)
        key = (s.state, repr(s.error), repr(s.preflight))
        if key == self._error_shown:
            return
        self._error_shown = key
        if not s.error or s.state == "cancelled" and s.error.get("kind") == "cancelled":
            box.display = s.state == "cancelled"
            if s.state == "cancelled":
                box.update(Text("cancelled — the output received so far is kept",
                                style="italic"))
            return
        box.display = True
        box.update(error_text(s.error, s.preflight))

