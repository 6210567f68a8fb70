import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/** The unit's dashboard in one call; without unitId the caller's own unit (the whole country for administrators). */
export async function getDashboard(unitId: number | undefined, asOf: string) {
  return data(await api().GET('/api/v1/dashboard', { params: { query: { unitId, asOf } } }))
}

export const dashboardQuery = queryFactory('dashboard', getDashboard)
