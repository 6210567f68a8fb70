import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { VueQueryPlugin } from '@tanstack/vue-query'
import { json, stubApi } from '@/lib/api/stubApi'
import { i18n } from '@/lib/i18n'
import ImportView from './ImportView.vue'
import { waitForState } from '@/lib/testing'

const FILE = 'indicator_code,unit_code,period_code,value\r\nTE_01,46,2016,12\r\nTE_01,46,2016-Q9,13\r\n'
const rejected = {
  row: 2, line: 3, column: 'period_code', value: '2016-Q9', code: 'INVALID_PERIOD',
  message: 'Kỳ không hợp lệ', messageEn: 'Invalid period', key: { indicatorCode: 'TE_01', unitCode: '46', periodCode: '2016-Q9' },
}
const summary = (outcome: string, mode: string, counts: object) => ({
  outcome, mode, dryRun: outcome === 'DRY_RUN', format: 'CSV', sha256: 'ab', rows: 2, imported: 0, updated: 0,
  unchanged: 0, rejected: 1, rejectedRows: [rejected], replacedFinalValues: [], ...counts,
})
let requests: Request[] = []
let polls = 0

beforeEach(() => {
  requests = []
  polls = 0
  stubApi(async (input: Request) => {
    requests.push(input)
    const url = new URL(input.url)
    if (url.pathname === '/api/v1/imports/indicator-values') {
      return url.searchParams.get('mode') === 'PER_ROW'
        ? json(200, summary('DRY_RUN', 'PER_ROW', { imported: 1 }))
        : json(422, { status: 422, code: 'IMPORT_REJECTED', summary: summary('REJECTED', 'ALL_OR_NOTHING', {}) },
          'application/problem+json')
    }
    if (url.pathname === '/api/v1/import-jobs/indicator-values') return json(202, { id: 9, state: 'QUEUED', rowsRead: 0 })
    if (url.pathname === '/api/v1/import-jobs/9') {
      polls++
      return polls === 1
        ? json(200, { id: 9, state: 'RUNNING', rowsRead: 2, rowsChecked: 0, rowsWritten: 0 })
        : json(200, { id: 9, state: 'SUCCEEDED', rowsRead: 2, rowsChecked: 2, rowsWritten: 1,
          summary: summary('COMMITTED', 'PER_ROW', { imported: 1 }) })
    }
    return json(200, {})
  })
})
afterEach(() => vi.unstubAllGlobals())

test('a file is checked, its rejected row named with the reason, then imported per row as a job to its summary', async () => {
  const wrapper = mount(ImportView, { global: { plugins: [i18n, VueQueryPlugin] }, attachTo: document.body })
  const input = wrapper.find('[data-testid="import-file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([FILE], 'so-lieu.csv', { type: 'text/csv' })] })
  await input.trigger('change')
  await flushPromises()

  await wrapper.find('form').trigger('submit')
  await waitForState(() => expect(wrapper.find('[data-testid="rejected-rows"]').exists()).toBe(true))
  const row = wrapper.find('[data-testid="rejected-rows"] tbody tr').text()
  expect(row).toContain('3')
  expect(row).toContain('period_code')
  expect(row).toContain('2016-Q9')
  expect(row).toContain('Kỳ không hợp lệ')
  expect(wrapper.text()).toContain('Có dòng bị từ chối')
  expect(wrapper.find('[data-testid="import-commit"]').attributes('disabled')).toBeDefined()
  expect(requests[0].headers.get('Content-Type')).toBe('text/csv')
  expect(new URL(requests[0].url).searchParams.get('dryRun')).toBe('true')

  await wrapper.find('[data-testid="mode-per-row"] input').setValue(true)
  await wrapper.find('form').trigger('submit')
  await waitForState(() => expect(wrapper.find('[data-testid="count-imported"]').text()).toBe('1'))
  await wrapper.find('[data-testid="import-commit"]').trigger('click')

  await waitForState(() => expect(wrapper.find('[data-testid="import-job"]').text()).toContain('đang chạy'))
  await waitForState(() => expect(wrapper.find('[data-testid="import-job"]').text()).toContain('hoàn thành'))
  const commit = requests.find((r) => new URL(r.url).pathname === '/api/v1/import-jobs/indicator-values')!
  expect(new URL(commit.url).searchParams.get('mode')).toBe('PER_ROW')
  expect(wrapper.find('[data-testid="import-summary"]').text()).toContain('Kết quả nhập')
  expect(wrapper.find('[data-testid="count-imported"]').text()).toBe('1')
  expect(wrapper.find('[data-testid="count-rejected"]').text()).toBe('1')
  wrapper.unmount()
}, 20000)
