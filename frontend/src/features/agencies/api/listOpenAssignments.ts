import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'
import type { Schemas } from '@/lib/api/types'

const SIZE = 100
/** Closed work stays with the agency that did it; the succession moves the rest (its preview is the final word). */
const CLOSED: readonly string[] = ['DONE', 'CANCELLED']

/** The agency's open assignments across plans, every page of them, oldest first. */
export async function listOpenAssignments(agencyId: number) {
  const open: Schemas['Assignment'][] = []
  for (let page = 0; ; page++) {
    const answer = data(await api().GET('/api/v1/assignments', {
      params: { query: { agencyId, page, size: SIZE, sort: 'id' } },
    }))
    open.push(...(answer.items ?? []).filter((a) => !CLOSED.includes(a.status ?? '')))
    if (page + 1 >= (answer.totalPages ?? 0)) return open
  }
}

export const openAssignmentsQuery = queryFactory('open-assignments', listOpenAssignments)
