import { api, data } from '@/lib/api/client'
import type { components } from '@/lib/api/schema'
import { IMPORT_FORMATS, type ImportFormat } from '../formats'
import type { ImportMode } from './checkImport'

export type ImportJob = components['schemas']['ImportJob']

/** Sends the file as an import job: answered at once with the job, which then runs in the background. */
export async function submitImportJob(file: Blob, format: ImportFormat, mode: ImportMode, overwriteFinal: boolean) {
  return data(await api().POST('/api/v1/import-jobs/indicator-values', {
    params: { query: { mode, overwriteFinal: overwriteFinal || undefined } },
    body: file as never, bodySerializer: (b: unknown) => b as Blob,
    headers: { 'Content-Type': IMPORT_FORMATS[format] },
  }))
}
