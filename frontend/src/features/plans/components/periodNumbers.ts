import type { Schemas } from '@/lib/api/types'

/** How many periods of a sub-year type a year has; a year or school year has one and no choice of periods. */
export const PER_YEAR: Partial<Record<Schemas['PeriodType'], number>> = { HALF_YEAR: 2, QUARTER: 4, MONTH: 12, STATISTICAL_MONTH: 12 }

/** The name of the n-th period of the year of a type: "6 tháng đầu năm", "Quý 2", "Tháng 5". */
export function periodNumberLabel(t: (key: string, values?: Record<string, unknown>) => string, type: string, n: number) {
  switch (type) {
    case 'HALF_YEAR': return t(`regime.half${n}`)
    case 'QUARTER': return t('regime.quarterN', { n })
    default: return t('regime.monthN', { n })
  }
}
