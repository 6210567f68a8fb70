import type { RouteLocationRaw } from 'vue-router'
import type { Schemas } from '@/lib/api/types'

/**
 * The dashboard's lists as rows to show and open. The dashboard names plans, indicators and agencies by id only;
 * their names come from one page of each list, and an id not on it is shown as "#id" rather than asked for row by row.
 */
export interface Names {
  plan: (id?: number) => string | undefined
  indicator: (id?: number) => string | undefined
  agency: (id?: number) => string | undefined
}

const orId = (name: string | undefined, id?: number) => name ?? `#${id}`

/** Where each list clicks through: a target to its plan; a report to the consolidation of its plan and period. */
export const planLink = (documentId?: number): RouteLocationRaw => `/plans/${documentId}`
export const consolidationLink = (documentId?: number, periodCode?: string): RouteLocationRaw =>
  ({ path: '/consolidation', query: { plan: documentId, period: periodCode } })
/** The late list on the dashboard's day, narrowed to an agency when one is given. */
export const lateListLink = (asOf?: string, agencyId?: number): RouteLocationRaw =>
  ({ path: '/consolidation', query: { tab: 'late', asOf, agency: agencyId } })

export function targetRows(alerts: Schemas['TargetAlert'][], names: Names) {
  return alerts.map((a) => ({
    key: a.targetId,
    attainment: a.attainment,
    indicator: orId(names.indicator(a.indicatorId), a.indicatorId),
    plan: orId(names.plan(a.documentId), a.documentId),
    to: planLink(a.documentId),
  }))
}

export function reportRows(alerts: Schemas['ReportAlert'][], names: Names) {
  return alerts.map((a) => ({
    key: `${a.documentId}/${a.agencyId}/${a.periodCode}`,
    standing: a.standing,
    agency: orId(names.agency(a.agencyId), a.agencyId),
    plan: orId(names.plan(a.documentId), a.documentId),
    periodCode: a.periodCode,
    deadline: a.deadline,
    submittedAt: a.submittedAt,
    to: consolidationLink(a.documentId, a.periodCode),
  }))
}

export const ATTAINMENTS = ['MET', 'ON_TRACK', 'AT_RISK', 'NOT_MET', 'NO_DATA'] as const
export const STANDINGS = ['ON_TIME', 'LATE', 'MISSING', 'DUE'] as const

/** The counts of the dashboard by status, in the order the charts draw them. */
export function attainmentCounts(c: Schemas['ProgressCounts'] | undefined): Record<(typeof ATTAINMENTS)[number], number> {
  return { MET: c?.met ?? 0, ON_TRACK: c?.onTrack ?? 0, AT_RISK: c?.atRisk ?? 0, NOT_MET: c?.notMet ?? 0, NO_DATA: c?.noData ?? 0 }
}
export function standingCounts(c: Schemas['ReportCounts'] | undefined): Record<(typeof STANDINGS)[number], number> {
  return { ON_TIME: c?.onTime ?? 0, LATE: c?.late ?? 0, MISSING: c?.missing ?? 0, DUE: c?.due ?? 0 }
}
