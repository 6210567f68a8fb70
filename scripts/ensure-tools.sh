#!/usr/bin/env bash
# Installs the OS packages that run.sh and test.sh need, and only those that are missing:
# a machine that already has everything runs no apt-get at all (not even `apt-get update`).
# Node.js must be 20.19 or later: Debian's package is older, so where node is missing a newer one is better
# installed from nodejs.org (CI: actions/setup-node) — this script refuses an old one rather than fail in the build.
#
#   scripts/ensure-tools.sh backend   what run.sh needs: JDK 17+, curl (readiness probe), unshare, setsid, unzip
#                                     (the last two for the local Keycloak, scripts/keycloak.sh), Node.js 20.19+ and
#                                     npm (run.sh builds and serves the web app)
#   scripts/ensure-tools.sh faults    backend's + what scripts/faults.sh uses: psql, jq, openssl, bc and HAProxy
#                                     (the proxy in front of two replicas)
#   scripts/ensure-tools.sh load      backend's + psql and python3 (scripts/load-test.sh seeds its data with psql)
#   scripts/ensure-tools.sh [all]     the above + docker-compose (test.sh validates docker-compose.yml) and Chromium
#                                     (the browser tests drive Debian's chromium through Playwright Test)
#   scripts/ensure-tools.sh drill     backend's + PostgreSQL's server and client tools (pg_dump, pg_restore, psql) and
#                                     openssl, for scripts/backup-drill.sh
#   scripts/ensure-tools.sh benchmarks  backend's + what the scripts/benchmark-*.sh scripts run: psql and
#                                     pgbench, wrk (HTTP load with Lua), openssl, bc, python3
set -euo pipefail

mode="${1:-all}"
case "$mode" in
  backend | all | faults | load | drill | benchmarks) ;;
  *) echo "usage: $0 [backend|all|faults|load|drill|benchmarks]" >&2; exit 2 ;;
esac

missing=()

# need COMMAND DEBIAN_PACKAGE: queue the package when the command is not on PATH.
need() {
  command -v "$1" >/dev/null 2>&1 || missing+=("$2")
}

# mvnw and run.sh use $JAVA_HOME/bin when JAVA_HOME is set, else PATH; both need a JDK >= 17.
java_ok() {
  local javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac" version
  version="$("$javac" -version 2>&1)" || return 1 # prints e.g. "javac 17.0.15"
  version="${version#javac }"
  version="${version%%.*}"
  [[ "$version" =~ ^[0-9]+$ ]] && ((version >= 17))
}

java_ok || missing+=(openjdk-17-jdk-headless)
need curl curl
need unshare util-linux # PostgreSQL refuses to run as root: see scripts/as-nonroot.sh
need setsid util-linux  # run.sh starts Keycloak in its own process group, to stop kc.sh and its java child
need unzip unzip        # unpacks the Keycloak server (scripts/keycloak.sh)
need node nodejs
need npm npm
if [[ "$mode" == load ]]; then
  need psql postgresql-client
  need python3 python3
fi
if [[ "$mode" == all ]]; then
  need docker-compose docker-compose
  # CHROMIUM names another Chromium-based browser for the browser tests (e.g. Google Chrome on GitHub's runner, where
  # apt's chromium is only a snap stub); otherwise Debian's package.
  if [[ -z "${CHROMIUM:-}" ]]; then
    need chromium chromium
  fi
fi

if [[ "$mode" == all || "$mode" == faults ]]; then
  need psql postgresql-client
  need jq jq
  need openssl openssl
  need bc bc
  need haproxy haproxy
fi

if [[ "$mode" == drill ]]; then
  need openssl openssl
  need pg_dump postgresql-client
  compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || missing+=(postgresql)
fi

if [[ "$mode" == benchmarks ]]; then
  need psql postgresql-client
  need pgbench postgresql-client
  need wrk wrk
  need openssl openssl
  need bc bc
  need python3 python3
fi

if ((${#missing[@]} > 0)); then
  echo "ensure-tools: installing ${missing[*]}"
  # Root (our machines and CI) installs directly; elsewhere (e.g. GitHub's runner) through sudo.
  sudo=()
  if ((EUID != 0)); then
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive # CI has no stdin: never let apt ask anything
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Vite 8 needs Node.js 20.19 or later; an older distribution package is no use (install one from nodejs.org).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "ensure-tools: Node.js $(node -v) is too old for the web app's build; install 20.19 or later" >&2
  exit 1
fi

if ! java_ok; then
  echo "ensure-tools: still no JDK 17+ (JAVA_HOME=${JAVA_HOME:-unset}); point JAVA_HOME at one" >&2
  exit 1
fi
