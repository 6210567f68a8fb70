import { api, data } from '@/lib/api/client'

export async function listReports(agencyId: number) {
  return data(await api().GET('/api/v1/reports', { params: { query: { agencyId, size: 100 } } }))
}
