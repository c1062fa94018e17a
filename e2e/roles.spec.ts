import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs, personas } from './support/personas';

test.setTimeout(90_000);

/**
 * The role catalogue (issue 14): every role with its description, kind, whether it is privileged, its settings in one
 * line and how many hold it eligible and active, each count opening those assignments. The spec makes a custom role of
 * its own (no other spec counts its holders or changes its settings), sets it up and assigns it once.
 */
test('the admin reads a role’s settings in one line and its holders, and the count opens those assignments', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  try {
    const name = `Catalogue check ${Date.now().toString(36)}`;
    const known = await graphql<{ scopes: { id: string }[]; principals: { edges: { node: { id: string } }[] } }>(
      admin.request,
      'query ($email: String!) { scopes { id } principals(search: $email, first: 1) { edges { node { id } } } }',
      { email: personas.bob.email },
    );
    const { createCustomRole: role } = await graphql<{ createCustomRole: { id: string } }>(
      admin.request,
      'mutation ($input: CustomRoleInput!) { createCustomRole(input: $input) { id } }',
      { input: { name, kind: 'DIRECTORY', description: 'Reads the catalogue for the end-to-end test', permissions: ['catalogue/read'] } },
    );

    const page = await admin.newPage();
    await page.goto('/roles');
    await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Roles' });
    const row = table.getByRole('row').filter({ hasText: name });
    // Nothing saved yet: the defaults, and nobody holds it.
    await expect(row).toContainText('(defaults)');
    await expect(row).toContainText('Custom');
    await expect(row).toContainText('Reads the catalogue for the end-to-end test');
    await expect(row.getByRole('cell').nth(3)).toHaveText('0');
    // The demo's Security Administrator is privileged, and is a directory role.
    const securityAdmin = table.getByRole('row').filter({ has: page.getByText('Security Administrator', { exact: true }) });
    await expect(securityAdmin).toContainText('Privileged');
    await expect(securityAdmin.getByRole('cell').nth(1)).toHaveText('Directory');

    await graphql(
      admin.request,
      `mutation ($roleId: ID!, $bob: ID!) { updateRoleSettings(roleId: $roleId, input: {
        activation: { maxDuration: "PT2H", requireMfa: true, requireJustification: true, requireTicket: false, requireApproval: true, approvalStages: [{ approverIds: [$bob] }] },
        assignment: { allowPermanentEligible: true, allowPermanentActive: false } }) { isDefault } }`,
      { roleId: role.id, bob: known.principals.edges[0].node.id },
    );
    await graphql(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
      input: { principalId: known.principals.edges[0].node.id, roleId: role.id, scopeId: known.scopes[0].id, type: 'ELIGIBLE', duration: 'P30D', justification: 'Catalogue check' },
    });
    await page.reload();
    await expect(row).toContainText('Activate for up to 2 h · requires MFA, justification and approval · permanent eligible allowed');
    await expect(row).not.toContainText('(defaults)');
    const eligible = row.getByRole('link', { name: `1 — ${name}: eligible assignments` });
    await expect(eligible).toBeVisible();
    await expect(row.getByRole('cell').nth(4)).toHaveText('0');

    // Finding: by name, then by kind (a directory role is not among the resource roles).
    await page.getByLabel('Find a role').fill('catalogue check');
    await expect(table.getByRole('row').filter({ hasText: 'Security Administrator' })).toHaveCount(0);
    await expect(row).toBeVisible();
    await page.getByLabel('Kind').selectOption('RESOURCE');
    await expect(page.getByText('No role matches “catalogue check”.')).toBeVisible();
    await page.getByLabel('Kind').selectOption('');
    await expect(row).toBeVisible();

    // The count opens the assignments it counts: Bob's eligibility of this role.
    await eligible.click();
    await expect(page).toHaveURL(new RegExp(`/assignments\\?role=${role.id}&type=ELIGIBLE$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Assignments' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Assignments' }).getByRole('row').filter({ hasText: personas.bob.name })).toHaveCount(1);
  } finally {
    await admin.close();
  }
});

test('someone who reads only their own is told under the heading that the catalogue is not for them', async ({ browser }) => {
  const alice = await contextAs(browser, 'alice');
  try {
    const page = await alice.newPage();
    await page.goto('/roles');
    await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
    await expect(page.getByText('You may not use this page.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Roles' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  } finally {
    await alice.close();
  }
});
