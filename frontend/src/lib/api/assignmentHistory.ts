import { api, data } from './client'
import { queryFactory } from './query'

/** Each change of an assignment's status, note or date, newest first, with who made it and when. */
export async function listAssignmentHistory(id: number) {
  return data(await api().GET('/api/v1/assignments/{id}/history', { params: { path: { id } } }))
}

export const assignmentHistoryQuery = queryFactory('assignment-history', listAssignmentHistory)
