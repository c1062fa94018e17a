import { expect, test, type WebSocketRoute } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs } from './support/personas';

test('the live indicator shows a dropped connection; after reconnecting the queue catches up on what it missed', async ({ browser }) => {
  const [admin, dave] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'dave')]);
  // Arrange: Contributor activations at Development need the admin's approval.
  const found = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[]; principals: { edges: { node: { id: string } }[] } }>(
    admin.request,
    'query { roleDefinitions(kind: RESOURCE) { id name } scopes(search: "Development") { id } principals(search: "admin@contoso.test") { edges { node { id } } } }',
  );
  const contributorId = found.roleDefinitions.find((role) => role.name === 'Contributor')?.id;
  const developmentId = found.scopes[0].id;
  await graphql(
    admin.request,
    `mutation ($roleId: ID!, $scopeId: ID, $approver: ID!) { updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: { activation: {
      requireMfa: false, requireApproval: true, approvalStages: [{ approverIds: [$approver] }] } }) { isDefault } }`,
    { roleId: contributorId, scopeId: developmentId, approver: found.principals.edges[0].node.id },
  );

  // The admin's socket goes through a route the test can cut, and refuse reconnecting to, for a while.
  const page = await admin.newPage();
  let open = true;
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (!open) {
      void ws.close({ code: 1012, reason: 'test: server unavailable' });
      return;
    }
    ws.connectToServer();
    sockets.push(ws);
  });
  await page.goto('/approvals');
  const indicator = page.getByRole('status', { name: /^Live updates/ });
  await expect(indicator).toHaveAccessibleName('Live updates: Live');

  open = false;
  for (const ws of sockets) await ws.close({ code: 1012, reason: 'test: dropped' });
  await expect(indicator).toHaveAccessibleName('Live updates: Reconnecting…');

  // Dave asks while the admin's page is disconnected: no event can reach it.
  const eligibility = await graphql<{ roleAssignments: { edges: { node: { assignmentId: string } }[] } }>(
    dave.request,
    'query ($r: ID!, $s: ID!) { roleAssignments(filter: { roleId: $r, scopeId: $s, type: ELIGIBLE }, first: 5) { edges { node { assignmentId } } } }',
    { r: contributorId, s: developmentId },
  );
  await graphql(dave.request, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }', {
    input: { eligibilityId: eligibility.roleAssignments.edges[0].node.assignmentId, duration: 'PT1H', justification: 'Hotfix while you were away' },
  });
  const row = page.getByRole('row', { name: /Dave DevOps.*Contributor.*Hotfix while you were away/ });
  await expect(row).toHaveCount(0);

  open = true;
  await expect(indicator).toHaveAccessibleName('Live updates: Live', { timeout: 45_000 });
  await expect(row).toBeVisible();

  // Leave Dave's eligibility as it was.
  const mine = await graphql<{ roleRequests: { edges: { node: { id: string } }[] } }>(
    dave.request,
    'query { roleRequests(filter: { mine: true, status: [PENDING_APPROVAL] }, first: 10) { edges { node { id } } } }',
  );
  for (const { node } of mine.roleRequests.edges) await graphql(dave.request, 'mutation ($id: ID!) { cancelRequest(requestId: $id) { id } }', { id: node.id });
  await Promise.all([admin.close(), dave.close()]);
});
