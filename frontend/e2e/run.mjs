// Browser tests: real Chromium (Debian's /usr/bin/chromium through playwright-core) against the SPA, backend and
// Keycloak started by ../../scripts/e2e.sh. Each scenario builds on the previous ones: the planner creates a plan,
// the officer reports on it, the planner sees the report. A screenshot of every main screen and an axe-core check
// (no serious or critical violation) go with it. Prints "frontend e2e: N passed, M failed" and exits non-zero on
// any failure.
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'

const SPA = process.env.SPA_URL ?? 'http://localhost:4173'
const API = process.env.API_URL ?? 'http://localhost:18080'
const OIDC = process.env.OIDC_URL ?? 'http://localhost:18180/realms/childplan'
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const RUN = Date.now().toString(36) // makes this run's records recognisable
const TIMEOUT = 20_000

rmSync(ARTIFACTS, { recursive: true, force: true })
mkdirSync(ARTIFACTS, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
})

const results = []
const state = {}

async function scenario(name, fn) {
  const started = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } catch (e) {
    results.push({ name, ok: false })
    console.log(`  FAIL  ${name}\n        ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n        ')}`)
    // what the browser showed when it failed
    for (const [i, page] of browser.contexts().flatMap((c) => c.pages()).entries()) {
      await page.screenshot({ path: `${ARTIFACTS}FAILED-${results.length}-${i}.png`, fullPage: true }).catch(() => {})
    }
  } finally {
    await Promise.all(browser.contexts().map((c) => c.close()))
  }
}

/** A fresh browser (own cookies, so its own Keycloak session) logged in as `user` through the real login page. */
async function loginAs(user) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } })
  context.setDefaultTimeout(TIMEOUT)
  const page = await context.newPage()
  page.on('pageerror', (e) => console.log(`        [${user}] page error: ${e.message}`))
  await page.goto(SPA)
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor()
  if (!state.loginChecked) {
    state.loginChecked = true
    await screen(page, '00-login')
  }
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.locator('#username').fill(user)
  await page.locator('#password').fill('demo')
  await page.locator('#kc-login').click()
  await page.waitForURL((url) => url.href.startsWith(SPA))
  await page.getByTestId('who').getByText(/\S/).first().waitFor()
  return { context, page }
}

async function shot(page, name) {
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true })
}

/** axe-core on the current screen: a serious or critical violation fails the scenario, naming rule and elements. */
async function axe(page, screen) {
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
  if (violations.length) throw new Error(`axe on ${screen}:\n${violations.join('\n')}`)
}

async function screen(page, name) {
  await shot(page, name)
  await axe(page, name)
}

/** Picks `option` in the Element Plus select labelled `label`, typing `search` first when the list is remote. */
async function choose(page, label, option, search) {
  const input = page.getByRole('combobox', { name: label, exact: true })
  // a select that cannot be typed into hides its input: click the visible box around it
  await page.locator('.el-select__wrapper', { has: input }).click()
  if (search) await input.fill(search)
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

async function token(user) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: 'childplan-cli', username: user, password: 'demo' })
  const res = await fetch(`${OIDC}/protocol/openid-connect/token`, { method: 'POST', body })
  if (!res.ok) throw new Error(`token for ${user}: ${res.status}`)
  return (await res.json()).access_token
}

console.log(`frontend e2e: ${SPA} against ${API}`)

await scenario('planner.hue logs in and sees the dashboard, the plans and the Huế 2016 plan', async () => {
  const { page } = await loginAs('planner.hue')
  await page.getByTestId('who').getByText('Thừa Thiên Huế', { exact: false }).or(page.getByTestId('who').getByText('Huế')).first().waitFor()
  await page.getByRole('heading', { name: /Tổng quan/ }).waitFor()
  await page.getByTestId('dashboard-summary').getByText(/\d+ kế hoạch/).waitFor() // GET /api/v1/dashboard answered
  await screen(page, '01-dashboard')
  await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click()
  await page.getByTestId('plan-search').fill('cham soc giao duc tre em thua thien hue') // no diacritics: ignored
  await page.getByTestId('plan-table').getByText('26/KH-UBND').waitFor()
  await screen(page, '02-plans')
  await page.getByTestId('plan-table').getByRole('link').first().click()
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.getByText('Mục tiêu và chỉ tiêu').waitFor()
  await screen(page, '03-plan')
  await page.getByRole('tab', { name: 'Phân công' }).click()
  await page.getByTestId('matrix').waitFor()
  await screen(page, '04-assignment-matrix')
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click()
  await page.getByTestId('task-tree').waitFor()
  await screen(page, '05-task-tree')
  await page.getByRole('tab', { name: 'Văn bản liên quan' }).click()
  await page.getByText('Thực hiện các văn bản').waitFor()
  await screen(page, '06-cascade')
  await page.goBack() // the list comes back as it was left: the search is in the address
  await page.getByTestId('plan-table').getByText('26/KH-UBND').waitFor()
  const search = await page.getByTestId('plan-search').inputValue()
  if (search !== 'cham soc giao duc tre em thua thien hue') throw new Error(`the search was lost: "${search}"`)
})

await scenario('planner.hue creates a plan with a target, a task assigned to Sở Y tế and a reporting regime', async () => {
  const { page } = await loginAs('planner.hue')
  await page.goto(`${SPA}/plans/new`)
  await page.getByRole('heading', { name: 'Tạo kế hoạch' }).waitFor()
  await page.getByTestId('save-plan').click()
  await page.getByText('Vui lòng nhập trường này').first().waitFor() // inline validation before any request
  state.title = `Kế hoạch thử nghiệm e2e ${RUN}`
  await page.getByTestId('plan-title').fill(state.title)
  await choose(page, 'Cơ quan ban hành', 'Ủy ban nhân dân', 'uy ban nhan dan')
  await screen(page, '07-plan-form')
  await page.getByTestId('save-plan').click()
  await page.waitForURL(/\/plans\/\d+$/)
  state.planId = Number(new URL(page.url()).pathname.split('/').pop())
  await page.getByRole('heading', { name: state.title }).waitFor()

  await page.getByRole('button', { name: 'Thêm mục tiêu' }).click()
  await page.getByRole('dialog').getByLabel('Nội dung').fill('Giảm tỷ lệ trẻ em suy dinh dưỡng')
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click()
  await page.getByText('Giảm tỷ lệ trẻ em suy dinh dưỡng').waitFor()

  await page.getByTestId('add-target').click()
  const targetDialog = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' })
  await choose(page, 'Chỉ số', '', 'tiem chung')
  await targetDialog.getByTestId('target-value').locator('input').fill('95')
  await targetDialog.getByTestId('target-year').locator('input').fill(new Date().getFullYear().toString())
  await screen(page, '08-target-dialog')
  await targetDialog.getByRole('button', { name: 'Lưu' }).click()
  await targetDialog.waitFor({ state: 'hidden' })
  await page.locator('.targets').getByText('95').first().waitFor()

  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click()
  await page.getByTestId('add-task').click()
  const taskDialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' })
  await taskDialog.getByTestId('task-number').fill('1')
  await taskDialog.getByTestId('task-title').fill(`Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ${RUN}`)
  await taskDialog.getByRole('button', { name: 'Lưu' }).click()
  await taskDialog.waitFor({ state: 'hidden' })
  await page.getByTestId('assign-1').click()
  const assignDialog = page.getByRole('dialog', { name: 'Phân công' })
  await choose(page, 'Cơ quan', 'Sở Y tế', 'so y te')
  await assignDialog.getByRole('button', { name: 'Lưu' }).click()
  await assignDialog.waitFor({ state: 'hidden' })
  await page.getByTestId('task-tree').getByText('Sở YT').waitFor() // the agency's short name

  await page.getByRole('tab', { name: 'Chế độ báo cáo' }).click()
  await page.getByTestId('add-regime').click()
  const regimeDialog = page.getByRole('dialog', { name: 'Thêm kỳ báo cáo' })
  await regimeDialog.getByTestId('regime-day').locator('input').fill('15')
  await regimeDialog.getByTestId('regime-month').locator('input').fill('12')
  await choose(page, 'Cơ quan tổng hợp', 'Sở Kế hoạch và Đầu tư', 'ke hoach va dau tu')
  await regimeDialog.getByRole('button', { name: 'Lưu' }).click()
  await regimeDialog.waitFor({ state: 'hidden' })
  await page.getByText('ngày 15/12').waitFor()
  await screen(page, '09-reporting-regime')
})

await scenario('officer.syt.hue sees the assignment in My work, writes and submits a report', async () => {
  if (!state.planId) throw new Error('no plan from the previous scenario')
  const { page } = await loginAs('officer.syt.hue')
  await page.getByRole('link', { name: 'Việc của tôi' }).click()
  await page.getByTestId('my-assignments').getByText(`Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ${RUN}`).waitFor()
  await screen(page, '10-my-work')
  await choose(page, 'Kế hoạch', state.title)
  await page.getByTestId('start-report').click()
  await page.waitForURL(/\/my-work\/reports\/\d+$/)
  await page.getByTestId('narrative-1').fill('Đã tổ chức tiêm chủng tại 152 xã, phường.')
  // the figures: a row starts on the plan's only indicator and the plan's unit
  await page.getByTestId('add-value').click()
  await page.getByTestId('value-value-0').fill('96,5') // as Vietnamese write it
  await page.getByTestId('add-value').click()
  await page.getByTestId('save-report').click()
  await page.getByTestId('value-row-1').getByText('Vui lòng nhập trường này').waitFor() // checked before sending
  // the same indicator, unit and breakdown twice: the server names values[1].unitId, shown on that row's field
  await page.getByTestId('value-value-1').fill('90')
  await page.getByTestId('save-report').click()
  await page.getByTestId('value-row-1').locator('.el-form-item__error').getByText(/repeats/).waitFor()
  if (await page.getByTestId('value-row-0').locator('.el-form-item__error').count()) throw new Error('row 0 shows an error')
  await page.getByRole('button', { name: 'Xóa dòng 2' }).click()
  await page.getByTestId('save-report').click()
  await page.getByText('Đã lưu bản nháp').waitFor()
  await screen(page, '11-report-form')
  await page.getByTestId('submit-report').click()
  await page.getByText('Đã gửi báo cáo').waitFor()
  await page.getByText('Báo cáo đã gửi; không thể sửa.').waitFor()
  if (await page.getByTestId('add-value').count()) throw new Error('a submitted report still offers to add figures')
  if (!(await page.getByTestId('value-value-0').isDisabled())) throw new Error('a submitted figure is editable')
})

await scenario('planner.hue sees the submitted report in consolidation', async () => {
  if (!state.planId) throw new Error('no plan from the previous scenario')
  const { page } = await loginAs('planner.hue')
  await page.getByRole('link', { name: 'Tổng hợp báo cáo' }).click()
  await choose(page, 'Kế hoạch và kỳ báo cáo', state.title)
  const row = page.getByTestId('obligations').locator('tr', { hasText: 'Sở Y tế' })
  await row.getByText('Đã gửi').waitFor()
  // the officer's narrative under its task and figure under its indicator, flagged as not yet stored
  await page.getByTestId('task-narratives').getByText('Đã tổ chức tiêm chủng tại 152 xã, phường.').waitFor()
  const figure = page.getByTestId('figures').locator('tr', { hasText: 'Sở Y tế' })
  await figure.getByText('96,5').waitFor()
  await figure.getByText('Chưa có số liệu lưu').waitFor()
  await screen(page, '12-consolidation')
  await row.getByRole('button', { name: 'Xem xét' }).click()
  await page.getByTestId('report-review').getByText('Đã tổ chức tiêm chủng tại 152 xã, phường.').waitFor()
  await page.getByTestId('review-values').getByText('96,5').waitFor()
  await screen(page, '13-report-review')
  await page.getByRole('button', { name: 'Trả lại' }).click()
  await page.getByText('Nhập lý do trả lại báo cáo').waitFor() // a return needs its reason
  await page.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill('Đề nghị bổ sung số trẻ được tiêm theo từng huyện.')
  await page.getByRole('button', { name: 'Trả lại' }).click()
  await row.getByText('Bị trả lại').waitFor()
})

await scenario('officer.syt.hue reads why the report came back, changes it and resubmits', async () => {
  if (!state.planId) throw new Error('no plan from the previous scenario')
  const { page } = await loginAs('officer.syt.hue')
  await page.getByRole('link', { name: 'Việc của tôi' }).click()
  await page.getByText(/Có \d+ báo cáo bị trả lại/).waitFor()
  await page.getByTestId('my-reports').locator('tr', { hasText: state.title }).getByRole('link', { name: 'Soạn báo cáo' }).click()
  await page.getByTestId('return-comment').getByText('Đề nghị bổ sung số trẻ được tiêm theo từng huyện.').waitFor()
  await page.getByTestId('narrative-1').fill('Đã tiêm chủng tại 152 xã, phường; số trẻ theo huyện ở phụ lục.')
  await screen(page, '16-returned-report')
  await page.getByRole('button', { name: 'Gửi lại' }).click()
  await page.getByText('Đã gửi báo cáo').waitFor()
})

await scenario('planner.hue looks at the dashboard as of 01/12/2016 and opens the late list of an agency', async () => {
  const { page } = await loginAs('planner.hue')
  await page.getByTestId('dashboard-summary').waitFor()
  const asOf = page.getByLabel('Tính đến ngày')
  await asOf.fill('01/12/2016')
  await asOf.press('Enter')
  await page.getByTestId('dashboard-summary').getByText('01/12/2016').waitFor()
  // 2016: the Sở Thông tin và Truyền thông sent nothing (demo data); the districts' committees were late
  const missing = page.getByTestId('dashboard-reports').locator('tr', { hasText: 'Sở Thông tin và Truyền thông' })
  await missing.getByText('Quá hạn chưa nộp').first().waitFor()
  // the alerts come with their plan's number, agency and indicator names
  await missing.getByText('26/KH-UBND').first().waitFor()
  await page.getByTestId('dashboard-targets').getByText(/Không đạt|Có nguy cơ/).first().waitFor()
  await page.getByTestId('dashboard-targets').getByRole('link', { name: '26/KH-UBND' }).first().waitFor()
  await screen(page, '17-dashboard-2016')
  await page.getByTestId('dashboard-agencies').getByRole('link', { name: 'Sở Thông tin và Truyền thông' }).click()
  await page.waitForURL(/\/consolidation\?.*tab=late/)
  const list = page.getByTestId('late-list')
  await list.getByText('Sở Thông tin và Truyền thông').first().waitFor()
  const agencies = await list.locator('tbody tr td:first-child').allInnerTexts()
  if (!agencies.length || agencies.some((a) => !a.includes('Sở Thông tin và Truyền thông'))) {
    throw new Error(`the late list is not narrowed to the agency: ${agencies.join(' | ')}`)
  }
  await page.getByText('tính đến ngày 01/12/2016').waitFor() // the as-of day came along
  await screen(page, '18-late-list')
})

await scenario('a conflicting edit shows the 412 message and keeps the typed text', async () => {
  if (!state.planId) throw new Error('no plan from the previous scenario')
  const { page } = await loginAs('planner.hue')
  await page.goto(`${SPA}/plans/${state.planId}/edit`)
  await page.getByTestId('plan-title').waitFor()
  await page.getByTestId('plan-purpose').fill('Mục đích do người dùng gõ')
  // meanwhile someone else changes the plan through the API
  const t = await token('planner.hue')
  const url = `${API}/api/v1/documents/${state.planId}`
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
  if (!put.ok) throw new Error(`PUT behind the page's back: ${put.status} ${await put.text()}`)
  await page.getByTestId('save-plan').click()
  await page.getByTestId('conflict').getByText('Bản ghi đã được người khác thay đổi kể từ khi bạn mở').waitFor()
  await page.getByTestId('conflict').getByText('(sửa bởi người khác)').waitFor()
  const typed = await page.getByTestId('plan-purpose').inputValue()
  if (typed !== 'Mục đích do người dùng gõ') throw new Error(`the typed text was lost: "${typed}"`)
  await screen(page, '14-conflict')
})

await scenario('the app speaks English when asked, and leader.hue reads without edit buttons', async () => {
  const { page } = await loginAs('leader.hue')
  await page.getByRole('radio', { name: 'English' }).click({ force: true })
  await page.getByRole('link', { name: 'Plans', exact: true }).click()
  await page.getByRole('heading', { name: 'Plans and documents' }).waitFor()
  if (await page.getByRole('button', { name: 'New plan' }).count()) throw new Error('a viewer is offered "New plan"')
  await screen(page, '15-plans-english')
  // the reporting screens, in English too
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
  await page.getByRole('heading', { name: 'Targets by attainment' }).waitFor()
  await screen(page, '19-dashboard-english')
  await page.getByRole('link', { name: 'Consolidation', exact: true }).click()
  await page.getByRole('tab').first().waitFor()
  await screen(page, '20-consolidation-english')
})

await scenario('planner.hue exports the values of the Huế 2016 plan as CSV; the dialog counts the rows', async () => {
  const { page } = await loginAs('planner.hue')
  await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click()
  await page.getByTestId('plan-search').fill('cham soc giao duc tre em thua thien hue')
  await page.getByTestId('plan-table').locator('tr', { hasText: '26/KH-UBND' }).getByRole('link').first().click()
  await page.waitForURL(/\/plans\/\d+/)
  const planId = Number(new URL(page.url()).pathname.split('/').pop())
  const downloaded = page.waitForEvent('download')
  await page.getByTestId('export-values').click()
  const dialog = page.getByRole('dialog', { name: 'Xuất số liệu các chỉ tiêu của kế hoạch' })
  const download = await downloaded
  await dialog.getByText(/Đã xuất [\d.]+ dòng vào tệp indicator-values-\d{8}\.csv/).waitFor()
  await screen(page, '21-export-dialog')
  if (!/^indicator-values-\d{8}\.csv$/.test(download.suggestedFilename())) {
    throw new Error(`file name ${download.suggestedFilename()}`)
  }
  const file = readFileSync(await download.path())
  if (file.subarray(0, 3).toString('hex') !== 'efbbbf') throw new Error('no byte order mark for Excel')
  const text = file.subarray(3).toString('utf8')
  // the rows a script gets for the same plan, through the API
  const res = await fetch(`${API}/api/v1/exports/indicator-values?documentId=${planId}`,
    { headers: { Authorization: `Bearer ${await token('planner.hue')}`, Accept: 'text/csv' } })
  if (!res.ok) throw new Error(`the API's export of plan ${planId}: ${res.status} ${await res.text()}`)
  const total = Number(res.headers.get('X-Total-Count'))
  const expected = await res.text()
  if (!text.startsWith('indicator_code,indicator_name,indicator_measure,unit_code,unit_name,unit_level,period_code,')) {
    throw new Error(`header: ${text.slice(0, 200)}`)
  }
  if (!text.includes(',46,Tỉnh Thừa Thiên Huế,PROVINCE,2016,YEAR,2016-01-01,2016-12-31,ALL,ALL,ALL,')) {
    throw new Error('no 2016 value of the province in the file')
  }
  if (text !== expected) throw new Error(`the file differs from the API's export (${total} rows)`)
  if (total < 12 || !(await dialog.getByText(`Đã xuất ${total.toLocaleString('vi-VN')} dòng`).count())) {
    throw new Error(`the dialog does not report the ${total} rows`)
  }
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
})

await browser.close()
const failed = results.filter((r) => !r.ok).length
console.log(`frontend e2e: ${results.length - failed} passed, ${failed} failed (screenshots in frontend/e2e/artifacts/)`)
process.exit(failed ? 1 : 0)
