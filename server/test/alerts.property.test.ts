import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { addUser } from './support/personas';

/**
 * Incremental and full scans agree: after any sequence of changes (assignments of privileged roles and of Owner,
 * removals, disabling and enabling people, MFA on activation turned off and on, thresholds), the incidents each change
 * left in its own transaction are exactly those a full scan then finds.
 */
describe('alerts: the incremental rescan of each change agrees with a full scan (property)', () => {
  let t: TestApp;
  let admin: string;
  const people: string[] = [];
  const roles: Record<string, string> = {};
  const scopes: string[] = [];
  const alertIds: Record<string, string> = {};
  const held: string[] = [];

  const ok = async (query: string, variables: Record<string, unknown>) => {
    const result = await t.gql<Record<string, { id?: string; assignment?: { id: string } }>>(admin, query, variables);
    return result;
  };
  const stored = async () =>
    (await t.sql<{ row: string }>("SELECT alert_type || ' ' || key || ' ' || detail AS row FROM alert_incident ORDER BY alert_type, key")).map((r) => r.row);

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    for (let i = 0; i < 5; i++) people.push(await addUser(t, `Prop Person ${i}`, `prop${i}@contoso.test`));
    // Two of them look stale: they never signed in and were made long ago.
    await t.sql("UPDATE principal SET created_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])", [people.slice(0, 2)]);
    for (const name of ['Global Administrator', 'Security Administrator', 'Owner', 'Reader']) roles[name] = await t.ids.role(name);
    for (const name of ['/', 'Production', 'Development', 'rg-web']) scopes.push(await t.ids.scope(name));
    const catalogue = await t.gql<{ alerts: { id: string; type: string }[] }>(admin, 'query { alerts { id type } }');
    for (const alert of catalogue.data!.alerts) alertIds[alert.type] = alert.id;
    await t.gql(admin, 'mutation { refreshAlerts { id } }');
  });
  afterAll(async () => t?.stop());

  const op = fc.oneof(
    fc.record({ kind: fc.constant('ga' as const), who: fc.nat(4), type: fc.constantFrom('ACTIVE', 'ELIGIBLE') }),
    fc.record({ kind: fc.constant('owner' as const), who: fc.nat(4), where: fc.integer({ min: 1, max: 3 }), type: fc.constantFrom('ACTIVE', 'ELIGIBLE') }),
    fc.record({ kind: fc.constant('remove' as const), which: fc.nat(20) }),
    fc.record({ kind: fc.constant('enable' as const), who: fc.nat(4), enabled: fc.boolean() }),
    fc.record({ kind: fc.constant('mfa' as const), requireMfa: fc.boolean() }),
    fc.record({ kind: fc.constant('threshold' as const), count: fc.integer({ min: 1, max: 4 }), owners: fc.integer({ min: 2, max: 3 }) }),
  );

  it('holds for generated sequences of changes', async () => {
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const step of ops) {
          if (step.kind === 'ga' || step.kind === 'owner') {
            const result = await ok('mutation($input: AssignRoleInput!) { assignRole(input: $input) { id assignment { id } } }', {
              input: {
                principalId: people[step.who],
                roleId: step.kind === 'ga' ? roles['Global Administrator'] : roles.Owner,
                scopeId: step.kind === 'ga' ? scopes[0] : scopes[step.where],
                type: step.type,
                duration: 'P30D',
                justification: 'property',
              },
            });
            const assignment = result.data?.assignRole?.assignment;
            if (assignment) held.push(assignment.id);
          } else if (step.kind === 'remove' && held.length) {
            const [id] = held.splice(step.which % held.length, 1);
            await ok('mutation($id: ID!) { removeAssignment(assignmentId: $id, justification: "property") { id } }', { id });
          } else if (step.kind === 'enable') {
            await ok('mutation($id: ID!, $enabled: Boolean!) { setPrincipalEnabled(principalId: $id, enabled: $enabled, reason: "property") { id } }', { id: people[step.who], enabled: step.enabled });
          } else if (step.kind === 'mfa') {
            await ok('mutation($roleId: ID!, $mfa: Boolean!) { updateRoleSettings(roleId: $roleId, input: { activation: { requireMfa: $mfa } }) { role { id } } }', {
              roleId: roles['Security Administrator'],
              mfa: step.requireMfa,
            });
          } else if (step.kind === 'threshold') {
            const settings = 'mutation($id: ID!, $input: AlertSettingsInput!) { updateAlertSettings(alertId: $id, input: $input) { id } }';
            await ok(settings, { id: alertIds.TOO_MANY_GLOBAL_ADMINS, input: { thresholds: [{ name: 'minimumCount', value: step.count }, { name: 'minimumPercent', value: 0 }] } });
            await ok(settings, { id: alertIds.TOO_MANY_OWNERS, input: { thresholds: [{ name: 'owners', value: step.owners }] } });
          }
        }
        const incremental = await stored();
        seen = Math.max(seen, new Set(incremental.map((row) => row.split(' ')[0])).size);
        await t.gql(admin, 'mutation { refreshAlerts { id } }');
        expect(await stored()).toEqual(incremental);
      }),
      { numRuns: 12 },
    );
    // The sequences did raise something, so the comparisons were not between empty sets.
    expect(seen).toBeGreaterThanOrEqual(2);
  });
});
