import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs, DEMO_TOTP_SECRET, personas } from './support/personas';
import { unusedTotp } from './support/totp';

test.setTimeout(120_000);

test("the admin filters the audit log to alice's activation and downloads it as CSV", async ({ browser }) => {
  const justification = `Audit trail check ${Date.now()}`;
  // Arrange through the API: alice activates User Administrator (no approval), ending an earlier activation of it first.
  const alice = await contextAs(browser, 'alice');
  const { me, roleDefinitions, scopes } = await graphql<{ me: { id: string }; roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[] }>(
    alice.request,
    'query { me { id } roleDefinitions(kind: DIRECTORY) { id name } scopes { id } }',
  );
  const userAdmin = roleDefinitions.find((role) => role.name === 'User Administrator')!.id;
  const active = await graphql<{ roleAssignments: { edges: { node: { assignmentId: string; origin: string; role: { id: string } } }[] } }>(
    alice.request,
    'query ($p: ID!) { roleAssignments(filter: { principalId: $p, type: ACTIVE }, first: 50) { edges { node { assignmentId origin role { id } } } } }',
    { p: me.id },
  );
  for (const { node } of active.roleAssignments.edges) {
    if (node.origin === 'ACTIVATED' && node.role.id === userAdmin) {
      await graphql(alice.request, 'mutation ($id: ID!) { deactivateRole(assignmentId: $id) { id } }', { id: node.assignmentId });
    }
  }
  await graphql(alice.request, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
    input: { roleId: userAdmin, scopeId: scopes[0].id, duration: 'PT1H', justification, mfaCode: await unusedTotp(DEMO_TOTP_SECRET) },
  });
  await alice.close();

  const admin = await contextAs(browser, 'admin');
  const page = await admin.newPage();
  await page.goto('/my-roles');
  await page.getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();

  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('combobox', { name: 'Target' }).fill('alice');
  await filters.getByRole('option', { name: new RegExp(personas.alice.name) }).click();
  await filters.getByLabel('Action').selectOption('assignment.activated');
  const row = page.getByRole('row', { name: new RegExp(`assignment\\.activated.*${personas.alice.name}.*User Administrator.*${justification}`) });
  await expect(row).toBeVisible();

  // The request's timeline: submitted and activated, in order.
  await row.getByRole('button', { name: /^Timeline/ }).click();
  const timeline = page.getByRole('list', { name: /Events of the request/ });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText('request.submitted');
  await expect(timeline.getByRole('listitem').last()).toContainText('assignment.activated');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^elevate-audit-.*\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain('sequence,id,at,actorType');
  const event = lines.filter((line) => line.includes('assignment.activated') && line.includes(justification));
  expect(event).toHaveLength(1);
  await admin.close();
});
