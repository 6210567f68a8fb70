import { api, data } from './client'
import { queryFactory } from './query'

/** The caller's notifications, unread first then newest (the bell's list and the notifications page). */
export async function listNotifications(page: number, size: number) {
  return data(await api().GET('/api/v1/notifications', { params: { query: { page, size } } }))
}

export const notificationsQuery = queryFactory('notifications', listNotifications)
