import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { RouterLinkStub, flushPromises, mount } from '@vue/test-utils'
import { VueQueryPlugin } from '@tanstack/vue-query'
import { ElRadioGroup, ElSelect } from 'element-plus'
import { json, stubApi } from '@/lib/api/stubApi'
import { i18n } from '@/lib/i18n'
import { waitForState } from '@/lib/testing'
import type { Schemas } from '@/lib/api/types'
import SuccessionDialog from './SuccessionDialog.vue'

// The Sở LĐTBXH of a province (unit 30), ending on 28/02/2025 with the Sở Y tế (7) as its recorded successor; the
// unit's other agency is the district committees (8). It holds III.3 and III.4 open and II.1 done.
const agency: Schemas['Agency'] = {
  id: 5, name: 'Sở Lao động - Thương binh và Xã hội', kind: 'STATE_AGENCY', unit: { id: 30, name: 'Tỉnh Hải Dương' },
  validTo: '2025-02-28', successor: { id: 7, name: 'Sở Y tế' },
}
const plan = { id: 2, title: 'Thực hiện Chỉ thị 28-CT/TW' }
const assignment = (id: number, task: number, number: string, status: string) => ({
  id, task: { id: task, number, title: `Nhiệm vụ ${number}` }, document: plan, agency, role: 'LEAD', status,
})
const unitAgencies = [agency, { id: 7, name: 'Sở Y tế' }, { id: 8, name: 'UBND các huyện, thị xã, thành phố' }]
const previewed = (body: Schemas['SuccessionInput'], committed: boolean) => ({
  agency, endOn: body.endOn, successor: { id: 7, name: 'Sở Y tế' }, previewToken: 'token-1', committed, reports: [],
  assignments: [
    { assignmentId: 301, document: plan, task: { id: 11, number: 'III.3', title: 'Nhiệm vụ III.3' }, role: 'LEAD',
      successor: { id: 8, name: 'UBND các huyện, thị xã, thành phố' }, outcome: 'MERGE', clash: true,
      resultingRole: 'LEAD', resultingAssignmentId: 401 },
    { assignmentId: 302, document: plan, task: { id: 12, number: 'III.4', title: 'Nhiệm vụ III.4' }, role: 'LEAD',
      successor: { id: 7, name: 'Sở Y tế' }, outcome: 'MOVE', clash: false, resultingRole: 'LEAD',
      resultingAssignmentId: 302 },
  ],
})

const requests: Request[] = []
let commits = 0

beforeEach(() => {
  requests.length = 0
  commits = 0
  stubApi(async (input) => {
    requests.push(input.clone())
    const path = new URL(input.url).pathname
    if (path === '/api/v1/agencies') return json(200, { items: unitAgencies, page: 0, size: 100, totalItems: 3, totalPages: 1 })
    if (path === '/api/v1/assignments') {
      const items = [assignment(301, 11, 'III.3', 'NOT_STARTED'), assignment(302, 12, 'III.4', 'IN_PROGRESS'),
        assignment(303, 10, 'II.1', 'DONE')]
      return json(200, { items, page: 0, size: 100, totalItems: 3, totalPages: 1 })
    }
    if (path === '/api/v1/agencies/5/succession/preview') return json(200, previewed(await input.json(), false))
    if (path === '/api/v1/agencies/5/succession') {
      // the first commit meets work that changed since the preview
      return ++commits === 1
        ? json(409, { status: 409, code: 'SUCCESSION_STALE', title: 'Conflict' }, 'application/problem+json')
        : json(200, previewed(await input.json(), true))
    }
    return json(404, { status: 404, code: 'NOT_FOUND' }, 'application/problem+json')
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const posted = (path: string) => requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path)
const openWorkReads = () => requests.filter((r) => new URL(r.url).pathname === '/api/v1/assignments').length

test('a split sends the tasks that go elsewhere than the main successor, previews, and previews again after a 409', async () => {
  const wrapper = mount(SuccessionDialog, {
    props: { modelValue: true, 'onUpdate:modelValue': (v: boolean) => wrapper.setProps({ modelValue: v }), agency },
    global: { plugins: [i18n, VueQueryPlugin], stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body,
  })
  await flushPromises()
  const dialog = () => document.body.querySelector('.el-dialog')!
  const button = (i: number) => dialog().querySelectorAll<HTMLButtonElement>('.el-dialog__footer button')[i]
  const select = (label: string) => wrapper.findAllComponents(ElSelect).find((s) => s.props('ariaLabel') === label)!

  wrapper.findComponent(ElRadioGroup).vm.$emit('update:modelValue', true)
  // the open work only: II.1 is done and stays
  await waitForState(() => expect(dialog().querySelectorAll('[data-testid="succession-tasks"] tbody tr')).toHaveLength(2))
  // the candidates: the unit's agencies in force the day after the end
  expect(requests.map((r) => new URL(r.url)).filter((u) => u.pathname === '/api/v1/agencies')
    .some((u) => u.searchParams.get('unitId') === '30' && u.searchParams.get('validOn') === '2025-03-01')).toBe(true)
  expect(dialog().querySelector('[data-testid="succession-tasks"]')!.textContent).not.toContain('II.1')

  // everything to the district committees, then III.4 back to the main successor
  select('Giao tất cả nhiệm vụ cho').vm.$emit('update:modelValue', 8)
  await flushPromises()
  select('Cơ quan nhận nhiệm vụ III.4. Nhiệm vụ III.4').vm.$emit('update:modelValue', 7)
  await flushPromises()
  button(1).click()
  await waitForState(() => expect(dialog().querySelector('[data-testid="succession-assignments"]')).not.toBeNull())
  const split = { successorId: 7, endOn: '2025-02-28', taskSuccessors: [{ taskId: 11, successorId: 8 }] }
  expect(await posted('/api/v1/agencies/5/succession/preview')[0].json()).toEqual(split)
  const moves = dialog().querySelector('[data-testid="succession-assignments"]')!.textContent
  expect(moves).toContain('Gộp vào phân công sẵn có · trùng')
  expect(moves).toContain('vai trò sau: Chủ trì')

  // stale: the message asks for a new preview, the old one is gone, the open work is read again
  const reads = openWorkReads()
  button(2).click()
  await waitForState(() => expect(dialog().querySelector('[role="alert"]')?.textContent)
    .toContain('Công việc của cơ quan đã thay đổi kể từ khi xem trước; hãy xem trước lại.'))
  await waitForState(() => expect(button(2).disabled).toBe(true))
  await waitForState(() => expect(openWorkReads()).toBeGreaterThan(reads))
  expect(dialog().querySelector('[data-testid="succession-assignments"]')).toBeNull()

  button(1).click()
  await waitForState(() => expect(button(2).disabled).toBe(false))
  button(2).click()
  await waitForState(() => expect(wrapper.props('modelValue')).toBe(false))
  const sent = posted('/api/v1/agencies/5/succession')
  expect(sent).toHaveLength(2)
  expect(await sent[1].json()).toEqual({ ...split, previewToken: 'token-1' })
  wrapper.unmount()
}, 60000)
