#!/usr/bin/env bash
# Regenerate requirements/constraints.txt, the one lock that every install takes with `pip install -c`
# (scripts/setup.sh, docker/serve.Dockerfile, docker/train.Dockerfile).
#
#   bash scripts/lock.sh              add what pyproject.toml newly requires; every package already in .venv keeps
#                                     its version (so the lock stays what `make test` ran with)
#   bash scripts/lock.sh --upgrade    every package to the newest version that fits pyproject.toml
#   TORCH=X TORCHVISION=Y bash scripts/lock.sh [--upgrade]
#                                     move torch and torchvision (otherwise they keep the lock's versions)
#
# How: pip installs the requirements of a full install (`.[all,dev]`, read from pyproject.toml) into .venv, then the
# lock pins every distribution that those requirements reach, at its installed version, following the markers of this
# platform (Linux x86_64, CPython 3.11: the platform of setup.sh, CI and the images). Last, a dry run of a fresh
# full install under the new lock (`pip install --dry-run --ignore-installed -c ...`) must resolve to exactly the
# pins, or the old lock stays. Then `make setup` installs from it (its stamp includes the lock).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
LOCK=requirements/constraints.txt
upgrade=()
case "${1:-}" in
  --upgrade) upgrade=(--upgrade --upgrade-strategy eager) ;;
  "") ;;
  *) echo "usage: bash scripts/lock.sh [--upgrade]" >&2; exit 2 ;;
esac
pin() { if [ -f "$LOCK" ]; then sed -n "s/^$1==//p" "$LOCK"; fi; }
TORCH=${TORCH:-$(pin torch)}
TORCHVISION=${TORCHVISION:-$(pin torchvision)}
if [ -z "$TORCH" ] || [ -z "$TORCHVISION" ]; then
  echo "lock: $LOCK has no torch/torchvision pin: say which, e.g. TORCH=2.14.1 TORCHVISION=0.29.1 bash scripts/lock.sh" >&2
  exit 2
fi
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
PY=$VENV/bin/python

lockpy() {  # lockpy requirements | lockpy pins: the requirements of `.[all,dev]`, or the lock's text
  "$PY" - "$@" <<'EOF'
import sys, tomllib
from importlib.metadata import PackageNotFoundError, distribution
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

project = tomllib.load(open('pyproject.toml', 'rb'))['project']
me = canonicalize_name(project['name'])

def requirements(extras) -> list[str]:
    "The requirements of the package with `extras`, its self-references (`seabed-cls[serve,...]`) expanded."
    out, todo, seen = [], ['', *extras], set()
    while todo:
        e = todo.pop(0)
        if e in seen: continue
        seen.add(e)
        for r in (project['dependencies'] if e == '' else project['optional-dependencies'][e]):
            if canonicalize_name(Requirement(r).name) == me: todo += sorted(Requirement(r).extras)
            else: out.append(r)
    return out

def closure(roots) -> dict:
    "Every installed distribution that the requirements `roots` reach (markers of this platform): name -> (Name, version)."
    pins, done, todo = {}, {}, [Requirement(r) for r in roots]
    while todo:
        r = todo.pop()
        if r.marker is not None and not r.marker.evaluate({'extra': ''}): continue
        key = canonicalize_name(r.name)
        new = ({''} | set(r.extras)) - done.setdefault(key, set())
        if not new: continue
        done[key] |= new
        try: dist = distribution(r.name)
        except PackageNotFoundError: sys.exit(f"lock: {r.name} is required but not installed in {sys.prefix}")
        pins[key] = (dist.metadata['Name'], dist.version)
        for dep in map(Requirement, dist.requires or []):
            if dep.marker is None: todo.append(dep); continue
            for e in new:
                if dep.marker.evaluate({'extra': e}):
                    dep_ = Requirement(str(dep)); dep_.marker = None; todo.append(dep_); break
    return pins

mode, extras = sys.argv[1], ['all', 'dev']
reqs = requirements(extras)
if mode == 'requirements': print('\n'.join(reqs))
else:
    pins = closure(reqs)
    print(f"""# The lock of seabed-cls: every package of a full install (`pip install -e '.[all,dev]'`), pinned at the version
# that `make test` runs with. Every install takes it as constraints, `pip install -c requirements/constraints.txt ...`:
# scripts/setup.sh (`.[all,dev]`), docker/serve.Dockerfile (`.[serve]`; its torch is the CPU build of the same version,
# `X+cpu`, which `torch==X` admits) and docker/train.Dockerfile (`.[train]`). A constraint only pins a package that an
# install needs, so this one file serves every extra.
# Resolved on Linux x86_64 with CPython {sys.version_info.major}.{sys.version_info.minor} (the platform of setup.sh, CI and the images); the packages that only
# other platforms need are not pinned.
# Made by scripts/lock.sh, never by hand: `bash scripts/lock.sh` adds new requirements and keeps every other version,
# `bash scripts/lock.sh --upgrade` takes the newest that fit, `TORCH=X TORCHVISION=Y bash scripts/lock.sh` moves torch.""")
    for name, version in sorted(pins.values(), key=lambda nv: canonicalize_name(nv[0])): print(f"{name}=={version}")
EOF
}

mapfile -t reqs < <(lockpy requirements)
[ "${#reqs[@]}" -gt 0 ] || { echo "lock: no requirements read from pyproject.toml" >&2; exit 1; }
echo "lock: installing the ${#reqs[@]} requirements of .[all,dev] into $VENV (torch $TORCH, torchvision $TORCHVISION)"
"$VENV/bin/pip" install -q "${upgrade[@]}" "torch==$TORCH" "torchvision==$TORCHVISION" "${reqs[@]}"
mkdir -p requirements
new=$(mktemp) report=$(mktemp)
trap 'rm -f "$new" "$report"' EXIT
lockpy pins > "$new"

echo "lock: checking that a fresh full install resolves to exactly the pins (pip --dry-run)"
"$VENV/bin/pip" install -q --dry-run --ignore-installed --report "$report" -c "$new" "${reqs[@]}"
"$PY" - "$new" "$report" <<'EOF'
import json, sys
from packaging.utils import canonicalize_name
pins = {canonicalize_name(l.split('==')[0]): l.split('==')[1].strip() for l in open(sys.argv[1]) if '==' in l and not l.startswith('#')}
got = {canonicalize_name(i['metadata']['name']): i['metadata']['version'] for i in json.load(open(sys.argv[2]))['install']}
if got != pins:
    extra, missing = sorted(set(got) - set(pins)), sorted(set(pins) - set(got))
    other = sorted(k for k in set(got) & set(pins) if got[k] != pins[k])
    sys.exit(f"lock: a fresh install would not match the lock: unpinned {extra}, not installed {missing}, other versions {other}")
EOF
mv "$new" "$LOCK"; chmod 644 "$LOCK"
echo "lock: $LOCK pins $(grep -c '^[^#]' "$LOCK") packages"
