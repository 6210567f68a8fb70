# Sourced by the scripts/benchmark-*.sh and scripts/crash-import.sh scripts (not run by itself): builds the backend
# when needed, starts the packaged backend against a fresh embedded PostgreSQL in a temporary directory (or the
# database named by QUARKUS_DATASOURCE_JDBC_URL, which must be empty and reachable by psql through PG* variables),
# with tokens verified by a throw-away RSA key instead of Keycloak, and defines:
#   $work, $http_port, $backend_pid        the temporary directory, the backend's port and process (the JVM itself)
#   $work/gc.log                           the backend's garbage collections (heap before->after each one)
#   start_backend                          starts the backend (again, after it was killed) and waits until it is ready
#   load FROM TO                           loads provinces FROM..TO of scripts/benchmark/national-data.sql
#   token ROLE [UNIT_CODE]                 prints a signed bearer token (an hour long) for the backend
# Before sourcing, a script may set BACKEND_OPTS (an array of extra -D options for the backend) and SEPARATE_DB=1:
# then the database is a PostgreSQL server of its own in $work/postgres, started with pg_ctl from the binaries the
# packaged backend ships (Zonky's), which outlives the backend — killed and started again on the same data
# (scripts/crash-import.sh) — and is stopped at the end.
# KEEP=1 keeps the temporary directory with the backend's log; BACKEND_JAR runs another build's quarkus-run.jar (one
# copied aside, to compare two builds in one session).

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if [[ "${1:-}" == "--build" || ( -z "${BACKEND_JAR:-}" && ! -f "$root/backend/target/quarkus-app/quarkus-run.jar" ) ]]; then
  (cd "$root/backend" && "$root/scripts/as-nonroot.sh" ./mvnw -B -q package -DskipTests)
fi

work="$(mktemp -d /tmp/childplan-benchmark.XXXXXX)"
backend_pid=""
cleanup() {
  local status=$?
  # a cleanup stops nothing half-way: under the scripts' set -e, the log excerpt's grep | head (SIGPIPE, pipefail)
  # ended it before the backend was stopped, leaving the JVM and its database running after a failed run
  set +e
  if ((status != 0)) && [[ -f "$work/backend.log" ]]; then grep -A30 ' ERROR ' "$work/backend.log" | head -60; fi
  if [[ -n "$backend_pid" ]]; then kill "$backend_pid" 2>/dev/null || true; wait "$backend_pid" 2>/dev/null || true; fi
  # what the script left running in the background (a sampler, a watcher), by process id
  local pending
  pending="$(jobs -p)"
  if [[ -n "$pending" ]]; then kill $pending 2>/dev/null || true; fi
  if [[ -f "$work/postgres/postmaster.pid" ]]; then
    "$root/scripts/as-nonroot.sh" "$work/pg/bin/pg_ctl" stop -D "$work/postgres" -m fast >/dev/null || true
  fi
  if [[ -z "${KEEP:-}" ]]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
http_port="$(free_port)"
db_port="$(free_port)"

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$work/key.pem" -outform DER -out "$work/key.der"
public_key="$(openssl rsa -in "$work/key.pem" -pubout -outform DER 2>/dev/null | base64 -w0)"

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
token() {
  local role=$1 unit=${2:-} now header claims signed
  now=$(date +%s)
  header='{"alg":"RS256","typ":"JWT","kid":"benchmark"}'
  claims="{\"iss\":\"childplan-benchmark\",\"aud\":\"childplan-api\",\"sub\":\"benchmark-$role\",\"preferred_username\":\"benchmark.$role\",\"azp\":\"childplan-benchmark\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + 3600))${unit:+,\"unit_code\":\"$unit\"}}"
  signed="$(printf '%s' "$header" | b64url).$(printf '%s' "$claims" | b64url)"
  printf '%s.%s\n' "$signed" "$(printf '%s' "$signed" | openssl dgst -sha256 -sign "$work/key.pem" -binary | b64url)"
}

if [[ -n "${SEPARATE_DB:-}" ]]; then
  # the binaries of the packaged backend's own embedded PostgreSQL, so the server is the version it expects; PG_BIN
  # names others (a full installation's bin/, with pg_dump and pg_restore: scripts/backup-drill.sh)
  mkdir "$work/pg"
  if [[ -n "${PG_BIN:-}" ]]; then
    ln -s "$PG_BIN" "$work/pg/bin"
  else
    unzip -p "$(ls "$root"/backend/target/quarkus-app/lib/main/io.zonky.test.postgres.embedded-postgres-binaries-*.jar)" \
      '*.txz' | tar -xJ -C "$work/pg"
  fi
  chmod 777 "$work"
  "$root/scripts/as-nonroot.sh" "$work/pg/bin/initdb" -D "$work/postgres" -U postgres -A trust -E UTF8 >/dev/null
  "$root/scripts/as-nonroot.sh" "$work/pg/bin/pg_ctl" start -w -D "$work/postgres" -l "$work/postgres.log" \
    -o "-p $db_port -c listen_addresses=localhost -c unix_socket_directories=$work" >/dev/null
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$db_port/postgres" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
  export PGHOST=localhost PGPORT="$db_port" PGUSER=postgres PGDATABASE=postgres
elif [[ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
  export CHILDPLAN_DB_DIR="$work/postgres" CHILDPLAN_DB_PORT="$db_port"
  export PGHOST=localhost PGPORT="$db_port" PGUSER=postgres PGDATABASE=postgres
fi
chmod 777 "$work"

start_backend() {
  echo "starting the backend on port $http_port (log: $work/backend.log)"
  # stdout.log is appended to and backend.log rotated at each start (backend.log.1…): a killed backend's log stays
  "$root/scripts/as-nonroot.sh" java \
    -Dquarkus.http.port="$http_port" \
    -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$public_key" \
    -Dquarkus.oidc.token.audience=childplan-api \
    -Dquarkus.log.console.level=INFO \
    -Dquarkus.log.file.enabled=true -Dquarkus.log.file.path="$work/backend.log" -Dquarkus.log.file.level=DEBUG \
    -Xlog:gc:file="$work/gc.log" \
    "${BACKEND_OPTS[@]}" \
    -jar "${BACKEND_JAR:-$root/backend/target/quarkus-app/quarkus-run.jar}" >>"$work/stdout.log" 2>&1 &
  backend_pid=$!
  for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$http_port/q/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$backend_pid" 2>/dev/null; then cat "$work/stdout.log"; exit 1; fi
    sleep 1
  done
  echo "the backend was not ready after 180 s" >&2
  exit 1
}
start_backend

load() {
  local from=$1 to=$2
  local t0=$SECONDS
  psql -q -v ON_ERROR_STOP=1 -1 -v from="$from" -v to="$to" -f "$root/scripts/benchmark/national-data.sql"
  psql -q -c "VACUUM ANALYZE"
  echo "loaded provinces $from–$to in $((SECONDS - t0)) s: $(psql -Atc "SELECT count(*) FROM indicator_value") values," \
    "$(psql -Atc "SELECT count(*) FROM admin_unit WHERE basis = 'benchmark'") communes," \
    "$(psql -Atc "SELECT count(*) FROM document") plans, $(psql -Atc "SELECT count(*) FROM target") targets," \
    "$(psql -Atc "SELECT count(*) FROM assignment") assignments, $(psql -Atc "SELECT count(*) FROM report") reports"
}
