#!/usr/bin/env bash
# Install what the test suite needs: the package with its dev extras into .venv, and
# Debian's Chromium (for the HTML report test) when it is missing and apt-get is there.
# The README's test command runs this, then pytest; CI runs the same (see .ci/run).
# The llama.cpp server of the dev extras builds from source the first time (minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null \
    || { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
fi

python3 -m venv .venv
# The llama.cpp server is compiled for the CPU's baseline features, not with
# -march=native: a native build crashed (SIGSEGV in llama_decode) on a Xeon with
# AVX-512. No wheel cache, so that a natively built wheel of an earlier install is not
# taken from it. Set CMAKE_ARGS to build otherwise (a GPU, say).
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
.venv/bin/pip install -q --no-cache-dir -e '.[dev]'
