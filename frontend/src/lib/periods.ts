/** The period codes of one year for a period type, as the API writes them (see README "Reporting"). */
export function periodCodes(type: string, year: number): string[] {
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
