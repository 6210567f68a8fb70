// The users' scenarios in real Chromium against the SPA, backend and Keycloak started by ../../scripts/e2e.sh.
// A screenshot of every main screen and an axe-core check (no serious or critical violation) go with them.
// The planner creates a plan, the officer reports on it, the planner reviews the report: those run in order and
// stop at the first failure (serial mode); the others read the demo data and stand alone.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { API, choose, loginAs, screen, searchPlans, token } from './support'

const RUN = Date.now().toString(36) // makes this run's records recognisable
const HUE_2016 = '26/KH-UBND' // the Huế 2016 plan of the demo data
const HUE_2016_SEARCH = 'cham soc giao duc tre em thua thien hue' // no diacritics: ignored

test('planner.hue logs in and sees the dashboard, the plans and the Huế 2016 plan', async ({ page }) => {
  await loginAs(page, 'planner.hue', { loginScreen: true })
  const who = page.getByTestId('who')
  await expect(who.getByText('Thừa Thiên Huế', { exact: false }).or(who.getByText('Huế')).first()).toBeVisible()
  await expect(page.getByRole('heading', { name: /Tổng quan/ })).toBeVisible()
  // GET /api/v1/dashboard answered
  await expect(page.getByTestId('dashboard-summary').getByText(/\d+ kế hoạch/)).toBeVisible()
  await screen(page, '01-dashboard')
  await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click()
  const row = await searchPlans(page, HUE_2016_SEARCH, HUE_2016)
  await screen(page, '02-plans')
  await row.getByRole('link').first().click()
  await expect(page).toHaveURL(/\/plans\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('Mục tiêu và chỉ tiêu')).toBeVisible()
  await screen(page, '03-plan')
  await page.getByRole('tab', { name: 'Phân công' }).click()
  await expect(page.getByTestId('matrix')).toBeVisible()
  await screen(page, '04-assignment-matrix')
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click()
  await expect(page.getByTestId('task-tree')).toBeVisible()
  await screen(page, '05-task-tree')
  await page.getByRole('tab', { name: 'Văn bản liên quan' }).click()
  await expect(page.getByText('Thực hiện các văn bản')).toBeVisible()
  await screen(page, '06-cascade')
  await page.goBack() // the list comes back as it was left: the search is in the address
  await expect(page.getByTestId('plan-table').getByText(HUE_2016)).toBeVisible()
  await expect(page.getByTestId('plan-search'), 'the search was lost').toHaveValue(HUE_2016_SEARCH)
})

test.describe('a new plan from its creation to a resubmitted report', () => {
  test.describe.configure({ mode: 'serial' })

  // Filled in by the first test; the serial mode skips the others when it fails.
  const plan = { id: 0, title: `Kế hoạch thử nghiệm e2e ${RUN}` }
  const taskTitle = `Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ${RUN}`
  const narrative = 'Đã tổ chức tiêm chủng tại 152 xã, phường.'
  const returnReason = 'Đề nghị bổ sung số trẻ được tiêm theo từng huyện.'

  test('planner.hue creates a plan with a target, a task assigned to Sở Y tế and a reporting regime', async ({ page }) => {
    await loginAs(page, 'planner.hue')
    await page.goto('/plans/new')
    await expect(page.getByRole('heading', { name: 'Tạo kế hoạch' })).toBeVisible()
    await page.getByTestId('save-plan').click()
    // inline validation before any request
    await expect(page.getByText('Vui lòng nhập trường này').first()).toBeVisible()
    await page.getByTestId('plan-title').fill(plan.title)
    await choose(page, 'Cơ quan ban hành', 'Ủy ban nhân dân', 'uy ban nhan dan')
    await screen(page, '07-plan-form')
    await page.getByTestId('save-plan').click()
    await expect(page).toHaveURL(/\/plans\/\d+$/)
    plan.id = Number(new URL(page.url()).pathname.split('/').pop())
    await expect(page.getByRole('heading', { name: plan.title })).toBeVisible()

    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click()
    const objectiveDialog = page.getByRole('dialog')
    await objectiveDialog.getByLabel('Nội dung').fill('Giảm tỷ lệ trẻ em suy dinh dưỡng')
    await objectiveDialog.getByRole('button', { name: 'Lưu' }).click()
    await expect(objectiveDialog).toBeHidden()
    await expect(page.getByText('Giảm tỷ lệ trẻ em suy dinh dưỡng')).toBeVisible()

    await page.getByTestId('add-target').click()
    const targetDialog = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' })
    await choose(page, 'Chỉ số', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', 'tiem chung')
    await targetDialog.getByTestId('target-value').locator('input').fill('95')
    await targetDialog.getByTestId('target-year').locator('input').fill(new Date().getFullYear().toString())
    await screen(page, '08-target-dialog')
    await targetDialog.getByRole('button', { name: 'Lưu' }).click()
    await expect(targetDialog).toBeHidden()
    await expect(page.locator('.targets').getByText('95').first()).toBeVisible()

    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click()
    await page.getByTestId('add-task').click()
    const taskDialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' })
    await taskDialog.getByTestId('task-number').fill('1')
    await taskDialog.getByTestId('task-title').fill(taskTitle)
    await taskDialog.getByRole('button', { name: 'Lưu' }).click()
    await expect(taskDialog).toBeHidden()
    await expect(page.getByTestId('task-tree').getByText(taskTitle)).toBeVisible()
    await page.getByTestId('assign-1').click()
    const assignDialog = page.getByRole('dialog', { name: 'Phân công' })
    await choose(page, 'Cơ quan', 'Sở Y tế', 'so y te')
    await assignDialog.getByRole('button', { name: 'Lưu' }).click()
    await expect(assignDialog).toBeHidden()
    await expect(page.getByTestId('task-tree').getByText('Sở YT')).toBeVisible() // the agency's short name

    await page.getByRole('tab', { name: 'Chế độ báo cáo' }).click()
    await page.getByTestId('add-regime').click()
    const regimeDialog = page.getByRole('dialog', { name: 'Thêm kỳ báo cáo' })
    await regimeDialog.getByTestId('regime-day').locator('input').fill('15')
    await regimeDialog.getByTestId('regime-month').locator('input').fill('12')
    await choose(page, 'Cơ quan tổng hợp', 'Sở Kế hoạch và Đầu tư', 'ke hoach va dau tu')
    await regimeDialog.getByRole('button', { name: 'Lưu' }).click()
    await expect(regimeDialog).toBeHidden()
    await expect(page.getByText('ngày 15/12')).toBeVisible()
    await screen(page, '09-reporting-regime')
  })

  test('officer.syt.hue sees the assignment in My work, writes and submits a report', async ({ page }) => {
    await loginAs(page, 'officer.syt.hue')
    await page.getByRole('link', { name: 'Việc của tôi' }).click()
    await expect(page.getByTestId('my-assignments').getByText(taskTitle)).toBeVisible()
    await screen(page, '10-my-work')
    await choose(page, 'Kế hoạch', plan.title)
    await page.getByTestId('start-report').click()
    await expect(page).toHaveURL(/\/my-work\/reports\/\d+$/)
    await page.getByTestId('narrative-1').fill(narrative)
    // the figures: a row starts on the plan's only indicator and the plan's unit
    await page.getByTestId('add-value').click()
    await page.getByTestId('value-value-0').fill('96,5') // as Vietnamese write it
    await page.getByTestId('add-value').click()
    await page.getByTestId('save-report').click()
    // checked before sending
    await expect(page.getByTestId('value-row-1').getByText('Vui lòng nhập trường này')).toBeVisible()
    // the same indicator, unit and breakdown twice: the server names values[1].unitId, shown on that row's field
    await page.getByTestId('value-value-1').fill('90')
    await page.getByTestId('save-report').click()
    await expect(page.getByTestId('value-row-1').locator('.el-form-item__error').getByText(/repeats/)).toBeVisible()
    await expect(page.getByTestId('value-row-0').locator('.el-form-item__error'), 'row 0 shows an error').toHaveCount(0)
    await page.getByRole('button', { name: 'Xóa dòng 2' }).click()
    await expect(page.getByTestId('value-row-1')).toHaveCount(0)
    await page.getByTestId('save-report').click()
    await expect(page.getByText('Đã lưu bản nháp')).toBeVisible()
    await screen(page, '11-report-form')
    await page.getByTestId('submit-report').click()
    await expect(page.getByText('Đã gửi báo cáo')).toBeVisible()
    await expect(page.getByText('Báo cáo đã gửi; không thể sửa.')).toBeVisible()
    await expect(page.getByTestId('add-value'), 'a submitted report still offers to add figures').toHaveCount(0)
    await expect(page.getByTestId('value-value-0'), 'a submitted figure is editable').toBeDisabled()
  })

  test('planner.hue sees the submitted report in consolidation', async ({ page }) => {
    await loginAs(page, 'planner.hue')
    await page.getByRole('link', { name: 'Tổng hợp báo cáo' }).click()
    await choose(page, 'Kế hoạch và kỳ báo cáo', plan.title)
    const row = page.getByTestId('obligations').locator('tr', { hasText: 'Sở Y tế' })
    await expect(row.getByText('Đã gửi')).toBeVisible()
    // the officer's narrative under its task and figure under its indicator, flagged as not yet stored
    await expect(page.getByTestId('task-narratives').getByText(narrative)).toBeVisible()
    const figure = page.getByTestId('figures').locator('tr', { hasText: 'Sở Y tế' })
    await expect(figure.getByText('96,5')).toBeVisible()
    await expect(figure.getByText('Chưa có số liệu lưu')).toBeVisible()
    await screen(page, '12-consolidation')
    await row.getByRole('button', { name: 'Xem xét' }).click()
    await expect(page.getByTestId('report-review').getByText(narrative)).toBeVisible()
    await expect(page.getByTestId('review-values').getByText('96,5')).toBeVisible()
    await screen(page, '13-report-review')
    await page.getByRole('button', { name: 'Trả lại' }).click()
    await expect(page.getByText('Nhập lý do trả lại báo cáo')).toBeVisible() // a return needs its reason
    await page.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill(returnReason)
    await page.getByRole('button', { name: 'Trả lại' }).click()
    await expect(row.getByText('Bị trả lại')).toBeVisible()
  })

  test('officer.syt.hue reads why the report came back, changes it and resubmits', async ({ page }) => {
    await loginAs(page, 'officer.syt.hue')
    await page.getByRole('link', { name: 'Việc của tôi' }).click()
    await expect(page.getByText(/Có \d+ báo cáo bị trả lại/)).toBeVisible()
    await page.getByTestId('my-reports').locator('tr', { hasText: plan.title })
      .getByRole('link', { name: 'Soạn báo cáo' }).click()
    await expect(page.getByTestId('return-comment').getByText(returnReason)).toBeVisible()
    await page.getByTestId('narrative-1').fill('Đã tiêm chủng tại 152 xã, phường; số trẻ theo huyện ở phụ lục.')
    await screen(page, '16-returned-report')
    await page.getByRole('button', { name: 'Gửi lại' }).click()
    await expect(page.getByText('Đã gửi báo cáo')).toBeVisible()
  })

  test('a conflicting edit shows the 412 message and keeps the typed text', async ({ page }) => {
    await loginAs(page, 'planner.hue')
    await page.goto(`/plans/${plan.id}/edit`)
    await expect(page.getByTestId('plan-title')).toHaveValue(plan.title) // the form holds the stored plan
    await page.getByTestId('plan-purpose').fill('Mục đích do người dùng gõ')
    // meanwhile someone else changes the plan through the API
    const t = await token('planner.hue')
    const url = `${API}/api/v1/documents/${plan.id}`
    const current = await (await fetch(url, { headers: { Authorization: `Bearer ${t}` } })).json()
    const input = {
      kind: current.kind, title: `${current.title} (sửa bởi người khác)`, issuerId: current.issuer.id,
      unitId: current.unit?.id, periodFromYear: current.periodFromYear, periodToYear: current.periodToYear,
      status: current.status, implementsIds: [],
    }
    const put = await fetch(url, {
      method: 'PUT', body: JSON.stringify(input),
      headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json', 'If-Match': `"${current.version}"` },
    })
    expect(put.ok, `PUT behind the page's back: ${put.status} ${await put.text()}`).toBe(true)
    await page.getByTestId('save-plan').click()
    const conflict = page.getByTestId('conflict')
    await expect(conflict.getByText('Bản ghi đã được người khác thay đổi kể từ khi bạn mở')).toBeVisible()
    await expect(conflict.getByText('(sửa bởi người khác)')).toBeVisible()
    await expect(page.getByTestId('plan-purpose'), 'the typed text was lost').toHaveValue('Mục đích do người dùng gõ')
    await screen(page, '14-conflict')
  })
})

test('an officer sets a task\'s status with a note', async ({ page }) => {
  const note = `Đã tổ chức 3 lớp tập huấn cho cán bộ y tế xã (${RUN})`
  await loginAs(page, 'officer.syt.hue')
  await page.getByRole('link', { name: 'Việc của tôi' }).click()
  // the Sở Y tế coordinates V.1 of the Huế 2016 plan (demo data), not started yet
  const row = page.getByTestId('my-assignments').locator('tbody tr', { hasText: 'V.1.' }).filter({ hasText: HUE_2016 })
  await expect(row).toHaveCount(1)
  await expect(row.getByText('Chưa bắt đầu')).toBeVisible()
  await row.getByRole('button', { name: /^Cập nhật tình trạng: V\.1\./ }).click()
  const dialog = page.getByRole('dialog', { name: 'Cập nhật tình trạng thực hiện' })
  await expect(dialog.getByTestId('progress-current').getByText('Chưa bắt đầu')).toBeVisible()
  await choose(page, 'Tình trạng', 'Đang thực hiện')
  await dialog.getByLabel('Ghi chú tiến độ').fill(note)
  const statusOn = dialog.getByLabel('Tính đến ngày')
  await statusOn.fill('30/05/2016')
  await statusOn.press('Enter')
  await expect(statusOn).toHaveValue('30/05/2016')
  await screen(page, '22-status-dialog')
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog).toBeHidden()
  // the list shows the new status, its day and the note
  await expect(row.getByText('Đang thực hiện')).toBeVisible()
  await expect(row.getByText('tính đến 30/05/2016')).toBeVisible()
  await expect(row.getByText(note)).toBeVisible()
  // the history names the change, who made it and when
  await row.getByRole('button', { name: /^Lịch sử tình trạng: V\.1\./ }).click()
  const history = page.getByRole('region', { name: /^Lịch sử tình trạng: V\.1\./ })
  await expect(history.locator('.el-timeline-item')).toHaveCount(1) // demo rows were loaded, not written through the API
  await expect(history.getByText(note)).toBeVisible()
  await expect(history.getByText('Đang thực hiện')).toBeVisible()
  await expect(history.getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · officer\.syt\.hue$/)).toBeVisible()
  await screen(page, '23-status-history')
  // the plan's page shows the same on its progress tab
  await row.getByRole('link', { name: HUE_2016 }).click()
  await page.getByRole('tab', { name: 'Tiến độ' }).click()
  const planRow = page.getByTestId('plan-progress').locator('tbody tr', { hasText: 'V.1.' }).filter({ hasText: 'Sở Y tế' })
  await expect(planRow.getByText(note)).toBeVisible()
  await expect(planRow.getByRole('button', { name: /^Cập nhật tình trạng/ })).toBeVisible()
  // … and no control on another agency's assignment of the same task
  const other = page.getByTestId('plan-progress').locator('tbody tr', { hasText: 'V.1.' })
    .filter({ hasText: 'Sở Lao động' })
  await expect(other.getByRole('button', { name: /^Lịch sử/ })).toBeVisible()
  await expect(other.getByRole('button', { name: /^Cập nhật tình trạng/ })).toHaveCount(0)
})

test('planner.hue looks at the dashboard as of 01/12/2016 and opens the late list of an agency', async ({ page }) => {
  await loginAs(page, 'planner.hue')
  await expect(page.getByTestId('dashboard-summary')).toBeVisible()
  const asOf = page.getByLabel('Tính đến ngày')
  await asOf.fill('01/12/2016')
  await asOf.press('Enter')
  // the summary's date is the answer's: the dashboard of that day has loaded
  await expect(page.getByTestId('dashboard-summary').getByText('01/12/2016')).toBeVisible()
  // 2016: the Sở Thông tin và Truyền thông sent nothing (demo data); the districts' committees were late
  const agency = 'Sở Thông tin và Truyền thông'
  const missing = page.getByTestId('dashboard-reports').locator('tr', { hasText: agency })
  await expect(missing.getByText('Quá hạn chưa nộp').first()).toBeVisible()
  // the alerts come with their plan's number, agency and indicator names
  await expect(missing.getByText(HUE_2016).first()).toBeVisible()
  await expect(page.getByTestId('dashboard-targets').getByText(/Không đạt|Có nguy cơ/).first()).toBeVisible()
  await expect(page.getByTestId('dashboard-targets').getByRole('link', { name: HUE_2016 }).first()).toBeVisible()
  await screen(page, '17-dashboard-2016')
  await page.getByTestId('dashboard-agencies').getByRole('link', { name: agency }).click()
  await expect(page).toHaveURL(/\/consolidation\?.*tab=late/)
  const list = page.getByTestId('late-list')
  await expect(list.getByText(agency).first()).toBeVisible()
  // narrowed to the agency: no row of another one, and at least one of it
  const agencies = list.locator('tbody tr td:first-child')
  await expect(agencies.filter({ hasNotText: agency }), 'the late list is not narrowed to the agency').toHaveCount(0)
  await expect(agencies.filter({ hasText: agency }).first()).toBeVisible()
  await expect(page.getByText('tính đến ngày 01/12/2016')).toBeVisible() // the as-of day came along
  await screen(page, '18-late-list')
})

test('the app speaks English when asked, and leader.hue reads without edit buttons', async ({ page }) => {
  await loginAs(page, 'leader.hue')
  await page.getByRole('radio', { name: 'English' }).click({ force: true })
  await page.getByRole('link', { name: 'Plans', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Plans and documents' })).toBeVisible()
  await expect(page.getByTestId('plan-table')).toBeVisible() // the list has loaded: its buttons are all there
  await expect(page.getByRole('button', { name: 'New plan' }), 'a viewer is offered "New plan"').toHaveCount(0)
  await screen(page, '15-plans-english')
  // the reporting screens, in English too
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Targets by attainment' })).toBeVisible()
  await screen(page, '19-dashboard-english')
  await page.getByRole('link', { name: 'Consolidation', exact: true }).click()
  await expect(page.getByRole('tab').first()).toBeVisible()
  await screen(page, '20-consolidation-english')
})

test('planner.hue exports the values of the Huế 2016 plan as CSV; the dialog counts the rows', async ({ page }) => {
  await loginAs(page, 'planner.hue')
  await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click()
  const row = await searchPlans(page, HUE_2016_SEARCH, HUE_2016)
  const link = row.getByRole('link').first()
  const title = await link.innerText()
  await link.click()
  await expect(page).toHaveURL(/\/plans\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title) // the plan's page has loaded
  const planId = Number(new URL(page.url()).pathname.split('/').pop())
  const downloaded = page.waitForEvent('download')
  await page.getByTestId('export-values').click()
  const dialog = page.getByRole('dialog', { name: 'Xuất số liệu các chỉ tiêu của kế hoạch' })
  const download = await downloaded
  await expect(dialog.getByText(/Đã xuất [\d.]+ dòng vào tệp indicator-values-\d{8}\.csv/)).toBeVisible()
  await screen(page, '21-export-dialog')
  expect(download.suggestedFilename()).toMatch(/^indicator-values-\d{8}\.csv$/)
  const file = readFileSync(await download.path())
  expect(file.subarray(0, 3).toString('hex'), 'a byte order mark for Excel').toBe('efbbbf')
  const text = file.subarray(3).toString('utf8')
  // the rows a script gets for the same plan, through the API
  const res = await fetch(`${API}/api/v1/exports/indicator-values?documentId=${planId}`,
    { headers: { Authorization: `Bearer ${await token('planner.hue')}`, Accept: 'text/csv', Prefer: 'count=exact' } })
  expect(res.ok, `the API's export of plan ${planId}: ${res.status}`).toBe(true)
  const total = Number(res.headers.get('X-Total-Count'))
  const expected = await res.text()
  expect(text.slice(0, 200), 'header').toMatch(
    /^indicator_code,indicator_name,indicator_measure,unit_code,unit_name,unit_level,period_code,/)
  expect(text, 'a 2016 value of the province in the file')
    .toContain(',46,Tỉnh Thừa Thiên Huế,PROVINCE,2016,YEAR,2016-01-01,2016-12-31,ALL,ALL,ALL,')
  expect(text === expected, `the file is the API's export (${total} rows)`).toBe(true)
  expect(total).toBeGreaterThanOrEqual(12)
  await expect(dialog.getByText(`Đã xuất ${total.toLocaleString('vi-VN')} dòng`), `the dialog reports the ${total} rows`)
    .toBeVisible()
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).click()
  await expect(dialog).toBeHidden()
})

test('planner.hue opens the calendar for June 2016: the action month, then May\'s report deadline', async ({ page }) => {
  await loginAs(page, 'planner.hue')
  await page.getByRole('link', { name: 'Lịch', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Lịch', level: 1 })).toBeVisible()
  const year = page.getByLabel('Năm', { exact: true })
  await year.fill('2016')
  await year.press('Enter')
  await choose(page, 'Tháng', 'Tháng 6')
  // the month is kept in the address
  await expect(page).toHaveURL((url) => url.searchParams.get('year') === '2016' && url.searchParams.get('month') === '6')
  const calendar = page.getByTestId('calendar')
  await expect(calendar.locator('[data-kind="OBSERVANCE"]', { hasText: 'Tháng hành động vì trẻ em' })
    .getByText('01/06/2016 – 30/06/2016')).toBeVisible()
  // the Huế 2016 plan's task II.5 recurs over the same month
  const planEvent = calendar.locator('[data-kind="PLAN_EVENT"]', { hasText: HUE_2016 })
  await expect(planEvent.getByRole('link', { name: /Tháng hành động vì trẻ em/ })).toBeVisible()
  await screen(page, '24-calendar')
  // the first half's report is due on 25/5 (demo regime): one month back
  await page.getByRole('button', { name: 'Tháng trước' }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('month') === '5')
  const deadline = calendar.locator('[data-kind="REPORT_DEADLINE"]', { hasText: HUE_2016 })
  await expect(deadline.getByText('25/05/2016').first()).toBeVisible()
  await deadline.getByRole('link', { name: 'Hạn báo cáo kỳ 2016-H1' }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/consolidation' && url.searchParams.get('period') === '2016-H1')
})

test('a reminder appears in the bell of officer.syt.hue', async ({ page }) => {
  // signing in keeps the officer's profile (GET /me), which the reminders are addressed by
  await loginAs(page, 'officer.syt.hue')
  // the operator runs the daily job for 22/05/2016: three days before the 2016-H1 deadline (25/5), and the Sở Y tế's
  // report was returned on 20/5 (demo data), so it is owed again
  const run = await fetch(`${API}/api/v1/admin/reminders/run?today=2016-05-22`,
    { method: 'POST', headers: { Authorization: `Bearer ${await token('admin')}` } })
  expect(run.status).toBe(200)
  expect(((await run.json()) as { ran: boolean }).ran).toBe(true)
  await page.reload()
  await expect(page.getByTestId('who').getByText(/\S/).first()).toBeVisible()
  const bell = page.getByTestId('bell')
  await expect(bell).toHaveAccessibleName(/^Thông báo: [1-9]\d* chưa đọc$/)
  const unread = Number((await bell.getAttribute('aria-label'))!.replace(/\D/g, ''))
  await bell.click()
  const item = page.getByTestId('bell-item').filter({ hasText: /Báo cáo kỳ 2016-H1 của .+: còn 3 ngày \(hạn 25\/05\/2016\)/ })
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('26/KH-UBND')
  await screen(page, '30-notification-bell')
  await item.getByRole('button', { name: 'Đánh dấu đã đọc' }).click()
  await expect(item.getByRole('button', { name: 'Đánh dấu đã đọc' })).toHaveCount(0)
  await expect(bell).toHaveAccessibleName(unread === 1 ? 'Thông báo: không có thông báo chưa đọc'
    : `Thông báo: ${unread - 1} chưa đọc`)
  // the list of all, with the e-mail setting
  await page.getByRole('link', { name: 'Xem tất cả thông báo' }).click()
  await expect(page.getByRole('heading', { name: 'Thông báo', level: 1 })).toBeVisible()
  await expect(page.getByTestId('notification').filter({ hasText: /Báo cáo kỳ 2016-H1 .+còn 3 ngày/ })).toHaveCount(1)
  await expect(page.getByTestId('email-setting')).toContainText('Nhận thư nhắc việc qua e-mail')
  await expect(page.getByTestId('email-setting').getByRole('switch')).toHaveAttribute('aria-checked', 'true')
  await screen(page, '31-notifications')
})
