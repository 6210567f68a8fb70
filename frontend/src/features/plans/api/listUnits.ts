import { api, data } from '@/lib/api/client'

/**
 * Provinces: those existing on `validOn` (the unit a new plan governs), or all of them, former ones included (the
 * plan list's filter: a 2016 plan governs the province as it was then).
 */
export async function listProvinces(validOn?: string) {
  return data(await api().GET('/api/v1/admin-units', {
    params: { query: { level: 'PROVINCE', validOn, size: 100, sort: 'name' } },
  }))
}
