import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'
import type { paths } from '@/lib/api/schema'

export type DocumentQuery = NonNullable<paths['/api/v1/documents']['get']['parameters']['query']>

export async function listDocuments(query: DocumentQuery) {
  return data(await api().GET('/api/v1/documents', { params: { query } }))
}

export const documentsQuery = queryFactory('documents', listDocuments)
