import { api, ifMatch } from './client'
import type { Schemas } from './types'

/** Deletes a file under If-Match (the version it was listed with); only while its record is a draft. */
export async function deleteAttachment(attachment: Schemas['Attachment']) {
  await api().DELETE('/api/v1/attachments/{id}', {
    params: { path: { id: attachment.id! }, header: { 'If-Match': ifMatch(attachment) } },
  })
}
