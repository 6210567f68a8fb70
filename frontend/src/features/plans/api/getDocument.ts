import { api, data } from '@/lib/api/client'

export async function getDocument(id: number) {
  return data(await api().GET('/api/v1/documents/{id}', { params: { path: { id } } }))
}
