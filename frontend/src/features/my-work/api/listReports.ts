import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

export async function listReports(agencyId: number) {
  return data(await api().GET('/api/v1/reports', { params: { query: { agencyId, size: 100 } } }))
}

export const reportsQuery = queryFactory('reports', listReports)
