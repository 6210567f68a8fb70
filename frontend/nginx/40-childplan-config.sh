#!/bin/sh
# Runs at container start (the nginx image runs /docker-entrypoint.d/*): the app's runtime settings from the
# environment. CHILDPLAN_API_URL empty = the API is on this origin (proxied under /api by default.conf).
set -eu
cat >/usr/share/nginx/html/config.js <<JS
window.__CHILDPLAN_CONFIG__ = {
  apiUrl: "${CHILDPLAN_API_URL}",
  oidcAuthority: "${CHILDPLAN_OIDC_AUTHORITY}",
  oidcClientId: "${CHILDPLAN_OIDC_CLIENT_ID}",
};
JS
