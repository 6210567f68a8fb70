#!/usr/bin/env bash
# Runs ChildPlan locally: builds the backend and starts it. Without QUARKUS_DATASOURCE_JDBC_URL the backend starts
# its own embedded PostgreSQL in .data/postgres, so data survives restarts (and kill -9). Ctrl-C stops everything.
#
# Environment (all optional):
#   CHILDPLAN_HTTP_PORT          HTTP port of the backend (default 8080)
#   CHILDPLAN_DB_DIR             embedded PostgreSQL's data folder (default .data/postgres)
#   QUARKUS_DATASOURCE_JDBC_URL  use this external PostgreSQL instead (+ QUARKUS_DATASOURCE_USERNAME/_PASSWORD)
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

BACKEND_PID=""

# Stops the backend on any exit (Ctrl-C, error, kill). SIGTERM lets Quarkus shut down cleanly, and the backend
# stops its embedded PostgreSQL on shutdown. Only if it hangs do we kill -9 (the data survives that too).
stop_all() {
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
trap stop_all EXIT
# Turn signals into a normal exit so the EXIT trap runs exactly once. (A background job of a script ignores
# SIGINT, so Ctrl-C reaches the backend only through stop_all's SIGTERM.)
trap 'exit 130' INT
trap 'exit 143' TERM

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
  API docs:  $BASE_URL/q/swagger-ui
  Contract:  $BASE_URL/q/openapi
  Health:    $BASE_URL/q/health
  Data:      $data
  Logs:      $LOG_DIR
Ctrl-C stops everything.
SUMMARY
}

"$ROOT/scripts/ensure-tools.sh" backend
check_port_free
build_backend
# Issue 3 (security) adds start_keycloak here: a local Keycloak (server cached in .keycloak/) with the realm from
# backend/keycloak/, started before the backend so that the backend can reach its OIDC server.
start_backend
# Issue 5 (SPA) adds start_frontend here: the Vue SPA served against this backend.
print_summary
# Stay in the foreground while the backend lives; Ctrl-C lands in the traps above.
if ! wait "$BACKEND_PID"; then
  rc=$?
  echo "The backend stopped by itself (exit $rc); see $BACKEND_LOG" >&2
  exit "$rc"
fi
