"""save_session streams the JSON: same bytes as json.dumps of the list form, timelines written
from the recorder's arrays (``finish(timeline_views=True)``), loads back to the same session."""

from __future__ import annotations

import json
import math

from provtui.core import session as S
from provtui.core.events import (RunFinished, RunQueued, RunStarted, SessionFinished,
                                 SessionStarted, TextDelta, ReasoningDelta, TurnFinished,
                                 TurnStarted)


def events(n: int = 10_000, text: str = "tok ") -> list:
    out = [SessionStarted(run=-1, t=100.0, session_id="20261125-193012-ab12",
                          wall="2026-11-25T19:30:12Z", prompt="p", system=None,
                          mcp_servers=(), params={}, extra={})]
    for run in range(2):
        out += [RunQueued(run=run, t=100.0, target=f"t{run}", provider="p", model="m",
                          repeat_index=0),
                RunStarted(run=run, t=100.0, target=f"t{run}", provider="p", model="m",
                           repeat_index=0),
                TurnStarted(run=run, t=100.01, turn=0, request={"model": "m"}, url="http://x")]
        t = 100.3
        for k in range(n):
            t += 0.00037
            cls = ReasoningDelta if k % 7 == 0 else TextDelta
            out.append(cls(run=run, t=t, turn=0, text=text))
        content = "".join(text for k in range(n) if k % 7)
        out += [TurnFinished(run=run, t=t + 0.01, turn=0, content=content,
                             reasoning=text * len(range(0, n, 7)), tool_calls=(),
                             finish_reason="stop", raw_finish_reasons=("stop",), usage=None,
                             ttft_s=0.3, duration_s=t - 100.0, served_by=None,
                             response_model=None, system_fingerprint=None,
                             assistant_message={"role": "assistant", "content": content}),
                RunFinished(run=run, t=t + 0.02, status="ok")]
    out.append(SessionFinished(run=-1, t=200.0, status="ok"))
    return out


def fold(evs, views: bool) -> dict:
    rec = S.SessionRecorder(secrets=())
    for e in evs:
        rec.apply(e)
    return rec.finish(timeline_views=views)


def test_streamed_json_is_byte_identical_to_json_dumps_of_the_list_form() -> None:
    evs = events()
    lists, views = fold(evs, False), fold(evs, True)
    assert isinstance(views["runs"][0]["timeline"], S.TimelineView)
    assert views["runs"][0]["timeline"] == lists["runs"][0]["timeline"]
    assert len(views["runs"][0]["timeline"]) == 10_000 > S._TIMELINE_CHUNK * 2
    streamed = "".join(S.session_json_chunks(views))
    assert streamed == json.dumps(lists, ensure_ascii=False, separators=(",", ":"))


def test_saved_views_session_loads_as_the_list_session(tmp_path) -> None:
    evs = events(n=500)
    lists, views = fold(evs, False), fold(evs, True)
    path = S.save_session(views, tmp_path / "s.json")
    assert S.load_session(str(path)) == json.loads(json.dumps(lists))
    tl = views["runs"][1]["timeline"]
    assert tl[3] == lists["runs"][1]["timeline"][3] and tl[-1] == lists["runs"][1]["timeline"][-1]
    assert tl[10:20] == lists["runs"][1]["timeline"][10:20]


def test_a_lone_surrogate_is_escaped_and_read_back_exactly(tmp_path) -> None:
    evs = events(n=50, text="a\ud83d ")
    views = fold(evs, True)
    path = S.save_session(views, tmp_path / "s.json")
    raw = path.read_bytes()
    raw.decode("utf-8")  # valid UTF-8
    loaded = S.load_session(str(path))
    assert loaded["runs"][0]["text"] == views["runs"][0]["text"]
    assert "\ud83d" in loaded["runs"][0]["text"]


def test_export_json_of_a_views_session() -> None:
    from provtui.core.export import export_json

    evs = events(n=100)
    assert json.loads(export_json(fold(evs, True))) == json.loads(export_json(fold(evs, False)))


def test_timeline_chunks_write_floats_as_json_does() -> None:
    tl = S._Timeline()
    for o in (0.1, 1e-05, 123456789.123, 0.0, math.inf):
        tl.append(o, "c", 3)
    text = "".join(tl.view().json_chunks())
    assert text == json.dumps(tl.entries(), separators=(",", ":"))
