import { api, data } from '@/lib/api/client'

/**
 * The plans of the caller's unit: the API already limits a list to the caller's unit and the units below it, across
 * reorganisations (a unit keeps its code); national documents are left out here.
 */
export async function listUnitPlans() {
  const page = data(await api().GET('/api/v1/documents', { params: { query: { kind: 'PLAN', size: 100 } } }))
  return (page.items ?? []).filter((d) => d.unit)
}
