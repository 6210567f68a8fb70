import { api, data } from '@/lib/api/client'
import { todayVn } from '@/lib/format'

/** Agencies existing today whose name matches q (diacritics ignored), for pickers. */
export async function listAgencies(q: string) {
  return data(await api().GET('/api/v1/agencies', {
    params: { query: { q: q || undefined, validOn: todayVn(), size: 50, sort: 'name' } },
  }))
}
