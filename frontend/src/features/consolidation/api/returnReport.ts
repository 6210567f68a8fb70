import { api, data } from '@/lib/api/client'

export async function returnReport(id: number, etag: string, comment: string) {
  return data(await api().POST('/api/v1/reports/{id}/return', {
    params: { path: { id }, header: { 'If-Match': etag } }, body: { comment },
  }))
}
