import { api, data } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

/** Saves a reviewed draft as a DRAFT plan; answers the new plan (a document). */
export async function savePlanImport(body: Schemas['PlanImportSave']) {
  return data(await api().POST('/api/v1/plan-imports/plans', { body }))
}
