import { api, data } from '@/lib/api/client'

/** Provinces existing on a day: the filter of the plan list and the unit a plan governs. */
export async function listProvinces(validOn: string) {
  return data(await api().GET('/api/v1/admin-units', {
    params: { query: { level: 'PROVINCE', validOn, size: 100, sort: 'name' } },
  }))
}
