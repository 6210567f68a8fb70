import { expect, test } from 'vitest'
import { breakdownLabel } from './breakdown'

test('a breakdown is named without its ALL parts, and the total when all are ALL', () => {
  const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}(${values.group})` : key)
  expect(breakdownLabel({ sex: 'ALL', ageGroup: 'ALL', areaType: 'ALL' }, t)).toBe('breakdown.total')
  expect(breakdownLabel({ sex: 'FEMALE', ageGroup: '0-5', areaType: 'ALL' }, t)).toBe('sex.FEMALE, breakdown.ageGroup(0-5)')
  expect(breakdownLabel({ areaType: 'ETHNIC_MINORITY' }, t)).toBe('areaType.ETHNIC_MINORITY')
})
