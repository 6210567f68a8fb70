import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { createMemoryHistory, createRouter } from 'vue-router'
import { json, stubApi } from '@/lib/api/stubApi'
import { i18n } from '@/lib/i18n'
import CoverageSection from './CoverageSection.vue'
import { waitForState } from '@/lib/testing'

const indicator = (id: number, nameVi: string) => ({ id, code: `I${id}`, nameVi, nameEn: `Indicator ${id}`, unit: '%' })
const target = (id: number, documentId: number, ind: ReturnType<typeof indicator>, comparator: string, value: number,
  targetYear: number, areaType = 'ALL') => ({
  id, objectiveId: 1, documentId, indicator: ind, comparator, value, unit: '%', targetYear, sex: 'ALL', ageGroup: 'ALL',
  areaType, version: 0,
})
const immunised = indicator(1, 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ')
const abused = indicator(2, 'Tỷ lệ trẻ em bị xâm hại')
const preschool = indicator(3, 'Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo')
const parent = { id: 10, number: '12/KH-UBND', kind: 'PLAN', title: 'Kế hoạch tỉnh', status: 'ISSUED' }

/** What the stubbed API answers to the coverage of plan 20. */
let answer: object = {}
beforeEach(() => stubApi(async (request) => {
  expect(new URL(request.url).pathname).toBe('/api/v1/plans/20/coverage')
  return json(200, answer)
}))
afterEach(() => vi.unstubAllGlobals())

/** Mounts the section on a fresh query client, so no test sees another's answer. */
async function mountFor(body: object) {
  answer = body
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)', component: { template: '<p />' } }] })
  const wrapper = mount(CoverageSection, {
    props: { documentId: 20 },
    global: { plugins: [router, i18n, [VueQueryPlugin, { queryClient: new QueryClient() }]] },
  })
  await waitForState(() => expect(wrapper.find('[data-testid="coverage"]').exists()).toBe(true))
  await flushPromises()
  return wrapper
}
test('lists the parent targets the plan leaves out and those it asks less of, each with its reason', async () => {
  const wrapper = await mountFor({
    documentId: 20, parents: [parent], parentHidden: false, parentTargets: 4,
    missing: [{ parentTarget: target(101, 10, preschool, 'GE', 99.1, 2025), reason: 'NO_COUNTERPART' },
      { parentTarget: target(104, 10, immunised, 'GE', 90, 2025, 'ETHNIC_MINORITY'), reason: 'NO_COUNTERPART' }],
    weaker: [
      { parentTarget: target(102, 10, immunised, 'GT', 95, 2025), childTarget: target(201, 20, immunised, 'GE', 90, 2025),
        reason: 'LESS_AMBITIOUS_VALUE' },
      { parentTarget: target(103, 10, abused, 'LT', 4.5, 2025), childTarget: target(202, 20, abused, 'LT', 4.5, 2026),
        reason: 'LATER_YEAR' }],
    matched: [], additional: [],
  })
  expect(wrapper.text()).toContain('Bao phủ so với kế hoạch cấp trên')
  expect(wrapper.find('a[href="/plans/10"]').text()).toBe('12/KH-UBND')
  expect(wrapper.find('[data-testid="coverage-summary"]').text())
    .toBe('4 chỉ tiêu cấp trên: 2 chưa có, 2 thấp hơn, 0 tương ứng; 0 chỉ tiêu riêng của kế hoạch.')

  const missing = wrapper.find('[data-testid="coverage-missing"]').text()
  expect(missing).toContain('Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo')
  expect(missing).toContain('tối thiểu 99,1 % (2025)')
  expect(missing).toContain('Dân tộc thiểu số')
  expect(missing).toContain('Kế hoạch không có chỉ tiêu nào về chỉ số và phân tổ này')

  const weaker = wrapper.findAll('[data-testid="coverage-weaker"] tbody tr').map((r) => r.text())
  expect(weaker).toHaveLength(2)
  expect(weaker[0]).toContain('trên 95 % (2025)')
  expect(weaker[0]).toContain('tối thiểu 90 % (2025)')
  expect(weaker[0]).toContain('Mức chỉ tiêu thấp hơn cấp trên')
  expect(weaker[1]).toContain('dưới 4,5 % (2026)')
  expect(weaker[1]).toContain('Cùng mức nhưng đạt muộn hơn')
  expect(wrapper.find('[data-testid="coverage-hidden"]').exists()).toBe(false)
})

test('a parent outside the caller\'s scope is only said to exist, and a plan implementing nothing says so', async () => {
  const hidden = await mountFor({ documentId: 20, parents: [], parentHidden: true, parentTargets: 0, missing: [], weaker: [],
    matched: [], additional: [] })
  expect(hidden.find('[data-testid="coverage-hidden"]').text()).toContain('ngoài phạm vi bạn được xem')
  expect(hidden.find('[data-testid="coverage-missing"]').exists()).toBe(false)
  hidden.unmount()

  const none = await mountFor({ documentId: 20, parents: [], parentHidden: false, parentTargets: 0, missing: [], weaker: [],
    matched: [], additional: [] })
  expect(none.text()).toContain('Kế hoạch này không thực hiện văn bản cấp trên nào')
  expect(none.find('[data-testid="coverage-hidden"]').exists()).toBe(false)
})
