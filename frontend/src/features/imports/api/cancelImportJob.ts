import { api, data } from '@/lib/api/client'

/** Cancels a queued or running job: its import rolls back, nothing of it stays. */
export async function cancelImportJob(id: number) {
  return data(await api().POST('/api/v1/import-jobs/{id}/cancel', { params: { path: { id } } }))
}
