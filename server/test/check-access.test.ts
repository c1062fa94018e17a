import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';

/** checkAccess (API.md, "A fast check for tools"): each answer equal to effectiveAccess; names; problems; who may ask. */
describe('checkAccess: batched checks for tools, each answer equal to effectiveAccess', () => {
  let t: TestApp;
  let admin: string;
  let alice: string;
  let dave: string;
  let carol: string;
  const id: Record<string, string> = {};
  type Result = { allowed: boolean; endAt: string | null; reason: string | null; problem: string | null; inheritedFrom: { id: string } | null };
  const RESULT = 'allowed endAt reason problem inheritedFrom { id }';
  const check = (token: string, checks: Record<string, unknown>[]) =>
    t.gql<{ checkAccess: Result[] }>(token, `query($checks: [AccessCheckInput!]!) { checkAccess(checks: $checks) { ${RESULT} } }`, { checks });
  const answers = async (token: string, checks: Record<string, unknown>[]) => {
    const result = await check(token, checks);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.checkAccess;
  };

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    alice = await t.signIn('alice@contoso.test');
    dave = await t.signIn('dave@contoso.test');
    carol = await t.signIn('carol@contoso.test');
    for (const name of ['Global Administrator', 'Exchange Administrator', 'Security Reader', 'Reader', 'Owner', 'Contributor']) id[name] = await t.ids.role(name);
    for (const name of ['/', 'Contoso', 'Production', 'Development', 'rg-web', 'vm-web-01']) id[name] = await t.ids.scope(name);
    id.member = (await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'GROUP' AND name = 'Member'"))[0].id;
    id.tier3 = await t.ids.principal('Tier 3 Office Admins');
    id.tier3Scope = (await t.sql<{ id: string }>('SELECT id FROM scope WHERE group_id = $1', [id.tier3]))[0].id;
    id.hana = await addUser(t, 'Hana Check', 'hana.check@contoso.test');
    await t.sql("UPDATE principal SET external_id = 'ext-hana' WHERE id = $1", [id.hana]);
    await t.sql("UPDATE scope SET external_id = 'sub-production' WHERE id = $1", [id.Production]);
    // Hana: an active member of Tier 3 (its directory roles through the group), Reader at Production for a day.
    await adminAssign(t, admin, { principalId: id.hana, roleId: id.member, scopeId: id.tier3Scope, type: 'ACTIVE' });
    await adminAssign(t, admin, { principalId: id.hana, roleId: id.Reader, scopeId: id.Production, type: 'ACTIVE', duration: 'P1D' });
    for (const email of ['admin', 'alice', 'bob', 'carol', 'dave', 'erin']) id[email] = await t.ids.principal(`${email}@${email === 'erin' ? 'fabrikam' : 'contoso'}.test`);
  });
  afterAll(async () => t?.stop());

  it('answers a grid of principals, roles and scopes exactly as effectiveAccess does, in the order asked', async () => {
    const principals = ['admin', 'alice', 'bob', 'carol', 'dave', 'erin', 'hana'].map((name) => id[name]);
    const roles = ['Global Administrator', 'Exchange Administrator', 'Security Reader', 'Reader', 'Owner', 'Contributor'].map((name) => id[name]);
    const scopes = ['/', 'Contoso', 'Production', 'Development', 'rg-web', 'vm-web-01'].map((name) => id[name]);
    const checks = principals.flatMap((principalId) => roles.flatMap((roleId) => scopes.map((scopeId) => ({ principalId, roleId, scopeId }))));
    const got = await answers(admin, checks);
    expect(got).toHaveLength(checks.length);
    const expected = new Map<string, { endAt: string | null }>();
    for (const principalId of principals) {
      for (const scopeId of scopes) {
        const result = await t.gql<{ effectiveAccess: { role: { id: string }; endAt: string | null }[] }>(
          admin,
          'query($p: ID!, $s: ID) { effectiveAccess(principalId: $p, scopeId: $s) { role { id } endAt } }',
          { p: principalId, s: scopeId },
        );
        for (const entry of result.data!.effectiveAccess) expected.set(`${principalId}/${entry.role.id}/${scopeId}`, { endAt: entry.endAt });
      }
    }
    const mismatches = checks.filter((c, index) => {
      const want = expected.get(`${c.principalId}/${c.roleId}/${c.scopeId}`);
      return got[index].allowed !== Boolean(want) || (want && got[index].endAt !== want.endAt);
    });
    expect(mismatches).toEqual([]);
    // The grid has both answers in it, and nothing in it named nothing.
    expect(got.filter((answer) => answer.allowed).length).toBeGreaterThan(10);
    expect(got.filter((answer) => !answer.allowed).length).toBeGreaterThan(10);
    expect(got.every((answer) => answer.problem === null)).toBe(true);
  });

  it('says how: directly or through a group, inherited from which scope, until when', async () => {
    const [owner, exchange, reader, readerBelow] = await answers(admin, [
      { email: 'DAVE@contoso.test', roleName: 'Owner', scopeId: id['vm-web-01'] },
      { principalExternalId: 'ext-hana', roleName: 'Exchange Administrator' },
      { principalId: id.hana, roleId: id.Reader, scopeExternalId: 'sub-production' },
      { principalId: id.hana, roleId: id.Reader, scopeId: id['rg-web'] },
    ]);
    expect(owner).toMatchObject({ allowed: true, reason: 'DIRECT', inheritedFrom: { id: id.Production }, problem: null });
    // A directory role asked without a scope is asked at the tenant root; Hana holds it through Tier 3.
    // The group's assignment is permanent; Hana's membership (30 days) bounds it.
    expect(exchange).toMatchObject({ allowed: true, reason: 'GROUP', inheritedFrom: null });
    expect(new Date(exchange.endAt!).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(reader).toMatchObject({ allowed: true, reason: 'DIRECT', inheritedFrom: null });
    expect(new Date(reader.endAt!).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(readerBelow).toMatchObject({ allowed: true, inheritedFrom: { id: id.Production }, endAt: reader.endAt });
  });

  it('as of an instant: what was in force then', async () => {
    const [hanaThen, hanaNow] = await answers(admin, [
      { principalId: id.hana, roleId: id.Reader, scopeId: id.Production, asOf: new Date(Date.now() - 3600_000).toISOString() },
      { principalId: id.hana, roleId: id.Reader, scopeId: id.Production },
    ]);
    expect(hanaThen.allowed).toBe(false);
    expect(hanaNow.allowed).toBe(true);
  });

  it('a check that names nothing is denied with its problem; the others in the batch are answered', async () => {
    const got = await answers(admin, [
      { email: 'nobody@contoso.test', roleName: 'Reader', scopeId: id.Production },
      { principalId: id.dave, roleName: 'No Such Role', scopeId: id.Production },
      { principalId: id.dave, roleName: 'Owner', scopeExternalId: 'no-such-subscription' },
      { principalId: 'not-a-uuid', roleId: id.Owner, scopeId: id.Production },
      { principalId: id.dave, roleName: 'Owner', scopeId: id.Production },
    ]);
    expect(got.map((answer) => [answer.allowed, answer.problem])).toEqual([
      [false, 'UNKNOWN_PRINCIPAL'],
      [false, 'UNKNOWN_ROLE'],
      [false, 'UNKNOWN_SCOPE'],
      [false, 'UNKNOWN_PRINCIPAL'],
      [true, null],
    ]);
  });

  it('a malformed check fails the call with the field that is wrong', async () => {
    const cases: [Record<string, unknown>[], string][] = [
      [[{ roleId: id.Owner, scopeId: id.Production }], 'checks[0].principalId'],
      [[{ principalId: id.dave, email: 'dave@contoso.test', roleId: id.Owner, scopeId: id.Production }], 'checks[0].email'],
      [[{ principalId: id.dave, scopeId: id.Production }], 'checks[0].roleId'],
      [[{ principalId: id.dave, roleId: id.Owner, roleName: 'Owner', scopeId: id.Production }], 'checks[0].roleName'],
      [[{ principalId: id.dave, roleId: id.Owner, roleKind: 'RESOURCE', scopeId: id.Production }], 'checks[0].roleKind'],
      [[{ principalId: id.dave, roleId: id.Owner, scopeId: id.Production }, { principalId: id.dave, roleName: 'Owner' }], 'checks[1].scopeId'],
      [[{ principalId: id.dave, roleName: '  ', scopeId: id.Production }], 'checks[0].roleName'],
    ];
    for (const [checks, field] of cases) {
      const result = await check(admin, checks);
      expect(result.errors?.[0].extensions, JSON.stringify(checks)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const many = Array.from({ length: 1001 }, () => ({ principalId: id.dave, roleId: id.Owner, scopeId: id.Production }));
    expect((await check(admin, many)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checks' });
    expect(await answers(admin, many.slice(0, 1000))).toHaveLength(1000);
    expect(await answers(admin, [])).toEqual([]);
  });

  it('who may ask: anyone about themselves; readers about others where they read, as effectiveAccess', async () => {
    // Alice about herself: her eligible roles are not access; about Bob, or about an email that is nobody: refused whole.
    expect(await answers(alice, [{ principalId: id.alice, roleName: 'Security Administrator' }])).toMatchObject([{ allowed: false, problem: null }]);
    expect((await check(alice, [{ principalId: id.bob, roleId: id.Reader, scopeId: id.Production }])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await check(alice, [{ email: 'nobody@contoso.test', roleId: id.Reader, scopeId: id.Production }])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Dave manages Production: Bob's Reader there is his to see; Hana's Exchange Administrator (a directory role) is not.
    const daves = await answers(dave, [
      { principalId: id.bob, roleId: id.Reader, scopeId: id.Production },
      { principalId: id.hana, roleName: 'Exchange Administrator' },
    ]);
    expect(daves.map((answer) => answer.allowed)).toEqual([true, false]);
    // Carol reads the directory: she sees Hana's.
    expect((await answers(carol, [{ principalId: id.hana, roleName: 'Exchange Administrator' }]))[0].allowed).toBe(true);
    expect((await t.gql(null, '{ checkAccess(checks: []) { allowed } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
