"""Horizontal bar charts with intervals, one bar per target, drawn with block characters.

Each target takes two lines: the bar (its length is the value) and, under it, the interval
(``├──●──┤``), so whether two targets' intervals overlap is visible at a glance: that overlap
is the question a reader of repeated runs has ("is this difference real?").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widget import Widget

from provtui.core.summary_text import clean

__all__ = ["Bar", "IntervalChart", "draw_bar", "draw_interval"]

_EIGHTHS = " ▏▎▍▌▋▊▉█"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    low: float | None = None
    high: float | None = None
    text: str = ""
    """What the numbers are, printed after the bar (e.g. ``6/8 75%``)."""
    interval_text: str = ""


def draw_bar(value: float, scale: float, width: int) -> str:
    """``value`` of ``scale`` as a bar of ``width`` cells, with eighth-cell precision."""
    if scale <= 0 or value <= 0:
        return ""
    eighths = round(min(1.0, value / scale) * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def draw_interval(point: float | None, low: float, high: float, scale: float,
                  width: int) -> str:
    """``├──●──┤`` from ``low`` to ``high`` with ``●`` at ``point``, on a ``width`` track."""
    if scale <= 0:
        return ""

    def cell(x: float) -> int:
        return min(width - 1, max(0, int(x / scale * width)))

    lo, hi = cell(low), cell(high)
    mark = cell(point) if point is not None else None
    out = []
    for i in range(hi + 1):
        if i == mark:
            out.append("●")
        elif i < lo:
            out.append(" ")
        elif lo == hi:
            out.append("│")
        elif i == lo:
            out.append("├")
        elif i == hi:
            out.append("┤")
        else:
            out.append("─")
    return "".join(out)


class IntervalChart(Widget):
    """A titled chart: one bar and one interval line per target.  The track takes whatever
    width is left after the labels and the numbers, so nothing wraps."""

    DEFAULT_CSS = """
    IntervalChart { height: auto; width: 1fr; padding: 0 1; }
    """

    def __init__(self, title: str, bars: Sequence[Bar], *, scale: float | None = None,
                 colour: Callable[[Bar], str] | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.title = title
        self.bars = list(bars)
        self.scale = scale
        self.colour = colour

    def render(self) -> Text:
        return self.render_chart(self.content_region.width or 60)

    def render_chart(self, width: int) -> Text:
        values = [b.high if b.high is not None else b.value for b in self.bars]
        numbers = [v for v in values if v is not None]
        scale = self.scale if self.scale is not None else (max(numbers) if numbers else 0.0)
        label_w = min(20, max((len(clean(b.label)) for b in self.bars), default=4))
        text_w = max((max(len(b.text), len(b.interval_text)) for b in self.bars), default=0)
        track = max(6, width - label_w - text_w - 2)
        out = Text(no_wrap=True, overflow="ellipsis")
        out.append(self.title, style="bold")
        if not self.bars:
            out.append("\n(no runs)", style="dim")
        for bar in self.bars:
            label = clean(bar.label)
            label = (label[: label_w - 1] + "…") if len(label) > label_w else label
            out.append("\n" + label.ljust(label_w) + " ", style="bold")
            colour = self.colour(bar) if self.colour else ""
            if bar.value is None:
                out.append("—".ljust(track), style="dim")
            else:
                out.append(draw_bar(bar.value, scale, track).ljust(track), style=colour)
            out.append(" " + bar.text, style="" if bar.value is not None else "dim")
            out.append("\n" + " " * (label_w + 1))
            if bar.low is not None and bar.high is not None:
                whisker = draw_interval(bar.value, bar.low, bar.high, scale, track)
                out.append(whisker.ljust(track), style=colour or "dim")
                out.append(" " + bar.interval_text, style="dim")
        return out
