# shellcheck shell=bash
# PASS/FAIL lines and their counts for the standalone checks (site-check.sh, release-check.sh), which
# run under `set -e`: check never fails the script itself; the caller ends with [ "$FAILED" -eq 0 ].
PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); printf 'PASS %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL %s\n' "$*"; }
# check NAME COMMAND...: one assertion, counted; the run goes on to the next one.
check() {
  local name=$1; shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
