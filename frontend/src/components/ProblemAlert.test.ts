import { expect, test } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n, setLang } from '@/lib/i18n'
import { ApiError } from '@/lib/api/problem'
import ProblemAlert from './ProblemAlert.vue'

const mountWith = (error: unknown) => mount(ProblemAlert, { props: { error }, global: { plugins: [i18n] } })

test('a problem is explained by its stable code in the user language, not by the server English title', async () => {
  const forbidden = new ApiError({ status: 403, code: 'FORBIDDEN', title: 'Forbidden', detail: 'You may not perform this operation.' })
  setLang('vi')
  expect(mountWith(forbidden).text()).toContain('Bạn không có quyền thực hiện thao tác này.')
  setLang('en')
  expect(mountWith(forbidden).text()).toContain('You may not do this.')
  setLang('vi')
})

test('an unknown code falls back to the server detail; a network failure says so', () => {
  const odd = new ApiError({ status: 418, code: 'SOMETHING_NEW', title: 'Odd', detail: 'Chi tiết từ máy chủ' })
  expect(mountWith(odd).text()).toContain('Chi tiết từ máy chủ')
  expect(mountWith(new TypeError('Failed to fetch')).text()).toContain('Không kết nối được máy chủ')
})

test('the database away (503) asks to retry in a moment and to check whether a save went through', () => {
  const away = new ApiError({ status: 503, code: 'DATABASE_UNAVAILABLE', title: 'Database unavailable', detail: 'The database cannot be reached at the moment.' })
  expect(mountWith(away).text()).toContain('Vui lòng thử lại sau ít giây')
})

test('a server error shows the request id to quote to support; a client mistake does not', () => {
  const bug = new ApiError({ status: 500, code: 'INTERNAL_ERROR', title: 'Internal error', requestId: 'req-42' })
  expect(mountWith(bug).text()).toContain('req-42')
  const forbidden = new ApiError({ status: 403, code: 'FORBIDDEN', title: 'Forbidden', requestId: 'req-43' })
  expect(mountWith(forbidden).text()).not.toContain('req-43')
})
