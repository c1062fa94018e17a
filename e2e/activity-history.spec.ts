import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { contextAs, personas } from './support/personas';

test('Activity shows activations that happened before the page was opened, and still after a reload', async ({ browser }) => {
  const [admin, carol] = await Promise.all([contextAs(browser, 'admin'), contextAs(browser, 'carol')]);
  try {
    // Arrange (a role and a person no other spec counts or configures): Carol may activate Directory Readers without MFA, justification or approval; he activates, then deactivates.
    const known = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[]; principals: { edges: { node: { id: string } }[] } }>(
      admin.request,
      'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } principals(search: "carol@contoso.test") { edges { node { id } } } }',
    );
    const roleId = known.roleDefinitions.find((role) => role.name === 'Directory Readers')?.id;
    const rootId = known.scopes[0].id;
    await graphql(admin.request, 'mutation ($roleId: ID!) { updateRoleSettings(roleId: $roleId, input: { activation: { requireMfa: false, requireJustification: false, requireApproval: false } }) { isDefault } }', {
      roleId,
    });
    await graphql(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
      input: { principalId: known.principals.edges[0].node.id, roleId, scopeId: rootId, type: 'ELIGIBLE', duration: 'P30D', justification: 'Directory clean-up' },
    });
    const activated = await graphql<{ activateRole: { assignment: { id: string } } }>(
      carol.request,
      'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { assignment { id } } }',
      { input: { roleId, scopeId: rootId, duration: 'PT1H' } },
    );

    // Opened after the fact: the history tells it.
    const page = await admin.newPage();
    await page.goto('/activity');
    const activity = page.getByRole('table', { name: 'Activity' });
    const activatedRow = activity.getByRole('row', { name: new RegExp(`Activated.*${personas.carol.name}.*Directory Readers`) });
    await expect(activatedRow).toHaveCount(1);

    // What happens while it is open arrives live, once; a reload then tells both from the history.
    await graphql(carol.request, 'mutation ($id: ID!) { deactivateRole(assignmentId: $id) { id } }', { id: activated.activateRole.assignment.id });
    const deactivatedRow = activity.getByRole('row', { name: new RegExp(`Deactivated.*${personas.carol.name}.*Directory Readers`) });
    await expect(deactivatedRow).toHaveCount(1);
    await page.reload();
    await expect(deactivatedRow).toHaveCount(1);
    await expect(activatedRow).toHaveCount(1);
    // Newest first: the deactivation above the activation.
    const rows = await activity.getByRole('row').allInnerTexts();
    const deactivatedAt = rows.findIndex((text) => /Deactivated/.test(text) && text.includes('Directory Readers') && text.includes(personas.carol.name));
    const activatedAt = rows.findIndex((text) => /Activated/.test(text) && !/Deactivated/.test(text) && text.includes('Directory Readers') && text.includes(personas.carol.name));
    expect(deactivatedAt).toBeGreaterThan(-1);
    expect(deactivatedAt).toBeLessThan(activatedAt);
  } finally {
    await Promise.all([admin.close(), carol.close()]);
  }
});

// Intune Administrator: a role whose settings no other spec changes (the audit spec, running alongside, sets Compliance
// Administrator's).
test('escalation approvers and the escalation delay are edited in the role settings, and kept after a reload', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  try {
    const page = await admin.newPage();
    await page.goto('/role-settings');
    await page.getByLabel(/^Role/).selectOption({ label: 'Intune Administrator' });
    const form = page.getByRole('form', { name: /Intune Administrator/ });
    await form.getByRole('checkbox', { name: 'Require approval' }).check();
    if ((await form.getByRole('group', { name: 'Approval stage 1' }).count()) === 0) {
      await form.getByRole('button', { name: 'Add approval stage' }).click();
    }
    const stage = form.getByRole('group', { name: 'Approval stage 1' });
    await stage.getByRole('combobox', { name: /Add approver to stage 1/ }).fill('bob');
    await stage.getByRole('option', { name: /Bob Approver/ }).click();
    await stage.getByRole('combobox', { name: /Add escalation approver to stage 1/ }).fill('carol');
    await stage.getByRole('option', { name: /Carol Auditor/ }).click();
    await expect(stage.getByRole('list', { name: 'Stage 1 escalation approvers' })).toContainText('Carol Auditor');
    await stage.getByLabel(/^Escalate after/).fill('90');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByRole('status')).toContainText('Settings saved');

    await page.reload();
    await page.getByLabel(/^Role/).selectOption({ label: 'Intune Administrator' });
    const saved = page.getByRole('form', { name: /Intune Administrator/ }).getByRole('group', { name: 'Approval stage 1' });
    await expect(saved.getByRole('list', { name: 'Approvers of stage 1' })).toContainText('Bob Approver');
    await expect(saved.getByRole('list', { name: 'Stage 1 escalation approvers' })).toContainText('Carol Auditor');
    await expect(saved.getByLabel(/^Escalate after/)).toHaveValue('90');

    // Removing the escalation again: no approvers, no delay.
    await saved.getByRole('button', { name: 'Remove escalation approver Carol Auditor' }).click();
    await saved.getByLabel(/^Escalate after/).fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('form', { name: /Intune Administrator/ }).getByRole('status')).toContainText('Settings saved');
    await page.reload();
    await page.getByLabel(/^Role/).selectOption({ label: 'Intune Administrator' });
    const cleared = page.getByRole('form', { name: /Intune Administrator/ }).getByRole('group', { name: 'Approval stage 1' });
    await expect(cleared.getByRole('list', { name: 'Stage 1 escalation approvers' })).toContainText('No escalation');
    await expect(cleared.getByLabel(/^Escalate after/)).toHaveValue('');
  } finally {
    await admin.close();
  }
});
