import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api/types'
import { errorsByItem, flattenTasks, highlights, isSaved, saveBody, toReview } from './review'

/** A short draft as POST /plan-imports answers it: one objective with two targets, a task tree, three assignments. */
function draft(): Schemas['PlanDraft'] {
  return {
    document: {
      number: '45/KH-UBND', kind: 'PLAN', title: 'Kế hoạch thực hiện công tác trẻ em năm 2026', issuedOn: '2026-03-02',
      issuer: 'Ủy ban nhân dân tỉnh', period: { from: 2026, to: 2026 }, source: { from: 1, to: 4 }, confidence: 0.9,
      provenance: {},
    },
    implements: [
      { number: '23/QĐ-TTg', documentId: 7, source: { from: 6, to: 6 }, confidence: 0.9 },
      { number: '99/QĐ-XYZ', source: { from: 7, to: 7 }, confidence: 0.9 },
    ],
    purposes: [{ text: 'Bảo đảm quyền trẻ em.', source: { from: 9, to: 9 }, confidence: 0.8 }],
    objectives: [{
      kind: 'SPECIFIC', text: 'Chỉ tiêu', source: { from: 11, to: 13 }, confidence: 0.9,
      targets: [
        { text: 'Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ trên 95%', indicator: 'Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ',
          indicatorId: 3, comparator: 'GT', value: 95, unit: '%', year: 2026, source: { from: 12, to: 12 }, confidence: 0.9 },
        { text: 'Tỷ lệ trẻ em suy dinh dưỡng dưới 12%', indicator: 'Tỷ lệ trẻ em suy dinh dưỡng', comparator: 'LT', value: 12,
          unit: '%', year: 2026, source: { from: 13, to: 13 }, confidence: 0.9 },
      ],
    }],
    tasks: [{
      number: 'II', title: 'Nhiệm vụ', source: { from: 15, to: 20 }, confidence: 0.9,
      children: [
        { number: 'II.1', title: 'Truyền thông', children: [], source: { from: 16, to: 17 }, confidence: 0.9 },
        { number: 'II.2', title: 'Tháng hành động vì trẻ em', scope: 'Toàn tỉnh', children: [], source: { from: 18, to: 20 }, confidence: 0.9 },
      ],
    }],
    assignments: [
      { agency: 'Sở Y tế', agencyId: 11, role: 'LEAD', taskNumber: 'II.1', consolidates: false, source: { from: 22, to: 22 }, confidence: 0.8 },
      { agency: 'Hội Chữ thập đỏ tỉnh', role: 'REQUESTED', taskNumber: 'II.1', consolidates: false, source: { from: 23, to: 23 }, confidence: 0.6 },
      { agency: 'Sở Giáo dục và Đào tạo', agencyId: 12, role: 'LEAD', taskNumber: 'II.2', consolidates: false, source: { from: 24, to: 24 }, confidence: 0.8 },
    ],
    funding: [], requirements: [], targets: [], references: [], recurringEvents: [], externalSystems: [], warnings: [],
  }
}

describe('the review of an imported draft', () => {
  it('saves every item as the importer read it, with the unit and issuer chosen and unlinked documents left out', () => {
    const review = toReview(draft(), 46)
    review.document.issuerId = 5
    const { body } = saveBody(review)
    expect(body.unitId).toBe(46)
    expect(body.document).toMatchObject({ number: '45/KH-UBND', kind: 'PLAN', issuerId: 5, issuedOn: '2026-03-02',
      period: { from: 2026, to: 2026 } })
    expect(body.implements).toEqual([{ number: '23/QĐ-TTg', documentId: 7 }])
    expect(body.purposes).toEqual([{ text: 'Bảo đảm quyền trẻ em.' }])
    expect(body.objectives![0].targets).toHaveLength(2)
    expect(body.tasks![0].children!.map((t) => t.number)).toEqual(['II.1', 'II.2'])
    expect(body.assignments!.map((a) => a.agencyId)).toEqual([11, undefined, 12])
    // neither source nor confidence travels back
    expect(JSON.stringify(body)).not.toContain('source')
    expect(JSON.stringify(body)).not.toContain('confidence')
  })

  it('keeps the planner\'s edits', () => {
    const review = toReview(draft(), 46)
    const target = review.objectives[0].targets[1]
    target.comparator = 'LE'
    target.value = 10
    target.year = 2026
    review.assignments[2].role = 'COORDINATE'
    flattenTasks(review.tasks)[2].task.title = 'Tổ chức Tháng hành động vì trẻ em'
    const { body } = saveBody(review)
    expect(body.objectives![0].targets![1]).toMatchObject({ comparator: 'LE', value: 10, unit: '%' })
    expect(body.assignments![2].role).toBe('COORDINATE')
    expect(body.tasks![0].children![1].title).toBe('Tổ chức Tháng hành động vì trẻ em')
  })

  it('drops an item, and with a task the work assigned on it and with an objective its targets', () => {
    const review = toReview(draft(), 46)
    flattenTasks(review.tasks)[1].task.kept = false // II.1
    review.objectives[0].targets[0].kept = false
    const { body, paths } = saveBody(review)
    expect(body.tasks![0].children!.map((t) => t.number)).toEqual(['II.2'])
    expect(body.assignments!.map((a) => a.taskNumber)).toEqual(['II.2'])
    expect(body.objectives![0].targets!.map((t) => t.comparator)).toEqual(['LT'])
    expect(paths.get('assignments[0]')).toBe('assignments.2')
    expect(isSaved(review, 'assignments.0')).toBe(false)

    review.objectives[0].kept = false
    expect(saveBody(review).body.objectives).toEqual([])
    expect(isSaved(review, 'objectives.0.targets.1')).toBe(false)
  })

  it('asks for a new agency or indicator instead of a match when the planner says so', () => {
    const review = toReview(draft(), 46)
    const requested = review.assignments[1]
    requested.createNew = true
    requested.newAgency.kind = 'MASS_ORGANISATION'
    const target = review.objectives[0].targets[1]
    target.createNew = true
    target.newIndicator.code = 'CHILD_MALNUTRITION_RATE'
    const { body } = saveBody(review)
    review.document.createNew = true
    expect(saveBody(review).body.document).toMatchObject({ issuerId: undefined,
      newIssuer: { name: 'Ủy ban nhân dân tỉnh', kind: 'PEOPLES_COMMITTEE' } })
    expect(body.assignments![1]).toMatchObject({ agencyId: undefined,
      newAgency: { name: 'Hội Chữ thập đỏ tỉnh', kind: 'MASS_ORGANISATION' } })
    expect(body.objectives![0].targets![1]).toMatchObject({ indicatorId: undefined,
      newIndicator: { code: 'CHILD_MALNUTRITION_RATE', nameVi: 'Tỷ lệ trẻ em suy dinh dưỡng', unit: '%' } })
  })

  it('puts the server\'s violations on the items they name, even after items before them were dropped', () => {
    const review = toReview(draft(), 46)
    review.assignments[0].kept = false
    const { paths } = saveBody(review)
    const errors = errorsByItem([
      { field: 'assignments[1].role', message: 'the task already has a lead agency', code: 'OneLeadPerTask' },
      { field: 'tasks[0].children[1].title', message: 'must not be blank', code: 'NotBlank' },
      { field: 'objectives[0].targets[1]', message: 'breaks a rule', code: 'RULE_VIOLATED' },
      { field: 'unitId', message: 'Administrative unit 9 does not exist', code: 'INVALID_REFERENCE' },
    ], paths)
    expect(errors.get('assignments.2')).toEqual(['role: the task already has a lead agency'])
    expect(errors.get('tasks.0.children.1')).toEqual(['title: must not be blank'])
    expect(errors.get('objectives.0.targets.1')).toEqual(['breaks a rule'])
    expect(errors.get('')).toEqual(['unitId: Administrative unit 9 does not exist'])
  })

  it('highlights the source lines of the items that will be saved only', () => {
    const review = toReview(draft(), 46)
    expect(highlights(review).get(16)).toEqual(['tasks.0', 'tasks.0.children.0'])
    flattenTasks(review.tasks)[1].task.kept = false
    const lines = highlights(review)
    expect(lines.get(16)).toEqual(['tasks.0'])
    expect(lines.has(22)).toBe(false) // the assignment on the dropped task
    expect(lines.get(24)).toEqual(['assignments.2'])
  })
})
