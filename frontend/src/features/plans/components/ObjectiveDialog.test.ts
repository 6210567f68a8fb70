import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { VueQueryPlugin } from '@tanstack/vue-query'
import { json, preconditionFailed, stubApi } from '@/lib/api/stubApi'
import { i18n } from '@/lib/i18n'
import ObjectiveDialog from './ObjectiveDialog.vue'
import { waitForState } from '@/lib/testing'

const objective = { id: 3, documentId: 5, kind: 'SPECIFIC' as const, text: 'Giảm tỷ lệ trẻ suy dinh dưỡng', version: 2 }
/** The requests the dialog sent, in order. */
const sent = () => vi.mocked(fetch).mock.calls.map(([request]) => request as Request)
let stale = true

beforeEach(() => {
  stale = true
  stubApi(async (input) => (stale ? preconditionFailed() : json(200, { ...objective, ...(await input.json()), version: 3 })))
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
  await waitForState(() => expect(dialog().querySelector('[role="alert"]')?.textContent)
    .toContain('Bản ghi đã được người khác thay đổi kể từ khi bạn mở.'))
  expect(sent()[0].method).toBe('PUT')
  expect(sent()[0].headers.get('If-Match')).toBe('"2"')
  expect(wrapper.props('modelValue')).toBe(true)

  stale = false
  buttons()[1].click()
  await waitForState(() => expect(wrapper.props('modelValue')).toBe(false))
  expect(sent()).toHaveLength(2)
  wrapper.unmount()
})
