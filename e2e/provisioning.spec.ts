import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contextAs } from './support/personas';

/**
 * Provisioning (SCIM tokens), for Global Administrators only: a token is made in the page and shown once, the identity
 * provider's request with it is let in at the SCIM endpoint the page names, and once it is revoked in the page the same
 * request is refused. Anyone else is told they may not use it.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** What an identity provider asks first: the endpoint's configuration, with the token as its bearer. */
async function serviceProviderConfig(scimUrl: string, token: string): Promise<number> {
  const response = await fetch(`${scimUrl}/ServiceProviderConfig`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/scim+json' } });
  return response.status;
}

/** Opens My roles, where the shell and its navigation are. */
async function openShell(page: Page): Promise<void> {
  await page.goto('/my-roles');
  await expect(page.getByRole('heading', { level: 1, name: 'My roles' })).toBeVisible();
}

test('an admin makes a SCIM token, sees it once, it provisions until it is revoked in the page', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  await admin.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await admin.newPage();
    await openShell(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Provisioning' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Provisioning' })).toBeVisible();

    // The endpoint to give the identity provider: the API's origin + /scim/v2, with a copy button.
    const endpoint = page.getByLabel('SCIM endpoint URL');
    await expect(endpoint).toHaveValue(/^https?:\/\/[^/]+\/scim\/v2$/);
    const scimUrl = await endpoint.inputValue();
    await page.getByRole('button', { name: 'Copy SCIM endpoint URL' }).click();
    await expect(page.getByRole('region', { name: 'SCIM endpoint' }).getByRole('status')).toHaveText('Copied to the clipboard.');

    // The form says what is missing before it asks the server.
    await page.getByRole('button', { name: 'New SCIM token' }).click();
    const dialog = page.getByRole('dialog', { name: 'New SCIM token' });
    await dialog.getByRole('button', { name: 'Create token' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('One field needs attention.');
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Name the token after the identity provider that uses it.')).toBeVisible();
    await dialog.getByLabel('Expires in (days, optional)').fill('0');
    const name = `Entra ID ${Date.now()}`;
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create token' }).click();
    await expect(dialog.getByLabel('Expires in (days, optional)')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('Expires in (days, optional)').fill('30');
    await dialog.getByRole('button', { name: 'Create token' }).click();

    // Shown once.
    await expect(dialog.getByRole('heading', { name: 'Copy the token now' })).toBeVisible();
    const tokenField = dialog.getByLabel('SCIM token', { exact: true });
    await expect(tokenField).toHaveValue(/\S{20,}/);
    const token = await tokenField.inputValue();
    await dialog.getByRole('button', { name: 'Copy SCIM token' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);

    const tokens = page.getByRole('table', { name: 'SCIM tokens' });
    const row = tokens.getByRole('row', { name: new RegExp(escape(name)) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Valid');
    await expect(row).toContainText('Never');
    await expect(page.getByText(token)).toHaveCount(0);
    await expect(page.getByLabel('SCIM token', { exact: true })).toHaveCount(0);

    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect.soft(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    // The identity provider's first request is let in.
    expect(await serviceProviderConfig(scimUrl, token)).toBe(200);

    // Revoked in the page, after a confirmation.
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke SCIM token' });
    await expect(confirm.getByRole('heading', { name: `Revoke ${name}?` })).toBeVisible();
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(row).toContainText('Revoked');
    await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);

    // The same request is now refused.
    expect(await serviceProviderConfig(scimUrl, token)).toBe(401);
  } finally {
    await admin.close();
  }
});

test('someone who is not a Global Administrator is told they may not use Provisioning', async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  try {
    const page = await alice.newPage();
    await page.goto('/provisioning');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Provisioning' })).toBeVisible();
    await expect(main.getByText('You may not use this page.')).toBeVisible();
    await expect(main.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New SCIM token' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'SCIM tokens' })).toHaveCount(0);
  } finally {
    await alice.close();
  }
});
