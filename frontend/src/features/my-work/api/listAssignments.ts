import { api, data } from '@/lib/api/client'

/** The agency's assignments, soonest due first. */
export async function listAssignments(agencyId: number, documentId?: number) {
  return data(await api().GET('/api/v1/assignments', {
    params: { query: { agencyId, documentId, size: 100, sort: 'dueOn' } },
  }))
}
