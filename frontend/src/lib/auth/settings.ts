import { InMemoryWebStorage, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts'
import { runtimeConfig } from '@/lib/config'

/** Authorization code + PKCE against the childplan realm; tokens live in memory only, never in web storage. */
export function userManagerSettings(): UserManagerSettings {
  const config = runtimeConfig()
  const origin = window.location.origin
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    silent_redirect_uri: `${origin}/silent-renew.html`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    automaticSilentRenew: true,
  }
}
