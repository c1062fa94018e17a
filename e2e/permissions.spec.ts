import { expect, test, type Page, type Response } from '@playwright/test';
import { contextAs } from './support/personas';

/**
 * The answer of the Assignments page's viewerManageableScopes query, which alone decides whether "Add assignment" is
 * offered. The button's absence says nothing until that answer is in: the page shows no other sign of it.
 */
function manageableScopesAnswer(page: Page): Promise<Response> {
  return page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === 'ManageableScopes',
  );
}

// One persona per test: each opens a cold browser context, and on a busy machine a cold page load is most of a test's time.
test.describe('Add and Remove are offered only to those who may use them (Scope.viewerCanManage)', () => {
  test('the administrator may add, and remove a directory assignment', async ({ browser }) => {
    const admin = await contextAs(browser, 'admin');
    try {
      const page = await admin.newPage();
      await page.goto('/assignments');
      await expect(page.getByRole('button', { name: 'Add assignment' })).toBeVisible();
      // Any directory assignment at / (the first page of the list holds some, whichever others' tests added rows meanwhile).
      await expect(page.getByRole('button', { name: /^Remove .+ at \/$/ }).first()).toBeVisible();
    } finally {
      await admin.close();
    }
  });

  test('Dave owns the Production subscription: he may add there, not at Development, and removes nothing of the directory', async ({
    browser,
  }) => {
    const dave = await contextAs(browser, 'dave');
    try {
      const page = await dave.newPage();
      await page.goto('/assignments');
      await expect(page.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Assignments' }).getByRole('row').nth(1)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add assignment' })).toBeVisible();
      // Rows and their Remove buttons come in one answer (Scope.viewerCanManage is part of each row).
      await expect(page.getByRole('button', { name: /^Remove (Global|Security|Privileged)/ })).toHaveCount(0);

      const filters = page.getByRole('region', { name: 'Filters' });
      await filters.getByRole('button', { name: /^(Choose|Change) scope$/ }).click();
      await filters.getByLabel('Search scopes').fill('Development');
      await filters.getByRole('button', { name: /^Development\b/ }).click();
      // The picker shows the chosen scope's path once it is loaded, and whether Add is offered there is decided from
      // that same answer (the scope's ancestors): only then does the button's absence mean something.
      await expect(filters.getByText('/ › Contoso › Development')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Assignments' }).getByRole('row', { name: /Contributor.*Development/ })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add assignment' })).toHaveCount(0);
    } finally {
      await dave.close();
    }
  });

  test('Carol holds only a reader role: nothing to add anywhere, nothing to remove', async ({ browser }) => {
    const carol = await contextAs(browser, 'carol');
    try {
      const page = await carol.newPage();
      const manageable = manageableScopesAnswer(page);
      await page.goto('/assignments');
      await expect(page.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Assignments' }).getByRole('row').nth(1)).toBeVisible();
      await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
      expect((await (await manageable).json()).data).toEqual({ viewerManageableScopes: [] });
      await expect(page.getByRole('button', { name: 'Add assignment' })).toHaveCount(0);
    } finally {
      await carol.close();
    }
  });
});

test('the role settings editor is read-only for someone who may read but not manage them', async ({ browser }) => {
  const carol = await contextAs(browser, 'carol');
  try {
    const page = await carol.newPage();
    await page.goto('/role-settings');
    await page.getByLabel(/^Role/).selectOption({ label: 'Security Administrator' });
    const form = page.getByRole('form', { name: /Security Administrator/ });
    await expect(form.getByRole('note')).toContainText('Read-only');
    await expect(form.getByRole('checkbox', { name: 'Require MFA', exact: true })).toBeDisabled();
    await expect(form.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  } finally {
    await carol.close();
  }
});
