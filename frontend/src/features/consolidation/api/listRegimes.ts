import { api, data } from '@/lib/api/client'

/** Every reporting regime the caller can see: each is a plan and period type someone consolidates. */
export async function listRegimes() {
  return data(await api().GET('/api/v1/reporting-regimes', { params: { query: { size: 100 } } }))
}
