#!/usr/bin/env bash
# From the labels a surveyor draws to an assessed seabed map, on the demo survey (README, "Learning from labelled surveys"):
#   polygons over the north half of the mosaic -> `data from-survey` -> the per-pixel model (configs/segment.yaml)
#   and the tile classifier (configs/demo.yaml) on the same dataset -> `map` the whole mosaic -> `assess` both against
#   the south half, never labelled (its truth raster and its grab-sample points);
#   then the lines: `from-survey` on lines 1 and 3 with the truth under them, the per-pixel model, `map` line 2 (flown
#   between them, the other way), `assess`.
# Usage: bash scripts/survey_route.sh [OUT]   (default reports/route; sets up nothing: run `make setup` first)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
OUT=${1:-reports/route}
SIZE=${SIZE:-2048}
start=$SECONDS
rm -rf "$OUT"; mkdir -p "$OUT"
S=$OUT/survey
$BIN/seabed-cls data survey-demo --out "$S" --size "$SIZE"
t() { echo "== $1: $((SECONDS-start)) s"; }

# 1. the mosaic: labels drawn over its west half
$BIN/seabed-cls data from-survey "$S/survey.tif" --labels "$S/survey_labels.gpkg" --out "$OUT/mosaic_data" --stride 16
$BIN/seabed-cls data stats "$OUT/mosaic_data"; t from-survey
$BIN/seabed-cls train --config configs/segment.yaml --data "$OUT/mosaic_data" --run-name route-segment --out-dir "$OUT/models" \
  --logger csv; t "train per-pixel"
$BIN/seabed-cls train --config configs/demo.yaml --data "$OUT/mosaic_data" --run-name route-tiles --out-dir "$OUT/models" \
  --logger csv; t "train tiles"
for m in segment tiles; do
  $BIN/seabed-cls evaluate "$OUT/models/route-$m/best.ckpt" --split test --out-dir "$OUT/eval"
  $BIN/seabed-cls map "$OUT/models/route-$m/best.ckpt" "$S/survey.tif" --out "$OUT/map-$m"
  $BIN/seabed-cls assess "$OUT/map-$m/survey.classes.tif" --truth "$S/survey_holdout_truth.tif" --classes "$S/survey_truth.json" \
    --out "$OUT/assess-$m"
  $BIN/seabed-cls assess "$OUT/map-$m/survey.classes.tif" --truth "$S/survey_points.csv" --out "$OUT/assess-$m-points"
done; t "map + assess"

# 2. the lines: learn from lines 1 and 3 (the truth under them), map line 2, flown between them the other way
L=$S/survey_lines
$BIN/seabed-cls data from-survey "$L/line_1.xtf" "$L/line_3.xtf" --labels "$S/survey_truth.tif" "$S/survey_truth.tif" \
  --classes "$S/survey_truth.json" --out "$OUT/lines_data" --stride 16
$BIN/seabed-cls train --config configs/segment.yaml --data "$OUT/lines_data" --run-name route-lines --out-dir "$OUT/models" \
  --logger csv
$BIN/seabed-cls evaluate "$OUT/models/route-lines/best.ckpt" --split test --out-dir "$OUT/eval"
$BIN/seabed-cls map "$OUT/models/route-lines/best.ckpt" "$L/line_2.xtf" --out "$OUT/map-lines"
$BIN/seabed-cls assess "$OUT/map-lines/line_2.classes.tif" --truth "$S/survey_truth.tif" --classes "$S/survey_truth.json" \
  --out "$OUT/assess-lines"; t lines

$BIN/python - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
j = lambda p: json.load(open(f'{out}/{p}'))
print('\n| route | assessed on | pixel accuracy | mIoU | kappa | own test split: accuracy, mIoU |')
print('| --- | --- | --- | --- | --- | --- |')
rows = [('per-pixel, mosaic', 'segment', 'route-segment'), ('tile classifier, mosaic', 'tiles', 'route-tiles')]
for name, m, run in rows:
    e = j(f'eval/{run}/metrics.json')
    own = f"{e['accuracy']:.3f}, " + (f"{e['miou']:.3f}" if 'miou' in e else '-')
    for what, f in (('south half (truth raster)', f'assess-{m}'), ('300 points', f'assess-{m}-points')):
        a = j(f'{f}/assessment.json')
        print(f"| {name} | {what} | {a['overall_accuracy']:.3f} | {a['miou']:.3f} | {a['kappa']:.3f} | {own} |")
e, a = j('eval/route-lines/metrics.json'), j('assess-lines/assessment.json')
print(f"| per-pixel, lines 1+3 | line 2 (truth raster) | {a['overall_accuracy']:.3f} | {a['miou']:.3f} | {a['kappa']:.3f} | "
      f"{e['accuracy']:.3f}, {e['miou']:.3f} |")
p = j('assess-segment-points/assessment.json')
print('\nareas from the points (per-pixel map, Olofsson et al. 2014):',
      ', '.join(f"{k} {v['area_m2']:.0f} ± {v['ci95_m2']:.0f} m²" for k, v in p['area_estimates'].items() if v['area_m2'] is not None))
PY
echo "== route finished in $((SECONDS-start)) s: $OUT"
