import { api, data } from '@/lib/api/client'

/**
 * The draft the importer reads from a document: a file as the multipart field `file` (its type, or its name's
 * extension, says which kind: .docx, .md, .txt), or text typed or pasted. Nothing is saved, so there is no query to
 * keep: each reading is a mutation of the screen.
 */
export async function importPlanDocument(input: { file: File } | { text: string }) {
  if ('file' in input) {
    const form = new FormData()
    form.append('file', input.file)
    // openapi-fetch sends FormData as it is, and the browser writes its Content-Type with the boundary
    return data(await api().POST('/api/v1/plan-imports', { body: form as unknown as string }))
  }
  return data(await api().POST('/api/v1/plan-imports', {
    body: input.text, headers: { 'Content-Type': 'text/plain; charset=UTF-8' }, bodySerializer: (text) => text,
  }))
}
