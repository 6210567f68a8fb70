#!/usr/bin/env bash
# Runs ChildPlan locally: starts the identity provider (a real Keycloak, see scripts/keycloak.sh), builds the backend
# and starts it, then builds the web app and serves it on http://localhost:5173. Without QUARKUS_DATASOURCE_JDBC_URL
# the backend starts its own embedded PostgreSQL in .data/postgres, so data survives restarts (and kill -9). Keycloak
# keeps its data in .data/keycloak. Ctrl-C stops everything.
#
# Environment (all optional):
#   CHILDPLAN_HTTP_PORT          HTTP port of the backend (default 8080)
#   CHILDPLAN_DB_DIR             embedded PostgreSQL's data folder (default .data/postgres)
#   QUARKUS_DATASOURCE_JDBC_URL  use this external PostgreSQL instead (+ QUARKUS_DATASOURCE_USERNAME/_PASSWORD)
#   CHILDPLAN_KEYCLOAK_PORT      HTTP port of the local Keycloak (default 8180)
#   CHILDPLAN_OIDC_URL           use this realm of an external identity provider instead of starting Keycloak
#                                (e.g. https://sso.example.vn/realms/childplan)
#   CHILDPLAN_SPA_PORT           HTTP port of the web app (default 5173; the realm's redirect URIs and the backend's
#                                CORS origins must allow another one)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HTTP_PORT="${CHILDPLAN_HTTP_PORT:-8080}"
BASE_URL="http://localhost:${HTTP_PORT}"
LOG_DIR="$ROOT/.data/logs"
BACKEND_LOG="$LOG_DIR/backend.log"
export CHILDPLAN_DB_DIR="${CHILDPLAN_DB_DIR:-$ROOT/.data/postgres}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java" # the same JDK that mvnw builds with
READY_TIMEOUT_S=120
STOP_TIMEOUT_S=30

KEYCLOAK_PORT="${CHILDPLAN_KEYCLOAK_PORT:-8180}"
KEYCLOAK_URL="http://localhost:${KEYCLOAK_PORT}"
KEYCLOAK_LOG="$LOG_DIR/keycloak.log"
KEYCLOAK_PID_FILE="$ROOT/.data/keycloak.pid" # survives a kill -9 of this script: the next run stops that Keycloak
LOCAL_KEYCLOAK=true
if [[ -n "${CHILDPLAN_OIDC_URL:-}" ]]; then
  LOCAL_KEYCLOAK=false
else
  export CHILDPLAN_OIDC_URL="$KEYCLOAK_URL/realms/childplan" # read by application.properties (quarkus.oidc)
fi

SPA_PORT="${CHILDPLAN_SPA_PORT:-5173}"
SPA_URL="http://localhost:${SPA_PORT}"
SPA_LOG="$LOG_DIR/spa.log"

BACKEND_PID=""
SPA_PID=""
KEYCLOAK_PID="" # kc.sh, leader of its own process group (setsid), so kill -- -PID reaches its java child too

# Stops the backend, then Keycloak, on any exit (Ctrl-C, error, kill). SIGTERM lets Quarkus shut down cleanly, and the
# backend stops its embedded PostgreSQL on shutdown. Only if it hangs do we kill -9 (the data survives that too).
stop_all() {
  stop_spa
  stop_backend
  stop_keycloak
}

stop_spa() {
  if [[ -n "$SPA_PID" ]] && kill -0 "$SPA_PID" 2>/dev/null; then
    kill -TERM "$SPA_PID" 2>/dev/null || true
    wait "$SPA_PID" 2>/dev/null || true
  fi
}

stop_backend() {
  if [[ -n "$BACKEND_PID" ]] && kill -0 "$BACKEND_PID" 2>/dev/null; then
    echo "Stopping backend (pid $BACKEND_PID)..."
    kill -TERM "$BACKEND_PID" 2>/dev/null || true
    for ((i = 0; i < STOP_TIMEOUT_S; i++)); do
      kill -0 "$BACKEND_PID" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$BACKEND_PID" 2>/dev/null; then
      echo "Backend did not stop within ${STOP_TIMEOUT_S}s; killing it." >&2
      kill -KILL "$BACKEND_PID" 2>/dev/null || true
    fi
    wait "$BACKEND_PID" 2>/dev/null || true
  fi
}

# kc.sh runs java as a child (it does not exec it), so stopping kc.sh alone could leave the server running: signal
# the whole process group, which setsid made kc.sh's own (and so contains nothing of ours but Keycloak).
stop_keycloak() {
  if [[ -n "$KEYCLOAK_PID" ]]; then
    stop_process_group "$KEYCLOAK_PID" Keycloak
    wait "$KEYCLOAK_PID" 2>/dev/null || true
    rm -f "$KEYCLOAK_PID_FILE"
  fi
}

# stop_process_group PGID NAME: SIGTERM to every process of the group, SIGKILL if some still live after the timeout.
stop_process_group() {
  local pgid="$1" name="$2"
  kill -0 -- "-$pgid" 2>/dev/null || return 0
  echo "Stopping $name (process group $pgid)..."
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT_S; i++)); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 1
  done
  echo "$name did not stop within ${STOP_TIMEOUT_S}s; killing it." >&2
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
trap stop_all EXIT
# Turn signals into a normal exit so the EXIT trap runs exactly once. (A background job of a script ignores
# SIGINT, so Ctrl-C reaches the backend only through stop_all's SIGTERM.)
trap 'exit 130' INT
trap 'exit 143' TERM

# npm ci (a clean install of package-lock.json) only when the packages are missing or do not match package.json.
build_spa() {
  echo "Building the web app..."
  (
    cd "$ROOT/frontend"
    if ! npm ls --all >/dev/null 2>&1; then
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund # the tests' Chromium is Debian's
    fi
    npm run build >/dev/null
  )
}

# The built app, with a config.js naming this backend and identity provider (frontend/scripts/serve.mjs).
start_spa() {
  PORT="$SPA_PORT" CHILDPLAN_API_URL="$BASE_URL" CHILDPLAN_OIDC_AUTHORITY="$CHILDPLAN_OIDC_URL" \
    node "$ROOT/frontend/scripts/serve.mjs" >"$SPA_LOG" 2>&1 </dev/null &
  SPA_PID=$!
  wait_until_ready "web app" "$SPA_URL/" "$SPA_PID" "$SPA_LOG"
}

build_backend() {
  echo "Building the backend..."
  (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests -Dquarkus.profile=local)
}

# Another process on the port would answer the readiness probe in our place: refuse to start (before building).
check_port_free() {
  if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then
    echo "Port $HTTP_PORT is already in use (another ./run.sh?); stop that process or set CHILDPLAN_HTTP_PORT." >&2
    exit 1
  fi
  if curl -s -o /dev/null --max-time 2 "$SPA_URL/"; then
    echo "Port $SPA_PORT (web app) is already in use (npm run dev?); stop that process or set CHILDPLAN_SPA_PORT." >&2
    exit 1
  fi
}

# A run killed with -9 leaves its Keycloak running (own process group). Stop it, but only if the group named by the
# pid file still holds a process of this repository's Keycloak (the pid may have been reused since).
stop_orphan_keycloak() {
  [[ -f "$KEYCLOAK_PID_FILE" ]] || return 0
  local pgid stat rest member cmdline ours=false
  pgid="$(<"$KEYCLOAK_PID_FILE")"
  if [[ "$pgid" =~ ^[0-9]+$ ]]; then
    for stat in /proc/[0-9]*/stat; do
      member="${stat#/proc/}"
      member="${member%/stat}"
      rest="$(cat "$stat" 2>/dev/null)" || continue
      rest="${rest##*) }" # after "pid (comm) ": state ppid pgrp ...
      read -r _ _ rest _ <<<"$rest"
      [[ "$rest" == "$pgid" ]] || continue
      cmdline="$(tr '\0' ' ' <"/proc/$member/cmdline" 2>/dev/null)" || continue
      # the server's own folder, or the home scripts/keycloak.sh starts it from
      if [[ "$cmdline" == *"$ROOT/.keycloak/"* || "$cmdline" == *"$ROOT/.data/keycloak/server/"* ]]; then
        ours=true
        break
      fi
    done
  fi
  if [[ "$ours" == true ]]; then
    echo "A Keycloak of an earlier run is still running."
    stop_process_group "$pgid" "the earlier Keycloak"
  fi
  rm -f "$KEYCLOAK_PID_FILE"
}

check_keycloak_port_free() {
  if curl -s -o /dev/null --max-time 2 "$KEYCLOAK_URL/"; then
    echo "Port $KEYCLOAK_PORT (Keycloak) is already in use; stop that process or set CHILDPLAN_KEYCLOAK_PORT." >&2
    exit 1
  fi
}

# Starts Keycloak in the background (the backend builds meanwhile); wait_for_keycloak waits for the realm.
start_keycloak() {
  "$ROOT/scripts/keycloak.sh" fetch
  mkdir -p "$LOG_DIR"
  if [[ -f "$KEYCLOAK_LOG" ]]; then mv -f "$KEYCLOAK_LOG" "$KEYCLOAK_LOG.1"; fi
  echo "Starting Keycloak on port $KEYCLOAK_PORT (log: $KEYCLOAK_LOG)..."
  # setsid: a process group of its own, led by kc.sh (a background job of a script is no group leader, so setsid
  # does not fork and $! is kc.sh: keycloak.sh exec's it). Ctrl-C thus reaches Keycloak only through stop_keycloak.
  setsid "$ROOT/scripts/keycloak.sh" run >"$KEYCLOAK_LOG" 2>&1 </dev/null &
  KEYCLOAK_PID=$!
  echo "$KEYCLOAK_PID" >"$KEYCLOAK_PID_FILE"
}

wait_for_keycloak() {
  wait_until_ready "Keycloak" "$CHILDPLAN_OIDC_URL/.well-known/openid-configuration" "$KEYCLOAK_PID" "$KEYCLOAK_LOG"
}

start_backend() {
  mkdir -p "$LOG_DIR" "$CHILDPLAN_DB_DIR"
  # Keep the previous run's log: it tells what happened before a crash.
  if [[ -f "$BACKEND_LOG" ]]; then mv -f "$BACKEND_LOG" "$BACKEND_LOG.1"; fi
  echo "Starting the backend (log: $BACKEND_LOG)..."
  # as-nonroot.sh: the embedded PostgreSQL refuses to run as root (see the script).
  "$ROOT/scripts/as-nonroot.sh" "$JAVA" -Dquarkus.profile=local -Dquarkus.http.port="$HTTP_PORT" \
    -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$BACKEND_LOG" 2>&1 &
  BACKEND_PID=$!
  wait_until_ready "backend" "$BASE_URL/q/health/ready" "$BACKEND_PID" "$BACKEND_LOG"
}

# wait_until_ready NAME URL PID LOG: polls URL until it answers 2xx; fails early if PID dies.
wait_until_ready() {
  local name="$1" url="$2" pid="$3" log="$4" waited=0
  until curl -fs -o /dev/null --max-time 2 "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The $name exited during start-up. Last lines of $log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if ((waited >= READY_TIMEOUT_S)); then
      echo "The $name was not ready after ${READY_TIMEOUT_S}s ($url). Last lines of $log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
}

print_summary() {
  local data="$CHILDPLAN_DB_DIR (embedded PostgreSQL)"
  if [[ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
    data="$QUARKUS_DATASOURCE_JDBC_URL (external PostgreSQL)"
  fi
  cat <<SUMMARY

ChildPlan is running.
  Web app:   $SPA_URL   (log in as planner.hue, officer.syt.hue or leader.hue; password "demo")
  API docs:  $BASE_URL/q/swagger-ui
  Contract:  $BASE_URL/q/openapi
  Health:    $BASE_URL/q/health
  Data:      $data
  Logs:      $LOG_DIR
SUMMARY
  if [[ "$LOCAL_KEYCLOAK" == true ]]; then
    print_keycloak_summary
  else
    echo "  Identity provider: $CHILDPLAN_OIDC_URL (external)"
  fi
  echo "Ctrl-C stops everything."
}

print_keycloak_summary() {
  local token_url="$CHILDPLAN_OIDC_URL/protocol/openid-connect/token"
  cat <<SUMMARY

Identity provider: Keycloak, realm childplan (backend/keycloak/childplan-realm.json; data in .data/keycloak)
  Issuer:         $CHILDPLAN_OIDC_URL
  Token URL:      $token_url
  Login (OIDC):   $CHILDPLAN_OIDC_URL/protocol/openid-connect/auth (the SPA, client childplan-spa, logs users in)
  Admin console:  $KEYCLOAK_URL/admin/   (master realm: admin / admin, local run only)

  Demo users, password "demo" for all (local/demo only):
    user                     role         unit_code             agency_code
    admin                    admin        -                     -
    planner.hue              planner      46 (Thừa Thiên Huế)   -
    officer.syt.hue          officer      46                    HUE-SYT
    officer.ldtbxh.hue       officer      46                    HUE-LDTBXH
    leader.hue               viewer       46                    -
    planner.haiduong         planner      30 (Hải Dương)        -
    officer.ldtbxh.haiduong  officer      30                    HD-LDTBXH
    planner.tayninh          planner      72 (Tây Ninh)         -

  A user's token for curl (client childplan-cli: password grant, local/demo only):
    T=\$(curl -s -d grant_type=password -d client_id=childplan-cli -d username=planner.hue -d password=demo \\
        $token_url | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    curl -H "Authorization: Bearer \$T" $BASE_URL/api/v1/documents

  A machine token (client childplan-integration: client credentials, role integration, national; demo secret):
    T=\$(curl -s -u childplan-integration:childplan-integration-demo-secret -d grant_type=client_credentials \\
        $token_url | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
SUMMARY
}

"$ROOT/scripts/ensure-tools.sh" backend
check_port_free
if [[ "$LOCAL_KEYCLOAK" == true ]]; then
  stop_orphan_keycloak
  check_keycloak_port_free
  # Keycloak starts first (the backend needs its OIDC server) and comes up while the backend builds.
  start_keycloak
fi
build_backend
build_spa
if [[ "$LOCAL_KEYCLOAK" == true ]]; then
  wait_for_keycloak
fi
start_backend
start_spa
print_summary
# Stay in the foreground while the backend lives; Ctrl-C lands in the traps above.
if ! wait "$BACKEND_PID"; then
  rc=$?
  echo "The backend stopped by itself (exit $rc); see $BACKEND_LOG" >&2
  exit "$rc"
fi
