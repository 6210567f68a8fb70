import { api, data } from '@/lib/api/client'

/** The plan's unit and targets: which indicators, units and breakdowns a report's values may name. */
export async function getPlanProgress(documentId: number) {
  return data(await api().GET('/api/v1/plans/{id}/progress', { params: { path: { id: documentId } } }))
}
