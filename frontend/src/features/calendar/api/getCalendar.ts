import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/** The observances, plan events, report deadlines and due dates of a month (or a year) in the caller's scope. */
export async function getCalendar(year: number, month?: number, unitId?: number) {
  return data(await api().GET('/api/v1/calendar', { params: { query: { year, month, unitId } } }))
}

export const calendarQuery = queryFactory('calendar', getCalendar)
