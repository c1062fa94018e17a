import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startOpenIdProvider, type TestOpenIdProvider } from '../server/test/support/openid-provider.mjs';
import { startSmtpSink } from '../server/test/support/sinks';
import { graphql } from './support/api';
import { OWN_API_PORT, OWN_SMTP_PORT, OWN_WEB_PORT, ownTenantDatabaseFile } from './support/ports';
import { totp } from './support/totp';

/**
 * A tenant of one's own, from nobody: the operator runs bootstrap-admin on the server's host (the built CLI, against the
 * product's database), opens the setup link it prints, sets a password, enrols an authenticator from the page's key and
 * enters its code, and is signed in as the Global Administrator. The product here is the second one of the run, started
 * with SEED_DEMO=false (playwright.config.ts).
 */
test.use({ baseURL: `http://localhost:${OWN_WEB_PORT}` });
test.setTimeout(120_000);

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, [path.resolve(__dirname, '../server/dist/cli.js'), ...args], {
    env: { ...process.env, DATABASE_URL: readFileSync(ownTenantDatabaseFile(), 'utf8').trim(), WEB_PORT: String(OWN_WEB_PORT), LOG_LEVEL: 'error' },
  });

// The product's mail server for this spec (SMTP_URL of the second product points here), and the OpenID Provider of a
// guests' home organisation (panva's oidc-provider on 127.0.0.1).
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let fabrikam: TestOpenIdProvider;
test.beforeAll(async () => {
  smtp = await startSmtpSink(OWN_SMTP_PORT);
  fabrikam = await startOpenIdProvider({
    redirectUris: [`http://localhost:${OWN_API_PORT}/auth/oidc/callback`, `http://127.0.0.1:${OWN_API_PORT}/auth/oidc/callback`],
    accounts: { 'gina-at-fabrikam': { claims: { email: 'gina@fabrikam.example', email_verified: true, name: 'Gina Guest' }, amr: ['pwd', 'mfa'] } },
  });
});
test.afterAll(async () => {
  await Promise.all([smtp?.stop(), fabrikam?.stop()]);
});
test.describe.configure({ mode: 'serial' });

test('the first administrator: bootstrap-admin prints a setup link; the setup page sets a password and an authenticator and signs in', async ({ page }) => {
  const { stdout } = await cli('bootstrap-admin', '--email', 'root@northwind.example', '--name', 'Nora Northwind');
  const link = /http:\/\/\S+\/setup\?token=\S+/.exec(stdout)?.[0];
  expect(link, stdout).toBeTruthy();
  // While that link is unused, a second bootstrap is refused.
  await expect(cli('bootstrap-admin', '--email', 'other@northwind.example', '--name', 'Other')).rejects.toMatchObject({ code: 1 });

  await page.goto(new URL(link ?? '').pathname + new URL(link ?? '').search);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up the first administrator' })).toBeVisible();
  await expect(page.getByText('Nora Northwind (root@northwind.example) becomes Global Administrator')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code of the authenticator key/ }).locator('svg')).toHaveCount(1);
  // The page passes axe (WCAG 2.1 A/AA), and reflows on a small phone.
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate<number>('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });

  const password = page.getByLabel('New password');
  const code = page.getByLabel('Code from the app');
  await password.fill('north wind blows at dawn');
  await page.getByLabel('Password again').fill('north wind blows at dusk');
  await code.fill('000000');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The two passwords are not the same');
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Password again').fill('north wind blows at dawn');
  const key = ((await page.locator('.totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(key).toMatch(/^[A-Z2-7]{16,}$/);
  await code.fill(totp(key));
  await page.getByRole('button', { name: 'Set password and sign in' }).click();

  await expect(page).toHaveURL(/\/my-roles$/);
  await expect(page.getByLabel('Signed in user')).toContainText('Nora Northwind');
  await expect(page.getByRole('region', { name: 'Active roles' }).getByRole('row', { name: /^Global Administrator/ })).toBeVisible();

  // The link is spent: its page says so and offers sign-in.
  await page.goto(new URL(link ?? '').pathname + new URL(link ?? '').search);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link does not work');
  // Now that a Global Administrator is in force, bootstrap-admin is refused.
  await expect(cli('bootstrap-admin', '--email', 'late@northwind.example', '--name', 'Late', '--replace')).rejects.toMatchObject({ code: 1 });
});

test('the administrator invites a person by email; they accept in their own browser and sign in holding nothing', async ({ browser }) => {
  // Nora, signed in again with the password she chose (the first test's session was in its own context).
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await page.getByLabel('Email').fill('root@northwind.example');
  await page.getByLabel('Password').fill('north wind blows at dawn');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A Global Administrator lands on the Overview.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.goto('/people');
  await page.getByRole('button', { name: 'Invite a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a person' });
  await expect(dialog.getByLabel('Email')).toBeFocused();
  await dialog.getByLabel('Guest from another organisation').check();
  await expect(dialog.getByLabel('Home organisation')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await dialog.getByLabel('Member of this organisation').check();
  // A bad address is refused by the server with its field marked; nothing is created.
  await dialog.getByLabel('Email').fill('omar@northwind');
  await dialog.getByLabel('Name').fill('Omar Okafor');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByRole('alert')).toContainText('email address');
  await expect(dialog.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Email').fill('omar@northwind.example');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Notifications', exact: true })).toContainText('Invitation sent to omar@northwind.example');
  await expect(page.getByRole('table', { name: 'People' }).getByRole('row', { name: /Omar Okafor/ })).toBeVisible();

  // The mail arrives at the real SMTP server, with its link.
  await expect.poll(() => smtp.mails.filter((mail) => mail.to.includes('omar@northwind.example')).length, { timeout: 30_000 }).toBe(1);
  const mail = smtp.mails.find((m) => m.to.includes('omar@northwind.example'));
  expect(mail?.subject).toBe('[Elevate] Nora Northwind invited you to Elevate');
  const link = /http:\/\/localhost:\d+\/invitation\?token=[\w%-]+/.exec(mail?.text ?? '')?.[0] ?? '';
  expect(link).not.toBe('');

  const invitee = await browser.newContext();
  const omar = await invitee.newPage();
  await omar.goto(new URL(link).pathname + new URL(link).search);
  await expect(omar.getByRole('heading', { level: 1, name: 'Welcome, Omar Okafor' })).toBeVisible();
  await omar.getByLabel('New password').fill('okafor keeps the keys');
  await omar.getByLabel('Password again').fill('okafor keeps the keys');
  const key = ((await omar.locator('.totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  await omar.getByLabel('Code from the app').fill(totp(key));
  await omar.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(omar).toHaveURL(/\/my-roles$/);
  await expect(omar.getByLabel('Signed in user')).toContainText('Omar Okafor');
  // An invitation makes nobody an administrator: no Invite button for him.
  await omar.goto('/people');
  await expect(omar.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(omar.getByRole('table', { name: 'People' })).toBeVisible();
  await expect(omar.getByRole('button', { name: 'Invite a person' })).toHaveCount(0);
  await Promise.all([admin.close(), invitee.close()]);
});

test('the administrator shapes the tree and gives the new person Reader; disabling him takes it from his open dashboard', async ({ browser }) => {
  const admin = await browser.newContext();
  const page = await admin.newPage();
  const signIn = async (target: typeof page, email: string, password: string, landing: 'Overview' | 'My roles') => {
    await target.goto('/sign-in');
    await expect(target.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await target.getByLabel('Email').fill(email);
    await target.getByLabel('Password').fill(password);
    await target.getByRole('button', { name: 'Sign in' }).click();
    await expect(target.getByRole('heading', { level: 1, name: landing })).toBeVisible();
  };
  await signIn(page, 'root@northwind.example', 'north wind blows at dawn', 'Overview');

  // A subscription under the root, a resource group under it, a resource under that: each made where the last one is.
  await page.goto('/scopes');
  await page.getByRole('treeitem', { name: /^\/ Tenant/ }).click();
  const panel = page.getByRole('region', { name: '/' });
  const newScope = async (kind: string, name: string) => {
    await page.getByRole('button', { name: 'New scope here' }).click();
    const dialog = page.getByRole('dialog', { name: /^New scope under/ });
    await dialog.getByLabel('Kind').selectOption({ label: kind });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create scope' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  };
  await expect(panel.getByRole('button', { name: 'New scope here' })).toBeVisible();
  await newScope('Subscription', 'Northwind Cloud');
  // A name taken among the siblings is refused by the server, in words.
  await page.getByRole('treeitem', { name: /^\/ Tenant/ }).click();
  await page.getByRole('button', { name: 'New scope here' }).click();
  const again = page.getByRole('dialog', { name: /^New scope under/ });
  await again.getByLabel('Kind').selectOption({ label: 'Subscription' });
  await again.getByLabel('Name').fill('northwind cloud');
  await again.getByRole('button', { name: 'Create scope' }).click();
  await expect(again.getByRole('alert')).toContainText('exists there already');
  await again.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('treeitem', { name: /^Northwind Cloud Subscription/ }).click();
  await newScope('Resource group', 'rg-north');
  await newScope('Resource', 'vm-north');

  // Reader for Omar at the subscription, as an active assignment.
  await page.goto('/assignments');
  await page.getByRole('button', { name: 'Add assignment' }).click();
  const form = page.getByRole('region', { name: 'Add assignment' });
  await form.getByRole('combobox', { name: /Principal/ }).fill('omar');
  await form.getByRole('option', { name: /Omar Okafor/ }).click();
  const picker = form.getByRole('group', { name: /Scope/ });
  await picker.getByRole('button', { name: /^(Choose|Change) scope$/ }).click();
  await picker.getByLabel('Search scopes').fill('Northwind Cloud');
  await picker.getByRole('button', { name: /^Northwind Cloud\b/ }).click();
  await form.getByLabel(/^Role/).selectOption({ label: 'Reader' });
  await form.getByLabel('Active').check();
  await form.getByLabel('Justification').fill('Reads the Northwind resources');
  await form.getByRole('button', { name: 'Assign' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Assigned' })).toContainText('Reader for Omar Okafor at Northwind Cloud');

  // At the resource, Omar holds it (inherited from the subscription).
  await page.goto('/scopes');
  // Down the tree by keyboard: Right opens an item, Down goes to its first child.
  await page.getByRole('treeitem', { name: /^Northwind Cloud Subscription/ }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('treeitem', { name: /^rg-north Resource group/ }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('treeitem', { name: /^vm-north Resource/ }).click();
  await expect(page.getByRole('table', { name: 'Assignments at vm-north' }).getByRole('row', { name: /Omar Okafor/ })).toContainText('Reader');

  // Omar's own dashboard shows it, live.
  const invitee = await browser.newContext();
  const omar = await invitee.newPage();
  await signIn(omar, 'omar@northwind.example', 'okafor keeps the keys', 'My roles');
  await expect(omar.getByRole('region', { name: 'Active roles' }).getByRole('row', { name: /^Reader/ })).toContainText('Northwind Cloud');

  // Nora disables him: his open dashboard is signed out at once, and he cannot come back.
  await page.goto('/people');
  await page.getByRole('table', { name: 'People' }).getByRole('link', { name: 'Omar Okafor' }).click();
  await page.getByRole('button', { name: 'Disable' }).click();
  const disable = page.getByRole('dialog', { name: 'Disable Omar Okafor' });
  await expect(disable).toContainText('They hold nothing from this moment');
  await disable.getByLabel(/Justification/).fill('Left Northwind');
  await disable.getByRole('button', { name: 'Disable' }).click();
  await expect(disable).toBeHidden();
  await expect(page.getByRole('region', { name: 'Details' }).getByText('Disabled: holds nothing')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Effective access' })).toContainText('Omar Okafor holds no active role.');

  await expect(omar).toHaveURL(/\/sign-in/, { timeout: 30_000 });
  await expect(omar.getByRole('region', { name: 'Active roles' })).toHaveCount(0);
  await omar.getByLabel('Email').fill('omar@northwind.example');
  await omar.getByLabel('Password').fill('okafor keeps the keys');
  await omar.getByRole('button', { name: 'Sign in' }).click();
  await expect(omar.getByRole('main').getByRole('alert')).toBeVisible();
  await expect(omar).toHaveURL(/\/sign-in/);
  await Promise.all([admin.close(), invitee.close()]);
});

test('a guest invited through their home organisation accepts by signing in there; their page shows the binding, and passwords go off', async ({ browser }) => {
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await page.getByLabel('Email').fill('root@northwind.example');
  await page.getByLabel('Password').fill('north wind blows at dawn');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A Global Administrator lands on the Overview.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // Arranged through the API (the Identity providers page has its own spec): Fabrikam, a home organisation of guests.
  await graphql(
    admin.request,
    'mutation ($input: IdentityProviderInput!) { createIdentityProvider(input: $input) { id } }',
    { input: { name: 'Fabrikam', issuer: fabrikam.issuer, clientId: fabrikam.clientId, clientSecret: fabrikam.clientSecret, guest: true, homeOrganization: 'Fabrikam' } },
    OWN_API_PORT,
  );

  await page.goto('/people');
  await page.getByRole('button', { name: 'Invite a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a person' });
  await dialog.getByLabel('Email').fill('gina@fabrikam.example');
  await dialog.getByLabel('Name').fill('Gina Guest');
  await dialog.getByLabel('Guest from another organisation').check();
  await dialog.getByLabel('Home organisation').fill('Fabrikam');
  await dialog.getByLabel('Accepts the invitation by').selectOption({ label: 'Signing in with Fabrikam' });
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Notifications', exact: true })).toContainText('accepts it by signing in with Fabrikam');

  await expect.poll(() => smtp.mails.filter((mail) => mail.to.includes('gina@fabrikam.example')).length, { timeout: 30_000 }).toBe(1);
  const mail = smtp.mails.find((m) => m.to.includes('gina@fabrikam.example'));
  expect(mail?.text).toContain('Accept by signing in with Fabrikam');
  const link = /http:\/\/localhost:\d+\/invitation\?token=[\w%-]+/.exec(mail?.text ?? '')?.[0] ?? '';
  expect(link).not.toBe('');

  // The invitation page offers only Fabrikam: no password is set here.
  const guest = await browser.newContext();
  const gina = await guest.newPage();
  await gina.goto(new URL(link).pathname + new URL(link).search);
  await expect(gina.getByRole('heading', { level: 1, name: 'Welcome, Gina Guest' })).toBeVisible();
  await expect(gina.getByLabel('New password')).toHaveCount(0);
  await gina.getByRole('link', { name: 'Sign in with Fabrikam' }).click();
  await expect(gina.getByRole('heading', { name: 'Sign in to the test identity provider' })).toBeVisible();
  await gina.getByLabel('Account').fill('gina-at-fabrikam');
  await gina.getByRole('button', { name: 'Sign in' }).click();
  await expect(gina).toHaveURL(/\/my-roles$/);
  await expect(gina.getByLabel('Signed in user')).toContainText('Gina Guest');

  // Her page tells Nora how she signs in; Nora turns passwords off for her.
  await page.goto('/people');
  await page.getByRole('table', { name: 'People' }).getByRole('link', { name: 'Gina Guest' }).click();
  const signIn = page.getByRole('region', { name: 'Sign-in' });
  await expect(signIn.getByRole('table', { name: 'Identity providers Gina Guest signs in through' }).getByRole('row', { name: /Fabrikam/ })).toContainText('gina-at-fabrikam');
  await expect(signIn).toContainText('Signs in with a password and an authenticator');
  await signIn.getByRole('button', { name: 'Turn password sign-in off' }).click();
  await expect(signIn).toContainText('Off: signs in only through an identity provider');
  await expect(signIn.getByRole('button', { name: 'Turn password sign-in on' })).toBeVisible();
  await Promise.all([admin.close(), guest.close()]);
});
