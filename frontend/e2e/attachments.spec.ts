// Attachments in real Chromium: a planner attaches the signed copy of a draft plan as a PDF, downloads it back byte
// for byte, and deletes it while the plan is still a draft.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { API, loginAs, screen, token } from './support'

const RUN = Date.now().toString(36)
const FILE = `Kế hoạch ${RUN} (bản ký).pdf`

/** A tiny valid PDF (one empty A4 page) with its cross-reference table, made here rather than shipped. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const at = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

/** A draft plan of Huế made behind the page's back, as planner.hue. */
async function draftPlan(): Promise<number> {
  const auth = { Authorization: `Bearer ${await token('planner.hue')}` }
  const get = async (path: string) => {
    const res = await fetch(`${API}${path}`, { headers: auth })
    expect(res.ok, `${path}: ${res.status}`).toBe(true)
    return res.json()
  }
  const unitId = (await get('/api/v1/admin-units?level=PROVINCE&code=46&validOn=2016-06-01')).items[0].id
  const issuerId = (await get(`/api/v1/agencies?unitId=${unitId}&size=100`)).items[0].id
  const res = await fetch(`${API}/api/v1/documents`, {
    method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'PLAN', title: `Kế hoạch có bản ký ${RUN}`, issuerId, unitId, periodFromYear: 2026,
      periodToYear: 2026, status: 'DRAFT', implementsIds: [] }),
  })
  expect(res.status).toBe(201)
  return (await res.json()).id
}

test('planner.hue attaches the signed plan as a PDF, downloads it as it was and deletes it', async ({ page }) => {
  const pdf = tinyPdf()
  const planId = await draftPlan()
  await loginAs(page, 'planner.hue')
  await page.goto(`/plans/${planId}?tab=files`)
  const panel = page.getByTestId('attachments')
  await expect(panel.getByText('Chưa có tệp nào')).toBeVisible()

  await page.getByTestId('attachment-input').setInputFiles({ name: FILE, mimeType: 'application/pdf', buffer: pdf })
  const link = panel.getByRole('button', { name: FILE })
  await expect(link).toBeVisible()
  // the row's tag (the kind chooser above the table shows the same words)
  await expect(panel.locator('.el-table__body').getByText('Bản ký', { exact: true })).toBeVisible()
  await screen(page, '30-plan-attachments')

  const downloading = page.waitForEvent('download')
  await link.click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(FILE)
  expect(readFileSync(await download.path()).equals(pdf), 'the downloaded file differs from the uploaded one').toBe(true)

  await panel.getByRole('button', { name: 'Xóa', exact: true }).click()
  await page.locator('.el-popconfirm').getByRole('button', { name: 'Xóa', exact: true }).click()
  await expect(panel.getByText('Chưa có tệp nào')).toBeVisible()
})
