// Lighthouse accessibility on every page of the dashboard (issue 10's proof), against the BUILT product started as the
// e2e suite starts it, in Debian's Chromium through chrome-launcher, signed in as a persona (the session cookie is sent
// as a header with every request, the API's included).
//
//   npx turbo run build && npx tsx bench/web/lighthouse.ts
//   BENCH_PERSONA=bob BENCH_LIGHTHOUSE_MIN=98 BENCH_API_PORT=4390 BENCH_WEB_PORT=3390 npx tsx bench/web/lighthouse.ts
//
// Prints the score per page and the audits that failed, writes bench/results/lighthouse-<persona>.json, and exits
// non-zero when a page scores below BENCH_LIGHTHOUSE_MIN (98).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { personas, type Persona } from '../../e2e/support/personas';
import { call, CHROMIUM, CHROMIUM_FLAGS, root, signIn, web, withProduct } from './product';

const persona = (process.env.BENCH_PERSONA ?? 'admin') as Persona;
const MIN = Number(process.env.BENCH_LIGHTHOUSE_MIN ?? 98);
const PAGES = ['/my-roles', '/my-requests', '/approvals', '/activity', '/assignments', '/scopes', '/people', '/people/:alice', '/role-settings', '/audit', '/webhooks'];

async function main(): Promise<void> {
  // Lighthouse and chrome-launcher are ES modules.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const rows = await withProduct(async () => {
    const token = await signIn(personas[persona].email);
    const people = await call<{ principals: { edges: { node: { id: string; displayName: string } }[] } }>(token, 'query { principals(type: USER, first: 50) { edges { node { id displayName } } } }');
    const alice = people.principals.edges.find((edge) => edge.node.displayName === personas.alice.name)?.node.id ?? '';
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    const found: { page: string; score: number; failed: string[] }[] = [];
    try {
      for (const page of ['/sign-in', ...PAGES.map((p) => p.replace(':alice', alice))]) {
        const signedIn = page !== '/sign-in';
        const result = await lighthouse(`${web}${page}`, {
          port: chrome.port,
          onlyCategories: ['accessibility'],
          output: 'json',
          logLevel: 'error',
          formFactor: 'desktop',
          screenEmulation: { mobile: false, width: 1400, height: 900, deviceScaleFactor: 1, disabled: false },
          extraHeaders: signedIn ? { Cookie: `elevate_session=${token}` } : {},
        });
        if (!result) throw new Error(`no result for ${page}`);
        const { lhr } = result;
        const score = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
        const failed = Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id);
        // A page that was redirected to the sign-in page was not measured signed in.
        if (signedIn && new URL(lhr.finalDisplayedUrl).pathname.startsWith('/sign-in')) throw new Error(`${page}: not signed in`);
        found.push({ page: page.replace(alice, ':alice'), score, failed });
        console.log(`${page.replace(alice, ':alice').padEnd(16)} ${String(score).padStart(3)}${failed.length ? `  failed: ${failed.join(', ')}` : ''}`);
      }
    } finally {
      chrome.kill();
    }
    return found;
  });
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', `lighthouse-${persona}.json`), JSON.stringify({ at: new Date().toISOString(), persona, rows }, null, 2));
  const below = rows.filter((row) => row.score < MIN);
  console.log(`${persona}: ${rows.length} pages, lowest ${Math.min(...rows.map((row) => row.score))}; ${below.length ? `below ${MIN}: ${below.map((row) => row.page).join(', ')}` : `all ≥ ${MIN}`}`);
  if (below.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
