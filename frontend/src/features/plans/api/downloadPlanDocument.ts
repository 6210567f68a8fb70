import { api } from '@/lib/api/client'
import { dispositionFileName } from '@/lib/download'

/**
 * A plan as an official Word document (Nghị định 30/2020/NĐ-CP), with the file name the server proposes. Failures
 * are thrown as ApiError by the client's middleware.
 */
export async function downloadPlanDocument(documentId: number) {
  const { data, response } = await api().GET('/api/v1/plans/{id}/document', {
    params: { path: { id: documentId } }, headers: { Accept: '*/*' }, parseAs: 'blob',
  })
  return {
    blob: data as Blob,
    fileName: dispositionFileName(response.headers.get('Content-Disposition')) ?? `ke-hoach-${documentId}.docx`,
  }
}
