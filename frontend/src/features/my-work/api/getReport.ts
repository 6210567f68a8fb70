import { api, data } from '@/lib/api/client'

export async function getReport(id: number) {
  return data(await api().GET('/api/v1/reports/{id}', { params: { path: { id } } }))
}
