import { describe, expect, it } from 'vitest'
import { dispositionFileName } from './download'

describe('dispositionFileName', () => {
  it('prefers the UTF-8 name of filename*', () => {
    expect(dispositionFileName('attachment; filename="Bao cao tong hop 26-KH-UBND 2016-H1.docx"; '
      + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%2026-KH-UBND%202016-H1.docx"))
      .toBe('Báo cáo tổng hợp 26-KH-UBND 2016-H1.docx')
  })

  it('falls back to filename, and to nothing', () => {
    expect(dispositionFileName('attachment; filename="plan-7-20260101.xlsx"')).toBe('plan-7-20260101.xlsx')
    expect(dispositionFileName("attachment; filename=\"a.pdf\"; filename*=UTF-8''%E0%A4")).toBe('a.pdf')
    expect(dispositionFileName(null)).toBeUndefined()
  })
})
