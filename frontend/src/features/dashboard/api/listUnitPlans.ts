import { api, data } from '@/lib/api/client'

export async function listUnitPlans(unitId: number | undefined) {
  return data(await api().GET('/api/v1/documents', { params: { query: { unitId, kind: 'PLAN', size: 50 } } }))
}
