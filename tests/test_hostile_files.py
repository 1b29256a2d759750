"""Hostile session files and journals (issue 14, items 5-8 and the export part of 17).

Each test writes the file an attacker (or a colleague's broken disk) would send and runs the
real reader: ``provtui sessions ...`` in a subprocess where the failure mode was a hang, a
traceback or a write outside the folder, the command bodies directly elsewhere.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provtui.core import session as S
from provtui.core import sessions_cmd as C
from provtui.core.config import sessions_dir
from provtui.core.events import TextDelta
from provtui.core.export import FORMATS, export_session
from provtui.core.journal import Journal
from test_session import T0, realistic_events


def _io() -> tuple[io.StringIO, io.StringIO]:
    return io.StringIO(), io.StringIO()


def _good() -> dict:
    return json.loads(json.dumps(S.fold_events(realistic_events())))


def provtui(*args: str, cwd: Path | None = None, timeout: float = 60):
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=timeout, env=dict(os.environ))


def _one_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# ---------------------------------------------------------------------------- 5: ids as paths


@pytest.mark.parametrize("evil_id", ["../../escaped", "/tmp/provtui-escaped-abs", "a/../../b"])
def test_export_never_builds_a_path_from_the_session_id(tmp_path: Path, evil_id: str) -> None:
    work = tmp_path / "a" / "b" / "work"
    work.mkdir(parents=True)
    data = _good()
    data["id"] = evil_id
    src = work / "sent-by-someone.json"
    src.write_text(json.dumps(data))
    before = set(tmp_path.rglob("*"))
    abs_target = Path("/tmp/provtui-escaped-abs.md")
    abs_target.unlink(missing_ok=True)
    for fmt in FORMATS:
        r = provtui("sessions", "export", str(src), "--format", fmt, cwd=work)
        assert r.returncode == 0, r.stderr
        written = Path(r.stdout.strip())
        if not written.is_absolute():
            written = work / written
        assert written.resolve().parent == work.resolve(), written
    new = set(tmp_path.rglob("*")) - before
    assert all(work in p.parents for p in new), new
    assert not abs_target.exists()


def test_loaded_session_with_a_path_id_gets_the_file_name_as_id(tmp_path: Path) -> None:
    data = _good()
    data["id"] = "../../x"
    p = tmp_path / "mine.json"
    p.write_text(json.dumps(data))
    s = S.load_session(str(p))
    assert s["id"] == "mine"
    assert any("session.id" in r for r in s["load_repairs"])


# ---------------------------------------------------------------------------- 6: rm


def test_rm_refuses_a_file_that_only_has_the_journal_suffix(tmp_path: Path) -> None:
    notes = tmp_path / "notes.journal.jsonl"
    notes.write_text("my precious notes\nsecond line\n")
    out, err = _io()
    assert C.cmd_rm(str(notes), out, err) == 2
    assert notes.exists()
    assert "not a provtui session" in err.getvalue()
    # ... and a JSON file of the right name beside a real session is not taken as its journal
    real = tmp_path / "20261125-193012-ab12.json"
    real.write_text(json.dumps(_good()))
    fake_journal = tmp_path / f"20261125-193012-ab12{S.JOURNAL_SUFFIX}"
    fake_journal.write_text('{"not": "an event"}\n{"also": "not"}\n')
    out, err = _io()
    assert C.cmd_rm(str(real), out, err) == 0, err.getvalue()
    assert not real.exists() and fake_journal.exists()


def test_rm_removes_a_real_journal_outside_the_sessions_dir(tmp_path: Path) -> None:
    path = tmp_path / f"20261125-193012-ab12{S.JOURNAL_SUFFIX}"
    with Journal(path) as j:
        for e in realistic_events()[:20]:
            j.write(e)
    out, err = _io()
    assert C.cmd_rm(str(path), out, err) == 0, err.getvalue()
    assert not path.exists()


def test_rm_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    out, err = _io()
    assert C.cmd_rm(str(fifo), out, err) == 2
    assert fifo.exists()


# ---------------------------------------------------------------------------- 7: poison

DEEP = b"[" * 100_000 + b"]" * 100_000


def _poisoned() -> dict[str, bytes]:
    files: dict[str, bytes] = {"deep": DEEP, "bigint": b'{"format": "provtui-session", '
                               b'"version": 1, "runs": [], "prompt": ' + b"7" * 5000 + b"}"}
    deep_in_field = _good()
    files["deep-in-field"] = json.dumps(deep_in_field).replace(
        '"params": {', '"params": {"x": ' + "[" * 900 + "]" * 900 + ",", 1).encode()
    for field, value in [("metrics", "x"), ("repeat_index", "3"), ("text", 5),
                         ("checks", ["x"]), ("findings", [1, {"start": "a"}]),
                         ("tool_calls", {"a": 1}), ("turns", [{"served_by": ["x"]}]),
                         ("error", "boom"), ("timeline", [[1, 2]])]:
        data = _good()
        for run in data["runs"]:
            run[field] = value
        files[f"{field}"] = json.dumps(data).encode()
    data = _good()
    data["runs"] = [5, "x", None]
    data["prompt"] = {"a": 1}
    data["mcp_servers"] = "ev"
    files["top"] = json.dumps(data).encode()
    return files


def test_one_poisoned_file_does_not_break_sessions_list(tmp_path: Path) -> None:
    d = sessions_dir()
    d.mkdir(parents=True)
    S.save_session(_good())
    for name, raw in _poisoned().items():
        (d / f"poison-{name}.json").write_bytes(raw)
    r = provtui("sessions", "list")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert "20261125-193012-ab12" in r.stdout
    assert r.stderr.count("poison-deep.json") == 1 and r.stderr.count("poison-bigint.json") == 1
    for line in r.stderr.splitlines():
        assert line.startswith("provtui: file "), line


@pytest.mark.parametrize("name", list(_poisoned()))
def test_show_and_every_export_of_a_poisoned_file(tmp_path: Path, name: str) -> None:
    p = tmp_path / f"poison-{name}.json"
    p.write_bytes(_poisoned()[name])
    out, err = _io()
    code = C.cmd_show(str(p), False, out, err)
    if code != 0:  # unreadable: one line, exit 2
        assert code == 2 and err.getvalue().count("\n") == 1, err.getvalue()
        return
    for fmt in FORMATS:
        out, err = _io()
        assert C.cmd_export(str(p), fmt, str(tmp_path / f"out-{fmt}"), out, err) == 0, \
            err.getvalue()
    out, err = _io()
    assert C.cmd_show(str(p), True, out, err) == 0


def test_cli_show_export_and_replay_of_a_deep_file_say_one_line(tmp_path: Path) -> None:
    p = tmp_path / "deep.json"
    p.write_bytes(DEEP)
    for args in (["sessions", "show", str(p)],
                 ["sessions", "export", str(p), "--format", "md", "-o", str(tmp_path / "x.md")],
                 ["run", "--tool-replay", str(p), "-t", "openai:gpt-x", "hi"]):
        r = provtui(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert "nested too deeply" in _one_line(r.stderr)


@pytest.mark.parametrize("line", [
    DEEP,
    b'{"e":"SessionStarted","run":-1,"t":' + b"9" * 5000 + b'}',
    b'{"e":"TextDelta","run":0,"t":1.0,"turn":0,"text":5}',
    b'{"e":"RunQueued","run":"zero","t":1.0,"target":["x"],"provider":1,"model":2}',
], ids=["deep", "bigint", "text-int", "wrong-types"])
def test_a_poisoned_leftover_journal_is_set_aside_and_run_starts(tmp_path: Path,
                                                                 line: bytes) -> None:
    d = sessions_dir()
    d.mkdir(parents=True)
    from provtui.core.events import to_json

    good = [json.dumps(to_json(e)).encode() for e in realistic_events()[:3]]
    bad = d / f"20261125-193012-dead{S.JOURNAL_SUFFIX}"
    bad.write_bytes(b"\n".join(good + [line, *good[1:]]) + b"\n")
    # `provtui run` recovers journals first; a provider nobody listens on ends the run fast
    cfg = tmp_path / "config.toml"
    cfg.write_text('[providers.p]\nbase_url = "http://127.0.0.1:9/v1"\n'
                   '[targets.t]\nprovider = "p"\nmodel = "m"\n')
    r = subprocess.run([sys.executable, "-m", "provtui", "run", "--config", str(cfg), "-t", "t",
                        "hi"], capture_output=True, text=True, timeout=60, env=dict(os.environ))
    assert "Traceback" not in r.stderr, r.stderr
    assert "saved session" in r.stderr, r.stderr
    left = sorted(p.name for p in d.iterdir())
    recovered = (d / "20261125-193012-dead.json")
    assert bad.with_name(bad.name + ".corrupt").exists() or recovered.exists(), left


SAMPLE_FIELDS = ["id", "created_at", "prompt", "system", "mcp_servers", "params", "runs",
                 "recovered", "run.target", "run.provider", "run.model", "run.repeat_index",
                 "run.status", "run.error", "run.text", "run.reasoning", "run.tool_calls",
                 "run.turns", "run.metrics", "run.timeline", "run.words", "run.findings",
                 "run.checks", "run.attempts", "run.notices", "run.asked_user",
                 "turn.served_by", "turn.request", "turn.usage", "turn.response_headers",
                 "turn.finish_reason", "call.name", "call.arguments", "call.result",
                 "call.is_error", "call.duration_s", "metrics.ttft_s", "metrics.output_tokens",
                 "finding.start", "finding.text", "check.passed", "check.name",
                 "error.kind", "error.http_status"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20)
    | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids,
                                                                max_size=4),
    max_leaves=12)


def _first(value):
    return value[0] if isinstance(value, list) and value else value


def _poke(data: dict, field: str, value) -> None:
    """Put ``value`` at ``field``; a field whose container an earlier poke replaced is skipped."""
    if "." not in field:
        data[field] = value
        return
    scope, key = field.split(".")
    run = _first(data.get("runs"))
    holder = {"run": run,
              "turn": _first(run.get("turns")) if isinstance(run, dict) else None,
              "call": _first(run.get("tool_calls")) if isinstance(run, dict) else None,
              "metrics": run.get("metrics") if isinstance(run, dict) else None,
              "finding": _first(run.get("findings")) if isinstance(run, dict) else None,
              "check": _first(run.get("checks")) if isinstance(run, dict) else None,
              "error": run.get("error") if isinstance(run, dict) else None}[scope]
    if isinstance(holder, dict):
        holder[key] = value


BASE = None


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(st.sampled_from(SAMPLE_FIELDS), min_size=1, max_size=3),
       value=json_values)
def test_fuzz_any_json_in_any_field_gives_a_session_or_session_error(
        tmp_path: Path, fields: list[str], value) -> None:
    global BASE
    if BASE is None:
        BASE = _good()
        BASE["runs"][0]["findings"] = [{"kind": "glued_words", "start": 0, "end": 3,
                                        "text": "abc", "suggestion": "a bc"}]
        BASE["runs"][0]["checks"] = [{"name": "words", "passed": False, "detail": "x"}]
        BASE["runs"][0]["error"] = {"kind": "network", "message": "m", "http_status": None,
                                    "retry_after_s": None, "context_limit": None}
    data = json.loads(json.dumps(BASE))
    for field in fields:
        _poke(data, field, json.loads(json.dumps(value)))
    p = tmp_path / "fuzz.json"
    p.write_text(json.dumps(data))
    try:
        s = S.load_session(str(p))
    except S.SessionError:
        return
    out, err = _io()
    assert C.cmd_show(str(p), False, out, err) == 0
    from provtui.core.export import export_html, export_json, export_markdown
    from provtui.core.replay import ReplayHub

    export_markdown(s)
    export_html(s)
    export_json(s)
    export_session(s, "bundle", tmp_path / "bundle")
    tools = asyncio.run(ReplayHub(s).tools_for("t"))
    tools.openai_tools()
    for call in [c for r in s["runs"][:1] for c in r.get("tool_calls") or []]:
        tools.validate(call.get("name", ""), call.get("arguments"))
        asyncio.run(tools.call(call.get("name", ""), call.get("arguments")))


# ---------------------------------------------------------------------------- 8: non-files


@pytest.mark.timeout(60)
def test_a_fifo_and_a_link_to_dev_zero_do_not_hang_or_fill_memory(tmp_path: Path) -> None:
    d = sessions_dir()
    d.mkdir(parents=True)
    S.save_session(_good())
    os.mkfifo(d / "x.json")
    os.mkfifo(d / f"y{S.JOURNAL_SUFFIX}")
    (d / "zero.json").symlink_to("/dev/zero")
    r = provtui("sessions", "list", timeout=30)
    assert r.returncode == 0, r.stderr
    assert "20261125-193012-ab12" in r.stdout
    assert "x.json is a FIFO, not a regular file; skipped" in r.stderr
    assert "zero.json is a character device" in r.stderr
    for name in ("x.json", "zero.json"):
        r = provtui("sessions", "show", str(d / name), timeout=30)
        assert r.returncode == 2
        assert "not a regular file" in _one_line(r.stderr)


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path,
                                                           monkeypatch) -> None:
    from provtui.core import session_store

    monkeypatch.setattr(session_store, "MAX_SESSION_FILE_BYTES", 1000)
    p = tmp_path / "big.json"
    p.write_text(json.dumps(_good()))
    with pytest.raises(S.SessionError, match="over the 0 MiB limit|limit for a session file"):
        S.load_session(str(p))


# ---------------------------------------------------------------------------- 17: exports

ESC_TEXT = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b31m \x07bell\rover"


def test_every_export_is_free_of_terminal_control_sequences(tmp_path: Path) -> None:
    events = realistic_events()
    events.append(TextDelta(run=0, t=T0 + 0.6, turn=0, text=ESC_TEXT))
    s = S.fold_events(sorted(events, key=lambda e: e.t))
    for run in s["runs"]:
        for call in run.get("tool_calls") or []:
            call["result"] = ESC_TEXT
    for fmt in FORMATS:
        path = export_session(s, fmt, tmp_path / f"out-{fmt}")
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for f in files:
            if f.name.startswith("response_stream"):
                continue  # the raw bytes as received, documented as such
            text = f.read_text(encoding="utf-8")
            for bad in ("\x1b", "\x07", "\x9b", "\r"):
                assert bad not in text, (f, bad)
    assert "red" in (tmp_path / "out-md").read_text()
    json.loads((tmp_path / "out-json").read_text())  # still exact JSON, escaped


def test_show_of_a_live_session_says_it_is_in_progress(tmp_path: Path) -> None:
    sid = "20261125-193012-ab12"
    path = S.session_paths(sid)[1]
    with Journal(path) as j:  # held open (flock'ed) as a running provtui does
        for e in realistic_events()[:12]:
            j.write(e)
        j.flush()
        out, err = _io()
        assert C.cmd_show(sid, False, out, err) == 0
        assert "in progress" in err.getvalue()
        assert "recovered" not in err.getvalue() + out.getvalue()
        assert "[in progress" in out.getvalue()
