#!/usr/bin/env bash
# The fault scripts (README "Faults and replicas"): each starts what it needs on free ports in a temporary directory,
# prints PASS/FAIL lines with its figures and exits non-zero on a failure.
#
#   scripts/faults.sh [all|kill-submit|kill-import|db-restart|keycloak-down|replicas]...   (default: all)
#
#   kill-submit    kill -9 of the backend during a burst of report submissions (scripts/faults/kill-submit.sh)
#   kill-import    kill -9 during a large import (scripts/crash-import.sh; ROWS, default here 100,000)
#   db-restart     PostgreSQL stopped and started again under load (scripts/faults/db-restart.sh)
#   keycloak-down  Keycloak stopped: tokens already issued keep working, new logins fail (scripts/faults/keycloak-down.sh)
#   replicas       two backends behind HAProxy, one killed under load; reminders once (scripts/faults/replicas.sh)
# Needs psql, jq, openssl, unzip, bc and curl (scripts/ensure-tools.sh faults installs them with HAProxy); builds the
# backend when backend/target has no package (--build: always).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/ensure-tools.sh" faults
if [[ "${1:-}" == "--build" || ! -f "$root/backend/target/quarkus-app/quarkus-run.jar" ]]; then
  [[ "${1:-}" == "--build" ]] && shift
  (cd "$root/backend" && "$root/scripts/as-nonroot.sh" ./mvnw -B -q package -DskipTests)
fi
scenarios=("$@")
if ((${#scenarios[@]} == 0)) || [[ "${scenarios[0]}" == all ]]; then
  scenarios=(kill-submit kill-import db-restart keycloak-down replicas)
fi
failed=()
for s in "${scenarios[@]}"; do
  echo "==> $s ($(uptime | sed 's/.*load/load/'))"
  t0=$SECONDS
  case "$s" in
    kill-import) ROWS="${ROWS:-100000}" "$root/scripts/crash-import.sh" || failed+=("$s") ;;
    kill-submit | db-restart | keycloak-down | replicas) "$root/scripts/faults/$s.sh" || failed+=("$s") ;;
    *) echo "unknown scenario $s" >&2; exit 2 ;;
  esac
  echo "<== $s: $((SECONDS - t0)) s"
done
if ((${#failed[@]} > 0)); then
  echo "faults: FAILED ${failed[*]}"
  exit 1
fi
echo "faults: ${scenarios[*]} passed"
