"""A key streamed in pieces never reaches a byte provtui writes or prints (issue 14 item 3).

A hostile loopback provider sends the key split across deltas ("sk-l", "ive-XY", ...) in the
answer, in the reasoning and in a tool call's arguments, and a whole key split across network
chunks in the raw bytes.  ``provtui run`` runs as a real subprocess:

* to completion, then the session is shown and exported in every format;
* and again, SIGKILLed mid-stream once the journal holds the pieces; ``sessions show`` of the
  live session is read first; then, with the key variable UNSET, the journal is shown,
  exported and recovered by the next ``provtui run``.

Every byte written under the data dir and every export, stdout and stderr is searched for the
key: plain, JSON-escaped, UTF-16 and base64, and for a long middle part of it.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mcp_servers.procs import owner_env
from transcript_server import Reply, Sleep, Stall, TranscriptServer

pytestmark = [pytest.mark.timeout(240),
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")]

KEY = "sk-live-XYZ1234567890abcdefLEAKCHECK"
PIECES = ["sk-l", "ive-XY", "Z123456", "7890ab", "cdefLEAK", "CHECK"]
KEY_VAR = "ACME_STREAM_CRED"  # not credential-shaped: only the config's api_key_env names it
FAULT_SERVER = Path(__file__).resolve().parent / "mcp_servers" / "fault_server.py"
MARK = "AFTER-THE-KEY"


def leaks(data: bytes) -> list[str]:
    forms = {"plain": KEY.encode(), "json": json.dumps(KEY).encode()[1:-1],
             "utf-16": KEY.encode("utf-16-le"), "base64": base64.b64encode(KEY.encode())[:-4],
             "middle": KEY[4:-4].encode()}
    return [name for name, form in forms.items() if form in data]


def _chunk(delta: dict, finish: str | None = None) -> bytes:
    body = {"id": "c1", "object": "chat.completion.chunk", "created": 1764100000,
            "model": "m", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(body)}\n\n".encode()


def hostile_steps(*, finish: bool) -> list:
    steps: list = [_chunk({"role": "assistant", "content": ""})]
    steps += [_chunk({"reasoning_content": p}) for p in ["I recall ", *PIECES, " from you."]]
    steps += [_chunk({"content": p}) for p in ["Your key: ", *PIECES, " (said twice) "]]
    # one event holding the whole key, written in three network chunks cut inside the key:
    # the raw stream gets it in pieces while the text delta has it whole
    whole = _chunk({"content": f"raw {KEY} raw "})
    at = whole.index(KEY.encode())
    steps += [whole[:at + 5], Sleep(0.05), whole[at + 5:at + 17], Sleep(0.05), whole[at + 17:]]
    steps.append(_chunk({"tool_calls": [{"index": 0, "id": "call_k1", "type": "function",
                                         "function": {"name": "echo", "arguments": ""}}]}))
    args = json.dumps({"text": f"k={KEY}"})
    steps += [_chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[i:i + 4]}}]})
              for i in range(0, len(args), 4)]
    steps.append(_chunk({"content": f" {MARK} "}))
    if finish:
        steps += [_chunk({}, "tool_calls"), b"data: [DONE]\n\n"]
    else:
        steps.append(Stall())
    return steps


def provtui(*args: str, env: dict[str, str], cwd: Path, **kw) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          env=env, cwd=cwd, timeout=120, **kw)


def _config(tmp_path: Path, routes: dict[str, str]) -> Path:
    lines = []
    for name, url in routes.items():
        key = [] if name == "quick" else [f'api_key_env = "{KEY_VAR}"']
        lines += [f"[providers.{name}]", f'base_url = "{url}"', *key, "read_timeout_s = 60", f"[targets.{name}]", f'provider = "{name}"',
                  'model = "m"', ""]
    lines += ["[mcp_servers.fleet]", f'command = "{sys.executable}"',
              f'args = ["{FAULT_SERVER}"]',
              "env = { " + ", ".join(f'{k} = "{v}"' for k, v in owner_env().items()) + " }"]
    cfg = tmp_path / "config.toml"
    cfg.write_text("\n".join(lines))
    cfg.chmod(0o600)
    return cfg


def _scan(roots: list[Path], outputs: dict[str, bytes]) -> dict[str, list[str]]:
    found = {str(p): leaks(p.read_bytes()) for root in roots if root.exists()
             for p in root.rglob("*") if p.is_file()}
    found.update({name: leaks(blob) for name, blob in outputs.items()})
    return {k: v for k, v in found.items() if v}


def test_a_key_in_pieces_is_scrubbed_everywhere_even_after_sigkill(tmp_path: Path) -> None:
    base_env = {k: v for k, v in os.environ.items() if k != KEY_VAR}
    data = tmp_path / "data"
    with_key = {**base_env, KEY_VAR: KEY, "PROVTUI_DATA_DIR": str(data)}
    no_key = {**base_env, "PROVTUI_DATA_DIR": str(data)}
    outputs: dict[str, bytes] = {}
    exports = tmp_path / "exports"
    with TranscriptServer.in_thread() as srv:
        talk = srv.route(Reply(steps=hostile_steps(finish=True)),
                         Reply.text_stream(["The tool answered; done."]))
        hang = srv.route(Reply(steps=hostile_steps(finish=False)))
        quick = srv.route(Reply.text_stream(["fine"]), repeat_last=True)
        cfg = _config(tmp_path, {"talk": talk.base_url, "hang": hang.base_url,
                                 "quick": quick.base_url})

        # 1. a run that finishes
        r = provtui("run", "--config", str(cfg), "-t", "talk", "--mcp", "fleet", "--json",
                    "-o", str(tmp_path / "copy" / "s.json"), "Tell me my key.", env=with_key,
                    cwd=tmp_path)
        written = b"".join(w for s in talk.served for _, w in s.writes)
        assert KEY.encode() in written, ("the provider did not send the key: vacuous test; "
                                         + r.stderr.decode()[-2000:])
        assert r.returncode == 0, r.stderr.decode()
        outputs["run stdout"], outputs["run stderr"] = r.stdout, r.stderr
        session = json.loads(r.stdout)
        run = session["runs"][0]
        assert run["status"] == "ok", run["error"]
        # scrubbed, not lost: the text around the key is all there
        assert "Your key: [redacted] (said twice) raw [redacted] raw" in run["turns"][0]["content"]
        assert run["reasoning"] == "I recall [redacted] from you."
        assert run["tool_calls"][0]["arguments"] == {"text": "k=[redacted]"}
        assert "[redacted]" in run["turns"][0]["raw_stream"]
        sid = session["id"]
        for fmt in ("md", "html", "json", "bundle"):
            dest = exports / ("bundle-dir" if fmt == "bundle" else f"s.{fmt}")
            e = provtui("sessions", "export", sid, "--format", fmt, "-o", str(dest),
                        env=with_key, cwd=tmp_path)
            assert e.returncode == 0, e.stderr.decode()
            outputs[f"export {fmt}"] = e.stdout + e.stderr
        shown = provtui("sessions", "show", sid, env=with_key, cwd=tmp_path)
        outputs["show finished"] = shown.stdout + shown.stderr

        # 2. a run killed mid-stream once the journal holds the pieces
        proc = subprocess.Popen([sys.executable, "-m", "provtui", "run", "--config", str(cfg),
                                 "-t", "hang", "--json", "Tell me my key again."],
                                env=with_key, cwd=tmp_path, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        try:
            sessions = data / "sessions"
            deadline = time.monotonic() + 60
            journal = None
            while time.monotonic() < deadline:
                found = list(sessions.glob("*.journal.jsonl")) if sessions.exists() else []
                if found and MARK.encode() in found[0].read_bytes():
                    journal = found[0]
                    break
                time.sleep(0.05)
            assert journal is not None, "the journal never got past the key"
            hang_sid = journal.name[: -len(".journal.jsonl")]
            live = provtui("sessions", "show", hang_sid, env=with_key, cwd=tmp_path)
            outputs["show live"] = live.stdout + live.stderr
            assert live.returncode == 0, live.stderr.decode()
            assert b"[redacted]" in live.stdout
        finally:
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate(timeout=30)
        outputs["killed run stdout"], outputs["killed run stderr"] = out, err
        assert journal.exists(), "SIGKILL left no journal: nothing to recover"
        # the journal as the crash left it (recovery below replaces it with a session file)
        outputs["journal after SIGKILL"] = journal.read_bytes()
        assert b"[redacted]" in outputs["journal after SIGKILL"]

        # 3. later, in a shell without the key: show, export and recover the killed session
        for args in (("sessions", "show", hang_sid), ("sessions", "show", hang_sid, "--json"),
                     ("sessions", "export", hang_sid, "--format", "json", "-o",
                      str(exports / "killed.json"))):
            k = provtui(*args, env=no_key, cwd=tmp_path)
            assert k.returncode == 0, k.stderr.decode()
            outputs[" ".join(args[:3])] = k.stdout + k.stderr
        again = provtui("run", "--config", str(cfg), "-t", "quick", "hi", env=no_key,
                        cwd=tmp_path)
        outputs["recovering run"] = again.stdout + again.stderr
        assert again.returncode == 0, again.stderr.decode()
        assert b"recovered an interrupted session" in again.stderr
    recovered = json.loads((data / "sessions" / f"{hang_sid}.json").read_text())
    assert recovered["recovered"] is True
    turn = recovered["runs"][0]["turns"][0]
    assert turn["content"].startswith("Your key: [redacted] (said twice) raw [redacted] raw")
    assert MARK in turn["content"]
    assert turn["partial_tool_calls"][0]["arguments"] == json.dumps({"text": "k=[redacted]"})
    assert "[redacted]" in turn["raw_stream"]

    leaked = _scan([data, exports, tmp_path / "copy"], outputs)
    assert not leaked, leaked
    for name, blob in outputs.items():
        assert b"Traceback" not in blob, (name, blob.decode(errors="replace")[-2000:])
