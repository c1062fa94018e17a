import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs, personas } from './support/personas';

test.setTimeout(120_000);

test("the admin filters the audit log to carol's activation and downloads it as CSV", async ({ browser }) => {
  const justification = `Audit trail check ${Date.now()}`;
  // Arrange through the API, with a person and role no other spec activates or configures (alice's roles are the
  // activation spec's, which runs alongside and resets them): carol, eligible for Compliance Administrator, which needs
  // neither approval nor MFA, activates it.
  const [admin, carol] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'carol')]);
  const known = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[]; principals: { edges: { node: { id: string } }[] } }>(
    admin.request,
    'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } principals(search: "carol@contoso.test") { edges { node { id } } } }',
  );
  const roleId = known.roleDefinitions.find((role) => role.name === 'Compliance Administrator')?.id;
  expect(roleId).toBeDefined();
  const rootId = known.scopes[0].id;
  await graphql(
    admin.request,
    'mutation ($roleId: ID!) { updateRoleSettings(roleId: $roleId, input: { activation: { requireMfa: false, requireApproval: false } }) { isDefault } }',
    { roleId },
  );
  await graphql(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
    input: { principalId: known.principals.edges[0].node.id, roleId, scopeId: rootId, type: 'ELIGIBLE', duration: 'P30D', justification: 'Audit e2e' },
  });
  const activated = await graphql<{ activateRole: { assignment: { id: string } } }>(
    carol.request,
    'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { assignment { id } } }',
    { input: { roleId, scopeId: rootId, duration: 'PT1H', justification } },
  );
  try {
    const page = await admin.newPage();
    await page.goto('/my-roles');
    await page.getByRole('link', { name: 'Audit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();

    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('combobox', { name: 'Target' }).fill('carol');
    await filters.getByRole('option', { name: new RegExp(personas.carol.name) }).click();
    await filters.getByLabel('Action').selectOption('assignment.activated');
    const row = page.getByRole('row', { name: new RegExp(`Role activated.*${personas.carol.name}.*Compliance Administrator.*${justification}`) });
    await expect(row).toBeVisible();

    // The request's timeline: submitted and activated, in order.
    await row.getByRole('button', { name: /^Timeline/ }).click();
    const timeline = page.getByRole('list', { name: /Events of the request/ });
    await expect(timeline.getByRole('listitem')).toHaveCount(2);
    // Each action in words, its code in the tooltip (as in the Audit table).
    await expect(timeline.getByRole('listitem').first()).toContainText('Request submitted');
    await expect(timeline.getByRole('listitem').first().getByTitle('request.submitted')).toBeVisible();
    await expect(timeline.getByRole('listitem').last()).toContainText('Role activated');
    await expect(timeline.getByRole('listitem').last().getByTitle('assignment.activated')).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^elevate-audit-.*\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('sequence,id,at,actorType');
    const event = lines.filter((line) => line.includes('assignment.activated') && line.includes(justification));
    expect(event).toHaveLength(1);
  } finally {
    // Leave carol's roles as they were.
    await graphql(carol.request, 'mutation ($id: ID!) { deactivateRole(assignmentId: $id) { id } }', { id: activated.activateRole.assignment.id });
    await Promise.all([admin.close(), carol.close()]);
  }
});
