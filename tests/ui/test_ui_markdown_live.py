"""The pane's Markdown view keeps level with a fast stream (issue 20, item 9).

Textual's Markdown rebuilds the document's last block on every append; fed a long list at the
pane's tick it fell seconds behind the raw view.  Now the closed blocks go to the Markdown
widget in the background and the block still forming is drawn as plain text on every tick.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Markdown
from textual.widgets._markdown import MarkdownBlock

from provtui.core import events as ev
from provtui.ui.widgets.pane import ProviderPane

APP_TCSS = Path(__file__).resolve().parents[2] / "provtui" / "ui" / "app.tcss"


class Host(App):
    CSS_PATH = str(APP_TCSS)

    def __init__(self, view: str = "markdown") -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield ProviderPane(target="t", clock=lambda: 200.0, view=self.view, id="p")


def long_answer(items: int = 120) -> str:
    parts = ["# Providers compared\n\nA first paragraph with **bold** and `code`.\n\n"]
    parts += [f"- point{i}: latency and tokens per second, measured{i}\n" for i in range(items)]
    parts.append("\n```python\nx = 1\n\n# a blank line inside the fence\ny = 2\n```\n\n")
    parts.append("The end of the answer: conclusion.\n")
    return "".join(parts)


def on_view(pane: ProviderPane) -> str:
    """What the Markdown view draws: the rendered blocks' text, then the forming block's."""
    md = pane.query_one("#answer-md", Markdown)
    blocks = "".join(b._content.plain for b in md.query(MarkdownBlock))
    tail = getattr(pane.query_one("#answer-markdown"), "tail_text", "")
    return blocks + tail


def start(pane: ProviderPane) -> None:
    pane.apply(ev.RunStarted(run=0, t=100.0, target="t", provider="p", model="m",
                             repeat_index=0))
    pane.apply(ev.TurnStarted(run=0, t=100.0, turn=0, request={}, url="http://127.0.0.1/v1"))


def finish(pane: ProviderPane, text: str) -> None:
    pane.apply(ev.TurnFinished(run=0, t=110.0, turn=0, content=text, reasoning="",
                               tool_calls=(), finish_reason="stop", raw_finish_reasons=("stop",),
                               usage=None, ttft_s=0.1, duration_s=10.0, served_by=None,
                               response_model=None, system_fingerprint=None,
                               assistant_message={"role": "assistant", "content": text}))
    pane.apply(ev.RunFinished(run=0, t=110.0, status="ok"))


async def test_markdown_view_holds_every_streamed_line_at_each_tick_and_all_at_the_end() -> None:
    text = long_answer()
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        start(pane)
        lines = text.splitlines(keepends=True)
        behind = []
        for i in range(0, len(lines), 3):  # a fast provider: three lines per tick
            for line in lines[i:i + 3]:
                pane.apply(ev.TextDelta(run=0, t=100.1 + i, turn=0, text=line))
            await pane.tick()
            last = next((w for line in reversed(lines[:i + 3]) for w in line.split()[-1:]), "")
            if last.strip("`*:") not in on_view(pane):
                behind.append(last)
        # before: the Markdown stream drew each tick's lines only later (most ticks behind)
        assert not behind, f"{len(behind)} ticks left their last word off the view: {behind[:5]}"
        # a fence with a blank line inside is never cut at that blank line
        md = pane.query_one("#answer-md", Markdown)
        assert md.source.count("```") % 2 == 0
        finish(pane, text)
        await pane.tick()
        await pilot.pause()
        # the run ended: all of it is Markdown, nothing left as plain text (the settle runs
        # in the run's finalising worker: a busy test box may take a few frames)
        assert md.source == pane.answer.text == text
        view = pane.query_one("#answer-markdown")
        for _ in range(100):
            if view.tail_text == "":
                break
            await pilot.pause(0.05)
        assert view.tail_text == ""
        shown = on_view(pane)
        assert "point119" in shown and "conclusion." in shown and "y = 2" in shown
        assert not pane.query_one("#answer-md-tail").display


async def test_forming_block_is_plain_text_never_markup_nor_control_sequences() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        start(pane)
        hostile = "Intro.\n\n[bold red]not markup[/] \x1b[31mred\x1b[0m [link=x]y[/link] **z"
        pane.apply(ev.TextDelta(run=0, t=100.2, turn=0, text=hostile))
        await pane.tick()
        await pilot.pause()
        tail = pane.query_one("#answer-markdown").tail_text
        assert "[bold red]not markup[/]" in tail and "[link=x]y[/link]" in tail
        assert "\x1b" not in tail and "red" in tail
        drawn = str(pane.query_one("#answer-md-tail").render())
        assert "[bold red]not markup[/]" in drawn


async def test_switching_to_markdown_mid_stream_then_new_run_starts_empty() -> None:
    text = long_answer(40)
    app = Host(view="raw")
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ProviderPane)
        start(pane)
        half = len(text) // 2
        pane.apply(ev.TextDelta(run=0, t=100.2, turn=0, text=text[:half]))
        await pane.tick()
        pane.toggle_view()
        await pilot.pause()
        await pane.tick()
        assert text[:half].rstrip().split()[-1] in on_view(pane)
        pane.apply(ev.TextDelta(run=0, t=100.3, turn=0, text=text[half:]))
        await pane.tick()
        assert "conclusion." in on_view(pane)
        finish(pane, text)
        await pane.tick()
        await pilot.pause()
        assert pane.query_one("#answer-md", Markdown).source == text
        pane.reset()
        await pilot.pause()
        await pilot.pause()
        assert on_view(pane) == ""
        assert pane.query_one("#answer-md", Markdown).source == ""
