import { api, data } from './client'

/** Marks one of the caller's notifications read. */
export async function markNotificationRead(id: number) {
  return data(await api().POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }))
}

/** Marks all the caller's notifications read. */
export async function markAllNotificationsRead() {
  return data(await api().POST('/api/v1/notifications/read-all'))
}
