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
# the reference statistics for `seabed-cls review drift` (the test split, beside the checkpoint)
$BIN/seabed-cls review reference "models/$run/best.ckpt" --data data
# the survey stage: a demo mosaic and XTF line over the same kind of seabed, mapped with the model just trained
$BIN/seabed-cls data survey-demo --out data/survey --overwrite
$BIN/seabed-cls map "models/$run/best.ckpt" data/survey/survey.tif --truth data/survey/survey_truth.tif \
  --out "reports/$run/survey" --overwrite
$BIN/seabed-cls map "models/$run/best.ckpt" data/survey/survey_line.xtf --out "reports/$run/survey" --overwrite
$BIN/python - "$run" "$((SECONDS-start))" <<'PY'
import json, sys
run, seconds = sys.argv[1], sys.argv[2]
m = json.load(open(f'reports/{run}/metrics.json'))
print(f"\n== demo finished in {seconds} s")
print(f"test accuracy {m['accuracy']:.3f}, test macro-F1 {m['macro_f1']:.3f} on {m['n']} held-out images")
print(f"model:  models/{run}/best.ckpt   (serve it: .venv/bin/seabed-cls serve --model models/{run}/best.ckpt)")
print(f"report: reports/{run}/ (metrics.json, confusion_matrix.png, misclassified.png)")
s = json.load(open(f'reports/{run}/survey/survey.summary.json'))
t = s['truth']
print(f"survey map: pixel accuracy {t['pixel_accuracy']:.3f}, mIoU {t['miou']:.3f} on the demo mosaic "
      f"({s['width']} x {s['height']} px, {s['windows']} windows of {s['tile']} px)")
print(f"overlays: reports/{run}/survey/survey.overlay.png, reports/{run}/survey/survey_line.overlay.png "
      f"(GIS: the .classes.tif, .probs.tif and .geojson beside them)")
PY
