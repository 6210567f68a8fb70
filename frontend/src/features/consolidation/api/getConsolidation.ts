import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/** The lead agency's view of one plan and period: every agency's standing, narratives per task, figures per indicator. */
export async function getConsolidation(documentId: number, periodCode: string) {
  return data(await api().GET('/api/v1/plans/{id}/consolidation', {
    params: { path: { id: documentId }, query: { periodCode } },
  }))
}

export const consolidationQuery = queryFactory('consolidation', getConsolidation)
