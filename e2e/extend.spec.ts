import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs, personas } from './support/personas';

test('a holder asks to extend an eligibility that ends within 14 days; the request waits for an administrator', async ({ browser }) => {
  const [admin, pra] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'pra')]);
  // Arrange: Priya is eligible for Reader at rg-dev for one more week.
  const found = await graphql<{
    roleDefinitions: { id: string; name: string }[];
    scopes: { id: string }[];
    principals: { edges: { node: { id: string } }[] };
  }>(admin.request, 'query { roleDefinitions(kind: RESOURCE) { id name } scopes(search: "rg-dev") { id } principals(search: "pra@contoso.test") { edges { node { id } } } }');
  await graphql(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
    input: {
      principalId: found.principals.edges[0].node.id,
      roleId: found.roleDefinitions.find((role) => role.name === 'Reader')?.id,
      scopeId: found.scopes[0].id,
      type: 'ELIGIBLE',
      duration: 'P7D',
      justification: 'Short engagement',
    },
  });

  const page = await pra.newPage();
  await page.goto('/my-roles');
  await expect(page.getByLabel('Signed in user')).toContainText(personas.pra.name);
  const row = page.getByRole('region', { name: 'Eligible roles' }).getByRole('row', { name: /^Reader.*rg-dev/ });
  // Her permanent eligibility (Privileged Role Administrator) is not offered an extension.
  await expect(page.getByRole('button', { name: /^Extend Privileged Role Administrator/ })).toHaveCount(0);
  await row.getByRole('button', { name: 'Extend Reader at rg-dev' }).click();
  const dialog = page.getByRole('dialog', { name: 'Extend Reader' });
  await dialog.getByLabel(/^Justification/).fill('The engagement runs another month');
  await dialog.getByRole('button', { name: 'Request extension' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My requests' }).click();
  const request = page.getByRole('row', { name: /Reader.*rg-dev.*Self extend.*The engagement runs another month/ });
  await expect(request).toContainText('Pending admin decision');
  await expect(request.getByRole('button', { name: /^Cancel request for Reader/ })).toBeVisible();

  // An administrator of the scope decides it from the Approvals queue; Priya's list follows live.
  const queue = await admin.newPage();
  await queue.goto('/approvals');
  const waiting = queue.getByRole('row', { name: /Priya Role-Admin.*Reader.*rg-dev.*Self extend/ });
  await waiting.getByRole('button', { name: 'Approve Reader for Priya Role-Admin' }).click();
  const decide = queue.getByRole('dialog', { name: 'Approve request' });
  await decide.getByLabel(/^Justification/).fill('Engagement extended');
  await decide.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(decide).toBeHidden();
  await expect(request).toContainText(/Provisioned|Granted/);
  await expect(request.getByRole('button', { name: /^Cancel request/ })).toHaveCount(0);
  await Promise.all([admin.close(), pra.close()]);
});
