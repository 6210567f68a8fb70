import { api, data } from '@/lib/api/client'

/** The units the late list can be narrowed to: those directly below `parentCode`, or the provinces. */
export async function listUnits(parentCode?: string) {
  return data(await api().GET('/api/v1/admin-units', {
    params: { query: { parentCode, level: parentCode ? undefined : 'PROVINCE', size: 100, sort: 'name' } },
  }))
}
