// What the scenarios share: logging in through the real Keycloak page, the screenshots with their axe-core check,
// picking in an Element Plus select, searching the plan list, and tokens for calls behind the page's back.
// Every wait is for a state of the page (web-first assertions that retry), never for a time.
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'

export const SPA = process.env.SPA_URL ?? 'http://localhost:4173'
export const API = process.env.API_URL ?? 'http://localhost:18080'
const OIDC = process.env.OIDC_URL ?? 'http://localhost:18180/realms/childplan'
/** The folder of playwright.config.ts's outputDir: cleaned when a run starts. */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url))
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Logs `user` in through the real login page (each test has its own browser context, so its own session). */
export async function loginAs(page: Page, user: string, { loginScreen = false } = {}) {
  page.on('pageerror', (e) => console.log(`        [${user}] page error: ${e.message}`))
  await page.goto('/')
  const login = page.getByRole('button', { name: 'Đăng nhập' })
  await expect(login).toBeVisible()
  if (loginScreen) await screen(page, '00-login')
  await login.click()
  await page.locator('#username').fill(user)
  await page.locator('#password').fill('demo')
  await page.locator('#kc-login').click()
  await expect(page).toHaveURL((url) => url.href.startsWith(SPA))
  await expect(page.getByTestId('who').getByText(/\S/).first()).toBeVisible()
}

/**
 * A deliberate screenshot of a main screen (frontend/e2e/artifacts/NAME.png), then axe-core on it: a serious or
 * critical violation fails the test, naming rule and elements. The caller has asserted what the screen must show;
 * here nothing may still be loading (QueryState's skeleton is aria-busy).
 */
export async function screen(page: Page, name: string) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true, animations: 'disabled' })
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
  expect(violations, `axe on ${name}`).toEqual([])
}

/**
 * Picks the first option containing `option` in the Element Plus select labelled `label`, typing `search` first
 * when the list is remote; done when the select shows the choice. Its dropdown is the listbox of the same name.
 */
export async function choose(page: Page, label: string, option: string, search?: string) {
  const input = page.getByRole('combobox', { name: label, exact: true })
  // a select that cannot be typed into hides its input: click the visible box around it
  const box = page.locator('.el-select__wrapper', { has: input })
  await box.click()
  if (search) await input.fill(search)
  await page.getByRole('listbox', { name: label, exact: true }).getByRole('option').filter({ hasText: option })
    .first().click()
  await expect(box).toContainText(option)
}

/**
 * Types `text` into the plan list's search and waits until the list has been filtered to exactly one row that
 * shows `number`: the box waits for a pause in typing, and the list keeps its previous rows until the server answers.
 */
export async function searchPlans(page: Page, text: string, number: string) {
  await page.getByTestId('plan-search').fill(text)
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === text)
  const rows = page.getByTestId('plan-table').locator('tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText(number)
  return rows
}

/** An access token for `user`, for the calls a test makes behind the page's back. */
export async function token(user: string) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: 'childplan-cli', username: user, password: 'demo' })
  const res = await fetch(`${OIDC}/protocol/openid-connect/token`, { method: 'POST', body })
  expect(res.ok, `token for ${user}: ${res.status}`).toBe(true)
  return ((await res.json()) as { access_token: string }).access_token
}
