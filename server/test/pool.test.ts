import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';

/**
 * With a small connection pool, many simultaneous changes must all answer: a transaction never waits for a second pooled
 * connection (found by benchmark B5: 20 simultaneous approvals held all 20 connections and waited for ever).
 */
describe('connection pool under simultaneous changes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { DATABASE_POOL_SIZE: '3', JOBS: 'false' } });
  });
  afterAll(async () => t?.stop());

  it('8 simultaneous removals and 8 simultaneous decisions on a pool of 3 all answer', async () => {
    const admin = await t.signIn('admin@contoso.test');
    const root = await t.ids.scope('/');
    const secAdmin = await t.ids.role('Security Administrator');
    const reportsReader = await t.ids.role('Reports Reader');
    await t.gql(admin, `mutation($r: ID!) { updateRoleSettings(roleId: $r, input: { activation: { requireMfa: false } }) { isDefault } }`, { r: secAdmin });
    const users: string[] = [];
    const removals: string[] = [];
    for (let i = 0; i < 8; i++) {
      const id = await addUser(t, `Pool ${i}`, `pool-${i}@contoso.test`);
      users.push(id);
      await adminAssign(t, admin, { principalId: id, roleId: secAdmin, scopeId: root, type: 'ELIGIBLE' });
      removals.push((await adminAssign(t, admin, { principalId: id, roleId: reportsReader, scopeId: root, type: 'ELIGIBLE' })).assignmentId);
    }
    const requests: string[] = [];
    for (let i = 0; i < 8; i++) {
      const token = await t.signIn(`pool-${i}@contoso.test`);
      const asked = await t.gql<{ activateRole: { id: string } }>(token, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
        input: { roleId: secAdmin, scopeId: root, duration: 'PT1H', justification: 'pool' },
      });
      requests.push(asked.data!.activateRole.id);
    }
    const bob = await t.signIn('bob@contoso.test');
    const answers = await Promise.all([
      ...removals.map((id) => t.gql(admin, 'mutation($id: ID!) { removeAssignment(assignmentId: $id) { status } }', { id })),
      ...requests.map((id) => t.gql(bob, 'mutation($id: ID!) { denyRequest(requestId: $id, justification: "pool") { status } }', { id })),
    ]);
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(16).fill('ok'));
  });
});
