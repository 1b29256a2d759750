"""The SSE reader on its own: framing cases, splits, and every transcript body."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from provtui.core.sse import SSEEvent, SSEParser, parse_sse  # noqa: E402
from transcript_server import TRANSCRIPTS_DIR, all_transcripts, load_transcript  # noqa: E402


def feed_in(data: bytes, cuts: list[int]) -> tuple[list[SSEEvent], SSEParser]:
    p = SSEParser()
    out: list[SSEEvent] = []
    prev = 0
    for c in sorted(set(cuts)) + [len(data)]:
        out += p.feed(data[prev:c])
        prev = c
    out += p.close()
    return out, p


def test_data_with_and_without_space_and_multiline():
    events = parse_sse(b"data: a\ndata:b\ndata:  c\n\n")
    assert events == [SSEEvent("a\nb\n c")]


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_line_ends(eol):
    body = eol.join([b"data: one", b"", b"event: error", b"data: two", b"", b""])
    assert parse_sse(body) == [SSEEvent("one"), SSEEvent("two", "error")]


def test_comments_are_counted_not_events():
    p = SSEParser()
    events = p.feed(b": OPENROUTER PROCESSING\n\n: ping - 2025\n\ndata: x\n\n")
    assert events == [SSEEvent("x")]
    assert p.comments == 2 and p.last_comment == "ping - 2025"


def test_last_event_without_blank_line_is_flushed_at_close():
    p = SSEParser()
    assert p.feed(b"data: first\n\ndata: last") == [SSEEvent("first")]
    assert p.close() == [SSEEvent("last")]
    assert p.close() == []


def test_crlf_split_between_reads_is_one_line_end():
    events, _ = feed_in(b"data: a\r\n\r\ndata: b\r\n\r\n", [8, 9, 10])
    assert events == [SSEEvent("a"), SSEEvent("b")]
    # A CR at the end of a read followed by a CR: two line ends, so an event boundary.
    events, _ = feed_in(b"data: a\r\rdata: b\r\r", [8])
    assert events == [SSEEvent("a"), SSEEvent("b")]


def test_split_utf8_every_byte():
    body = "data: naïve 日本語 🎉\n\n".encode()
    events, _ = feed_in(body, list(range(1, len(body))))
    assert events == [SSEEvent("naïve 日本語 🎉")]


def test_invalid_utf8_is_replaced():
    assert parse_sse(b"data: a\xff\xfeb\n\n") == [SSEEvent("a\ufffd\ufffdb")]


def test_long_line_in_many_reads():
    payload = b"x" * 300_000
    body = b"data: " + payload + b"\n\n"
    events, _ = feed_in(body, list(range(1, len(body), 997)))
    assert events == [SSEEvent(payload.decode())]


def test_id_event_retry_and_stray_lines():
    p = SSEParser()
    events = p.feed(b"id: 7\nretry: 1000\nevent: delta\ndata: x\n\n<html>oops</html>\n\n")
    assert events == [SSEEvent("x", "delta", "7")]
    assert p.stray_lines == 1 and "<html>oops</html>" in p.stray_text


def test_event_without_data_still_dispatches():
    # Groq-style error frames always carry data, but an empty one must not vanish.
    assert parse_sse(b"event: error\n\n") == [SSEEvent("", "error")]


@pytest.mark.parametrize("path", all_transcripts(),
                         ids=lambda p: str(p.relative_to(TRANSCRIPTS_DIR)))
def test_transcript_bodies_parse_the_same_however_split(path: Path):
    reply = load_transcript(path)
    body = reply.body_bytes()
    whole = parse_sse(body)
    if "sse_events" in reply.expect:
        assert len(whole) == reply.expect["sse_events"]
    # as the server writes it, one byte at a time, and at every 7th byte
    writes = [s for s in reply.steps if isinstance(s, bytes)]
    cuts, pos = [], 0
    for w in writes:
        pos += len(w)
        cuts.append(pos)
    assert feed_in(body, cuts)[0] == whole
    if len(body) < 5000:
        assert feed_in(body, list(range(1, len(body))))[0] == whole
    assert feed_in(body, list(range(7, len(body), 7)))[0] == whole
    if "comments" in reply.expect:
        assert feed_in(body, cuts)[1].comments == reply.expect["comments"]
