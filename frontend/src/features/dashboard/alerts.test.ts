import { expect, test } from 'vitest'
import { attainmentCounts, lateListLink, reportRows, standingCounts, targetRows, type Names } from './alerts'

const names: Names = {
  plan: (id) => (id === 2 ? '26/KH-UBND' : undefined),
  indicator: (id) => (id === 7 ? 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ' : undefined),
  agency: (id) => (id === 12 ? 'Sở Y tế' : undefined),
}

test('a target alert names its indicator and plan and opens the plan', () => {
  expect(targetRows([{ targetId: 41, documentId: 2, indicatorId: 7, attainment: 'NOT_MET' }], names)).toEqual([{
    key: 41, attainment: 'NOT_MET', indicator: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', plan: '26/KH-UBND',
    to: '/plans/2',
  }])
})

test('a report alert opens the consolidation of its plan and period; an unknown name shows the id', () => {
  const [row] = reportRows([{ documentId: 2, agencyId: 99, periodCode: '2016-H1', deadline: '2016-05-25', standing: 'MISSING' }], names)
  expect(row.agency).toBe('#99')
  expect(row.plan).toBe('26/KH-UBND')
  expect(row.to).toEqual({ path: '/consolidation', query: { plan: 2, period: '2016-H1' } })
})

test('counts come in the charts\' order and missing counts are zero, not absent', () => {
  expect(attainmentCounts({ met: 6, notMet: 5, noData: 1, total: 12 })).toEqual({ MET: 6, ON_TRACK: 0, AT_RISK: 0, NOT_MET: 5, NO_DATA: 1 })
  expect(Object.keys(standingCounts(undefined))).toEqual(['ON_TIME', 'LATE', 'MISSING', 'DUE'])
})

test('an agency opens the late list on the dashboard\'s day, narrowed to it', () => {
  expect(lateListLink('2016-12-01', 12)).toEqual({ path: '/consolidation', query: { tab: 'late', asOf: '2016-12-01', agency: 12 } })
})
