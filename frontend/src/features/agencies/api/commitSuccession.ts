import { api, data } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

/** Carries out the preview whose token the body sends back (409 when the work changed since). */
export async function commitSuccession(agencyId: number, body: Schemas['SuccessionCommit']) {
  return data(await api().POST('/api/v1/agencies/{id}/succession', { params: { path: { id: agencyId } }, body }))
}
