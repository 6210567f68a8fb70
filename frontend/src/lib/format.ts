/**
 * Dates, numbers and sorting the Vietnamese way: dates dd/MM/yyyy in both languages, numbers and percentages in
 * vi-VN (English: en-GB), client-side sorting by Vietnamese collation.
 */
export type Lang = 'vi' | 'en'

const NUMBER_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' }

/** "2016-05-01" (an API date) → "01/05/2016"; an instant is shown as its Vietnamese calendar day. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return new Intl.DateTimeFormat('en-GB', {
    day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh',
  }).format(d)
}

/** An instant as "dd/MM/yyyy HH:mm", Vietnam time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh',
  }).format(d)
  return `${formatDate(value)} ${time}`
}

export function formatNumber(value: number | null | undefined, lang: Lang, maxFractionDigits = 2): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: maxFractionDigits }).format(value)
}

/** A share (0.953) as a percentage ("95,3 %" in Vietnamese). */
export function formatPercent(share: number | null | undefined, lang: Lang): string {
  if (share === null || share === undefined) return ''
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share)
}

const collator = new Intl.Collator('vi')

/** Sorts a copy by Vietnamese collation of the key (Đ after D, tones after the bare letter). */
export function sortVi<T>(items: readonly T[], key: (item: T) => string | null | undefined): T[] {
  return [...items].sort((a, b) => collator.compare(key(a) ?? '', key(b) ?? ''))
}

/** Today in Vietnam as an API date (yyyy-MM-dd). */
export function todayVn(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
}

/** "26/KH-UBND – Thực hiện …", or the title alone while a draft has no number. */
export function documentLabel(d: { number?: string | null; title?: string | null } | undefined): string {
  return [d?.number, d?.title].filter(Boolean).join(' – ')
}
