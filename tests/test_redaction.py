"""The one scrubber (core/redaction.py): whole strings, streams split anywhere, event streams.

The property that makes the stream scrubber safe to put in front of the journal: for any split
of any text, what it emits joins to exactly what scrubbing the whole text gives, nothing of a
key is ever emitted, and at most one key's length minus one character ever waits.
"""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from provtui.core import events as ev
from provtui.core.redaction import (
    REDACTED,
    EventScrubber,
    StreamScrubber,
    redact_text,
    scrub_values,
)

KEY = "sk-live-XYZ1234567890abcdef"
SHORT = "sk-l"  # a second key that is a prefix of the first: the alternation must prefer KEY
QUOTED = 'ab"c\\d-secret'  # escaped differently inside JSON
KEYS = (KEY, SHORT, QUOTED)
ALPHABET = st.sampled_from(list("sk-liveXYZ123 ab\"c\\d") + ["é", "\n", "\u2028"])


def feed_all(scrubber: StreamScrubber, pieces: list[str]) -> str:
    return "".join(scrubber.feed(p) for p in pieces) + scrubber.flush()


def split(text: str, cuts: list[int]) -> list[str]:
    bounds = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.one_of(st.text(ALPHABET, max_size=12),
                                st.sampled_from([KEY, KEY[:5], KEY[:-1], SHORT, QUOTED,
                                                 json.dumps(QUOTED)[1:-1], "sk-", "s"])),
                      max_size=10),
       cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=30))
def test_any_split_gives_what_scrubbing_the_whole_text_gives(parts, cuts) -> None:
    full = "".join(parts)
    scrubber = StreamScrubber(KEYS)
    emitted = []
    for piece in split(full, cuts):
        emitted.append(scrubber.feed(piece))
        assert len(scrubber.held) < len(json.dumps(QUOTED)) + len(KEY)
        assert KEY not in "".join(emitted)
    emitted.append(scrubber.flush())
    assert "".join(emitted) == redact_text(full, KEYS)
    assert KEY not in "".join(emitted) and QUOTED not in "".join(emitted)


def test_one_character_at_a_time() -> None:
    text = f"a {KEY}, {QUOTED} and {json.dumps(QUOTED)} and sk-"
    scrubber = StreamScrubber(KEYS)
    out = feed_all(scrubber, list(text))
    assert out == redact_text(text, KEYS)
    assert out == f'a {REDACTED}, {REDACTED} and "{REDACTED}" and sk-'


def test_text_that_cannot_be_a_key_is_never_delayed() -> None:
    scrubber = StreamScrubber([KEY])
    assert scrubber.feed("hello s") == "hello "
    assert scrubber.feed("k-") == ""
    assert scrubber.feed("x") == "sk-x"
    assert scrubber.feed(KEY[:10]) == ""
    assert scrubber.feed(KEY[10:] + " ok") == f"{REDACTED} ok"
    assert scrubber.flush() == ""


def test_no_keys_is_a_pass_through() -> None:
    scrubber = StreamScrubber([])
    assert not scrubber.active
    text = "sk-anything"
    assert scrubber.feed(text) is text and scrubber.flush() == ""


def test_scrub_values_keeps_structure_and_identity_when_clean() -> None:
    clean = {"a": [1, "x", ("y",)], "password": "not a key"}
    assert scrub_values(clean, [KEY]) is clean
    dirty = {"a": [1, f"x{KEY}"], KEY: "v", "password": "kept"}
    assert scrub_values(dirty, [KEY]) == {"a": [1, f"x{REDACTED}"], REDACTED: "v",
                                          "password": "kept"}


def _deltas(cls, text: str, size: int, **kw) -> list:
    return [cls(run=0, t=0.1 + i, turn=0, **{**kw, ("text" if cls in (ev.TextDelta,
                ev.ReasoningDelta) else "arguments" if cls is ev.ToolCallDelta else "data"):
                text[j:j + size]})
            for i, j in enumerate(range(0, len(text), size))]


def test_event_scrubber_per_channel_with_flush_at_turn_end() -> None:
    content = f"the key is {KEY} and then sk-l"
    reasoning = f"thinking about {KEY[:-3]}"  # ends in a key prefix: held until turn end
    args = json.dumps({"k": KEY})
    raw = f'data: {{"content":"{KEY}"}}\n\n'
    scrub = EventScrubber([KEY])
    stream = (_deltas(ev.TextDelta, content, 3) + _deltas(ev.ReasoningDelta, reasoning, 4)
              + _deltas(ev.ToolCallDelta, args, 5, index=0, id=None, name=None)
              + _deltas(ev.RawBytes, raw, 7))
    out = [e for event in stream for e in scrub.feed(event)]
    end = ev.RunFinished(run=0, t=99.0, status="cancelled",
                         error={"kind": "cancelled", "message": f"saw {KEY}"})
    out += scrub.feed(end)
    assert out[-1].error["message"] == f"saw {REDACTED}"
    joined = {cls: "".join(getattr(e, attr) for e in out if type(e) is cls)
              for cls, attr in ((ev.TextDelta, "text"), (ev.ReasoningDelta, "text"),
                                (ev.ToolCallDelta, "arguments"), (ev.RawBytes, "data"))}
    assert joined[ev.TextDelta] == redact_text(content, [KEY])
    assert joined[ev.ReasoningDelta] == reasoning  # not a key: all of it, at the end
    assert joined[ev.ToolCallDelta] == json.dumps({"k": REDACTED})
    assert joined[ev.RawBytes] == redact_text(raw, [KEY])
    dumped = json.dumps([ev.to_json(e) for e in out])
    assert KEY not in dumped
    # the held tails came out before the RunFinished, with its time
    flushed = [e for e in out if e.t == 99.0]
    assert flushed[-1] is out[-1] and len(flushed) >= 2


def test_raw_bytes_hide_a_non_ascii_key_as_its_utf8_bytes() -> None:
    key = "sk-clé-ünïcode-0123456789"
    raw = f'data: {{"content":"{key}"}}\n'.encode().decode("latin-1")  # how RawBytes holds it
    scrub = EventScrubber([key])
    out = [e for i in range(0, len(raw), 3)
           for e in scrub.feed(ev.RawBytes(run=0, t=0.0, turn=0, data=raw[i:i + 3]))]
    out += scrub.feed(ev.TurnFinished(run=0, t=1.0, turn=0, content=key, reasoning="",
                                      tool_calls=(), finish_reason="stop",
                                      raw_finish_reasons=(), usage=None, ttft_s=None,
                                      duration_s=1.0, served_by=None, response_model=None,
                                      system_fingerprint=None, assistant_message={}))
    data = "".join(e.data for e in out if isinstance(e, ev.RawBytes))
    assert data == 'data: {"content":"[redacted]"}\n'
    assert out[-1].content == REDACTED


def test_a_key_with_a_slash_is_found_as_json_escapes_it() -> None:
    key = "AKIA/abc+def/0123456789"
    text = '{"echo":"' + key.replace("/", "\\/") + '"} and ' + key
    assert redact_text(text, [key]) == '{"echo":"[redacted]"} and [redacted]'


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.lists(st.sampled_from(["ab ", KEY, KEY[:7], "sk-", "s", "live"]),
                               max_size=8), min_size=2, max_size=2),
       cuts=st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=20),
       order=st.lists(st.booleans(), max_size=60))
def test_interleaved_runs_and_channels_are_scrubbed_apart(texts, cuts, order) -> None:
    """Two runs streaming content and reasoning at once: each channel's recorded deltas join
    to the whole channel scrubbed; a key never straddles two channels' output."""
    scrub = EventScrubber(KEYS)
    queues = []
    for run, parts in enumerate(texts):
        full = "".join(parts)
        pieces = []
        i = 0
        for k, c in enumerate(cuts * 50):
            if i >= len(full):
                break
            pieces.append(full[i:i + c])
            i += c
        for j, p in enumerate(pieces):
            cls = ev.TextDelta if j % 2 == 0 else ev.ReasoningDelta
            queues.append((run, cls(run=run, t=float(j), turn=0, text=p)))
    # interleave the two runs' events in a hypothesis-chosen order (each run's own order kept)
    by_run = {0: [e for r, e in queues if r == 0], 1: [e for r, e in queues if r == 1]}
    out = []
    for pick in order + [True] * len(queues) + [False] * len(queues):
        lane = by_run[int(pick)]
        if lane:
            out += scrub.feed(lane.pop(0))
    for run in (0, 1):
        out += scrub.feed(ev.RunFinished(run=run, t=50.0, status="ok"))
    for run in (0, 1):
        for cls in (ev.TextDelta, ev.ReasoningDelta):
            sent = "".join(e.text for r, e in queues if r == run and type(e) is cls)
            got = "".join(e.text for e in out if e.run == run and type(e) is cls)
            assert got == redact_text(sent, KEYS)


def test_a_key_escaped_character_by_character_is_found() -> None:
    escaped = "".join(f"\\u{ord(c):04x}" for c in KEY)
    assert KEY not in escaped and redact_text(f'"{escaped}"', [KEY]) == '"[redacted]"'
    scrubber = StreamScrubber([KEY])
    assert feed_all(scrubber, list(escaped)) == REDACTED
