import { expect, test } from '@playwright/test';
import { contextAs } from './support/personas';

test("Dave's roles: Owner active at Production, Contributor eligible at Development, nothing scheduled", async ({ browser }) => {
  const context = await contextAs(browser, 'dave');
  const page = await context.newPage();
  await page.goto('/my-roles');
  const eligible = page.getByRole('region', { name: 'Eligible roles' });
  const active = page.getByRole('region', { name: 'Active roles' });
  await expect(eligible.getByRole('row', { name: /Contributor.*Development/ })).toBeVisible();
  await expect(active.getByRole('row', { name: /Owner.*Production/ })).toBeVisible();
  await expect(active.getByRole('row', { name: /Owner.*Production/ })).toContainText('direct');
  // Header + one (access-reviews.spec gives him a Contributor eligibility at rg-dev of its own for a few seconds, to review it away).
  await expect(eligible.getByRole('row').filter({ hasNotText: 'rg-dev' })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Scheduled' }).getByText('No assignments are scheduled to start later.')).toBeVisible();
  await context.close();
});
