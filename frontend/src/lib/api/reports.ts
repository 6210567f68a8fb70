import { api, data } from './client'
import { queryFactory } from './query'

/** One report with its narratives, values and transitions (its version is the If-Match of the next change). */
export async function getReport(id: number) {
  return data(await api().GET('/api/v1/reports/{id}', { params: { path: { id } } }))
}

export const reportQuery = queryFactory('report', getReport)
