import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

export async function listIndicators(q: string) {
  return data(await api().GET('/api/v1/indicators', { params: { query: { q: q || undefined, size: 50 } } }))
}

export const indicatorsQuery = queryFactory('indicators', listIndicators)
