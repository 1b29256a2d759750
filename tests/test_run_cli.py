"""`provtui run` end to end in a subprocess: scripted providers on loopback, the bundled EV
MCP server, and the session file checked against CONTRACT §3 field by field."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


from transcript_server import Reply, Sleep, TranscriptServer

SECRET = "sk-or-v1-THIS-IS-A-FAKE-SECRET-0123456789"

RUN_KEYS = {"target", "provider", "model", "repeat_index", "status", "error", "text",
            "reasoning", "tool_calls", "turns", "metrics", "timeline", "words", "findings",
            "checks"}
TURN_KEYS = {"content", "reasoning", "tool_call_ids", "finish_reason", "usage", "ttft_s",
             "duration_s", "served_by", "response_model", "system_fingerprint", "request",
             "response_headers"}
CALL_KEYS = {"id", "name", "arguments", "arguments_valid", "result", "is_error", "duration_s"}
METRIC_KEYS = {"ttft_s", "total_s", "output_tokens", "output_tokens_estimated", "tokens_per_s"}
ERROR_KEYS = {"kind", "message", "http_status", "retry_after_s", "context_limit"}


def write_config(tmp_path: Path, urls: dict[str, str]) -> Path:
    lines = []
    for name, url in urls.items():
        lines += [f'[providers.{name}]', f'base_url = "{url}"', 'api_key_env = "PROVTUI_FAKE_KEY"', "",
                  f'[targets.{name}-t]', f'provider = "{name}"', 'model = "nvidia/nano:30b"', ""]
    lines += ["[mcp_servers.ev]", f'command = "{sys.executable}"',
              'args = ["-m", "provtui.demo.ev_server"]']
    p = tmp_path / "config.toml"
    p.write_text("\n".join(lines))
    return p


def provtui(*args: str, env: dict[str, str], **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=180, **kw)


def test_run_writes_a_contract_session(tmp_path: Path) -> None:
    usage = {"prompt_tokens": 50, "completion_tokens": 9, "total_tokens": 59}
    with TranscriptServer.in_thread() as srv:
        explorer = srv.add(
            Reply.tool_call_stream([{"name": "list_vehicles", "arguments": {}}],
                                   headers=[("Content-Type", "text/event-stream"),
                                            ("x-request-id", "req-1"),
                                            ("Set-Cookie", f"session={SECRET}")]),
            Reply.text_stream(["Waves whispered secrets to wandering soulsbeneath ",
                               "endless blue horizons of mystery."], usage=usage,
                              reasoning=["Thinking about waves."]),
        )
        broken = srv.add(Reply.json_body(400, {"error": {
            "message": "This model's maximum context length is 34000 tokens. However, you "
                       "requested 41234 tokens.", "code": "context_length_exceeded"}},
            headers=[("x-request-id", "req-failed-7")]))
        cfg = write_config(tmp_path, {"good": explorer, "small": broken})
        out = tmp_path / "copy.json"
        r = provtui("run", "--config", str(cfg), "-t", "good-t", "-t", "small-t", "--mcp", "ev",
                    "--expect-words", "12", "--expect-tools", "list_vehicles,get_battery_health",
                    "--param", "temperature=0.2", "-o", str(out), "--json",
                    "Write a 12-word sentence about the ocean.",
                    env={"PROVTUI_FAKE_KEY": SECRET, "PROVTUI_DATA_DIR": str(tmp_path / "data")})
        auth_headers = [{k.lower(): v for k, v in req.headers.items()}.get("authorization")
                        for route in srv.routes.values() for req in route.requests]
    assert r.returncode == 0, r.stderr
    assert f"Bearer {SECRET}" in auth_headers  # the key was really sent...
    session = json.loads(r.stdout)
    assert json.loads(out.read_text()) == session
    saved = list((tmp_path / "data" / "sessions").glob("*.json"))
    assert len(saved) == 1 and session["id"] in saved[0].name
    assert session["id"] in r.stderr and str(saved[0]) in r.stderr

    assert session["format"] == "provtui-session" and session["version"] == 1
    assert session["prompt"] == "Write a 12-word sentence about the ocean."
    assert session["mcp_servers"] == ["ev"] and session["params"] == {"temperature": 0.2}
    assert session["created_at"].endswith("Z")
    good, small = session["runs"]
    for run in (good, small):
        assert RUN_KEYS <= set(run), RUN_KEYS - set(run)
        assert METRIC_KEYS <= set(run["metrics"])
        assert run["provider"] in ("good", "small") and run["model"] == "nvidia/nano:30b"
    assert good["target"] == "good-t" and good["status"] == "ok" and good["error"] is None
    assert good["text"] == ("Waves whispered secrets to wandering soulsbeneath endless blue "
                            "horizons of mystery.")
    assert good["reasoning"] == "Thinking about waves."
    assert good["words"] == 11
    glued = [f for f in good["findings"] if f["kind"] == "glued_words"]
    assert glued and glued[0]["text"] == "soulsbeneath" and glued[0]["suggestion"] == "souls beneath"
    assert good["text"][glued[0]["start"]:glued[0]["end"]] == "soulsbeneath"
    checks = {c["name"]: c for c in good["checks"]}
    assert checks["words"]["passed"] is False and "11" in checks["words"]["detail"]
    assert checks["tools"]["passed"] is False and "1/2" in checks["tools"]["detail"]
    (call,) = good["tool_calls"]
    assert CALL_KEYS <= set(call) and call["name"] == "list_vehicles"
    assert call["arguments"] == {} and call["arguments_valid"] is True and not call["is_error"]
    assert len(good["turns"]) == 2
    for turn in good["turns"]:
        assert TURN_KEYS <= set(turn), TURN_KEYS - set(turn)
    t0, t1 = good["turns"]
    assert t0["tool_call_ids"] == [call["id"]] and t0["finish_reason"] == "tool_calls"
    assert t1["usage"]["completion_tokens"] == 9 and t1["finish_reason"] == "stop"
    assert t0["request"]["model"] == "nvidia/nano:30b" and t0["request"]["tools"]
    assert t0["response_headers"].get("x-request-id") == "req-1"
    assert not any(k.lower() == "set-cookie" for k in t0["response_headers"])
    m = good["metrics"]
    assert 0 < m["ttft_s"] <= m["total_s"]
    assert good["timeline"] and {c for _, c, _ in good["timeline"]} <= {"r", "c", "t"}
    assert small["status"] == "error"
    assert ERROR_KEYS <= set(small["error"])
    assert small["error"]["kind"] == "context_length" and small["error"]["context_limit"] == 34000
    assert small["error"]["http_status"] == 400
    # the id a provider asks for in a bug report is kept for the failed request too
    assert small["turns"][0]["extra"]["x_request_id"] == "req-failed-7"

    # The key never appears in anything provtui wrote or printed.
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(errors="replace"), path
    assert SECRET not in out.read_text() and SECRET not in r.stdout and SECRET not in r.stderr


def test_ctrl_c_saves_the_partial_session_and_exits_130(tmp_path: Path) -> None:
    first = {"choices": [{"index": 0, "delta": {"content": "partial answer "}}]}
    with TranscriptServer.in_thread() as srv:
        slow = srv.add(Reply(steps=[f"data: {json.dumps(first)}\n\n".encode(), Sleep(60.0)]))
        cfg = write_config(tmp_path, {"slow": slow})
        env = {**os.environ, "PROVTUI_FAKE_KEY": "k", "PROVTUI_DATA_DIR": str(tmp_path / "data")}
        proc = subprocess.Popen([sys.executable, "-m", "provtui", "run", "--config", str(cfg),
                                 "-t", "slow-t", "hello"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        journal = None
        while time.monotonic() < deadline:
            found = list((tmp_path / "data" / "sessions").glob("*.journal.jsonl"))
            if found and "partial answer" in found[0].read_text():
                journal = found[0]
                break
            time.sleep(0.1)
        assert journal is not None, "the journal never showed the streamed text"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    (saved,) = [p for p in (tmp_path / "data" / "sessions").glob("*.json")]
    session = json.loads(saved.read_text())
    run = session["runs"][0]
    assert run["status"] == "cancelled" and run["text"] == "partial answer "
    assert not journal.exists(), "the journal is removed once the final file is written"


def test_sessions_list_show_export_rm_round_trip(tmp_path: Path) -> None:
    env = {"PROVTUI_FAKE_KEY": "k", "PROVTUI_DATA_DIR": str(tmp_path / "data")}
    with TranscriptServer.in_thread() as srv:
        url = srv.add(Reply.text_stream(["The ocean ", "is wide."]))
        cfg = write_config(tmp_path, {"p": url})
        r = provtui("run", "--config", str(cfg), "-t", "p-t", "Hi there", env=env)
    assert r.returncode == 0, r.stderr
    listed = json.loads(provtui("sessions", "list", "--json", env=env).stdout)
    assert len(listed) == 1
    entry = listed[0]
    assert set(entry) >= {"id", "created_at", "prompt", "targets", "path", "recovered"}
    assert entry["prompt"] == "Hi there" and entry["targets"] == ["p-t"]
    shown = json.loads(provtui("sessions", "show", entry["id"], "--json", env=env).stdout)
    assert shown["id"] == entry["id"]
    by_path = json.loads(provtui("sessions", "show", entry["path"], "--json", env=env).stdout)
    assert by_path == shown
    md = tmp_path / "s.md"
    r = provtui("sessions", "export", entry["id"], "--format", "md", "-o", str(md), env=env)
    assert r.returncode == 0 and "p-t" in md.read_text()
    r = provtui("sessions", "rm", entry["id"], env=env)
    assert r.returncode == 0
    assert json.loads(provtui("sessions", "list", "--json", env=env).stdout) == []
    r = provtui("sessions", "show", entry["id"], env=env)
    assert r.returncode == 2 and entry["id"] in r.stderr


def test_analyze_cli_contract() -> None:
    r = subprocess.run([sys.executable, "-m", "provtui", "analyze", "--json"],
                       input="Waves whispered secrets to wandering soulsbeneath endless blue "
                             "horizons of mystery.", capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["words"] == 11
    assert [(f["kind"], f["text"], f["suggestion"]) for f in out["findings"]] == [
        ("glued_words", "soulsbeneath", "souls beneath")]
    assert out["checks"] == []
    r = subprocess.run([sys.executable, "-m", "provtui", "analyze", "--json", "--expect-words", "12"],
                       input="The ocean waves rhythmically crash a soothing sound that calms the soul",
                       capture_output=True, text=True, timeout=60)
    out = json.loads(r.stdout)
    assert out["words"] == 12 and out["findings"] == []
    assert out["checks"][0]["name"] == "words" and out["checks"][0]["passed"] is True


def test_version_is_fast_to_answer() -> None:
    r = subprocess.run([sys.executable, "-m", "provtui", "--version"], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 0 and r.stdout.startswith("provtui ")
