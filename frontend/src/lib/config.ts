/** Runtime settings from /config.js (see index.html): one build runs locally and in compose. */
export interface RuntimeConfig {
  apiUrl: string
  oidcAuthority: string
  oidcClientId: string
}

declare global {
  interface Window {
    __CHILDPLAN_CONFIG__?: Partial<RuntimeConfig>
  }
}

export function runtimeConfig(): RuntimeConfig {
  const c = window.__CHILDPLAN_CONFIG__ ?? {}
  if (!c.oidcAuthority || !c.oidcClientId) {
    throw new Error('config.js is missing oidcAuthority or oidcClientId')
  }
  // An empty apiUrl means "same origin" (compose proxies /api to the backend).
  return { apiUrl: (c.apiUrl ?? '').replace(/\/$/, ''), oidcAuthority: c.oidcAuthority, oidcClientId: c.oidcClientId }
}
