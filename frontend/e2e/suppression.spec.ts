// Small-cell suppression on the consolidation screen: a plan of the Huế planner on the demo's sensitive count of
// abused children (CHILD_ABUSE_COUNT, 2016), whose Sở Y tế reports the province's figures by sex (15, of them 11 girls
// and 4 boys, the figures stored in the demo). The planner, without the sensitive-data grant, sees the small count
// and the figure protecting it withheld, as the plan page withholds a latest value; the Sở LĐTBXH's officer, who
// consolidates and holds the grant, sees every number.
import { expect, test } from '@playwright/test'
import { API, loginAs, screen, token } from './support'

/** A call behind the page's back as `t`, its JSON answer. */
async function call(t: string, method: string, path: string, body?: unknown, version?: number) {
  const headers: Record<string, string> = { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' }
  if (version !== undefined) headers['If-Match'] = `"${version}"`
  const res = await fetch(`${API}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  expect(res.ok, `${method} ${path}: ${res.status} ${res.ok ? '' : await res.text()}`).toBe(true)
  return res.json()
}

/** The plan, its regime and the Sở Y tế's submitted report, made as the planner would through the API. */
async function planWithReport(): Promise<number> {
  const t = await token('planner.hue')
  const hue = (await call(t, 'GET', '/admin-units?level=PROVINCE&code=46&validOn=2016-06-01')).items[0].id as number
  const agency = async (name: string) => ((await call(t, 'GET',
    `/agencies?unitId=${hue}&q=${encodeURIComponent(name)}`)).items as { id: number; name: string }[])
    .find((a) => a.name === name)!.id
  const health = await agency('Sở Y tế')
  const welfare = await agency('Sở Lao động - Thương binh và Xã hội')
  const count = ((await call(t, 'GET', '/indicators?q=CHILD_ABUSE_COUNT')).items as { id: number; code: string }[])
    .find((i) => i.code === 'CHILD_ABUSE_COUNT')!.id
  const plan = (await call(t, 'POST', '/documents', {
    kind: 'PLAN', title: `Kế hoạch phòng, chống xâm hại trẻ em năm 2016 (${Date.now()})`, issuerId: welfare, unitId: hue,
    periodFromYear: 2016, periodToYear: 2016, status: 'DRAFT', implementsIds: [],
  })).id as number
  const objective = (await call(t, 'POST', '/objectives', { documentId: plan, kind: 'SPECIFIC', text: 'Giảm số trẻ em bị xâm hại' })).id
  await call(t, 'POST', '/targets', { objectiveId: objective, indicatorId: count, comparator: 'LT', value: 10, targetYear: 2016 })
  const task = (await call(t, 'POST', '/tasks', { documentId: plan, number: '1', title: 'Phát hiện, can thiệp trẻ em bị xâm hại' })).id
  await call(t, 'POST', '/assignments', { taskId: task, agencyId: health, role: 'LEAD' })
  await call(t, 'POST', '/reporting-regimes', { documentId: plan, periodType: 'YEAR', deadlineDay: 20, deadlineMonth: 11, consolidatingAgencyId: welfare })
  const report = (await call(t, 'POST', '/reports', { documentId: plan, agencyId: health, periodCode: '2016' })).id as number
  await call(t, 'PUT', `/reports/${report}`, {
    values: [['ALL', 15], ['FEMALE', 11], ['MALE', 4]].map(([sex, value]) => ({ indicatorId: count, unitId: hue, sex, value })),
  }, 0)
  await call(t, 'POST', `/reports/${report}/submit`, {}, 1)
  return plan
}

test('the consolidation withholds small counts from the planner and shows them to the granted officer', async ({ browser }) => {
  const plan = await planWithReport()

  const planner = await browser.newPage()
  await loginAs(planner, 'planner.hue')
  await planner.goto(`/consolidation?plan=${plan}&period=2016`)
  const figures = planner.getByTestId('figures')
  await expect(figures).toContainText('15 – Sở Y tế')
  // the boys' 4 and the girls' 11 that would give it back from 15, reported and stored alike
  await expect(figures.getByTestId('withheld')).toHaveCount(4)
  await expect(figures).not.toContainText('4 – Sở Y tế')
  await expect(figures).toContainText('Có số liệu đã ẩn')
  await screen(planner, '40-consolidation-withheld')
  await planner.close()

  const officer = await browser.newPage()
  await loginAs(officer, 'officer.ldtbxh.hue')
  await officer.goto(`/consolidation?plan=${plan}&period=2016`)
  const shown = officer.getByTestId('figures')
  await expect(shown).toContainText('4 – Sở Y tế')
  await expect(shown).toContainText('11 – Sở Y tế')
  await expect(shown.getByTestId('withheld')).toHaveCount(0)
  await officer.close()
})
