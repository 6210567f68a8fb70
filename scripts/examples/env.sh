# Shared by the curl examples: where the system is and a token of the machine client (childplan-integration,
# client credentials). Override API, TOKEN_URL, CLIENT_ID and CLIENT_SECRET for another system.
API="${API:-http://localhost:8080/api/v1}"
TOKEN_URL="${TOKEN_URL:-http://localhost:8180/realms/childplan/protocol/openid-connect/token}"
CLIENT_ID="${CLIENT_ID:-childplan-integration}"
CLIENT_SECRET="${CLIENT_SECRET:-childplan-integration-demo-secret}"

# token: prints a fresh access token (they live 5 minutes: take one per run, or per batch of calls)
token() {
  curl -sf -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials "$TOKEN_URL" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
