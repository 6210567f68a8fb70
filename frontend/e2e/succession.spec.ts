// Agency succession: a planner ends an agency, previews the handover of its open work and commits it, then finds the
// tasks under the successor, the history naming who held them before. Hải Dương's demo data: the Sở LĐTBXH leads
// III.3 and III.4 of the 2024 plan and is recorded as ended on 28/02/2025 with the Sở Y tế as successor, data only.
import { expect, test } from '@playwright/test'
import { loginAs, screen } from './support'

test('planner.haiduong hands the Sở LĐTBXH\'s work over to the Sở Y tế and sees it there', async ({ page }) => {
  await loginAs(page, 'planner.haiduong')
  await page.getByRole('link', { name: 'Cơ quan' }).click()
  await page.getByTestId('agency-search').fill('Lao động')
  const row = page.getByTestId('agency-table').locator('tbody tr', { hasText: 'Sở Lao động - Thương binh và Xã hội' })
  await expect(row).toHaveCount(1)
  await row.getByRole('button', { name: /^Kết thúc hoạt động và chuyển giao: Sở Lao động/ }).click()

  const dialog = page.getByRole('dialog', { name: /^Kết thúc hoạt động và chuyển giao: Sở Lao động/ })
  // the dialog starts from what the agency's record says: its end and its successor
  await expect(dialog.getByLabel('Ngày kết thúc hoạt động')).toHaveValue('28/02/2025')
  await expect(dialog.locator('.el-select__wrapper').first()).toContainText('Sở Y tế')
  await expect(dialog.getByRole('button', { name: 'Xác nhận chuyển giao' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Xem trước' }).click()
  const moves = dialog.getByTestId('succession-assignments').locator('tbody tr')
  await expect(moves).toHaveCount(2)
  for (const task of ['III.3.', 'III.4.']) {
    const move = moves.filter({ hasText: task })
    await expect(move).toContainText('Sở Y tế')
    await expect(move).toContainText('Chuyển')
    await expect(move).toContainText('vai trò sau: Chủ trì')
  }
  await expect(dialog.getByTestId('succession-reports')).toContainText('Không có báo cáo nào chưa gửi')
  const plan = await moves.first().getByRole('link').getAttribute('href')
  await screen(page, '60-succession-preview')
  await dialog.getByRole('button', { name: 'Xác nhận chuyển giao' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Đã chuyển giao cho Sở Y tế')).toBeVisible()

  // the plan's progress: III.3 and III.4 are the Sở Y tế's now, and the Sở LĐTBXH holds nothing open
  await page.goto(plan!)
  await page.getByRole('tab', { name: 'Tiến độ' }).click()
  const progress = page.getByTestId('plan-progress').locator('tbody tr')
  await expect(progress.filter({ hasText: 'III.3.' }).filter({ hasText: 'Sở Y tế' })).toHaveCount(1)
  await expect(progress.filter({ hasText: 'III.4.' }).filter({ hasText: 'Sở Y tế' })).toHaveCount(1)
  await expect(progress.filter({ hasText: 'Sở Lao động' })).toHaveCount(0)
  // who was assigned when: the history names the successor, the change's author and time
  await progress.filter({ hasText: 'III.4.' }).getByRole('button', { name: /^Lịch sử tình trạng: III\.4\./ }).click()
  const history = page.getByRole('region', { name: /^Lịch sử tình trạng: III\.4\./ })
  await expect(history.getByText('Sở Y tế · Chủ trì')).toBeVisible()
  await expect(history.getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · planner\.haiduong$/)).toBeVisible()
  await screen(page, '61-succession-history')
})
