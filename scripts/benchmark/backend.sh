# Sourced by the benchmark scripts (scripts/benchmark-*.sh): packages the backend when asked (--build) or when it is
# missing, and starts it against a fresh embedded PostgreSQL in a temporary directory (or QUARKUS_DATASOURCE_JDBC_URL,
# reachable by psql through PG* variables), with tokens verified by a throw-away RSA key instead of Keycloak. Leaves
# $work (the directory, with key.pem/key.der and backend.log), $http_port and $backend_pid, and stops the backend on
# exit. BACKEND_OPTS adds JVM options (e.g. a larger body limit).
if [[ "${1:-}" == "--build" || ! -f "$root/backend/target/quarkus-app/quarkus-run.jar" ]]; then
  (cd "$root/backend" && "$root/scripts/as-nonroot.sh" ./mvnw -B -q package -DskipTests)
fi

work="$(mktemp -d /tmp/childplan-benchmark.XXXXXX)"
backend_pid=""
cleanup() {
  local status=$?
  if ((status != 0)) && [[ -f "$work/backend.log" ]]; then grep -A30 ' ERROR ' "$work/backend.log" | head -60; fi
  if [[ -n "$backend_pid" ]]; then kill "$backend_pid" 2>/dev/null || true; wait "$backend_pid" 2>/dev/null || true; fi
  if [[ -z "${KEEP:-}" ]]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
http_port="$(free_port)"
db_port="$(free_port)"

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$work/key.pem" -outform DER -out "$work/key.der"
public_key="$(openssl rsa -in "$work/key.pem" -pubout -outform DER 2>/dev/null | base64 -w0)"

if [[ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
  export CHILDPLAN_DB_DIR="$work/postgres" CHILDPLAN_DB_PORT="$db_port"
  export PGHOST=localhost PGPORT="$db_port" PGUSER=postgres PGDATABASE=postgres
fi
chmod 777 "$work"
echo "starting the backend on port $http_port (log: $work/backend.log)"
"$root/scripts/as-nonroot.sh" java ${BACKEND_OPTS:-} \
  -Dquarkus.http.port="$http_port" \
  -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$public_key" \
  -Dquarkus.oidc.token.audience=childplan-api \
  -Dquarkus.log.category.\"org.hibernate.SQL\".level=DEBUG \
  -Dquarkus.log.console.level=INFO \
  -Dquarkus.log.file.enabled=true -Dquarkus.log.file.path="$work/backend.log" -Dquarkus.log.file.level=DEBUG \
  -jar "$root/backend/target/quarkus-app/quarkus-run.jar" >"$work/stdout.log" 2>&1 &
backend_pid=$!
for _ in $(seq 1 180); do
  if curl -fs "http://localhost:$http_port/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$backend_pid" 2>/dev/null; then cat "$work/stdout.log"; exit 1; fi
  sleep 1
done

