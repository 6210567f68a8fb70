import { api, data } from './client'
import { queryFactory } from './query'

/** The records that have files, as their collections are named in the API's paths. */
export type AttachmentOwner = 'plans' | 'reports' | 'indicator-values'

/** The files of a plan, a report or an indicator value, oldest first. */
export async function listAttachments(owner: AttachmentOwner, id: number) {
  const params = { params: { path: { id } } }
  switch (owner) {
    case 'plans': return data(await api().GET('/api/v1/plans/{id}/attachments', params))
    case 'reports': return data(await api().GET('/api/v1/reports/{id}/attachments', params))
    case 'indicator-values': return data(await api().GET('/api/v1/indicator-values/{id}/attachments', params))
  }
}

export const attachmentsQuery = queryFactory('attachments', listAttachments)
