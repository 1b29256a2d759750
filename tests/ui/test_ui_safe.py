"""Provider text is untrusted: control sequences never reach the screen."""

from hypothesis import given, strategies as st

from provtui.ui.safe import StreamSanitizer, escape_markup, strip_control

NASTY = (
    "title\x1b]0;pwned\x07 link\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\ "
    "\x1b[31mred\x1b[0m \x1b[2J\x1b[H \x9b31m8bit\x9dosc\x9c bell\x07 nul\x00 del\x7f "
    "dcs\x1bPq#0\x1b\\ keypad\x1b= cr\r\nok\ttab"
)


def test_strip_control_removes_every_sequence_kind() -> None:
    out = strip_control(NASTY)
    assert out == "title linkclick red  8bit bell nul del dcs keypad cr\nok\ttab"
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
    assert not any(0x7F <= ord(c) <= 0x9F for c in out)


def test_strip_control_keeps_clean_text_identical() -> None:
    text = "Línea 1\n\tcafé — 日本語 🙂 \u2028 end"
    assert strip_control(text) is text or strip_control(text) == text


def test_unterminated_osc_loses_its_introducer() -> None:
    assert strip_control("a\x1b]0;still open") == "a]0;still open"
    assert strip_control("a\x1b[31") == "a[31"


def test_stream_sanitizer_holds_a_split_sequence() -> None:
    s = StreamSanitizer()
    parts = ["he\x1b[3", "1mllo\x1b", "]0;x", "\x07 world\r", "\nend"]
    out = "".join(s.feed(p) for p in parts) + s.flush()
    assert out == "hello world\nend"
    assert s.removed > 0


def test_stream_sanitizer_flushes_a_dangling_escape() -> None:
    s = StreamSanitizer()
    assert s.feed("abc\x1b") == "abc"
    assert s.flush() == ""


def test_escape_markup_neutralises_rich_markup() -> None:
    from rich.text import Text

    shown = Text.from_markup(escape_markup("[bold red]x[/] \x1b[1m"))
    assert shown.plain == "[bold red]x[/] "


@given(st.text(alphabet=st.sampled_from(list("ab \n\x1b[]0;m\x07\\\x9b\x9d\x9c\rP")), max_size=60),
       st.lists(st.integers(min_value=0, max_value=60), max_size=6))
def test_stream_equals_whole_for_any_split(text: str, cuts: list[int]) -> None:
    # Whatever way the provider splits the stream, the pane shows exactly what stripping the
    # whole text would show, and nothing dangerous.
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    s = StreamSanitizer()
    out = "".join(s.feed(text[a:b]) for a, b in zip(bounds, bounds[1:])) + s.flush()
    assert "\x1b" not in out and "\x9b" not in out and "\x9d" not in out and "\r" not in out
    assert out == strip_control(text)
