#!/usr/bin/env bash
# The local Keycloak of ./run.sh: the real server distribution from Maven Central, no Docker.
#
#   scripts/keycloak.sh fetch   download (once) and unpack org.keycloak:keycloak-quarkus-dist into .keycloak/
#   scripts/keycloak.sh run     start it in dev mode on CHILDPLAN_KEYCLOAK_PORT (default 8180), importing the realm
#                               backend/keycloak/childplan-realm.json; exec's kc.sh, so the caller's $! is kc.sh
#
# The download goes through the Maven wrapper (backend/mvnw), so the machine's Maven proxy and mirror settings apply;
# the zip then also sits in ~/.m2. The unpacked server is cached in .keycloak/keycloak-<version>/ (git-ignored): later
# runs neither download nor unpack again. Its first start re-augments the server (~30 s, kept in the cache too).
#
# Data: the server's `data` folder is .data/keycloak (dev-file H2 database, kept across restarts, like
# .data/postgres), through a home of its own in .data/keycloak/server (see run). The realm is copied to
# .data/keycloak/import/ at every start; --import-realm imports it only when the realm does not exist yet, so
# changes to the JSON need `rm -rf .data/keycloak` (the demo users and clients are re-created from the file; anything
# added through the admin console is lost).
#
# kc.sh does not exec java: it runs java as its child and forwards SIGTERM. Callers stop the whole process group
# (run.sh starts this under setsid, so the group is kc.sh's own).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KEYCLOAK_VERSION=26.5.6
CACHE_DIR="$ROOT/.keycloak"
KC_HOME="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
# CHILDPLAN_KEYCLOAK_DATA_DIR: another data folder, e.g. a fresh one per browser-test run (scripts/e2e.sh).
DATA_DIR="${CHILDPLAN_KEYCLOAK_DATA_DIR:-$ROOT/.data/keycloak}"
REALM_FILE="$ROOT/backend/keycloak/childplan-realm.json"
PORT="${CHILDPLAN_KEYCLOAK_PORT:-8180}"

fetch() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    return 0
  fi
  echo "Downloading Keycloak $KEYCLOAK_VERSION (once; cached in $CACHE_DIR)..."
  mkdir -p "$CACHE_DIR"
  local zip="$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" tmp="$CACHE_DIR/.unpack.$$"
  (cd "$ROOT/backend" && ./mvnw -B -q dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$CACHE_DIR")
  # Unpack beside the cache and rename at the end, so an interrupted unpack never looks like a complete server.
  rm -rf "$tmp"
  mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp" "$zip" # the zip is also in ~/.m2
}

run() {
  fetch
  mkdir -p "$DATA_DIR/import"
  # Each data folder starts the cached server from a home of its own ($DATA_DIR/server: a copy of kc.sh, links to
  # the server's other folders, and `data` linked back to $DATA_DIR), never through a link inside the shared server:
  # two Keycloaks starting at once (./run.sh, the browser tests, a benchmark) would swap it under each other.
  local home="$DATA_DIR/server"
  mkdir -p "$home/bin"
  cp -f "$KC_HOME/bin/kc.sh" "$home/bin/kc.sh"
  local folder
  for folder in conf lib providers themes; do ln -sfn "$KC_HOME/$folder" "$home/$folder"; done
  ln -sfn "$DATA_DIR" "$home/data"
  cp -f "$REALM_FILE" "$DATA_DIR/import/childplan-realm.json"
  # Bootstrap admin of the master realm (admin console), local run only. Keycloak creates it on the first start
  # only, when the master realm is created; later starts just say so in the log.
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
  # Keycloak 26 runs on the machine's JDK 17 (JAVA_HOME or PATH, like mvnw). It listens on the loopback only (its
  # admin console has a well-known password here), and --hostname fixes the token issuer to
  # http://localhost:$PORT/realms/childplan, the URL the backend checks, whichever address a client used.
  exec "$home/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$PORT" \
    --hostname="http://localhost:$PORT"
}

case "${1:-}" in
  fetch) fetch ;;
  run) run ;;
  *) echo "usage: $0 fetch|run" >&2; exit 2 ;;
esac
