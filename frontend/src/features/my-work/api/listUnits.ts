import { api, data } from '@/lib/api/client'

/** The units directly below the plan's unit that stood on `validOn` (the report's period end). */
export async function listUnits(parentCode: string, validOn?: string) {
  return data(await api().GET('/api/v1/admin-units', { params: { query: { parentCode, validOn, size: 100, sort: 'name' } } }))
}
