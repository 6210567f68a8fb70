import { api, data } from '@/lib/api/client'

/** Which period types a plan is reported by: what a new report may be for. */
export async function listRegimes(documentId: number) {
  return data(await api().GET('/api/v1/reporting-regimes', { params: { query: { documentId, size: 20 } } }))
}
