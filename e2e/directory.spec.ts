import { expect, test } from '@playwright/test';
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
