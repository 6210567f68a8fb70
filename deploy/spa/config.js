// The web app's runtime settings (frontend/nginx/40-childplan-config.sh writes the same in compose).
window.__CHILDPLAN_CONFIG__ = {
  apiUrl: "",
  oidcAuthority: "https://auth.example.gov.vn/realms/childplan",
  oidcClientId: "childplan-spa",
};
