import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoleKind } from '../../lib/vocabulary/scopes';
import {
  AZURE_CONTRIBUTOR_ID,
  AZURE_OWNER_ID,
  AZURE_READER_ID,
  BUILT_IN_ROLES,
  GLOBAL_ADMINISTRATOR_ID,
  GLOBAL_READER_ID,
  GROUP_MEMBER_ID,
  GROUP_OWNER_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  REPORTS_READER_ID,
  SECURITY_ADMINISTRATOR_ID,
  SECURITY_READER_ID,
  TENANT_ROOT_SCOPE_ID,
  USER_ACCESS_ADMINISTRATOR_ID,
  USER_ADMINISTRATOR_ID,
} from '../roles/built-in-roles';
import type { HoldingRow } from './access.repository';
import { Capabilities, type ScopeRef } from './capabilities';

/**
 * A small tenant: `/` › Production › rg-web, `/` › Development, and two groups' scopes under `/`.
 * Each scope's path runs from the root to itself, as the scope table stores it.
 */
const scope = (id: string, parent: ScopeRef | null, groupId: string | null = null): ScopeRef => ({
  id,
  path: [...(parent?.path ?? []), id],
  groupId,
});
const root = scope(TENANT_ROOT_SCOPE_ID, null);
const production = scope('00000000-0000-4000-8000-0000000000a1', root);
const rgWeb = scope('00000000-0000-4000-8000-0000000000a2', production);
const development = scope('00000000-0000-4000-8000-0000000000a3', root);
const groupA = scope('00000000-0000-4000-8000-0000000000b1', root, '00000000-0000-4000-8000-0000000000c1');
const groupB = scope('00000000-0000-4000-8000-0000000000b2', root, '00000000-0000-4000-8000-0000000000c2');
const NAMES = new Map([
  [root, '/'],
  [production, 'Production'],
  [rgWeb, 'rg-web'],
  [development, 'Development'],
  [groupA, 'groupA'],
  [groupB, 'groupB'],
]);
const SCOPES = [...NAMES.keys()];
const KINDS = [RoleKind.DIRECTORY, RoleKind.RESOURCE, RoleKind.GROUP];

const ME = '00000000-0000-4000-8000-00000000000e';
const kindOf = new Map(BUILT_IN_ROLES.map((role) => [role.id, role.kind]));

/** An active holding of a built-in role at a scope, as findHoldings returns it. */
function holding(roleId: string, at: ScopeRef): HoldingRow {
  return {
    holder_id: ME,
    assignment_id: `${roleId}:${at.id}`,
    principal_id: ME,
    role_id: roleId,
    scope_id: at.id,
    start_at: new Date(0),
    end_at: null,
    via_group_id: null,
    membership_id: null,
    membership_start_at: null,
    membership_end_at: null,
    role_kind: kindOf.get(roleId) ?? RoleKind.DIRECTORY,
    scope_type: at.groupId ? 'GROUP' : at.id === root.id ? 'TENANT' : 'SUBSCRIPTION',
    scope_path: at.path,
    scope_group_id: at.groupId,
  };
}
const capabilitiesOf = (...held: [string, ScopeRef][]) => new Capabilities(ME, held.map(([roleId, at]) => holding(roleId, at)));

/** Every (kind, scope) pair for which `test` holds, as "KIND@scope" strings: one readable assertion per principal. */
function where(test: (kind: RoleKind, at: ScopeRef) => boolean): string[] {
  return KINDS.flatMap((kind) => SCOPES.filter((s) => test(kind, s)).map((s) => `${kind}@${NAMES.get(s)}`));
}
const ALL = where(() => true);
const everywhere = (only: RoleKind) => where((kind) => kind === only);

describe('Capabilities of the built-in roles', () => {
  it('no holdings: nothing beyond their own', () => {
    const c = capabilitiesOf();
    expect(where((k, s) => c.canManage(k, s))).toEqual([]);
    expect(where((k, s) => c.canRead(k, s))).toEqual([]);
    expect(c.manageableScopes()).toEqual([]);
    expect([c.isAnyAdmin, c.readsAnyoneElse, c.readsAuditLog, c.managesTenant, c.readsDirectoryDetails, c.readsAll]).toEqual([false, false, false, false, false, false]);
  });

  it('Global Administrator at / manages and reads everything', () => {
    const c = capabilitiesOf([GLOBAL_ADMINISTRATOR_ID, root]);
    expect(where((k, s) => c.canManage(k, s))).toEqual(ALL);
    expect(where((k, s) => c.canRead(k, s))).toEqual(ALL);
    expect(c.manageableScopes()).toEqual([{ scopeId: root.id, roleKinds: KINDS, includesDescendants: true }]);
    expect([c.isGlobalAdmin, c.managesTenant, c.readsAll, c.readsAuditLog, c.readsDirectoryDetails]).toEqual([true, true, true, true, true]);
  });

  it('a directory role counts only at /: Global Administrator held at a subscription grants nothing', () => {
    const c = capabilitiesOf([GLOBAL_ADMINISTRATOR_ID, production]);
    expect(c.isGlobalAdmin).toBe(false);
    expect(where((k, s) => c.canRead(k, s))).toEqual([]);
  });

  it('Privileged Role Administrator manages directory and group roles everywhere, not resources', () => {
    const c = capabilitiesOf([PRIVILEGED_ROLE_ADMINISTRATOR_ID, root]);
    expect(where((k, s) => c.canManage(k, s))).toEqual([...everywhere(RoleKind.DIRECTORY), ...everywhere(RoleKind.GROUP)]);
    expect(where((k, s) => c.canRead(k, s))).toEqual([...everywhere(RoleKind.DIRECTORY), ...everywhere(RoleKind.GROUP)]);
    expect(c.manageableScopes()).toEqual([{ scopeId: root.id, roleKinds: [RoleKind.DIRECTORY, RoleKind.GROUP], includesDescendants: true }]);
    expect([c.managesTenant, c.readsAuditLog, c.readsAll]).toEqual([true, true, false]);
  });

  it.each([
    ['Security Administrator', SECURITY_ADMINISTRATOR_ID],
    ['Security Reader', SECURITY_READER_ID],
  ])('%s reads directory roles and the audit log, manages nothing', (_name, roleId) => {
    const c = capabilitiesOf([roleId, root]);
    expect(where((k, s) => c.canManage(k, s))).toEqual([]);
    expect(where((k, s) => c.canRead(k, s))).toEqual(everywhere(RoleKind.DIRECTORY));
    expect([c.readsAuditLog, c.readsDirectoryDetails, c.readsAnyoneElse, c.isAnyAdmin, c.managesTenant]).toEqual([true, true, true, false, false]);
  });

  it('Global Reader reads everything and manages nothing', () => {
    const c = capabilitiesOf([GLOBAL_READER_ID, root]);
    expect(where((k, s) => c.canManage(k, s))).toEqual([]);
    expect(where((k, s) => c.canRead(k, s))).toEqual(ALL);
    expect([c.readsAll, c.readsAuditLog, c.isAnyAdmin, c.managesTenant]).toEqual([true, true, false, false]);
    expect(c.visibilitySql([], { kind: 'k', path: 'p', groupId: 'g', principals: ['x'] })).toBe('true');
  });

  it.each([
    ['User Administrator', USER_ADMINISTRATOR_ID],
    ['Reports Reader', REPORTS_READER_ID],
  ])('%s reads directory details (sign-ins, managers) but no one’s assignments', (_name, roleId) => {
    const c = capabilitiesOf([roleId, root]);
    expect(c.readsDirectoryDetails).toBe(true);
    expect(where((k, s) => c.canRead(k, s))).toEqual([]);
    expect([c.readsAuditLog, c.readsAnyoneElse]).toEqual([false, false]);
  });

  it.each([
    ['Owner', AZURE_OWNER_ID],
    ['User Access Administrator', USER_ACCESS_ADMINISTRATOR_ID],
  ])('%s at Production manages resource roles there and below, nowhere else', (_name, roleId) => {
    const c = capabilitiesOf([roleId, production]);
    expect(where((k, s) => c.canManage(k, s))).toEqual(['RESOURCE@Production', 'RESOURCE@rg-web']);
    expect(where((k, s) => c.canRead(k, s))).toEqual(['RESOURCE@Production', 'RESOURCE@rg-web']);
    expect(c.manageableScopes()).toEqual([{ scopeId: production.id, roleKinds: [RoleKind.RESOURCE], includesDescendants: true }]);
    expect([c.isAnyAdmin, c.readsAnyoneElse, c.managesTenant, c.readsAuditLog]).toEqual([true, true, false, false]);
  });

  it.each([
    ['Contributor', AZURE_CONTRIBUTOR_ID],
    ['Reader', AZURE_READER_ID],
    ['a group Member', GROUP_MEMBER_ID],
  ])('%s grants no management and no reading of others', (_name, roleId) => {
    const c = capabilitiesOf([roleId, root], [roleId, production]);
    expect(where((k, s) => c.canRead(k, s))).toEqual([]);
    expect(c.isAnyAdmin).toBe(false);
  });

  it('an Owner at a scope and below it is listed once, at the top', () => {
    const c = capabilitiesOf([AZURE_OWNER_ID, rgWeb], [AZURE_OWNER_ID, production], [USER_ACCESS_ADMINISTRATOR_ID, development]);
    expect(c.manageableScopes()).toEqual([
      { scopeId: production.id, roleKinds: [RoleKind.RESOURCE], includesDescendants: true },
      { scopeId: development.id, roleKinds: [RoleKind.RESOURCE], includesDescendants: true },
    ]);
    expect(c.resourceManagerScopeIds).toEqual(new Set([rgWeb.id, production.id, development.id]));
  });

  it('a group Owner manages that group’s roles only, at its scope only', () => {
    const c = capabilitiesOf([GROUP_OWNER_ID, groupA]);
    expect(where((k, s) => c.canManage(k, s))).toEqual(['GROUP@groupA']);
    expect(c.ownedGroupIds).toEqual(new Set([groupA.groupId]));
    expect(c.manageableScopes()).toEqual([{ scopeId: groupA.id, roleKinds: [RoleKind.GROUP], includesDescendants: false }]);
    // A Privileged Role Administrator manages every group already: no entry per owned group.
    const pra = capabilitiesOf([GROUP_OWNER_ID, groupA], [PRIVILEGED_ROLE_ADMINISTRATOR_ID, root]);
    expect(pra.manageableScopes()).toEqual([{ scopeId: root.id, roleKinds: [RoleKind.DIRECTORY, RoleKind.GROUP], includesDescendants: true }]);
  });

  it('the visibility predicate names exactly what a resource manager and group owner read', () => {
    const c = capabilitiesOf([AZURE_OWNER_ID, production], [GROUP_OWNER_ID, groupB]);
    const params: unknown[] = ['earlier'];
    const sql = c.visibilitySql(params, { kind: 'r.kind', path: 's.path', groupId: 's.group_id', principals: ['a.principal_id'] });
    expect(sql).toBe("(a.principal_id = $2 OR (r.kind = 'RESOURCE' AND s.path && $3::uuid[]) OR (r.kind = 'GROUP' AND s.group_id = ANY($4::uuid[])))");
    expect(params).toEqual(['earlier', ME, [production.id], [groupB.groupId]]);
  });
});

describe('Capabilities, for any set of holdings', () => {
  const roleIds = [...kindOf.keys()];
  const holdings = fc.array(fc.tuple(fc.constantFrom(...roleIds), fc.constantFrom(...SCOPES)), { maxLength: 8 });

  it('manageableScopes lists exactly where canManage says yes', () => {
    fc.assert(
      fc.property(holdings, (held) => {
        const c = capabilitiesOf(...held);
        const entries = c.manageableScopes();
        for (const kind of KINDS) {
          for (const s of SCOPES) {
            const listed = entries.some((e) => e.roleKinds.includes(kind) && (e.scopeId === s.id || (e.includesDescendants && s.path.includes(e.scopeId))));
            expect(listed, `${kind} at ${s.id}`).toBe(c.canManage(kind, s));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('who may manage may read; who reads everything reads every pair; admins of nothing read only directory roles or nothing', () => {
    fc.assert(
      fc.property(holdings, (held) => {
        const c = capabilitiesOf(...held);
        for (const kind of KINDS) {
          for (const s of SCOPES) {
            if (c.canManage(kind, s)) expect(c.canRead(kind, s)).toBe(true);
            if (c.readsAll) expect(c.canRead(kind, s)).toBe(true);
            if (!c.isAnyAdmin && !c.readsAll && c.canRead(kind, s)) expect(kind).toBe(RoleKind.DIRECTORY);
          }
        }
        expect(c.isAnyAdmin).toBe(where((k, s) => c.canManage(k, s)).length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a holding never takes a right away', () => {
    fc.assert(
      fc.property(holdings, fc.tuple(fc.constantFrom(...roleIds), fc.constantFrom(...SCOPES)), (held, extra) => {
        const before = capabilitiesOf(...held);
        const after = capabilitiesOf(...held, extra);
        expect(where((k, s) => after.canManage(k, s))).toEqual(expect.arrayContaining(where((k, s) => before.canManage(k, s))));
        expect(where((k, s) => after.canRead(k, s))).toEqual(expect.arrayContaining(where((k, s) => before.canRead(k, s))));
      }),
      { numRuns: 300 },
    );
  });
});
