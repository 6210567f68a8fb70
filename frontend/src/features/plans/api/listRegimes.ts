import { api, data } from '@/lib/api/client'

export async function listRegimes(documentId: number) {
  return data(await api().GET('/api/v1/reporting-regimes', { params: { query: { documentId, size: 20 } } }))
}
