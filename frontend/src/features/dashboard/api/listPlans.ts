import { api, data } from '@/lib/api/client'

/** The plans the caller may see (one page of 100): names for the plan ids the dashboard's alerts carry. */
export async function listPlans() {
  return data(await api().GET('/api/v1/documents', { params: { query: { kind: 'PLAN', size: 100 } } }))
}
