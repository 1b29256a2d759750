"""provtui.core.diffing: word diffs with offsets, position mapping, tool-chain alignment."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provtui.core import diffing
from provtui.core.diffing import align_chains, compare_row, diff_words, tokenize

WORDS = ["the", "battery", "is", "healthy", "charging", "sessions", "vehicle", "R1S", ".", ",",
         "97%", "don't", "state-of-charge", "über", "日本"]


def _check_spans(ref: str, other: str, d: diffing.WordDiff) -> None:
    """Every token of both texts in exactly one span, spans in order on both sides, equal
    spans hold equal words."""
    a, b = tokenize(ref), tokenize(other)
    ai = bi = 0
    prev_ref = prev = 0
    for span in d.spans:
        assert span.ref_start >= prev_ref and span.start >= prev, span
        assert span.ref_end >= span.ref_start and span.end >= span.start
        ref_tokens = a[ai:ai + span.ref_words]
        tokens = b[bi:bi + span.words]
        if span.ref_words:
            assert ref_tokens[0].start == span.ref_start and ref_tokens[-1].end == span.ref_end
        if span.words:
            assert tokens[0].start == span.start and tokens[-1].end == span.end
        if span.op == "equal":
            assert [t.text for t in ref_tokens] == [t.text for t in tokens]
        else:
            assert [t.text for t in ref_tokens] != [t.text for t in tokens]
        if span.op == "insert":
            assert span.ref_words == 0 and span.words > 0
        if span.op == "delete":
            assert span.words == 0 and span.ref_words > 0 and span.start == span.end
        ai += span.ref_words
        bi += span.words
        prev_ref, prev = span.ref_end, span.end
    assert ai == len(a) and bi == len(b)


def test_tokens_keep_offsets_and_split_punctuation() -> None:
    text = "Don't stop: state-of-charge is 97%."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["Don't", "stop", ":", "state-of-charge", "is", "97",
                                        "%", "."]
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_glued_words_diverge_from_the_reference_in_place() -> None:
    ref = "I will look at the battery health and the charging sessions for the vehicle."
    other = "I will look at the battery health and the chargingsessions for thevehicle."
    d = diff_words(ref, other)
    _check_spans(ref, other, d)
    changed = [other[s.start:s.end] for s in d.divergences]
    assert changed == ["chargingsessions", "thevehicle"]
    first = d.first_divergence
    assert first is not None and first.op == "replace"
    assert other[first.start:first.end] == "chargingsessions"
    assert ref[first.ref_start:first.ref_end] == "charging sessions"
    assert d.counts == {"replace": 2, "insert": 0, "delete": 0}
    assert 0.6 < d.similarity < 0.9


def test_identical_and_empty_texts() -> None:
    d = diff_words("Same words here.", "Same words here.")
    assert d.identical and d.similarity == 1.0 and d.first_divergence is None
    empty = diff_words("", "")
    assert empty.identical and empty.spans == [] and empty.similarity == 1.0
    only_other = diff_words("", "new words")
    assert [s.op for s in only_other.spans] == ["insert"]
    assert only_other.similarity == 0.0
    only_ref = diff_words("old words", "")
    assert [s.op for s in only_ref.spans] == ["delete"]


def test_deletion_is_a_point_in_the_gap_where_the_words_are_missing() -> None:
    ref, other = "the quick brown fox", "the quick fox"
    d = diff_words(ref, other)
    (gone,) = d.divergences
    assert gone.op == "delete" and ref[gone.ref_start:gone.ref_end] == "brown"
    assert gone.start == gone.end == len("the quick")


def test_case_folding_is_opt_in() -> None:
    assert not diff_words("The Battery", "the battery").identical
    assert diff_words("The Battery", "the battery", ignore_case=True).identical


def test_position_mapping_follows_the_alignment() -> None:
    ref = "Intro words first. " + "shared sentence number %d. " * 20
    other = "A much longer and quite different introduction goes here. " + (
        "shared sentence number %d. " * 20)
    d = diff_words(ref, other)
    # the start of the shared part maps to the start of the shared part
    assert d.to_reference(other.index("shared")) == ref.index("shared")
    assert d.from_reference(ref.index("shared")) == other.index("shared")
    assert d.to_reference(len(other)) == len(ref)
    # monotonic and in range both ways
    fwd = [d.to_reference(o) for o in range(len(other) + 1)]
    back = [d.from_reference(o) for o in range(len(ref) + 1)]
    assert fwd == sorted(fwd) and back == sorted(back)
    assert 0 <= min(fwd) and max(fwd) <= len(ref) and max(back) <= len(other)


def test_next_divergence_walks_and_wraps() -> None:
    ref = "one two three four five six"
    other = "one TWO three four FIVE six"
    d = diff_words(ref, other)
    first = d.next_divergence(-1)
    assert first is not None and other[first.start:first.end] == "TWO"
    second = d.next_divergence(first.start)
    assert second is not None and other[second.start:second.end] == "FIVE"
    assert d.next_divergence(second.start) == first


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.lists(st.sampled_from(WORDS),
                                                                 max_size=40),
       st.sampled_from([" ", "  ", "\n", " \n\n"]))
def test_spans_partition_both_texts(ref_words, other_words, sep) -> None:
    ref, other = sep.join(ref_words), " ".join(other_words)
    d = diff_words(ref, other)
    _check_spans(ref, other, d)
    for o in range(0, len(other) + 1, 3):
        assert 0 <= d.to_reference(o) <= len(ref)


def test_long_texts_use_lines_first_and_stay_exact_where_lines_agree(monkeypatch) -> None:
    monkeypatch.setattr(diffing, "EXACT_LIMIT", 400)
    lines = [f"line {i} says the battery is at {90 + i % 10}% today." for i in range(120)]
    ref = "\n".join(lines)
    changed = list(lines)
    changed[57] = "line 57 says the battry is at 97% today."
    changed.insert(90, "an extra line only the other answer has.")
    other = "\n".join(changed)
    d = diff_words(ref, other)
    _check_spans(ref, other, d)
    divergent = [other[s.start:s.end] for s in d.divergences]
    assert divergent == ["battry", "an extra line only the other answer has."]
    assert d.first_divergence is not None and d.first_divergence.op == "replace"


def test_unrelated_long_texts_fall_back_to_autojunk_and_still_partition(monkeypatch) -> None:
    monkeypatch.setattr(diffing, "EXACT_LIMIT", 100)
    ref = " ".join(WORDS * 12)
    other = " ".join(reversed(WORDS * 12))
    d = diff_words(ref, other)
    _check_spans(ref, other, d)


def test_more_than_max_tokens_compares_the_start_and_says_so() -> None:
    ref = "word " * 50
    other = "word " * 30 + "other " * 20
    d = diff_words(ref, other, max_tokens=20)
    assert d.truncated and d.identical
    assert d.length == len("word " * 20) - 1
    full = diff_words(ref, other)
    assert not full.truncated and not full.identical


# ---------------------------------------------------------------------------- tool chains

EXPLORER = ["list_vehicles", "get_vehicle_status", "get_battery_health", "get_battery_health",
            "get_charges_brief", "get_drives_brief", "find_nearby_chargers"]


def test_equal_lengths_align_by_position() -> None:
    rows = align_chains([["a", "b", "c"], ["x", "b", "y"]])
    assert rows == [[0, 0], [1, 1], [2, 2]]


def test_a_single_call_sits_beside_the_same_tool_in_a_long_chain() -> None:
    rows = align_chains([EXPLORER, ["list_vehicles"]])
    assert rows[0] == [0, 0]
    assert all(row[1] is None for row in rows[1:]) and len(rows) == len(EXPLORER)
    # the one-call chain first: the spine is still the long one
    rows = align_chains([["get_battery_health"], EXPLORER])
    assert [r for r in rows if r[0] is not None] == [[0, 2]]


def test_calls_between_anchors_fill_rows_in_order_then_get_rows_of_their_own() -> None:
    long = ["list", "a", "b", "end"]
    more = ["list", "q", "r", "s", "t"]  # longer: the spine
    rows = align_chains([long, more])
    assert rows[0] == [0, 0]
    for c, chain in enumerate([long, more]):
        assert [row[c] for row in rows if row[c] is not None] == list(range(len(chain)))
    # "a", "b", "end" fill the rows of q, r, s in order; t has no partner
    assert rows[1:] == [[1, 1], [2, 2], [3, 3], [None, 4]]
    # an anchored name pins its row even when it comes later in the other chain
    rows = align_chains([["list", "x", "y", "z", "end"], ["list", "end"]])
    assert rows == [[0, 0], [1, None], [2, None], [3, None], [4, 1]]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["list", "status", "health", "charges", "time"]),
                         max_size=8), min_size=1, max_size=5))
def test_alignment_keeps_every_call_once_and_in_order(chains) -> None:
    rows = align_chains(chains)
    for c, chain in enumerate(chains):
        assert [row[c] for row in rows if row[c] is not None] == list(range(len(chain)))
    assert all(any(j is not None for j in row) for row in rows)
    assert len(rows) >= max(len(c) for c in chains)


def test_no_chains() -> None:
    assert align_chains([]) == []
    assert align_chains([[], []]) == []


def test_compare_row_against_the_usual_call() -> None:
    a = ("get_battery_health", '{"vehicle_id":"r1s"}')
    b = ("get_battery_health", '{"vehicle_id":"mx"}')
    c = ("get_vehicle_status", "{}")
    assert compare_row([a, a, b, c, None]) == ["same", "same", "args", "name", "missing"]
    # a tie goes to the earliest column
    assert compare_row([b, a]) == ["same", "args"]
    assert compare_row([None, None]) == ["missing", "missing"]


@pytest.mark.parametrize("n", [2_000, 20_000])
def test_long_answers_diff_with_the_two_level_path(n) -> None:
    """No timing asserted (benches measure that): the long path runs and partitions."""
    ref = "\n".join(f"point {i}: the battery is healthy." for i in range(n // 6))
    other = ref.replace("point 100:", "point one hundred:")
    d = diff_words(ref, other)
    assert [other[s.start:s.end] for s in d.divergences] == ["one hundred"]
