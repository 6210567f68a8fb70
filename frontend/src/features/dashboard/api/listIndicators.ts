import { api, data } from '@/lib/api/client'

/** The indicator catalogue (one page of 100): names for the indicator ids of target alerts. */
export async function listIndicators() {
  return data(await api().GET('/api/v1/indicators', { params: { query: { size: 100 } } }))
}
