"""`provtui doctor`: a verdict per line for config, keys (named, never printed), endpoints
(GET /models on a loopback server) and MCP servers (started for real, tools listed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from transcript_server import TranscriptServer

SECRET = "sk-doctor-SECRET-0000111122223333"


def _doctor(cfg: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provtui", "doctor", "--config", str(cfg)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


def test_doctor_reports_each_part_with_a_verdict(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        url = srv.add()
        cfg = tmp_path / "config.toml"
        cfg.write_text(
            f'[providers.local]\nbase_url = "{url}"\napi_key_env = "DOCTOR_KEY"\n'
            '[providers.gone]\nbase_url = "http://127.0.0.1:9/v1"\nconnect_timeout_s = 2\n'
            '[targets.ok]\nprovider = "local"\nmodel = "m"\n'
            '[targets.nokey]\nprovider = "deepinfra"\nmodel = "m"\n'
            '[targets.down]\nprovider = "gone"\nmodel = "m"\n'
            f'[mcp_servers.ev]\ncommand = "{sys.executable}"\nargs = ["-m", "provtui.demo.ev_server"]\n'
            f'[mcp_servers.broken]\ncommand = "{sys.executable}"\nargs = ["-c", "raise SystemExit(4)"]\n')
        cfg.chmod(0o600)
        env = {"DOCTOR_KEY": SECRET}
        r = _doctor(cfg, **env)
    out = r.stdout
    lines = out.splitlines()
    assert r.returncode == 1, out  # there are problems, and it says so
    assert any(l.startswith("ok") and "parsed" in l for l in lines)
    assert any(l.startswith("ok") and "target ok" in l and "DOCTOR_KEY is set" in l for l in lines)
    assert any(l.startswith("FAIL") and "target nokey" in l and "DEEPINFRA_API_KEY" in l
               for l in lines), out
    assert any(l.startswith("ok") and "provider local" in l for l in lines), out
    assert any(l.startswith("FAIL") and "provider gone" in l for l in lines), out
    assert any(l.startswith("ok") and "mcp ev" in l and "list_vehicles" in l for l in lines), out
    assert any(l.startswith("FAIL") and "mcp broken" in l for l in lines), out
    assert SECRET not in out and SECRET not in r.stderr
    assert "problem(s)" in lines[-1]


def test_doctor_with_no_config_is_friendly(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "provtui", "doctor"], capture_output=True,
                       text=True, timeout=60, env={**os.environ})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "config init" in r.stdout and "provtui demo" in r.stdout
