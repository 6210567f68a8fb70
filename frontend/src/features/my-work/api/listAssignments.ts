import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/** The agency's assignments, soonest due first. */
export async function listAssignments(agencyId: number, documentId?: number) {
  return data(await api().GET('/api/v1/assignments', {
    params: { query: { agencyId, documentId, size: 100, sort: 'dueOn' } },
  }))
}

export const assignmentsQuery = queryFactory('assignments', listAssignments)
