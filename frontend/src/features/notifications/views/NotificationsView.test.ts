import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { json, stubApi } from '@/lib/api/stubApi'
import { i18n } from '@/lib/i18n'
import NotificationsView from './NotificationsView.vue'

const plan = { id: 3, number: '26/KH-UBND', kind: 'PLAN', title: 'Kế hoạch trẻ em năm 2016' }
const due = {
  id: 41, kind: 'REPORT_DUE', day: '2016-05-22', deadline: '2016-05-25', daysLeft: 3, escalated: false, document: plan,
  agency: { id: 5, name: 'Sở Y tế tỉnh Thừa Thiên Huế', shortName: 'Sở Y tế' }, periodCode: '2016-H1', task: null,
  createdAt: '2016-05-22T00:00:00Z', readAt: null,
}
const overdue = {
  ...due, id: 42, kind: 'ASSIGNMENT_OVERDUE', day: '2016-07-01', deadline: '2016-06-30', daysLeft: -1, escalated: true,
  periodCode: null, task: { id: 9, number: 'II.7', title: 'Đề án' }, readAt: '2016-07-02T01:00:00Z',
}
const sent = () => vi.mocked(fetch).mock.calls.map(([request]) => request as Request)

beforeEach(() => {
  stubApi(async (request) => {
    const path = new URL(request.url).pathname
    if (path === '/api/v1/notifications') return json(200, { items: [due, overdue], page: 0, size: 20, totalItems: 2, totalPages: 1 })
    if (path === '/api/v1/me/preferences' && request.method === 'PUT') return json(200, { emailEnabled: false, email: 'a@b.vn' })
    if (path === '/api/v1/me/preferences') return json(200, { emailEnabled: true, email: 'a@b.vn' })
    return json(200, { ...due, readAt: '2016-05-22T02:00:00Z' })
  })
})
afterEach(() => vi.unstubAllGlobals())

test('the reminders read as sentences, are marked read one by one, and e-mail is turned off by the switch', async () => {
  const wrapper = mount(NotificationsView, { global: { plugins: [i18n, [VueQueryPlugin, { queryClient: new QueryClient() }]] } })
  await flushPromises()
  const rows = wrapper.findAll('[data-testid="notification"]')
  expect(rows[0].text()).toContain('Báo cáo kỳ 2016-H1 của Sở Y tế: còn 3 ngày (hạn 25/05/2016)')
  expect(rows[0].text()).toContain('26/KH-UBND')
  expect(rows[1].text()).toContain('Nhiệm vụ II.7 của Sở Y tế: quá hạn 1 ngày (hạn 30/06/2016)')
  expect(rows[1].text()).toContain('Đơn vị chậm báo cáo')
  expect(wrapper.text()).toContain('Thư gửi đến a@b.vn')

  expect(rows[1].find('button').exists()).toBe(false)
  await rows[0].find('button').trigger('click')
  await flushPromises()
  const read = sent().find((r) => r.method === 'POST')!
  expect(read.url).toBe('http://api.test/api/v1/notifications/41/read')

  await wrapper.find('[data-testid="email-setting"] .el-switch').trigger('click')
  await flushPromises()
  const put = sent().find((r) => r.method === 'PUT')!
  expect(put.url).toBe('http://api.test/api/v1/me/preferences')
  expect(await put.clone().json()).toEqual({ emailEnabled: false })
})
