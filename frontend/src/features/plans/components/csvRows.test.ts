import { expect, test } from 'vitest'
import { csvRecordCounter, exportRowCounter } from './csvRows'

const bytes = (s: string) => new TextEncoder().encode(s)

/** Feeds `text` in chunks cut at every position in `cuts`, answering the count after each chunk. */
function counts(text: string, cuts: number[]): number[] {
  const all = bytes(text)
  const counter = csvRecordCounter()
  const bounds = [0, ...cuts, all.length]
  return bounds.slice(1).map((end, i) => counter.push(all.subarray(bounds[i], end)))
}

const HEADER = 'indicator_code,indicator_name,evidence\r\n'
const CSV = HEADER
  + 'TE_01,"Tỷ lệ trẻ em ""đủ mũi"", dưới 1 tuổi","Báo cáo 12\r\nbảng 3"\r\n'
  + 'TE_02,Số trẻ em,\r\n'

test('records are counted at line ends outside quotes, never at a line break inside a field', () => {
  expect(counts(CSV, [])).toEqual([3])
})

test('the count is the same wherever the chunks are cut', () => {
  const length = bytes(CSV).length
  for (let cut = 1; cut < length; cut++) {
    const seen = counts(CSV, [cut])
    expect(seen[1], `cut at byte ${cut}`).toBe(3)
    expect(seen[0]).toBeLessThanOrEqual(3)
  }
  // byte by byte: cuts inside the UTF-8 characters, between doubled quotes and between CR and LF
  expect(counts(CSV, Array.from({ length: length - 1 }, (_, i) => i + 1)).at(-1)).toBe(3)
})

test('a record is counted once its line end has arrived', () => {
  const header = bytes(HEADER).length
  expect(counts(CSV, [header - 1, header])).toEqual([0, 1, 3])
  // a chunk ending inside a quoted line break has not completed the record
  const inside = bytes(CSV).indexOf(0x0a, header) + 1
  expect(counts(CSV, [inside])[0]).toBe(1)
})

test('a UTF-8 byte order mark does not disturb the count', () => {
  const counter = csvRecordCounter()
  expect(counter.push(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe(0)
  expect(counter.push(bytes(CSV))).toBe(3)
})

test('an export counts data rows by format: CSV without its header, NDJSON by lines despite lone quotes, XLSX not', () => {
  const csv = exportRowCounter('csv')!
  expect(csv.push(bytes(CSV))).toBe(2)
  const sdmx = exportRowCounter('sdmx-csv')!
  expect(sdmx.push(bytes('STRUCTURE,OBS_VALUE\r\ndataflow,1\r\n'))).toBe(1)
  const ndjson = exportRowCounter('ndjson')!
  expect(ndjson.push(bytes('{"evidence":"a \\" b"}\n{"evidence":null'))).toBe(1)
  expect(ndjson.push(bytes('}\n'))).toBe(2)
  expect(exportRowCounter('xlsx')).toBeNull()
})
