import { api, data } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

export async function saveRegime(input: Schemas['ReportingRegimeInput'], existing?: { id: number; etag: string }) {
  if (!existing) return data(await api().POST('/api/v1/reporting-regimes', { body: input }))
  return data(await api().PUT('/api/v1/reporting-regimes/{id}', {
    params: { path: { id: existing.id }, header: { 'If-Match': existing.etag } }, body: input,
  }))
}
