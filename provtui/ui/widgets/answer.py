"""The raw answer view: streamed text with integrity findings highlighted.

A Line-API widget: appending re-wraps only the last line, and a frame renders only the rows
on screen, so a 100 KB answer costs the same per refresh as a 1 KB one.  Drawn lines are
cached (text is only ever appended, so a line's offsets say what it shows) and an append
repaints only the lines it changed; wrapped lines are kept as two arrays of offsets (16 bytes
a line instead of a tuple of two ints, ~120).  Findings are spans
over the text; each is drawn with its kind's style, and hovering one shows its suggestion.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

__all__ = ["AnswerView", "FINDING_LABELS"]

FINDING_LABELS = {
    "glued_words": "glued words",
    "split_word": "split word",
    "leaked_token": "leaked token",
    "leaked_tool_call": "leaked tool call",
    "inline_reasoning": "inline reasoning",
    "replacement_char": "replacement character",
    "mojibake": "mojibake",
    "control_char": "control character",
    "empty_output": "empty output",
    "truncated": "truncated (token limit)",
    "repetition": "repetition loop",
    "broken_code": "code does not parse",
    "findings_capped": "more findings not listed",
}


class AnswerView(ScrollView, can_focus=True):
    """Plain text (already stripped of control sequences) plus finding spans."""

    COMPONENT_CLASSES = {
        "answer-view--finding",
        "answer-view--finding-split",
        "answer-view--finding-leak",
        "answer-view--finding-bad-char",
        "answer-view--placeholder",
        "answer-view--diff-replace",
        "answer-view--diff-insert",
        "answer-view--diff-delete",
    }
    DEFAULT_CSS = """
    AnswerView {
        height: 1fr;
        scrollbar-gutter: stable;  /* the wrap width must not change when a scrollbar appears */
        overflow-y: auto;
        overflow-x: hidden;
        & > .answer-view--finding { background: $warning 30%; text-style: underline; }
        & > .answer-view--finding-split { background: $warning 30%; text-style: underline; }
        & > .answer-view--finding-leak { background: $error 35%; }
        & > .answer-view--finding-bad-char { background: $error 60%; text-style: bold; }
        & > .answer-view--placeholder { color: $text-muted; text-style: italic; }
        /* words that differ from the diff reference (pane: diff against reference) */
        & > .answer-view--diff-replace { background: $accent 35%; }
        & > .answer-view--diff-insert { background: $success 35%; }
        & > .answer-view--diff-delete { background: $error 50%; }
    }
    """

    def __init__(self, *, placeholder: str = "", id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.text = ""
        self.placeholder = placeholder
        # wrapped line i is text[_starts[i]:_ends[i]] (the end excludes "\n")
        self._starts = array("q")
        self._ends = array("q")
        self._strips: LRUCache[tuple[int, int, int, int], Strip] = LRUCache(1024)
        self._strips_style: Style | None = None
        self._frame_style: Style | None = None
        self._wrap_width = 0
        self._findings: list[dict[str, Any]] = []
        self._finding_starts: list[int] = []
        self._diff: list[tuple[int, int, str]] = []  # (start, end, op), from set_diff
        self._hovered: int | None = None
        self.live = False
        """Following a live stream: the pane hides the scrollbar (inline style), which would
        be redrawn on every append (a Rich render of ~2 ms each, the costliest thing on
        screen with 8 panes); its gutter stays (scrollbar-gutter: stable), so the wrap width
        does not change when it comes back."""

    # ------------------------------------------------------------------ content

    def append(self, fragment: str) -> None:
        if not fragment:
            return
        self.text += fragment
        if self._wrap_width:
            starts = self._starts
            first = len(starts) - 1 if starts else 0
            restart = starts[-1] if starts else 0
            if starts:
                del starts[-1]
                del self._ends[-1]
            self._wrap_from(restart)
            self._resize_virtual(first)

    def set_text(self, text: str) -> None:
        self.text = text
        self._strips.clear()
        self._rewrap()

    def set_findings(self, findings: list[dict[str, Any]]) -> None:
        """``findings`` with ``start``/``end`` offsets into ``self.text``."""
        ordered = sorted((f for f in findings if f.get("end", 0) > f.get("start", 0)),
                         key=lambda f: f["start"])
        if ordered == self._findings:
            return
        self._findings = ordered
        self._finding_starts = [f["start"] for f in ordered]
        self._strips.clear()
        self.refresh()

    def set_diff(self, spans: list[tuple[int, int, str]]) -> None:
        """Divergent words against the diff reference: ``(start, end, op)`` with op replace |
        insert | delete.  A delete is a point (words only the reference has); the character
        there (the gap) is marked."""
        shown = sorted((a, b if b > a else a + 1, op) for a, b, op in spans)
        if shown == self._diff:
            return
        self._diff = shown
        self._strips.clear()
        self.refresh()

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_span(self, line: int) -> tuple[int, int]:
        """``(start, end)`` text offsets of wrapped line ``line``."""
        return self._starts[line], self._ends[line]

    def line_of_offset(self, offset: int) -> int:
        """The wrapped line that holds text ``offset``."""
        line = bisect_right(self._starts, offset) - 1
        return max(0, min(line, len(self._starts) - 1))

    def offset_of_line(self, line: int) -> int:
        """Text offset where wrapped line ``line`` starts."""
        if not self._starts:
            return 0
        return self._starts[max(0, min(line, len(self._starts) - 1))]

    # ------------------------------------------------------------------ wrapping

    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _rewrap(self) -> None:
        self._wrap_width = self._content_width() if self.is_mounted else 0
        self._starts = array("q")
        self._ends = array("q")
        self._strips.clear()
        if self._wrap_width:
            self._wrap_from(0)
            self._resize_virtual()

    def _resize_virtual(self, first: int = 0) -> None:
        """After a (re)wrap; lines before ``first`` did not change."""
        size = Size(self._wrap_width, len(self._starts))
        if size == self.virtual_size:
            self._refresh_lines_from(first)
            return
        if self.styles.height is not None and self.styles.height.is_auto:
            # an auto-height view (the reasoning) must tell its parent it grew
            self.virtual_size = size
            return
        # A view of fixed size: more text changes its scrollbars, not the screen's layout.
        # Setting the virtual_size reactive would lay out the whole screen on every append
        # (8 streaming panes at 10 Hz made that the biggest cost), so update it quietly.
        try:
            self.set_reactive(AnswerView.virtual_size, size)
            self._scroll_update(size)
        except AttributeError:  # a Textual without _scroll_update: the slow, public way
            self.virtual_size = size
        scroll_y = self.scroll_offset.y
        if self.is_anchored and not getattr(self, "_anchor_released", False):
            # scroll_end keeps the anchor (scroll_to would release it)
            self.scroll_end(animate=False, immediate=True, x_axis=False)
        if self.scroll_offset.y != scroll_y:
            self.refresh()  # every row on screen moved
        else:
            self._refresh_lines_from(first)

    def _refresh_lines_from(self, first: int) -> None:
        """Repaint only the rows from wrapped line ``first`` down (what an append changed):
        the rows above come from Textual's line cache instead of being drawn again."""
        top = first - self.scroll_offset.y
        height = self.size.height
        if top <= 0:
            self.refresh()
        elif top < height:
            self.refresh(Region(0, top, self.size.width, height - top))

    def _wrap_from(self, start: int) -> None:
        """Greedy word wrap from ``start`` (the start of a line) to the end of the text.
        A line's break depends only on the text from its own start, so earlier lines never
        change when text is appended."""
        text = self.text
        width = self._wrap_width
        starts, ends = self._starts, self._ends
        n = len(text)
        pos = start
        while pos < n:
            nl = text.find("\n", pos)
            para_end = n if nl < 0 else nl
            self._wrap_paragraph(text, pos, para_end, width, starts, ends)
            if nl < 0:
                return
            pos = nl + 1
            if pos == n:
                # the text ends with a newline: an empty last line
                starts.append(n)
                ends.append(n)
                return

    @staticmethod
    def _wrap_paragraph(text: str, start: int, end: int, width: int,
                        starts: array, ends: array) -> None:
        if start == end:
            starts.append(start)
            ends.append(end)
            return
        line_start = start
        while line_start < end:
            if text[line_start:line_start + width + 1].isascii():
                if end - line_start <= width:
                    starts.append(line_start)
                    ends.append(end)
                    return
                cut = line_start + width
            else:
                col = 0
                cut = end
                for i in range(line_start, end):
                    col += cell_len(text[i])
                    if col > width:
                        cut = max(i, line_start + 1)
                        break
                if cut == end:
                    starts.append(line_start)
                    ends.append(end)
                    return
            # break after the last space that fits; a space right at the cut may hang
            # past the edge (it is invisible there)
            space = text.rfind(" ", line_start, cut + 1)
            brk = space + 1 if space >= line_start else cut
            starts.append(line_start)
            ends.append(brk)
            line_start = brk

    def on_resize(self, event: events.Resize) -> None:
        if self._content_width() != self._wrap_width:
            self._rewrap()

    def on_mount(self) -> None:
        self._rewrap()

    # ------------------------------------------------------------------ drawing

    def _finding_style(self, finding: dict[str, Any]) -> Style:
        kind = finding.get("kind", "")
        if kind in ("replacement_char", "mojibake", "control_char"):
            name = "answer-view--finding-bad-char"
        elif kind in ("leaked_token", "leaked_tool_call", "inline_reasoning"):
            name = "answer-view--finding-leak"
        elif kind == "split_word":
            name = "answer-view--finding-split"
        else:
            name = "answer-view--finding"
        return self.get_component_rich_style(name, partial=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        # the base style walks every ancestor: once per repaint, not once per line
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        base = self._frame_style or self.rich_style
        index = scroll_y + y
        if not self.text and index == 0 and self.placeholder:
            style = base + self.get_component_rich_style("answer-view--placeholder",
                                                         partial=True)
            return Strip([Segment(self.placeholder, style)]).crop_extend(0, width, base)
        if index >= len(self._starts):
            return Strip.blank(width, base)
        if base != self._strips_style:
            self._strips.clear()
            self._strips_style = base
        start, end = self._starts[index], self._ends[index]
        # The text is only appended to, so a line's offsets say what it shows; findings,
        # diff, width and style changes clear the cache.
        key = (start, end, scroll_x, width)
        strip = self._strips.get(key)
        if strip is None:
            segments = self._line_segments(start, end, base)
            strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, base)
            self._strips[key] = strip
        return strip

    def _line_segments(self, start: int, end: int, base: Style) -> list[Segment]:
        text = self.text
        findings = self._findings
        if self._diff:
            return self._layered_segments(start, end, base)
        if not findings:
            return [Segment(text[start:end].replace("\t", " "), base)]
        # findings that may overlap [start, end): those starting before end
        hi = bisect_right(self._finding_starts, end)
        spans = [f for f in findings[:hi] if f["end"] > start]
        segments: list[Segment] = []
        pos = start
        for f in spans:
            a, b = max(f["start"], start), min(f["end"], end)
            if a < pos:
                a = pos
            if a >= b:
                continue
            if a > pos:
                segments.append(Segment(text[pos:a].replace("\t", " "), base))
            segments.append(Segment(text[a:b].replace("\t", " "), base + self._finding_style(f)))
            pos = b
        if pos < end:
            segments.append(Segment(text[pos:end].replace("\t", " "), base))
        return segments

    def _layered_segments(self, start: int, end: int, base: Style) -> list[Segment]:
        """Findings and diff spans together: the line is cut at every span edge and each
        piece gets the styles of the spans over it (a finding drawn over a diff colour)."""
        text = self.text
        layers: list[tuple[int, int, Style]] = []
        for a, b, op in self._diff:
            if a < end and b > start:
                layers.append((a, b, self.get_component_rich_style(f"answer-view--diff-{op}",
                                                                   partial=True)))
        hi = bisect_right(self._finding_starts, end)
        for f in self._findings[:hi]:
            if f["end"] > start:
                layers.append((f["start"], f["end"], self._finding_style(f)))
        cuts = sorted({start, end, *(max(start, min(end, x)) for a, b, _ in layers
                                     for x in (a, b))})
        segments: list[Segment] = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            style = base
            for la, lb, extra in layers:
                if la <= a and lb >= b:
                    style = style + extra
            segments.append(Segment(text[a:b].replace("\t", " "), style))
        return segments

    # ------------------------------------------------------------------ hover

    def finding_at(self, x: int, y: int) -> dict[str, Any] | None:
        """The finding under widget cell (x, y), if any."""
        index = self.scroll_offset.y + y
        if index >= len(self._starts) or not self._findings:
            return None
        start, end = self._starts[index], self._ends[index]
        col = 0
        offset = None
        for i in range(start, end):
            col += cell_len(self.text[i])
            if col > x:
                offset = i
                break
        if offset is None:
            return None
        for f in self._findings:
            if f["start"] <= offset < f["end"]:
                return f
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        finding = self.finding_at(event.x, event.y)
        key = id(finding) if finding else None
        if key == self._hovered:
            return
        self._hovered = key
        if finding is None:
            self.tooltip = None
        else:
            from rich.text import Text

            label = FINDING_LABELS.get(finding.get("kind", ""), finding.get("kind", "finding"))
            tip = Text(label, style="bold")
            if finding.get("suggestion"):
                tip.append(f"\nsuggestion: {str(finding['suggestion'])[:300]}", style="")  # one turn of a loop can be long
            self.tooltip = tip

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding text ``offset`` is visible (from the findings panel)."""
        line = max(0, bisect_right(self._starts, offset) - 1)
        self.scroll_to(y=max(0, line - 2), animate=False)
