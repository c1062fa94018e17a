import { expect, test, type Page } from '@playwright/test';
import { graphql } from './support/api';
import { subscriptionSent } from './support/live';
import { numberOf, overviewLinks, overviewOf } from './support/overview';
import { contextAs, DEMO_TOTP_SECRET, personas } from './support/personas';
import { unusedTotp } from './support/totp';

test.setTimeout(120_000);

async function openOverview(page: Page): Promise<void> {
  await page.goto('/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Privileged role holdings by kind' })).toBeVisible();
}

test('the admin sees the numbers, each a link to the page that lists it, and the chart as a table of 30 days', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  try {
    const page = await admin.newPage();
    await openOverview(page);
    const links = overviewLinks(page);
    const api = await overviewOf(admin.request);

    // The numbers are the API's (the demo's Global Administrator makes at least one permanent directory holding).
    await expect(async () => {
      const now = await overviewOf(admin.request);
      const directory = now.holdings.find((row) => row.kind === 'DIRECTORY');
      expect(await numberOf(links.holding('permanent', 'directory'))).toBe(directory?.permanent);
      expect(await numberOf(links.holding('eligible', 'directory'))).toBe(directory?.eligible);
      expect(await numberOf(links.requestsWaiting)).toBe(now.requestsWaiting);
      expect(await numberOf(links.reviewsInProgress)).toBe(now.reviewsInProgress);
    }).toPass();
    expect(await numberOf(links.holding('permanent', 'directory'))).toBeGreaterThanOrEqual(1);
    for (const kind of ['Directory', 'Group', 'Resource']) {
      await expect(page.getByRole('table', { name: 'Privileged role holdings by kind' }).getByRole('rowheader', { name: kind })).toBeVisible();
    }
    expect(api.openAlerts).not.toBeNull();

    // The chart, named for assistive technology, and its table: one row per day, the last 30 UTC days.
    await expect(page.getByRole('img', { name: /^Activations per day: \d+ activations? in the last 30 days/ })).toBeVisible();
    await page.getByText('Show as table').click();
    const days = page.getByRole('table', { name: 'Activations per day, last 30 days (UTC)' });
    await expect(days).toBeVisible();
    await expect(days.locator('tbody tr')).toHaveCount(30);
    await expect(days.getByRole('columnheader', { name: 'Activations' })).toBeVisible();
    const today = api.activationsPerDay.at(-1)?.day ?? '';
    await expect(days.locator(`time[datetime="${today}"]`)).toBeVisible();

    // Each number opens the page that lists it.
    const destinations: [string, () => ReturnType<typeof page.getByRole>, RegExp, string][] = [
      ['requests waiting', () => overviewLinks(page).requestsWaiting, /\/approvals$/, 'Approvals'],
      ['open alerts', () => overviewLinks(page).openAlertsTile, /\/alerts$/, 'Alerts'],
      ['high severity alerts', () => overviewLinks(page).openAlerts('high'), /\/alerts$/, 'Alerts'],
      ['reviews in progress', () => overviewLinks(page).reviewsInProgress, /\/access-reviews$/, 'Access reviews'],
      ['eligible holdings', () => overviewLinks(page).holding('eligible', 'directory'), /\/assignments\?type=ELIGIBLE$/, 'Assignments'],
      ['active holdings', () => overviewLinks(page).holding('active (time-bound)', 'resource'), /\/assignments\?type=ACTIVE$/, 'Assignments'],
      ['activations', () => page.getByRole('main').getByRole('link', { name: 'Activity', exact: true }), /\/activity$/, 'Activity'],
    ];
    for (const [what, link, url, heading] of destinations) {
      await link().click();
      await expect(page, what).toHaveURL(url);
      await expect(page.getByRole('heading', { level: 1, name: heading }), what).toBeVisible();
      await openOverview(page);
    }
    // The Assignments page shows the filter the link set.
    await overviewLinks(page).holding('eligible', 'group').click();
    await expect(page.getByLabel('Type')).toHaveValue('ELIGIBLE');
  } finally {
    await admin.close();
  }
});

test('live: an activation in another session moves the number on the open page, and its end moves it back, without a reload', async ({ browser }) => {
  const [admin, bob] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'bob')]);
  let made: string | null = null;
  try {
    // Conditional Access Administrator: a privileged directory role no other spec uses; bob is made eligible for it.
    const known = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[]; principals: { edges: { node: { id: string } }[] } }>(
      admin.request,
      'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } principals(search: "Bob Approver", type: USER, first: 1) { edges { node { id } } } }',
    );
    const roleId = known.roleDefinitions.find((role) => role.name === 'Conditional Access Administrator')?.id ?? '';
    const rootId = known.scopes[0].id;
    const eligibility = await graphql<{ assignRole: { assignment: { id: string } } }>(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { assignment { id } } }', {
      input: { principalId: known.principals.edges[0].node.id, roleId, scopeId: rootId, type: 'ELIGIBLE', duration: 'P1D', justification: 'overview e2e' },
    });
    made = eligibility.assignRole.assignment.id;

    const page = await admin.newPage();
    const live = subscriptionSent(page, 'ActivationsLive');
    await openOverview(page);
    await live;
    await page.evaluate('window.__overviewNotReloaded = true');
    const active = overviewLinks(page).holding('active (time-bound)', 'directory');
    const before = await numberOf(active);
    // The page follows: it shows what the API counts now, which the activation moved (specs running alongside may move
    // it too, so the page is compared with the API rather than with a sum).
    const follows = (moved: (now: number) => boolean) =>
      expect(async () => {
        const now = (await overviewOf(admin.request)).holdings.find((row) => row.kind === 'DIRECTORY')?.active ?? -1;
        expect(moved(now)).toBe(true);
        expect(await numberOf(active)).toBe(now);
      }).toPass();

    const mfaCode = await unusedTotp(DEMO_TOTP_SECRET, personas.bob.email);
    const activated = await graphql<{ activateRole: { status: string; assignment: { id: string } } }>(
      bob.request,
      'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { status assignment { id } } }',
      { input: { roleId, scopeId: rootId, duration: 'PT1H', justification: 'overview e2e', mfaCode } },
    );
    expect(activated.activateRole.status).toBe('PROVISIONED');
    await follows((now) => now > before);
    const raised = await numberOf(active);
    await graphql(bob.request, 'mutation ($id: ID!) { deactivateRole(assignmentId: $id) { id } }', { id: activated.activateRole.assignment.id });
    await follows((now) => now < raised);
    expect(await page.evaluate('window.__overviewNotReloaded')).toBe(true);
  } finally {
    if (made) await graphql(admin.request, 'mutation ($id: ID!) { removeAssignment(assignmentId: $id, justification: "overview e2e done") { id } }', { id: made }).catch(() => undefined);
    await Promise.all([admin.close(), bob.close()]);
  }
});

test('someone who may not use the Overview is told so under its heading, with nothing to try again', async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  try {
    const page = await alice.newPage();
    await page.goto('/overview');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    const refusal = page.getByRole('main').getByRole('alert');
    await expect(refusal).toContainText('You may not use this page.');
    await expect(refusal.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
  } finally {
    await alice.close();
  }
});
