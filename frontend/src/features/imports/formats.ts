/** The file formats an import reads, each with the media type the API takes it as. */
export const IMPORT_FORMATS = {
  csv: 'text/csv',
  'sdmx-csv': 'application/vnd.sdmx.data+csv',
  ndjson: 'application/x-ndjson',
  json: 'application/json',
} as const
export type ImportFormat = keyof typeof IMPORT_FORMATS

/**
 * The format of a chosen file, by its name and, for CSV, its header: SDMX-CSV starts with the column STRUCTURE.
 * The user can still change it before sending.
 */
export function guessFormat(fileName: string, head: string): ImportFormat {
  const name = fileName.toLowerCase()
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson'
  if (name.endsWith('.json')) return 'json'
  return /^\uFEFF?"?STRUCTURE"?[,;]/i.test(head) ? 'sdmx-csv' : 'csv'
}

/** How far a job has come, 0–100, against the rows its dry run counted (null: unknown, indeterminate). */
export function jobPercent(job: { state?: string; rowsRead?: number; rowsChecked?: number }, total: number | null) {
  if (job.state === 'SUCCEEDED' || job.state === 'FAILED' || job.state === 'CANCELLED') return 100
  if (!total) return null
  // reading is the first half of the work, the checks and the merge the second
  const read = Math.min(job.rowsRead ?? 0, total) / total
  const checked = Math.min(job.rowsChecked ?? 0, total) / total
  return Math.round(45 * read + 45 * checked)
}
