"""API keys never reach the screen: a provider that echoes the Authorization header back into
its answer, reasoning, tool-call arguments, tool results, response headers or an error body
shows ``[redacted]`` instead, exactly as the session file does.

The app test drives the real TUI against a loopback transcript server and a real MCP server
(the key split across many deltas, as a tokenizer would send it), then reads every screen it
can open: the SVG screenshot and each widget's own text.  The unit tests pin the hold-back of
the stream masker with hypothesis.
"""

from __future__ import annotations

import sys
import time

from hypothesis import given, settings, strategies as st
from textual.widgets import Static
from transcript_server import Reply, TranscriptServer
from ui_helpers import _finished, make_config

from provtui.core import events as ev
from provtui.core.config import McpServerConfig, ProviderConfig, TargetConfig
from provtui.ui.app import ProvtuiApp
from provtui.ui.safe import MASK, SecretMasker, mask_secrets, set_secrets, visible
from provtui.ui.widgets.answer import AnswerView
from provtui.ui.widgets.pane import ProviderPane

KEY = "sk-live-7f3a9c2e4b1d8f6a0c5e9b2d7a4f1c8e"
KEY_VAR = "PROVTUI_TEST_ACME_CRED"  # not credential-shaped: only api_key_env names it
EV = McpServerConfig(name="ev", command=sys.executable, args=("-m", "provtui.demo.ev_server"))
SIZE = (200, 50)


def pieces(text: str, size: int = 3) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def keyed_target(name: str, base_url: str) -> TargetConfig:
    provider = ProviderConfig(name=name, base_url=base_url, api_key_env=KEY_VAR,
                              read_timeout_s=10, run_timeout_s=60)
    return TargetConfig(name=name, provider=provider, model="test-model")


def screen_texts(app: ProvtuiApp) -> list[str]:
    """What the active screen shows: the screenshot, and each widget's text and tooltip
    (the part of a long answer scrolled out of view included)."""
    out = [app.export_screenshot()]
    for widget in app.screen.walk_children(with_self=False):
        if isinstance(widget, AnswerView):
            out.append(widget.text)
        try:
            out.append(str(widget.render()))
        except Exception:  # some widgets cannot render outside a frame; the screenshot has them
            pass
        if widget.tooltip is not None:
            out.append(str(widget.tooltip))
    return out


def assert_no_key(texts: list[str], where: str) -> None:
    for text in texts:
        assert KEY not in text, f"the key is on the {where}"
        # a leak of a long piece would be as bad (the screenshot may wrap the whole key)
        assert KEY[:16] not in text and KEY[-16:] not in text, f"part of the key: {where}"


async def wait_for(pilot, condition, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


async def test_a_key_echoed_everywhere_is_masked_on_every_screen(monkeypatch) -> None:
    monkeypatch.setenv(KEY_VAR, KEY)
    answer = f"Your request said Authorization: Bearer {KEY} and nothing else."
    reasoning = f"The header carried {KEY}; I should not repeat it."
    async with TranscriptServer() as srv:
        echo = srv.route(
            Reply.tool_call_stream([{"name": "get_battery_health",
                                     "arguments": {"vehicle_id": KEY}}], split=3),
            Reply.text_stream(pieces(answer), reasoning=pieces(reasoning),
                              headers=[("X-Echo-Authorization", f"Bearer {KEY}")]),
        )
        denied = srv.add(Reply.json_body(401, {"error": {
            "message": f"Incorrect API key provided: {KEY}", "type": "invalid_request_error"}}))
        targets = [keyed_target("echo", echo.base_url), keyed_target("denied", denied)]
        app = ProvtuiApp(config=make_config(None), targets=targets, mcp_servers=[EV],
                         prompt="What did my request say?")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+j")
            await wait_for(pilot, lambda: bool(app.drives)
                           and app.drives[-1].saved_path is not None)
            await pilot.pause(0.3)
            echo_pane, denied_pane = app.panes
            # the provider really did send the key: the test is not vacuous
            sent = echo.requests[0].headers
            assert any(KEY in str(v) for v in dict(sent).values())
            assert echo_pane.tool_chain.calls, "the tool call was not made"
            echo_pane.focus()
            await pilot.press("t", "c")  # reasoning open, tool cards expanded
            await pilot.pause(0.3)
            texts = screen_texts(app)
            assert_no_key(texts, "main screen")
            assert MASK in echo_pane.text
            assert MASK in echo_pane.query_one("#reasoning-view", AnswerView).text
            assert MASK in str(denied_pane.query_one("#pane-error", Static).render())
            cards = "\n".join(str(w.render()) for w in echo_pane.query(".tool-card"))
            assert MASK in cards, cards
            assert any(MASK[:16] in t for t in texts[:1]), "the screenshot shows the mask"
            # the inspector: request, response headers, raw stream, timeline
            await pilot.press("i")
            await pilot.pause(0.5)
            assert app.screen is not app.screen_stack[0]
            seen = screen_texts(app)
            for tab in ("2", "3"):
                await pilot.press(tab)
                await pilot.pause(0.3)
                seen += screen_texts(app)
            assert_no_key(seen, "inspector")
            await pilot.press("escape")
            await pilot.pause(0.2)
            # the tool chains side by side
            await pilot.press("f2")
            await pilot.pause(0.5)
            assert_no_key(screen_texts(app), "alignment screen")
            await pilot.press("escape")
            # the summary of the session
            await pilot.press("f8")
            await pilot.pause(0.5)
            assert_no_key(screen_texts(app), "summary screen")


# ---------------------------------------------------------------------------- the masker

ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))


@settings(max_examples=300, deadline=None)
@given(before=st.text(ALPHABET, max_size=30), after=st.text(ALPHABET, max_size=30),
       near=st.integers(min_value=0, max_value=len(KEY) - 1),
       cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=40))
def test_any_split_of_a_keyed_text_never_shows_the_key(before, after, near, cuts) -> None:
    # a near miss (a prefix of the key) right before the real one is the hard case
    full = before + KEY[:near] + KEY + after + KEY[:near]
    bounds = sorted({c % (len(full) + 1) for c in cuts} | {0, len(full)})
    masker = SecretMasker((KEY,))
    shown = ""
    fed = 0
    for a, b in zip(bounds, bounds[1:]):
        shown += masker.feed(full[a:b])
        fed = b
        assert KEY not in shown
        # what waits is raw text, shorter than the key, and nothing else waits
        assert len(masker.held) < len(KEY)
        assert full[:fed].endswith(masker.held)
        assert mask_secrets(full[:fed], (KEY,)).startswith(shown)
    shown += masker.flush()
    assert shown == mask_secrets(full, (KEY,))
    assert KEY not in shown and MASK in shown


def test_masker_shows_text_as_soon_as_it_cannot_be_a_key() -> None:
    masker = SecretMasker((KEY,))
    assert masker.feed("hello s") == "hello "
    assert masker.feed("k-") == ""
    assert masker.feed("x") == "sk-x"  # no key starts like that: shown at once
    assert masker.feed(KEY[:10]) == ""
    assert masker.feed(KEY[10:] + " ok") == MASK + " ok"
    assert masker.flush() == ""


def test_visible_masks_keys_and_strips_control_sequences() -> None:
    set_secrets([KEY])
    try:
        assert visible(f"bad key \x1b[31m{KEY}\x1b[0m") == f"bad key {MASK}"
        # a key split by an escape sequence is whole once the sequence is stripped
        assert visible(f"{KEY[:5]}\x1b[0m{KEY[5:]}") == MASK
    finally:
        set_secrets(None)


def _run(events: list[ev.Event]) -> ProviderPane:
    pane = ProviderPane(target="echo", provider="acme", model="m")
    for event in events:
        pane.apply(event)
    return pane


def test_pane_shows_the_held_tail_when_the_turn_ends() -> None:
    set_secrets([KEY])
    try:
        start = [ev.RunQueued(run=0, t=0.0, target="echo", provider="acme", model="m",
                              repeat_index=0),
                 ev.RunStarted(run=0, t=0.0, target="echo", provider="acme", model="m",
                               repeat_index=0),
                 ev.TurnStarted(run=0, t=0.0, turn=0, request={}, url="http://x/v1")]
        deltas = [ev.TextDelta(run=0, t=0.1, turn=0, text=p)
                  for p in pieces(f"key {KEY} and sk-", 4)]
        pane = _run(start + deltas)
        assert pane.text == f"key {MASK} and "  # "sk-" could still become the key
        pane.apply(_finished(0, 0, 0.2, "", ""))
        assert pane.text == f"key {MASK} and sk-"
        assert pane.turn_text == pane.text
    finally:
        set_secrets(None)


def test_no_keys_means_no_masker_on_the_stream_path() -> None:
    set_secrets([])
    try:
        pane = ProviderPane(target="t")
        assert pane._text_masker is None and pane._reasoning_masker is None
    finally:
        set_secrets(None)
