#!/usr/bin/env bash
# The SPA's browser tests against the real system: a fresh Keycloak (its own temporary data folder, so the realm file
# is imported as it is now), the backend jar with a fresh embedded PostgreSQL holding the demo data, and the built SPA
# served on http://localhost:4173 (a redirect URI of the realm's childplan-spa client). Then Playwright Test
# (`npx playwright test`, frontend/playwright.config.ts) drives Debian's Chromium through the scenarios of
# frontend/e2e/, and this script prints "frontend e2e: N passed, M failed" from its JSON report: no test run is a
# failure too. Then the README's scripted examples run against the same system ("examples: N passed"). Everything
# started here is stopped on exit, whatever happens.
#
# Needs: backend/target/quarkus-app built with the demo data (./mvnw package -Dquarkus.profile=local: Flyway's
# locations are fixed at build time), frontend/dist (npm run build) and frontend/node_modules (npm ci).
# Ports (override when taken): CHILDPLAN_E2E_HTTP_PORT 18080, CHILDPLAN_E2E_KEYCLOAK_PORT 18180,
# CHILDPLAN_E2E_DB_PORT 54339; the SPA's 4173 is fixed by the realm.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
API_PORT="${CHILDPLAN_E2E_HTTP_PORT:-18080}"
KC_PORT="${CHILDPLAN_E2E_KEYCLOAK_PORT:-18180}"
DB_PORT="${CHILDPLAN_E2E_DB_PORT:-54339}"
SPA_PORT=4173
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/childplan-e2e.XXXXXX")"
ARTIFACTS="$ROOT/frontend/e2e/artifacts" # playwright.config.ts's outputDir

KEYCLOAK_PID="" # kc.sh, leader of its own process group (setsid): stopping the group stops its java child too
BACKEND_PID=""
SPA_PID=""
RUN_PID=""

stop_all() {
  local rc=$?
  set +e # clean up everything, whatever fails here
  [[ -n "$RUN_PID" ]] && kill -TERM "$RUN_PID" 2>/dev/null
  [[ -n "$SPA_PID" ]] && kill -TERM "$SPA_PID" 2>/dev/null
  if [[ -n "$BACKEND_PID" ]] && kill -TERM "$BACKEND_PID" 2>/dev/null; then
    wait_gone "$BACKEND_PID" || kill -KILL "$BACKEND_PID" 2>/dev/null
  fi
  if [[ -n "$KEYCLOAK_PID" ]] && kill -TERM -- "-$KEYCLOAK_PID" 2>/dev/null; then
    wait_gone "-$KEYCLOAK_PID" || kill -KILL -- "-$KEYCLOAK_PID" 2>/dev/null
  fi
  wait 2>/dev/null
  # Keep the logs next to the screenshots when something failed; the databases go in any case.
  if ((rc != 0)); then
    mkdir -p "$ARTIFACTS"
    cp -f "$WORK"/*.log "$ARTIFACTS/" 2>/dev/null
    echo "e2e: the servers' logs and the failed tests' screenshots and traces are in $ARTIFACTS" >&2
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

source "$ROOT/scripts/servers.sh"

for port in "$API_PORT" "$KC_PORT" "$SPA_PORT"; do
  if curl -s -o /dev/null --max-time 2 "http://localhost:$port/"; then
    echo "e2e: port $port is in use; stop what runs there (or set CHILDPLAN_E2E_*_PORT)" >&2
    exit 1
  fi
done
[[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ]] || { echo "e2e: build the backend first" >&2; exit 1; }
[[ -f "$ROOT/frontend/dist/index.html" ]] || { echo "e2e: build the SPA first (npm run build)" >&2; exit 1; }
[[ -x "$ROOT/frontend/node_modules/.bin/playwright" ]] || { echo "e2e: install the SPA's packages (npm ci)" >&2; exit 1; }

OIDC_URL="http://localhost:$KC_PORT/realms/childplan"
echo "e2e: starting Keycloak on $KC_PORT (fresh realm import)..."
CHILDPLAN_KEYCLOAK_PORT="$KC_PORT" CHILDPLAN_KEYCLOAK_DATA_DIR="$WORK/keycloak" \
  setsid "$ROOT/scripts/keycloak.sh" run >"$WORK/keycloak.log" 2>&1 </dev/null &
KEYCLOAK_PID=$!
ready Keycloak "$OIDC_URL/.well-known/openid-configuration" "$KEYCLOAK_PID" "$WORK/keycloak.log"

echo "e2e: starting the backend on $API_PORT (fresh embedded PostgreSQL with the demo data)..."
CHILDPLAN_OIDC_URL="$OIDC_URL" CHILDPLAN_DB_DIR="$WORK/postgres" CHILDPLAN_DB_PORT="$DB_PORT" \
  CHILDPLAN_SPA_ORIGINS="http://localhost:$SPA_PORT" \
  "$ROOT/scripts/as-nonroot.sh" "$JAVA" -Dquarkus.profile=local -Dquarkus.http.port="$API_PORT" \
  -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$WORK/backend.log" 2>&1 </dev/null &
BACKEND_PID=$!
ready backend "http://localhost:$API_PORT/q/health/ready" "$BACKEND_PID" "$WORK/backend.log"

PORT="$SPA_PORT" CHILDPLAN_API_URL="http://localhost:$API_PORT" CHILDPLAN_OIDC_AUTHORITY="$OIDC_URL" \
  node "$ROOT/frontend/scripts/serve.mjs" >"$WORK/spa.log" 2>&1 </dev/null &
SPA_PID=$!
ready SPA "http://localhost:$SPA_PORT/" "$SPA_PID" "$WORK/spa.log"

# In the background and waited for, so that a TERM to this script is handled at once (bash defers traps while a
# foreground child runs). npx forwards the TERM to Playwright, which closes Chromium.
rm -f "$ARTIFACTS/results.json" # a report only of this run
(cd "$ROOT/frontend" && SPA_URL="http://localhost:$SPA_PORT" API_URL="http://localhost:$API_PORT" OIDC_URL="$OIDC_URL" \
  exec npx --no -- playwright test) </dev/null &
RUN_PID=$!
rc=0
wait "$RUN_PID" || rc=$?
RUN_PID=""

# The counts of the JSON report, in the form of the other suites' lines (test.sh); skipped: after a failure in a
# serial group. A missing report, or a run without a single test, fails as well.
node -e '
  const fs = require("fs")
  const file = process.argv[1]
  if (!fs.existsSync(file)) { console.log("frontend e2e: no report (" + file + ")"); process.exit(1) }
  const s = JSON.parse(fs.readFileSync(file, "utf8")).stats
  const failed = s.unexpected + s.flaky
  console.log(`frontend e2e: ${s.expected} passed, ${failed} failed` + (s.skipped ? `, ${s.skipped} skipped` : ""))
  process.exit(s.expected + failed > 0 && failed === 0 ? 0 : 1)' "$ARTIFACTS/results.json" || rc=1

# The README's scripted examples (scripts/examples/: curl and Python, standard library only) against this same
# system, as a partner runs them, so that they cannot rot: one failing fails the run. Their output is kept with
# the logs.
EXAMPLES=(import-job.sh import_job.py changes.py exports.sh exports.py)
if (cd "$WORK" && export API="http://localhost:$API_PORT/api/v1" TOKEN_URL="$OIDC_URL/protocol/openid-connect/token" \
  OUT="$WORK" && for example in "${EXAMPLES[@]}"; do
    echo "== $example" && "$ROOT/scripts/examples/$example" </dev/null || exit 1
  done) >"$WORK/examples.log" 2>&1; then
  echo "examples: ${#EXAMPLES[@]} passed"
else
  echo "examples: FAILED; the last lines of their output:" >&2
  tail -n 30 "$WORK/examples.log" >&2
  rc=1
fi
exit "$rc"
