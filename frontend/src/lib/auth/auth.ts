import { UserManager, type User } from 'oidc-client-ts'
import { computed, shallowRef } from 'vue'
import { userManagerSettings } from './settings'

let manager: UserManager | undefined
const user = shallowRef<User | null>(null)

function userManager(): UserManager {
  if (!manager) {
    manager = new UserManager(userManagerSettings())
    manager.events.addUserLoaded((u) => {
      user.value = u
    })
    manager.events.addUserUnloaded(() => {
      user.value = null
    })
  }
  return manager
}

export const currentUser = computed(() => user.value)
/** The last return from the identity provider could not be completed (expired or replayed answer, IdP down). */
export const loginFailed = shallowRef(false)
export const isAuthenticated = computed(() => !!user.value && !user.value.expired)

export function accessToken(): string | undefined {
  return user.value?.access_token
}

/**
 * Called once at start-up. Back from the identity provider (?code=…&state=…): completes the login and returns the
 * path the user wanted. Otherwise tries a silent login in a hidden iframe, so a reload keeps the user logged in
 * while their Keycloak session lasts (tokens are in memory only and do not survive the reload themselves).
 */
export async function restoreSession(): Promise<string | undefined> {
  const params = new URLSearchParams(window.location.search)
  if (params.has('state') && (params.has('code') || params.has('error'))) {
    try {
      const u = await userManager().signinRedirectCallback()
      user.value = u
      return typeof u.state === 'string' ? u.state : '/'
    } catch {
      loginFailed.value = true // the login page says so and offers to try again
      return undefined
    } finally {
      window.history.replaceState({}, '', window.location.pathname)
    }
  }
  try {
    user.value = await userManager().signinSilent()
  } catch {
    user.value = null // no Keycloak session: the login page asks
  }
  return undefined
}

export function login(returnTo: string): Promise<void> {
  return userManager().signinRedirect({ state: returnTo })
}

/**
 * The API refused the token (401): the session ended (idle timeout, logout elsewhere) and silent renewal could not
 * save it. Start again from the login page, coming back to where the user was.
 */
export function sessionEnded(): void {
  user.value = null
  const here = window.location.pathname + window.location.search
  window.location.assign(`/login?returnTo=${encodeURIComponent(here)}`)
}

export async function logout(): Promise<void> {
  const idToken = user.value?.id_token
  await userManager().removeUser()
  await userManager().signoutRedirect({ id_token_hint: idToken })
}
