import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, personas } from './support/personas';
import { totp, unusedTotp } from './support/totp';

test('sign-in with an authenticator code marks the session as MFA-verified', async ({ page }) => {
  await page.goto('/my-roles');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmy-roles$/);
  await page.getByLabel('Email').fill(personas.pra.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByLabel('Also verify with my authenticator app now').check();
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'Verify with your authenticator' })).toBeVisible();
  // A code from ten minutes ago is refused, with the server's reason.
  await page.getByLabel('Authentication code').fill(totp(DEMO_TOTP_SECRET, Date.now() - 10 * 60_000));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveAttribute('data-code', 'MFA_REQUIRED');

  await page.getByLabel('Authentication code').fill(await unusedTotp(DEMO_TOTP_SECRET, personas.pra.email));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My roles' })).toBeVisible();
  await expect(page.getByText(/^MFA verified/)).toBeVisible();
  await expect(page.getByLabel('Signed in user')).toContainText('Priya Role-Admin');
  await expect(page.getByRole('region', { name: 'Eligible roles' }).getByRole('row', { name: /Privileged Role Administrator/ })).toBeVisible();
});

test('a wrong password is refused; after signing in the page asked for opens; signing out ends the session', async ({ page }) => {
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople$/);
  await page.getByLabel('Email').fill('erin@fabrikam.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveAttribute('data-code', 'UNAUTHENTICATED');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The email or password is incorrect');

  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByLabel('Signed in user')).toContainText('Erin Guest');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/assignments');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fassignments$/);
});
