#!/usr/bin/env bash
# The main job on the embedded demo data: make it, check it, show its stats.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/seabed-cls data demo --out data
$BIN/seabed-cls data check data
$BIN/seabed-cls data stats data
