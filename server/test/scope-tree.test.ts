import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AZURE_OWNER_ID, TENANT_ROOT_SCOPE_ID } from '../src/modules/roles/built-in-roles';
import { ManualClock, startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';

const CREATE = 'mutation ($input: CreateScopeInput!) { createScope(input: $input) { id name type externalId archivedAt parent { id } ancestors { id } } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateScopeInput!) { updateScope(id: $id, input: $input) { id name parent { id } ancestors { id } } }';
const ARCHIVE = 'mutation ($id: ID!) { archiveScope(id: $id) { id archivedAt } }';
const ACCESS = 'query ($p: ID!, $s: ID, $at: DateTime) { effectiveAccess(principalId: $p, scopeId: $s, asOf: $at) { role { name } paths { inheritedFrom { id } } } }';
const LIST =
  'query ($f: RoleAssignmentFilter) { roleAssignments(filter: $f, first: 100) { edges { node { assignmentId principal { id } scope { id } inheritedFrom { id } source } } } }';
const AUDIT = 'query ($f: AuditFilter) { auditEvents(filter: $f, first: 100) { edges { node { action scope { id } } } } }';

type Created = { createScope: { id: string; name: string; type: string; externalId: string | null; archivedAt: string | null; parent: { id: string }; ancestors: { id: string }[] } };
type Access = { effectiveAccess: { role: { name: string }; paths: { inheritedFrom: { id: string } | null }[] }[] };
type Listing = { roleAssignments: { edges: { node: { assignmentId: string; principal: { id: string }; scope: { id: string }; inheritedFrom: { id: string } | null; source: string } }[] } };
const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.code;

/**
 * The scope tree as an organisation shapes it (DOMAIN.md, "Tenant and identity"): scopes are created under a parent of a
 * kind that may contain them, renamed, moved and archived, by Global Administrators and by Owners and Contributors below
 * where they hold it. A move changes inheritance from that instant, and every time-travel answer — effective access,
 * the assignments listing, the audit log — uses the tree as it was.
 */
describe('the scope tree', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let admin: string;
  const create = async (token: string, input: Record<string, unknown>) => {
    const result = await t.gql<Created>(token, CREATE, { input });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createScope;
  };

  beforeAll(async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
    admin = await t.signInWithMfa('admin@contoso.test');
  });
  afterAll(async () => t?.stop());

  it('creates by the kinds’ rules, with external ids unique per kind and names unique among siblings', async () => {
    const sub = await create(admin, { parentId: TENANT_ROOT_SCOPE_ID, name: 'Payments', type: 'SUBSCRIPTION', externalId: '/subscriptions/0001' });
    expect(sub).toMatchObject({ name: 'Payments', type: 'SUBSCRIPTION', externalId: '/subscriptions/0001', archivedAt: null, parent: { id: TENANT_ROOT_SCOPE_ID } });
    const rg = await create(admin, { parentId: sub.id, name: 'rg-pay', type: 'RESOURCE_GROUP' });
    const vm = await create(admin, { parentId: rg.id, name: 'vm-pay-01', type: 'RESOURCE', externalId: 'vm-1' });
    expect(vm.ancestors.map((s) => s.id)).toEqual([TENANT_ROOT_SCOPE_ID, sub.id, rg.id, vm.id]);
    // The same external id on another kind is another thing.
    await create(admin, { parentId: sub.id, name: 'rg-other', type: 'RESOURCE_GROUP', externalId: 'vm-1' });

    const before = (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM scope'))[0].n;
    const refusals: [Record<string, unknown>, string][] = [
      [{ parentId: TENANT_ROOT_SCOPE_ID, name: 'rg-loose', type: 'RESOURCE_GROUP' }, 'BAD_USER_INPUT'],
      [{ parentId: sub.id, name: 'vm-loose', type: 'RESOURCE' }, 'BAD_USER_INPUT'],
      [{ parentId: vm.id, name: 'inside', type: 'RESOURCE' }, 'BAD_USER_INPUT'],
      [{ parentId: sub.id, name: 'AU', type: 'ADMINISTRATIVE_UNIT' }, 'BAD_USER_INPUT'],
      [{ parentId: TENANT_ROOT_SCOPE_ID, name: 'g', type: 'GROUP' }, 'BAD_USER_INPUT'],
      [{ parentId: TENANT_ROOT_SCOPE_ID, name: 't', type: 'TENANT' }, 'BAD_USER_INPUT'],
      [{ parentId: TENANT_ROOT_SCOPE_ID, name: '  ', type: 'SUBSCRIPTION' }, 'BAD_USER_INPUT'],
      [{ parentId: 'nope', name: 'x', type: 'SUBSCRIPTION' }, 'NOT_FOUND'],
      [{ parentId: '00000000-0000-4000-8000-0000000000ff', name: 'x', type: 'SUBSCRIPTION' }, 'NOT_FOUND'],
      [{ parentId: rg.id, name: 'vm-x', type: 'RESOURCE', externalId: 'vm-1' }, 'CONFLICT'],
      [{ parentId: rg.id, name: 'VM-PAY-01', type: 'RESOURCE' }, 'CONFLICT'],
    ];
    for (const [input, expected] of refusals) expect(code(await t.gql(admin, CREATE, { input })), JSON.stringify(input)).toBe(expected);
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM scope'))[0].n).toBe(before);
    const actions = await t.sql<{ action: string }>("SELECT action FROM audit_event WHERE scope_id = $1 AND action LIKE 'scope.%'", [vm.id]);
    expect(actions.map((a) => a.action)).toEqual(['scope.created']);
  });

  it('who may: Owners and Contributors shape the scopes below where they hold the role; administrative units are the tenant managers’', async () => {
    const production = await t.ids.scope('Production');
    const development = await t.ids.scope('Development');
    const dave = await t.signIn('dave@contoso.test'); // Owner at Production (ACTIVE); Contributor at Development only eligible
    const carol = await t.signIn('carol@contoso.test'); // Security Reader
    const rg = await create(dave, { parentId: production, name: 'rg-dave', type: 'RESOURCE_GROUP' });
    await create(dave, { parentId: rg.id, name: 'vm-dave', type: 'RESOURCE' });
    expect((await t.gql<{ updateScope: { name: string } }>(dave, UPDATE, { id: rg.id, input: { name: 'rg-dave-2' } })).data?.updateScope.name).toBe('rg-dave-2');
    expect(code(await t.gql(dave, UPDATE, { id: production, input: { name: 'Prod' } }))).toBe('FORBIDDEN');
    expect(code(await t.gql(dave, CREATE, { input: { parentId: development, name: 'rg-x', type: 'RESOURCE_GROUP' } }))).toBe('FORBIDDEN');
    expect(code(await t.gql(dave, UPDATE, { id: rg.id, input: { parentId: development } }))).toBe('FORBIDDEN');
    expect(code(await t.gql(dave, CREATE, { input: { parentId: TENANT_ROOT_SCOPE_ID, name: 'AU', type: 'ADMINISTRATIVE_UNIT' } }))).toBe('FORBIDDEN');
    expect(code(await t.gql(carol, CREATE, { input: { parentId: production, name: 'rg-c', type: 'RESOURCE_GROUP' } }))).toBe('FORBIDDEN');
    expect(code(await t.gql(carol, ARCHIVE, { id: rg.id }))).toBe('FORBIDDEN');
    expect(code(await t.gql(null, ARCHIVE, { id: rg.id }))).toBe('UNAUTHENTICATED');
    const au = await create(admin, { parentId: TENANT_ROOT_SCOPE_ID, name: 'Europe', type: 'ADMINISTRATIVE_UNIT' });
    expect(au.type).toBe('ADMINISTRATIVE_UNIT');
    const capabilities = await t.gql<{ viewerCapabilities: { editScopes: boolean } }>(dave, '{ viewerCapabilities { editScopes } }');
    expect(capabilities.data?.viewerCapabilities.editScopes).toBe(true);
    const canEdit = await t.gql<{ scope: { viewerCanEdit: boolean; viewerChildTypes: string[] } }>(dave, `{ scope(id: "${production}") { viewerCanEdit viewerChildTypes } }`);
    expect(canEdit.data?.scope).toEqual({ viewerCanEdit: false, viewerChildTypes: ['RESOURCE_GROUP'] });
    const atRoot = await t.gql<{ scope: { viewerChildTypes: string[] } }>(admin, `{ scope(id: "${TENANT_ROOT_SCOPE_ID}") { viewerChildTypes } }`);
    expect(atRoot.data?.scope.viewerChildTypes).toEqual(['ADMINISTRATIVE_UNIT', 'MANAGEMENT_GROUP', 'SUBSCRIPTION']);
    const daveAtRoot = await t.gql<{ scope: { viewerChildTypes: string[] } }>(dave, `{ scope(id: "${TENANT_ROOT_SCOPE_ID}") { viewerChildTypes } }`);
    expect(daveAtRoot.data?.scope.viewerChildTypes).toEqual([]);
  });

  it('a move changes inheritance from that instant; effective access, the listing and the audit log as of before use the old tree', async () => {
    const from = await create(admin, { parentId: TENANT_ROOT_SCOPE_ID, name: 'Legacy', type: 'SUBSCRIPTION' });
    const to = await create(admin, { parentId: TENANT_ROOT_SCOPE_ID, name: 'Platform', type: 'SUBSCRIPTION' });
    const rg = await create(admin, { parentId: from.id, name: 'rg-move', type: 'RESOURCE_GROUP' });
    const vm = await create(admin, { parentId: rg.id, name: 'vm-move', type: 'RESOURCE' });
    const reader = await t.ids.role('Reader');
    const holder = await addUser(t, 'Hal Holder', 'hal@contoso.test');
    const held = await adminAssign(t, admin, { principalId: holder, roleId: reader, scopeId: from.id, type: 'ACTIVE' });
    const atVm = await adminAssign(t, admin, { principalId: holder, roleId: await t.ids.role('Contributor'), scopeId: vm.id, type: 'ELIGIBLE' });

    clock.advance(60_000);
    const before = clock.now().toISOString();
    clock.advance(60_000);
    const moved = await t.gql<{ updateScope: { parent: { id: string }; ancestors: { id: string }[] } }>(admin, UPDATE, { id: rg.id, input: { parentId: to.id } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateScope.ancestors.map((s) => s.id)).toEqual([TENANT_ROOT_SCOPE_ID, to.id, rg.id]);
    const [vmNow] = await t.sql<{ path: string[] }>('SELECT path FROM scope WHERE id = $1', [vm.id]);
    expect(vmNow.path).toEqual([TENANT_ROOT_SCOPE_ID, to.id, rg.id, vm.id]);
    clock.advance(60_000);
    const after = clock.now().toISOString();
    // Something happens at the resource after the move: the audit log files it under its new subscription.
    const later = await adminAssign(t, admin, { principalId: holder, roleId: reader, scopeId: vm.id, type: 'ELIGIBLE' });

    // Effective access: Reader inherited from Legacy before; nothing after (Platform gives nothing).
    const then = await t.gql<Access>(admin, ACCESS, { p: holder, s: vm.id, at: before });
    expect(then.data?.effectiveAccess).toEqual([{ role: { name: 'Reader' }, paths: [{ inheritedFrom: { id: from.id } }] }]);
    expect((await t.gql<Access>(admin, ACCESS, { p: holder, s: vm.id, at: after })).data?.effectiveAccess).toEqual([]);
    expect((await t.gql<Access>(admin, ACCESS, { p: holder, s: vm.id })).data?.effectiveAccess).toEqual([]);

    // The listing at the resource with what it inherits, and at Legacy with what is below it.
    const rowsAt = async (filter: Record<string, unknown>) =>
      ((await t.gql<Listing>(admin, LIST, { f: filter })).data?.roleAssignments.edges ?? []).map((e) => e.node.assignmentId).sort();
    expect(await rowsAt({ scopeId: vm.id, includeInherited: true, asOf: before })).toEqual([held.assignmentId, atVm.assignmentId].sort());
    expect(await rowsAt({ scopeId: vm.id, includeInherited: true, asOf: after })).toEqual([atVm.assignmentId, later.assignmentId].sort());
    expect(await rowsAt({ scopeId: from.id, includeDescendants: true, asOf: before })).toEqual([held.assignmentId, atVm.assignmentId].sort());
    expect(await rowsAt({ scopeId: from.id, includeDescendants: true, asOf: after })).toEqual([held.assignmentId]);
    expect(await rowsAt({ scopeId: to.id, includeDescendants: true, asOf: before })).toEqual([]);
    expect(await rowsAt({ scopeId: to.id, includeDescendants: true })).toEqual([atVm.assignmentId, later.assignmentId].sort());
    const listed = await t.gql<Listing>(admin, LIST, { f: { scopeId: vm.id, includeInherited: true, asOf: before, state: 'ALL' } });
    expect(listed.data?.roleAssignments.edges.find((e) => e.node.assignmentId === held.assignmentId)?.node).toMatchObject({ inheritedFrom: { id: from.id }, source: 'LOCAL' });

    // The audit log below Legacy: what happened at the resource while it was there, not what happened after it left.
    const audited = async (scopeId: string) =>
      ((await t.gql<{ auditEvents: { edges: { node: { action: string; scope: { id: string } | null } }[] } }>(admin, AUDIT, { f: { scopeId, includeDescendants: true } })).data?.auditEvents.edges ?? [])
        .filter((e) => e.node.scope?.id === vm.id)
        .map((e) => e.node.action);
    expect(await audited(from.id)).toEqual(expect.arrayContaining(['scope.created', 'assignment.created']));
    expect((await audited(from.id)).filter((a) => a === 'assignment.created')).toHaveLength(1);
    expect((await audited(to.id)).filter((a) => a === 'assignment.created')).toHaveLength(1);
    expect(await audited(to.id)).not.toContain('scope.created');

    // A move is refused under itself, below itself, or under a kind that cannot contain it; it is audited.
    expect(code(await t.gql(admin, UPDATE, { id: rg.id, input: { parentId: vm.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, UPDATE, { id: rg.id, input: { parentId: TENANT_ROOT_SCOPE_ID } }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, UPDATE, { id: to.id, input: { parentId: from.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, UPDATE, { id: TENANT_ROOT_SCOPE_ID, input: { name: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, UPDATE, { id: rg.id, input: {} }))).toBe('BAD_USER_INPUT');
    const [audit] = await t.sql<{ before: unknown; after: unknown }>("SELECT before, after FROM audit_event WHERE action = 'scope.moved' AND scope_id = $1", [rg.id]);
    expect(audit).toEqual({ before: { name: 'rg-move', parentId: from.id }, after: { name: 'rg-move', parentId: to.id } });
    // Moving back later is history too: the middle period keeps the middle tree.
    clock.advance(60_000);
    await t.gql(admin, UPDATE, { id: rg.id, input: { parentId: from.id } });
    expect((await t.gql<Access>(admin, ACCESS, { p: holder, s: vm.id, at: after })).data?.effectiveAccess).toEqual([]);
    expect((await t.gql<Access>(admin, ACCESS, { p: holder, s: vm.id, at: before })).data?.effectiveAccess.map((r) => r.role.name)).toEqual(['Reader']);
    expect((await t.gql<Access>(admin, ACCESS, { p: holder, s: vm.id })).data?.effectiveAccess.map((r) => r.role.name)).toEqual(['Reader']);
  });

  it('archive is refused while anything is in force, scheduled, eligible or waiting there or below; then the scope leaves listings and takes nothing new', async () => {
    const sub = await create(admin, { parentId: TENANT_ROOT_SCOPE_ID, name: 'Sunset', type: 'SUBSCRIPTION' });
    const rg = await create(admin, { parentId: sub.id, name: 'rg-sunset', type: 'RESOURCE_GROUP' });
    const holder = await addUser(t, 'Sam Sunset', 'sam@contoso.test');
    const eligible = await adminAssign(t, admin, { principalId: holder, roleId: AZURE_OWNER_ID, scopeId: rg.id, type: 'ELIGIBLE' });
    const refused = await t.gql(admin, ARCHIVE, { id: sub.id });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain('1 assignment is in force, scheduled or eligible');
    expect((await t.sql<{ archived_at: Date | null }>('SELECT archived_at FROM scope WHERE id = $1', [sub.id]))[0].archived_at).toBeNull();

    await t.gql(admin, 'mutation ($id: ID!) { removeAssignment(assignmentId: $id, justification: "sunset") { id } }', { id: eligible.assignmentId });
    const archived = await t.gql<{ archiveScope: { archivedAt: string } }>(admin, ARCHIVE, { id: sub.id });
    expect(archived.errors).toBeUndefined();
    expect(archived.data?.archiveScope.archivedAt).toBe(clock.now().toISOString());
    // Everything below went with it; the scope stays answerable by id; listings leave it out.
    expect((await t.sql<{ archived_at: Date | null }>('SELECT archived_at FROM scope WHERE id = $1', [rg.id]))[0].archived_at).not.toBeNull();
    const shown = await t.gql<{ scope: { name: string; archivedAt: string | null } }>(admin, `{ scope(id: "${sub.id}") { name archivedAt } }`);
    expect(shown.data?.scope.archivedAt).not.toBeNull();
    const listed = await t.gql<{ scopes: { id: string }[] }>(admin, `{ scopes(parentId: "${TENANT_ROOT_SCOPE_ID}") { id } }`);
    expect(listed.data?.scopes.map((s) => s.id)).not.toContain(sub.id);
    const searched = await t.gql<{ scopes: { id: string }[] }>(admin, '{ scopes(search: "sunset") { id } }');
    expect(searched.data?.scopes).toEqual([]);
    // Nothing new there.
    expect(code(await t.gql(admin, CREATE, { input: { parentId: rg.id, name: 'vm', type: 'RESOURCE' } }))).toBe('BAD_USER_INPUT');
    const assign = await t.gql(admin, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
      input: { principalId: holder, roleId: AZURE_OWNER_ID, scopeId: rg.id, type: 'ELIGIBLE', duration: 'P30D', justification: 'x' },
    });
    expect(code(assign)).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, ARCHIVE, { id: sub.id }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, UPDATE, { id: rg.id, input: { name: 'again' } }))).toBe('BAD_USER_INPUT');
  });

  it('an archive and an assignment at the same moment: either the archive is refused or the assignment is, never both through', async () => {
    const holder = await addUser(t, 'Rae Race', 'rae@contoso.test');
    const outcomes = new Set<string>();
    for (let round = 0; round < 12; round++) {
      const sub = await create(admin, { parentId: TENANT_ROOT_SCOPE_ID, name: `Race ${round}`, type: 'SUBSCRIPTION' });
      const [archived, assigned] = await Promise.all([
        t.gql(admin, ARCHIVE, { id: sub.id }),
        t.gql(admin, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
          input: { principalId: holder, roleId: AZURE_OWNER_ID, scopeId: sub.id, type: 'ELIGIBLE', duration: 'P30D', justification: 'race' },
        }),
      ]);
      const [row] = await t.sql<{ archived: boolean; held: number }>(
        'SELECT archived_at IS NOT NULL AS archived, (SELECT count(*)::int FROM role_assignment WHERE scope_id = $1) AS held FROM scope WHERE id = $1',
        [sub.id],
      );
      // Exactly one of them went through, and the database says the same.
      expect([code(archived) ?? 'ok', code(assigned) ?? 'ok'].filter((c) => c === 'ok')).toHaveLength(1);
      expect(row.archived ? row.held : 1 - row.held).toBe(0);
      outcomes.add(row.archived ? 'archived' : 'assigned');
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });
});
