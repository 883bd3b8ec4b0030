#!/usr/bin/env bash
# Create or refresh .venv with the package (editable) and its dev tools.
# Idempotent: a second run with an unchanged pyproject.toml returns at once.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
STAMP=$VENV/.setup-stamp
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/seabed-cls" ]; then
  exit 0
fi
echo "setup: installing seabed-cls and its dependencies into $VENV (first run takes a few minutes)"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
LOG=$VENV/setup.log
: > "$LOG"
pipi() {  # pip install, its chatter in $LOG, shown only on failure
  if ! "$VENV/bin/pip" install "$@" >>"$LOG" 2>&1; then
    grep -v "^WARNING: Location" "$LOG" | tail -30; echo "setup: pip install $* failed (full log: $LOG)"; exit 1
  fi
}
# torch and torchvision first, by exact version: pip takes them from the local mirror.
pipi torch==2.14.1 torchvision==0.29.1
pipi -e '.[dev]'
"$VENV/bin/seabed-cls" --help >/dev/null
echo "$want" > "$STAMP"
echo "setup: done"
