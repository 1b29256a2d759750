"""`provtui suite run` against the real llama.cpp server (Gemma 3 270M base).

The model's answers are not judged (a 270M base model gets most of them wrong); what is
checked is what provtui records: every cell finished and scored, the result and the sessions
written, and the study's table printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.llama

SUITE = '''name = "llama-small"
[defaults]
params = { max_tokens = 24, temperature = 0 }
[[cases]]
id = "ocean-12"
category = "instruction"
prompt = "Write a 12-word sentence about the ocean."
checks = [ { kind = "words", equals = 12 }, { kind = "no_commas" } ]
[[cases]]
id = "capital"
category = "knowledge"
prompt = "What is the capital city of Kazakhstan?"
checks = [ { kind = "regex", pattern = "Astana", flags = "i" } ]
'''


def test_suite_against_llama(llama_url: str, tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[providers.llamacpp]\nbase_url = "{llama_url}"\nread_timeout_s = 120\n'
                   '[targets.gemma]\nprovider = "llamacpp"\nmodel = "gemma"\n')
    suite = tmp_path / "small.toml"
    suite.write_text(SUITE)
    env = {**os.environ, "PROVTUI_DATA_DIR": str(tmp_path / "data")}
    r = subprocess.run([sys.executable, "-m", "provtui", "suite", "run", str(suite), "--config",
                        str(cfg), "-t", "gemma", "--repeat", "2", "--json"],
                       capture_output=True, text=True, timeout=600, env=env)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["status"] == "complete" and len(result["cells"]) == 4
    for cell in result["cells"]:
        assert cell["status"] == "ok", cell
        assert 0 <= cell["score"] <= 1 and len(cell["checks"]) >= 1
        assert cell["total_s"] > 0 and cell["output_tokens"] > 0
        assert cell["cost_usd"] is None  # no usage.cost and no prices configured
    s = result["summary"]["gemma"]
    assert s["all"]["points"] == 2 and s["all"]["pass_at_k"]["k"] == 2
    assert "instruction (/1)" in r.stderr and "knowledge (/1)" in r.stderr
    shown = subprocess.run([sys.executable, "-m", "provtui", "suite", "show", result["id"]],
                           capture_output=True, text=True, timeout=60, env=env)
    assert shown.returncode == 0 and "time p50 (s)" in shown.stdout
    for case in result["cases"]:
        session = json.loads((tmp_path / "data" / "sessions" /
                              f"{case['session_id']}.json").read_text())
        assert session["suite"]["case"] == case["id"] and len(session["runs"]) == 2
