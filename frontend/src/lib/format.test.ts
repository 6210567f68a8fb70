import { describe, expect, test } from 'vitest'
import { formatDate, formatDateTime, formatNumber, formatPercent, sortVi } from './format'

describe('Vietnamese formats', () => {
  test('dates are dd/MM/yyyy whatever the language', () => {
    expect(formatDate('2016-05-01')).toBe('01/05/2016')
    expect(formatDate(undefined)).toBe('')
  })

  test('an instant is shown on its Vietnamese calendar day and time', () => {
    // 18:30 UTC on 31 Dec is already 1 Jan in Vietnam (UTC+7)
    expect(formatDate('2016-12-31T18:30:00Z')).toBe('01/01/2017')
    expect(formatDateTime('2016-12-31T18:30:00Z')).toBe('01/01/2017 01:30')
  })

  test('numbers and percentages use vi-VN separators, en-GB in English', () => {
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,89')
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89')
    expect(formatPercent(0.953, 'vi')).toMatch(/^95,3\s?%$/)
    expect(formatPercent(0.953, 'en')).toBe('95.3%')
  })

  test('client-side sorting follows Vietnamese collation', () => {
    const names = ['Sở Y tế', 'Đài Phát thanh', 'Ban Dân tộc', 'Công an tỉnh', 'Dân số']
    // Đ comes right after D in Vietnamese; a code-point sort would put it (U+0110) after S
    expect(sortVi(names, (x) => x)).toEqual(['Ban Dân tộc', 'Công an tỉnh', 'Dân số', 'Đài Phát thanh', 'Sở Y tế'])
  })
})
