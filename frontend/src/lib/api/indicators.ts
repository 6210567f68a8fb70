import { api, data } from './client'
import { queryFactory } from './query'

/** The indicator catalogue, those whose code or names match `q` (diacritics ignored); a target's and an import's choice. */
export async function listIndicators(q: string) {
  return data(await api().GET('/api/v1/indicators', { params: { query: { q: q || undefined, size: 50 } } }))
}

export const indicatorsQuery = queryFactory('indicators', listIndicators)
