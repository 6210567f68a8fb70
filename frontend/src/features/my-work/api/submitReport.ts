import { api, data } from '@/lib/api/client'

export async function submitReport(id: number, etag: string) {
  return data(await api().POST('/api/v1/reports/{id}/submit', {
    params: { path: { id }, header: { 'If-Match': etag } }, body: {},
  }))
}
