import { expect, test } from 'vitest'
import { guessFormat, jobPercent } from './formats'

test('a file is read by its name, and a CSV whose first column is STRUCTURE as SDMX-CSV', () => {
  expect(guessFormat('so-lieu.csv', 'indicator_code,unit_code,period_code,value')).toBe('csv')
  expect(guessFormat('SDMX.CSV', 'STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR')).toBe('sdmx-csv')
  expect(guessFormat('x.csv', '\uFEFF"STRUCTURE","STRUCTURE_ID"')).toBe('sdmx-csv')
  expect(guessFormat('values.ndjson', '{"indicatorCode":"A"}')).toBe('ndjson')
  expect(guessFormat('values.jsonl', '')).toBe('ndjson')
  expect(guessFormat('values.json', '[')).toBe('json')
})

test('a job moves through reading and checking, and is whole once finished', () => {
  expect(jobPercent({ state: 'QUEUED' }, 1000)).toBe(0)
  expect(jobPercent({ state: 'RUNNING', rowsRead: 500, rowsChecked: 0 }, 1000)).toBe(23)
  expect(jobPercent({ state: 'RUNNING', rowsRead: 1000, rowsChecked: 1000 }, 1000)).toBe(90)
  expect(jobPercent({ state: 'RUNNING', rowsRead: 10 }, null)).toBeNull()
  expect(jobPercent({ state: 'FAILED' }, null)).toBe(100)
})
