import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs, DEMO_TOTP_SECRET, personas } from './support/personas';
import { unusedTotp } from './support/totp';

test('an assignment whose settings demand MFA asks for the authenticator code, then goes through', async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  // Arrange: active Reader assignments at kv-secrets require a fresh MFA of the admin making them.
  const { roleDefinitions, scopes } = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[] }>(
    context.request,
    'query { roleDefinitions(kind: RESOURCE) { id name } scopes(search: "kv-secrets") { id } }',
  );
  const reader = roleDefinitions.find((role) => role.name === 'Reader');
  expect(reader).toBeDefined();
  await graphql(
    context.request,
    'mutation ($roleId: ID!, $scopeId: ID) { updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: { assignment: { requireMfaOnActive: true } }) { isDefault } }',
    { roleId: reader?.id, scopeId: scopes[0].id },
  );

  const page = await context.newPage();
  await page.goto('/assignments');
  await page.getByRole('button', { name: 'Add assignment' }).click();
  const form = page.getByRole('region', { name: 'Add assignment' });
  await form.getByRole('combobox', { name: /Principal/ }).fill('alice');
  await form.getByRole('option', { name: /Alice Analyst/ }).click();
  await form.getByRole('button', { name: 'Choose scope' }).click();
  await form.getByLabel('Search scopes').fill('kv-secrets');
  await form.getByRole('button', { name: /^kv-secrets/ }).click();
  await form.getByLabel(/^Role/).selectOption({ label: 'Reader' });
  await form.getByLabel('Active').check();
  await form.getByLabel('Duration', { exact: true }).fill('8');
  await form.getByLabel('Duration unit').selectOption('hours');
  await form.getByLabel('Justification').fill('Key rotation');
  await form.getByRole('button', { name: 'Assign' }).click();

  const stepUp = form.getByRole('form', { name: 'Verify with your authenticator' });
  await expect(stepUp).toContainText('require a fresh MFA verification');
  await stepUp.getByLabel('Authentication code').fill(await unusedTotp(DEMO_TOTP_SECRET, personas.admin.email));
  await stepUp.getByRole('button', { name: 'Verify' }).click();

  await expect(form.getByRole('status').filter({ hasText: 'Assigned' })).toContainText('Active Reader for Alice Analyst at kv-secrets');
  await expect(page.getByText(/^MFA verified/)).toBeVisible();
  await context.close();
});
