import { api, data } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

/** Creates the document, or replaces it when an id and the ETag of the version the user edited are given. */
export async function saveDocument(input: Schemas['DocumentInput'], existing?: { id: number; etag: string }) {
  if (!existing) return data(await api().POST('/api/v1/documents', { body: input }))
  return data(await api().PUT('/api/v1/documents/{id}', {
    params: { path: { id: existing.id }, header: { 'If-Match': existing.etag } }, body: input,
  }))
}
