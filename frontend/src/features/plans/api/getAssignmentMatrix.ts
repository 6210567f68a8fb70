import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

export async function getAssignmentMatrix(id: number) {
  return data(await api().GET('/api/v1/plans/{id}/assignment-matrix', { params: { path: { id } } }))
}

export const matrixQuery = queryFactory('matrix', getAssignmentMatrix)
