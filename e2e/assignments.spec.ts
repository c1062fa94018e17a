import { expect, test, type Locator, type Page } from '@playwright/test';
import { contextAs } from './support/personas';

/** Picks a scope in a scope picker by searching its name. */
async function chooseScope(picker: Locator, name: string) {
  await picker.getByRole('button', { name: /^(Choose|Change) scope$/ }).click();
  await picker.getByLabel('Search scopes').fill(name);
  await picker.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
}

function filtersOf(page: Page) {
  return page.getByRole('region', { name: 'Filters' });
}

function resultsOf(page: Page) {
  return page.getByRole('region', { name: 'Results' });
}

test('an admin sees that Dave DevOps holds Owner at vm-web-01, inherited from Production', async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto('/assignments');
  const filters = filtersOf(page);
  await chooseScope(filters, 'vm-web-01');
  await expect(filters.getByText('/ › Contoso › Production › rg-web › vm-web-01')).toBeVisible();

  // Nothing is assigned at the resource itself…
  await expect(resultsOf(page).getByText('No assignments match these filters.')).toBeVisible();

  // …but with the scopes above it included, Dave's Owner at Production applies there.
  await filters.getByLabel('Include inherited (made at scopes above)').check();
  await expect(page).toHaveURL(/inherited=1/);
  const row = resultsOf(page).getByRole('row').filter({ hasText: 'Dave DevOps' }).filter({ hasText: 'Owner' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('vm-web-01');
  await expect(row).toContainText('inherited from Production');
  await expect(row).toContainText('Active');
  await context.close();
});

test('Dave (Owner at Production only) is not offered Development, and nothing is created', async ({ browser }) => {
  const daveContext = await contextAs(browser, 'dave');
  const page = await daveContext.newPage();
  await page.goto('/assignments');
  await page.getByRole('button', { name: 'Add assignment' }).click();
  const form = page.getByRole('region', { name: 'Add assignment' });
  // The form says where he may assign (viewerManageableScopes) …
  await expect(form).toContainText('You may assign resource roles at Production and below');
  await form.getByRole('combobox', { name: /Principal/ }).fill('bob');
  await form.getByRole('option', { name: /Bob Approver/ }).click();
  await chooseScope(form, 'Development');
  await form.getByLabel(/^Role/).selectOption({ label: 'Reader' });
  await form.getByLabel('Justification').fill('Read access for the release review');

  // … and does not send what the server would refuse (the server's refusal itself is tested on the server).
  // Scoped to the form: Next's route announcer is an (empty) alert of its own.
  await expect(form.getByRole('alert')).toContainText('You may not assign roles at Development');
  await expect(form.getByRole('button', { name: 'Assign' })).toBeDisabled();
  await expect(form.getByRole('button', { name: 'Check' })).toBeDisabled();
  await expect(form.getByRole('status').filter({ hasText: 'Assigned' })).toHaveCount(0);
  await daveContext.close();

  // An admin, who sees every assignment, finds no Reader for Bob at Development, in any state.
  const adminContext = await contextAs(browser, 'admin');
  const admin = await adminContext.newPage();
  await admin.goto('/assignments?state=ALL');
  const filters = filtersOf(admin);
  await chooseScope(filters, 'Development');
  await filters.getByRole('combobox', { name: 'Principal' }).fill('bob');
  await filters.getByRole('option', { name: /Bob Approver/ }).click();
  await expect(admin).toHaveURL(/principal=/);
  await expect(resultsOf(admin).getByText('No assignments match these filters.')).toBeVisible();
  // The same filters do list what exists: Bob's Reader at Production.
  await chooseScope(filters, 'Production');
  await expect(resultsOf(admin).getByRole('row').filter({ hasText: 'Reader' })).toHaveCount(1);
  await adminContext.close();
});

test('an admin checks, assigns and removes an assignment', async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto('/assignments');
  await page.getByRole('button', { name: 'Add assignment' }).click();
  const form = page.getByRole('region', { name: 'Add assignment' });
  await form.getByRole('combobox', { name: /Principal/ }).fill('carol');
  await form.getByRole('option', { name: /Carol Auditor/ }).click();
  await chooseScope(form, 'rg-dev');
  await form.getByLabel(/^Role/).selectOption({ label: 'Reader' });
  await form.getByLabel('Justification').fill('Audit of the development resources');

  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Check passed' })).toContainText('nothing was saved');

  await form.getByRole('button', { name: 'Assign' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Assigned' })).toContainText('Reader for Carol Auditor at rg-dev');
  await form.getByRole('button', { name: 'Close' }).click();

  await chooseScope(filtersOf(page), 'rg-dev');
  const row = resultsOf(page).getByRole('row').filter({ hasText: 'Carol Auditor' });
  await expect(row).toContainText('Reader');
  await expect(row).toContainText('Eligible');

  await row.getByRole('button', { name: 'Remove Reader for Carol Auditor at rg-dev' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove assignment' });
  await dialog.getByLabel('Justification').fill('Audit finished');
  await dialog.getByRole('button', { name: 'Remove assignment' }).click();
  await expect(dialog).toBeHidden();
  await expect(resultsOf(page).getByText('No assignments match these filters.')).toBeVisible();
  await context.close();
});
