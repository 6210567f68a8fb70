import { api, data } from './client'
import { queryFactory } from './query'

/**
 * Agencies by name, those whose name matches `q` when it is given (diacritics ignored); former ones too, as old
 * plans name them.
 */
export async function listAgencies(q: string | undefined, size: number) {
  return data(await api().GET('/api/v1/agencies', { params: { query: { q: q || undefined, size, sort: 'name' } } }))
}

export const agenciesQuery = queryFactory('agencies', listAgencies)
