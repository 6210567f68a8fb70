import { api, data } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

export async function saveReport(id: number, etag: string, input: Schemas['ReportInput']) {
  return data(await api().PUT('/api/v1/reports/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } }, body: input,
  }))
}
