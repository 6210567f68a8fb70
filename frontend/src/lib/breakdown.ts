type Translate = (key: string, values?: Record<string, unknown>) => string

/** A row's breakdown in words ("Nữ, nhóm tuổi 0-5"), its ALL parts left out; the total when all are ALL. */
export function breakdownLabel(row: { sex?: string; ageGroup?: string; areaType?: string }, t: Translate): string {
  const parts = [
    row.sex && row.sex !== 'ALL' ? t(`sex.${row.sex}`) : undefined,
    row.ageGroup && row.ageGroup !== 'ALL' ? t('breakdown.ageGroup', { group: row.ageGroup }) : undefined,
    row.areaType && row.areaType !== 'ALL' ? t(`areaType.${row.areaType}`) : undefined,
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : t('breakdown.total')
}
