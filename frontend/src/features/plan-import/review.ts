import type { Schemas } from '@/lib/api/types'

/**
 * The planner's review of an importer's draft: every item can be edited or dropped (`kept`), each agency and
 * indicator is either one of ChildPlan's (its id) or a new one (`createNew`), and the review becomes the body of
 * POST /plan-imports/plans (`saveBody`) together with the paths that body gives each item, so the server's
 * violations (`assignments[3].role`) land on the item they name (`errorsByItem`).
 */

export type Source = Schemas['Source']

interface Item {
  /** Stable within one review: where the item sits in the draft ("tasks.0.children.1"). */
  key: string
  kept: boolean
  source?: Source
  confidence?: number
}

export interface NewAgencyForm { name: string; kind: Schemas['AgencyKind'] }
export interface NewIndicatorForm { code: string; nameVi: string; nameEn: string; unit: string; direction: Schemas['Direction'] }

export interface ReviewTarget extends Item {
  text: string
  indicator: string
  indicatorId?: number
  createNew: boolean
  newIndicator: NewIndicatorForm
  comparator?: Schemas['Comparator']
  value?: number
  unit: string
  year?: number
  breakdown: string
}

export interface ReviewObjective extends Item {
  kind: Schemas['ObjectiveKind']
  text: string
  targets: ReviewTarget[]
}

export interface ReviewTask extends Item {
  number: string
  title: string
  scope: string
  children: ReviewTask[]
}

export interface ReviewAssignment extends Item {
  agency: string
  agencyId?: number
  createNew: boolean
  newAgency: NewAgencyForm
  role?: Schemas['AssignmentRole']
  taskNumber: string
}

export interface ReviewDocument {
  number: string
  kind: Schemas['DocumentKind']
  title: string
  issuedOn?: string
  issuer: string
  issuerId?: number
  createNew: boolean
  newIssuer: NewAgencyForm
  signerName: string
  signerTitle: string
  field: string
  from?: number
  to?: number
  source?: Source
}

export interface Review {
  unitId?: number
  document: ReviewDocument
  objectives: ReviewObjective[]
  tasks: ReviewTask[]
  assignments: ReviewAssignment[]
  /** Kept as the importer read them: the plan's text passages and the documents it implements. */
  implements: Schemas['ImplementsDraft'][]
  purposes: Schemas['TextItem'][]
  requirements: Schemas['TextItem'][]
  funding: Schemas['TextItem'][]
}

const COMPARATORS = ['GT', 'GE', 'LT', 'LE', 'EQ'] as const
const ROLES = ['LEAD', 'COORDINATE', 'REQUESTED'] as const
const DOCUMENT_KINDS = ['PLAN', 'PROGRAMME', 'DECISION', 'DIRECTIVE', 'RESOLUTION', 'LETTER'] as const

function oneOf<T extends string>(values: readonly T[], v: string | undefined): T | undefined {
  return values.find((x) => x === v)
}

/** The review of a fresh draft: everything kept, the importer's matches chosen, new records proposed from the names. */
export function toReview(draft: Schemas['PlanDraft'], unitId?: number): Review {
  const d = draft.document ?? {}
  const task = (t: Schemas['TaskDraft'], key: string): ReviewTask => ({
    key, kept: true, source: t.source, confidence: t.confidence, number: t.number ?? '', title: t.title ?? '',
    scope: t.scope ?? '', children: (t.children ?? []).map((c, i) => task(c, `${key}.children.${i}`)),
  })
  return {
    unitId,
    document: {
      number: d.number ?? '', kind: oneOf(DOCUMENT_KINDS, d.kind) ?? 'PLAN', title: d.title ?? '',
      issuedOn: d.issuedOn ?? undefined, issuer: d.issuer ?? '', createNew: false,
      newIssuer: { name: d.issuer ?? '', kind: 'PEOPLES_COMMITTEE' }, signerName: d.signer?.name ?? '',
      signerTitle: d.signer?.title ?? '', field: d.field ?? '', from: d.period?.from, to: d.period?.to, source: d.source,
    },
    objectives: (draft.objectives ?? []).map((o, i) => ({
      key: `objectives.${i}`, kept: true, source: o.source, confidence: o.confidence,
      kind: o.kind === 'GENERAL' ? 'GENERAL' : 'SPECIFIC', text: o.text ?? '',
      targets: (o.targets ?? []).map((t, j) => ({
        key: `objectives.${i}.targets.${j}`, kept: true, source: t.source, confidence: t.confidence, text: t.text ?? '',
        indicator: t.indicator ?? '', indicatorId: t.indicatorId ?? undefined, createNew: false,
        newIndicator: { code: '', nameVi: t.indicator ?? '', nameEn: '', unit: t.unit ?? '%', direction: 'HIGHER_IS_BETTER' },
        comparator: oneOf(COMPARATORS, t.comparator), value: t.value ?? undefined, unit: t.unit ?? '',
        year: t.year ?? undefined, breakdown: t.breakdown ?? '',
      })),
    })),
    tasks: (draft.tasks ?? []).map((t, i) => task(t, `tasks.${i}`)),
    assignments: (draft.assignments ?? []).map((a, i) => ({
      key: `assignments.${i}`, kept: true, source: a.source, confidence: a.confidence, agency: a.agency ?? '',
      agencyId: a.agencyId ?? undefined, createNew: false, newAgency: { name: a.agency ?? '', kind: 'STATE_AGENCY' },
      role: oneOf(ROLES, a.role), taskNumber: a.taskNumber ?? '',
    })),
    implements: draft.implements ?? [],
    purposes: draft.purposes ?? [],
    requirements: draft.requirements ?? [],
    funding: draft.funding ?? [],
  }
}

/** Every task of the tree, parents before their children, with its depth. */
export function flattenTasks(tasks: ReviewTask[], depth = 0): { task: ReviewTask; depth: number }[] {
  return tasks.flatMap((task) => [{ task, depth }, ...flattenTasks(task.children, depth + 1)])
}

/** The numbers of the tasks that will be saved: kept, and under kept parents only. */
export function keptTaskNumbers(tasks: ReviewTask[]): Set<string> {
  const numbers = new Set<string>()
  const walk = (level: ReviewTask[]) => level.filter((t) => t.kept).forEach((t) => {
    numbers.add(t.number.trim())
    walk(t.children)
  })
  walk(tasks)
  return numbers
}

/**
 * Whether an item will be saved: kept itself, its objective kept (a target), its task saved (an assignment; dropping a
 * task drops the work assigned on it).
 */
export function isSaved(review: Review, key: string): boolean {
  const numbers = keptTaskNumbers(review.tasks)
  for (const o of review.objectives) {
    if (o.key === key) return o.kept
    const t = o.targets.find((x) => x.key === key)
    if (t) return o.kept && t.kept
  }
  const a = review.assignments.find((x) => x.key === key)
  if (a) return a.kept && numbers.has(a.taskNumber.trim())
  const task = flattenTasks(review.tasks).find((x) => x.task.key === key)
  return task ? numbers.has(task.task.number.trim()) && task.task.kept : false
}

const blank = (s: string) => (s.trim() ? s.trim() : undefined)

/** The body of POST /plan-imports/plans, and for each item saved the path the body gives it. */
export function saveBody(review: Review): { body: Schemas['PlanImportSave']; paths: Map<string, string> } {
  const paths = new Map<string, string>()
  const d = review.document
  paths.set('document', 'document')
  const objectives = review.objectives.filter((o) => o.kept).map((o, i) => {
    paths.set(`objectives[${i}]`, o.key)
    return {
      kind: o.kind, text: o.text,
      targets: o.targets.filter((t) => t.kept).map((t, j) => {
        paths.set(`objectives[${i}].targets[${j}]`, t.key)
        return {
          text: blank(t.text), indicator: blank(t.indicator),
          indicatorId: t.createNew ? undefined : t.indicatorId,
          newIndicator: t.createNew ? { ...t.newIndicator } : undefined,
          comparator: t.comparator, value: t.value, unit: blank(t.unit), year: t.year, breakdown: blank(t.breakdown),
        }
      }),
    }
  })
  const tasks = (level: ReviewTask[], prefix: string): Schemas['ReviewedTask'][] =>
    level.filter((t) => t.kept).map((t, i) => {
      const path = `${prefix}[${i}]`
      paths.set(path, t.key)
      return { number: t.number.trim(), title: t.title, scope: blank(t.scope), children: tasks(t.children, `${path}.children`) }
    })
  const numbers = keptTaskNumbers(review.tasks)
  const assignments = review.assignments.filter((a) => a.kept && numbers.has(a.taskNumber.trim())).map((a, i) => {
    paths.set(`assignments[${i}]`, a.key)
    return {
      agency: blank(a.agency), agencyId: a.createNew ? undefined : a.agencyId,
      newAgency: a.createNew ? { name: a.newAgency.name, kind: a.newAgency.kind } : undefined,
      role: a.role, taskNumber: a.taskNumber.trim(),
    }
  })
  const body: Schemas['PlanImportSave'] = {
    unitId: review.unitId as number,
    document: {
      number: blank(d.number), kind: d.kind, title: d.title, issuedOn: d.issuedOn, issuer: blank(d.issuer),
      issuerId: d.createNew ? undefined : d.issuerId,
      newIssuer: d.createNew ? { name: d.newIssuer.name, kind: d.newIssuer.kind } : undefined, signer: blank(d.signerName) || blank(d.signerTitle)
        ? { name: blank(d.signerName), title: blank(d.signerTitle) } : undefined,
      field: blank(d.field), period: { from: d.from, to: d.to },
    },
    implements: review.implements.filter((x) => x.documentId != null).map((x) => ({ number: x.number, documentId: x.documentId })),
    purposes: review.purposes.map((x) => ({ text: x.text })),
    requirements: review.requirements.map((x) => ({ text: x.text })),
    funding: review.funding.map((x) => ({ text: x.text })),
    objectives,
    tasks: tasks(review.tasks, 'tasks'),
    assignments,
  }
  return { body, paths }
}

/**
 * The server's violations by review item: a violation's field is a path of the save body (`tasks[0].children[1].title`),
 * found under the longest item path it starts with; the rest of the path names the field (`title`). What names no
 * item (the unit, the whole draft) goes under ''.
 */
export function errorsByItem(violations: Schemas['Violation'][], paths: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const v of violations) {
    const field = v.field ?? ''
    let best = ''
    for (const path of paths.keys()) {
      const starts = field === path || field.startsWith(`${path}.`)
      if (starts && path.length > best.length) best = path
    }
    const key = best ? paths.get(best)! : ''
    const rest = best ? field.slice(best.length + 1) : field
    const message = rest ? `${rest}: ${v.message ?? ''}` : v.message ?? ''
    out.set(key, [...(out.get(key) ?? []), message])
  }
  return out
}

/** The lines of the source the items read from, each line with the keys of the saved items that cover it. */
export function highlights(review: Review): Map<number, string[]> {
  const out = new Map<number, string[]>()
  const mark = (key: string, source?: Source) => {
    if (!source?.from || !isSaved(review, key)) return
    for (let line = source.from; line <= (source.to ?? source.from); line++) out.set(line, [...(out.get(line) ?? []), key])
  }
  review.objectives.forEach((o) => {
    mark(o.key, o.source)
    o.targets.forEach((t) => mark(t.key, t.source))
  })
  flattenTasks(review.tasks).forEach(({ task }) => mark(task.key, task.source))
  review.assignments.forEach((a) => mark(a.key, a.source))
  return out
}
