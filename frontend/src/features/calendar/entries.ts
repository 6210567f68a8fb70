import type { Schemas } from '@/lib/api/types'
import { formatDate } from '@/lib/format'

type Entry = Schemas['CalendarEntry']

/** "01/06/2016 – 30/06/2016", or the one day. */
export function dayRange(e: Pick<Entry, 'start' | 'end'>): string {
  return e.end && e.end !== e.start ? `${formatDate(e.start)} – ${formatDate(e.end)}` : formatDate(e.start)
}

/** A recurrence's day on its calendar as Vietnamese write it: "--08-15" → "15/8". */
export function monthDay(value: string | null | undefined): string {
  const m = /^--(\d{2})-(\d{2})$/.exec(value ?? '')
  return m ? `${Number(m[2])}/${Number(m[1])}` : ''
}

/** The lunar day(s) of an entry counted on the lunar calendar ("15/8", "1/1–3/1"); empty for a solar one. */
export function lunarDays(e: Entry): string {
  if (e.calendar !== 'LUNAR') return ''
  const from = monthDay(e.recurrenceFrom)
  const to = monthDay(e.recurrenceTo)
  return to && to !== from ? `${from}–${to}` : from
}

/** Where an entry leads: its plan (at its task for a task), a deadline to the plan's consolidation of that period. */
export function entryLink(e: Entry): string | undefined {
  if (!e.document) return undefined
  if (e.kind === 'REPORT_DEADLINE') return `/consolidation?plan=${e.document.id}&period=${e.periodCode}`
  return `/plans/${e.document.id}`
}

/** The entries grouped by their first day, in the answer's order (by day, kind and title). */
export function byStart(entries: readonly Entry[]): [string, Entry[]][] {
  const groups = new Map<string, Entry[]>()
  for (const e of entries) groups.set(e.start!, [...(groups.get(e.start!) ?? []), e])
  return [...groups.entries()]
}
