#!/usr/bin/env bash
# The main job on the embedded demo data: make it, check it, train, evaluate, summarise.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
start=$SECONDS
$BIN/seabed-cls data demo --out data
$BIN/seabed-cls data check data
$BIN/seabed-cls data stats data
run="demo-$(date +%Y%m%d-%H%M%S)"
$BIN/seabed-cls train --config configs/demo.yaml --run-name "$run"
$BIN/seabed-cls evaluate "models/$run/best.ckpt" --split test
$BIN/python - "$run" "$((SECONDS-start))" <<'PY'
import json, sys
run, seconds = sys.argv[1], sys.argv[2]
m = json.load(open(f'reports/{run}/metrics.json'))
print(f"\n== demo finished in {seconds} s")
print(f"test accuracy {m['accuracy']:.3f}, test macro-F1 {m['macro_f1']:.3f} on {m['n']} held-out images")
print(f"model:  models/{run}/best.ckpt   (serve it: .venv/bin/seabed-cls serve --model models/{run}/best.ckpt)")
print(f"report: reports/{run}/ (metrics.json, confusion_matrix.png, misclassified.png)")
PY
