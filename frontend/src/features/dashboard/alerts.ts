import type { RouteLocationRaw } from 'vue-router'
import type { Schemas } from '@/lib/api/types'
import type { Lang } from '@/lib/format'

/**
 * The dashboard's lists as rows to show and open, named from the refs the alerts carry: a plan by its number (a draft
 * has none yet, so by its title), an indicator in the reader's language.
 */
const planName = (d?: Schemas['DocumentRef']) => d?.number || d?.title
const indicatorName = (i: Schemas['IndicatorRef'] | undefined, lang: Lang) =>
  (lang === 'en' ? i?.nameEn ?? i?.nameVi : i?.nameVi)

/** Where each list clicks through: a target to its plan; a report to the consolidation of its plan and period. */
export const planLink = (documentId?: number): RouteLocationRaw => `/plans/${documentId}`
export const consolidationLink = (documentId?: number, periodCode?: string): RouteLocationRaw =>
  ({ path: '/consolidation', query: { plan: documentId, period: periodCode } })
/** The late list on the dashboard's day, narrowed to an agency when one is given. */
export const lateListLink = (asOf?: string, agencyId?: number): RouteLocationRaw =>
  ({ path: '/consolidation', query: { tab: 'late', asOf, agency: agencyId } })

export function targetRows(alerts: Schemas['TargetAlert'][], lang: Lang) {
  return alerts.map((a) => ({
    key: a.targetId,
    attainment: a.attainment,
    indicator: indicatorName(a.indicator, lang),
    plan: planName(a.document),
    to: planLink(a.document?.id),
  }))
}

export function reportRows(alerts: Schemas['ReportAlert'][]) {
  return alerts.map((a) => ({
    key: `${a.document?.id}/${a.agency?.id}/${a.periodCode}`,
    standing: a.standing,
    agency: a.agency?.name,
    plan: planName(a.document),
    periodCode: a.periodCode,
    deadline: a.deadline,
    submittedAt: a.submittedAt,
    to: consolidationLink(a.document?.id, a.periodCode),
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
