import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { adminAssign } from './support/personas';
import { CHAINER_TAG } from '../src/modules/audit/audit.chainer';

/**
 * The role catalogue (issue 14): every role with its role-wide settings and how many hold it now, eligible and active.
 * The counts are what `roleAssignments` lists to the same viewer (in force, a group once), they move with the change
 * they count, and the whole catalogue costs one statement for the counts and one for the settings, however many roles.
 */
const CATALOGUE = `{ roleDefinitions { id name kind privileged holders { eligible active }
  settings { isDefault activation { maxDuration requireMfa requireApproval requireJustification } } } }`;

interface Role {
  id: string;
  name: string;
  kind: string;
  privileged: boolean;
  holders: { eligible: number; active: number };
  settings: { isDefault: boolean; activation: { maxDuration: string; requireMfa: boolean; requireApproval: boolean; requireJustification: boolean } };
}

let recording: string[] | null = null;
const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const original = proto.query;

describe('role catalogue: holders and settings of every role', () => {
  let t: TestApp;
  const token: Record<string, string> = {};

  const ok = <T,>(result: { data?: T | null; errors?: unknown }): T => {
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const catalogue = async (who: string): Promise<Role[]> => ok(await t.gql<{ roleDefinitions: Role[] }>(token[who], CATALOGUE)).roleDefinitions;
  const listed = async (who: string, roleId: string, type: 'ELIGIBLE' | 'ACTIVE'): Promise<number> =>
    ok(
      await t.gql<{ roleAssignments: { totalCount: number } }>(
        token[who],
        'query ($f: RoleAssignmentFilter) { roleAssignments(filter: $f, first: 1) { totalCount } }',
        { f: { roleId, type } },
      ),
    ).roleAssignments.totalCount;

  beforeAll(async () => {
    proto.query = function (this: unknown, ...args: unknown[]) {
      if (recording) {
        const q = args[0] as string | { text?: string };
        const text = typeof q === 'string' ? q : (q?.text ?? '?');
        // The audit chainer's poll runs on its own schedule, not for the request measured.
        if (!text.includes(CHAINER_TAG)) recording.push(text);
      }
      return original.apply(this, args);
    };
    t = await startTestApp({ config: { JOBS: 'false' } });
    for (const who of ['admin', 'dave', 'alice', 'carol']) token[who] = await t.signIn(`${who}@contoso.test`);
  });

  afterAll(async () => {
    proto.query = original;
    await t?.stop();
  });

  it('counts, for each viewer, exactly the assignments in force that roleAssignments lists to them', async () => {
    for (const who of ['admin', 'dave', 'alice', 'carol']) {
      const roles = await catalogue(who);
      expect(roles.length).toBeGreaterThan(20);
      for (const role of roles) {
        expect({ who, role: role.name, ...role.holders }).toEqual({
          who,
          role: role.name,
          eligible: await listed(who, role.id, 'ELIGIBLE'),
          active: await listed(who, role.id, 'ACTIVE'),
        });
      }
    }
    const admin = new Map((await catalogue('admin')).map((role) => [role.name, role.holders]));
    // The demo tenant (API.md): alice is eligible for Security Administrator, carol holds Security Reader permanently.
    expect(admin.get('Security Administrator')!.eligible).toBeGreaterThanOrEqual(1);
    expect(admin.get('Security Reader')!.active).toBeGreaterThanOrEqual(1);
    // alice reads only her own: her eligibilities, nobody else's.
    const alice = new Map((await catalogue('alice')).map((role) => [role.name, role.holders]));
    expect(alice.get('Security Administrator')).toEqual({ eligible: 1, active: 0 });
    expect(alice.get('Security Reader')).toEqual({ eligible: 0, active: 0 });
  });

  it('moves by one with an assignment, and the settings follow an update', async () => {
    const roles = await catalogue('admin');
    const reader = roles.find((role) => role.name === 'Security Reader')!;
    const before = reader.holders;
    const principalId = await t.ids.principal('bob@contoso.test');
    await adminAssign(t, token.admin, { principalId, roleId: reader.id, scopeId: await t.ids.scope('/'), type: 'ELIGIBLE' });
    const after = (await catalogue('admin')).find((role) => role.id === reader.id)!;
    expect(after.holders).toEqual({ eligible: before.eligible + 1, active: before.active });

    const flip = !after.settings.activation.requireMfa;
    ok(
      await t.gql(token.admin, 'mutation ($roleId: ID!, $input: RoleSettingsInput!) { updateRoleSettings(roleId: $roleId, input: $input) { isDefault } }', {
        roleId: reader.id,
        input: { activation: { requireMfa: flip, maxDuration: 'PT3H' } },
      }),
    );
    const updated = (await catalogue('carol')).find((role) => role.id === reader.id)!;
    expect(updated.settings).toMatchObject({ isDefault: false, activation: { requireMfa: flip, maxDuration: 'PT3H' } });
  });

  it('costs one statement for every role’s holders and one for every role’s settings', async () => {
    recording = [];
    const roles = await catalogue('dave');
    const statements = recording;
    recording = null;
    expect(roles.length).toBeGreaterThan(20);
    expect(statements.filter((sql) => /FROM role_assignment a/.test(sql) && /GROUP BY a\.role_id/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM role_setting/.test(sql))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(8);
  });
});
