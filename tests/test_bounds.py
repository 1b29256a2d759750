"""Size bounds, through real streams on loopback and the real `provtui run` save path.

What is bounded, and where (see provtui/core/session.py's module docstring):

- every text field of a saved session (a turn's content or reasoning, the run's text and
  reasoning, a tool result) at ``session.MAX_TEXT_CHARS`` (64 Mi characters); a cut field is
  named in ``run["truncated"]`` with its real length, and characters dropped from a turn that
  never finished are counted under ``turns[i].streamed``;
- the raw bytes kept per turn at ``provider.raw_capture_bytes`` (256 KiB by default) and at
  ``session.MAX_RAW_CHARS`` (1 MiB) in the fold, with ``raw_stream_truncated`` when cut;
- an error message at 600 characters, however large the error body (the body itself is in the
  raw capture);
- what a tool result sends back to the model at ``result_max_chars`` (tests/test_faults.py).

The caps are module constants; these tests lower them in-process (monkeypatch) so a stream of
a few hundred kilobytes crosses them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import provtui.core.recorder as recorder_mod
from provtui.core.config import ProviderConfig, TargetConfig
from provtui.core.fanout import Fanout, SessionPlan
from provtui.core.session import SessionRecorder, load_session, save_session
from transcript_server import Close, Reply, Stall, TranscriptServer

pytestmark = pytest.mark.timeout(120)


def target(name: str, base_url: str, **provider_kw: Any) -> TargetConfig:
    return TargetConfig(name=name, provider=ProviderConfig(name=f"p-{name}", base_url=base_url,
                                                           **provider_kw), model="m")


async def record(*targets: TargetConfig) -> dict[str, Any]:
    rec = SessionRecorder()
    async with Fanout(SessionPlan(prompt="Write a lot.", targets=list(targets))) as fan:
        async for event in fan.stream_all():
            rec.apply(event)
    return rec.finish()


async def test_text_beyond_the_cap_is_cut_and_marked(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setattr(recorder_mod, "MAX_TEXT_CHARS", 10_000)
    pieces = [f"{i:05d} words and more words; " for i in range(2_000)]  # 56,000 characters
    answer = "".join(pieces)
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(pieces, reasoning=["thinking " * 2_000]))
        small = srv.add(Reply.text_stream(["short answer"]))
        session = await record(target("big", url), target("small", small))
    big, other = session["runs"]
    assert big["status"] == "ok"
    assert big["text"] == answer[:10_000]
    assert big["reasoning"] == ("thinking " * 2_000)[:10_000]
    assert big["truncated"] == {"turns[0].content": len(answer), "turns[0].reasoning": 18_000}
    assert "truncated" not in other and other["text"] == "short answer"
    # the marker survives the round trip through the file
    path = save_session(session, tmp_path / "s.json")
    loaded = load_session(str(path))
    assert loaded["runs"][0]["truncated"] == big["truncated"]
    assert loaded["runs"][0]["text"] == answer[:10_000]


@pytest.mark.parametrize("fault", ["disconnect", "run_timeout"])
async def test_a_turn_cut_mid_stream_is_capped_and_marked(
        monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    """A turn the provider cut (TurnFailed carries its text) is marked like any field; a turn
    that never ended (run timeout, cancel, crash) counts the characters its fold dropped."""
    monkeypatch.setattr(recorder_mod, "MAX_TEXT_CHARS", 1_000)
    steps = [("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": "x" * 300}}]})
              + "\n\n").encode() for _ in range(10)]
    async with TranscriptServer() as srv:
        if fault == "disconnect":
            url = srv.add(Reply(steps=[*steps, Close()]))
            session = await record(target("cut", url))
        else:
            url = srv.add(Reply(steps=[*steps, Stall()]))
            session = await record(target("cut", url, run_timeout_s=1.0))
    (run,) = session["runs"]
    assert run["status"] == "error"
    assert run["error"]["kind"] == ("network" if fault == "disconnect" else "timeout")
    assert run["text"] == "x" * 1_000
    assert run["truncated"] == ({"turns[0].content": 3_000} if fault == "disconnect"
                                else {"turns[0].streamed": 2_000})


async def test_raw_capture_is_bounded_per_turn() -> None:
    pieces = ["y" * 100] * 200
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(pieces))
        session = await record(target("raw", url, raw_capture_bytes=4_096))
    (run,) = session["runs"]
    assert run["text"] == "y" * 20_000  # the text is whole ...
    assert len(run["turns"][0]["raw_stream"]) == 4_096  # ... the raw copy is capped
    assert run["turns"][0]["raw_stream"].startswith("data: ")


async def test_raw_capture_beyond_the_fold_cap_is_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recorder_mod, "MAX_RAW_CHARS", 2_000)
    async with TranscriptServer() as srv:
        url = srv.add(Reply.text_stream(["z" * 100] * 100))
        session = await record(target("raw", url))
    turn = session["runs"][0]["turns"][0]
    assert len(turn["raw_stream"]) == 2_000 and turn["raw_stream_truncated"] > 10_000


async def test_a_huge_error_body_gives_a_short_message_and_keeps_the_bytes() -> None:
    page = b"<html><head><title>500 Internal Server Error</title></head><body>" + (
        b"<p>stack frame at line 42 of handler.py</p>\n" * 50_000) + b"</body></html>"
    async with TranscriptServer() as srv:
        url = srv.add(Reply(status=500, headers=[("Content-Type", "text/html")], steps=[page],
                            framing="length"))
        session = await record(target("err", url))
    (run,) = session["runs"]
    err = run["error"]
    assert err["kind"] == "server_error" and err["http_status"] == 500
    assert err["message"].startswith("HTTP 500: 500 Internal Server Error: stack frame")
    assert len(err["message"]) <= 600 and err["message"].endswith("…")
    assert len(run["turns"][0]["raw_stream"]) == 262_144  # the default raw_capture_bytes


async def test_megabytes_of_stray_lines_give_a_short_message() -> None:
    stray = b"<div>proxy noise that is not SSE</div>\n" * 30_000  # ~1.2 MB
    first = ("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": "ok "}}]})
             + "\n\n").encode()
    async with TranscriptServer() as srv:
        url = srv.add(Reply(steps=[first, stray], framing="close"))
        session = await record(target("stray", url))
    (run,) = session["runs"]
    assert run["error"]["kind"] == "protocol" and len(run["error"]["message"]) <= 600
    assert "proxy noise that is not SSE" in run["error"]["message"]
    assert run["text"] == "ok "
