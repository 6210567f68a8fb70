import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { deleteAttachment } from '@/lib/api/deleteAttachment'
import { json, stubApi } from '@/lib/api/stubApi'
import type { Schemas } from '@/lib/api/types'
import { i18n } from '@/lib/i18n'
import { waitForState } from '@/lib/testing'
import AttachmentsPanel from './AttachmentsPanel.vue'

const signed: Schemas['Attachment'] = {
  id: 41, version: 0, documentId: 5, kind: 'SIGNED_PLAN', name: 'Kế hoạch 26-KH-UBND (bản ký).pdf',
  mediaType: 'application/pdf', size: 2_621_440, sha256: 'ab'.repeat(32), uploadedBy: 'planner.hue',
  uploadedAt: '2026-03-02T03:04:00Z',
}
const sent = () => vi.mocked(fetch).mock.calls.map(([request]) => request as Request)
let files: object[]
let refuse = false

// one stub for the file: the API client, made once, keeps the fetch it was made with
beforeAll(() => {
  stubApi(async (request) => {
    if (request.method === 'GET') return json(200, files)
    if (refuse) {
      return json(415, { status: 415, code: 'UNSUPPORTED_ATTACHMENT_TYPE', detail: 'text/html' }, 'application/problem+json')
    }
    if (request.method === 'DELETE') return new Response(null, { status: 204 })
    const created = { ...signed, id: 42, kind: 'OTHER', name: new URL(request.url).searchParams.get('name') }
    files = [...files, created]
    return json(201, created)
  })
})
beforeEach(() => {
  files = [signed]
  refuse = false
  vi.mocked(fetch).mockClear()
})
afterEach(() => {
  document.body.innerHTML = ''
})
afterAll(() => vi.unstubAllGlobals())

function mountPanel() {
  return mount(AttachmentsPanel, {
    props: { owner: 'plans', ownerId: 5, canUpload: true, canDelete: true },
    global: { plugins: [i18n, [VueQueryPlugin, { queryClient: new QueryClient() }]] }, attachTo: document.body,
  })
}

function choose(wrapper: ReturnType<typeof mountPanel>, file: File) {
  const input = wrapper.get('[data-testid="attachment-input"]').element as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
}

test('a plan lists its files with size and time as Vietnamese write them, and sends a new one as it is', async () => {
  const wrapper = mountPanel()
  await flushPromises()
  expect(sent()[0].url).toBe('http://api.test/api/v1/plans/5/attachments')
  const row = (await waitForState(() => wrapper.get('.el-table__body tr'))).text()
  expect(row).toContain('Kế hoạch 26-KH-UBND (bản ký).pdf')
  expect(row).toContain('Bản ký')
  expect(row).toContain('2,5 MB')
  expect(row).toContain('02/03/2026 10:04')
  expect(row).toContain('abababababab…')

  const file = new File(['%PDF-1.4\n%%EOF\n'], 'Quyết định phê duyệt.pdf', { type: 'application/pdf' })
  choose(wrapper, file)
  await waitForState(() => expect(wrapper.findAll('.el-table__body tr')).toHaveLength(2))
  const upload = sent().find((r) => r.method === 'POST')!
  const url = new URL(upload.url)
  expect(url.pathname).toBe('/api/v1/plans/5/attachments')
  expect(url.searchParams.get('name')).toBe('Quyết định phê duyệt.pdf')
  expect(url.searchParams.get('kind')).toBe('SIGNED_PLAN')
  expect(upload.headers.get('Content-Type')).toBe('application/pdf')
})

test('a refused file is explained by its code', async () => {
  refuse = true
  const wrapper = mountPanel()
  await flushPromises()
  choose(wrapper, new File(['<html></html>'], 'ke-hoach.pdf', { type: 'application/pdf' }))
  await waitForState(() => expect(wrapper.get('[role="alert"]').text())
    .toContain('Loại tệp không được chấp nhận (theo nội dung tệp)'))
})

test('a file is deleted under the version it was listed with', async () => {
  await deleteAttachment(signed)
  expect(sent()[0].method).toBe('DELETE')
  expect(sent()[0].url).toBe('http://api.test/api/v1/attachments/41')
  expect(sent()[0].headers.get('If-Match')).toBe('"0"')
})
