import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssignmentState, AssignmentType } from '../src/lib/vocabulary/assignments';
import { RoleKind, ScopeType, roleKindForScope } from '../src/lib/vocabulary/scopes';
import type { Caller } from '../src/modules/access/caller';
import { GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID, TENANT_ROOT_SCOPE_ID } from '../src/modules/roles/built-in-roles';
import { ManualClock, startTestApp, type TestApp } from './support/app';

/** A small deterministic PRNG (mulberry32), so that a failing tenant can be regenerated from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)], chance: (p: number) => next() < p };
}

interface Scope { id: string; type: ScopeType; path: string[]; groupId: string | null; history: { until: Date; path: string[] }[] }

/** The scope's path at `at`: where it sat before each move that came after `at`, else where it is now. */
const pathAt = (scope: Scope, at: Date) => scope.history.find((placement) => at < placement.until)?.path ?? scope.path;
interface Principal { id: string; kind: 'USER' | 'GROUP'; enabled: boolean }
interface Assignment { id: string; principalId: string; roleId: string; scopeId: string; type: AssignmentType; start: Date; end: Date | null }

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Generates a small tenant on top of the demo tenant; everything it makes is new, so the reference knows all of it. */
async function generateTenant(t: TestApp, seed: number, now: Date, admin: Caller, clock: ManualClock) {
  const rnd = prng(seed);
  const roles = await t.sql<{ id: string; kind: RoleKind }>("SELECT id, kind FROM role_definition WHERE kind <> 'GROUP'");
  const scopes: Scope[] = [];
  const root: Scope = { id: TENANT_ROOT_SCOPE_ID, type: ScopeType.TENANT, path: [TENANT_ROOT_SCOPE_ID], groupId: null, history: [] };
  scopes.push(root);
  const addScope = async (type: ScopeType, parent: Scope, groupId: string | null = null) => {
    const id = randomUUID();
    const scope: Scope = { id, type, path: [...parent.path, id], groupId, history: [] };
    await t.sql('INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, $2, $3, $4, $5, $6)', [id, type, `s${seed}-${scopes.length}`, parent.id, scope.path, groupId]);
    scopes.push(scope);
    return scope;
  };
  await addScope(ScopeType.ADMINISTRATIVE_UNIT, root);
  for (let m = 0; m < 2; m++) {
    const mg = await addScope(ScopeType.MANAGEMENT_GROUP, root);
    for (let s = 0; s < 2; s++) {
      const sub = await addScope(ScopeType.SUBSCRIPTION, mg);
      for (let g = 0; g < 2; g++) {
        const rg = await addScope(ScopeType.RESOURCE_GROUP, sub);
        for (let r = 0; r < 2; r++) await addScope(ScopeType.RESOURCE, rg);
      }
    }
  }
  const principals: Principal[] = [];
  for (let i = 0; i < 8; i++) {
    const id = randomUUID();
    const enabled = i !== 0;
    await t.sql("INSERT INTO principal (id, type, display_name, email, user_type, enabled, disabled_at) VALUES ($1, 'USER', $2, $3, 'MEMBER', $4, $5)", [
      id, `u${seed}-${i}`, `u${seed}-${i}-${id}@gen.test`, enabled, enabled ? null : new Date(now.getTime() - 30 * DAY),
    ]);
    principals.push({ id, kind: 'USER', enabled });
  }
  const groupScopes: Scope[] = [];
  for (let i = 0; i < 3; i++) {
    const id = randomUUID();
    const enabled = i !== 2 || rnd.chance(0.5);
    await t.sql("INSERT INTO principal (id, type, display_name, role_assignable, enabled, disabled_at) VALUES ($1, 'GROUP', $2, true, $3, $4)", [
      id, `g${seed}-${i}`, enabled, enabled ? null : new Date(now.getTime() - 30 * DAY),
    ]);
    principals.push({ id, kind: 'GROUP', enabled });
    groupScopes.push(await addScope(ScopeType.GROUP, root, id));
  }
  const users = principals.filter((p) => p.kind === 'USER');
  const groups = principals.filter((p) => p.kind === 'GROUP');
  const assignments: Assignment[] = [];
  const window = () => {
    const start = new Date(now.getTime() + (rnd.int(15 * 24) - 10 * 24) * HOUR);
    const end = rnd.chance(0.25) ? null : new Date(start.getTime() + (1 + rnd.int(20 * 24)) * HOUR);
    return { start, end };
  };
  const insert = async (a: Assignment) => {
    await t.sql(
      "INSERT INTO role_assignment (id, principal_id, role_id, scope_id, type, origin, start_at, end_at, source) VALUES ($1, $2, $3, $4, $5, 'ASSIGNED', $6, $7, 'IMPORT')",
      [a.id, a.principalId, a.roleId, a.scopeId, a.type, a.start, a.end],
    );
    assignments.push(a);
  };
  for (let i = 0; i < 70; i++) {
    const scope = rnd.pick(scopes.filter((s) => s.type !== ScopeType.GROUP));
    const kind = roleKindForScope(scope.type);
    const role = rnd.pick(roles.filter((r) => r.kind === kind));
    const principal = rnd.chance(0.3) ? rnd.pick(groups) : rnd.pick(users);
    await insert({ id: randomUUID(), principalId: principal.id, roleId: role.id, scopeId: scope.id, type: rnd.chance(0.7) ? AssignmentType.ACTIVE : AssignmentType.ELIGIBLE, ...window() });
  }
  for (let i = 0; i < 16; i++) {
    const groupScope = rnd.pick(groupScopes);
    await insert({ id: randomUUID(), principalId: rnd.pick(users).id, roleId: GROUP_MEMBER_ID, scopeId: groupScope.id, type: rnd.chance(0.8) ? AssignmentType.ACTIVE : AssignmentType.ELIGIBLE, ...window() });
  }
  // Moves, through the product, five days before `now`: the instants asked about fall on both sides of them.
  const movedAt = new Date(now.getTime() - 5 * DAY);
  clock.set(movedAt);
  const move = async (scope: Scope, parent: Scope) => {
    await t.app.services.scopeTree.update(admin, scope.id, { parentId: parent.id });
    for (const below of scopes.filter((s) => s.path.includes(scope.id))) {
      below.history.push({ until: movedAt, path: below.path });
      below.path = [...parent.path, ...below.path.slice(below.path.indexOf(scope.id))];
    }
  };
  const ofType = (type: ScopeType) => scopes.filter((s) => s.type === type);
  for (let i = 0; i < 2; i++) {
    const rg = rnd.pick(ofType(ScopeType.RESOURCE_GROUP));
    await move(rg, rnd.pick(ofType(ScopeType.SUBSCRIPTION).filter((sub) => sub.id !== rg.path[rg.path.length - 2])));
  }
  const sub = rnd.pick(ofType(ScopeType.SUBSCRIPTION));
  await move(sub, rnd.pick(ofType(ScopeType.MANAGEMENT_GROUP).filter((mg) => mg.id !== sub.path[sub.path.length - 2])));
  clock.set(now);
  return { scopes, principals, users, groups, assignments, groupScopes };
}

type Tenant = Awaited<ReturnType<typeof generateTenant>>;

const inForce = (a: { start: Date; end: Date | null }, at: Date) => a.start <= at && (a.end === null || a.end > at);

/** The reference: DOMAIN.md's rule written as plainly as possible, by enumeration. */
function referencePaths(tenant: Tenant, principalId: string, scope: Scope, at: Date, roleKinds: Map<string, RoleKind>) {
  const principal = tenant.principals.find((p) => p.id === principalId)!;
  if (!principal.enabled) return [];
  const kind = roleKindForScope(scope.type);
  const applies = (a: Assignment) => a.type === AssignmentType.ACTIVE && inForce(a, at) && pathAt(scope, at).includes(a.scopeId) && roleKinds.get(a.roleId) === kind;
  const paths: { roleId: string; assignmentId: string; groupId: string | null }[] = [];
  for (const a of tenant.assignments) {
    if (!applies(a)) continue;
    if (a.principalId === principalId) paths.push({ roleId: a.roleId, assignmentId: a.id, groupId: null });
    const group = tenant.groups.find((g) => g.id === a.principalId);
    if (!group || !group.enabled) continue;
    const groupScope = tenant.groupScopes.find((s) => s.groupId === group.id)!;
    for (const m of tenant.assignments) {
      if (m.roleId === GROUP_MEMBER_ID && m.scopeId === groupScope.id && m.principalId === principalId && m.type === AssignmentType.ACTIVE && inForce(m, at)) {
        paths.push({ roleId: a.roleId, assignmentId: a.id, groupId: group.id });
      }
    }
  }
  return paths;
}

/** The listing shows schedules (enabled or not): direct rows of users, and users' rows through their groups. */
function referenceListing(tenant: Tenant, scope: Scope, at: Date, roleKinds: Map<string, RoleKind>) {
  const kind = roleKindForScope(scope.type);
  const rows: string[] = [];
  const users = new Set(tenant.users.map((u) => u.id));
  for (const a of tenant.assignments) {
    if (a.type !== AssignmentType.ACTIVE || !inForce(a, at) || !pathAt(scope, at).includes(a.scopeId) || roleKinds.get(a.roleId) !== kind) continue;
    if (users.has(a.principalId)) rows.push(`${a.principalId}/${a.roleId}/${a.id}/null`);
    const groupScope = tenant.groupScopes.find((s) => s.groupId === a.principalId);
    if (!groupScope) continue;
    for (const m of tenant.assignments) {
      if (m.roleId === GROUP_MEMBER_ID && m.scopeId === groupScope.id && m.type === AssignmentType.ACTIVE && inForce(m, at)) {
        rows.push(`${m.principalId}/${a.roleId}/${a.id}/${a.principalId}`);
      }
    }
  }
  return rows.sort();
}

describe('effective access against a brute-force reference', () => {
  let t: TestApp;
  let admin: Caller;
  let roleKinds: Map<string, RoleKind>;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ clock });
    // The generated moves are made a few days back: Ada must have been Global Administrator then (the seed made her one now).
    await t.sql(
      `INSERT INTO role_assignment (principal_id, role_id, scope_id, type, origin, start_at, end_at, source)
       SELECT principal_id, role_id, scope_id, type, origin, start_at - interval '60 days', start_at, 'IMPORT' FROM role_assignment
        WHERE role_id = $1 AND principal_id = (SELECT id FROM principal WHERE email = 'admin@contoso.test')`,
      [GLOBAL_ADMINISTRATOR_ID],
    );
    admin = t.app.services.caller(await t.app.services.auth.resolveToken(await t.signIn('admin@contoso.test')));
    roleKinds = new Map((await t.sql<{ id: string; kind: RoleKind }>('SELECT id, kind FROM role_definition')).map((r) => [r.id, r.kind]));
  });
  afterAll(async () => t?.stop());

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`agrees on generated tenant #${seed}: effectiveAccess, explainAccess and roleAssignments, now and as of other instants`, async () => {
      const now = new Date();
      clock.set(now);
      const tenant = await generateTenant(t, seed, now, admin, clock);
      const rnd = prng(seed * 7919);
      const instants = [now, new Date(now.getTime() - 3 * DAY - 17 * 60_000), new Date(now.getTime() + 2 * DAY + 5 * HOUR), new Date(now.getTime() - 9 * DAY)];
      let compared = 0;
      let nonEmpty = 0;
      let throughGroups = 0;
      let acrossMoves = 0;
      let checked = 0;
      for (const at of instants) {
        // checkAccess, in one batch per instant: the roles the reference finds, and others of the scope's kind.
        const checks: { principalId: string; roleId: string; scopeId: string; asOf: Date; expected: boolean }[] = [];
        for (const user of tenant.users) {
          for (let k = 0; k < 6; k++) {
            const scope = rnd.pick(tenant.scopes.filter((s) => s.type !== ScopeType.GROUP));
            const expected = referencePaths(tenant, user.id, scope, at, roleKinds);
            const effective = await t.app.services.access.effectiveAccess(admin, user.id, scope.id, at);
            const actualRoles = effective.map((e) => e.roleId).sort();
            const expectedRoles = [...new Set(expected.map((p) => p.roleId))].sort();
            expect(actualRoles, `seed ${seed} user ${user.id} scope ${scope.id} at ${at.toISOString()}`).toEqual(expectedRoles);
            const actualPaths = effective.flatMap((e) => e.paths.map((p) => `${e.roleId}/${p.assignmentId}/${p.groupId}`)).sort();
            expect(actualPaths).toEqual(expected.map((p) => `${p.roleId}/${p.assignmentId}/${p.groupId}`).sort());
            for (const roleId of expectedRoles.slice(0, 2)) {
              const explained = await t.app.services.access.explainAccess(admin, user.id, roleId, scope.id, at);
              expect(explained.map((p) => `${p.assignmentId}/${p.groupId}`).sort()).toEqual(
                expected.filter((p) => p.roleId === roleId).map((p) => `${p.assignmentId}/${p.groupId}`).sort(),
              );
            }
            const ofKind = [...roleKinds].filter(([, kind]) => kind === roleKindForScope(scope.type)).map(([roleId]) => roleId);
            // And the roles assigned above the scope in its tree now or before a move: a move decides those.
            const above = new Set([...scope.path, ...scope.history.flatMap((placement) => placement.path)]);
            const nearby = tenant.assignments.filter((a) => above.has(a.scopeId) && ofKind.includes(a.roleId)).map((a) => a.roleId);
            for (const roleId of new Set([...expectedRoles, ...nearby, rnd.pick(ofKind), rnd.pick(ofKind)])) {
              checks.push({ principalId: user.id, roleId, scopeId: scope.id, asOf: at, expected: expectedRoles.includes(roleId) });
            }
            compared += 1;
            if (expected.length) nonEmpty += 1;
            if (expected.some((p) => p.groupId)) throughGroups += 1;
            if (pathAt(scope, at).join() !== scope.path.join()) acrossMoves += 1;
          }
        }
        // Every direct holding asked about at each scope below it, in the tree now or before a move: the moves decide these.
        for (const a of tenant.assignments.filter((x) => x.type === AssignmentType.ACTIVE && tenant.users.some((u) => u.id === x.principalId))) {
          for (const scope of tenant.scopes.filter((x) => x.type !== ScopeType.GROUP && [x.path, ...x.history.map((h) => h.path)].some((path) => path.includes(a.scopeId)))) {
            const expected = referencePaths(tenant, a.principalId, scope, at, roleKinds).some((path) => path.roleId === a.roleId);
            checks.push({ principalId: a.principalId, roleId: a.roleId, scopeId: scope.id, asOf: at, expected });
          }
        }
        const answers = await t.app.services.access.checkAccess(admin, checks.map(({ expected: _expected, ...check }) => check));
        expect(
          checks.filter((check, index) => answers[index].allowed !== check.expected || answers[index].problem !== null),
          `checkAccess as of ${at.toISOString()}`,
        ).toEqual([]);
        checked += checks.length;
        // "Who holds what at this scope": every user row (direct or through a group) of the listing matches the reference.
        for (let k = 0; k < 5; k++) {
          const scope = rnd.pick(tenant.scopes.filter((s) => s.type !== ScopeType.GROUP && s.type !== ScopeType.TENANT));
          const listing = await t.app.services.assignments.list(
            admin,
            { scopeId: scope.id, includeInherited: true, expandGroups: true, type: AssignmentType.ACTIVE, state: AssignmentState.IN_FORCE, asOf: at },
            100,
            null,
          );
          const generatedUsers = new Set(tenant.users.map((u) => u.id));
          const actual = listing.edges
            .map((e) => e.node)
            .filter((row) => generatedUsers.has(row.principalId))
            .map((row) => `${row.principalId}/${row.roleId}/${row.assignmentId}/${row.viaGroupId}`)
            .sort();
          expect(actual, `listing at ${scope.id} as of ${at.toISOString()}`).toEqual(referenceListing(tenant, scope, at, roleKinds));
        }
      }
      expect(compared).toBe(instants.length * tenant.users.length * 6);
      expect(checked).toBeGreaterThan(compared);
      // The generated tenants must exercise the interesting cases, or the comparison proves little.
      expect(nonEmpty).toBeGreaterThan(15);
      expect(throughGroups).toBeGreaterThan(0);
      // Questions about a moved scope before its move, answered with the old tree.
      expect(acrossMoves).toBeGreaterThan(0);
    });
  }
});
