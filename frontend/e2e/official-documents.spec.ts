// Official documents (Nghị định 30/2020/NĐ-CP) downloaded from the screens, as a clerk saves them: the consolidated
// report of the Huế 2016 plan's first half as a Word file, then the plan itself. The files are opened here the way
// Word does (a ZIP holding word/document.xml) and read for the decree's header and the report's title.
import { readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'
import { API, loginAs, screen, token } from './support'

const HUE_2016 = '26/KH-UBND'

/** The text of one entry of a ZIP file (stored or deflated), found through its central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  expect(end, 'a ZIP file').toBeGreaterThan(0)
  let at = zip.readUInt32LE(end + 16)
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28)
    const entry = zip.toString('utf8', at + 46, at + 46 + nameLength)
    if (entry === name) {
      const method = zip.readUInt16LE(at + 10)
      const size = zip.readUInt32LE(at + 20)
      const local = zip.readUInt32LE(at + 42)
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const data = zip.subarray(start, start + size)
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8')
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  throw new Error(`${name} is not in the file`)
}

/** The words of a Word document's body, its runs joined. */
function words(docx: Buffer): string {
  return [...zipEntry(docx, 'word/document.xml').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')
}

async function hue2016(): Promise<number> {
  const res = await fetch(`${API}/api/v1/documents?q=${encodeURIComponent(HUE_2016)}&year=2016`,
    { headers: { Authorization: `Bearer ${await token('planner.hue')}` } })
  expect(res.ok).toBe(true)
  const page = (await res.json()) as { items: { id: number; number: string }[] }
  return page.items.find((d) => d.number === HUE_2016)!.id
}

async function download(page: Page, testId: string) {
  const downloaded = page.waitForEvent('download')
  await page.getByTestId(testId).getByRole('button').click()
  const file = await downloaded
  return { name: file.suggestedFilename(), content: readFileSync(await file.path()) }
}

test('a consolidated report downloads as DOCX, and the plan as DOCX too', async ({ page }) => {
  const plan = await hue2016()
  await loginAs(page, 'officer.ldtbxh.hue')
  await page.goto(`/consolidation?plan=${plan}&period=2016-H1`)
  await expect(page.getByTestId('obligations')).toContainText('Sở Thông tin và Truyền thông')
  await screen(page, '30-consolidation-documents')

  const report = await download(page, 'report-docx')
  expect(report.name).toBe('Báo cáo tổng hợp 26-KH-UBND 2016-H1.docx')
  const text = words(report.content)
  for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Số: …/BC-…', 'BÁO CÁO', 'Nơi nhận:',
    'Kết quả thực hiện Kế hoạch số 26/KH-UBND ngày 26/02/2016 trong 6 tháng đầu năm 2016']) {
    expect(text, expected).toContain(expected)
  }

  const pdf = await download(page, 'report-pdf')
  expect(pdf.name).toBe('Báo cáo tổng hợp 26-KH-UBND 2016-H1.pdf')
  expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  await page.goto(`/plans/${plan}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thừa Thiên Huế năm 2016')
  const document = await download(page, 'plan-docx')
  expect(document.name).toBe('Kế hoạch 26-KH-UBND.docx')
  const planText = words(document.content)
  for (const expected of ['ỦY BAN NHÂN DÂN', 'TỈNH THỪA THIÊN HUẾ', 'Số: 26/KH-UBND', 'KẾ HOẠCH',
    'Thừa Thiên Huế, ngày 26 tháng 02 năm 2016']) {
    expect(planText, expected).toContain(expected)
  }
})
