import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { VueQueryPlugin } from '@tanstack/vue-query'
import { createMemoryHistory, createRouter } from 'vue-router'
import { json, preconditionFailed, stubApi } from '@/lib/api/stubApi'
import { i18n } from '@/lib/i18n'
import PlanEditView from './PlanEditView.vue'
import { waitForState } from '@/lib/testing'

const stored = {
  id: 5, number: '12/KH-UBND', kind: 'PLAN', title: 'Kế hoạch bảo vệ trẻ em', issuer: { id: 7, name: 'UBND tỉnh' },
  unit: { id: 46, name: 'Thừa Thiên Huế' }, periodFromYear: 2026, periodToYear: 2026, status: 'DRAFT',
  purpose: 'Mục đích cũ', implementsDocuments: [], funding: [], version: 3,
}
let puts: Request[] = []
let serverVersion = stored

beforeEach(() => {
  puts = []
  serverVersion = stored
  stubApi(async (input: Request) => {
    const url = new URL(input.url)
    if (input.method === 'GET' && url.pathname === '/api/v1/documents/5') return json(200, serverVersion)
    if (input.method === 'PUT' && url.pathname === '/api/v1/documents/5') {
      puts.push(input)
      if (input.headers.get('If-Match') !== `"${serverVersion.version}"`) return preconditionFailed()
      return json(200, { ...serverVersion, ...(await input.json()), version: serverVersion.version + 1 })
    }
    return json(200, { items: [] })
  })
})
afterEach(() => vi.unstubAllGlobals())

test('a stale save explains the 412, keeps what was typed, shows the server values and saves over the new version', async () => {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/plans/:id/edit', component: PlanEditView, props: true },
    { path: '/plans/:id', component: { template: '<p>plan</p>' } },
  ] })
  await router.push('/plans/5/edit')
  const wrapper = mount({ template: '<router-view />' }, { global: { plugins: [router, i18n, VueQueryPlugin] }, attachTo: document.body })
  await waitForState(() => expect((wrapper.find('#plan-title').element as HTMLTextAreaElement).value).toBe(stored.title))

  // someone else saves the plan meanwhile: new purpose, version 4
  serverVersion = { ...stored, purpose: 'Mục đích mới của người khác', version: 4 }
  await wrapper.find('#plan-title').setValue('Kế hoạch bảo vệ trẻ em (đã sửa)')
  await wrapper.find('form').trigger('submit')
  await waitForState(() => expect(wrapper.find('[data-testid="conflict"]').exists()).toBe(true))

  expect(wrapper.text()).toContain('Bản ghi đã được người khác thay đổi kể từ khi bạn mở')
  expect((wrapper.find('#plan-title').element as HTMLTextAreaElement).value).toBe('Kế hoạch bảo vệ trẻ em (đã sửa)')
  expect(wrapper.find('[data-testid="conflict"]').text()).toContain('Mục đích mới của người khác')
  expect(puts[0].headers.get('If-Match')).toBe('"3"')

  // take the server's purpose, keep the own title, save again: it replaces version 4
  const purposeRow = wrapper.findAll('[data-testid="conflict"] tbody tr').find((r) => r.find('th').text() === 'Mục đích')!
  await purposeRow.find('button').trigger('click')
  expect((wrapper.find('#plan-purpose').element as HTMLTextAreaElement).value).toBe('Mục đích mới của người khác')
  expect((wrapper.find('#plan-title').element as HTMLTextAreaElement).value).toBe('Kế hoạch bảo vệ trẻ em (đã sửa)')
  await wrapper.find('form').trigger('submit')
  await waitForState(() => expect(router.currentRoute.value.path).toBe('/plans/5'))
  expect(puts[1].headers.get('If-Match')).toBe('"4"')
  await flushPromises()
  wrapper.unmount()
})
