#!/usr/bin/env bash
# Keycloak down: tokens already issued keep working (the backend verifies them with the keys it fetched once, no call
# to Keycloak per request), new logins fail (the SPA says so: LoginView, "Không kết nối được máy chủ đăng nhập"),
# and a backend starts while Keycloak is down — it answers 503 IDENTITY_PROVIDER_UNAVAILABLE until it can fetch the
# keys, and fetches them once Keycloak is there.
#
# Starts the packaged backend (scripts/benchmark/backend.sh, embedded PostgreSQL) pointed at a Keycloak that is not
# running yet, then a real Keycloak (scripts/keycloak.sh, realm backend/keycloak/childplan-realm.json, fresh data in
# the temporary directory) on a free port; logs planner.hue in (password grant of childplan-cli), stops Keycloak,
# sends REQUESTS (default 300) requests with the token, tries a new login, restarts the backend while Keycloak is
# still down, then starts Keycloak again. Prints PASS/FAIL lines; exits 1 on a failure.
set -euo pipefail
requests="${REQUESTS:-300}"
scenario=keycloak-down
kc_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
issuer="http://localhost:$kc_port/realms/childplan"
BACKEND_OPTS=("-Dquarkus.oidc.auth-server-url=$issuer" -Dquarkus.oidc.public-key=)
source "$(dirname "$0")/../benchmark/backend.sh"
source "$(dirname "$0")/lib.sh"
api="http://localhost:$http_port/api/v1"
pass "the backend started and is ready while Keycloak is down"

kc_pid=""
keycloak_up() {
  CHILDPLAN_KEYCLOAK_PORT="$kc_port" CHILDPLAN_KEYCLOAK_DATA_DIR="$work/keycloak" \
    setsid "$root/scripts/keycloak.sh" run >>"$work/keycloak.log" 2>&1 </dev/null &
  kc_pid=$! # kc.sh, leader of its own process group: stopping the group stops its java child too
  discovery() { curl -fs -o /dev/null "$issuer/.well-known/openid-configuration"; }
  wait_for 300 discovery || { tail -20 "$work/keycloak.log"; fail "Keycloak not up after 300 s"; finish keycloak-down; }
}
keycloak_down() {
  kill -- -"$kc_pid" 2>/dev/null || true
  wait "$kc_pid" 2>/dev/null || true
  kc_pid=""
}
trap 'status=$?; [[ -z "$kc_pid" ]] || keycloak_down; (exit $status); cleanup' EXIT
# login: the planner's access token through the password grant (a fresh login, as the SPA's redirect makes one)
login() {
  curl -s -o "$work/login.json" -w '%{http_code}' -d grant_type=password -d client_id=childplan-cli \
    -d username=planner.hue -d password=demo "$issuer/protocol/openid-connect/token" || true
}
me() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" "$api/me"; }

keycloak_up
expect "a login while Keycloak is up" "$(login)" 200
token="$(jq -r .access_token "$work/login.json")"
expect "the token at the backend that started without Keycloak (keys fetched on first use)" "$(me "$token")" 200

keycloak_down
expect "a new login while Keycloak is down (no answer)" "$(login)" 000
t0=$(date +%s%3N)
for ((i = 0; i < requests; i++)); do
  if ((i % 2 == 0)); then me "$token"; else
    curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api/documents?size=1"; fi
  echo
done >"$work/answers"
elapsed=$(($(date +%s%3N) - t0))
expect "requests with the token issued before, answered 2xx while Keycloak is down" \
  "$(grep -c '^2' "$work/answers") of $requests" "$requests of $requests"
echo "$requests requests in $elapsed ms while Keycloak was down ($(uptime | sed 's/.*load/load/'))"

kill "$backend_pid"
wait "$backend_pid" 2>/dev/null || true
start_backend
pass "the backend restarted while Keycloak is down is ready"
curl -s -o "$work/refused.json" -H "Authorization: Bearer $token" "$api/me" || true
# it has no keys to verify the token with until Keycloak is back: 503 problem+json (retry later), never a 500
expect "the token at the backend restarted while Keycloak is down" "$(jq -r '"\(.status) \(.code)"' \
  "$work/refused.json")" "503 IDENTITY_PROVIDER_UNAVAILABLE"

keycloak_up
expect "a login once Keycloak is back" "$(login)" 200
expect "the new token at that backend (keys fetched now)" "$(me "$(jq -r .access_token "$work/login.json")")" 200
# 401 once it has expired (access tokens live 5 minutes; Keycloak's start may take longer on a busy machine)
expect "the token issued before the outage at that backend" "$(me "$token")" 200 401
finish keycloak-down
