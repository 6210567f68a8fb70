# Sourced by scripts/faults/*.sh and scripts/crash-import.sh (not run by itself): the checks' vocabulary. A script
# sets $scenario (named in every line) and ends with `finish NAME`.
#   pass TEXT / fail TEXT         prints "PASS scenario: TEXT" / "FAIL scenario: TEXT" (and counts the failure)
#   expect WHAT ACTUAL EXPECTED…  PASS when ACTUAL is one of EXPECTED, else FAIL naming them
#   sql QUERY                     one psql query (through the PG* variables), unaligned, tuples only
#   wait_for SECONDS COMMAND…     runs COMMAND every 0.1 s until it succeeds; false after SECONDS
#   finish NAME                   prints the summary and exits 1 when a check failed
failures=0

pass() { echo "PASS $scenario: $*"; }
fail() { echo "FAIL $scenario: $*"; failures=$((failures + 1)); }
expect() {
  local what=$1 actual=$2 e
  shift 2
  for e in "$@"; do
    if [[ "$actual" == "$e" ]]; then pass "$what: $actual"; return 0; fi
  done
  fail "$what: $actual, expected $(printf '%s or ' "$@" | sed 's/ or $//')"
}
sql() { psql -X -At -v ON_ERROR_STOP=1 -c "$1"; }
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    if ((SECONDS >= deadline)); then return 1; fi
    sleep 0.1
  done
}
finish() {
  if ((failures > 0)); then
    echo "$1: $failures check(s) FAILED"
    exit 1
  fi
  echo "$1: every check passed"
}
