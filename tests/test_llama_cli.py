"""`provtui run` and `provtui probe` against the real llama.cpp server (Gemma 3 270M base).

The model's answers are not judged, only what provtui records about them: the session must
match the contract field for field, usage is missing so tokens are estimated, and the probe
tells honoured, rejected and ignored parameters apart on a server nobody here wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_run_cli import METRIC_KEYS, RUN_KEYS, TURN_KEYS

pytestmark = pytest.mark.llama


def _config(tmp_path: Path, base: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(f'[providers.llamacpp]\nbase_url = "{base}"\nread_timeout_s = 120\n'
                 '[targets.gemma]\nprovider = "llamacpp"\nmodel = "gemma"\n'
                 'params = { max_tokens = 24, temperature = 0 }\n')
    return p


def test_run_against_llama_writes_a_contract_session(llama_url: str, tmp_path: Path) -> None:
    cfg = _config(tmp_path, llama_url)
    r = subprocess.run([sys.executable, "-m", "provtui", "run", "--config", str(cfg),
                        "-t", "gemma", "-t", "llamacpp:gemma", "--expect-words", "12", "--json",
                        "Write a 12-word sentence about the ocean."],
                       capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PROVTUI_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 0, r.stderr
    session = json.loads(r.stdout)
    assert [run["target"] for run in session["runs"]] == ["gemma", "llamacpp:gemma"]
    for run in session["runs"]:
        assert RUN_KEYS <= set(run) and METRIC_KEYS <= set(run["metrics"])
        assert run["status"] == "ok", run["error"]
        assert run["text"].strip(), "the model said something"
        (turn,) = run["turns"]
        assert TURN_KEYS <= set(turn)
        assert turn["usage"] is None  # llama-cpp-python streams no usage...
        m = run["metrics"]
        assert m["output_tokens_estimated"] is True and m["output_tokens"] > 0  # ...so estimated
        assert 0 < m["ttft_s"] <= m["total_s"]
        assert m["tokens_per_s"] is None or m["tokens_per_s"] > 0
        assert isinstance(run["words"], int)
        assert run["checks"][0]["name"] == "words"
        assert turn["request"]["stream"] is True and "authorization" not in json.dumps(turn["request"]).lower()
    # The config target carries its params; the bare PROVIDER:MODEL target does not.
    assert session["runs"][0]["turns"][0]["request"]["max_tokens"] == 24
    assert "max_tokens" not in session["runs"][1]["turns"][0]["request"] or \
        session["runs"][1]["turns"][0]["request"].get("max_tokens") != 24


def test_probe_tells_honoured_from_ignored_on_llama(llama_url: str, tmp_path: Path) -> None:
    cfg = _config(tmp_path, llama_url)
    r = subprocess.run([sys.executable, "-m", "provtui", "probe", "--config", str(cfg),
                        "-t", "gemma", "--json"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    rows = {row["param"]: row for row in json.loads(r.stdout)}
    assert set(rows) == {"temperature", "max_tokens", "seed", "tool_choice", "response_format",
                         "stream_options"}
    for row in rows.values():
        assert row["verdict"] in ("honoured", "rejected", "ignored", "unclear") and row["detail"]
    # What llama-cpp-python is known to do: it stops at max_tokens, calls a tool that
    # tool_choice names, constrains output to JSON, and never streams usage.
    assert rows["max_tokens"]["verdict"] == "honoured", rows["max_tokens"]
    assert rows["tool_choice"]["verdict"] == "honoured", rows["tool_choice"]
    assert rows["stream_options"]["verdict"] == "ignored", rows["stream_options"]
    assert rows["response_format"]["verdict"] == "honoured", rows["response_format"]
