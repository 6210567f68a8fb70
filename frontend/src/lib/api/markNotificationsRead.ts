import { useMutation, useQueryClient } from '@tanstack/vue-query'
import { api, data } from './client'
import { notificationsQuery } from './notifications'
import { unreadNotificationsQuery } from './unreadNotifications'

/** Marks one of the caller's notifications read. */
export async function markNotificationRead(id: number) {
  return data(await api().POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }))
}

/** Marks all the caller's notifications read. */
export async function markAllNotificationsRead() {
  return data(await api().POST('/api/v1/notifications/read-all'))
}

/** Both marks, each refreshing the lists and the bell's count it changes (the bell and the notifications page). */
export function useMarkNotificationsRead() {
  const client = useQueryClient()
  const refresh = () => {
    void client.invalidateQueries({ queryKey: notificationsQuery.all })
    void client.invalidateQueries({ queryKey: unreadNotificationsQuery.all })
  }
  return {
    markOne: useMutation({ mutationFn: markNotificationRead, onSuccess: refresh }),
    markAll: useMutation({ mutationFn: markAllNotificationsRead, onSuccess: refresh }),
  }
}
