#!/usr/bin/env bash
# Create or refresh .venv with a full install: the package (editable), every extra and the dev tools, at the versions
# of the lock requirements/constraints.txt (scripts/lock.sh regenerates it).
# Idempotent: a second run with unchanged pyproject.toml, lock and script returns at once.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
STAMP=$VENV/.setup-stamp
LOCK=requirements/constraints.txt
want=$(cat pyproject.toml "$LOCK" scripts/setup.sh | sha256sum | cut -d' ' -f1)
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
# torch and torchvision first, at the lock's versions (where a local mirror has them, pip takes them from there),
# then everything else.
pipi -c "$LOCK" torch torchvision
pipi -c "$LOCK" -e '.[all,dev]'
"$VENV/bin/seabed-cls" --help >/dev/null
echo "$want" > "$STAMP"
echo "setup: done"
