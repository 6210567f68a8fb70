import { api } from '@/lib/api/client'

/** The export's formats, as `format=` names them; CSV is for Excel (with a byte order mark, formulas neutralised). */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'ndjson', 'sdmx-csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/**
 * Starts the export of a plan's indicator values in `format` and answers as soon as the headers arrive: the body to
 * read as it streams, the row count announced by the server (null when it sent none) and the file name it proposes.
 * Failures are thrown as ApiError by the client's middleware.
 */
export async function exportValues(documentId: number, format: ExportFormat, signal: AbortSignal) {
  const { data, response } = await api().GET('/api/v1/exports/indicator-values', {
    // count=exact: the server counts the rows first, so the dialog can show progress
    params: { query: { documentId, format, bom: format === 'csv' || undefined } },
    headers: { Accept: '*/*', Prefer: 'count=exact' },
    parseAs: 'stream', signal,
  })
  const total = response.headers.get('X-Total-Count')
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1]
  return {
    body: data as ReadableStream<Uint8Array>,
    total: total === null ? null : Number(total),
    fileName: name ?? `indicator-values.${format === 'sdmx-csv' ? 'csv' : format}`,
    type: response.headers.get('Content-Type') ?? 'application/octet-stream',
  }
}
