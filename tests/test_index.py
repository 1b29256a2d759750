"""The sessions index (CONTRACT §6): a cache beside the files that answers list and search.

Every test works on real files in a real data directory and, where the command line is the
contract, runs the real ``provtui sessions list`` in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provtui.core import index as I
from provtui.core.config import sessions_dir
from session_factory import make_session, write_sessions


def _save(s: dict, d: Path | None = None) -> Path:
    d = d or sessions_dir()
    d.mkdir(parents=True, exist_ok=True)
    p = d / f"{s['id']}.json"
    p.write_text(json.dumps(s), encoding="utf-8")
    return p


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "provtui", "sessions", "list", *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def _ids(listing: I.IndexedList) -> list[str]:
    return [it["id"] for it in listing.items]


def test_list_is_newest_first_with_the_contract_fields_and_matches_a_full_read():
    write_sessions(sessions_dir(), 30)
    out = _cli("--json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert len(items) == 30
    for it in items:
        assert {"id", "created_at", "prompt", "targets", "path", "recovered"} <= set(it)
    assert [it["created_at"] for it in items] == sorted((it["created_at"] for it in items),
                                                        reverse=True)
    # the same rows the file-reading lister gives (the files are the truth)
    from provtui.core.session import list_sessions

    full, _ = list_sessions()
    assert [(x["id"], x["prompt"], x["targets"], x["path"]) for x in full] == \
           [(x["id"], x["prompt"], x["targets"], x["path"]) for x in items]
    assert I.index_path(sessions_dir()).exists()


def test_search_finds_prompt_answer_target_id_finding_and_check_outcome_words():
    a = make_session(1, prompt="Write a 12-word sentence about the ocean.",
                     answer="Silent waves carry soulsbeneath the moonlit tide tonight.",
                     targets=[("asker", "sim")],
                     findings=[{"kind": "glued_words", "start": 20, "end": 32,
                                "text": "soulsbeneath", "suggestion": "souls beneath"}],
                     checks=[{"name": "words", "passed": False, "detail": "11 words, want 12"}])
    b = make_session(2, prompt="Capital of Kazakhstan?", answer="Astana.",
                     targets=[("nano-nim", "nim")],
                     checks=[{"name": "words", "passed": True, "detail": "ok"}])
    c = make_session(3, prompt="Analyse the battery", answer="Vehicle EV-1 degraded",
                     targets=[("small-context", "sim")], status="error")
    for s in (a, b, c):
        _save(s)

    def ids(q: str, **kw) -> set[str]:
        return set(_ids(I.list_indexed(search=q, **kw)))

    assert ids("ocean") == {a["id"]}
    assert ids("moonlit tide") == {a["id"]}                 # answers, all words required
    assert ids("moonlit astana") == set()
    assert ids("astan") == {b["id"]}                        # the last word is a prefix
    assert ids("nano-nim") == {b["id"]}                     # target names
    assert ids(a["id"][:15]) == {a["id"]}                   # id prefix
    assert ids("glued_words") == {a["id"]}                  # finding kinds
    assert ids("words_failed") == {a["id"]}                 # check outcomes
    assert ids("words_passed") == {b["id"]}
    assert ids("error_context_length") == {c["id"]}
    assert ids("status_error") == {c["id"]}
    # FTS syntax in the search text is taken as words, never as a query (no error, no injection)
    for hostile in ['"', "*", "NEAR(a b)", "ocean OR astana", "-ocean", "a:b", "'); DROP",
                    "^ocean", "ocean AND", "(((", "\x00", "\u202e"]:
        res = I.list_indexed(search=hostile)
        assert isinstance(res.items, list)
    assert ids("ocean OR astana") == set()                  # OR is a word here, not an operator


def test_filters_target_provider_dates_status_suite_and_limit():
    from datetime import datetime, timezone

    s1 = make_session(1, targets=[("a", "nim")], created=datetime(2026, 3, 1, tzinfo=timezone.utc))
    s2 = make_session(2, targets=[("b", "deepinfra")], status="error",
                      created=datetime(2026, 4, 1, tzinfo=timezone.utc),
                      suite={"result": "20260401-000000-beef", "case": "ocean-12"})
    s3 = make_session(3, targets=[("a", "nim"), ("b", "deepinfra")],
                      created=datetime(2026, 5, 1, tzinfo=timezone.utc))
    for s in (s1, s2, s3):
        _save(s)
    q = lambda **kw: _ids(I.list_indexed(**kw))  # noqa: E731
    assert q(target="a") == [s3["id"], s1["id"]]
    assert q(provider="deepinfra") == [s3["id"], s2["id"]]
    assert q(since="2026-03-15") == [s3["id"], s2["id"]]
    assert q(until="2026-04-01") == [s2["id"], s1["id"]]
    assert q(status="error") == [s2["id"]]
    assert q(suite_result="20260401") == [s2["id"]]
    res = I.list_indexed(limit=2)
    assert _ids(res) == [s3["id"], s2["id"]] and res.total == 3
    out = _cli("--json", "--limit", "1", "--target", "b")
    assert [x["id"] for x in json.loads(out.stdout)] == [s3["id"]]
    bad = _cli("--limit", "-1")
    assert bad.returncode == 2 and "--limit" in bad.stderr


def test_files_added_changed_and_deleted_by_hand_show_at_the_next_command():
    d = sessions_dir()
    paths = write_sessions(d, 5)
    assert len(I.list_indexed().items) == 5
    # added
    extra = make_session(99, prompt="zebra crossing", answer="stripes")
    _save(extra)
    assert _ids(I.list_indexed(search="zebra")) == [extra["id"]]
    # changed (same size is possible: mtime differs)
    s = json.loads(paths[0].read_text())
    s["prompt"] = "giraffe neck"
    paths[0].write_text(json.dumps(s))
    os.utime(paths[0], ns=(time.time_ns(), time.time_ns() + 1_000_000))
    assert _ids(I.list_indexed(search="giraffe")) == [s["id"]]
    assert I.list_indexed(search="zebra").items  # others untouched
    # deleted
    paths[1].unlink()
    res = I.list_indexed()
    assert len(res.items) == 5 and all(it["path"] != str(paths[1]) for it in res.items)
    # the words of a changed file no longer find it: its old prompt began "session 0:"
    assert s["id"] not in _ids(I.list_indexed(search="session 0"))


def test_many_changes_rebuild_the_word_index_and_keep_results_right(monkeypatch):
    monkeypatch.setattr(I, "_DEAD_REBUILD_MIN", 3)
    d = sessions_dir()
    paths = write_sessions(d, 8)
    I.list_indexed()
    for word in ("seal", "walrus"):  # 2 x 6 = 12 dead rows > max(3, 8 live)
        for k, p in enumerate(paths[:6]):
            s = json.loads(p.read_text())
            s["prompt"] = f"{word} {s['id']}"
            p.write_text(json.dumps(s))
            os.utime(p, ns=(time.time_ns(), time.time_ns() + 5_000_000 * (k + 1)))
        I.list_indexed()
    res = I.list_indexed(search="walrus")
    assert len(res.items) == 6
    assert I.list_indexed(search="seal").items == []
    db = sqlite3.connect(I.index_path(d))
    assert db.execute("SELECT value FROM meta WHERE key='dead'").fetchone()[0] == "0"
    db.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "old_version", "missing"])
def test_a_missing_damaged_or_old_index_is_rebuilt_silently(damage):
    d = sessions_dir()
    write_sessions(d, 12)
    first = _cli("--json")
    assert first.returncode == 0
    ipath = I.index_path(d)
    if damage == "garbage":
        ipath.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        raw = ipath.read_bytes()
        ipath.write_bytes(raw[: len(raw) // 3])
    elif damage == "old_version":
        db = sqlite3.connect(ipath)
        db.execute("PRAGMA user_version = 1")
        db.commit()
        db.close()
    else:
        ipath.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(ipath) + suffix).unlink(missing_ok=True)
    again = _cli("--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert "Traceback" not in again.stderr and "index" not in again.stderr.lower()


def test_poisoned_and_strange_files_are_skipped_and_reported_never_breaking_the_index(tmp_path):
    d = sessions_dir()
    good = write_sessions(d, 3)
    (d / "broken.json").write_text('{"format": "provtui-session", "version": 1, "runs": [')
    (d / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (d / "list.json").write_text("[1, 2, 3]")
    (d / "foreign.json").write_text('{"hello": "world"}')
    os.mkfifo(d / "fifo.json")
    (d / "zero.json").symlink_to("/dev/zero")
    (d / "dir.json").mkdir()
    out = _cli("--json")
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    items = json.loads(out.stdout)
    assert sorted(it["path"] for it in items) == sorted(str(p) for p in good)
    for name in ("broken.json", "deep.json", "list.json", "foreign.json", "fifo.json",
                 "zero.json"):
        assert name in out.stderr, (name, out.stderr)
    # and the next command still works from the index
    again = _cli("--search", "session")
    assert again.returncode == 0 and "Traceback" not in again.stderr


def test_two_processes_listing_while_files_change_never_corrupt_the_index():
    d = sessions_dir()
    write_sessions(d, 300)
    procs = [subprocess.Popen([sys.executable, "-m", "provtui", "sessions", "list", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    write_sessions(d, 50, start=1000)  # while they build
    outs = [p.communicate(timeout=180) for p in procs]
    for p, (o, e) in zip(procs, outs):
        assert p.returncode == 0, e
        assert "Traceback" not in e
        assert 300 <= len(json.loads(o)) <= 350
    final = _cli("--json")
    assert len(json.loads(final.stdout)) == 350
    db = sqlite3.connect(I.index_path(d))
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 350
    db.close()


def test_a_live_journal_is_listed_in_progress_and_as_recovered_once_its_writer_is_gone():
    from provtui.core.events import SessionStarted
    from provtui.core.session import Journal, session_paths

    final, jpath = session_paths("20260101-000000-abcd")
    final.parent.mkdir(parents=True, exist_ok=True)
    j = Journal(jpath)
    j.write(SessionStarted(run=-1, t=0.0, session_id="20260101-000000-abcd",
                           wall="2026-01-01T00:00:00Z", prompt="live one", system=None,
                           mcp_servers=(), params={}))
    j.flush()
    try:
        res = I.list_indexed()
        assert [it.get("in_progress") for it in res.items] == [True]
    finally:
        j.close()
    if jpath.exists():
        res = I.list_indexed()
        assert res.items and not res.items[0].get("in_progress")
        assert res.items[0]["recovered"] is True


def _userns_available() -> bool:
    if not shutil.which("unshare"):
        return False
    r = subprocess.run(["unshare", "-Urm", "true"], capture_output=True)
    return r.returncode == 0


@pytest.mark.skipif(not _userns_available(),
                    reason="SKIPPED LOUDLY: unprivileged user+mount namespaces are unavailable, "
                           "so a read-only data directory cannot be made for root")
def test_a_read_only_data_dir_still_lists_without_writing_an_index():
    d = sessions_dir()
    write_sessions(d, 4)
    data = d.parent
    script = (f"mount --bind {data} {data} && mount -o remount,ro,bind {data} && "
              f"{sys.executable} -m provtui sessions list --json")
    out = subprocess.run(["unshare", "-Urm", "sh", "-c", script], capture_output=True,
                         text=True, timeout=120, env=os.environ.copy())
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)) == 4
    assert "read-only" in out.stderr
    assert not I.index_path(d).exists()


def test_the_first_build_says_so_in_a_progress_line(monkeypatch):
    write_sessions(sessions_dir(), 5)
    lines: list[str] = []
    t = iter([0.0] + [10.0] * 100)
    monkeypatch.setattr(I.time, "monotonic", lambda: next(t))
    I.list_indexed(progress=lines.append)
    assert lines and lines[-1].startswith("indexing sessions: 5/5")
    lines.clear()
    I.list_indexed(progress=lines.append)  # nothing changed: nothing said
    assert lines == []
