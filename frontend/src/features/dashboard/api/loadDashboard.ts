import type { Schemas } from '@/lib/api/types'
import { periodCodes } from '@/lib/periods'
import { getObligations } from './getObligations'
import { getProgress } from './getProgress'
import { listRegimes } from './listRegimes'
import { listUnitPlans } from './listUnitPlans'

export type ObligationRow = Schemas['ReportingObligation'] & { documentId: number; regimeId: number; periodCode: string }

export interface DashboardData {
  plans: Schemas['DocumentSummary'][]
  progress: Schemas['PlanProgress'][]
  obligations: ObligationRow[]
}

/**
 * The unit's dashboard from the plans' own read models: every plan's target progress, and for each reporting regime
 * of those plans every period of the year with who owes what.
 */
export async function loadDashboard(year: number): Promise<DashboardData> {
  const [planItems, regimes] = await Promise.all([listUnitPlans(), listRegimes()])
  const ids = new Set(planItems.map((p) => p.id))
  const progress = await Promise.all(planItems.map((p) => getProgress(p.id!)))
  const asked = (regimes.items ?? []).filter((r) => ids.has(r.document?.id))
    .flatMap((r) => periodCodes(r.periodType!, year).map((code) => ({ r, code })))
  const answers = await Promise.all(asked.map(async ({ r, code }) => {
    const o = await getObligations(r.document!.id!, code)
    return (o.items ?? []).map((item) => ({ ...item, documentId: r.document!.id!, regimeId: r.id!, periodCode: code }))
  }))
  return { plans: planItems, progress, obligations: answers.flat() }
}

export type Timeliness = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING'

/** Where an owed report stands: submitted on time or late, missing past the deadline, or not yet due. */
export function timelinessOf(o: Schemas['ReportingObligation']): Timeliness {
  if (o.timeliness === 'ON_TIME' || o.timeliness === 'LATE') return o.timeliness
  return o.overdue ? 'MISSING' : 'PENDING'
}
