import { expect, test } from 'vitest'
import { queryFactory } from './query'

test('a query factory keys every call under its name and fetches with the call arguments', async () => {
  const calls: unknown[][] = []
  const units = queryFactory('admin-units', async (parentCode?: string, validOn?: string) => {
    calls.push([parentCode, validOn])
    return { items: [] }
  })
  expect(units.all).toEqual(['admin-units'])
  expect(units.key('46', '2026-01-01')).toEqual(['admin-units', '46', '2026-01-01'])
  const options = units.options(undefined, '2026-01-01')
  expect(options.queryKey).toEqual(['admin-units', undefined, '2026-01-01'])
  await (options.queryFn as () => Promise<unknown>)()
  expect(calls).toEqual([[undefined, '2026-01-01']])
})
