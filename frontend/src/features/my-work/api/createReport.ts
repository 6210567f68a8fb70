import { api, data } from '@/lib/api/client'
import type { Schemas } from '@/lib/api/types'

export async function createReport(input: Schemas['ReportCreate']) {
  return data(await api().POST('/api/v1/reports', { body: input }))
}
