import { api, data } from './client'
import { queryFactory } from './query'

/**
 * A plan's unit and targets with their latest value and attainment: the plan page shows them; a report's values may
 * name only these indicators, the plan's unit and the units below it.
 */
export async function getPlanProgress(documentId: number) {
  return data(await api().GET('/api/v1/plans/{id}/progress', { params: { path: { id: documentId } } }))
}

export const planProgressQuery = queryFactory('plan-progress', getPlanProgress)
