"""Crash recovery: a provtui that is SIGKILLed mid-stream loses at most the last half second.

The crash tests run a real child interpreter that journals events the way the TUI and
`provtui run` do, kill it with SIGKILL (no atexit, no finally, no flush), and recover what the
journal holds.  Each streamed delta carries the wall time it was created at, so the test can
check exactly which events had to survive.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from provtui.core import session as S
from provtui.core.config import sessions_dir
from provtui.core.events import SessionStarted
from test_session import realistic_events

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

CHILD = textwrap.dedent(r"""
    import sys, time
    from provtui.core.session import SessionRecorder, Journal
    from provtui.core.events import (SessionStarted, RunQueued, RunStarted, TurnStarted,
                                     ResponseStarted, TextDelta)
    sid, mode = sys.argv[1], sys.argv[2]
    rec = SessionRecorder(journal=Journal.for_session(sid))
    t = time.monotonic()
    rec.apply(SessionStarted(run=-1, t=t, session_id=sid, wall="2026-11-25T19:30:12Z",
                             prompt="count", system=None, mcp_servers=(), params={}))
    for run in (0, 1):
        rec.apply(RunQueued(run=run, t=t, target=f"t{run}", provider="p", model="m",
                            repeat_index=0))
        rec.apply(RunStarted(run=run, t=t, target=f"t{run}", provider="p", model="m",
                             repeat_index=0))
        rec.apply(TurnStarted(run=run, t=t, turn=0, request={"model": "m"}, url="http://x"))
        rec.apply(ResponseStarted(run=run, t=t, turn=0, status=200, headers={}))
    print("ready", flush=True)
    i = 0
    limit = 40 if mode == "idle" else 10**9
    while i < limit:
        rec.apply(TextDelta(run=i % 2, t=time.monotonic(), turn=0,
                            text=f"<{i}@{time.time():.4f}>"))
        i += 1
        time.sleep(0.004)
    print("idle", flush=True)
    time.sleep(600)
""")

TOKEN = re.compile(r"<(\d+)@([0-9.]+)>")


def _spawn(sid: str, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, sid, mode], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ))


def _wait_line(proc: subprocess.Popen, want: str) -> None:
    line = proc.stdout.readline()
    if line.strip() != want:
        proc.kill()
        raise AssertionError(f"child said {line!r}, stderr: {proc.stderr.read()}")


def _tokens(session: dict) -> list[tuple[int, float]]:
    found = []
    for r in session["runs"]:
        found += [(int(i), float(w)) for i, w in TOKEN.findall(r["text"])]
    return sorted(found)


def test_sigkill_mid_stream_then_recover_keeps_all_but_the_last_half_second() -> None:
    sid = "20261125-193012-c0de"
    proc = _spawn(sid, "stream")
    try:
        _wait_line(proc, "ready")
        time.sleep(1.5)
        kill_wall = time.time()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    final, journal = S.session_paths(sid)
    assert journal.exists() and not final.exists()

    written = S.recover_journals()
    assert written == [final]
    assert not journal.exists()
    s = S.load_session(sid)
    assert s["recovered"] is True
    assert s["recovery"]["journal"] == journal.name
    tokens = _tokens(s)
    indexes = [i for i, _ in tokens]
    assert indexes == list(range(len(indexes))), "events must survive in order, without gaps"
    last_wall = tokens[-1][1]
    # every delta created more than 0.5 s before the kill is there
    assert last_wall >= kill_wall - 0.5, (last_wall, kill_wall, len(tokens))
    for run in s["runs"]:
        assert run["status"] == "cancelled"
        assert "recovered from the journal" in run["error"]["message"]
        assert run["turns"][0]["unfinished"] is True
        assert len(run["timeline"]) == len(TOKEN.findall(run["text"]))
    print(f"\n[measure] recovered {len(tokens)} deltas; last one {kill_wall - last_wall:.3f} s "
          f"before the kill; {s['recovery']['skipped']} torn line(s) skipped")


def test_sigkill_while_idle_loses_nothing() -> None:
    """No write comes after the last delta, so only the background flush can save it."""
    sid = "20261125-193012-1d1e"
    proc = _spawn(sid, "idle")
    try:
        _wait_line(proc, "ready")
        _wait_line(proc, "idle")
        time.sleep(0.6)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert S.recover_journals() == [S.session_paths(sid)[0]]
    tokens = _tokens(S.load_session(sid))
    assert [i for i, _ in tokens] == list(range(40))


def test_torn_last_line_is_skipped_and_the_rest_recovered() -> None:
    sid = "20261125-193012-ab12"
    events = realistic_events(sid)
    _, journal = S.session_paths(sid)
    j = S.Journal(journal)
    for e in events:
        j.write(e)
    j.close()
    with journal.open("ab") as fh:
        fh.write(b'{"e":"TextDelta","run":3,"t":1000.9,"turn":0,"text":"half a li')
    written = S.recover_journals()
    assert len(written) == 1
    s = S.load_session(sid)
    assert s["recovered"] is True
    assert s["recovery"] == {"journal": journal.name, "lines": len(events) + 1, "skipped": 1}
    assert s["runs"][0]["status"] == "ok"
    assert s["runs"][0]["text"] == "Sunny in Paris, noon now."
    assert s["runs"][3]["status"] == "cancelled" and s["runs"][3]["text"] == "Still typing"


def test_live_journal_is_left_alone_and_listed_in_progress() -> None:
    sid = "20261125-193012-11fe"
    rec = S.SessionRecorder(journal=S.Journal.for_session(sid))
    for e in realistic_events(sid)[:10]:
        rec.apply(e)
    rec.journal.flush()
    assert S.recover_journals() == []
    assert rec.journal.path.exists()
    items, problems = S.list_sessions()
    assert problems == []
    assert [(i["id"], i.get("in_progress"), i["recovered"]) for i in items] == \
        [(sid, True, False)]
    # loading it read-only works too (e.g. `sessions show` of a running session)
    assert S.load_session(sid)["id"] == sid
    rec.journal.close()  # what SIGKILL does to the lock, minus the data loss
    assert S.recover_journals() == [S.session_paths(sid)[0]]


def test_leftover_journal_beside_a_good_final_file_is_removed() -> None:
    sid = "20261125-193012-ab12"
    final = S.save_session(S.fold_events(realistic_events(sid)))
    before = final.read_bytes()
    _, journal = S.session_paths(sid)
    with S.Journal(journal) as j:
        j.write(realistic_events(sid)[0])
    assert S.recover_journals() == []
    assert not journal.exists() and final.read_bytes() == before


def test_damaged_final_file_is_set_aside_and_recovered_from_journal() -> None:
    sid = "20261125-193012-ab12"
    final, journal = S.session_paths(sid)
    with S.Journal(journal) as j:
        for e in realistic_events(sid):
            j.write(e)
    final.write_bytes(b'{"format": "provtui-session", "version": 1, "runs": [')
    with pytest.raises(S.SessionError, match="recovers the session from the journal"):
        S.load_session(str(final))
    assert S.recover_journals() == [final]
    assert final.with_name(final.name + ".damaged").exists()
    assert S.load_session(sid)["recovered"] is True


def test_empty_and_garbage_journals() -> None:
    d = sessions_dir()
    d.mkdir(parents=True, exist_ok=True)
    (d / f"20261125-000000-0000{S.JOURNAL_SUFFIX}").write_bytes(b"")
    (d / f"20261125-000000-0001{S.JOURNAL_SUFFIX}").write_bytes(b"\x00\xffnot json\n{]\n")
    assert S.recover_journals() == []
    assert not (d / f"20261125-000000-0000{S.JOURNAL_SUFFIX}").exists()
    assert (d / f"20261125-000000-0001{S.JOURNAL_SUFFIX}.corrupt").exists()
    assert list(d.glob("*.json")) == []
    assert S.recover_journals() == []  # and it is not retried at every start


def test_journal_that_lost_its_first_line_is_still_recovered() -> None:
    sid = "20261125-193012-0f1e"
    events = [e for e in realistic_events(sid) if not isinstance(e, SessionStarted)]
    _, journal = S.session_paths(sid)
    with S.Journal(journal) as j:
        for e in events:
            j.write(e)
    [path] = S.recover_journals()
    s = S.load_session(str(path))
    assert s["id"] == sid and s["recovered"] is True
    assert s["runs"][0]["text"] == "Sunny in Paris, noon now."


def test_load_of_a_journal_only_session_writes_nothing() -> None:
    sid = "20261125-193012-ab12"
    _, journal = S.session_paths(sid)
    with S.Journal(journal) as j:
        for e in realistic_events(sid):
            j.write(e)
    s = S.load_session(sid[:12])  # a prefix finds the journal too
    assert s["recovered"] is True and s["id"] == sid
    assert [p.name for p in sessions_dir().iterdir()] == [journal.name]


def test_unknown_event_types_in_a_journal_are_skipped_not_fatal() -> None:
    sid = "20261125-193012-ab12"
    _, journal = S.session_paths(sid)
    events = realistic_events(sid)
    with S.Journal(journal) as j:
        j.write(events[0])
        j.write({"e": "EventFromTheFuture", "run": 0, "t": 1.0, "payload": 1})
        for e in events[1:]:
            j.write(e)
    [path] = S.recover_journals()
    s = json.loads(Path(path).read_text("utf-8"))
    assert s["recovery"]["skipped"] == 1
    assert [r["status"] for r in s["runs"]] == ["ok", "error", "cancelled", "cancelled"]
