import { computed } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import vi from '@/locales/vi.json'
import en from '@/locales/en.json'
import { formatDate, formatDateTime, formatNumber, formatPercent, type Lang } from './format'

export type MessageSchema = typeof vi

const LANG_KEY = 'childplan.lang'

function initialLang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi'
}

export const i18n = createI18n<[MessageSchema], Lang, false>({
  legacy: false,
  locale: initialLang(),
  fallbackLocale: 'vi',
  messages: { vi, en },
})

export function setLang(lang: Lang): void {
  i18n.global.locale.value = lang
  localStorage.setItem(LANG_KEY, lang)
  document.documentElement.lang = lang
}

/** t() plus the formatters bound to the current language. */
export function useText() {
  const { t, locale } = useI18n()
  const lang = computed(() => locale.value as Lang)
  return {
    t,
    lang,
    date: formatDate,
    dateTime: formatDateTime,
    num: (v: number | null | undefined, digits?: number) => formatNumber(v, lang.value, digits),
    pct: (v: number | null | undefined) => formatPercent(v, lang.value),
  }
}
