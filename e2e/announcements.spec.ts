import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { aliceEligibleWithBobApproving, recordAnnouncements, subscriptionSent, timesAnnounced } from './support/live';
import { contextAs, personas } from './support/personas';

test.setTimeout(120_000);

/**
 * Bob's approval page tells him, once and politely, who asks for what and where when alice's request arrives; the toast
 * says the same; the bell's new count is said too, and its name says what its badge shows; his approval is announced as
 * the row's status changes. A role of its own (Exchange Administrator, made to need bob's approval), so this does not
 * meet the other specs' requests.
 */
test('an arriving request is announced to its approver with requester, role and scope; so is its approval', async ({ browser }) => {
  const [admin, alice, bob] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'alice'), contextAs(browser, 'bob')]);
  const { roleId, rootId } = await aliceEligibleWithBobApproving(admin.request, 'Exchange Administrator', 'announcements e2e');
  const eligibility = await graphql<{ roleAssignments: { edges: { node: { assignmentId: string } }[] } }>(
    alice.request,
    'query ($r: ID!, $s: ID!) { roleAssignments(filter: { roleId: $r, scopeId: $s, type: ELIGIBLE }, first: 5) { edges { node { assignmentId } } } }',
    { r: roleId, s: rootId },
  );

  const page = await bob.newPage();
  await recordAnnouncements(page);
  const queueSubscribed = subscriptionSent(page, 'ApprovalQueueLive');
  const bellSubscribed = subscriptionSent(page, 'NotificationAdded');
  await page.goto('/approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await Promise.all([queueSubscribed, bellSubscribed]);
  const announcer = page.getByTestId('live-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  const bell = page.getByRole('button', { name: /^Notifications/ });
  const before = await bell.getAttribute('aria-label');

  // Alice asks, through the API.
  await graphql(alice.request, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }', {
    input: { eligibilityId: eligibility.roleAssignments.edges[0].node.assignmentId, duration: 'PT2H', justification: 'Mailbox migration' },
  });

  const words = 'Alice Analyst asks for Exchange Administrator at /';
  await expect(announcer).toContainText(words);
  await expect(page.getByRole('region', { name: 'Notifications', exact: true })).toContainText(words);
  // The bell's count changed, and that was said in its words, which are the badge's.
  await expect(bell).not.toHaveAccessibleName(before ?? '');
  const count = (await page.getByTestId('unread-count').textContent()) ?? '';
  await expect(bell).toHaveAccessibleName(`Notifications, ${count} unread`);
  await expect(announcer).toContainText(/Notifications, (\d+|99\+) unread/);
  await expect(bell.locator('svg')).toHaveCount(1);
  await expect(bell).not.toContainText('🔔');
  // Said once, though the queue, the toast and the bell all heard of it.
  expect(await timesAnnounced(page, words)).toBe(1);

  // Bob approves; what became of the request is announced. The approval's answer is held back until the live queue
  // has taken the row away (the order in which its new status could not be heard from the row): the decision says it.
  const row = page.getByRole('button', { name: 'Approve Exchange Administrator for Alice Analyst' });
  await page.route('**/graphql', async (route) => {
    if (route.request().postDataJSON()?.operationName !== 'ApproveRequest') return route.fallback();
    const response = await route.fetch();
    await expect(row).toHaveCount(0);
    await route.fulfill({ response });
  });
  await row.click();
  const dialog = page.getByRole('dialog', { name: 'Approve request' });
  await dialog.getByLabel(/^Justification/).fill('Migration window agreed');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(announcer).toContainText('Alice Analyst’s request for Exchange Administrator at / was approved');
  expect(await timesAnnounced(page, 'Alice Analyst’s request for Exchange Administrator at / was approved')).toBe(1);

  await Promise.all([admin.close(), alice.close(), bob.close()]);
});

/**
 * A request that leaves bob's queue through somebody else is told too: alice cancels one, carol (the stage's other
 * approver) approves another. Helpdesk Administrator, which no other spec uses.
 */
test('a request leaving the queue through someone else is announced with who did what', async ({ browser }) => {
  const [admin, alice, bob, carol] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'alice'), contextAs(browser, 'bob'), contextAs(browser, 'carol')]);
  const { roleId, rootId } = await aliceEligibleWithBobApproving(admin.request, 'Helpdesk Administrator', 'announcements e2e: leaving the queue');
  const people = await graphql<{ principals: { edges: { node: { id: string; displayName: string } }[] } }>(admin.request, 'query { principals(type: USER, first: 50) { edges { node { id displayName } } } }');
  const idOf = (name: string) => people.principals.edges.find((edge) => edge.node.displayName === name)?.node.id ?? '';
  await graphql(admin.request, 'mutation ($r: ID!, $a: [ID!]!) { updateRoleSettings(roleId: $r, input: { activation: { requireMfa: false, requireApproval: true, approvalStages: [{ approverIds: $a }] } }) { isDefault } }', {
    r: roleId,
    a: [idOf(personas.bob.name), idOf(personas.carol.name)],
  });
  const eligibility = await graphql<{ roleAssignments: { edges: { node: { assignmentId: string } }[] } }>(
    alice.request,
    'query ($r: ID!, $s: ID!) { roleAssignments(filter: { roleId: $r, scopeId: $s, type: ELIGIBLE }, first: 5) { edges { node { assignmentId } } } }',
    { r: roleId, s: rootId },
  );
  const ask = async (justification: string) =>
    (
      await graphql<{ activateRole: { id: string } }>(alice.request, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
        input: { eligibilityId: eligibility.roleAssignments.edges[0].node.assignmentId, duration: 'PT1H', justification },
      })
    ).activateRole.id;

  const page = await bob.newPage();
  await recordAnnouncements(page);
  const queueSubscribed = subscriptionSent(page, 'ApprovalQueueLive');
  await page.goto('/approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await queueSubscribed;
  const announcer = page.getByTestId('live-announcer');
  const toasts = page.getByRole('region', { name: 'Notifications', exact: true });
  const row = page.getByRole('button', { name: 'Approve Helpdesk Administrator for Alice Analyst' });

  const canceled = await ask('Password resets for the new starters');
  await expect(row).toBeVisible();
  await graphql(alice.request, 'mutation ($id: ID!) { cancelRequest(requestId: $id) { id } }', { id: canceled });
  await expect(row).toHaveCount(0);
  const cancellation = 'Alice Analyst canceled the request for Helpdesk Administrator at /';
  await expect(announcer).toContainText(cancellation);
  await expect(toasts).toContainText(cancellation);

  const approved = await ask('Password resets, second try');
  await expect(row).toBeVisible();
  await graphql(carol.request, 'mutation ($id: ID!) { approveRequest(requestId: $id, justification: "Agreed") { id } }', { id: approved });
  await expect(row).toHaveCount(0);
  const approval = `${personas.carol.name} approved Alice Analyst’s request for Helpdesk Administrator at /`;
  await expect(announcer).toContainText(approval);
  await expect(toasts).toContainText(approval);
  expect(await timesAnnounced(page, approval)).toBe(1);

  await Promise.all([admin.close(), alice.close(), bob.close(), carol.close()]);
});

/** The scope tree is one Tab stop, moved through with the arrow keys, Home/End and type-ahead (WAI-ARIA tree pattern). */
test('the scope tree: one Tab stop, arrows move focus, Right/Left open and close, Enter chooses', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const page = await admin.newPage();
  await page.goto('/scopes');
  const tree = page.getByRole('tree', { name: 'Scopes' });
  const items = tree.getByRole('treeitem');
  await expect(items.nth(1)).toBeVisible();
  // One Tab stop: exactly one item is in the Tab order.
  await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
  const first = items.first();
  await expect(first).toHaveAttribute('tabindex', '0');

  // Tab from the control before the tree lands on that item.
  await first.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(first).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();

  await page.keyboard.press('ArrowDown');
  const second = items.nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();

  // Contoso: Right opens it, Right again goes to its first child, Left back to it, Left closes it.
  // An item's name is what its row shows: the scope's name and its type (WCAG 2.5.3).
  const contoso = tree.getByRole('treeitem', { name: 'Contoso Management group', exact: true });
  await expect(contoso).toHaveAttribute('aria-level', '2');
  await contoso.focus();
  await expect(contoso).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(contoso).toHaveAttribute('aria-expanded', 'true');
  // The items are a flat list: Contoso's children follow it, one level deeper.
  const firstChild = tree.locator('[role="treeitem"][aria-level="3"]').first();
  await expect(firstChild).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(firstChild).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(contoso).toBeFocused();

  // Type-ahead: "Prod" moves to Production; Enter chooses it.
  await page.keyboard.type('Prod');
  const production = tree.getByRole('treeitem', { name: 'Production Subscription', exact: true });
  await expect(production).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(production).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\?scope=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Production' })).toBeVisible();

  // Still one Tab stop, and Tab leaves the tree.
  await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
  await production.focus();
  await page.keyboard.press('Tab');
  await expect(tree.locator(':focus')).toHaveCount(0);

  // Left on Contoso (after going back to it) closes it.
  await contoso.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(contoso).toHaveAttribute('aria-expanded', 'false');

  // The toggles are at least 24 × 24 px.
  const box = await contoso.locator('> .tree-row .tree-toggle').boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
  await admin.close();
});
