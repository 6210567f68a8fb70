import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/** The plan in one call: metadata, cascade, objectives with targets, task tree with assignments. */
export async function getPlan(id: number) {
  return data(await api().GET('/api/v1/plans/{id}', { params: { path: { id } } }))
}

export const planQuery = queryFactory('plan', getPlan)
