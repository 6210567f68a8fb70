#!/usr/bin/env bash
# Runs every ChildPlan check and stops loudly at the first failure:
#   1. installs missing tools   2. validates docker-compose.yml   3. backend build + all tests (mvnw verify), then
#      the short fault scripts on its jar: kill -9 during report submissions, PostgreSQL restarted under load
#      (scripts/faults.sh kill-submit db-restart)
#   4. frontend: npm ci, unit tests (Vitest), lint (ESLint), the contract's lint (Spectral on openapi.yaml), type
#      check + build, initial-JS budget (npm run size)
#   5. browser tests: scripts/e2e.sh starts a fresh Keycloak, the backend jar of step 3 and the built SPA, and
#      Playwright Test drives Debian's Chromium through the users' scenarios (screenshots, and the traces of failed
#      tests, in frontend/e2e/artifacts/)
# The backend tests start an embedded PostgreSQL, or use the external one in QUARKUS_DATASOURCE_JDBC_URL
# (+ _USERNAME/_PASSWORD) when that is set: the environment is passed through untouched.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

fail() {
  echo >&2
  echo "test.sh: FAILED: $1" >&2
  exit "${2:-1}"
}

# step NAME COMMAND...: runs one check and names it when it fails.
step() {
  local name="$1"
  shift
  echo "==> $name"
  "$@" || {
    local rc=$?
    fail "$name (exit $rc)" "$rc"
  }
}

backend_verify() {
  # Old reports would make count_backend_tests count tests that did not run this time.
  rm -rf backend/target/surefire-reports backend/target/failsafe-reports
  # as-nonroot.sh: the embedded PostgreSQL refuses to run as root (see the script).
  (cd backend && "$ROOT/scripts/as-nonroot.sh" ./mvnw -B verify)
}

# Adds up the JUnit XML reports, so that "no test ran" is a failure and not a silent green.
count_backend_tests() {
  local total=0 failed=0 skipped=0 report suite
  shopt -s nullglob
  for report in backend/target/surefire-reports/TEST-*.xml backend/target/failsafe-reports/TEST-*.xml; do
    suite="$(grep -m1 -o '<testsuite [^>]*' "$report")"
    total=$((total + $(xml_attr tests "$suite")))
    failed=$((failed + $(xml_attr failures "$suite") + $(xml_attr errors "$suite")))
    skipped=$((skipped + $(xml_attr skipped "$suite")))
  done
  shopt -u nullglob
  echo "backend: $((total - failed - skipped)) passed, $failed failed, $skipped skipped"
  ((total > 0)) || fail "no backend test ran"
  ((failed == 0)) || fail "$failed backend test(s) failed"
}

# xml_attr NAME TAG_TEXT: the numeric attribute NAME="n" of TAG_TEXT, or 0.
xml_attr() {
  local value
  value="$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2")"
  echo "${value:-0}"
}

# Runs the Vitest suite with a JSON report beside the console output, and prints its counts like the backend's.
frontend_unit() {
  local dir rc=0
  dir="$(mktemp -d)"
  (cd frontend && npx vitest run --reporter=default --reporter=json --outputFile.json="$dir/vitest.json") || rc=$?
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`frontend unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
    process.exit(r.numTotalTests > 0 && r.numFailedTests === 0 ? 0 : 1);' "$dir/vitest.json" || rc=1
  rm -rf "$dir"
  return "$rc"
}

if [[ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
  echo "Backend tests use the external PostgreSQL at $QUARKUS_DATASOURCE_JDBC_URL"
fi

step "tools" "$ROOT/scripts/ensure-tools.sh" all
step "docker-compose.yml is valid" docker-compose -f docker-compose.yml config -q
step "backend: ./mvnw -B verify" backend_verify
count_backend_tests
# the short fault scripts, on the jar verify just packaged (README "Faults and replicas"; about 2–3 minutes)
step "faults: kill -9 during report submissions, PostgreSQL restarted under load" \
  "$ROOT/scripts/faults.sh" kill-submit db-restart
# The browser tests use Debian's Chromium: no package may download a browser of its own (none can be fetched here).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
step "frontend: npm ci" bash -c 'cd frontend && npm ci --no-audit --no-fund'
step "frontend: unit tests (Vitest)" frontend_unit
step "frontend: lint (ESLint)" bash -c 'cd frontend && npm run lint'
step "contract: lint openapi.yaml (Spectral spectral:oas, fails on warnings)" bash -c 'cd frontend && npm run lint:api'
step "frontend: type check and build" bash -c 'cd frontend && npm run build'
step "frontend: initial JavaScript budget" bash -c 'cd frontend && npm run size'
# The browser tests run the jar with the demo data, which is part of the build (Flyway locations are build-time).
step "backend: jar with the demo data" bash -c 'cd backend && ./mvnw -B -q package -DskipTests -Dquarkus.profile=local'
step "frontend: browser tests (Chromium, real backend and Keycloak)" "$ROOT/scripts/e2e.sh"
echo "test.sh: ALL PASSED (tools, docker-compose config, backend verify, faults, frontend unit, lint, contract lint, build, size, browser tests)"
