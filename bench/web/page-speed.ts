/// <reference lib="dom" />
// Time to data on screen in the dashboard (issue 10, item 4), against the BUILT product as the e2e suite runs it
// (e2e/support/serve.mjs: node server/dist/launch.js on a fresh database), in Debian's Chromium through Playwright.
//
//   npx turbo run build && npx tsx bench/web/page-speed.ts
//   BENCH_WEB_RUNS=9 BENCH_API_PORT=4390 BENCH_WEB_PORT=3390 DATABASE_URL=postgres://… npx tsx bench/web/page-speed.ts
//
// For /assignments and /audit (as the admin) and /approvals (as bob, with one request of alice's waiting):
// - first visit: a fresh browser context (empty cache, the session cookie only), navigation start → the animation frame
//   after the page's heading and first data row (`main table tbody tr`) are in the document, on the page's own clock;
// - navigation: from /my-roles, a pointer click on the route's link in the sidebar → that frame.
// Also counts the route prefetches (RSC requests) a hard load of /my-roles makes. Prints median and p95 per route and
// writes bench/results/web-speed.json.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { DEMO_TOTP_SECRET, personas } from '../../e2e/support/personas';
import { unusedTotp } from '../../e2e/support/totp';
import { call, CHROMIUM, CHROMIUM_FLAGS, root, signIn, web, withProduct } from './product';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);

const ROUTES = [
  { path: '/assignments', persona: 'admin', heading: 'Assignments' },
  { path: '/audit', persona: 'admin', heading: 'Audit' },
  { path: '/approvals', persona: 'bob', heading: 'Approvals' },
] as const;
type Who = (typeof ROUTES)[number]['persona'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One request of alice's waiting for bob, so that his queue has a row. */
async function aliceAsks(): Promise<void> {
  const token = await signIn(personas.alice.email);
  const data = await call<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[] }>(token, 'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } }');
  const roleId = data.roleDefinitions.find((r) => r.name === 'Security Administrator')?.id;
  const input = { roleId, scopeId: data.scopes[0].id, duration: 'PT2H', justification: 'page-speed bench', mfaCode: await unusedTotp(DEMO_TOTP_SECRET, personas.alice.email) };
  await call(token, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', { input });
}

async function contextFor(browser: Browser, token: string, route: string, heading: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies([{ name: 'elevate_session', value: token, domain: 'localhost', path: '/', httpOnly: true, sameSite: 'Lax' }]);
  // Installed before any of the page's own scripts: notes the first moment the route's heading and a data row are both
  // in the document, and the animation frame that follows it (the frame that paints them), on the page's clock. Polling
  // from Playwright instead would time its own protocol round trips, which wait behind the page's scripts.
  // (A script as text: tsx would wrap named functions in a helper the page does not have.)
  await context.addInitScript({
    content: `(() => {
      const route = ${JSON.stringify(route)}, heading = ${JSON.stringify(heading)};
      const observer = new MutationObserver(() => {
        if (window.shownAt !== undefined || location.pathname !== route) return;
        if (document.querySelector('main h1')?.textContent !== heading || !document.querySelector('main table tbody tr')) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.shownAt = performance.now(); });
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    })();`,
  });
  return context;
}

/** performance.now() on the animation frame that first paints the route's heading and a data row */
async function dataShown(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt ?? false, null, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

async function firstVisit(browser: Browser, token: string, route: string, heading: string): Promise<number> {
  const context = await contextFor(browser, token, route, heading);
  const page = await context.newPage();
  await page.goto(web + route, { waitUntil: 'commit' });
  const shown = await dataShown(page);
  await context.close();
  return shown; // the navigation started at timeOrigin
}

async function navigation(browser: Browser, token: string, route: string, heading: string): Promise<{ ms: number; prefetches: number }> {
  const context = await contextFor(browser, token, route, heading);
  const page = await context.newPage();
  let prefetches = 0;
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetches += 1;
  });
  await page.goto(`${web}/my-roles`);
  await page.getByRole('heading', { level: 1, name: 'My roles' }).waitFor();
  await page.getByLabel('Signed in user').waitFor();
  await page.waitForLoadState('networkidle');
  const prefetchedOnLoad = prefetches;
  // A real pointer click (Playwright moves the mouse over the link first, so a hover prefetch starts only then),
  // timed from the click event on the page's clock.
  await page.evaluate(() => document.addEventListener('click', () => ((window as unknown as { clickedAt: number }).clickedAt = performance.now()), { capture: true, once: true }));
  await page.locator(`nav a[href="${route}"]`).click();
  const before = await page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  const shown = await dataShown(page);
  await context.close();
  return { ms: shown - before, prefetches: prefetchedOnLoad };
}

async function main(): Promise<void> {
  await withProduct(async () => {
    const tokens: Record<Who, string> = { admin: await signIn(personas.admin.email), bob: await signIn(personas.bob.email) };
    await aliceAsks();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const results = [];
    for (const route of ROUTES) {
      const token = tokens[route.persona];
      await firstVisit(browser, token, route.path, route.heading); // warm-up: the server's first render of the route
      const first: number[] = [];
      const nav: number[] = [];
      const prefetches: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        first.push(await firstVisit(browser, token, route.path, route.heading));
        const n = await navigation(browser, token, route.path, route.heading);
        nav.push(n.ms);
        prefetches.push(n.prefetches);
      }
      const row = {
        route: route.path,
        persona: route.persona,
        firstVisit: { median: percentile(first, 50), p95: percentile(first, 95), samples: first.map(Math.round) },
        navigation: { median: percentile(nav, 50), p95: percentile(nav, 95), samples: nav.map(Math.round) },
        prefetchesOnHardLoad: percentile(prefetches, 50),
      };
      results.push(row);
      console.log(
        `${route.path.padEnd(13)} first visit median ${row.firstVisit.median.toFixed(0)} ms, p95 ${row.firstVisit.p95.toFixed(0)} ms · ` +
          `navigation median ${row.navigation.median.toFixed(0)} ms, p95 ${row.navigation.p95.toFixed(0)} ms · prefetches on a hard load ${row.prefetchesOnHardLoad}`,
      );
    }
    await browser.close();
    const load = loadavg()[0];
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'results', 'web-speed.json'), JSON.stringify({ at: new Date().toISOString(), runs: RUNS, loadAverage: load, results }, null, 2));
    console.log(`load average ${load.toFixed(1)} on ${cpus().length} cores; goal: first visit ≤ 600 ms, navigation ≤ 250 ms`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
