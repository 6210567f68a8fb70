// Importing values from a file in the real system: planner.hue checks a small CSV with one bad row, reads that row
// named with its reason, imports the valid rows as a job and reads its summary.
import { expect, test } from '@playwright/test'
import { loginAs, screen } from './support'

const YEAR = 2030 + (Date.now() % 60) // a year no other run's values hold
const FILE = 'indicator_code,unit_code,period_code,value,status,source_name\r\n'
  + `CHILD_U1_FULLY_IMMUNISED_RATE,46,${YEAR},96.4,ESTIMATE,Sở Y tế\r\n`
  + `CHILD_U1_FULLY_IMMUNISED_RATE,46,${YEAR}-Q9,97,ESTIMATE,Sở Y tế\r\n`

test('planner.hue checks a CSV, sees its rejected row with the reason, imports the valid rows and reads the summary', async ({ page }) => {
  await loginAs(page, 'planner.hue')
  await page.getByRole('link', { name: 'Nhập số liệu' }).click()
  await expect(page.getByRole('heading', { name: 'Nhập số liệu từ tệp' })).toBeVisible()
  await page.getByTestId('import-file').setInputFiles({ name: 'so-lieu.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) })

  await page.getByTestId('import-check').click()
  const rejected = page.getByTestId('rejected-rows')
  await expect(rejected.getByRole('row').filter({ hasText: `${YEAR}-Q9` })).toContainText('Mã kỳ báo cáo không hợp lệ')
  await expect(rejected.getByRole('row').filter({ hasText: `${YEAR}-Q9` })).toContainText('period_code')
  await expect(page.getByText('Có dòng bị từ chối')).toBeVisible()
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await screen(page, '20-import-check')

  await page.getByTestId('mode-per-row').click()
  await page.getByTestId('import-check').click()
  await expect(page.getByTestId('count-imported')).toHaveText('1')
  await page.getByTestId('import-commit').click()

  await expect(page.getByTestId('import-job')).toContainText('hoàn thành')
  const summary = page.getByTestId('import-summary')
  await expect(summary).toContainText('Kết quả nhập')
  await expect(page.getByTestId('count-imported')).toHaveText('1')
  await expect(page.getByTestId('count-rejected')).toHaveText('1')
  await screen(page, '21-import-done')
})
