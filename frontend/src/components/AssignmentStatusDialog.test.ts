import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { json, preconditionFailed, stubApi } from '@/lib/api/stubApi'
import { todayVn } from '@/lib/format'
import { i18n } from '@/lib/i18n'
import type { Progress } from '@/lib/progress'
import AssignmentStatusDialog from './AssignmentStatusDialog.vue'
import { waitForState } from '@/lib/testing'

const progress: Progress = {
  id: 7, version: 3, taskId: 11, agencyId: 5, role: 'LEAD', duty: 'Chủ trì', dueOn: null, status: 'IN_PROGRESS',
  progressNote: 'Đã tổ chức 3 lớp tập huấn', statusOn: '2016-05-30',
}
const sent = () => vi.mocked(fetch).mock.calls.map(([request]) => request as Request)
let stale = true

beforeEach(() => {
  stale = true
  stubApi(async (input) => (stale ? preconditionFailed() : json(200, { id: 7, ...(await input.json()), version: 4 })))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

test('the progress report is sent with the assignment as it is; a 412 reloads the lists and keeps what was typed', async () => {
  const queryClient = new QueryClient()
  const invalidated = vi.spyOn(queryClient, 'invalidateQueries')
  const wrapper = mount(AssignmentStatusDialog, {
    props: {
      modelValue: true, 'onUpdate:modelValue': (v: boolean) => wrapper.setProps({ modelValue: v }), progress,
      subject: 'II.1. Tháng hành động vì trẻ em', invalidate: [['assignments']],
    },
    global: { plugins: [i18n, [VueQueryPlugin, { queryClient }]] }, attachTo: document.body,
  })
  await flushPromises()
  const dialog = () => document.body.querySelector('.el-dialog')!
  const note = document.getElementById('progress-note') as HTMLTextAreaElement
  expect(note.value).toBe(progress.progressNote)
  note.value = 'Đã tổ chức 5 lớp tập huấn'
  note.dispatchEvent(new Event('input'))
  const save = () => (dialog().querySelectorAll('.el-dialog__footer button')[1] as HTMLButtonElement).click()

  save()
  await waitForState(() => expect(dialog().querySelector('[role="alert"]')?.textContent)
    .toContain('Bản ghi đã được người khác thay đổi kể từ khi bạn mở.'))
  expect(sent()[0].method).toBe('PUT')
  expect(sent()[0].url).toBe('http://api.test/api/v1/assignments/7')
  expect(sent()[0].headers.get('If-Match')).toBe('"3"')
  expect(await sent()[0].clone().json()).toEqual({
    taskId: 11, agencyId: 5, role: 'LEAD', duty: 'Chủ trì', status: 'IN_PROGRESS',
    progressNote: 'Đã tổ chức 5 lớp tập huấn', statusOn: todayVn(),
  })
  expect(invalidated.mock.calls.map(([filters]) => (filters as { queryKey: unknown }).queryKey)).toEqual([['assignments'], ['assignment-history']])
  expect(note.value).toBe('Đã tổ chức 5 lớp tập huấn')
  expect(wrapper.props('modelValue')).toBe(true)

  stale = false
  save()
  await waitForState(() => expect(wrapper.props('modelValue')).toBe(false))
  expect(sent()).toHaveLength(2)
  wrapper.unmount()
})
