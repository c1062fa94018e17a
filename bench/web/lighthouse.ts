// Lighthouse accessibility on every page of the dashboard (issue 10's proof), against the BUILT product started as the
// e2e suite starts it, in Debian's Chromium through chrome-launcher, signed in as each persona (the session cookie is
// sent as a header with every request, the API's included). One product start serves every persona; before measuring,
// alice asks for Security Administrator, so that bob's Approvals and everybody's requests and activity have a row.
//
//   npx turbo run build && npx tsx bench/web/lighthouse.ts
//   BENCH_PERSONA=bob BENCH_LIGHTHOUSE_MIN=98 BENCH_API_PORT=4390 BENCH_WEB_PORT=3390 npx tsx bench/web/lighthouse.ts
//
// BENCH_PERSONA: `all` (the default: admin, alice, bob, carol, dave) or a comma-separated list of personas.
// BENCH_LIGHTHOUSE_FORM: `desktop` (the default, 1400 × 900), `mobile` (Lighthouse's phone: 412 × 823 at 1.75, touch) or
// `both` (each persona's column twice).
// Prints a persona × page table of scores and the audits that failed, writes bench/results/lighthouse.json, and exits
// non-zero when a page scores below BENCH_LIGHTHOUSE_MIN (98).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_TOTP_SECRET, personas, type Persona } from '../../e2e/support/personas';
import { unusedTotp } from '../../e2e/support/totp';
import { call, CHROMIUM, CHROMIUM_FLAGS, root, signIn, web, withProduct } from './product';

const ALL: Persona[] = ['admin', 'alice', 'bob', 'carol', 'dave'];
const asked = process.env.BENCH_PERSONA ?? 'all';
const chosen: Persona[] = asked === 'all' ? ALL : (asked.split(',').map((name) => name.trim()) as Persona[]);
for (const name of chosen) if (!(name in personas)) throw new Error(`BENCH_PERSONA: no persona ${name} (${Object.keys(personas).join(', ')}, all)`);
const MIN = Number(process.env.BENCH_LIGHTHOUSE_MIN ?? 98);
const FORM = process.env.BENCH_LIGHTHOUSE_FORM ?? 'desktop';
if (!['desktop', 'mobile', 'both'].includes(FORM)) throw new Error(`BENCH_LIGHTHOUSE_FORM: desktop, mobile or both, not ${FORM}`);
const FORMS = (FORM === 'both' ? ['desktop', 'mobile'] : [FORM]) as ('desktop' | 'mobile')[];
const SCREENS = {
  desktop: { mobile: false, width: 1400, height: 900, deviceScaleFactor: 1, disabled: false },
  mobile: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
};
const PAGES = ['/my-roles', '/my-requests', '/approvals', '/activity', '/assignments', '/scopes', '/people', '/people/:alice', '/role-settings', '/audit', '/webhooks'];

interface Row {
  /** The persona, and " (mobile)" when measured as a phone */
  persona: string;
  page: string;
  score: number;
  failed: string[];
}

/** One request of alice's waiting for bob's approval. */
async function aliceAsks(): Promise<void> {
  const token = await signIn(personas.alice.email);
  const data = await call<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[] }>(token, 'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } }');
  const roleId = data.roleDefinitions.find((role) => role.name === 'Security Administrator')?.id;
  const input = { roleId, scopeId: data.scopes[0].id, duration: 'PT2H', justification: 'lighthouse bench', mfaCode: await unusedTotp(DEMO_TOTP_SECRET, personas.alice.email) };
  await call(token, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', { input });
}

function save(rows: Row[], complete: boolean): void {
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  const result = { at: new Date().toISOString(), complete, personas: chosen, forms: FORMS, min: MIN, rows };
  writeFileSync(path.join(root, 'bench', 'results', 'lighthouse.json'), JSON.stringify(result, null, 2));
}

function table(rows: Row[]): string {
  const pages = [...new Set(rows.map((row) => row.page))];
  const who = [...new Set(rows.map((row) => row.persona))];
  const width = Math.max(...pages.map((page) => page.length));
  const lines = [`${'page'.padEnd(width)} ${who.map((name) => name.padStart(Math.max(5, name.length))).join(' ')}`];
  for (const page of pages) {
    const cells = who.map((name) => {
      const row = rows.find((r) => r.persona === name && r.page === page);
      return (row ? String(row.score) : '–').padStart(Math.max(5, name.length));
    });
    lines.push(`${page.padEnd(width)} ${cells.join(' ')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  // Lighthouse and chrome-launcher are ES modules.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const rows = await withProduct(async () => {
    await aliceAsks();
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    const found: Row[] = [];
    const measure = async (who: string, form: 'desktop' | 'mobile', page: string, token: string | null, url = page) => {
      const persona = form === 'mobile' ? `${who} (mobile)` : who;
      const result = await lighthouse(`${web}${url}`, {
        port: chrome.port,
        onlyCategories: ['accessibility'],
        output: 'json',
        logLevel: 'error',
        formFactor: form,
        screenEmulation: SCREENS[form],
        extraHeaders: token ? { Cookie: `elevate_session=${token}` } : {},
      });
      if (!result) throw new Error(`no result for ${page}`);
      const { lhr } = result;
      const score = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
      // Every audit that found something, weighted or not (a "notApplicable" or "manual" audit has no score).
      const failed = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => audit.id);
      // A page that was redirected to the sign-in page was not measured signed in.
      if (token && new URL(lhr.finalDisplayedUrl).pathname.startsWith('/sign-in')) throw new Error(`${persona} ${page}: not signed in`);
      found.push({ persona, page, score, failed });
      // Written after every page, so that a run cut short still leaves what it measured.
      save(found, false);
      console.log(`${persona.padEnd(19)} ${page.padEnd(16)} ${String(score).padStart(3)}${failed.length ? `  failed: ${failed.join(', ')}` : ''}`);
    };
    try {
      for (const form of FORMS) await measure('signed out', form, '/sign-in', null);
      for (const persona of chosen) {
        const token = await signIn(personas[persona].email);
        const people = await call<{ principals: { edges: { node: { id: string; displayName: string } }[] } }>(token, 'query { principals(type: USER, first: 50) { edges { node { id displayName } } } }');
        const alice = people.principals.edges.find((edge) => edge.node.displayName === personas.alice.name)?.node.id ?? '';
        for (const form of FORMS) {
          for (const page of PAGES) {
            // Whoever may not see alice measures the page of someone who does not exist (its "not found" state).
            await measure(persona, form, page, token, page.replace(':alice', alice || '00000000-0000-0000-0000-000000000000'));
          }
        }
      }
    } finally {
      chrome.kill();
    }
    return found;
  });
  save(rows, true);
  console.log(`\n${table(rows)}\n`);
  const below = rows.filter((row) => row.score < MIN);
  console.log(
    `${rows.length} pages measured, lowest ${Math.min(...rows.map((row) => row.score))}; ${below.length ? `below ${MIN}: ${below.map((row) => `${row.persona} ${row.page}`).join(', ')}` : `all ≥ ${MIN}`}`,
  );
  if (below.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
