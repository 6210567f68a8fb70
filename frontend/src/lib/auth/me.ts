import { useQuery } from '@tanstack/vue-query'
import { computed } from 'vue'
import { api, data } from '@/lib/api/client'
import { isAuthenticated } from './auth'

/** The logged-in user as the API knows them (names, roles, unit, agency); shared by the header and every screen. */
export function useMe() {
  const query = useQuery({
    queryKey: ['me'],
    queryFn: async () => data(await api().GET('/api/v1/me')),
    enabled: isAuthenticated,
    staleTime: Infinity,
  })
  const me = computed(() => query.data.value)
  const has = (role: string) => computed(() => !!me.value?.roles?.includes(role))
  return {
    query,
    me,
    isPlanner: computed(() => !!me.value?.roles?.some((r) => r === 'planner' || r === 'admin')),
    isOfficer: has('officer'),
  }
}
