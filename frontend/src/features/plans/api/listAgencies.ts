import { api, data } from '@/lib/api/client'

/** Agencies whose name matches q (diacritics ignored), for pickers; former ones too, as old plans name them. */
export async function listAgencies(q: string) {
  return data(await api().GET('/api/v1/agencies', { params: { query: { q: q || undefined, size: 50, sort: 'name' } } }))
}
