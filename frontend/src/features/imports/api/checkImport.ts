import { api, data } from '@/lib/api/client'
import { ApiError } from '@/lib/api/problem'
import type { components } from '@/lib/api/schema'
import { IMPORT_FORMATS, type ImportFormat } from '../formats'

export type ImportSummary = components['schemas']['ImportSummary']
export type ImportMode = NonNullable<ImportSummary['mode']>

/**
 * A dry run of the synchronous import: every row checked and counted as the real import would, nothing written.
 * All or nothing with rejected rows is a 422 whose problem carries the same summary: answered as a summary too.
 */
export async function checkImport(file: Blob, format: ImportFormat, mode: ImportMode, overwriteFinal: boolean) {
  try {
    return data(await api().POST('/api/v1/imports/indicator-values', {
      params: { query: { dryRun: true, mode, overwriteFinal: overwriteFinal || undefined } },
      body: file as never, bodySerializer: (b: unknown) => b as Blob,
      headers: { 'Content-Type': IMPORT_FORMATS[format] },
    }))
  } catch (e) {
    const summary = e instanceof ApiError && e.code === 'IMPORT_REJECTED'
      ? (e.problem as { summary?: ImportSummary }).summary : undefined
    if (summary) return summary
    throw e
  }
}
