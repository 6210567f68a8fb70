import type { ExportFormat } from '../api/exportValues'

const QUOTE = 0x22
const LF = 0x0a

/**
 * Counts the records of an RFC 4180 CSV stream as its chunks arrive, on the raw UTF-8 bytes: a record ends at a line
 * feed outside quotes, and neither '"' nor LF ever occurs inside a multi-byte character, so no decoding is needed and
 * a chunk may end anywhere (inside a quoted field, between the two quotes of an escaped one, between CR and LF).
 * An escaped quote ("") toggles the state twice, which leaves it as it was.
 */
export function csvRecordCounter() {
  let quoted = false
  let records = 0
  return {
    /** Takes the next chunk; answers the complete records seen so far (a header row counts as one). */
    push(chunk: Uint8Array): number {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]
        if (b === QUOTE) quoted = !quoted
        else if (b === LF && !quoted) records++
      }
      return records
    },
  }
}

/**
 * Counts the data rows of an export as it streams, by format: CSV and SDMX-CSV records less the header row,
 * NDJSON lines (JSON text never holds a raw line feed, but may hold a lone escaped quote, so quotes are not
 * followed). XLSX is a zip, whose rows cannot be seen before the end: null.
 */
export function exportRowCounter(format: ExportFormat) {
  if (format === 'xlsx') return null
  if (format === 'ndjson') {
    let lines = 0
    return {
      push(chunk: Uint8Array): number {
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === LF) lines++
        return lines
      },
    }
  }
  const records = csvRecordCounter()
  return { push: (chunk: Uint8Array) => Math.max(0, records.push(chunk) - 1) }
}
