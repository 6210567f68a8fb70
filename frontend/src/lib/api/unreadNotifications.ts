import { api, data } from './client'
import { queryFactory } from './query'

/** The number on the bell. */
export async function countUnreadNotifications() {
  return data(await api().GET('/api/v1/notifications/unread-count'))
}

export const unreadNotificationsQuery = queryFactory('unread-notifications', countUnreadNotifications)
