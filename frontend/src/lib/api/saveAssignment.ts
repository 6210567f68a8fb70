import { api, data } from './client'
import type { Schemas } from './types'

/**
 * Creates an assignment, or replaces one (its If-Match): the plan's planners edit it whole, its agency's officers
 * send it back as it is with a new progress report (status, note, date).
 */
export async function saveAssignment(input: Schemas['AssignmentInput'], existing?: { id: number; etag: string }) {
  if (!existing) return data(await api().POST('/api/v1/assignments', { body: input }))
  return data(await api().PUT('/api/v1/assignments/{id}', {
    params: { path: { id: existing.id }, header: { 'If-Match': existing.etag } }, body: input,
  }))
}
