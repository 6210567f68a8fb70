import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/** An import job as it stands: state, rows read, checked and written, and its summary once finished. */
export async function getImportJob(id: number) {
  return data(await api().GET('/api/v1/import-jobs/{id}', { params: { path: { id } } }))
}

export const importJobQuery = queryFactory('importJob', getImportJob)
