import { api, data } from './client'
import { queryFactory } from './query'
import type { Schemas } from './types'

/** The caller's reminder settings: e-mail on or off, and the address it goes to. */
export async function getMyPreferences() {
  return data(await api().GET('/api/v1/me/preferences'))
}

export const preferencesQuery = queryFactory('preferences', getMyPreferences)

export async function updateMyPreferences(body: Schemas['PreferencesUpdate']) {
  return data(await api().PUT('/api/v1/me/preferences', { body }))
}
