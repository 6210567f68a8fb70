// Agency succession split by task: a planner ends an agency and gives each of its open tasks to another agency of
// the province, previews what moves and what clashes (and which role is kept), commits, and finds each task under
// the agency that took it over. The agency is this run's own, made in Hải Dương's 2024 plan behind the page's back:
// it coordinates II.2 and leads II.3, which the district committees already coordinate. (succession.spec.ts hands
// the Sở LĐTBXH's III.3 and III.4 to the Sở Y tế; nothing here touches those.)
import { expect, test } from '@playwright/test'
import { API, choose, loginAs, screen, token } from './support'

const RUN = Date.now().toString(36) // makes this run's records recognisable
const AGENCY = `Ban Chỉ đạo công tác trẻ em tỉnh (thử nghiệm ${RUN})`
const DISTRICTS = 'UBND các huyện, thị xã, thành phố'

type Page<T> = { items: T[] }
type Task = { id: number; number: string; title: string }

/** This run's agency in the Hải Dương plan with its two assignments, made through the API; its plan and tasks. */
async function agencyWithWork() {
  const auth = { Authorization: `Bearer ${await token('planner.haiduong')}`, 'Content-Type': 'application/json' }
  const call = async <T>(path: string, body?: object): Promise<T> => {
    const res = await fetch(`${API}/api/v1${path}`, body ? { method: 'POST', headers: auth, body: JSON.stringify(body) }
      : { headers: auth })
    expect(res.ok, `${path}: ${res.status} ${res.ok ? '' : await res.text()}`).toBe(true)
    return (await res.json()) as T
  }
  const plans = await call<Page<{ id: number; title: string; unit: { id: number } }>>(
    `/documents?kind=PLAN&q=${encodeURIComponent('Chỉ thị số 28-CT/TW')}`)
  const plan = plans.items.find((d) => d.title.startsWith('Thực hiện Chỉ thị số 28-CT/TW'))!
  const tasks = (await call<Page<Task>>(`/tasks?documentId=${plan.id}&size=100`)).items
  const task = (number: string) => tasks.find((t) => t.number === number)!
  const agency = await call<{ id: number }>('/agencies', { name: AGENCY, kind: 'STATE_AGENCY', unitId: plan.unit.id })
  await call('/assignments', { taskId: task('II.2').id, agencyId: agency.id, role: 'COORDINATE' })
  await call('/assignments', { taskId: task('II.3').id, agencyId: agency.id, role: 'LEAD' })
  return { plan: plan.id, coordinated: task('II.2'), led: task('II.3') }
}

test('planner.haiduong splits an agency\'s work between two successors and sees each task under its own', async ({ page }) => {
  const { plan, coordinated, led } = await agencyWithWork()
  const label = (t: Task) => `${t.number}. ${t.title}`
  await loginAs(page, 'planner.haiduong')
  await page.getByRole('link', { name: 'Cơ quan' }).click()
  await page.getByTestId('agency-search').fill(RUN)
  const row = page.getByTestId('agency-table').locator('tbody tr', { hasText: AGENCY })
  await expect(row).toHaveCount(1)
  await row.getByRole('button', { name: `Kết thúc hoạt động và chuyển giao: ${AGENCY}` }).click()

  const dialog = page.getByRole('dialog', { name: `Kết thúc hoạt động và chuyển giao: ${AGENCY}` })
  const endOn = dialog.getByLabel('Ngày kết thúc hoạt động')
  await endOn.fill('30/06/2025')
  await endOn.press('Enter')
  await expect(endOn).toHaveValue('30/06/2025')
  await dialog.locator('.el-radio-button', { hasText: 'Chia theo nhiệm vụ' }).click()
  await choose(page, 'Cơ quan kế thừa chính', 'Sở Y tế', 'so y te')
  // its open tasks, each to pick for; the shortcut gives them all to the Sở Y tế, then II.3 goes to the districts
  const tasks = dialog.getByTestId('succession-tasks').locator('tbody tr')
  await expect(tasks).toHaveCount(2)
  await choose(page, 'Giao tất cả nhiệm vụ cho', 'Sở Y tế')
  await expect(tasks.filter({ hasText: 'II.2.' }).locator('.el-select__wrapper')).toContainText('Sở Y tế')
  await choose(page, `Cơ quan nhận nhiệm vụ ${label(led)}`, DISTRICTS)
  await screen(page, '62-succession-split')

  await dialog.getByRole('button', { name: 'Xem trước' }).click()
  const moves = dialog.getByTestId('succession-assignments').locator('tbody tr')
  await expect(moves).toHaveCount(2)
  // II.2 moves to the Sở Y tế as it was; II.3 meets the districts' own assignment: merged, the lead role kept
  const moved = moves.filter({ hasText: 'II.2.' })
  await expect(moved).toContainText('Sở Y tế')
  await expect(moved).toContainText('Chuyển')
  await expect(moved).toContainText('vai trò sau: Phối hợp')
  const merged = moves.filter({ hasText: 'II.3.' })
  await expect(merged).toContainText(DISTRICTS)
  await expect(merged).toContainText('Gộp vào phân công sẵn có · trùng')
  await expect(merged).toContainText('vai trò sau: Chủ trì')
  await dialog.getByTestId('succession-reports').scrollIntoViewIfNeeded() // the dialog scrolls, not the page
  await screen(page, '63-succession-split-preview')
  await dialog.getByRole('button', { name: 'Xác nhận chuyển giao' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(`Đã chuyển giao cho Sở Y tế, ${DISTRICTS}`)).toBeVisible()
  await expect(row).toContainText('30/06/2025')

  // the plan's progress: II.2 is the Sở Y tế's, II.3 led by the districts, nothing left with the ended agency
  await page.goto(`/plans/${plan}`)
  await page.getByRole('tab', { name: 'Tiến độ' }).click()
  const progress = page.getByTestId('plan-progress').locator('tbody tr')
  await expect(progress.filter({ hasText: label(coordinated) }).filter({ hasText: 'Sở Y tế' })).toContainText('Phối hợp')
  await expect(progress.filter({ hasText: label(led) }).filter({ hasText: DISTRICTS })).toContainText('Chủ trì')
  await expect(progress.filter({ hasText: AGENCY })).toHaveCount(0)
})
