import { expect, test } from '@playwright/test';
import { startOpenIdProvider, type TestOpenIdProvider } from '../server/test/support/openid-provider.mjs';
import { graphql } from './support/api';
import { contextAs } from './support/personas';
import { API_PORT } from './support/ports';

test.setTimeout(120_000);

let idp: TestOpenIdProvider;
test.beforeAll(async () => {
  idp = await startOpenIdProvider({
    redirectUris: [`http://localhost:${API_PORT}/auth/oidc/callback`, `http://127.0.0.1:${API_PORT}/auth/oidc/callback`],
    accounts: { 'sam-at-idp': { claims: { email: 'sam.single@contoso.test', email_verified: true, name: 'Sam Single-Sign-On' }, amr: ['pwd', 'mfa'] } },
  });
});
test.afterAll(async () => idp?.stop());

/**
 * Single sign-on in the browser: the sign-in page offers the organisation's provider; its own login page signs the
 * person in there; they come back signed in (a new member, since this provider may create them), MFA-fresh from the
 * provider's `amr`. A real OpenID Provider (panva's oidc-provider) on 127.0.0.1.
 */
test('a person signs in through the identity provider’s login page and lands in the dashboard, signed in', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const made = await graphql<{ createIdentityProvider: { id: string } }>(
    admin.request,
    'mutation ($input: IdentityProviderInput!) { createIdentityProvider(input: $input) { id } }',
    { input: { name: 'Contoso Test IdP', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, createMembers: true } },
  );
  const providerId = made.createIdentityProvider.id;
  try {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto('/sign-in?next=/my-roles');
    const offer = page.getByRole('navigation', { name: 'Sign in with your organisation' }).getByRole('link', { name: 'Sign in with Contoso Test IdP' });
    await offer.click();
    await expect(page.getByRole('heading', { name: 'Sign in to the test identity provider' })).toBeVisible();
    await page.getByLabel('Account').fill('sam-at-idp');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/my-roles$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My roles' })).toBeVisible();
    await expect(page.getByText('Sam Single-Sign-On').first()).toBeVisible();
    const session = await graphql<{ viewer: { displayName: string }; viewerSession: { mfaAt: string | null } }>(visitor.request, '{ viewer { displayName } viewerSession { mfaAt } }');
    expect(session.viewer.displayName).toBe('Sam Single-Sign-On');
    expect(session.viewerSession.mfaAt).not.toBeNull();
    await visitor.close();

    // A refused sign-in comes back to the sign-in page, saying why in words.
    const stranger = await browser.newContext();
    const again = await stranger.newPage();
    await again.goto('/sign-in?sso=unknown_person');
    // Scoped to the form: Next's route announcer is an (empty) alert of its own.
    await expect(again.locator('form').getByRole('alert')).toContainText('nobody here is you yet');
    await stranger.close();
  } finally {
    // Other specs' sign-in page does not offer a provider that stops with this spec.
    await graphql(admin.request, 'mutation ($id: ID!, $input: IdentityProviderInput!) { updateIdentityProvider(id: $id, input: $input) { id } }', {
      id: providerId,
      input: { name: 'Contoso Test IdP', issuer: idp.issuer, clientId: idp.clientId, createMembers: true, enabled: false },
    });
    await admin.close();
  }
});
