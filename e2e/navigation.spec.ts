import { expect, test, type Page } from '@playwright/test';
import { contextAs, DEMO_TOTP_SECRET, personas, type Persona } from './support/personas';
import { unusedTotp } from './support/totp';

/**
 * Entra's three groups in the navigation, each person seeing only what they may use (viewerCapabilities: the rules of
 * each page's own operations), live as their holdings change. The pages themselves have their own specs (overview,
 * roles, …): here their links are asserted, never followed.
 */

const TASKS = ['My roles', 'My requests', 'Approvals'];
/** What Security Reader at `/` may read, and nothing to manage: carol's. */
const READER_MANAGE = ['Overview', 'Assignments', 'Roles', 'Role settings', 'Access reviews', 'Alerts', 'People', 'Groups', 'Scopes'];
const ACTIVITY = ['Activity', 'Audit'];

/** The link names of one group of the main navigation ("My reviews" aside: it comes and goes with what waits for me). */
async function linksOf(page: Page, group: string): Promise<string[]> {
  const names = await page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: group }).getByRole('link').allTextContents();
  return names.map((name) => name.trim()).filter((name) => name !== 'My reviews');
}

async function openMyRoles(persona: Persona, browser: Parameters<typeof contextAs>[0]) {
  const context = await contextAs(browser, persona);
  const page = await context.newPage();
  await page.goto('/my-roles');
  await expect(page.getByRole('heading', { level: 1, name: 'My roles' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Tasks' })).toBeVisible();
  return { context, page };
}

test('alice, who holds nothing active, sees the Tasks group only', async ({ browser }) => {
  const { context, page } = await openMyRoles('alice', browser);
  try {
    const navigation = page.getByRole('navigation', { name: 'Main' });
    // The capabilities have answered once the brand leads to her landing (My roles for her).
    await expect(page.getByRole('link', { name: 'Elevate' })).toHaveAttribute('href', '/my-roles');
    expect(await linksOf(page, 'Tasks')).toEqual(TASKS);
    await expect(navigation.getByRole('list', { name: 'Manage' })).toHaveCount(0);
    await expect(navigation.getByRole('list', { name: 'Activity' })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Audit' })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('carol, Security Reader, sees Tasks, the read-only Manage pages and Activity', async ({ browser }) => {
  const { context, page } = await openMyRoles('carol', browser);
  try {
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('list', { name: 'Manage' })).toBeVisible();
    expect(await linksOf(page, 'Tasks')).toEqual(TASKS);
    expect(await linksOf(page, 'Manage')).toEqual(READER_MANAGE);
    expect(await linksOf(page, 'Activity')).toEqual(ACTIVITY);
    // She reads the tenant at its root: her landing is the Overview.
    await expect(page.getByRole('link', { name: 'Elevate' })).toHaveAttribute('href', '/overview');
    // Groups is People filtered to groups, and is the current link there.
    await navigation.getByRole('link', { name: 'Groups' }).click();
    await expect(page).toHaveURL(/\/people\?type=GROUP$/);
    await expect(navigation.getByRole('link', { name: 'Groups' })).toHaveAttribute('aria-current', 'page');
    await expect(navigation.getByRole('link', { name: 'People' })).not.toHaveAttribute('aria-current', 'page');
  } finally {
    await context.close();
  }
});

test('the admin sees every link of the three groups', async ({ browser }) => {
  const { context, page } = await openMyRoles('admin', browser);
  try {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' })).toBeVisible();
    expect(await linksOf(page, 'Tasks')).toEqual(TASKS);
    expect(await linksOf(page, 'Manage')).toEqual([...READER_MANAGE, 'Identity providers', 'Provisioning', 'Webhooks']);
    expect(await linksOf(page, 'Activity')).toEqual(ACTIVITY);
  } finally {
    await context.close();
  }
});

test('pra activates Privileged Role Administrator and the Manage links appear without a reload', async ({ browser }) => {
  const { context, page } = await openMyRoles('pra', browser);
  try {
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(page.getByRole('link', { name: 'Elevate' })).toHaveAttribute('href', '/my-roles');
    await expect(navigation.getByRole('list', { name: 'Manage' })).toHaveCount(0);

    await page.getByRole('region', { name: 'Eligible roles' }).getByRole('button', { name: 'Activate Privileged Role Administrator at /' }).click();
    const dialog = page.getByRole('dialog', { name: /Activate Privileged Role Administrator/ });
    // The shortest activation: the last active Privileged Role Administrator cannot end it early (the last-admin guard).
    await dialog.getByRole('slider', { name: /^Duration/ }).fill('30');
    await dialog.getByLabel(/^Justification/).fill('Navigation check');
    const code = dialog.getByLabel('Authentication code');
    await expect(code).toBeVisible();
    await code.fill(await unusedTotp(DEMO_TOTP_SECRET, personas.pra.email));
    await dialog.getByRole('button', { name: 'Activate', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('Active until');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // No reload: the live capabilities bring the links (she manages directory roles and the tenant, not identity providers).
    await expect(navigation.getByRole('link', { name: 'Webhooks' })).toBeVisible();
    expect(await linksOf(page, 'Manage')).toEqual([...READER_MANAGE, 'Webhooks']);
    expect(await linksOf(page, 'Activity')).toEqual(ACTIVITY);
    await expect(page.getByRole('link', { name: 'Elevate' })).toHaveAttribute('href', '/overview');
  } finally {
    await context.close();
  }
});

test('a page someone may not use says so under its heading, with nothing to try again', async ({ browser }) => {
  const context = await contextAs(browser, 'alice');
  try {
    const page = await context.newPage();
    for (const [path, heading] of [
      ['/identity-providers', 'Identity providers'],
      ['/webhooks', 'Webhooks'],
    ] as const) {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(main.getByText('You may not use this page.')).toBeVisible();
      await expect(main.getByRole('link', { name: 'My roles' })).toBeVisible();
      await expect(main.getByRole('button', { name: 'Try again' })).toHaveCount(0);
      await expect(main.getByRole('table')).toHaveCount(0);
    }
  } finally {
    await context.close();
  }
});

test('everyone keeps their own audit history ("my audit"), reached from My requests though not listed', async ({ browser }) => {
  const context = await contextAs(browser, 'alice');
  try {
    const page = await context.newPage();
    await page.goto('/my-requests');
    await page.getByRole('main').getByRole('link', { name: 'your audit history' }).click();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
    // Her own events: at least her sign-in, acted by her.
    const table = main.getByRole('table', { name: 'Audit events' });
    await expect(table.getByRole('row').filter({ hasText: 'Alice' }).first()).toBeVisible();
    await expect(main.getByText('You may not use this page.')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
