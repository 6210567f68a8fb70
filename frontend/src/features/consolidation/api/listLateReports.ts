import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'
import type { paths } from '@/lib/api/schema'

export type LateQuery = NonNullable<paths['/api/v1/late-reports']['get']['parameters']['query']>

/** Reports missing or late on `asOf` across the caller's plans, oldest deadline first. */
export async function listLateReports(query: LateQuery) {
  return data(await api().GET('/api/v1/late-reports', { params: { query } }))
}

export const lateReportsQuery = queryFactory('late-reports', listLateReports)
