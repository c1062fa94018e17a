import { expect, test } from '@playwright/test';
import { contextAs } from './support/personas';

test.setTimeout(120_000);

/**
 * Identity providers (Global Administrators): the callback URL to register, the form's own checks, connecting a
 * provider (an .invalid issuer: it does not resolve, so the server may refuse it as unreachable — then the refusal is
 * shown in words), and disabling it through Edit. Someone else is told they may not use the page.
 */
test('an admin connects an identity provider, sees the form’s checks, and disables it through Edit', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  try {
    const page = await admin.newPage();
    await page.goto('/identity-providers');
    await expect(page.getByRole('heading', { level: 1, name: 'Identity providers' })).toBeVisible();
    await expect(page.getByTestId('idp-callback-url')).toHaveText(/^https?:\/\/[^/]+\/auth\/oidc\/callback$/);

    await page.getByRole('button', { name: 'Connect identity provider' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect identity provider' });
    await expect(dialog.getByRole('heading', { name: 'Connect identity provider' })).toBeVisible();

    // Sent empty: the form says what is missing, field by field, and sends nothing.
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('3 fields need attention');
    await expect(dialog.getByText('Enter a name.')).toBeVisible();
    await expect(dialog.getByText('Enter the issuer URL.')).toBeVisible();
    await expect(dialog.getByText('Enter the client id.')).toBeVisible();
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    // A guest provider needs its home organisation and cannot create members.
    await dialog.getByRole('checkbox', { name: /^Guests/ }).check();
    await dialog.getByRole('checkbox', { name: /^Create members/ }).check();
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(dialog.getByText('A guest provider needs its home organisation.')).toBeVisible();
    await expect(dialog.getByText('A guest provider cannot create members: uncheck one of the two.')).toBeVisible();
    await dialog.getByRole('checkbox', { name: /^Guests/ }).uncheck();
    await dialog.getByRole('checkbox', { name: /^Create members/ }).uncheck();

    await dialog.getByLabel('Name', { exact: true }).fill('Spec IdP');
    await dialog.getByLabel('Issuer URL').fill('https://login.spec-idp.invalid');
    await dialog.getByLabel('Client id').fill('spec-client');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();

    const table = page.getByRole('table', { name: 'Identity providers' });
    const row = table.getByRole('row', { name: /Spec IdP/ });
    const refused = dialog.locator('.alert-error[data-code]');
    await expect(row.or(refused)).toBeVisible();
    if (await refused.isVisible()) {
      // The server would not connect it (its issuer cannot be reached from here): said in words, in the dialog.
      await expect(refused).toContainText('Check the input');
      await expect(refused).toContainText(/issuer/i);
      return;
    }

    await expect(dialog).toHaveCount(0);
    await expect(row).toContainText('enabled');

    await row.getByRole('button', { name: 'Edit Spec IdP' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Spec IdP' });
    await expect(edit.getByText(/Leave empty to keep the current secret/)).toBeVisible();
    const enabled = edit.getByRole('checkbox', { name: /^Enabled/ });
    await expect(enabled).toBeChecked();
    await enabled.uncheck();
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(edit).toHaveCount(0);
    await expect(row).toContainText('disabled');
  } finally {
    await admin.close();
  }
});

test('someone who is not a Global Administrator is told they may not use Identity providers', async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  try {
    const page = await alice.newPage();
    await page.goto('/identity-providers');
    // The page's heading stays; under it, that she may not use it, with nothing to try again.
    await expect(page.getByRole('heading', { level: 1, name: 'Identity providers' })).toBeVisible();
    await expect(page.getByRole('main').getByText('You may not use this page.')).toBeVisible();
    await expect(page.getByRole('main').getByText('Only Global Administrators manage identity providers.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Identity providers' })).toHaveCount(0);
  } finally {
    await alice.close();
  }
});
