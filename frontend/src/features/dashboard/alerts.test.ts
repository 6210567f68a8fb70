import { expect, test } from 'vitest'
import { attainmentCounts, lateListLink, reportRows, standingCounts, targetRows } from './alerts'

const plan = { id: 2, number: '26/KH-UBND', kind: 'PLAN', title: 'Kế hoạch thực hiện công tác trẻ em năm 2016', status: 'ISSUED' } as const
const indicator = {
  id: 7, code: 'IMMUNISATION_FULL_U1', nameVi: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
  nameEn: 'Children under 1 fully immunised', unit: '%',
}

test('a target alert names its indicator and plan and opens the plan', () => {
  expect(targetRows([{ targetId: 41, document: plan, indicator, attainment: 'NOT_MET' }], 'vi')).toEqual([{
    key: 41, attainment: 'NOT_MET', indicator: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', plan: '26/KH-UBND',
    to: '/plans/2',
  }])
})

test('the indicator is named in the reader\'s language, in Vietnamese when it has no English name', () => {
  expect(targetRows([{ targetId: 41, document: plan, indicator }], 'en')[0].indicator).toBe('Children under 1 fully immunised')
  expect(targetRows([{ targetId: 41, document: plan, indicator: { ...indicator, nameEn: undefined } }], 'en')[0].indicator)
    .toBe('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ')
})

test('a report alert names its agency and plan and opens the consolidation of its plan and period', () => {
  const [row] = reportRows([{
    document: { ...plan, number: undefined, status: 'DRAFT' }, agency: { id: 12, name: 'Sở Y tế tỉnh Thừa Thiên Huế', kind: 'STATE_AGENCY' },
    periodCode: '2016-H1', deadline: '2016-05-25', standing: 'MISSING',
  }])
  expect(row.agency).toBe('Sở Y tế tỉnh Thừa Thiên Huế')
  expect(row.plan).toBe('Kế hoạch thực hiện công tác trẻ em năm 2016') // a draft has no number yet
  expect(row.key).toBe('2/12/2016-H1')
  expect(row.to).toEqual({ path: '/consolidation', query: { plan: 2, period: '2016-H1' } })
})

test('counts come in the charts\' order and missing counts are zero, not absent', () => {
  expect(attainmentCounts({ met: 6, notMet: 5, noData: 1, total: 12 })).toEqual({ MET: 6, ON_TRACK: 0, AT_RISK: 0, NOT_MET: 5, NO_DATA: 1 })
  expect(Object.keys(standingCounts(undefined))).toEqual(['ON_TIME', 'LATE', 'MISSING', 'DUE'])
})

test('an agency opens the late list on the dashboard\'s day, narrowed to it', () => {
  expect(lateListLink('2016-12-01', 12)).toEqual({ path: '/consolidation', query: { tab: 'late', asOf: '2016-12-01', agency: 12 } })
})
