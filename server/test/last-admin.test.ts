import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssignmentType } from '../src/lib/vocabulary/assignments';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';

const REMOVE = 'mutation($id: ID!) { removeAssignment(assignmentId: $id, justification: "race") { id status } }';

async function activeGlobalAdmins(t: TestApp): Promise<number> {
  const [row] = await t.sql<{ n: number }>(
    `SELECT count(DISTINCT a.principal_id)::int AS n FROM role_assignment a
      WHERE a.role_id = '62e90394-69f5-4237-9190-012177145e10' AND a.type = 'ACTIVE'
        AND a.start_at <= now() AND (a.end_at IS NULL OR a.end_at > now())`,
  );
  return row.n;
}

/** R3: the last active Global Administrator can never be removed, also when two admins try at the same instant. */
describe('last administrator protection (R3)', () => {
  let t: TestApp;
  let gaRole: string;
  let root: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaRole = await t.ids.role('Global Administrator');
    root = await t.ids.scope('/');
  });
  afterAll(async () => t?.stop());

  it('refuses to remove the only active Global Administrator, even by themselves', async () => {
    const admin = await t.signIn('admin@contoso.test');
    const [own] = await t.sql<{ id: string }>('SELECT id FROM role_assignment WHERE role_id = $1', [gaRole]);
    const result = await t.gql(admin, REMOVE, { id: own.id });
    expect(result.errors?.[0].extensions?.code).toBe('LAST_ADMIN_PROTECTED');
    expect(await activeGlobalAdmins(t)).toBe(1);
  });

  it('never lets the last Global Administrator expire: an end for the only permanent one is refused', async () => {
    const admin = await t.signIn('admin@contoso.test');
    const [own] = await t.sql<{ id: string; end_at: Date | null }>('SELECT id, end_at FROM role_assignment WHERE role_id = $1', [gaRole]);
    expect(own.end_at).toBeNull();
    const update = await t.gql(admin, 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id } }', {
      input: { assignmentId: own.id, duration: 'P10D', justification: 'time-box myself' },
    });
    expect(update.errors?.[0].extensions?.code).toBe('LAST_ADMIN_PROTECTED');
    const [after] = await t.sql<{ end_at: Date | null }>('SELECT end_at FROM role_assignment WHERE id = $1', [own.id]);
    expect(after.end_at).toBeNull();
  });

  // 200 rounds over HTTP: generous on a busy 2-core machine (a behaviour test, not a timing one).
  it('two admins removing each other at the same instant, 200 times: exactly one wins, never zero left', { timeout: 240_000 }, async () => {
    const second = await addUser(t, 'Second Admin', `ga2-${randomUUID()}@contoso.test`);
    const adminId = await t.ids.principal('admin@contoso.test');
    const tokens: Record<string, string> = {
      [adminId]: await t.signIn('admin@contoso.test'),
      [second]: await t.signIn((await t.sql<{ email: string }>('SELECT email FROM principal WHERE id = $1', [second]))[0].email),
    };
    // The survivor of each round makes the other a Global Administrator again for the next round.
    let survivor = adminId;
    let other = second;
    let wins = 0;
    for (let round = 0; round < 200; round++) {
      await adminAssign(t, tokens[survivor], { principalId: other, roleId: gaRole, scopeId: root, type: 'ACTIVE', duration: 'P1D' });
      const held = await t.sql<{ id: string; principal_id: string }>(
        `SELECT id, principal_id FROM role_assignment WHERE role_id = $1 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`,
        [gaRole],
      );
      expect(held.map((h) => h.principal_id).sort()).toEqual([adminId, second].sort());
      const of = (principal: string) => held.find((h) => h.principal_id === principal)!.id;
      const [a, b] = await Promise.all([
        t.gql<{ removeAssignment: { id: string } }>(tokens[adminId], REMOVE, { id: of(second) }),
        t.gql<{ removeAssignment: { id: string } }>(tokens[second], REMOVE, { id: of(adminId) }),
      ]);
      const codes = [a, b].map((r) => (r.errors ? r.errors[0].extensions?.code : 'ok'));
      // The loser is refused either by the guard or, if the winner committed before its authorization was read, because
      // it no longer is a Global Administrator (and so may not even see the assignment: NOT_FOUND).
      expect(codes.filter((code) => code === 'ok'), `round ${round}: ${codes}`).toHaveLength(1);
      expect(codes.filter((code) => code === 'LAST_ADMIN_PROTECTED' || code === 'NOT_FOUND'), `round ${round}: ${codes}`).toHaveLength(1);
      expect(await activeGlobalAdmins(t), `round ${round}`).toBe(1);
      wins += 1;
      survivor = a.data?.removeAssignment ? adminId : second;
      other = survivor === adminId ? second : adminId;
    }
    expect(wins).toBe(200);
  });

  it('with both admins already authorised, 200 simultaneous cross-removals: the guard refuses exactly one each time', { timeout: 240_000 }, async () => {
    const services = t.app.services;
    const first = await addUser(t, 'Race One', `race1-${randomUUID()}@contoso.test`);
    const second = await addUser(t, 'Race Two', `race2-${randomUUID()}@contoso.test`);
    const email = async (id: string) => (await t.sql<{ email: string }>('SELECT email FROM principal WHERE id = $1', [id]))[0].email;
    const [holder] = await t.sql<{ principal_id: string }>(
      `SELECT principal_id FROM role_assignment WHERE role_id = $1 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`,
      [gaRole],
    );
    const bootstrap = await t.signIn(await email(holder.principal_id));
    const viewers = {
      [first]: (await services.auth.resolveToken(await t.signIn(await email(first))))!,
      [second]: (await services.auth.resolveToken(await t.signIn(await email(second))))!,
    };
    await adminAssign(t, bootstrap, { principalId: first, roleId: gaRole, scopeId: root, type: 'ACTIVE', duration: null });
    // Leave only `first` and `second` as Global Administrators.
    const others = await t.sql<{ id: string }>(
      `SELECT id FROM role_assignment WHERE role_id = $1 AND type = 'ACTIVE' AND principal_id <> $2 AND (end_at IS NULL OR end_at > now())`,
      [gaRole, first],
    );
    const firstCaller = services.caller(viewers[first]);
    for (const row of others) await services.assignments.removeAssignment(firstCaller, row.id, 'setup');
    let survivor = first;
    let guardRefusals = 0;
    for (let round = 0; round < 200; round++) {
      const other = survivor === first ? second : first;
      await services.assignments.assignRole(services.caller(viewers[survivor]), {
        principalId: other, roleId: gaRole, scopeId: root, type: AssignmentType.ACTIVE, justification: 'race',
      });
      const held = await t.sql<{ id: string; principal_id: string }>(
        `SELECT id, principal_id FROM role_assignment WHERE role_id = $1 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`,
        [gaRole],
      );
      expect(held).toHaveLength(2);
      const callers = { [first]: services.caller(viewers[first]), [second]: services.caller(viewers[second]) };
      // Both are authorised before either acts: the removals then race inside the guard.
      await Promise.all([callers[first].capabilities(), callers[second].capabilities()]);
      const results = await Promise.allSettled(
        held.map((h) => services.assignments.removeAssignment(callers[h.principal_id === first ? second : first], h.id, 'race')),
      );
      const refused = results.filter((r) => r.status === 'rejected');
      expect(refused, `round ${round}`).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason.code).toBe('LAST_ADMIN_PROTECTED');
      guardRefusals += 1;
      expect(await activeGlobalAdmins(t), `round ${round}`).toBe(1);
      const [left] = await t.sql<{ principal_id: string }>(
        `SELECT principal_id FROM role_assignment WHERE role_id = $1 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`,
        [gaRole],
      );
      survivor = left.principal_id;
    }
    expect(guardRefusals).toBe(200);
  });

  it('counts holders through groups: removing the last member of a group that holds Global Administrator is refused', async () => {
    const current = await t.sql<{ id: string; principal_id: string }>(
      `SELECT id, principal_id FROM role_assignment WHERE role_id = $1 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`,
      [gaRole],
    );
    const holderEmail = (await t.sql<{ email: string }>('SELECT email FROM principal WHERE id = $1', [current[0].principal_id]))[0].email;
    const holder = await t.signIn(holderEmail);
    // A role-assignable group holds Global Administrator permanently; one user is a permanent member of it.
    const groupId = randomUUID();
    const groupScope = randomUUID();
    const member = await addUser(t, 'Break Glass', `break-glass-${randomUUID()}@contoso.test`);
    await t.sql("INSERT INTO principal (id, type, display_name, role_assignable) VALUES ($1, 'GROUP', 'Break-glass admins', true)", [groupId]);
    await t.sql("INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, 'GROUP', 'Break-glass admins', $2, ARRAY[$2, $1]::uuid[], $3)", [groupScope, root, groupId]);
    const memberRole = (await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'GROUP' AND name = 'Member'"))[0].id;
    const [membership] = await t.sql<{ id: string }>(
      "INSERT INTO role_assignment (principal_id, role_id, scope_id, type, start_at) VALUES ($1, $2, $3, 'ACTIVE', now() - interval '1 minute') RETURNING id",
      [member, memberRole, groupScope],
    );
    await adminAssign(t, holder, { principalId: groupId, roleId: gaRole, scopeId: root, type: 'ACTIVE', duration: null });
    // The direct holders can go: the member holds it through the group, for ever.
    for (const row of current) {
      const direct = await t.gql(holder, REMOVE, { id: row.id });
      expect(direct.errors).toBeUndefined();
    }
    const viaMembership = await t.gql(await t.signIn('admin@contoso.test').catch(() => holder), REMOVE, { id: membership.id });
    expect(['LAST_ADMIN_PROTECTED', 'NOT_FOUND']).toContain(viaMembership.errors?.[0].extensions?.code);
    const breakGlass = await t.signIn((await t.sql<{ email: string }>('SELECT email FROM principal WHERE id = $1', [member]))[0].email);
    const byMember = await t.gql(breakGlass, REMOVE, { id: membership.id });
    expect(byMember.errors?.[0].extensions?.code).toBe('LAST_ADMIN_PROTECTED');
    const access = await t.gql<{ effectiveAccess: { role: { name: string }; paths: { kind: string }[] }[] }>(
      breakGlass,
      `{ effectiveAccess(principalId: "${member}", scopeId: "${root}") { role { name } paths { kind } } }`,
    );
    expect(access.data?.effectiveAccess).toContainEqual({ role: { name: 'Global Administrator' }, paths: [{ kind: 'GROUP' }] });
  });

});
