import { expect, test, type APIRequestContext, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { graphql, withdrawRoles } from './support/api';
import { contextAs, DEMO_TOTP_SECRET, personas, signInThroughPage } from './support/personas';
import { unusedTotp } from './support/totp';

// Every test here activates alice's roles, and she may hold one activation of a role at a time: they run in order, in
// one worker, each from a clean start (no pending request, no active Security Administrator).
test.describe.configure({ mode: 'default' });
test.setTimeout(120_000);

interface Ids {
  aliceId: string;
  bobId: string;
  carolId: string;
  securityAdminId: string;
  rootId: string;
}

async function ids(request: APIRequestContext): Promise<Ids> {
  const data = await graphql<{
    roleDefinitions: { id: string; name: string }[];
    scopes: { id: string }[];
    principals: { edges: { node: { id: string; displayName: string } }[] };
  }>(
    request,
    `query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id }
      principals(type: USER, first: 50) { edges { node { id displayName } } } }`,
  );
  const person = (name: string) => data.principals.edges.find((edge) => edge.node.displayName === name)?.node.id ?? '';
  const role = data.roleDefinitions.find((r) => r.name === 'Security Administrator');
  expect(role).toBeDefined();
  return {
    aliceId: person(personas.alice.name),
    bobId: person(personas.bob.name),
    carolId: person(personas.carol.name),
    securityAdminId: role?.id ?? '',
    rootId: data.scopes[0].id,
  };
}

/** The roles this spec has alice ask for; before each test she holds none of them active and asks for none. */
const ROLES = ['Security Administrator', 'Member', 'User Administrator'];

/** Alice asks for Security Administrator through the API (arranging a test's start), with a TOTP code when needed. */
async function requestSecurityAdmin(alice: APIRequestContext, { securityAdminId, rootId }: Ids, justification: string): Promise<void> {
  const { viewerSession } = await graphql<{ viewerSession: { mfaFreshUntil: string | null } }>(alice, 'query { viewerSession { mfaFreshUntil } }');
  const fresh = viewerSession.mfaFreshUntil && new Date(viewerSession.mfaFreshUntil).getTime() > Date.now() + 60_000;
  await graphql(
    alice,
    'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }',
    {
      input: {
        roleId: securityAdminId,
        scopeId: rootId,
        duration: 'PT2H',
        justification,
        mfaCode: fresh ? null : await unusedTotp(DEMO_TOTP_SECRET, personas.alice.email),
      },
    },
  );
}

/** Fills the activation dialog's authenticator code when it asks for one. */
async function codeIfAsked(dialog: Locator): Promise<void> {
  const code = dialog.getByLabel('Authentication code');
  if (await code.isVisible()) await code.fill(await unusedTotp(DEMO_TOTP_SECRET, personas.alice.email));
}

async function openLive(context: BrowserContext, path: string, heading: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Live updates: Live' })).toBeVisible();
  return page;
}

let known: Ids;

test.beforeEach(async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  known ??= await ids(alice.request);
  await withdrawRoles(alice.request, known.aliceId, ROLES);
  await alice.close();
});

test('alice activates Security Administrator; bob approves from his live queue; alice and the admin see it live', async ({ browser }) => {
  const bob = await contextAs(browser, 'bob');
  const admin = await contextAs(browser, 'admin');
  // Alice signs in afresh: her new session has not passed MFA, so the dialog asks for the code.
  const alice = await browser.newContext();
  const alicePage = await alice.newPage();
  await signInThroughPage(alicePage, personas.alice.email);

  const queue = await openLive(bob, '/approvals', 'Approvals');
  const activity = await openLive(admin, '/activity', 'Activity');
  await expect(queue.getByRole('row', { name: /Alice Analyst.*Security Administrator/ })).toHaveCount(0);

  await alicePage.getByRole('region', { name: 'Eligible roles' }).getByRole('button', { name: /^Activate Security Administrator/ }).click();
  const dialog = alicePage.getByRole('dialog', { name: /Activate Security Administrator/ });
  await expect(dialog.getByText('(30 min – 4 h)')).toBeVisible();
  await dialog.getByLabel(/^Justification/).fill('Investigate incident INC-4711');
  const code = dialog.getByLabel('Authentication code');
  await expect(code).toBeVisible();
  await code.fill(await unusedTotp(DEMO_TOTP_SECRET, personas.alice.email));
  await dialog.getByRole('button', { name: 'Request activation' }).click();
  await expect(dialog.getByRole('status')).toContainText('Request sent for approval');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const eligible = alicePage.getByRole('region', { name: 'Eligible roles' }).getByRole('row', { name: /^Security Administrator/ });
  await expect(eligible).toContainText('Pending approval');
  await expect(eligible.getByRole('button', { name: /^Activate/ })).toHaveCount(0);

  // Bob's queue was open all along: the request arrives without a reload.
  const row = queue.getByRole('row', { name: /Alice Analyst.*Security Administrator/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Investigate incident INC-4711');
  await row.getByRole('button', { name: 'Approve Security Administrator for Alice Analyst' }).click();
  const decide = queue.getByRole('dialog', { name: 'Approve request' });
  await decide.getByLabel(/^Justification/).fill('Incident confirmed');
  await decide.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(decide).toBeHidden();
  await expect(row).toHaveCount(0);

  // Alice's My roles follows without a reload: active, with time left counting down, and a toast.
  const active = alicePage.getByRole('region', { name: 'Active roles' }).getByRole('row', { name: /Security Administrator/ });
  await expect(active).toBeVisible();
  const left = active.getByLabel(/^Time left for Security Administrator/);
  await expect(left).toHaveText(/^\d+ h \d+ min \d+ s$|^\d+ min \d+ s$/);
  const before = await left.textContent();
  await expect(left).not.toHaveText(before ?? '');
  await expect(alicePage.getByRole('region', { name: 'Notifications' })).toContainText('Request approved');

  // The admin's Activity feed shows the activation.
  await expect(activity.getByRole('row', { name: /Activated.*Alice Analyst.*Security Administrator/ })).toBeVisible();

  // Deactivate: it leaves the active roles, and the feed says so.
  await active.getByRole('button', { name: /^Deactivate Security Administrator/ }).click();
  await alicePage.getByRole('dialog', { name: /Deactivate Security Administrator/ }).getByRole('button', { name: 'Deactivate' }).click();
  await expect(active).toHaveCount(0);
  await expect(activity.getByRole('row', { name: /Deactivated.*Alice Analyst.*Security Administrator/ })).toBeVisible();
  await expect(alicePage.getByRole('region', { name: 'Notifications' })).toContainText('Activation ended');
  await expect(alicePage.getByRole('region', { name: 'Ended' }).getByRole('row', { name: /Security Administrator.*Deactivated/ })).toBeVisible();

  await Promise.all([alice.close(), bob.close(), admin.close()]);
});

test('alice activates her membership of Tier 3 Office Admins and holds its four roles through the group', async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  const page = await alice.newPage();
  await page.goto('/my-roles');
  const activeRoles = page.getByRole('region', { name: 'Active roles' });
  await expect(activeRoles.getByText(/via group Tier 3 Office Admins/)).toHaveCount(0);

  await page.getByRole('region', { name: 'Eligible roles' }).getByRole('button', { name: 'Activate Member at Tier 3 Office Admins' }).click();
  const dialog = page.getByRole('dialog', { name: /Activate Member/ });
  await dialog.getByLabel(/^Justification/).fill('Mailbox migration');
  await codeIfAsked(dialog);
  await dialog.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Active until');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(activeRoles.getByRole('row', { name: /^Member.*Tier 3 Office Admins/ })).toBeVisible();
  for (const role of ['Exchange Administrator', 'Teams Administrator', 'SharePoint Administrator', 'Search Administrator']) {
    await expect(activeRoles.getByRole('row', { name: new RegExp(`^${role}.*via group Tier 3 Office Admins`) })).toBeVisible();
  }
  await alice.close();
});

test('two approvers decide at the same moment: one decision counts, the other sees a conflict', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const settings = `mutation ($roleId: ID!, $approvers: [ID!]!) {
    updateRoleSettings(roleId: $roleId, input: { activation: { approvalStages: [{ approverIds: $approvers, quorum: 1 }] } }) { isDefault } }`;
  const [alice, bob, carol] = await Promise.all([contextAs(browser, 'alice'), contextAs(browser, 'bob'), contextAs(browser, 'carol')]);
  try {
    // The admin makes carol a second approver in the settings editor.
    const editor = await admin.newPage();
    await editor.goto('/role-settings');
    await editor.getByLabel(/^Role/).selectOption({ label: 'Security Administrator' });
    const form = editor.getByRole('form', { name: /Security Administrator/ });
    await expect(form.getByRole('list', { name: 'Approvers of stage 1' })).toContainText('Bob Approver');
    await expect(form.getByLabel(/^Maximum duration/)).toHaveValue('4');
    await form.getByRole('combobox', { name: /Add approver to stage 1/ }).fill('carol');
    await form.getByRole('option', { name: /Carol Auditor/ }).click();
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByRole('status')).toContainText('Settings saved');
    await expect(editor.getByRole('form', { name: /Security Administrator/ }).getByRole('list', { name: 'Approvers of stage 1' })).toContainText(
      'Carol Auditor',
    );

    const bobQueue = await openLive(bob, '/approvals', 'Approvals');
    const carolQueue = await openLive(carol, '/approvals', 'Approvals');
    await requestSecurityAdmin(alice.request, known, 'Quarterly firewall review');

    const dialogs: Locator[] = [];
    for (const queue of [bobQueue, carolQueue]) {
      const row = queue.getByRole('row', { name: /Alice Analyst.*Security Administrator/ });
      await row.getByRole('button', { name: 'Approve Security Administrator for Alice Analyst' }).click();
      const dialog = queue.getByRole('dialog', { name: 'Approve request' });
      await dialog.getByLabel(/^Justification/).fill('Review is scheduled');
      dialogs.push(dialog);
    }
    await Promise.all(dialogs.map((dialog) => dialog.getByRole('button', { name: 'Approve', exact: true }).click()));

    // Exactly one dialog closes (its decision counted); the other stays with a conflict.
    await expect.poll(async () => (await Promise.all(dialogs.map((d) => d.getByRole('alert').isVisible()))).filter(Boolean).length).toBe(1);
    // The winner's dialog closes once its answer is in, which may come a moment after the loser's alert.
    await expect.poll(async () => (await Promise.all(dialogs.map((d) => d.isVisible()))).filter(Boolean).length).toBe(1);
    const states = await Promise.all(dialogs.map((d) => d.isVisible()));
    const loser = dialogs[states.indexOf(true)];
    await expect(loser.getByRole('alert')).toContainText('Conflict');
    await expect(loser.getByRole('alert')).toContainText(/already decided/);

    const mine = await alice.newPage();
    await mine.goto('/my-requests');
    await expect(mine.getByRole('row', { name: /Security Administrator.*Quarterly firewall review.*Provisioned/ })).toBeVisible();
  } finally {
    await graphql(admin.request, settings, { roleId: known.securityAdminId, approvers: [known.bobId] });
    await Promise.all([alice.close(), bob.close(), carol.close(), admin.close()]);
  }
});

test('bob denies: the request leaves his queue and alice sees it denied, live', async ({ browser }) => {
  const [alice, bob] = await Promise.all([contextAs(browser, 'alice'), contextAs(browser, 'bob')]);
  const requests = await openLive(alice, '/my-requests', 'My requests');
  const queue = await openLive(bob, '/approvals', 'Approvals');
  await requestSecurityAdmin(alice.request, known, 'Just curious');

  const mine = requests.getByRole('row', { name: /Security Administrator.*Just curious/ });
  await expect(mine).toContainText('Pending approval');
  const row = queue.getByRole('row', { name: /Alice Analyst.*Security Administrator.*Just curious/ });
  await row.getByRole('button', { name: 'Deny Security Administrator for Alice Analyst' }).click();
  const dialog = queue.getByRole('dialog', { name: 'Deny request' });
  await dialog.getByLabel(/^Justification/).fill('No incident open');
  await dialog.getByRole('button', { name: 'Deny', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);

  await expect(mine).toContainText('Denied');
  await expect(mine).toContainText('denied by Bob Approver');
  await expect(requests.getByRole('region', { name: 'Notifications' })).toContainText('Request denied');
  await Promise.all([alice.close(), bob.close()]);
});

test('alice cancels her pending request: it leaves bob’s queue, live', async ({ browser }) => {
  const [alice, bob] = await Promise.all([contextAs(browser, 'alice'), contextAs(browser, 'bob')]);
  const requests = await openLive(alice, '/my-requests', 'My requests');
  const queue = await openLive(bob, '/approvals', 'Approvals');
  await requestSecurityAdmin(alice.request, known, 'Changed my mind later');

  const row = queue.getByRole('row', { name: /Alice Analyst.*Security Administrator.*Changed my mind later/ });
  await expect(row).toBeVisible();
  const mine = requests.getByRole('row', { name: /Security Administrator.*Changed my mind later/ });
  await mine.getByRole('button', { name: /^Cancel request for Security Administrator/ }).click();
  await requests.getByRole('dialog', { name: 'Cancel request' }).getByRole('button', { name: 'Cancel request' }).click();
  await expect(mine).toContainText('Canceled');
  await expect(mine.getByRole('button', { name: /^Cancel request/ })).toHaveCount(0);
  await expect(row).toHaveCount(0);
  await Promise.all([alice.close(), bob.close()]);
});

test('bob selects two of alice’s requests and approves both at once', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const { roleDefinitions } = await graphql<{ roleDefinitions: { id: string; name: string }[] }>(admin.request, 'query { roleDefinitions(kind: DIRECTORY) { id name } }');
  const userAdminId = roleDefinitions.find((role) => role.name === 'User Administrator')?.id;
  expect(userAdminId).toBeDefined();
  const approval = `mutation ($roleId: ID!, $on: Boolean!, $approvers: [ID!]!) {
    updateRoleSettings(roleId: $roleId, input: { activation: { requireApproval: $on, approvalStages: [{ approverIds: $approvers }] } }) { isDefault } }`;
  await graphql(admin.request, approval, { roleId: userAdminId, on: true, approvers: [known.bobId] });
  const [alice, bob] = await Promise.all([contextAs(browser, 'alice'), contextAs(browser, 'bob')]);
  try {
    const queue = await openLive(bob, '/approvals', 'Approvals');
    await requestSecurityAdmin(alice.request, known, 'Bulk one');
    await graphql(alice.request, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
      input: { roleId: userAdminId, scopeId: known.rootId, duration: 'PT1H', justification: 'Bulk two' },
    });
    const first = queue.getByRole('row', { name: /Alice Analyst.*Security Administrator.*Bulk one/ });
    const second = queue.getByRole('row', { name: /Alice Analyst.*User Administrator.*Bulk two/ });
    await first.getByRole('checkbox').check();
    await second.getByRole('checkbox').check();
    await expect(queue.getByText('2 selected')).toBeVisible();
    await queue.getByRole('button', { name: 'Approve selected' }).click();
    const dialog = queue.getByRole('dialog', { name: 'Approve 2 requests' });
    await dialog.getByLabel(/^Justification/).fill('Both fine');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(first).toHaveCount(0);
    await expect(second).toHaveCount(0);

    const roles = await alice.newPage();
    await roles.goto('/my-roles');
    const active = roles.getByRole('region', { name: 'Active roles' });
    await expect(active.getByRole('row', { name: /^Security Administrator/ })).toBeVisible();
    await expect(active.getByRole('row', { name: /^User Administrator/ })).toBeVisible();
  } finally {
    await graphql(admin.request, approval, { roleId: userAdminId, on: false, approvers: [] });
    await Promise.all([alice.close(), bob.close(), admin.close()]);
  }
});

test('alice schedules an activation for later: it waits in Scheduled, and she can cancel it', async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  const page = await alice.newPage();
  await page.goto('/my-roles');
  await page.getByRole('region', { name: 'Eligible roles' }).getByRole('button', { name: /^Activate User Administrator/ }).click();
  const dialog = page.getByRole('dialog', { name: /Activate User Administrator/ });
  const later = new Date(Date.now() + 2 * 60 * 60 * 1000);
  const local = new Date(later.getTime() - later.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await dialog.getByRole('radio', { name: 'Later' }).check();
  await dialog.getByLabel('Start at').fill(local);
  await dialog.getByLabel(/^Justification/).fill('Onboarding batch tonight');
  await codeIfAsked(dialog);
  await dialog.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Scheduled: active from');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const scheduled = page.getByRole('region', { name: 'Scheduled' }).getByRole('row', { name: /^User Administrator/ });
  await expect(scheduled).toBeVisible();
  await expect(page.getByRole('region', { name: 'Active roles' }).getByRole('row', { name: /^User Administrator/ })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My requests' }).click();
  const request = page.getByRole('row', { name: /User Administrator.*Onboarding batch tonight/ });
  await expect(request).toContainText('Granted');
  await request.getByRole('button', { name: /^Cancel request for User Administrator/ }).click();
  await page.getByRole('dialog', { name: 'Cancel request' }).getByRole('button', { name: 'Cancel request' }).click();
  await expect(request).toContainText('Canceled');
  await alice.close();
});
