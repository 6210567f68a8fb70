// Browser tests (Playwright Test) against the real system that ../scripts/e2e.sh starts: the built SPA, the backend
// jar with the demo data and a fresh Keycloak. Debian's Chromium, never a browser that Playwright downloads.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'e2e',
  // Cleaned at the start of every run: the screenshots of the main screens, and a trace, a screenshot and the page's
  // error context for each failed test; e2e.sh adds the servers' logs when the run failed.
  outputDir: 'e2e/artifacts',
  reporter: [['list'], ['json', { outputFile: 'e2e/artifacts/results.json' }]],
  retries: 0, // a flaky test fails: it is a bug to find, not to hide
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  // Generous for a busy 2-core machine running Keycloak, the backend and Chromium at once, but finite.
  timeout: 240_000,
  globalTimeout: 30 * 60_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: process.env.SPA_URL ?? 'http://localhost:4173',
    locale: 'vi-VN',
    viewport: { width: 1366, height: 768 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
})
