import { useQuery } from '@tanstack/vue-query'
import { computed } from 'vue'
import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'
import { isAuthenticated } from './auth'

/** The logged-in user as the API knows them (names, roles, unit, agency). */
export async function getMe() {
  return data(await api().GET('/api/v1/me'))
}

export const meQuery = queryFactory('me', getMe)

/** The logged-in user, shared by the header and every screen. */
export function useMe() {
  const query = useQuery({ ...meQuery.options(), enabled: isAuthenticated, staleTime: Infinity })
  const me = computed(() => query.data.value)
  const has = (role: string) => computed(() => !!me.value?.roles?.includes(role))
  return {
    query,
    me,
    isPlanner: computed(() => !!me.value?.roles?.some((r) => r === 'planner' || r === 'admin')),
    isOfficer: has('officer'),
  }
}
