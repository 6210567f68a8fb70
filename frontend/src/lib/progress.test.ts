import { describe, expect, test } from 'vitest'
import type { Schemas } from '@/lib/api/types'
import { fromAssignment, fromBrief, mayReportProgress, progressInput } from './progress'

const assignment: Schemas['Assignment'] = {
  id: 7, version: 3, task: { id: 11, number: 'II.1', title: 'Tháng hành động vì trẻ em' }, agency: { id: 5, name: 'Sở Y tế' },
  role: 'LEAD', duty: 'Chủ trì', effectiveDueOn: '2016-06-30', status: 'NOT_STARTED',
}

describe('progressInput', () => {
  test('sends the assignment back as it is, with the new status, note and date', () => {
    expect(progressInput(fromAssignment(assignment),
      { status: 'IN_PROGRESS', progressNote: '  Đã tổ chức 3 lớp tập huấn ', statusOn: '2016-05-30' })).toEqual({
      taskId: 11, agencyId: 5, role: 'LEAD', duty: 'Chủ trì', dueOn: undefined,
      status: 'IN_PROGRESS', progressNote: 'Đã tổ chức 3 lớp tập huấn', statusOn: '2016-05-30',
    })
  })

  test('a blank note and a cleared date are sent as none', () => {
    const input = progressInput(fromAssignment(assignment), { status: 'DONE', progressNote: '   ', statusOn: null })
    expect(input.progressNote).toBeUndefined()
    expect(input.statusOn).toBeUndefined()
  })

  test('an assignment listed under its task gives the same body as one read alone', () => {
    const brief: Schemas['AssignmentBrief'] = {
      id: 7, agency: { id: 5, name: 'Sở Y tế' }, role: 'LEAD', duty: 'Chủ trì', status: 'NOT_STARTED', version: 3,
    }
    const report = { status: 'DONE' as const, progressNote: 'Xong', statusOn: '2016-06-01' }
    expect(progressInput(fromBrief(11, brief), report)).toEqual(progressInput(fromAssignment(assignment), report))
    expect(fromBrief(11, brief).version).toBe(3)
  })
})

describe('mayReportProgress', () => {
  const me = (roles: string[], agencyId?: number): Schemas['Me'] =>
    ({ roles, agency: agencyId === undefined ? undefined : { id: agencyId, name: 'Sở' } }) as Schemas['Me']

  test("an officer reports on their own agency's assignments only", () => {
    expect(mayReportProgress(me(['officer'], 5), 5, false)).toBe(true)
    expect(mayReportProgress(me(['officer'], 6), 5, false)).toBe(false)
    expect(mayReportProgress(me(['officer']), 5, false)).toBe(false)
    expect(mayReportProgress(me(['officer'], 5), undefined, false)).toBe(false)
  })

  test('planners who edit the plan and admins report on any assignment; viewers on none', () => {
    expect(mayReportProgress(me(['planner']), 5, true)).toBe(true)
    expect(mayReportProgress(me(['planner']), 5, false)).toBe(false)
    expect(mayReportProgress(me(['admin']), 5, false)).toBe(true)
    expect(mayReportProgress(me(['viewer']), 5, true)).toBe(false)
    expect(mayReportProgress(undefined, 5, true)).toBe(false)
  })
})
