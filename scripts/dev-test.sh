#!/usr/bin/env bash
# Install the dev dependencies and run the whole test suite (CI runs this, see .ci/run).
#
# Python packages go into .venv; the HTML report test needs a real headless browser,
# Debian's Chromium, installed here when it is missing and apt-get is available.
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
.venv/bin/pip install -q -e '.[dev]'
.venv/bin/python -m pytest "$@"
