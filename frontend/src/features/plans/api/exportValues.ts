import { api } from '@/lib/api/client'

/**
 * Starts the CSV export of a plan's indicator values (with a byte order mark, so Excel reads the Vietnamese text)
 * and answers as soon as the headers arrive: the body to read as it streams, the row count announced by the server
 * (null when it sent none) and the file name it proposes. Failures are thrown as ApiError by the client's middleware.
 */
export async function exportValues(documentId: number, signal: AbortSignal) {
  const { data, response } = await api().GET('/api/v1/exports/indicator-values', {
    params: { query: { documentId, bom: true } }, headers: { Accept: 'text/csv' }, parseAs: 'stream', signal,
  })
  const total = response.headers.get('X-Total-Count')
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1]
  return {
    body: data as ReadableStream<Uint8Array>,
    total: total === null ? null : Number(total),
    fileName: name ?? 'indicator-values.csv',
  }
}
