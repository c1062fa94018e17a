import { expect, test } from '@playwright/test';
import { contextAs } from './support/personas';

test('Add and Remove are offered only to those who may use them (Scope.viewerCanManage)', async ({ browser }) => {
  const [admin, dave] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'dave')]);
  const adminPage = await admin.newPage();
  await adminPage.goto('/assignments');
  await expect(adminPage.getByRole('button', { name: 'Add assignment' })).toBeVisible();
  await expect(adminPage.getByRole('button', { name: /^Remove Security Reader for Carol Auditor/ })).toBeVisible();

  // Dave owns the Production subscription: he may add there, but not at the tenant root, and removes nothing of the directory.
  const davePage = await dave.newPage();
  await davePage.goto('/assignments');
  await expect(davePage.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
  await expect(davePage.getByRole('table', { name: 'Assignments' }).getByRole('row').nth(1)).toBeVisible();
  await expect(davePage.getByRole('button', { name: 'Add assignment' })).toBeVisible();
  await expect(davePage.getByRole('button', { name: /^Remove (Global|Security|Privileged)/ })).toHaveCount(0);
  const filters = davePage.getByRole('region', { name: 'Filters' });
  await filters.getByRole('button', { name: /^(Choose|Change) scope$/ }).click();
  await filters.getByLabel('Search scopes').fill('Development');
  await filters.getByRole('button', { name: /^Development\b/ }).click();
  await expect(davePage.getByRole('button', { name: 'Add assignment' })).toHaveCount(0);

  // Carol holds only a reader role: nothing to add anywhere.
  const carol = await contextAs(browser, 'carol');
  const carolPage = await carol.newPage();
  await carolPage.goto('/assignments');
  await expect(carolPage.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
  await expect(carolPage.getByRole('table', { name: 'Assignments' }).getByRole('row').nth(1)).toBeVisible();
  await expect(carolPage.getByRole('button', { name: 'Add assignment' })).toHaveCount(0);
  await expect(carolPage.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await Promise.all([admin.close(), dave.close(), carol.close()]);
});

test('the role settings editor is read-only for someone who may read but not manage them', async ({ browser }) => {
  const carol = await contextAs(browser, 'carol');
  const page = await carol.newPage();
  await page.goto('/role-settings');
  await page.getByLabel(/^Role/).selectOption({ label: 'Security Administrator' });
  const form = page.getByRole('form', { name: /Security Administrator/ });
  await expect(form.getByRole('note')).toContainText('Read-only');
  await expect(form.getByRole('checkbox', { name: 'Require MFA', exact: true })).toBeDisabled();
  await expect(form.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  await carol.close();
});
