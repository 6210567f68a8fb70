import { api } from './client'

/** The bytes of a file, as the server detected their type. */
export async function attachmentContent(id: number) {
  const { data } = await api().GET('/api/v1/attachments/{id}/content', {
    params: { path: { id } }, headers: { Accept: '*/*' }, parseAs: 'blob',
  })
  return data as Blob
}
