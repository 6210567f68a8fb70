import { expect, test } from 'vitest'
import { rowFlags } from './figures'

const keys = (row: Parameters<typeof rowFlags>[0]) => rowFlags(row).map((f) => f.key)

test('one agency, nothing stored yet: only "not stored"', () => {
  expect(keys({ figures: [{ value: 96.5 }], duplicate: false, agree: true, conflict: false })).toEqual(['notStored'])
})

test('two agencies on the same row are flagged, agreeing or not, and a stored value is compared', () => {
  expect(keys({ duplicate: true, agree: true, stored: { value: 96.5 }, conflict: false })).toEqual(['duplicate', 'agree', 'matchesStored'])
  expect(keys({ duplicate: true, agree: false, stored: { value: 95 }, conflict: true })).toEqual(['duplicate', 'disagree', 'conflict'])
  expect(rowFlags({ duplicate: true, agree: false, conflict: true, stored: { value: 1 } }).find((f) => f.key === 'conflict')?.type).toBe('danger')
})

test('a withheld figure or stored value leaves agreement and conflict untold: the row says "withheld" once', () => {
  expect(keys({ duplicate: true, agree: null, stored: { value: null, suppressed: true }, conflict: null } as never))
    .toEqual(['duplicate', 'withheld'])
  expect(keys({ duplicate: false, agree: null, stored: { value: 12 }, conflict: null } as never)).toEqual(['withheld'])
  expect(keys({ duplicate: true, agree: true, stored: { value: null, suppressed: true }, conflict: null } as never))
    .toEqual(['duplicate', 'agree', 'withheld'])
})
