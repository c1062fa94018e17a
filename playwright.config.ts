import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { API_PORT, OWN_API_PORT, OWN_SMTP_PORT, OWN_WEB_PORT, WEB_PORT, ownTenantDatabaseFile } from './e2e/support/ports';

/**
 * Browser tests of whole flows against the built product (`npm run build` first, or `npm run test:e2e`).
 * The webServer starts it on a fresh database each run (e2e/support/serve.mjs): a database with a random name on
 * DATABASE_URL's server, or else the embedded PostgreSQL in a temporary folder. Ports are not the defaults, so a
 * running development instance does not clash.
 */
const baseURL = `http://localhost:${WEB_PORT}`;

// Playwright's own Chromium when it is installed; otherwise the system's (Debian's chromium).
const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = !existsSync(chromium.executablePath()) && existsSync(SYSTEM_CHROMIUM);
const launchOptions = useSystemChromium
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Two workers: the product, its database and the browsers share a small machine; generous timeouts for a busy one.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    headless: true,
    // Every test is traced (kept only when it fails), so tracing must be cheap: the trace's screenshots are a screencast
    // of every open page, which on this software-rendered headless Chromium roughly triples what a page load costs the
    // browser (measured: a cold /assignments load 4–5 s without, 11–15 s with, on a busy 2-core machine). The DOM
    // snapshots, which show each step in the trace viewer, cost next to nothing; the failure screenshot stays.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
      dependencies: ['setup'],
    },
  ],
  webServer: [
    {
      command: 'node e2e/support/serve.mjs',
      url: `${baseURL}/sign-in`,
      env: { PORT: String(API_PORT), WEB_PORT: String(WEB_PORT), LOG_LEVEL: 'warn' },
      reuseExistingServer: false,
      timeout: 180_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    // An empty tenant of one's own (no demo): bootstrap-admin, the setup link, invitations.
    {
      command: 'node e2e/support/serve.mjs',
      url: `http://localhost:${OWN_WEB_PORT}/sign-in`,
      env: {
        PORT: String(OWN_API_PORT),
        WEB_PORT: String(OWN_WEB_PORT),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        SMTP_URL: `smtp://127.0.0.1:${OWN_SMTP_PORT}`,
        E2E_DATABASE_FILE: ownTenantDatabaseFile(),
      },
      reuseExistingServer: false,
      timeout: 180_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
