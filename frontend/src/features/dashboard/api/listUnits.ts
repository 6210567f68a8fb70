import { api, data } from '@/lib/api/client'

/** Units to pick a dashboard for on `validOn`: the children of `parentCode`, or the provinces when it is absent. */
export async function listUnits(parentCode: string | undefined, validOn: string) {
  return data(await api().GET('/api/v1/admin-units', {
    params: { query: parentCode ? { parentCode, validOn, size: 100, sort: 'name' } : { level: 'PROVINCE', validOn, size: 100, sort: 'name' } },
  }))
}
