import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign, setUpPersonas, type Personas } from './support/personas';

const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }';
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'ok';

/** R2: nobody grants what they may not manage, or reaches another scope through a nested field or an id. */
describe('escalation (R2)', () => {
  let t: TestApp;
  let p: Personas;
  let dave: string;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    p = await setUpPersonas(t);
    dave = await t.signIn('dave@contoso.test');
    for (const name of ['/', 'Contoso', 'Production', 'Development', 'rg-web', 'vm-web-01']) id[name] = await t.ids.scope(name);
    for (const name of ['Owner', 'Reader', 'Global Administrator', 'User Access Administrator']) id[name] = await t.ids.role(name);
    id.dave = await t.ids.principal('dave@contoso.test');
    id.bob = await t.ids.principal('bob@contoso.test');
    id.carol = await t.ids.principal('carol@contoso.test');
  });
  afterAll(async () => t?.stop());

  it('an Owner manages at and below their scope, never above it, beside it, or another kind', async () => {
    const input = (scope: string, role: string, principal = id.bob) => ({ input: { principalId: principal, roleId: role, scopeId: scope, type: 'ELIGIBLE', duration: 'P7D' } });
    expect(code(await t.gql(dave, ASSIGN, input(id['vm-web-01'], id.Reader)))).toBe('ok');
    expect(code(await t.gql(dave, ASSIGN, input(id['rg-web'], id.Owner, id.carol)))).toBe('ok');
    expect(code(await t.gql(dave, ASSIGN, input(id.Contoso, id.Owner, id.dave)))).toBe('FORBIDDEN');
    expect(code(await t.gql(dave, ASSIGN, input(id.Development, id['User Access Administrator'], id.dave)))).toBe('FORBIDDEN');
    expect(code(await t.gql(dave, ASSIGN, input(id['/'], id['Global Administrator'], id.dave)))).toBe('FORBIDDEN');
  });

  it('role settings: an Owner may override at their scope, not role-wide and not above', async () => {
    const update = (scopeId: string | null) =>
      t.gql(dave, 'mutation($r: ID!, $s: ID) { updateRoleSettings(roleId: $r, scopeId: $s, input: { activation: { requireTicket: true } }) { isDefault } }', {
        r: id.Reader,
        s: scopeId,
      });
    expect(code(await update(id.Production))).toBe('ok');
    expect(code(await update(id.Contoso))).toBe('FORBIDDEN');
    expect(code(await update(null))).toBe('FORBIDDEN');
  });

  it('a Privileged Role Administrator does not manage resource roles', async () => {
    const result = await t.gql(p.privilegedRoleAdmin, ASSIGN, { input: { principalId: id.bob, roleId: id.Reader, scopeId: id.Production, type: 'ELIGIBLE', duration: 'P7D' } });
    expect(code(result)).toBe('FORBIDDEN');
  });

  it('ids of others’ assignments and requests are not found; nested fields do not reach them', async () => {
    const [carolsAssignment] = await t.sql<{ id: string; created_by_request_id: string }>('SELECT id, created_by_request_id FROM role_assignment WHERE principal_id = $1', [id.carol]);
    expect(code(await t.gql(p.plainUser, `{ roleAssignment(id: "${carolsAssignment.id}") { id } }`))).toBe('NOT_FOUND');
    expect(code(await t.gql(p.plainUser, `{ roleRequest(id: "${carolsAssignment.created_by_request_id}") { id } }`))).toBe('NOT_FOUND');
    expect(code(await t.gql(p.siblingOwner, `{ roleAssignment(id: "${carolsAssignment.id}") { id } }`))).toBe('NOT_FOUND');
    // Filters do not widen what is visible: asking for carol's assignments by id returns nothing to a plain user.
    const listed = await t.gql<{ roleAssignments: { totalCount: number } }>(
      p.plainUser,
      `{ roleAssignments(filter: { principalId: "${id.carol}", state: ALL, expandGroups: true }) { totalCount } }`,
    );
    expect(listed.data?.roleAssignments.totalCount).toBe(0);
    // The directory shows who someone is, not what they hold.
    const person = await t.gql<{ principal: Record<string, unknown> }>(p.plainUser, `{ principal(id: "${id.carol}") { id displayName ... on User { email } } }`);
    expect(Object.keys(person.data!.principal).sort()).toEqual(['displayName', 'email', 'id']);
  });

  it('effective access of others is cut to the scopes the caller may read', async () => {
    const frank = await addUser(t, 'Frank Both', 'frank.both@contoso.test');
    const admin = p.globalAdmin;
    await adminAssign(t, admin, { principalId: frank, roleId: id.Reader, scopeId: id.Production, type: 'ACTIVE' });
    await adminAssign(t, admin, { principalId: frank, roleId: id.Reader, scopeId: id.Development, type: 'ACTIVE' });
    const seen = async (token: string) =>
      ((await t.gql<{ effectiveAccess: { scope: { name: string } }[] }>(token, `{ effectiveAccess(principalId: "${frank}") { scope { name } } }`)).data?.effectiveAccess ?? [])
        .map((e) => e.scope.name)
        .sort();
    expect(await seen(admin)).toEqual(['Development', 'Production']);
    expect(await seen(p.siblingOwner)).toEqual(['Development']);
    expect(await seen(dave)).toEqual(['Production']);
    expect(await seen(p.securityReader)).toEqual([]);
  });
});
