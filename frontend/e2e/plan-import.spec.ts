// The plan importer from the planner's side: paste a plan's text, review the draft beside the source, drop a task,
// save, and find the DRAFT plan with the tasks kept (and not the one dropped).
import { expect, test } from '@playwright/test'
import { choose, loginAs, screen } from './support'

const RUN = Date.now().toString(36) // makes this run's plan recognisable
const TITLE = `Tổ chức Tháng hành động vì trẻ em năm 2026 (${RUN})`

/** A short plan as a province publishes it: header, purposes, a general and a specific objective, three tasks. */
const PLAN = `ỦY BAN NHÂN DÂN
TỈNH THỪA THIÊN HUẾ
Số: /KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Tháng hành động vì trẻ em năm 2026

Thực hiện Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2026 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức của các cấp, các ngành và toàn xã hội về bảo vệ, chăm sóc trẻ em.
2. Yêu cầu
Các hoạt động được tổ chức thiết thực, hiệu quả, hướng về cơ sở.

II. MỤC TIÊU
1. Mục tiêu chung
Tạo môi trường sống an toàn, lành mạnh cho trẻ em.
2. Mục tiêu cụ thể
- Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ trên 95%.

III. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức lễ phát động Tháng hành động vì trẻ em trên phạm vi toàn tỉnh.
Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện.
2. Tuyên truyền về phòng, chống tai nạn thương tích, đuối nước ở trẻ em.
Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện.
3. Tổ chức khám sức khỏe miễn phí cho trẻ em có hoàn cảnh đặc biệt.
Sở Y tế chủ trì thực hiện.

IV. TỔ CHỨC THỰC HIỆN
Sở Lao động - Thương binh và Xã hội chủ trì, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/7/2026.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Phương`

test('planner.hue pastes a plan, reviews it beside its text, drops a task and saves it as a draft', async ({ page }) => {
  await loginAs(page, 'planner.hue')
  await page.goto('/plans')
  await page.getByTestId('plan-import').click()
  await expect(page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' })).toBeVisible()
  await page.getByTestId('import-text').fill(PLAN)
  await page.getByTestId('import-read').click()

  // the review: the source on one side, the items read from it on the other
  const source = page.getByTestId('import-source')
  await expect(source).toContainText('Tổ chức khám sức khỏe miễn phí')
  await expect(page.getByTestId('import-tasks.0.children.2')).toBeVisible()
  await page.getByTestId('import-title').fill(TITLE)
  await choose(page, 'Cơ quan ban hành', 'Ủy ban nhân dân', 'uy ban nhan dan')
  // editing an item marks the lines it was read from
  await page.getByTestId('import-tasks.0.children.1').getByRole('textbox').last().focus()
  await expect(source.locator('li.active')).toHaveCount(2)
  await expect(source.locator('li.active').first()).toContainText('Tuyên truyền về phòng, chống tai nạn')
  await screen(page, '20-plan-import-review')

  // the planner drops task III.3; its assignment (Sở Y tế) goes with it
  // Element Plus hides the checkbox's input behind its own box: the box is what a user clicks
  const dropped = page.getByTestId('import-tasks.0.children.2')
  await dropped.locator('.el-checkbox').click()
  await expect(page.getByRole('checkbox', { name: 'Giữ nhiệm vụ III.3' })).not.toBeChecked()
  await expect(dropped).toHaveClass(/dropped/)
  await expect(page.getByTestId('import-assignments.4')).toHaveClass(/dropped/)
  await page.getByTestId('import-save').click()

  // the new plan's page: a draft with the tasks kept
  await expect(page).toHaveURL(/\/plans\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByText('Dự thảo').first()).toBeVisible()
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click()
  const tree = page.getByTestId('task-tree')
  await expect(tree).toContainText('Tổ chức lễ phát động Tháng hành động vì trẻ em')
  await expect(tree).toContainText('Tuyên truyền về phòng, chống tai nạn thương tích')
  await expect(tree).not.toContainText('Tổ chức khám sức khỏe miễn phí')
  await screen(page, '21-plan-import-saved')
})
