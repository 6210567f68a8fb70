// Runtime settings of the web app, read before the app starts. This file is the local default (./run.sh,
// `npm run dev`); deployments replace it (docker-compose writes it from environment variables at container start).
window.__CHILDPLAN_CONFIG__ = {
  apiUrl: "http://localhost:8080",
  oidcAuthority: "http://localhost:8180/realms/childplan",
  oidcClientId: "childplan-spa",
};
