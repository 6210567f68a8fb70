import { api } from '@/lib/api/client'
import { dispositionFileName } from '@/lib/download'

export type ReportFormat = 'docx' | 'pdf'

/**
 * The consolidated report of a plan and period as an official document (Nghị định 30/2020/NĐ-CP) in `format`, with
 * the file name the server proposes. Failures are thrown as ApiError by the client's middleware.
 */
export async function downloadConsolidatedReport(documentId: number, periodCode: string, format: ReportFormat) {
  const { data, response } = await api().GET('/api/v1/plans/{id}/consolidated-report', {
    params: { path: { id: documentId }, query: { periodCode, format } }, headers: { Accept: '*/*' }, parseAs: 'blob',
  })
  return {
    blob: data as Blob,
    fileName: dispositionFileName(response.headers.get('Content-Disposition')) ?? `bao-cao-${periodCode}.${format}`,
  }
}
