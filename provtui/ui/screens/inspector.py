"""The inspector: what one pane's provider really received and sent, turn by turn.

For the chosen turn: the exact request body (credentials never reach the session, so none
are here), the status line and response headers (cookies and credentials dropped), who served
it, the response model and system fingerprint, every raw finish reason, the first bytes of
the raw stream as they came off the socket (``raw_capture_bytes`` per provider), and the
run's timeline: chunk arrivals per channel (r reasoning, c content, t tool-call arguments)
over time, first-token marks, stalls and tool execution.

Everything comes from the pane's run as the session records it; all provider text is shown
literally (``Text``, never markup) after control sequences are stripped.
"""

from __future__ import annotations

import json
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, OptionList, Static, TabbedContent, TabPane, TextArea
from textual.widgets.option_list import Option

from provtui.ui.safe import visible

__all__ = ["InspectorScreen", "open_inspector", "run_record", "find_stalls", "first_tokens",
           "timeline_text", "advertised_text", "STALL_S"]

STALL_S = 1.0
"""A gap between two chunks of one turn longer than this is a stall."""

# Never shown even if a session file written by something else carried them.
_HIDDEN_HEADERS = ("cookie", "set-cookie", "authorization", "proxy-authorization", "api-key",
                   "x-api-key", "x-goog-api-key")
_LEVELS = " ▁▂▃▄▅▆▇█"
_CHANNELS = (("r", "reasoning", "magenta"), ("c", "content", "cyan"),
             ("t", "tool args", "yellow"))


# ---------------------------------------------------------------------------- data


def run_record(app: Any, pane: Any) -> dict[str, Any] | None:
    """The pane's run as the session records it (request bodies, headers, raw stream,
    timeline, tool calls, notices): the saved session, the recorder's snapshot while it
    streams, or the fold of the events the app was shown (``show_events``)."""
    session: dict[str, Any] | None = None
    source = getattr(pane, "session_source", None)
    if source is not None:  # a saved session's pane: its own session, never the live one
        session = source()
        runs = (session or {}).get("runs") or []
        run = pane.state.run
        return runs[run] if isinstance(run, int) and 0 <= run < len(runs) else None
    drive_of = getattr(app, "_drive_of", None)
    drive = drive_of(pane) if drive_of is not None else None
    if drive is not None:
        session = drive.session if drive.session is not None else drive.snapshot()
    else:
        session = getattr(app, "shown_session", None)
        if session is None:
            events = getattr(app, "shown_events", None)
            if events:
                cache = getattr(app, "_provtui_shown_fold", None)
                if cache is None or cache[0] is not events:
                    from provtui.core.session import fold_events

                    cache = (events, fold_events(events))
                    app._provtui_shown_fold = cache
                session = cache[1]
    if not session:
        return None
    runs = session.get("runs") or []
    run = pane.state.run
    return runs[run] if isinstance(run, int) and 0 <= run < len(runs) else None


def turn_entries(run: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every model request of the run in order: retried attempts first where they belong."""
    out: list[tuple[str, dict[str, Any]]] = []
    attempts = [a for a in run.get("attempts") or [] if isinstance(a, dict)]
    for turn in run.get("turns") or []:
        for a in attempts:
            if a.get("turn") == turn.get("turn"):
                out.append(("attempt", a))
        out.append(("turn", turn))
    return out


def _turn_label(kind: str, turn: dict[str, Any]) -> Text:
    label = Text()
    label.append(f"turn {int(turn.get('turn') or 0) + 1}", style="bold")
    if kind == "attempt" or turn.get("attempt"):
        label.append(f" try {int(turn.get('attempt') or 0) + 1}")
    if turn.get("error"):
        label.append(f"  {visible(str(turn['error'].get('kind', 'error')))}",
                     style="red")
    elif turn.get("finish_reason"):
        label.append(f"  {visible(str(turn['finish_reason']))}", style="dim")
    elif turn.get("unfinished"):
        label.append("  unfinished", style="yellow")
    if kind == "attempt":
        label.append("  retried", style="yellow")
    return label


def find_stalls(run: dict[str, Any], threshold_s: float = STALL_S) -> list[dict[str, Any]]:
    """Gaps longer than ``threshold_s`` between two chunks of one turn, or between a turn's
    last chunk and its end (the stream went quiet before it closed).  Waiting for the first
    token is TTFT, not a stall, and tool execution between turns is not one either."""
    timeline = run.get("timeline") or []
    stalls: list[dict[str, Any]] = []
    for turn in run.get("turns") or []:
        span = turn.get("timeline_span") or [0, 0]
        entries = timeline[span[0]:span[1]]
        times = [e[0] for e in entries if isinstance(e, (list, tuple)) and e]
        ended = turn.get("ended_s")
        if isinstance(ended, (int, float)) and times:
            times = [*times, ended]
        for a, b in zip(times, times[1:]):
            if b - a > threshold_s:
                stalls.append({"turn": turn.get("turn", 0), "start_s": a, "end_s": b,
                               "gap_s": round(b - a, 3)})
    return stalls


def first_tokens(run: dict[str, Any]) -> list[tuple[int, float]]:
    """(turn, seconds) of each turn's first token: its start plus its TTFT."""
    out = []
    for turn in run.get("turns") or []:
        start, ttft = turn.get("started_s"), turn.get("ttft_s")
        if isinstance(start, (int, float)) and isinstance(ttft, (int, float)):
            out.append((int(turn.get("turn") or 0), start + ttft))
    return out


def _span_s(run: dict[str, Any]) -> float:
    ends = [e[0] for e in run.get("timeline") or [] if isinstance(e, (list, tuple)) and e]
    for turn in run.get("turns") or []:
        ends += [x for x in (turn.get("started_s"), turn.get("ended_s"))
                 if isinstance(x, (int, float))]
    for call in run.get("tool_calls") or []:
        ends += [x for x in (call.get("started_s"), call.get("ended_s"))
                 if isinstance(x, (int, float))]
    total = (run.get("metrics") or {}).get("total_s")
    if isinstance(total, (int, float)):
        ends.append(total)
    return max(ends, default=0.0)


def _fmt_s(value: float) -> str:
    return f"{value * 1000:.0f}ms" if value < 1 else f"{value:.1f}s"


def timeline_text(run: dict[str, Any], width: int, *, selected_turn: int | None = None,
                  threshold_s: float = STALL_S) -> Text:
    """The timeline as a chart ``width`` cells wide: one row per channel with the chunk
    volume per time slot, turns (the selected one highlighted), first-token marks, tool
    execution and stalls, then a legend."""
    label_w = 8
    cols = max(10, width - label_w)
    span = _span_s(run)
    text = Text(no_wrap=True, overflow="crop")
    if span <= 0:
        text.append("No timeline recorded for this run (it never got a response).",
                    style="italic")
        return text
    slot = span / cols

    def col(t: float) -> int:
        return max(0, min(cols - 1, int(t / slot)))

    # axis
    axis = [" "] * cols
    step = max(10, cols // 6)
    for c in range(0, cols, step):
        label = _fmt_s(c * slot) if c else "0"
        for i, ch in enumerate(label):
            if c + i < cols:
                axis[c + i] = ch
    text.append(" " * label_w)
    text.append("".join(axis), style="dim")
    text.append("\n")

    # turns: ━ from request to end; the selected one reversed
    row: list[tuple[str, str]] = [(" ", "")] * cols
    for turn in run.get("turns") or []:
        s, e = turn.get("started_s"), turn.get("ended_s")
        if not isinstance(s, (int, float)):
            continue
        if not isinstance(e, (int, float)):
            e = span
        n = int(turn.get("turn") or 0)
        style = "bold reverse" if n == selected_turn else "bold"
        for c in range(col(s), col(e) + 1):
            row[c] = ("─", style)
        mark = str(n + 1)[-1]
        row[col(s)] = (mark, style)
    _append_row(text, "turns", row, label_w)

    # channels: chunk volume per slot, scaled to the busiest slot of any channel
    volume: dict[str, list[int]] = {ch: [0] * cols for ch, _, _ in _CHANNELS}
    for entry in run.get("timeline") or []:
        if not isinstance(entry, (list, tuple)) or len(entry) < 3:
            continue
        t, ch, chars = entry[0], entry[1], entry[2]
        if ch in volume and isinstance(t, (int, float)):
            volume[ch][col(t)] += int(chars or 0) or 1
    peak = max((v for vals in volume.values() for v in vals), default=0) or 1
    for ch, _name, colour in _CHANNELS:
        vals = volume[ch]
        row = [(_LEVELS[min(8, max(1, round(v / peak * 8)))] if v else "·",
                colour if v else "dim") for v in vals]
        _append_row(text, ch, row, label_w)

    # first tokens
    row = [(" ", "")] * cols
    for _turn, t in first_tokens(run):
        row[col(t)] = ("▲", "bold green")
    _append_row(text, "1st tok", row, label_w)

    # tool execution
    row = [(" ", "")] * cols
    for call in run.get("tool_calls") or []:
        s, e = call.get("started_s"), call.get("ended_s")
        if not isinstance(s, (int, float)):
            continue
        e = e if isinstance(e, (int, float)) else s
        style = "bold red" if call.get("is_error") else "bold blue"
        for c in range(col(s), col(e) + 1):
            row[c] = ("━", style)
    _append_row(text, "tools", row, label_w)

    # stalls
    stalls = find_stalls(run, threshold_s)
    row = [(" ", "")] * cols
    for st in stalls:
        for c in range(col(st["start_s"]), col(st["end_s"]) + 1):
            row[c] = ("▬", "bold red")
    _append_row(text, "stalls", row, label_w)

    text.append("\n")
    text.append(f"{_fmt_s(span)} in {cols} slots of {_fmt_s(slot)}.  ", style="dim")
    for ch, name, colour in _CHANNELS:
        count = sum(1 for e in run.get("timeline") or [] if isinstance(e, (list, tuple))
                    and len(e) > 1 and e[1] == ch)
        text.append(f"{ch}", style=f"bold {colour}")
        text.append(f" {name} ({count} chunks)  ")
    text.append("\n")
    text.append("▲", style="bold green")
    text.append(" first token  ")
    text.append("━", style="bold blue")
    text.append(" tool call  ")
    text.append("▬", style="bold red")
    text.append(f" stall (no chunk for > {threshold_s:g}s)")
    text.append("\n")
    if stalls:
        for st in stalls:
            text.append(f"stall {_fmt_s(st['gap_s'])}", style="bold red")
            text.append(f" in turn {int(st['turn']) + 1}, from {st['start_s']:.2f}s to "
                        f"{st['end_s']:.2f}s\n")
    else:
        text.append(f"no stalls longer than {threshold_s:g}s\n", style="dim")
    for turn, t in first_tokens(run):
        text.append(f"turn {turn + 1}: first token at {t:.2f}s\n", style="dim")
    text.rstrip()
    return text


def _append_row(text: Text, label: str, cells: list[tuple[str, str]], label_w: int) -> None:
    text.append(f"{label:<{label_w - 1}} ", style="bold")
    for ch, style in cells:
        text.append(ch, style=style or None)
    text.append("\n")


def response_text(turn: dict[str, Any]) -> Text:
    """Status, who served it, model, fingerprint, raw finish reasons, usage, timing, headers."""
    text = Text()

    def row(name: str, value: Any, style: str = "") -> None:
        text.append(f"{name:<16}", style="bold")
        if value is None or value == "" or value == []:
            text.append("–\n", style="dim")
        else:
            text.append(f"{visible(str(value))}\n", style=style)

    status = turn.get("http_status")
    row("HTTP status", status, "bold red" if isinstance(status, int) and status >= 400 else "")
    row("URL", turn.get("url"))
    row("served by", turn.get("served_by"), "italic")
    row("response model", turn.get("response_model"))
    row("fingerprint", turn.get("system_fingerprint"))
    row("finish reason", turn.get("finish_reason"))
    raw = turn.get("finish_reasons") or []
    row("raw finish", ", ".join(json.dumps(r, ensure_ascii=False) for r in raw) if raw else None)
    usage = turn.get("usage")
    row("usage", " · ".join(f"{k} {v}" for k, v in usage.items()) if isinstance(usage, dict)
        else None)
    timing = []
    if isinstance(turn.get("ttft_s"), (int, float)):
        timing.append(f"first token {_fmt_s(turn['ttft_s'])}")
    if isinstance(turn.get("duration_s"), (int, float)):
        timing.append(f"duration {_fmt_s(turn['duration_s'])}")
    row("timing", " · ".join(timing) or None)
    extra = turn.get("extra")
    if extra:
        row("extra", json.dumps(extra, ensure_ascii=False, sort_keys=True))
    error = turn.get("error")
    if error:
        row("error", f"{error.get('kind')}: {error.get('message')}", "red")
    headers = turn.get("response_headers") or {}
    shown = {k: v for k, v in headers.items() if str(k).lower() not in _HIDDEN_HEADERS}
    text.append(f"\nresponse headers ({len(shown)})\n", style="bold")
    if not shown:
        text.append("  none recorded (no response, or the request failed before it)\n",
                    style="dim")
    for name in sorted(shown, key=str.lower):
        text.append(f"  {visible(str(name))}: ", style="bold")
        text.append(f"{visible(str(shown[name]))}\n")
    return text


def advertised_text(run: dict[str, Any]) -> Text | None:
    """Advertised vs observed (an aggregator endpoint's listing beside what the run saw), and
    the run's evidence notices; None for a run with no advertised facts."""
    from provtui.core.advertised import MISMATCH, compare_rows

    rows = compare_rows(run)
    if not rows:
        return None
    text = Text()
    text.append(f"{'advertised vs observed':<16}", style="bold")
    text.append("  (the aggregator's endpoints listing, then this run)\n", style="dim")
    for fact, claimed, seen in rows:
        text.append(f"  {fact:<14}", style="bold")
        claimed = visible(claimed)
        text.append(f"{claimed if len(claimed) <= 38 else claimed[:37] + '…':<38}")
        text.append(f"  {visible(seen)}\n", style="italic")
    for note in run.get("notices") or []:
        if isinstance(note, dict) and note.get("kind") == MISMATCH:
            text.append(f"  {visible(str(note.get('message', '')))[:300]}\n", style="bold red")
    text.append("\n")
    return text


def request_body(turn: dict[str, Any]) -> str:
    request = turn.get("request")
    if not request:
        return "(no request body recorded for this turn)"
    return visible(json.dumps(request, indent=2, ensure_ascii=False))


def raw_stream(turn: dict[str, Any]) -> tuple[str, str]:
    """(note, text): the captured bytes decoded as UTF-8 for reading, control sequences
    stripped; the note says how much was captured."""
    raw = turn.get("raw_stream")
    if not raw:
        return ("No raw bytes recorded for this turn (no response body, or "
                "raw_capture_bytes = 0 for this provider).", "")
    data = raw.encode("latin-1", errors="replace")
    note = f"first {len(data):,} bytes of the response body as received"
    total = turn.get("raw_stream_truncated")
    if isinstance(total, int):
        note += f" (of {total:,})"
    note += "; the provider's raw_capture_bytes sets how much is kept (default 256 KB)"
    # CR is part of the framing some providers use (CRLF): shown, not swallowed
    text = data.decode("utf-8", errors="replace").replace("\r", "␍")
    return note, visible(text)


# ---------------------------------------------------------------------------- widgets


class TimelineChart(Widget):
    """The run's timeline, drawn for the width it gets."""

    DEFAULT_CSS = "TimelineChart { height: auto; }"

    def __init__(self, run: dict[str, Any], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.run_data = run
        self.selected_turn: int | None = None

    def select(self, turn: int | None) -> None:
        self.selected_turn = turn
        self.refresh(layout=True)

    def render(self) -> Text:
        return timeline_text(self.run_data, self.size.width or 80,
                             selected_turn=self.selected_turn)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        # the legend lines may wrap in a narrow screen: count the wrapped rows
        lines = timeline_text(self.run_data, width, selected_turn=self.selected_turn
                              ).plain.split("\n")
        return sum(max(1, -(-cell_len(line) // max(1, width))) for line in lines)


class InspectorScreen(Screen[None]):
    """``pane: inspect``: one pane's run on the wire, per turn."""

    DEFAULT_CSS = """
    InspectorScreen { layout: vertical; }
    InspectorScreen #inspector-title { height: auto; padding: 0 1; background: $boost; }
    InspectorScreen #inspector-body { height: 1fr; }
    InspectorScreen #inspector-turns { width: 26; height: 1fr; border: round $panel-lighten-2; }
    InspectorScreen #inspector-turns:focus { border: round $primary; }
    InspectorScreen TabbedContent { width: 1fr; height: 1fr; }
    InspectorScreen TabPane { padding: 0 1; }
    InspectorScreen TextArea { height: 1fr; }
    InspectorScreen .inspector-note { height: auto; color: $text-muted; }
    InspectorScreen .inspector-chart-title { height: auto; margin-top: 1; }
    """

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Close", id="inspector.close"),
        Binding("1", "show_tab('response')", "Response", id="inspector.response"),
        Binding("2", "show_tab('request')", "Request", id="inspector.request"),
        Binding("3", "show_tab('raw')", "Raw stream", id="inspector.raw"),
        Binding("left_square_bracket", "turn(-1)", "Prev turn", id="inspector.previous_turn"),
        Binding("right_square_bracket", "turn(1)", "Next turn", id="inspector.next_turn"),
    ]

    def __init__(self, run: dict[str, Any], *, title: str | None = None,
                 tab: str = "response") -> None:
        super().__init__()
        self.run_data = run
        self.entries = turn_entries(run)
        self.heading = title
        self.initial_tab = tab
        self.selected = len(self.entries) - 1 if self.entries else -1

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="inspector-title")
        with Horizontal(id="inspector-body"):
            options = [Option(_turn_label(kind, turn), id=f"entry-{i}")
                       for i, (kind, turn) in enumerate(self.entries)]
            turns = OptionList(*options, id="inspector-turns")
            turns.border_title = "turns"
            yield turns
            with TabbedContent(initial=self.initial_tab, id="inspector-tabs"):
                with TabPane("1 response & timeline", id="response"):
                    # one glance: who answered how, then when every chunk came
                    with VerticalScroll():
                        adv = advertised_text(self.run_data)
                        if adv is not None:
                            yield Static(adv, id="inspector-advertised")
                        yield Static(id="inspector-response")
                        yield Static(Text("timeline of the run", style="bold"),
                                     classes="inspector-chart-title")
                        yield TimelineChart(self.run_data, id="inspector-timeline")
                with TabPane("2 request", id="request"):
                    yield Static(classes="inspector-note", id="inspector-request-note")
                    yield TextArea(read_only=True, soft_wrap=True, id="inspector-request")
                with TabPane("3 raw stream", id="raw"):
                    yield Static(classes="inspector-note", id="inspector-raw-note")
                    yield TextArea(read_only=True, soft_wrap=True, id="inspector-raw")
        yield Footer()

    def _title(self) -> Text:
        run = self.run_data
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("inspect  ", style="dim")
        text.append(visible(self.heading or str(run.get("target") or "?")), style="bold")
        text.append(f"  {visible(str(run.get('provider') or ''))}", style="dim")
        text.append(f" · {visible(str(run.get('model') or ''))}", style="dim")
        status = str(run.get("status") or "")
        text.append(f"  {status}", style="bold red" if status == "error" else "bold")
        served = {t.get("served_by") for _, t in self.entries if t.get("served_by")}
        if served:
            text.append("  served by ", style="dim")
            text.append(", ".join(visible(str(s)) for s in sorted(served)),
                        style="italic")
        text.append(f"\n{len(run.get('turns') or [])} turn(s), "
                    f"{len(run.get('tool_calls') or [])} tool call(s); ", style="dim")
        text.append("1-3 tabs · [ ] turns · escape closes · text is shown literally", style="dim")
        return text

    def on_mount(self) -> None:
        for area in self.query(TextArea):
            area.cursor_blink = False
        if self.selected >= 0:
            turns = self.query_one("#inspector-turns", OptionList)
            turns.highlighted = self.selected
        self.show_entry(self.selected)
        self.query_one("#inspector-turns", OptionList).focus()

    @property
    def turn(self) -> dict[str, Any] | None:
        if 0 <= self.selected < len(self.entries):
            return self.entries[self.selected][1]
        return None

    def show_entry(self, index: int) -> None:
        self.selected = index
        turn = self.turn or {}
        self.query_one("#inspector-response", Static).update(
            response_text(turn) if self.turn is not None else
            Text("This run sent no request (it failed before its first turn).",
                 style="italic"))
        url = visible(str(turn.get("url") or "?"))
        self.query_one("#inspector-request-note", Static).update(
            Text(f"POST {url} — the body exactly as sent; credentials travel in headers and "
                 "are never recorded", style="dim"))
        self.query_one("#inspector-request", TextArea).load_text(request_body(turn))
        note, raw = raw_stream(turn)
        self.query_one("#inspector-raw-note", Static).update(Text(note, style="dim"))
        self.query_one("#inspector-raw", TextArea).load_text(raw)
        chart = self.query_one("#inspector-timeline", TimelineChart)
        chart.select(int(turn.get("turn") or 0) if self.turn is not None else None)

    @on(OptionList.OptionHighlighted, "#inspector-turns")
    def _turn_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.selected:
            self.show_entry(event.option_index)

    def action_show_tab(self, tab: str) -> None:
        self.query_one("#inspector-tabs", TabbedContent).active = tab

    def action_turn(self, step: int) -> None:
        if not self.entries:
            return
        index = max(0, min(len(self.entries) - 1, self.selected + step))
        self.query_one("#inspector-turns", OptionList).highlighted = index
        self.show_entry(index)


def open_inspector(app: Any, pane: Any) -> None:
    """``pane: inspect``: the focused pane's run as recorded so far (a snapshot: reopen it
    to see a run that is still streaming move on)."""
    if pane is None:
        app.notify("No pane to inspect: pick targets with ctrl+t and send a prompt.", timeout=3)
        return
    run = run_record(app, pane)
    if run is None or not (run.get("turns") or run.get("attempts")):
        app.notify("This pane has sent nothing yet: send a prompt first (ctrl+j).", timeout=3)
        return
    app.push_screen(InspectorScreen(run, title=pane.state.target))
