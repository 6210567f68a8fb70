import { api, data } from './client'
import { queryFactory } from './query'

/**
 * The reporting regimes of a plan (which period types it is reported by), or without `documentId` every regime the
 * caller can see: each is a plan and period type someone consolidates.
 */
export async function listRegimes(documentId?: number) {
  return data(await api().GET('/api/v1/reporting-regimes', { params: { query: { documentId, size: 100 } } }))
}

export const regimesQuery = queryFactory('reporting-regimes', listRegimes)
