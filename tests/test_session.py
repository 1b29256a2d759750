"""The session fold, save/load, upgrades, damaged files, size cap, redaction and replay.

``realistic_events()`` is also used by test_export.py and test_recovery.py: a session with a
multi-turn tool-calling run, a run that was retried and then failed, a run cancelled mid-stream,
and a run that never finished.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from provtui.core import recorder, session as S
from provtui.core.config import sessions_dir
from provtui.core.events import (
    Notice,
    RawBytes,
    ReasoningDelta,
    ResponseStarted,
    RunFinished,
    RunQueued,
    RunStarted,
    SessionFinished,
    SessionStarted,
    TextDelta,
    ToolCallDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFailed,
    TurnFinished,
    TurnStarted,
)

T0 = 1000.0
FAKE_KEY = "sk-or-v1-FAKEKEY0123456789abcdefTESTONLY"

WEATHER_ARGS = '{"city": "Paris"}'
TIME_ARGS = '{"tz": "Europe/Paris"}'


def _req(turn: int, key_in_body: bool = False) -> dict:
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}],
            "tools": [{"type": "function", "function": {"name": "weather"}}]}
    if key_in_body:
        body["api_key"] = FAKE_KEY  # a broken caller put the key in the body: must be scrubbed
        body["metadata"] = {"note": f"Bearer {FAKE_KEY}"}
    if turn:
        body["messages"].append({"role": "tool", "content": "sunny"})
    return body


def realistic_events(sid: str = "20261125-193012-ab12", *, key: bool = False) -> list:
    ev: list = [SessionStarted(run=-1, t=T0, session_id=sid, wall="2026-11-25T19:30:12Z",
                               prompt="What is the weather and time in Paris?", system="Be brief.",
                               mcp_servers=("ev", "time"), params={"temperature": 0.2},
                               extra={"simulated": True, "check_specs": [
                                   {"name": "words", "exact": 5}],
                                   "runs": "must not clobber runs"})]
    meta = [("alpha-or", "openrouter", "vendor/alpha"), ("beta-di", "deepinfra", "vendor/beta"),
            ("gamma-nim", "nim", "vendor/gamma"), ("delta-local", "ollama", "delta:1b")]
    for i, (target, prov, model) in enumerate(meta):
        ev.append(RunQueued(run=i, t=T0 + 0.001, target=target, provider=prov, model=model,
                            repeat_index=0))
    hdrs = {"content-type": "text/event-stream", "x-request-id": "req-1"}
    if key:
        hdrs.update({"Authorization": f"Bearer {FAKE_KEY}", "set-cookie": "sess=abc",
                     "x-echo": f"key was {FAKE_KEY}"})

    # run 0: turn 0 reasons and calls two tools in parallel, turn 1 answers
    a = T0 + 0.01
    ev += [RunStarted(run=0, t=a, target="alpha-or", provider="openrouter", model="vendor/alpha",
                      repeat_index=0),
           Notice(run=0, t=a, kind="preflight_context", message="about 40 tokens of 32768",
                  data={"estimated_tokens": 40, "context_window": 32768}),
           TurnStarted(run=0, t=a + 0.01, turn=0, request=_req(0, key),
                       url="https://openrouter.ai/api/v1/chat/completions"),
           ResponseStarted(run=0, t=a + 0.2, turn=0, status=200, headers=hdrs),
           RawBytes(run=0, t=a + 0.2, turn=0, data='data: {"choices":[]}\n\n'),
           ReasoningDelta(run=0, t=a + 0.31, turn=0, text="Need weather "),
           ReasoningDelta(run=0, t=a + 0.35, turn=0, text="and time."),
           ToolCallDelta(run=0, t=a + 0.40, turn=0, index=0, id="call_w", name="weather",
                         arguments='{"city": '),
           ToolCallDelta(run=0, t=a + 0.41, turn=0, index=0, id=None, name=None,
                         arguments='"Paris"}'),
           ToolCallDelta(run=0, t=a + 0.42, turn=0, index=1, id="call_t", name="time",
                         arguments=TIME_ARGS),
           TurnFinished(run=0, t=a + 0.5, turn=0, content="", reasoning="Need weather and time.",
                        tool_calls=({"id": "call_w", "name": "weather", "arguments": WEATHER_ARGS,
                                     "index": 0},
                                    {"id": "call_t", "name": "time", "arguments": TIME_ARGS,
                                     "index": 1}),
                        finish_reason="tool_calls", raw_finish_reasons=("tool_calls",),
                        usage={"prompt_tokens": 30, "completion_tokens": 20}, ttft_s=0.3,
                        duration_s=0.49, served_by="Chutes", response_model="vendor/alpha-0613",
                        system_fingerprint="fp_1", assistant_message={"role": "assistant"},
                        extra={"generation_id": "gen-1"}),
           ToolCallStarted(run=0, t=a + 0.51, call_id="call_w", name="weather",
                           arguments={"city": "Paris"}, arguments_valid=True, turn=0),
           ToolCallStarted(run=0, t=a + 0.51, call_id="call_t", name="time",
                           arguments={"tz": "Europe/Paris"}, arguments_valid=True, turn=0),
           ToolCallFinished(run=0, t=a + 0.6, call_id="call_t", name="time", result="12:00",
                            is_error=False, duration_s=0.09, turn=0),
           ToolCallFinished(run=0, t=a + 0.7, call_id="call_w", name="weather", result="sunny",
                            is_error=False, duration_s=0.19, turn=0),
           TurnStarted(run=0, t=a + 0.71, turn=1, request=_req(1, key),
                       url="https://openrouter.ai/api/v1/chat/completions"),
           ResponseStarted(run=0, t=a + 0.8, turn=1, status=200, headers=hdrs),
           ReasoningDelta(run=0, t=a + 0.9, turn=1, text="Answer now."),
           TextDelta(run=0, t=a + 1.0, turn=1, text="Sunny in Paris, "),
           TextDelta(run=0, t=a + 1.1, turn=1, text="noon now."),
           TurnFinished(run=0, t=a + 1.2, turn=1, content="Sunny in Paris, noon now.",
                        reasoning="Answer now.", tool_calls=(), finish_reason="stop",
                        raw_finish_reasons=("stop",),
                        usage={"prompt_tokens": 60, "completion_tokens": 10}, ttft_s=0.19,
                        duration_s=0.49, served_by="Chutes", response_model="vendor/alpha-0613",
                        system_fingerprint="fp_1", assistant_message={}),
           RunFinished(run=0, t=a + 1.21, status="ok")]

    # run 1: 429 retried, then a network error mid-stream with partial content
    b = T0 + 0.02
    rate = {"kind": "rate_limited", "message": "slow down", "http_status": 429,
            "retry_after_s": 1.0, "context_limit": None}
    net = {"kind": "network", "message": "connection reset" + (f" key={FAKE_KEY}" if key else ""),
           "http_status": None, "retry_after_s": None, "context_limit": None}
    ev += [RunStarted(run=1, t=b, target="beta-di", provider="deepinfra", model="vendor/beta",
                      repeat_index=0),
           TurnStarted(run=1, t=b + 0.01, turn=0, request=_req(0, key),
                       url="https://api.deepinfra.com/v1/openai/chat/completions"),
           ResponseStarted(run=1, t=b + 0.1, turn=0, status=429, headers={"retry-after": "1"}),
           TurnFailed(run=1, t=b + 0.11, turn=0, error=rate, content="", reasoning="",
                      ttft_s=None, duration_s=0.1, will_retry=True),
           Notice(run=1, t=b + 0.11, kind="retry", message="retrying in 1 s", data=rate),
           TurnStarted(run=1, t=b + 1.2, turn=0, request=_req(0, key), attempt=1,
                       url="https://api.deepinfra.com/v1/openai/chat/completions"),
           ResponseStarted(run=1, t=b + 1.3, turn=0, status=200, headers=hdrs),
           TextDelta(run=1, t=b + 1.5, turn=0, text="Partial ans"),
           TurnFailed(run=1, t=b + 1.6, turn=0, error=net, content="Partial ans", reasoning="",
                      ttft_s=0.3, duration_s=0.4),
           RunFinished(run=1, t=b + 1.61, status="error", error=net)]

    # run 2: cancelled by the user mid-stream (no usage: tokens estimated)
    c = T0 + 0.03
    cancel = {"kind": "cancelled", "message": "cancelled by the user", "http_status": None,
              "retry_after_s": None, "context_limit": None}
    ev += [RunStarted(run=2, t=c, target="gamma-nim", provider="nim", model="vendor/gamma",
                      repeat_index=0),
           TurnStarted(run=2, t=c + 0.01, turn=0, request=_req(0, key),
                       url="https://integrate.api.nvidia.com/v1/chat/completions"),
           ResponseStarted(run=2, t=c + 0.05, turn=0, status=200, headers=hdrs),
           TextDelta(run=2, t=c + 0.25, turn=0, text="Weather is "),
           TextDelta(run=2, t=c + 0.30, turn=0, text="unkn"),
           RunFinished(run=2, t=c + 0.4, status="cancelled", error=cancel)]

    # run 3: still streaming when the session ends (no RunFinished at all)
    d = T0 + 0.04
    ev += [RunStarted(run=3, t=d, target="delta-local", provider="ollama", model="delta:1b",
                      repeat_index=0),
           TurnStarted(run=3, t=d + 0.01, turn=0, request=_req(0, key),
                       url="http://127.0.0.1:11434/v1/chat/completions"),
           TextDelta(run=3, t=d + 0.5, turn=0, text="Still typing")]
    ev.sort(key=lambda e: e.t)  # as the fan-out merges them: by arrival
    return ev


def fold(events, **kw) -> dict:
    return S.fold_events(events, **kw)


# ---------------------------------------------------------------------------- the fold


def test_fold_matches_contract_field_for_field() -> None:
    s = fold(realistic_events())
    assert s["format"] == "provtui-session" and s["version"] == 1
    assert s["id"] == "20261125-193012-ab12"
    assert s["created_at"] == "2026-11-25T19:30:12Z"
    assert s["prompt"] == "What is the weather and time in Paris?"
    assert s["system"] == "Be brief."
    assert s["mcp_servers"] == ["ev", "time"]
    assert s["params"] == {"temperature": 0.2}
    assert s["simulated"] is True and s["check_specs"][0]["exact"] == 5
    assert isinstance(s["runs"], list) and len(s["runs"]) == 4  # extra "runs" did not clobber
    assert s["extra"] == {"runs": "must not clobber runs"}
    contract_run = {"target", "provider", "model", "repeat_index", "status", "error", "text",
                    "reasoning", "tool_calls", "turns", "metrics", "timeline", "words",
                    "findings", "checks"}
    contract_turn = {"content", "reasoning", "tool_call_ids", "finish_reason", "usage", "ttft_s",
                     "duration_s", "served_by", "response_model", "system_fingerprint",
                     "request", "response_headers"}
    for r in s["runs"]:
        assert contract_run <= set(r)
        for t in r["turns"]:
            assert contract_turn <= set(t)
        assert set(r["metrics"]) == {"ttft_s", "total_s", "output_tokens",
                                     "output_tokens_estimated", "tokens_per_s"}

    r0 = s["runs"][0]
    assert (r0["target"], r0["provider"], r0["model"], r0["repeat_index"]) == \
        ("alpha-or", "openrouter", "vendor/alpha", 0)
    assert r0["status"] == "ok" and r0["error"] is None
    assert r0["text"] == "Sunny in Paris, noon now."
    assert r0["reasoning"] == "Need weather and time.\n\nAnswer now."
    assert [c["name"] for c in r0["tool_calls"]] == ["weather", "time"]
    w = r0["tool_calls"][0]
    assert w == {"id": "call_w", "name": "weather", "arguments": {"city": "Paris"},
                 "arguments_valid": True, "result": "sunny", "is_error": False,
                 "duration_s": 0.19, "turn": 0, "started_s": 0.5, "ended_s": 0.69}
    assert len(r0["turns"]) == 2
    t0, t1 = r0["turns"]
    assert t0["content"] == "" and t0["reasoning"] == "Need weather and time."
    assert t0["tool_call_ids"] == ["call_w", "call_t"]
    assert t0["finish_reason"] == "tool_calls" and t0["finish_reasons"] == ["tool_calls"]
    assert t0["usage"] == {"prompt_tokens": 30, "completion_tokens": 20}
    assert (t0["ttft_s"], t0["duration_s"]) == (0.3, 0.49)
    assert (t0["served_by"], t0["response_model"], t0["system_fingerprint"]) == \
        ("Chutes", "vendor/alpha-0613", "fp_1")
    assert t0["request"]["messages"][0]["content"] == "hi"
    assert t0["response_headers"]["x-request-id"] == "req-1"
    assert t0["http_status"] == 200 and t0["extra"] == {"generation_id": "gen-1"}
    assert t0["raw_stream"] == 'data: {"choices":[]}\n\n'
    assert t0["tool_calls_raw"][0]["arguments"] == WEATHER_ARGS
    assert t1["content"] == "Sunny in Paris, noon now." and t1["finish_reason"] == "stop"
    m = r0["metrics"]
    assert m["ttft_s"] == 0.3
    assert m["total_s"] == pytest.approx(1.19)  # last TurnFinished (a+1.2) - first request (a+0.01)
    assert m["output_tokens"] == 30 and m["output_tokens_estimated"] is False
    # decode rate: 30 tokens over (0.49-0.3)+(0.49-0.19) = 0.49 s of streaming
    assert m["tokens_per_s"] == pytest.approx(30 / 0.49, rel=1e-3)
    assert r0["timeline"] == [[0.3, "r", 13], [0.34, "r", 9], [0.39, "t", 9], [0.4, "t", 8],
                              [0.41, "t", len(TIME_ARGS)], [0.89, "r", 11], [0.99, "c", 16],
                              [1.09, "c", 9]]
    assert t0["timeline_span"] == [0, 5] and t1["timeline_span"] == [5, 8]
    assert r0["preflight"] == {"estimated_tokens": 40, "context_window": 32768}
    assert r0["asked_user"] is False and r0["attempts"] == []
    assert r0["notices"][0]["kind"] == "preflight_context"

    r1 = s["runs"][1]
    assert r1["status"] == "error" and r1["error"]["kind"] == "network"
    assert r1["text"] == "Partial ans"  # the failed turn's partial content is kept
    assert len(r1["turns"]) == 1 and r1["turns"][0]["attempt"] == 1
    assert r1["turns"][0]["error"]["kind"] == "network"
    assert len(r1["attempts"]) == 1
    att = r1["attempts"][0]
    assert att["error"]["kind"] == "rate_limited" and att["http_status"] == 429
    assert att["response_headers"] == {"retry-after": "1"}
    assert r1["metrics"]["ttft_s"] == 0.3
    assert r1["metrics"]["total_s"] == pytest.approx(1.59)
    assert r1["metrics"]["output_tokens_estimated"] is True
    assert [n["kind"] for n in r1["notices"]] == ["retry"]

    r2 = s["runs"][2]
    assert r2["status"] == "cancelled" and r2["error"]["kind"] == "cancelled"
    assert r2["text"] == "Weather is unkn"
    assert r2["turns"][0].get("unfinished") is True
    assert r2["metrics"]["total_s"] == pytest.approx(0.39)  # to the cancel
    assert r2["metrics"]["output_tokens_estimated"] is True
    assert r2["metrics"]["output_tokens"] == 4  # fallback estimate len/4 when chat has none
    assert r2["metrics"]["tokens_per_s"] is None  # no finished turn: no decode time known

    r3 = s["runs"][3]
    assert r3["status"] == "cancelled"
    assert "session ended before" in r3["error"]["message"]
    assert r3["text"] == "Still typing"
    assert s["status"] == "ok" and "recovered" not in s


def test_snapshot_shows_running_and_queued_runs() -> None:
    rec = S.SessionRecorder()
    events = realistic_events()
    for e in events:
        rec.apply(e)
        if isinstance(e, TextDelta) and e.run == 3:
            break
    snap = rec.snapshot()
    assert rec.session_id == "20261125-193012-ab12"
    assert snap["runs"][3]["status"] == "running"
    assert snap["runs"][3]["text"] == "Still typing"
    assert snap["runs"][0]["status"] == "running"  # its second turn is still ahead
    assert snap["runs"][2]["status"] == "cancelled"
    rec2 = S.SessionRecorder()
    rec2.apply(events[0])
    rec2.apply(events[1])
    assert rec2.snapshot()["runs"][0]["status"] == "queued"


def test_session_finished_status_and_finish_is_idempotent() -> None:
    rec = S.SessionRecorder()
    for e in realistic_events():
        rec.apply(e)
    rec.apply(SessionFinished(run=-1, t=T0 + 5, status="cancelled"))
    s = rec.finish()
    assert s["status"] == "cancelled"
    assert rec.finish() is s and rec.snapshot() is s


def test_analysis_fills_words_findings_checks() -> None:
    s = fold(realistic_events())
    r0 = s["runs"][0]
    assert isinstance(r0["words"], int) and r0["words"] == 5
    assert isinstance(r0["findings"], list)
    assert [c["name"] for c in r0["checks"]] == ["words"]


def test_summary_and_comparisons_from_stats() -> None:
    s = fold(realistic_events())
    assert isinstance(s["summary"], list) and "comparisons" in s
    assert {row["target"] for row in s["summary"]} >= {"alpha-or", "beta-di"}


def test_usage_missing_on_one_turn_means_estimate() -> None:
    events = [e for e in realistic_events()
              if not (isinstance(e, TurnFinished) and e.run == 0 and e.turn == 1)]
    events.append(TurnFinished(run=0, t=T0 + 1.3, turn=1, content="Sunny in Paris, noon now.",
                               reasoning="", tool_calls=(), finish_reason="stop",
                               raw_finish_reasons=(), usage=None, ttft_s=0.1, duration_s=0.2,
                               served_by=None, response_model=None, system_fingerprint=None,
                               assistant_message={}))
    events.sort(key=lambda e: e.t)
    m = fold(events)["runs"][0]["metrics"]
    assert m["output_tokens_estimated"] is True
    text = "" + "Need weather and time." + "Sunny in Paris, noon now." + "Answer now."
    assert m["output_tokens"] >= len(text) // 8  # an estimate, from content+reasoning+args


def test_asked_user_notice_and_future_tool_call_fields() -> None:
    events = realistic_events()
    events.insert(-1, Notice(run=0, t=T0 + 1.215, kind="asked_user", message="asked a question"))
    s = fold(events)
    assert s["runs"][0]["asked_user"] is True


# ---------------------------------------------------------------------------- save and load


def test_save_load_roundtrip_keeps_unknown_fields(tmp_path: Path) -> None:
    s = fold(realistic_events())
    s["from_the_future"] = {"nested": [1, 2]}
    s["runs"][0]["mystery"] = "kept"
    s["runs"][0]["turns"][0]["turn_mystery"] = 7
    path = S.save_session(s)
    assert path == sessions_dir() / "20261125-193012-ab12.json"
    loaded = S.load_session("20261125-193012-ab12")
    assert loaded == json.loads(json.dumps(s))
    assert loaded["from_the_future"] == {"nested": [1, 2]}
    assert loaded["runs"][0]["mystery"] == "kept"
    assert loaded["runs"][0]["turns"][0]["turn_mystery"] == 7
    # by prefix, by path, and saved again unchanged
    assert S.load_session("20261125-1930")["id"] == s["id"]
    assert S.load_session(str(path))["id"] == s["id"]
    copy = S.save_session(loaded, tmp_path / "copy.json")
    assert json.loads(copy.read_text("utf-8")) == loaded
    assert not list(path.parent.glob(".*tmp"))  # no temp file left behind


def test_save_removes_journal_after_final_file() -> None:
    rec = S.SessionRecorder(journal=S.Journal.for_session("20261125-193012-ab12"))
    for e in realistic_events():
        rec.apply(e)
    final, journal = S.session_paths("20261125-193012-ab12")
    assert journal.exists()
    S.save_session(rec.finish())
    assert final.exists() and not journal.exists()


def test_journal_refold_equals_live_fold() -> None:
    events = realistic_events()
    j = S.Journal.for_session("20261125-193012-ab12")
    rec = S.SessionRecorder(journal=j)
    for e in events:
        rec.apply(e)
    j.flush()
    read, counts = S.read_journal(j.path)
    assert counts == {"lines": len(events), "skipped": 0}
    assert read == events
    live = rec.finish()
    assert j.closed
    again = fold(read)
    assert again == live


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_damaged_foreign_future_files_give_clear_errors_and_are_skipped_in_list() -> None:
    d = sessions_dir()
    good = S.save_session(fold(realistic_events()))
    full = good.read_bytes()
    bad = {
        "20250101-000000-0001": (b"", "empty"),
        "20250101-000000-0002": (full[: len(full) // 2], "truncated"),
        "20250101-000000-0003": (b"{not json at all", "not valid JSON"),
        "20250101-000000-0004": (json.dumps({"format": "something-else", "version": 1,
                                             "runs": []}).encode(), "format is 'something-else'"),
        "20250101-000000-0005": (json.dumps({"format": "provtui-session", "version": 99,
                                             "runs": []}).encode(), "newer provtui"),
        "20250101-000000-0006": (b"[1, 2, 3]", "not an object"),
        "20250101-000000-0007": (b"\xff\xfe\x00garbage", "UTF-8"),
    }
    for sid, (data, _) in bad.items():
        _write(d / f"{sid}.json", data)
    for sid, (_, words) in bad.items():
        with pytest.raises(S.SessionError) as info:
            S.load_session(sid)
        assert words in str(info.value), (sid, str(info.value))
        assert sid in str(info.value)  # names the file
    with pytest.raises(S.SessionError, match="upgrade provtui"):
        S.load_session("20250101-000000-0005")
    items, problems = S.list_sessions()
    assert [i["id"] for i in items] == ["20261125-193012-ab12"]
    assert len(problems) == len(bad)
    for sid in bad:
        assert any(sid in p and p.endswith("; skipped") for p in problems), sid


def test_unknown_and_ambiguous_ids() -> None:
    s = fold(realistic_events("20261125-193012-aaaa"))
    S.save_session(s)
    S.save_session(fold(realistic_events("20261125-193012-aaab")))
    with pytest.raises(S.SessionNotFound, match="sessions list"):
        S.load_session("nope")
    with pytest.raises(S.SessionNotFound, match="matches 2 sessions"):
        S.load_session("20261125-193012-aa")
    with pytest.raises(S.SessionError):
        S.session_paths("../etc/passwd")


def test_version_0_file_is_upgraded_keeping_everything() -> None:
    old = {"id": "old1", "created_at": "2024-01-01T00:00:00Z", "prompt": "p",
           "runs": [{"target": "x", "provider": "p", "model": "m", "text": "hello",
                     "legacy_field": 1}], "legacy_top": True}
    path = _write(sessions_dir() / "old1.json", json.dumps(old).encode())
    s = S.load_session(str(path))
    assert s["format"] == "provtui-session" and s["version"] == 1
    assert s["legacy_top"] is True and s["runs"][0]["legacy_field"] == 1
    assert s["runs"][0]["text"] == "hello" and s["runs"][0]["findings"] == []
    assert s["runs"][0]["metrics"]["ttft_s"] is None


def test_list_newest_first_with_contract_fields() -> None:
    for sid, wall in (("20261125-193012-0001", "2026-11-25T19:30:12Z"),
                      ("20261126-080000-0002", "2026-11-26T08:00:00Z"),
                      ("20250101-000000-0003", "2025-01-01T00:00:00Z")):
        events = realistic_events(sid)
        events[0] = SessionStarted(run=-1, t=T0, session_id=sid, wall=wall, prompt=f"p {sid}",
                                   system=None, mcp_servers=(), params={})
        S.save_session(fold(events))
    items, problems = S.list_sessions()
    assert problems == []
    assert [i["id"] for i in items] == ["20261126-080000-0002", "20261125-193012-0001",
                                        "20250101-000000-0003"]
    assert set(items[0]) == {"id", "created_at", "prompt", "targets", "path", "recovered"}
    assert items[0]["targets"] == ["alpha-or", "beta-di", "gamma-nim", "delta-local"]
    assert items[0]["recovered"] is False and Path(items[0]["path"]).exists()


def test_new_session_id_sorts_by_time() -> None:
    from datetime import datetime, timezone

    a = S.new_session_id(datetime(2026, 11, 25, 19, 30, 12, tzinfo=timezone.utc))
    b = S.new_session_id(datetime(2026, 11, 25, 19, 30, 13, tzinfo=timezone.utc))
    assert a.startswith("20261125-193012-") and len(a) == 20 and a < b
    S.session_paths(S.new_session_id())  # a fresh id is a valid file name


# ---------------------------------------------------------------------------- credentials


def test_no_key_in_journal_or_session_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", FAKE_KEY)
    rec = S.SessionRecorder(journal=S.Journal.for_session("20261125-193012-ab12"))
    for e in realistic_events(key=True):
        rec.apply(e)
    final, journal = S.session_paths("20261125-193012-ab12")
    rec.journal.flush()
    assert FAKE_KEY.encode() not in journal.read_bytes()
    s = rec.finish()
    path = S.save_session(s)
    data = path.read_bytes()
    assert FAKE_KEY.encode() not in data
    assert b"sess=abc" not in data  # cookies go too
    loaded = S.load_session(str(path))
    hdrs = loaded["runs"][0]["turns"][0]["response_headers"]
    assert hdrs["Authorization"] == S.REDACTED and hdrs["set-cookie"] == S.REDACTED
    assert hdrs["x-echo"] == f"key was {S.REDACTED}"
    assert loaded["runs"][0]["turns"][0]["request"]["api_key"] == S.REDACTED
    assert loaded["runs"][1]["error"]["message"].endswith(S.REDACTED)


def test_custom_provider_key_variable_is_scrubbed_too(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "custom-secret-value-0123456789"
    monkeypatch.setenv("MY_LAB_API_KEY", secret)  # a provider's api_key_env no preset names
    events = realistic_events()
    events.insert(3, Notice(run=0, t=T0 + 0.0011, kind="info", message=f"using {secret}"))
    path = S.save_session(fold(events))
    assert secret.encode() not in path.read_bytes()


# ---------------------------------------------------------------------------- size


def test_text_beyond_cap_is_truncated_with_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recorder, "MAX_TEXT_CHARS", 10)
    events = [e for e in realistic_events() if e.run in (-1, 2)]
    s = fold(events)
    r = s["runs"][2]
    assert r["text"] == "Weather is"  # "Weather is unkn" cut at 10 characters
    assert r["truncated"] == {"turns[0].streamed": 5}


def test_100_mb_session_loads(capsys: pytest.CaptureFixture[str]) -> None:
    events = [e for e in realistic_events() if e.run in (-1, 0)]
    s = fold(events)
    chunk = "The quick brown fox jumps over the lazy dog. Ünïcödé ✓\n" * 1000
    s["runs"][0]["text"] = chunk * (100 * 1024 * 1024 // len(chunk.encode()) + 1)
    path = S.save_session(s)
    size_mb = path.stat().st_size / 1e6
    assert size_mb > 100
    started = time.perf_counter()
    loaded = S.load_session(s["id"])
    took = time.perf_counter() - started
    assert len(loaded["runs"][0]["text"]) == len(s["runs"][0]["text"])
    with capsys.disabled():
        sys.stderr.write(f"\n[measure] {size_mb:.0f} MB session loaded in {took:.2f} s\n")
    del loaded, s


# ---------------------------------------------------------------------------- replay


def test_replay_refolds_to_the_same_session() -> None:
    s = fold(realistic_events())
    replayed = S.replay_events(json.loads(json.dumps(s)))
    ts = [e.t for e in replayed]
    assert ts == sorted(ts) and ts[0] == 0.0
    assert isinstance(replayed[0], SessionStarted) and isinstance(replayed[-1], SessionFinished)
    again = fold(replayed)
    for a, b in zip(s["runs"], again["runs"], strict=True):
        for key in ("target", "provider", "model", "status", "error", "text", "reasoning",
                    "timeline", "attempts"):
            if key == "attempts":
                assert [x["error"] for x in a[key]] == [x["error"] for x in b[key]]
                continue
            assert a[key] == b[key], key
        assert [{k: c[k] for k in ("id", "name", "arguments", "result", "is_error")}
                for c in a["tool_calls"]] == \
               [{k: c[k] for k in ("id", "name", "arguments", "result", "is_error")}
                for c in b["tool_calls"]]
        for ta, tb in zip(a["turns"], b["turns"], strict=True):
            for key in ("content", "reasoning", "tool_call_ids", "finish_reason", "usage",
                        "ttft_s", "duration_s", "request", "response_headers"):
                assert ta[key] == tb[key], key
        assert a["metrics"]["total_s"] == pytest.approx(b["metrics"]["total_s"], abs=1e-3)
    # the deltas come at the recorded offsets, with the recorded chunk sizes
    r0_text = [e for e in replayed if isinstance(e, TextDelta) and e.run == 0]
    assert [e.text for e in r0_text] == ["Sunny in Paris, ", "noon now."]
    assert [round(e.t, 3) for e in r0_text] == [1.01, 1.11]  # from the session start


def test_replay_of_a_session_without_timeline() -> None:
    s = fold(realistic_events())
    for r in s["runs"]:
        r["timeline"] = []
        for t in r["turns"]:
            t.pop("timeline_span", None)
    again = fold(S.replay_events(s))
    assert [r["text"] for r in again["runs"]] == [r["text"] for r in s["runs"]]


def test_bad_check_spec_keeps_the_session_and_says_why() -> None:
    events = realistic_events()
    first = events[0]
    events[0] = SessionStarted(run=-1, t=first.t, session_id=first.session_id, wall=first.wall,
                               prompt=first.prompt, system=None, mcp_servers=(), params={},
                               extra={"check_specs": [{"name": "words"}]})  # no exact/min/max
    s = fold(events)
    assert s["runs"][0]["words"] == 5 and s["runs"][0]["checks"] == []
    assert any("checks not run" in p and "words" in p for p in s["analysis_problems"])


# ---------------------------------------------------------------------------- any text, any split

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# every code point, lone surrogates included: a provider can send "\ud83d" in one chunk
_ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.text(alphabet=_ANY_CHAR, min_size=1, max_size=12), min_size=1,
                       max_size=30))
@example(pieces=["\ud83d", "\ude00 half an emoji per chunk", "\u2028line\x1b[31m", "\x00"])
def test_any_text_in_any_chunks_survives_journal_file_replay_and_export(pieces, tmp_path) -> None:
    from provtui.core.export import FORMATS, export_session

    sid = "20261125-193012-" + format(abs(hash(tuple(pieces))) % 0xFFFF, "04x")
    events = [SessionStarted(run=-1, t=T0, session_id=sid, wall="w", prompt="p", system=None,
                             mcp_servers=(), params={}),
              RunStarted(run=0, t=T0, target="t", provider="p", model="m", repeat_index=0),
              TurnStarted(run=0, t=T0, turn=0, request={}, url="u")]
    events += [TextDelta(run=0, t=T0 + 0.01 * (i + 1), turn=0, text=p)
               for i, p in enumerate(pieces)]
    rec = S.SessionRecorder(journal=S.Journal.for_session(sid))
    for e in events:
        rec.apply(e)
    s = rec.finish()
    text = "".join(pieces)
    assert s["runs"][0]["text"] == text
    read, counts = S.read_journal(S.session_paths(sid)[1])
    assert counts["skipped"] == 0 and read == events
    path = S.save_session(s)
    # a surrogate pair split across chunks reads back as its character, as in any JSON reader
    assert S.load_session(str(path))["runs"][0]["text"] == json.loads(json.dumps(text))
    replayed = [e.text for e in S.replay_events(s) if isinstance(e, TextDelta)]
    assert replayed == pieces
    for fmt in FORMATS:
        export_session(s, fmt, tmp_path / f"{sid}.{fmt}")
