"""`provtui doctor` and `provtui probe` print provider error text: it must never carry the key
or drive the terminal (issue 14 items 1, 2 and 17).

A hostile loopback provider answers GET /models (doctor) and the chat requests (probe) with
401/400/429/500 bodies that quote the Authorization header back, with ESC and 8-bit CSI
(U+009B) sequences in the message; another drips its /models answer slower than doctor waits.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from transcript_server import Reply, TranscriptServer

KEY = "sk-doctor-ECHO-5f4e3d2c1b0a99887766"
KEY_VAR = "ACME_DOCTOR_CRED"
ECHO = "@@AUTH@@"
HOSTILE = "\x1b]0;owned\x07\x9b31m\x1b[2J\x9d8;;x\x07"


class EchoingServer(TranscriptServer):
    """Puts the request's Authorization header where a reply says ``@@AUTH@@``, and answers
    GET /models with the route's replies too (the transcript server's own list otherwise)."""

    async def _respond(self, req: Any, reader: Any, writer: Any) -> bool:
        if req.method == "GET":
            req = dataclasses.replace(req, method="POST")
        return await super()._respond(req, reader, writer)

    async def _play(self, reply: Any, served: Any, reader: Any, writer: Any) -> bool:
        auth = served.request.headers.get("authorization", "")
        steps = [s.replace(ECHO.encode(), auth.encode("latin-1")) if isinstance(s, bytes) else s
                 for s in reply.steps]
        return await super()._play(dataclasses.replace(reply, steps=steps), served, reader,
                                   writer)


def leaks(data: bytes) -> list[str]:
    forms = {"plain": KEY.encode(), "utf-16": KEY.encode("utf-16-le"),
             "base64": base64.b64encode(KEY.encode())[:-4], "middle": KEY[5:-5].encode()}
    return [name for name, form in forms.items() if form in data]


def provtui(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          env={**os.environ, **env}, timeout=180)


def _error(status: int) -> Reply:
    body = {"error": {"message": f"Incorrect API key provided: {ECHO} {HOSTILE} (HTTP {status})",
                      "type": "invalid_request_error"}}
    return Reply.json_body(status, body)


def test_doctor_never_prints_an_echoed_key_or_a_control_sequence(tmp_path: Path) -> None:
    with EchoingServer.in_thread() as srv:
        routes = {status: srv.route(_error(status), repeat_last=True)
                  for status in (401, 400, 429, 500)}
        slow = srv.route(Reply.json_body(200, {"data": [{"id": "m"}] * 50}, drip_bps=20),
                         repeat_last=True)
        lines = []
        for status, route in routes.items():
            lines += [f"[providers.p{status}]", f'base_url = "{route.base_url}"',
                      f'api_key_env = "{KEY_VAR}"', f"[targets.t{status}]",
                      f'provider = "p{status}"', 'model = "m"']
        lines += ["[providers.slow]", f'base_url = "{slow.base_url}"',
                  "connect_timeout_s = 0.5", "read_timeout_s = 1", "[targets.slow]",
                  'provider = "slow"', 'model = "m"']
        cfg = tmp_path / "config.toml"
        cfg.write_text("\n".join(lines) + "\n")
        cfg.chmod(0o600)
        r = provtui("doctor", "--config", str(cfg), env={KEY_VAR: KEY})
        echoed = b"".join(w for route in routes.values() for s in route.served
                          for _, w in s.writes)
    assert KEY.encode() in echoed, "the server did not echo the key: vacuous test"
    out = r.stdout.decode("utf-8")
    assert r.returncode == 1, out
    assert not leaks(r.stdout + r.stderr), out
    for bad in ("\x1b", "\x07", "\x9b", "\x9d"):
        assert bad not in out, (repr(bad), out)
    for status in (401, 400, 429, 500):
        line = next(ln for ln in out.splitlines() if f"provider p{status}" in ln)
        assert line.startswith("FAIL") and "[redacted]" in line, line
        assert f"HTTP {status}" in line, line  # still says what happened
    slow_line = next(ln for ln in out.splitlines() if "provider slow" in ln)
    # what timed out and after how long, not a bare "TimeoutError: "
    assert "GET " in slow_line and "/models" in slow_line and "1.5s" in slow_line, slow_line


def test_probe_never_prints_an_echoed_key(tmp_path: Path) -> None:
    with EchoingServer.in_thread() as srv:
        denied = srv.route(_error(401), repeat_last=True)
        bad = srv.route(_error(400), repeat_last=True)
        cfg = tmp_path / "config.toml"
        cfg.write_text(f'[providers.denied]\nbase_url = "{denied.base_url}"\n'
                       f'api_key_env = "{KEY_VAR}"\n'
                       f'[providers.bad]\nbase_url = "{bad.base_url}"\napi_key_env = "{KEY_VAR}"\n')
        table = provtui("probe", "--config", str(cfg), "-t", "denied:m", "-t", "bad:m",
                        env={KEY_VAR: KEY})
        as_json = provtui("probe", "--config", str(cfg), "-t", "denied:m", "--json",
                          env={KEY_VAR: KEY})
        echoed = b"".join(w for s in denied.served for _, w in s.writes)
    assert KEY.encode() in echoed, "the server did not echo the key: vacuous test"
    for r in (table, as_json):
        assert r.returncode == 0, r.stderr.decode()
        assert not leaks(r.stdout + r.stderr), r.stdout.decode()
        assert b"[redacted]" in r.stdout
    text = table.stdout.decode()
    for bad_char in ("\x1b", "\x07", "\x9b", "\x9d"):
        assert bad_char not in text
    rows = json.loads(as_json.stdout)
    assert all("[redacted]" in row["detail"] for row in rows if row["verdict"] == "unclear")


def test_clean_strips_c1_controls() -> None:
    from provtui.core.summary_text import clean

    for code in range(0x80, 0xA0):
        assert clean(f"a{chr(code)}é") == "aé", hex(code)
    assert clean("x\x9b31my\x1b[2Jz") == "xyz"


def test_a_key_written_into_headers_is_scrubbed_like_a_key_variable(tmp_path: Path) -> None:
    """The config error for a key in base_url says to use api_key_env or headers: a key in
    ``headers`` must then be as safe as one in the environment (doctor, and a run whose
    provider streams it back in pieces)."""
    header_key = "sk-header-HDR-0a1b2c3d4e5f60718293"
    with EchoingServer.in_thread() as srv:
        denied = srv.route(_error(401), repeat_last=True)
        pieces = [header_key[i:i + 5] for i in range(0, len(header_key), 5)]
        talk = srv.route(Reply.text_stream(["You sent: ", *pieces, " ok"]))
        cfg = tmp_path / "config.toml"
        cfg.write_text(
            f'[providers.denied]\nbase_url = "{denied.base_url}"\n'
            f'headers = {{ Authorization = "Bearer {header_key}" }}\n'
            '[targets.d]\nprovider = "denied"\nmodel = "m"\n'
            f'[providers.talk]\nbase_url = "{talk.base_url}"\n'
            f'headers = {{ "X-Api-Key" = "{header_key}" }}\n')
        cfg.chmod(0o600)
        data = tmp_path / "data"
        doctor = provtui("doctor", "--config", str(cfg), env={})
        run = provtui("run", "--config", str(cfg), "-t", "talk:m", "--json", "hi",
                      env={"PROVTUI_DATA_DIR": str(data)})
        echoed = b"".join(w for s in denied.served for _, w in s.writes)
    assert header_key.encode() in echoed, "the server did not echo the header: vacuous test"
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout)["runs"][0]["text"] == "You sent: [redacted] ok"
    blobs = [doctor.stdout, doctor.stderr, run.stdout, run.stderr]
    blobs += [p.read_bytes() for p in data.rglob("*") if p.is_file()]
    for blob in blobs:
        assert header_key.encode() not in blob and header_key[6:-6].encode() not in blob
    assert b"[redacted]" in doctor.stdout
