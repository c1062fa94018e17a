import { expect, test, type BrowserContext } from '@playwright/test';
import { contextAs, type Persona } from './support/personas';

/**
 * A page's list is in the first HTML the dashboard's server sends (src/apollo/preload.tsx), not asked for only after the
 * scripts have run: the page's own markup, fetched without a browser (no script runs), already holds its rows.
 */
async function firstHtml(context: BrowserContext, path: string): Promise<string> {
  const response = await context.request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

/**
 * The markup without its scripts: what the server rendered, whether in place or streamed after the frame (a Suspense
 * boundary's content arrives later in the same response), but not the data the scripts carry for the browser's cache.
 */
function markupOf(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/g, '');
}

const pages: { persona: Persona; path: string; shows: RegExp }[] = [
  { persona: 'admin', path: '/assignments', shows: /<tbody><tr>.*Tier 3 Office Admins/s },
  // The newest events are whatever the specs alongside did last: any event row, with its action in words.
  { persona: 'admin', path: '/audit', shows: /<tbody><tr>.*data-action="[a-z_.]+">[A-Z][a-z]/s },
  { persona: 'alice', path: '/my-roles', shows: /Eligible roles.*<tbody><tr>.*Security Administrator/s },
  { persona: 'dave', path: '/my-roles', shows: /Active roles.*<tbody><tr>.*Owner.*Production/s },
];

for (const { persona, path, shows } of pages) {
  test(`${path} as ${persona}: the rows are in the server's HTML`, async ({ browser }) => {
    const context = await contextAs(browser, persona);
    const markup = markupOf(await firstHtml(context, path));
    expect(markup).toMatch(shows);
    await context.close();
  });
}

test('without a session nothing is preloaded, and the browser is taken to sign in', async ({ browser }) => {
  const context = await browser.newContext();
  expect(markupOf(await firstHtml(context, '/assignments'))).not.toMatch(/<tbody><tr>/);
  const page = await context.newPage();
  await page.goto('/assignments');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fassignments/);
  await context.close();
});
