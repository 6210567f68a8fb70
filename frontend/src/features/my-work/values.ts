import type { Schemas } from '@/lib/api/types'
import { formatNumber, type Lang } from '@/lib/format'

/**
 * One figure of a report as the form edits it: empty until chosen, the breakdown defaulting to the total (ALL), the
 * value as typed (Vietnamese write 96,5). A figure withheld from the editor (small-cell suppression) comes without
 * its value: left empty it is sent without one, which keeps the figure the report holds; a number typed replaces it.
 */
export interface ValueRow {
  indicatorId?: number
  unitId?: number
  sex: Schemas['Sex']
  ageGroup: string
  areaType: Schemas['AreaType']
  value: string
  note: string
  withheld?: boolean
}

// A number as typed in either language: vi-VN groups with "." and has the decimal ",", en-GB the other way round;
// either language's decimal-only form ("96.5", "96,5") is accepted as well.
const GROUPED: Record<Lang, RegExp> = { vi: /^-?\d{1,3}(\.\d{3})+(,\d+)?$/, en: /^-?\d{1,3}(,\d{3})+(\.\d+)?$/ }
const PLAIN = /^-?\d+([.,]\d+)?$/

/** The number typed, or undefined when it is not one. */
export function parseDecimal(text: string, lang: Lang): number | undefined {
  const t = text.replace(/\s/g, '')
  if (GROUPED[lang].test(t)) return Number(lang === 'vi' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''))
  if (PLAIN.test(t)) return Number(t.replace(',', '.'))
  return undefined
}

export const VALUE_FIELDS = ['indicatorId', 'unitId', 'sex', 'ageGroup', 'areaType', 'value', 'note'] as const
const REQUIRED = ['indicatorId', 'unitId', 'value'] as const
const AGE_GROUP = /^[A-Z0-9][A-Z0-9_+-]*$/

export function emptyRow(from?: Partial<ValueRow>): ValueRow {
  return { sex: 'ALL', ageGroup: 'ALL', areaType: 'ALL', value: '', note: '', ...from }
}

export function rowsOf(values: Schemas['ReportValue'][] | undefined, lang: Lang): ValueRow[] {
  return (values ?? []).map((v) => emptyRow({
    indicatorId: v.indicator?.id, unitId: v.unit?.id, sex: v.sex ?? 'ALL', ageGroup: v.ageGroup ?? 'ALL',
    areaType: v.areaType ?? 'ALL', value: v.suppressed ? '' : formatNumber(v.value, lang, 20), note: v.note ?? '',
    ...(v.suppressed ? { withheld: true } : {}),
  }))
}

/** The rows as the report PUT takes them, in the form's order, so that the server's values[i] names row i. */
export function toInput(rows: ValueRow[], lang: Lang): Schemas['ReportValueInput'][] {
  return rows.map((r) => ({
    indicatorId: r.indicatorId!, unitId: r.unitId!, sex: r.sex, ageGroup: r.ageGroup.trim() || 'ALL', areaType: r.areaType,
    value: kept(r) ? undefined : parseDecimal(r.value, lang)!, note: r.note.trim() || undefined,
  }))
}

/** A withheld figure left empty: sent without a value, it keeps the figure the report holds. */
function kept(r: ValueRow): boolean {
  return !!r.withheld && !r.value.trim()
}

/** The form field names of n rows, as the server names them in violations ("values[3].value"). */
export function valueFields(n: number): string[] {
  return Array.from({ length: n }, (_, i) => VALUE_FIELDS.map((f) => `values[${i}].${f}`)).flat()
}

/** What must be fixed before sending, by field name: the message keys of the missing or malformed fields. */
export function checkRows(rows: ValueRow[], lang: Lang): Record<string, string> {
  const errors: Record<string, string> = {}
  rows.forEach((r, i) => {
    for (const f of REQUIRED) {
      if ((r[f] === undefined || r[f] === '') && !(f === 'value' && kept(r))) errors[`values[${i}].${f}`] = 'validation.required'
    }
    if (r.value.trim() && parseDecimal(r.value, lang) === undefined) errors[`values[${i}].value`] = 'validation.number'
    if (r.ageGroup.trim() && !AGE_GROUP.test(r.ageGroup.trim())) errors[`values[${i}].ageGroup`] = 'validation.ageGroup'
  })
  return errors
}
