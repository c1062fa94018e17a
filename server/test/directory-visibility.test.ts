import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';
import { setUpVisibilityFixture, type VisibilityFixture } from './support/visibility-fixture';

const code = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code ?? 'ok';

const PERSON = `query($id: ID!) { principal(id: $id) { id displayName ... on User { email lastSignInAt manager { id } groups { id } } } }`;
interface Person {
  principal: { id: string; displayName: string; email?: string; lastSignInAt?: string | null; manager?: { id: string } | null; groups?: { id: string }[] };
}

/**
 * DOMAIN.md, "Who may do what": "a member user: read the directory's basics (names, emails, group names); sign-in times
 * and managers only for admins and readers" and "a guest: read their own profile and the people and groups their own
 * requests and approvals involve; never list the directory". erin is the guest; alice a member; carol a reader.
 */
describe('who reads the directory (DOMAIN.md: a member user, a guest)', () => {
  let t: TestApp;
  let f: VisibilityFixture;
  let gus: string;
  const person = async (token: string, id: string) => t.gql<Person>(token, PERSON, { id });

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    f = await setUpVisibilityFixture(t);
    // dave is a member of Tier 3: a group membership of someone else.
    await adminAssign(t, f.tokens.admin, { principalId: f.id.dave, roleId: f.id.Member, scopeId: f.id['Tier 3 Office Admins'], type: 'ACTIVE' });
    // gus: a guest who holds a reader role.
    const gusId = await addUser(t, 'Gus Guest-Reader', 'gus@fabrikam.test');
    await t.sql("UPDATE principal SET user_type = 'GUEST', home_organization = 'Fabrikam' WHERE id = $1", [gusId]);
    await adminAssign(t, f.tokens.admin, { principalId: gusId, roleId: await t.ids.role('Global Reader'), scopeId: f.id['/'], type: 'ACTIVE' });
    gus = await t.signIn('gus@fabrikam.test');
  });
  afterAll(async () => t?.stop());

  it('a guest never lists the directory: FORBIDDEN, with a readable reason; members, readers and tools list it', async () => {
    for (const query of ['{ principals(first: 5) { totalCount } }', '{ principals(search: "alice", type: USER) { edges { node { id } } } }']) {
      const refused = await t.gql(f.tokens.erin, query);
      expect(code(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toMatch(/guest/i);
    }
    for (const token of [f.tokens.alice, f.tokens.carol, f.tokens.dave, f.tokens.bob, f.tokens.pipeline, gus]) {
      const listed = await t.gql<{ principals: { totalCount: number } }>(token, '{ principals(first: 5) { totalCount } }');
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.principals.totalCount).toBeGreaterThan(9);
    }
  });

  it('a guest reads their own profile, and the people their requests and approvals involve', async () => {
    const own = await person(f.tokens.erin, f.id.erin);
    expect(own.errors).toBeUndefined();
    expect(own.data!.principal).toMatchObject({ id: f.id.erin, email: 'erin@fabrikam.test', groups: [] });
    expect(own.data!.principal.lastSignInAt).not.toBeNull();
    // admin assigned her Contributor (requested it); dave's request waits for her; carol is its escalation approver.
    for (const id of [f.id.admin, f.id.dave, f.id.carol]) {
      const seen = await person(f.tokens.erin, id);
      expect(seen.errors, id).toBeUndefined();
      expect(seen.data!.principal.id).toBe(id);
    }
    const pending = await t.gql<{ roleRequest: { principal: { id: string }; requestedBy: { id: string }; approvals: { approvers: { id: string }[]; escalationApprovers: { id: string }[] }[] } }>(
      f.tokens.erin,
      `{ roleRequest(id: "${f.id.davesPendingRequest}") { principal { id } requestedBy { id } approvals { approvers { id } escalationApprovers { id } } } }`,
    );
    expect(pending.errors).toBeUndefined();
    expect(pending.data!.roleRequest).toEqual({
      principal: { id: f.id.dave },
      requestedBy: { id: f.id.dave },
      approvals: [{ approvers: [{ id: f.id.erin }], escalationApprovers: [{ id: f.id.carol }] }],
    });
  });

  it('anyone else is NOT_FOUND to a guest, exactly as an id that does not exist', async () => {
    const unknown = randomUUID();
    const missing = await person(f.tokens.erin, unknown);
    expect(code(missing)).toBe('NOT_FOUND');
    for (const id of [f.id.alice, f.id.bob, f.id.pra, f.id.tier3, f.id.pipeline]) {
      const hidden = await person(f.tokens.erin, id);
      expect(code(hidden), id).toBe('NOT_FOUND');
      expect(hidden.errors![0].message.replace(id, '<id>')).toBe(missing.errors![0].message.replace(unknown, '<id>'));
      expect(hidden.data).toBeNull();
    }
  });

  it('a guest sees nobody’s group memberships but their own, and no group they are not involved with', async () => {
    const dave = await person(f.tokens.erin, f.id.dave);
    expect(dave.data!.principal.groups).toEqual([]);
    const group = await t.gql<{ scope: { group: { id: string } | null } }>(f.tokens.erin, `{ scope(id: "${f.id['Tier 3 Office Admins']}") { group { id } } }`);
    expect(group.data!.scope.group).toBeNull();
    // Role settings name approvers: a guest sees those among them it may see (bob approves Security Administrator).
    const settings = await t.gql<{ roleSettings: { activation: { approvalStages: { approvers: { id: string }[] }[] } } }>(
      f.tokens.erin,
      `{ roleSettings(roleId: "${f.id['Security Administrator']}") { activation { approvalStages { approvers { id } } } } }`,
    );
    expect(settings.data!.roleSettings.activation.approvalStages).toEqual([{ approvers: [] }]);
    // A member reads the directory's basics, group names included.
    expect((await person(f.tokens.alice, f.id.dave)).data!.principal.groups).toEqual([{ id: f.id.tier3 }]);
    const seenByAlice = await t.gql<{ scope: { group: { id: string } | null } }>(f.tokens.alice, `{ scope(id: "${f.id['Tier 3 Office Admins']}") { group { id } } }`);
    expect(seenByAlice.data!.scope.group).toEqual({ id: f.id.tier3 });
  });

  it('a guest who holds a reader role reads the directory as that role allows', async () => {
    expect(code(await t.gql(gus, '{ principals(first: 5) { totalCount } }'))).toBe('ok');
    const alice = await person(gus, f.id.alice);
    expect(alice.data!.principal).toMatchObject({ id: f.id.alice, manager: { id: f.id.bob }, groups: [{ id: f.id.tier3 }] });
  });

  it('sign-in times and managers: the person themselves, directory administrators and readers; nobody else', async () => {
    const details = async (token: string, id: string) => {
      const result = await person(token, id);
      expect(result.errors).toBeUndefined();
      const { lastSignInAt, manager } = result.data!.principal;
      return { signIn: lastSignInAt !== null, manager: manager?.id ?? null };
    };
    const alicesOwn = { signIn: true, manager: f.id.bob };
    const hidden = { signIn: false, manager: null };
    expect(await details(f.tokens.alice, f.id.alice)).toEqual(alicesOwn);
    expect(await details(f.tokens.carol, f.id.alice)).toEqual(alicesOwn); // Security Reader
    expect(await details(f.tokens.admin, f.id.alice)).toEqual(alicesOwn); // Global Administrator
    expect(await details(f.tokens.pra, f.id.alice)).toEqual(alicesOwn); // Privileged Role Administrator
    expect(await details(f.tokens.alice, f.id.bob)).toEqual(hidden); // a member
    expect(await details(f.tokens.bob, f.id.alice)).toEqual(hidden); // her manager, but not a directory reader
    expect(await details(f.tokens.dave, f.id.alice)).toEqual(hidden); // an Owner of resources
    expect(await details(f.tokens.pipeline, f.id.alice)).toEqual(hidden); // a tool without a reader role
    expect(await details(f.tokens.erin, f.id.dave)).toEqual(hidden); // a guest
    const me = await t.gql<{ me: { lastSignInAt: string | null; manager: { id: string } | null } }>(f.tokens.dave, '{ me { lastSignInAt manager { id } } }');
    expect(me.data!.me.lastSignInAt).not.toBeNull();
    expect(me.data!.me.manager).toEqual({ id: f.id.bob });
  });
});
