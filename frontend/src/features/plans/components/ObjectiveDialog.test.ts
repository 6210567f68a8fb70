import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { VueQueryPlugin } from '@tanstack/vue-query'
import { i18n } from '@/lib/i18n'
import ObjectiveDialog from './ObjectiveDialog.vue'

const objective = { id: 3, documentId: 5, kind: 'SPECIFIC', text: 'Giảm tỷ lệ trẻ suy dinh dưỡng', version: 2 }
const json = (status: number, body: object, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
let puts: Request[] = []
let stale = true

beforeEach(() => {
  window.__CHILDPLAN_CONFIG__ = { apiUrl: 'http://api.test', oidcAuthority: 'http://idp.test', oidcClientId: 'spa' }
  puts = []
  stale = true
  vi.stubGlobal('fetch', vi.fn(async (input: Request) => {
    puts.push(input)
    if (stale) return json(412, { status: 412, code: 'PRECONDITION_FAILED', title: 'Precondition failed' }, 'application/problem+json')
    return json(200, { ...objective, ...(await input.json()), version: 3 })
  }))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

test('the edit dialog shell: Save sends the edited record with its version, a 412 is shown in the dialog, a save closes it', async () => {
  const wrapper = mount(ObjectiveDialog, {
    props: { modelValue: false, 'onUpdate:modelValue': (v: boolean) => wrapper.setProps({ modelValue: v }), documentId: 5, objective },
    global: { plugins: [i18n, VueQueryPlugin] }, attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  const dialog = () => document.body.querySelector('.el-dialog')!
  expect(dialog().querySelector('.el-dialog__title')!.textContent).toBe('Sửa mục tiêu')
  expect((document.getElementById('objective-text') as HTMLTextAreaElement).value).toBe(objective.text)
  const buttons = () => [...dialog().querySelectorAll('.el-dialog__footer button')] as HTMLButtonElement[]
  expect(buttons().map((b) => b.textContent!.trim())).toEqual(['Hủy', 'Lưu'])

  buttons()[1].click()
  await vi.waitFor(() => expect(dialog().querySelector('[role="alert"]')?.textContent)
    .toContain('Bản ghi đã được người khác thay đổi kể từ khi bạn mở.'))
  expect(puts[0].method).toBe('PUT')
  expect(puts[0].headers.get('If-Match')).toBe('"2"')
  expect(wrapper.props('modelValue')).toBe(true)

  stale = false
  buttons()[1].click()
  await vi.waitFor(() => expect(wrapper.props('modelValue')).toBe(false))
  expect(puts).toHaveLength(2)
  wrapper.unmount()
})
