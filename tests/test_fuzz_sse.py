"""Property tests: arbitrary bytes never break the SSE reader or the chunk normaliser, and any
re-splitting of a real transcript into reads gives exactly the same events."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from provtui.core.chat import TurnAssembler  # noqa: E402
from provtui.core.events import TurnFailed, TurnFinished  # noqa: E402
from provtui.core.sse import SSEEvent, SSEParser, parse_sse  # noqa: E402
from transcript_server import all_transcripts, load_transcript  # noqa: E402

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Bytes that matter to the framing, so random input hits the interesting paths often.
_SSE_BYTES = st.lists(st.one_of(
    st.sampled_from([b"data:", b"data: ", b"event: error", b":", b"\n", b"\r", b"\r\n",
                     b"[DONE]", b"id: 1", b"\xc3", b"\xa9", b"\xf0\x9f", b'{"choices":[',
                     b'{"error":{"message":"x"}}']),
    st.binary(max_size=12)), max_size=40).map(b"".join)

BODIES = [load_transcript(p).body_bytes() for p in all_transcripts()]
BODIES = [b for b in BODIES if 0 < len(b) < 20_000]


def run_assembler(events, t0=0.0):
    asm = TurnAssembler(run=0, turn=0, t_send=t0)
    out = []
    for i, ev in enumerate(events):
        out += asm.feed(ev, t0 + i)
    return asm, out, asm.outcome(t0 + len(events))


def feed_split(data: bytes, cuts: list[int]):
    p = SSEParser()
    out, prev = [], 0
    for c in sorted(set(x % (len(data) + 1) for x in cuts)) + [len(data)]:
        out += p.feed(data[prev:c])
        prev = max(prev, c)
    return out + p.close(), p.comments


@FAST
@given(_SSE_BYTES, st.lists(st.integers(0, 600), max_size=20))
def test_arbitrary_bytes_never_raise(data, cuts):
    events, _ = feed_split(data, cuts)
    assert events == parse_sse(data)  # and splitting never changes the result
    _, _, final = run_assembler(events)
    assert isinstance(final, (TurnFinished, TurnFailed))


@FAST
@given(st.binary(max_size=400))
def test_raw_binary_never_raises(data):
    _, _, final = run_assembler(parse_sse(data))
    assert isinstance(final, (TurnFinished, TurnFailed))


_JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=5),
              st.sampled_from(["stop", "length", "", "tool_calls", "text", "thinking"])),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from([
            "choices", "delta", "content", "tool_calls", "index", "id", "function", "name",
            "arguments", "finish_reason", "usage", "reasoning", "reasoning_content",
            "reasoning_details", "type", "text", "thinking", "error", "message", "provider",
            "model", "x_groq", "object", "summary", "data", "function_call"]), inner,
            max_size=4)),
    max_leaves=25)


@FAST
@given(st.lists(_JSONISH, max_size=8))
def test_normaliser_survives_any_json_shape(chunks):
    asm = TurnAssembler(run=0, turn=0, t_send=0.0, tool_id_style="mistral9")
    for i, obj in enumerate(chunks):
        if isinstance(obj, dict):
            asm.feed_chunk(obj, float(i))
        asm.feed(SSEEvent(json.dumps(obj)), float(i))
    final = asm.outcome(99.0)
    assert isinstance(final, (TurnFinished, TurnFailed))
    if isinstance(final, TurnFinished):
        ids = [c["id"] for c in final.tool_calls]
        assert len(ids) == len(set(ids)) and all(ids)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(len(BODIES))), st.lists(st.integers(0, 20_000), max_size=30))
def test_any_resplit_of_a_transcript_is_identical(which, cuts):
    body = BODIES[which]
    whole = parse_sse(body)
    split, _ = feed_split(body, cuts)
    assert split == whole
    a_whole, deltas_whole, final_whole = run_assembler(whole)
    a_split, deltas_split, final_split = run_assembler(split)
    strip = lambda evs: [(type(e).__name__, getattr(e, "text", None)) for e in evs]  # noqa: E731
    assert strip(deltas_whole) == strip(deltas_split)
    assert type(final_whole) is type(final_split)
    assert final_whole.content == final_split.content
