import { api, data } from '@/lib/api/client'

export async function listRegimes() {
  return data(await api().GET('/api/v1/reporting-regimes', { params: { query: { size: 100 } } }))
}
