/**
 * The period codes of one year for a period type, as the API writes them (see README "Reporting"); with a regime's
 * `periodNumbers` (e.g. [1]: the first half only), just those periods of the year — the others are not owed.
 */
export function periodCodes(type: string, year: number, numbers?: number[] | null): string[] {
  const all = codesOfYear(type, year)
  return numbers?.length ? all.filter((_, i) => numbers.includes(i + 1)) : all
}

function codesOfYear(type: string, year: number): string[] {
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'))
  switch (type) {
    case 'YEAR': return [String(year)]
    case 'HALF_YEAR': return [`${year}-H1`, `${year}-H2`]
    case 'QUARTER': return [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
    case 'MONTH': return months.map((m) => `${year}-${m}`)
    case 'STATISTICAL_MONTH': return months.map((m) => `${year}-${m}S`)
    // The school year that ends in May of `year`.
    case 'SCHOOL_YEAR': return [`${year - 1}-${year}`]
    default: return []
  }
}

/** The period type a code is written in (the inverse of periodCodes); undefined for a custom range. */
export function periodTypeOf(code: string): string | undefined {
  if (/^\d{4}$/.test(code)) return 'YEAR'
  if (/^\d{4}-H[12]$/.test(code)) return 'HALF_YEAR'
  if (/^\d{4}-Q[1-4]$/.test(code)) return 'QUARTER'
  if (/^\d{4}-\d{2}$/.test(code)) return 'MONTH'
  if (/^\d{4}-\d{2}S$/.test(code)) return 'STATISTICAL_MONTH'
  if (/^\d{4}-\d{4}$/.test(code)) return 'SCHOOL_YEAR'
  return undefined
}

/** The year whose periodCodes list a code: its own year, the year a school year ends in. */
export function periodYear(code: string): number {
  return Number(periodTypeOf(code) === 'SCHOOL_YEAR' ? code.slice(5) : code.slice(0, 4))
}
