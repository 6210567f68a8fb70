import type { Schemas } from '@/lib/api/types'

/** One figure of a report as the form edits it: empty until chosen, the breakdown defaulting to the total (ALL). */
export interface ValueRow {
  indicatorId?: number
  unitId?: number
  sex: Schemas['Sex']
  ageGroup: string
  areaType: Schemas['AreaType']
  value?: number
  note: string
}

export const VALUE_FIELDS = ['indicatorId', 'unitId', 'sex', 'ageGroup', 'areaType', 'value', 'note'] as const
const REQUIRED = ['indicatorId', 'unitId', 'value'] as const
const AGE_GROUP = /^[A-Z0-9][A-Z0-9_+-]*$/

export function emptyRow(from?: Partial<ValueRow>): ValueRow {
  return { sex: 'ALL', ageGroup: 'ALL', areaType: 'ALL', note: '', ...from }
}

export function rowsOf(values: Schemas['ReportValue'][] | undefined): ValueRow[] {
  return (values ?? []).map((v) => emptyRow({
    indicatorId: v.indicator?.id, unitId: v.unit?.id, sex: v.sex ?? 'ALL', ageGroup: v.ageGroup ?? 'ALL',
    areaType: v.areaType ?? 'ALL', value: v.value, note: v.note ?? '',
  }))
}

/** The rows as the report PUT takes them, in the form's order, so that the server's values[i] names row i. */
export function toInput(rows: ValueRow[]): Schemas['ReportValueInput'][] {
  return rows.map((r) => ({
    indicatorId: r.indicatorId!, unitId: r.unitId!, sex: r.sex, ageGroup: r.ageGroup.trim() || 'ALL', areaType: r.areaType,
    value: r.value!, note: r.note.trim() || undefined,
  }))
}

/** The form field names of n rows, as the server names them in violations ("values[3].value"). */
export function valueFields(n: number): string[] {
  return Array.from({ length: n }, (_, i) => VALUE_FIELDS.map((f) => `values[${i}].${f}`)).flat()
}

/** What must be fixed before sending, by field name: the message keys of the missing or malformed fields. */
export function checkRows(rows: ValueRow[]): Record<string, string> {
  const errors: Record<string, string> = {}
  rows.forEach((r, i) => {
    for (const f of REQUIRED) if (r[f] === undefined || r[f] === null) errors[`values[${i}].${f}`] = 'validation.required'
    if (r.ageGroup.trim() && !AGE_GROUP.test(r.ageGroup.trim())) errors[`values[${i}].ageGroup`] = 'validation.ageGroup'
  })
  return errors
}
