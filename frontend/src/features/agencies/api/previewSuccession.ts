import { api, data } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

/** What ending the agency would move to its successor(s) and what clashes; nothing is written. */
export async function previewSuccession(agencyId: number, body: Schemas['SuccessionInput']) {
  return data(await api().POST('/api/v1/agencies/{id}/succession/preview', { params: { path: { id: agencyId } }, body }))
}
