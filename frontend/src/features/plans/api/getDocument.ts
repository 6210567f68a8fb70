import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

export async function getDocument(id: number) {
  return data(await api().GET('/api/v1/documents/{id}', { params: { path: { id } } }))
}

export const documentQuery = queryFactory('document', getDocument)
