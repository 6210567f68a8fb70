import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/** The plan's targets against those of the documents it implements: missing, weaker, matched, additional. */
export async function getPlanCoverage(id: number) {
  return data(await api().GET('/api/v1/plans/{id}/coverage', { params: { path: { id } } }))
}

export const planCoverageQuery = queryFactory('planCoverage', getPlanCoverage)
