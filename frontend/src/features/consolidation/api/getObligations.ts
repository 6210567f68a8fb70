import { api, data } from '@/lib/api/client'

export async function getObligations(documentId: number, periodCode: string) {
  return data(await api().GET('/api/v1/documents/{id}/obligations', {
    params: { path: { id: documentId }, query: { periodCode } },
  }))
}
