import { api, data } from './client'
import type { AttachmentOwner } from './attachments'
import type { Schemas } from './types'

/**
 * Sends a file as the request body, its name as `name`; the server reads its type from the content, so the
 * browser's guess only travels as the Content-Type it would have sent anyway.
 */
export async function uploadAttachment(owner: AttachmentOwner, id: number, file: File, kind?: Schemas['AttachmentKind']) {
  const init = {
    params: { path: { id }, query: { name: file.name, kind } },
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
  }
  switch (owner) {
    case 'plans': return data(await api().POST('/api/v1/plans/{id}/attachments', init))
    case 'reports': return data(await api().POST('/api/v1/reports/{id}/attachments', init))
    case 'indicator-values': return data(await api().POST('/api/v1/indicator-values/{id}/attachments', init))
  }
}
