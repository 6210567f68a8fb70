import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api/types'
import { byStart, dayRange, entryLink, lunarDays, monthDay } from './entries'

const entry = (e: Partial<Schemas['CalendarEntry']>) => ({ kind: 'OBSERVANCE', title: 'x', ...e }) as Schemas['CalendarEntry']
const plan = { id: 7, number: '26/KH-UBND', title: 'Kế hoạch' } as Schemas['DocumentRef']

describe('calendar entries', () => {
  it('writes a day or a range dd/MM/yyyy', () => {
    expect(dayRange({ start: '2016-06-01', end: '2016-06-30' })).toBe('01/06/2016 – 30/06/2016')
    expect(dayRange({ start: '2016-06-01', end: '2016-06-01' })).toBe('01/06/2016')
  })

  it('writes lunar days as day/month, solar ones not at all', () => {
    expect(monthDay('--08-15')).toBe('15/8')
    expect(lunarDays(entry({ calendar: 'LUNAR', recurrenceFrom: '--08-15', recurrenceTo: '--08-15' }))).toBe('15/8')
    expect(lunarDays(entry({ calendar: 'LUNAR', recurrenceFrom: '--01-01', recurrenceTo: '--01-03' }))).toBe('1/1–3/1')
    expect(lunarDays(entry({ calendar: 'SOLAR', recurrenceFrom: '--06-01', recurrenceTo: '--06-30' }))).toBe('')
  })

  it('links a deadline to its consolidation and the rest to the plan', () => {
    expect(entryLink(entry({ kind: 'REPORT_DEADLINE', document: plan, periodCode: '2016-H1' })))
      .toBe('/consolidation?plan=7&period=2016-H1')
    expect(entryLink(entry({ kind: 'PLAN_EVENT', document: plan }))).toBe('/plans/7')
    expect(entryLink(entry({ kind: 'OBSERVANCE' }))).toBeUndefined()
  })

  it('groups by first day, keeping the order', () => {
    const a = entry({ start: '2016-06-01', title: 'a' })
    const b = entry({ start: '2016-06-01', title: 'b' })
    const c = entry({ start: '2016-06-12', title: 'c' })
    expect(byStart([a, b, c])).toEqual([['2016-06-01', [a, b]], ['2016-06-12', [c]]])
  })
})
