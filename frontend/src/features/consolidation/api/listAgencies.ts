import { api, data } from '@/lib/api/client'

/** The agencies the late list can be narrowed to (one page of 100, by name). */
export async function listAgencies() {
  return data(await api().GET('/api/v1/agencies', { params: { query: { size: 100, sort: 'name' } } }))
}
