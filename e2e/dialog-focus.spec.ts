import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { graphql, withdrawRoles } from './support/api';
import { focused, tabTo } from './support/keyboard';
import { contextAs, DEMO_PASSWORD, DEMO_TOTP_SECRET, personas } from './support/personas';
import { unusedTotp } from './support/totp';

// Keyboard only: after the page is open, every step is a key press, and each dialog's close is checked by where focus
// is (document.activeElement). The role is Billing Administrator at the root, which this spec alone makes alice eligible
// for (before its first test) and which no other spec touches, so that specs running alongside never meet its requests;
// the tests run in order in one worker (the second makes the role need bob's approval, then puts it back).
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const ROLE = 'Billing Administrator';
let ROLE_AT = '';

async function roleIds(request: APIRequestContext): Promise<{ roleId: string; scopeId: string; scopeName: string; aliceId: string; bobId: string }> {
  const data = await graphql<{
    roleDefinitions: { id: string; name: string }[];
    scopes: { id: string; name: string }[];
    principals: { edges: { node: { id: string; displayName: string } }[] };
  }>(request, 'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id name } principals(type: USER, first: 50) { edges { node { id displayName } } } }');
  const person = (name: string) => data.principals.edges.find((edge) => edge.node.displayName === name)?.node.id ?? '';
  return {
    roleId: data.roleDefinitions.find((role) => role.name === ROLE)?.id ?? '',
    scopeId: data.scopes[0].id,
    scopeName: data.scopes[0].name,
    aliceId: person(personas.alice.name),
    bobId: person(personas.bob.name),
  };
}

test.beforeAll(async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const ids = await roleIds(admin.request);
  expect(ids.roleId).not.toBe('');
  ROLE_AT = `${ROLE} at ${ids.scopeName}`;
  await graphql(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
    input: { principalId: ids.aliceId, roleId: ids.roleId, scopeId: ids.scopeId, type: 'ELIGIBLE', duration: 'P30D', justification: 'dialog-focus e2e' },
  });
  await admin.close();
});

test('alice activates a role by keyboard: focus comes back after Escape, Cancel and Close; the start is one Tab stop', async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  const ids = await roleIds(alice.request);
  await withdrawRoles(alice.request, ids.aliceId, [ROLE]);
  const page = await alice.newPage();
  await page.goto('/my-roles');
  const eligible = page.getByRole('region', { name: 'Eligible roles' });
  const row = eligible.getByRole('row', { name: new RegExp(`^${ROLE}`) });
  const activate = eligible.getByRole('button', { name: `Activate ${ROLE_AT}` });
  const dialog = page.getByRole('dialog', { name: `Activate ${ROLE}` });
  const justification = dialog.getByLabel(/^Justification/);

  // Escape: back on the Activate button.
  await tabTo(page, activate);
  await page.keyboard.press('Enter');
  await expect(justification).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(activate).toBeFocused();
  expect(await focused(page)).toBe(`button: Activate ${ROLE_AT}`);

  // Cancel: back on the Activate button too.
  await page.keyboard.press('Enter');
  await expect(justification).toBeFocused();
  await tabTo(page, dialog.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(activate).toBeFocused();

  // The duration offered is an hour, not the role's maximum; the start is one Tab stop ("Now"), then what follows it.
  await page.keyboard.press('Enter');
  const duration = dialog.getByRole('slider');
  await expect(duration).toHaveAttribute('aria-valuetext', '1 h');
  await tabTo(page, dialog.getByRole('radio', { name: 'Now' }));
  await expect(dialog.getByRole('radio', { name: 'Now' })).toBeChecked();
  await expect(dialog.getByLabel('Start at')).toHaveCount(0);
  await page.keyboard.press('Tab');
  const code = dialog.getByLabel('Authentication code');
  const submit = dialog.getByRole('button', { name: 'Activate', exact: true });
  await expect((await code.isVisible()) ? code : submit).toBeFocused();
  // "Later" (an arrow key in the radio group) brings the date field; "Now" takes it away again.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Later' })).toBeChecked();
  await expect(dialog.getByLabel('Start at')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByLabel('Start at')).toHaveCount(0);

  // 1 h 30 min (one step of the slider), a reason, the code when asked: activate.
  await tabTo(page, duration);
  await page.keyboard.press('ArrowRight');
  await expect(duration).toHaveAttribute('aria-valuetext', '1 h 30 min');
  await tabTo(page, justification);
  await page.keyboard.type('Keyboard only');
  if (await code.isVisible()) {
    await tabTo(page, code);
    await page.keyboard.type(await unusedTotp(DEMO_TOTP_SECRET, personas.alice.email));
  }
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Active until');
  const close = dialog.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();

  // Close: the Activate button is gone (the role is active): focus is on its row, which says until when.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(activate).toHaveCount(0);
  await expect(row).toContainText('Active until');
  await expect(row).toBeFocused();

  // Deactivate: its row leaves "Active roles"; focus goes to the section, not to <body>.
  const activeRoles = page.getByRole('region', { name: 'Active roles' });
  await tabTo(page, activeRoles.getByRole('button', { name: `Deactivate ${ROLE_AT}` }));
  await page.keyboard.press('Enter');
  const deactivate = page.getByRole('dialog', { name: `Deactivate ${ROLE}` });
  await tabTo(page, deactivate.getByRole('button', { name: 'Deactivate', exact: true }));
  await page.keyboard.press('Enter');
  await expect(deactivate).toBeHidden();
  await expect(activeRoles.getByRole('row', { name: new RegExp(`^${ROLE}`) })).toHaveCount(0);
  // Its table, when other roles are still active, or its heading.
  await expect(activeRoles.locator('table:focus, h2:focus')).toHaveCount(1);
  expect(await focused(page)).not.toBe('body');

  // The last choice is remembered for this role.
  await tabTo(page, activate);
  await page.keyboard.press('Enter');
  await expect(duration).toHaveAttribute('aria-valuetext', '1 h 30 min');
  await page.keyboard.press('Escape');
  await expect(activate).toBeFocused();
  await alice.close();
});

type Ids = Awaited<ReturnType<typeof roleIds>>;

const APPROVAL = `mutation ($roleId: ID!, $on: Boolean!, $approvers: [ID!]!) {
  updateRoleSettings(roleId: $roleId, input: { activation: { requireApproval: $on, approvalStages: [{ approverIds: $approvers }] } }) { isDefault } }`;

/** Runs `steps` while the role needs bob's approval and alice has a fresh request for it waiting; puts all back after. */
async function withAlicesRequest(browser: Browser, justification: string, steps: (people: { alice: BrowserContext; bob: BrowserContext; ids: Ids }) => Promise<void>) {
  const [admin, alice, bob] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'alice'), contextAs(browser, 'bob')]);
  const ids = await roleIds(admin.request);
  await graphql(admin.request, APPROVAL, { roleId: ids.roleId, on: true, approvers: [ids.bobId] });
  try {
    await withdrawRoles(alice.request, ids.aliceId, [ROLE]);
    const { viewerSession } = await graphql<{ viewerSession: { mfaFreshUntil: string | null } }>(alice.request, 'query { viewerSession { mfaFreshUntil } }');
    const fresh = viewerSession.mfaFreshUntil && new Date(viewerSession.mfaFreshUntil).getTime() > Date.now() + 60_000;
    await graphql(alice.request, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }', {
      input: {
        roleId: ids.roleId,
        scopeId: ids.scopeId,
        duration: 'PT1H',
        justification,
        mfaCode: fresh ? null : await unusedTotp(DEMO_TOTP_SECRET, personas.alice.email),
      },
    });
    await steps({ alice, bob, ids });
  } finally {
    await graphql(admin.request, APPROVAL, { roleId: ids.roleId, on: false, approvers: [] });
    await withdrawRoles(alice.request, ids.aliceId, [ROLE]);
    await Promise.all([admin.close(), alice.close(), bob.close()]);
  }
}

test('bob approves by keyboard: focus comes back after Escape and Close, to Deny as to Approve, and stays on the page when the row leaves', async ({ browser }) => {
  await withAlicesRequest(browser, 'Keyboard approval', async ({ bob }) => {
    const page = await bob.newPage();
    await page.goto('/approvals');
    const queue = page.getByRole('region', { name: 'Waiting for me' });
    const approve = queue.getByRole('button', { name: `Approve ${ROLE} for ${personas.alice.name}` });
    const deny = queue.getByRole('button', { name: `Deny ${ROLE} for ${personas.alice.name}` });
    const dialog = page.getByRole('dialog', { name: 'Approve request' });
    const justification = dialog.getByLabel(/^Justification/);

    await tabTo(page, approve);
    await page.keyboard.press('Enter');
    await expect(justification).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(approve).toBeFocused();
    expect(await focused(page)).toBe(`button: Approve ${ROLE} for ${personas.alice.name}`);

    await page.keyboard.press('Enter');
    await expect(justification).toBeFocused();
    await tabTo(page, dialog.getByRole('button', { name: 'Close' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(approve).toBeFocused();

    // Deny, then think better of it: Escape, and Close, give focus back to Deny.
    const denial = page.getByRole('dialog', { name: 'Deny request' });
    await tabTo(page, deny);
    await page.keyboard.press('Enter');
    await expect(denial.getByLabel(/^Justification/)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(denial).toBeHidden();
    await expect(deny).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, denial.getByRole('button', { name: 'Close' }));
    await page.keyboard.press('Enter');
    await expect(denial).toBeHidden();
    await expect(deny).toBeFocused();

    // Approve: the request leaves the queue; focus goes to the queue (its table, or its heading when it is empty).
    await tabTo(page, approve);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Approved by keyboard');
    await tabTo(page, dialog.getByRole('button', { name: 'Approve', exact: true }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(approve).toHaveCount(0);
    await expect(queue.locator('table:focus, h2:focus')).toHaveCount(1);
    expect(await focused(page)).not.toBe('body');
  });
});

test('alice cancels her waiting request by keyboard: focus comes back after Escape, and goes to its row when Cancel is gone', async ({ browser }) => {
  await withAlicesRequest(browser, 'Keyboard cancel', async ({ alice }) => {
    const page = await alice.newPage();
    await page.goto('/my-requests');
    const cancel = page.getByRole('button', { name: `Cancel request for ${ROLE_AT}` });
    const dialog = page.getByRole('dialog', { name: 'Cancel request' });

    await tabTo(page, cancel);
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel(/^Justification/)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(cancel).toBeFocused();

    // Withdraw it: the row stays (now canceled) without its Cancel button, and holds the focus.
    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByRole('button', { name: 'Cancel request', exact: true }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(cancel).toHaveCount(0);
    const row = page.locator('tr:focus');
    await expect(row).toContainText(ROLE);
    await expect(row).toContainText('Canceled');
  });
});

test('a wrong password marks both fields invalid, described by the error, and puts focus on the password', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await tabTo(page, email);
  await page.keyboard.type(personas.carol.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('not-the-password');
  await page.keyboard.press('Enter');

  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('The email or password is incorrect');
  await expect(password).toBeFocused();
  const alertId = await alert.getAttribute('id');
  expect(alertId).toBeTruthy();
  for (const field of [email, password]) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAttribute('aria-describedby', alertId ?? '');
  }
  await expect(password).toHaveAccessibleDescription(/The email or password is incorrect/);

  // The right password (typed over the selected wrong one) signs in.
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  // Carol reads the whole tenant (Global Reader), so she lands on the Overview.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await context.close();
});
