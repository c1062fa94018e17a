import { expect, test, type Locator } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs } from './support/personas';

test("people search, and a guest's page with details and assignments", async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto('/people');
  const search = page.getByLabel('Search people');
  await search.fill('nobody-by-that-name');
  await expect(page.getByText('No one matches “nobody-by-that-name”.')).toBeVisible();

  await search.fill('erin');
  await page.getByRole('link', { name: 'Erin Guest' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Erin Guest' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Guest');
  await expect(details).toContainText('Fabrikam');
  // Where she came from (a source only removes what it created), and no external id.
  await expect(details.getByRole('definition').filter({ hasText: 'Made in Elevate' })).toHaveCount(1);
  const assignments = page.getByRole('region', { name: 'Assignments' });
  await expect(assignments.getByRole('row', { name: /Contributor.*rg-web.*Eligible/ })).toBeVisible();
  // Eligible only: nothing in effect until she activates.
  await expect(page.getByRole('region', { name: 'Effective access' }).getByText('Erin Guest holds no active role.')).toBeVisible();
  await context.close();
});

test("effective access explains why Dave holds Owner at vm-web-01", async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto('/people?q=dave');
  await page.getByRole('link', { name: 'Dave DevOps' }).click();
  const access = page.getByRole('region', { name: 'Effective access' });
  await access.getByRole('button', { name: 'Choose scope' }).click();
  await access.getByLabel('Search scopes').fill('vm-web-01');
  await access.getByRole('button', { name: /^vm-web-01/ }).click();
  const owner = access.getByRole('row', { name: /^Owner/ });
  await expect(owner).toContainText('vm-web-01');
  await expect(owner).toContainText('inherited from Production');
  await context.close();
});

test('the scope browser shows who holds roles at a scope and links to Assignments', async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto('/scopes');
  const tree = page.getByRole('tree', { name: 'Scopes' });
  // An item's name is its scope's name and type, as it shows them.
  await tree.getByRole('treeitem', { name: 'Contoso Management group', exact: true }).locator('> .tree-row .tree-toggle').click();
  const production = tree.getByRole('treeitem', { name: 'Production Subscription', exact: true });
  await production.locator('> .tree-row').click();
  await expect(production).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('region', { name: 'Production' });
  await expect(panel.getByRole('row', { name: /Dave DevOps.*Owner/ })).toBeVisible();
  await expect(panel.getByRole('row', { name: /Bob Approver.*Reader/ })).toBeVisible();

  await panel.getByRole('link', { name: 'Open in Assignments' }).click();
  await expect(page).toHaveURL(/\/assignments\?scope=.+&inherited=1/);
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('row', { name: /Dave DevOps.*Owner/ })).toBeVisible();
  await context.close();
});

test('an administrator makes a group with an owner, and a service principal with an API token shown once', async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  // The owner is someone new: owning a group makes one an administrator of it, which the other specs' people must not become.
  const owner = `Owen Owner ${Date.now()}`;
  await graphql(context.request, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { email: `owen.${Date.now()}@contoso.test`, displayName: owner },
  });
  await page.goto('/people');
  await page.getByRole('button', { name: 'New group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New group' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await dialog.getByLabel('Name').fill('Night shift');
  await dialog.getByLabel('Role-assignable: the group may hold roles (and then contains no groups)').check();
  await dialog.getByRole('combobox', { name: 'Add an owner' }).fill(owner);
  await dialog.getByRole('option', { name: new RegExp(owner) }).click();
  await dialog.getByRole('button', { name: 'Add owner' }).click();
  await expect(dialog.getByRole('list', { name: 'Owners' })).toContainText(owner);
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Night shift' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Yes: may hold roles');
  await expect(page.getByRole('region', { name: 'Members and owners' }).getByRole('row', { name: new RegExp(owner) })).toContainText('Owner');

  await page.goto('/people');
  await page.getByRole('button', { name: 'New service principal' }).click();
  const sp = page.getByRole('dialog', { name: 'New service principal' });
  await sp.getByLabel('Name').fill('nightly-export');
  await sp.getByLabel('Description').fill('Exports the audit log every night');
  await sp.getByRole('button', { name: 'Create service principal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nightly-export' })).toBeVisible();
  const tokens = page.getByRole('region', { name: 'API tokens' });
  await expect(tokens).toContainText('nightly-export has no API token.');
  await tokens.getByRole('button', { name: 'New token' }).click();
  const issue = page.getByRole('dialog', { name: 'New API token' });
  await issue.getByLabel('Name').fill('export');
  await issue.getByRole('button', { name: 'Create token' }).click();
  await expect(issue.getByRole('heading', { name: 'Copy the token now' })).toBeVisible();
  await expect(issue.getByLabel('Token')).toHaveValue(/^el\w_/);
  await issue.getByRole('button', { name: 'Done' }).click();
  await expect(tokens.getByRole('row', { name: /^export/ })).toContainText('Valid');
  await tokens.getByRole('button', { name: 'Revoke export' }).click();
  await expect(tokens.getByRole('row', { name: /^export/ })).toContainText('Revoked');
  await context.close();
});

test('an administrator renames, moves with the tree picker and archives a scope', async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto('/scopes');
  await page.getByRole('treeitem', { name: /^Contoso Management group/ }).click();
  const act = async (button: string, dialogName: RegExp | string, fill: (dialog: Locator) => Promise<unknown>, submit: string) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: dialogName });
    await fill(dialog);
    await dialog.getByRole('button', { name: submit, exact: true }).click();
    await expect(dialog).toBeHidden();
  };
  await act('New scope here', /^New scope under Contoso/, async (d) => {
    await d.getByLabel('Kind').selectOption({ label: 'Subscription' });
    await d.getByLabel('Name').fill('Staging');
  }, 'Create scope');
  await expect(page.getByRole('heading', { level: 2, name: 'Staging' })).toBeVisible();
  await act('New scope here', /^New scope under Staging/, (d) => d.getByLabel('Name').fill('rg-stage'), 'Create scope');
  await expect(page.getByRole('heading', { level: 2, name: 'rg-stage' })).toBeVisible();
  await act('Rename', 'Rename rg-stage', (d) => d.getByLabel('Name', { exact: true }).fill('rg-staging'), 'Rename');
  await expect(page.getByRole('heading', { level: 2, name: 'rg-staging' })).toBeVisible();

  await page.getByRole('button', { name: 'Move', exact: true }).click();
  const move = page.getByRole('dialog', { name: 'Move rg-staging' });
  await move.getByRole('button', { name: /^(Choose|Change) scope$/ }).click();
  await move.getByLabel('Search scopes').fill('Development');
  await move.getByRole('button', { name: /^Development\b/ }).click();
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(move).toBeHidden();
  const panel = page.getByRole('region', { name: 'rg-staging' });
  await expect(panel).toContainText('Development');

  await act('Archive', 'Archive rg-staging', async () => undefined, 'Archive');
  await expect(page.getByRole('heading', { level: 2, name: 'Development' })).toBeVisible();
  await expect(page.getByRole('treeitem', { name: /^rg-staging/ })).toHaveCount(0);
  // A scope that still holds something is not archived: the server says why (Dave is eligible at Development).
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const refused = page.getByRole('dialog', { name: 'Archive Development' });
  await refused.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(refused.getByRole('alert')).toContainText('cannot be archived');
  await refused.getByRole('button', { name: 'Close' }).click();
  await context.close();
});
