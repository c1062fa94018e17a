import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { graphql } from './support/api';
import { exclusive } from './support/exclusive';
import { subscriptionSent } from './support/live';
import { numberOf, overviewLinks, overviewOf, type OverviewNumbers } from './support/overview';
import { contextAs } from './support/personas';

test.setTimeout(180_000);

const TITLE = 'There are too many Global Administrators';
const THRESHOLDS = (count: number, percent: number) => [
  { name: 'minimumCount', value: count },
  { name: 'minimumPercent', value: percent },
];

async function setThresholds(admin: APIRequestContext, alertId: string, count: number, percent: number): Promise<void> {
  await graphql(admin, 'mutation ($id: ID!, $t: [AlertThresholdInput!]) { updateAlertSettings(alertId: $id, input: { enabled: true, thresholds: $t }) { id } }', {
    id: alertId,
    t: THRESHOLDS(count, percent),
  });
}

/** The numbers the scenario moves: time-bound active directory holdings and open LOW alerts. */
const moved = (numbers: OverviewNumbers) => ({
  active: numbers.holdings.find((row) => row.kind === 'DIRECTORY')?.active ?? -1,
  low: numbers.openAlerts?.find((row) => row.severity === 'LOW')?.alerts ?? -1,
});

/** The Overview page shows what the API counts now, and that is what `expected` says of it. */
async function overviewFollows(page: Page, admin: APIRequestContext, expected: (now: ReturnType<typeof moved>) => boolean): Promise<void> {
  const links = overviewLinks(page);
  await expect(async () => {
    const now = moved(await overviewOf(admin));
    expect(expected(now), JSON.stringify(now)).toBe(true);
    expect(await numberOf(links.holding('active (time-bound)', 'directory'))).toBe(now.active);
    expect(await numberOf(links.openAlerts('low'))).toBe(now.low);
  }).toPass();
}

/**
 * The proof: the admin sets the Global Administrators alert's threshold low on the Alerts page, one more Global
 * Administrator is assigned, the alert arrives live on the Alerts page, the admin remediates it there, and the Overview
 * (open alongside) follows each step. The alerts spec changes the same alert and relies on the admin being the only
 * Global Administrator: the two never run at once.
 */
test('a second Global Administrator raises the alert live; remediating it removes them; the Overview follows', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const name = `Gale Spare ${suffix}`;
  await exclusive('global-admin-alert', async () => {
    const { alerts } = await graphql<{ alerts: { id: string; type: string }[] }>(admin.request, 'query { alerts { id type } }');
    const alertId = alerts.find((alert) => alert.type === 'TOO_MANY_GLOBAL_ADMINS')?.id ?? '';
    let assignmentId: string | null = null;
    try {
      await setThresholds(admin.request, alertId, 3, 10);
      const known = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[] }>(admin.request, 'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } }');
      const gaId = known.roleDefinitions.find((role) => role.name === 'Global Administrator')?.id ?? '';
      const made = await graphql<{ createUser: { id: string } }>(admin.request, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { displayName: name, email: `gale-${suffix}@contoso.test`, userType: 'MEMBER' },
      });

      // The Overview, open beside the Alerts page, live.
      const overview = await admin.newPage();
      const overviewLive = subscriptionSent(overview, 'AlertChanged');
      await overview.goto('/overview');
      await expect(overview.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await overviewLive;
      const before = moved(await overviewOf(admin.request));
      await overviewFollows(overview, admin.request, () => true);

      // The admin sets the threshold low through the Alerts page's settings: two Global Administrators, any share.
      const page = await admin.newPage();
      const alertsLive = subscriptionSent(page, 'AlertChanged');
      await page.goto('/alerts');
      await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible();
      await alertsLive;
      await page.evaluate('window.__notReloaded = true');
      const card = page.getByRole('article', { name: TITLE });
      await expect(card.getByText('No incidents', { exact: true })).toBeVisible();
      await card.getByRole('button', { name: /^Show details/ }).click();
      const form = card.getByRole('form', { name: 'Settings' });
      await form.getByRole('spinbutton', { name: 'Global Administrators at least' }).fill('2');
      await form.getByRole('spinbutton', { name: 'and at least this % of users' }).fill('0');
      await form.getByRole('button', { name: 'Save settings' }).click();
      await expect(form.getByRole('spinbutton', { name: 'Global Administrators at least' })).toHaveValue('2');
      // One Global Administrator (the admin) is below two: still nothing.
      await expect(card.getByText('No incidents', { exact: true })).toBeVisible();

      // One more Global Administrator, assigned through the API (another session): the alert arrives live.
      const assigned = await graphql<{ assignRole: { assignment: { id: string } } }>(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { assignment { id } } }', {
        input: { principalId: made.createUser.id, roleId: gaId, scopeId: known.scopes[0].id, type: 'ACTIVE', duration: 'P1D', justification: 'alerts scenario' },
      });
      assignmentId = assigned.assignRole.assignment.id;
      await expect(card.getByText('Active', { exact: true })).toBeVisible();
      const incidents = card.getByRole('table', { name: `Incidents of ${TITLE}` });
      const galeRow = incidents.getByRole('row', { name: new RegExp(name) });
      await expect(galeRow).toContainText('Global Administrator');
      await expect(incidents.getByRole('row', { name: /Ada Admin/ })).toBeVisible();
      expect(await page.evaluate('window.__notReloaded')).toBe(true);

      // The Overview follows: one more time-bound active directory holding, one more open LOW alert.
      await overviewFollows(overview, admin.request, (now) => now.active > before.active && now.low > before.low);
      const raised = moved(await overviewOf(admin.request));

      // Remediated from the Alerts page: the new Global Administrator's assignment is removed, the alert clears.
      await galeRow.getByRole('button', { name: /^Remediate/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Remediate incident' });
      await expect(dialog).toContainText('will be removed now, as an administrator’s removal');
      await dialog.getByRole('button', { name: 'Remove assignment' }).click();
      await expect(dialog).toHaveCount(0);
      assignmentId = null;
      await expect(card.getByText('No incidents', { exact: true })).toBeVisible();
      expect(await page.evaluate('window.__notReloaded')).toBe(true);

      // And the Overview goes back down with it.
      await overviewFollows(overview, admin.request, (now) => now.active < raised.active && now.low < raised.low);
    } finally {
      if (assignmentId) {
        await graphql(admin.request, 'mutation ($id: ID!) { removeAssignment(assignmentId: $id, justification: "alerts scenario cleanup") { id } }', { id: assignmentId }).catch(() => undefined);
      }
      await setThresholds(admin.request, alertId, 3, 10).catch(() => undefined);
      await admin.close();
    }
  });
});
