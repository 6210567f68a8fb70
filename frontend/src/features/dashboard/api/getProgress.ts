import { api, data } from '@/lib/api/client'

export async function getProgress(id: number) {
  return data(await api().GET('/api/v1/plans/{id}/progress', { params: { path: { id } } }))
}
