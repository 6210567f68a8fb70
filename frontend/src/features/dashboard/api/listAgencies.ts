import { api, data } from '@/lib/api/client'

/** The agencies the caller may see (one page of 100): names for the agency ids of report alerts. */
export async function listAgencies() {
  return data(await api().GET('/api/v1/agencies', { params: { query: { size: 100, sort: 'name' } } }))
}
