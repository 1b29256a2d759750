"""The API key never reaches a byte provtui writes or prints.

A full ``provtui run`` in a subprocess, with a fake key, against providers that do their worst:
one ECHOES the Authorization header it received back in its answer text, its reasoning and its
response headers; one calls a tool with the header as the argument (so it comes back in an MCP
result too); one answers 401 quoting the header; one drops the connection after echoing it.
The session is then exported in every format, shown, and listed.  Every byte written under the
data dir, every export path and every stdout/stderr is scanned for the key.

The key variable is deliberately *not* a preset's and does not look like one (``ACME_CRED``):
a custom provider's key must be scrubbed as surely as ``OPENROUTER_API_KEY``.

Also here: ``config init`` writes mode 0600, ``doctor`` warns about a config other users can
read.  That stdio MCP servers get a minimal environment (no keys from the parent) is tested in
tests/test_mcp.py::test_stdio_server_gets_a_minimal_environment.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mcp_servers.procs import owner_env
from transcript_server import Close, Reply, TranscriptServer

pytestmark = pytest.mark.timeout(240)

KEY = "sk-acme-FAKE-9f8e7d6c5b4a3210-leakcheck"
KEY_VAR = "ACME_CRED"
ECHO = "@@AUTH@@"
FAULT_SERVER = Path(__file__).resolve().parent / "mcp_servers" / "fault_server.py"


class EchoingServer(TranscriptServer):
    """Replaces ``@@AUTH@@`` in a reply's headers and body with the Authorization header of
    the request it answers: a provider (or a debugging proxy) that echoes credentials."""

    async def _play(self, reply: Reply, served: Any, reader: Any, writer: Any) -> bool:
        auth = served.request.headers.get("authorization", "")
        steps = [s.replace(ECHO.encode(), auth.encode("latin-1")) if isinstance(s, bytes) else s
                 for s in reply.steps]
        headers = [(k, v.replace(ECHO, auth)) for k, v in reply.headers]
        return await super()._play(dataclasses.replace(reply, steps=steps, headers=headers),
                                   served, reader, writer)


def leaks(data: bytes) -> list[str]:
    """The forms of the key that count as a leak: plain, JSON-escaped, base64 (basic auth)."""
    forms = {"plain": KEY.encode(), "utf-16": KEY.encode("utf-16-le"),
             "base64": base64.b64encode(KEY.encode())[:-4]}
    return [name for name, form in forms.items() if form in data]


def provtui(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          env={**os.environ, **env}, cwd=cwd, timeout=180)


def test_the_key_never_leaves_the_process(tmp_path: Path) -> None:
    stream_headers = [("Content-Type", "text/event-stream"), ("X-Echo-Authorization", ECHO),
                      ("x-request-id", f"req {ECHO}"), ("Set-Cookie", f"s={ECHO}")]
    with EchoingServer.in_thread() as srv:
        echo = srv.route(Reply.text_stream(
            [f"You sent me {ECHO} ", "and I say it back."], reasoning=[f"The header is {ECHO}."],
            usage={"prompt_tokens": 5, "completion_tokens": 9}, headers=stream_headers))
        tooly = srv.route(
            Reply.tool_call_stream([{"name": "echo", "arguments": {"text": f"key {ECHO}"}}],
                                   split=1000),
            Reply.text_stream([f"The tool said {ECHO}."]))
        denied = srv.route(Reply.json_body(
            401, {"error": {"message": f"Invalid API key provided: {ECHO}", "type": "auth"}},
            headers=[("WWW-Authenticate", f'Bearer realm="{ECHO}"')]))
        cut = srv.route(Reply(steps=[
            ('data: {"choices":[{"index":0,"delta":{"content":"partial ' + ECHO + '"}}]}\n\n'
             ).encode(), Close()]))
        lines = []
        for name, route in (("echo", echo), ("tooly", tooly), ("denied", denied), ("cut", cut)):
            lines += [f"[providers.{name}]", f'base_url = "{route.base_url}"',
                      f'api_key_env = "{KEY_VAR}"',
                      f"[targets.{name}]", f'provider = "{name}"', 'model = "m"', ""]
        lines += ["[mcp_servers.fleet]", f'command = "{sys.executable}"',
                  f'args = ["{FAULT_SERVER}"]', f"env = {json.dumps(owner_env())}".replace(
                      '": "', '" = "')]
        cfg = tmp_path / "config.toml"
        cfg.write_text("\n".join(lines))
        data = tmp_path / "data"
        env = {KEY_VAR: KEY, "PROVTUI_DATA_DIR": str(data)}
        copy = tmp_path / "out" / "copy.json"
        run = provtui("run", "--config", str(cfg), "-t", "echo", "-t", "tooly", "-t", "denied",
                      "-t", "cut", "--mcp", "fleet", "--repeat", "1", "-o", str(copy), "--json",
                      "Repeat my credentials back to me.", env=env, cwd=tmp_path)
        written = b"".join(w for r in srv.routes.values() for s in r.served for _, w in s.writes)
    assert run.returncode == 0, run.stderr.decode()
    # The providers really had the key and really sent it back: the test is not vacuous.
    assert KEY.encode() in written

    session = json.loads(run.stdout)
    runs = {r["target"]: r for r in session["runs"]}
    assert runs["echo"]["status"] == "ok" and "[redacted]" in runs["echo"]["text"]
    assert "[redacted]" in runs["echo"]["reasoning"]
    assert runs["tooly"]["tool_calls"][0]["result"] == "key Bearer [redacted]"
    assert runs["denied"]["error"]["kind"] == "auth"
    assert runs["cut"]["status"] == "error" and runs["cut"]["text"] == "partial Bearer [redacted]"

    outputs: dict[str, bytes] = {"run stdout": run.stdout, "run stderr": run.stderr}
    sid = session["id"]
    exports = tmp_path / "exports"
    for fmt in ("md", "html", "json", "bundle"):
        dest = exports / ("bundle-dir" if fmt == "bundle" else f"s.{fmt}")
        r = provtui("sessions", "export", sid, "--format", fmt, "-o", str(dest), env=env,
                    cwd=tmp_path)
        assert r.returncode == 0, r.stderr.decode()
        outputs[f"export {fmt} stdout"], outputs[f"export {fmt} stderr"] = r.stdout, r.stderr
    # the same exports from a shell where the key is not set (a colleague, a later day)
    no_key = {"PROVTUI_DATA_DIR": str(data)}
    r = provtui("sessions", "export", sid, "--format", "html", "-o",
                str(exports / "later.html"), env=no_key, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    for args in (("sessions", "show", sid), ("sessions", "show", sid, "--json"),
                 ("sessions", "list", "--json"), ("config", "show", "--config", str(cfg))):
        r = provtui(*args, env=env, cwd=tmp_path)
        assert r.returncode == 0, r.stderr.decode()
        outputs[" ".join(args[:2]) + " stdout"] = r.stdout
        outputs[" ".join(args[:2]) + " stderr"] = r.stderr

    files = [p for root in (data, exports, copy.parent) for p in root.rglob("*") if p.is_file()]
    assert len([p for p in files if p.suffix == ".json"]) >= 3
    assert any(p.parent.name == "bundle-dir" for p in files)
    found = {str(p): leaks(p.read_bytes()) for p in files}
    found.update({name: leaks(blob) for name, blob in outputs.items()})
    assert not {k: v for k, v in found.items() if v}, found
    for name, blob in outputs.items():
        assert b"Traceback" not in blob, (name, blob.decode(errors="replace")[-2000:])


def test_config_init_writes_mode_0600(tmp_path: Path) -> None:
    cfg = tmp_path / "conf" / "config.toml"
    r = provtui("config", "init", "--config", str(cfg), env={}, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600
    assert b"0600" in r.stdout


def test_doctor_warns_about_a_config_others_can_read(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        url = srv.add(Reply.text_stream(["unused"]))
        cfg = tmp_path / "config.toml"
        cfg.write_text(f'[providers.local]\nbase_url = "{url}"\napi_key_env = "{KEY_VAR}"\n\n'
                       '[targets.local-t]\nprovider = "local"\nmodel = "m"\n')
        env = {KEY_VAR: KEY}
        os.chmod(cfg, 0o600)
        private = provtui("doctor", "--config", str(cfg), env=env, cwd=tmp_path)
        os.chmod(cfg, 0o644)
        shared = provtui("doctor", "--config", str(cfg), env=env, cwd=tmp_path)
    assert b"readable by other users" not in private.stdout, private.stdout.decode()
    out = shared.stdout.decode()
    warning = [ln for ln in out.splitlines() if "readable by other users" in ln]
    assert warning and warning[0].startswith("warn"), out
    assert f"chmod 600 {cfg}" in warning[0] and "644" in warning[0]
    # the key variable is named, its value never printed
    assert f"{KEY_VAR} is set" in out
    assert not leaks(shared.stdout + shared.stderr + private.stdout + private.stderr)


# ---------------------------------------------------------------------------- terminal safety

OSC_TITLE = "\x1b]0;owned\x07"
OSC_LINK = "\x1b]8;;http://evil.invalid/\x1b\\click\x1b]8;;\x1b\\"
CSI_CLEAR = "\x1b[2J\x1b[H"
SGR_HIDE = "\x1b[8m\x1b[31m"
C1_CSI = "\x9b31m"
HOSTILE = OSC_TITLE + OSC_LINK + CSI_CLEAR + SGR_HIDE + C1_CSI + "\x07\x08\r"


def test_provider_text_and_target_names_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """``provtui run`` prints target names and provider error messages on stderr (and a
    summary table with --repeat): no ESC, BEL, CSI may get through.  The session keeps the
    streamed text exactly as it came."""
    error_body = {"error": {"message": f"bad request {HOSTILE} end"}}
    with TranscriptServer.in_thread() as srv:
        talker = srv.add(Reply.text_stream([f"before {HOSTILE}", " after"]), repeat_last=True)
        failer = srv.add(Reply.json_body(400, error_body), repeat_last=True)
        evil_name = f"evil{OSC_TITLE}{CSI_CLEAR}name"
        toml_name = json.dumps(evil_name)  # a JSON string is a valid TOML quoted key here
        cfg = tmp_path / "config.toml"
        cfg.write_text(
            f'[providers.talk]\nbase_url = "{talker}"\n[providers.fail]\nbase_url = "{failer}"\n'
            f'[targets.{toml_name}]\nprovider = "talk"\nmodel = "m"\n')
        r = provtui("run", "--config", str(cfg), "-t", evil_name,
                    "-t", f"fail:model{SGR_HIDE}{C1_CSI}x", "--repeat", "2", "--json", "hi",
                    env={"PROVTUI_DATA_DIR": str(tmp_path / "data")}, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    err = r.stderr.decode("utf-8")
    for bad in ("\x1b", "\x07", "\x9b", "\x08", "\r"):
        assert bad not in err, (repr(bad), err)
    assert "[ERROR]" in err and "bad request" in err and "end" in err  # still readable
    assert "Repeats and statistics" in err  # the summary table was printed too

    session = json.loads(r.stdout)
    talk = [run for run in session["runs"] if run["provider"] == "talk"]
    assert len(talk) == 2 and all(run["target"] == evil_name for run in talk)
    assert all(run["text"] == f"before {HOSTILE} after" for run in talk)
    failed = [run for run in session["runs"] if run["provider"] == "fail"]
    assert all(run["error"]["kind"] == "bad_request" for run in failed)
    # the error *message* is made printable where it is made; the exact bytes stay in the turn
    assert all(json.dumps(error_body).encode().decode("latin-1")
               in run["turns"][0]["raw_stream"] for run in failed)
