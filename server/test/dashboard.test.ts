import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from './support/clock';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/app';
import { settle, subscribe } from './support/live';
import { addUser, adminAssign } from './support/personas';
import { wsClient } from './support/ws';

const MINUTE = 60_000;
const code = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code ?? 'ok';

const HISTORY = `query($scopeId: ID, $first: Int, $after: String) {
  activationEvents(scopeId: $scopeId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { kind at assignment { id principal { id } scope { id ancestors { id } } } } }
  }
}`;

interface HistoryEvent {
  kind: string;
  at: string;
  assignment: { id: string; principal: { id: string }; scope: { id: string; ancestors: { id: string }[] } };
}
interface HistoryPage {
  activationEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: HistoryEvent }[] };
}

const ACTIVATE = 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status assignment { id } } }';

describe('dashboard: activation history, decisions on extensions, where one may manage', () => {
  // The clock the server reads: the test moves it between steps, so each event has its own instant.
  const clock = new ManualClock(new Date());
  const t0 = clock.now();
  let t: TestApp;
  const clients: Client[] = [];
  const id: Record<string, string> = {};
  const token: Record<string, string> = {};
  /** What happened, in order: the history must tell exactly this (for these assignments). */
  const happened: { kind: string; assignmentId: string; at: Date }[] = [];

  const history = async (who: string, variables: Record<string, unknown> = {}) => {
    const result = await t.gql<HistoryPage>(token[who], HISTORY, { first: 100, ...variables });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.activationEvents;
  };
  /** Every event `who` may see, walking the pages. */
  const allEvents = async (who: string, variables: Record<string, unknown> = {}, first = 100) => {
    const events: HistoryEvent[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result: HistoryPage['activationEvents'] = await history(who, { ...variables, first, after });
      events.push(...result.edges.map((edge) => edge.node));
      if (!result.pageInfo.hasNextPage) return events;
      after = result.pageInfo.endCursor;
    }
    throw new Error('history does not end');
  };
  const ours = (events: HistoryEvent[]) => {
    const mine = new Set(happened.map((h) => h.assignmentId));
    return events.filter((e) => mine.has(e.assignment.id)).map((e) => ({ kind: e.kind, assignmentId: e.assignment.id, at: new Date(e.at) }));
  };
  const activate = async (who: string, roleId: string, scopeId: string, duration: string, startAt?: Date) => {
    const result = await t.gql<{ activateRole: { status: string; assignment: { id: string } } }>(token[who], ACTIVATE, {
      input: { roleId, scopeId, duration, ...(startAt ? { startAt: startAt.toISOString() } : {}) },
    });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.activateRole.assignment.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
    token.admin = await t.signIn('admin@contoso.test');
    id.root = await t.ids.scope('/');
    id.development = await t.ids.scope('Development');
    id.rgDev = await t.ids.scope('rg-dev');
    id.rgWeb = await t.ids.scope('rg-web');
    id.helpdesk = await t.ids.role('Helpdesk Administrator');
    id.contributor = await t.ids.role('Contributor');
    // Activation without MFA, justification or approval, so the test is about what happened, not how it was asked.
    const relaxed = {
      activation: { maxDuration: 'PT4H', requireMfa: false, requireJustification: false, requireTicket: false, requireApproval: false, approvalStages: [] },
    };
    for (const roleId of [id.helpdesk, id.contributor]) {
      const updated = await t.gql(token.admin, 'mutation($roleId: ID!, $input: RoleSettingsInput!) { updateRoleSettings(roleId: $roleId, input: $input) { isDefault } }', {
        roleId,
        input: relaxed,
      });
      expect(updated.errors, JSON.stringify(updated.errors)).toBeUndefined();
    }
    id.hana = await addUser(t, 'Hana Helpdesk', 'hana@contoso.test');
    id.dev = await addUser(t, 'Dev Eloper', 'dev@contoso.test');
    id.web = await addUser(t, 'Web Master', 'web@contoso.test');
    id.olga = await addUser(t, 'Olga Dev-Owner', 'olga@contoso.test');
    id.gus = await addUser(t, 'Gus Group-Owner', 'gus@contoso.test');
    await adminAssign(t, token.admin, { principalId: id.hana, roleId: id.helpdesk, scopeId: id.root, type: 'ELIGIBLE' });
    await adminAssign(t, token.admin, { principalId: id.dev, roleId: id.contributor, scopeId: id.rgDev, type: 'ELIGIBLE' });
    await adminAssign(t, token.admin, { principalId: id.web, roleId: id.contributor, scopeId: id.rgWeb, type: 'ELIGIBLE' });
    await adminAssign(t, token.admin, { principalId: id.olga, roleId: await t.ids.role('Owner'), scopeId: id.development, type: 'ACTIVE' });
    const [groupOwner] = await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'GROUP' AND name = 'Owner'");
    id.tier3 = await t.ids.scope('Tier 3 Office Admins');
    await adminAssign(t, token.admin, { principalId: id.gus, roleId: groupOwner.id, scopeId: id.tier3, type: 'ACTIVE' });
    await adminAssign(t, token.admin, {
      principalId: await t.ids.principal('pra@contoso.test'),
      roleId: await t.ids.role('Privileged Role Administrator'),
      scopeId: id.root,
      type: 'ACTIVE',
    });
    for (const [who, email] of [
      ['hana', 'hana@contoso.test'],
      ['dev', 'dev@contoso.test'],
      ['web', 'web@contoso.test'],
      ['olga', 'olga@contoso.test'],
      ['gus', 'gus@contoso.test'],
      ['carol', 'carol@contoso.test'],
      ['pra', 'pra@contoso.test'],
      ['frank', 'frank@contoso.test'],
    ]) {
      if (who === 'frank') await addUser(t, 'Frank Plain', email);
      token[who] = await t.signIn(email);
    }
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t?.stop();
  });

  it('tells what happened — activated, deactivated, revoked, expired — newest first, the same as the live feed', async () => {
    const client = wsClient(t.url, token.admin);
    clients.push(client);
    const feed = subscribe(client, 'subscription { activations { kind at assignment { id } } }', (d) => d.activations as { kind: string; at: string; assignment: { id: string } });
    await settle();

    const a1 = await activate('hana', id.helpdesk, id.root, 'PT1H');
    happened.push({ kind: 'ACTIVATED', assignmentId: a1, at: clock.now() });
    clock.advance(10 * MINUTE);
    const a2 = await activate('dev', id.contributor, id.rgDev, 'PT30M');
    happened.push({ kind: 'ACTIVATED', assignmentId: a2, at: clock.now() });
    // Scheduled for later: it has not happened, so the history does not tell it.
    const scheduled = await activate('web', id.contributor, id.rgWeb, 'PT1H', new Date(clock.now().getTime() + 3 * 3600_000));
    clock.advance(10 * MINUTE);
    const deactivated = await t.gql(token.hana, 'mutation($id: ID!) { deactivateRole(assignmentId: $id) { status } }', { id: a1 });
    expect(deactivated.errors).toBeUndefined();
    happened.push({ kind: 'DEACTIVATED', assignmentId: a1, at: clock.now() });
    clock.advance(5 * MINUTE);
    // Canceled before it started: it never happened either.
    const canceled = await t.gql<{ cancelRequest: { status: string } }>(
      token.web,
      'mutation($id: ID!) { cancelRequest(requestId: $id) { status } }',
      { id: (await t.sql<{ id: string }>('SELECT created_by_request_id AS id FROM role_assignment WHERE id = $1', [scheduled]))[0].id },
    );
    expect(canceled.data?.cancelRequest.status).toBe('CANCELED');
    const a3 = await activate('web', id.contributor, id.rgWeb, 'PT1H');
    happened.push({ kind: 'ACTIVATED', assignmentId: a3, at: clock.now() });
    clock.advance(5 * MINUTE);
    const revoked = await t.gql(token.admin, 'mutation($id: ID!) { removeAssignment(assignmentId: $id, justification: "not needed") { status } }', { id: a3 });
    expect(revoked.errors, JSON.stringify(revoked.errors)).toBeUndefined();
    happened.push({ kind: 'REVOKED', assignmentId: a3, at: clock.now() });
    // a2 runs out at t0 + 40 min; reads know it at once, before any job records it.
    clock.set(new Date(t0.getTime() + 45 * MINUTE));
    happened.push({ kind: 'EXPIRED', assignmentId: a2, at: new Date(t0.getTime() + 40 * MINUTE) });
    id.a1 = a1;
    id.a2 = a2;
    id.a3 = a3;
    id.scheduled = scheduled;

    const newestFirst = [...happened].reverse();
    const seen = ours(await allEvents('admin'));
    expect(seen).toEqual(newestFirst);
    expect(seen.some((e) => e.assignmentId === scheduled)).toBe(false);

    // The live feed (once the sweep has recorded the expiry) announced the same events.
    await t.app.services.sweeper.sweep();
    await feed.waitFor((e) => e.kind === 'EXPIRED' && e.assignment.id === a2);
    const live = feed.events.filter((e) => happened.some((h) => h.assignmentId === e.assignment.id)).map((e) => `${e.kind}:${e.assignment.id}`);
    expect([...live].sort()).toEqual(happened.map((h) => `${h.kind}:${h.assignmentId}`).sort());
  });

  it('pages with cursors: small pages add up to the whole, without gaps or repeats', async () => {
    const whole = await allEvents('admin');
    const paged = await allEvents('admin', {}, 2);
    expect(paged).toEqual(whole);
    const keys = whole.map((e) => `${e.at}:${e.assignment.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const times = whole.map((e) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await history('admin')).totalCount).toBe(whole.length);
    const first = await history('admin', { first: 1 });
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('shows each viewer only what the live feed would: own, or readable at the scope; a scope narrows to its subtree', async () => {
    // A holder without any admin role: their own activations only.
    const hana = await allEvents('hana');
    expect(hana.every((e) => e.assignment.principal.id === id.hana)).toBe(true);
    expect(ours(hana).map((e) => `${e.kind}:${e.assignmentId}`)).toEqual([`DEACTIVATED:${id.a1}`, `ACTIVATED:${id.a1}`]);
    expect(await allEvents('frank')).toEqual([]);

    // A resource Owner at Development: what happens in Development's subtree, nothing at Production or the directory.
    const olga = await allEvents('olga');
    expect(olga.length).toBeGreaterThan(0);
    expect(olga.every((e) => e.assignment.scope.ancestors.some((a) => a.id === id.development))).toBe(true);
    expect(ours(olga).map((e) => `${e.kind}:${e.assignmentId}`)).toEqual([`EXPIRED:${id.a2}`, `ACTIVATED:${id.a2}`]);

    // Security Reader reads the directory: the Helpdesk activation, not the resource ones.
    const carol = ours(await allEvents('carol')).map((e) => e.assignmentId);
    expect(new Set(carol)).toEqual(new Set([id.a1]));

    // A scope filter keeps that scope and below.
    const atDevelopment = ours(await allEvents('admin', { scopeId: id.development })).map((e) => e.assignmentId);
    expect(new Set(atDevelopment)).toEqual(new Set([id.a2]));
    const atRgWeb = ours(await allEvents('admin', { scopeId: id.rgWeb })).map((e) => e.assignmentId);
    expect(new Set(atRgWeb)).toEqual(new Set([id.a3]));
    // Olga asking about Production sees nothing there.
    expect(await allEvents('olga', { scopeId: await t.ids.scope('Production') })).toEqual([]);
  });

  it('refuses bad cursors, ids and page sizes with BAD_USER_INPUT (unknown scope: NOT_FOUND), and anonymous callers', async () => {
    const ask = (variables: Record<string, unknown>, who: string | null = token.admin) => t.gql(who, HISTORY, variables);
    const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    expect(code(await ask({ after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ after: cursorOf(['yesterday', randomUUID()]) }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ after: cursorOf([new Date().toISOString(), 'not-a-uuid']) }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ after: cursorOf([new Date().toISOString()]) }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ scopeId: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ scopeId: "'; DROP TABLE scope; --" }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ scopeId: randomUUID() }))).toBe('NOT_FOUND');
    expect(code(await ask({ first: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ first: 101 }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({}, null))).toBe('UNAUTHENTICATED');
  });

  it('says who decided an extension or renewal, and when, in approvals', async () => {
    const APPROVALS = `query($id: ID!) { roleRequest(id: $id) { status approvals {
      stage state quorum byScopeAdministrators timeoutAt approvers { id } decisions { decision justification decidedAt approver { displayName } } } } }`;
    type Approvals = {
      roleRequest: {
        status: string;
        approvals: {
          state: string;
          byScopeAdministrators: boolean;
          timeoutAt: string | null;
          approvers: unknown[];
          decisions: { decision: string; justification: string; decidedAt: string; approver: { displayName: string } }[];
        }[];
      };
    };
    const erinId = await t.ids.principal('erin@fabrikam.test');
    const [eligibility] = await t.sql<{ id: string }>("SELECT id FROM role_assignment WHERE principal_id = $1 AND type = 'ELIGIBLE'", [erinId]);
    const erin = await t.signIn('erin@fabrikam.test');
    const dave = await t.signIn('dave@contoso.test');
    await t.sql('UPDATE role_assignment SET end_at = $2 WHERE id = $1', [eligibility.id, new Date(clock.now().getTime() + 10 * 86_400_000)]);
    const asked = await t.gql<{ requestExtension: { id: string } }>(erin, 'mutation($id: ID!) { requestExtension(assignmentId: $id, justification: "longer project") { id } }', {
      id: eligibility.id,
    });
    const requestId = asked.data!.requestExtension.id;
    const pending = await t.gql<Approvals>(erin, APPROVALS, { id: requestId });
    expect(pending.data?.roleRequest.approvals).toEqual([
      expect.objectContaining({ state: 'PENDING', byScopeAdministrators: true, approvers: [], decisions: [], timeoutAt: expect.any(String) }),
    ]);

    clock.advance(MINUTE);
    const decidedAt = clock.now();
    const approved = await t.gql(dave, 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "ok, one more year") { status } }', { id: requestId });
    expect(approved.errors).toBeUndefined();
    const after = await t.gql<Approvals>(erin, APPROVALS, { id: requestId });
    expect(after.data?.roleRequest.status).toBe('PROVISIONED');
    const [stage] = after.data!.roleRequest.approvals;
    expect(stage).toMatchObject({ state: 'APPROVED', byScopeAdministrators: true, timeoutAt: null });
    expect(stage.decisions).toEqual([{ decision: 'APPROVE', justification: 'ok, one more year', decidedAt: decidedAt.toISOString(), approver: { displayName: expect.stringMatching(/Dave/) } }]);

    // A renewal denied: the same, with DENY.
    await t.sql('UPDATE role_assignment SET end_at = $2 WHERE id = $1', [eligibility.id, new Date(clock.now().getTime() - 5 * 86_400_000)]);
    const renewal = await t.gql<{ requestRenewal: { id: string } }>(erin, 'mutation($id: ID!) { requestRenewal(assignmentId: $id, justification: "again") { id } }', { id: eligibility.id });
    const denied = await t.gql(dave, 'mutation($id: ID!) { denyRequest(requestId: $id, justification: "project is over") { status } }', { id: renewal.data!.requestRenewal.id });
    expect(denied.errors).toBeUndefined();
    const deniedView = await t.gql<Approvals>(erin, APPROVALS, { id: renewal.data!.requestRenewal.id });
    expect(deniedView.data?.roleRequest.approvals).toEqual([
      expect.objectContaining({ state: 'DENIED', byScopeAdministrators: true, decisions: [expect.objectContaining({ decision: 'DENY', justification: 'project is over' })] }),
    ]);

    // Requests decided by nobody say so: an activation without approval, a direct assignment.
    const own = await t.gql<{ roleRequests: { edges: { node: { action: string; approvals: unknown[] } }[] } }>(
      token.hana,
      '{ roleRequests(filter: { mine: true }, first: 50) { edges { node { action approvals { stage } } } } }',
    );
    expect(own.data!.roleRequests.edges.length).toBeGreaterThan(0);
    expect(own.data!.roleRequests.edges.every((edge) => edge.node.approvals.length === 0)).toBe(true);
  });

  it('tells each viewer where they may assign roles, and it agrees with what assignRole accepts', async () => {
    const QUERY = '{ viewerManageableScopes { scope { id } roleKinds includesDescendants } }';
    type Manageable = { viewerManageableScopes: { scope: { id: string }; roleKinds: string[]; includesDescendants: boolean }[] };
    const of = async (who: string) => {
      const result = await t.gql<Manageable>(token[who], QUERY);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data!.viewerManageableScopes;
    };
    expect(await of('admin')).toEqual([{ scope: { id: id.root }, roleKinds: ['DIRECTORY', 'RESOURCE', 'GROUP'], includesDescendants: true }]);
    expect(await of('pra')).toEqual([{ scope: { id: id.root }, roleKinds: ['DIRECTORY', 'GROUP'], includesDescendants: true }]);
    expect(await of('olga')).toEqual([{ scope: { id: id.development }, roleKinds: ['RESOURCE'], includesDescendants: true }]);
    expect(await of('gus')).toEqual([{ scope: { id: id.tier3 }, roleKinds: ['GROUP'], includesDescendants: false }]);
    expect(await of('frank')).toEqual([]);
    expect(await of('carol')).toEqual([]);
    expect(code(await t.gql(null, QUERY))).toBe('UNAUTHENTICATED');

    // At every scope, for every persona: the list says "yes" exactly where viewerCanManage (what assignRole checks) does.
    const scopes = await t.sql<{ id: string; type: string }>('SELECT id, type FROM scope');
    const kindAt = (type: string) => (type === 'TENANT' || type === 'ADMINISTRATIVE_UNIT' ? 'DIRECTORY' : type === 'GROUP' ? 'GROUP' : 'RESOURCE');
    for (const who of ['admin', 'pra', 'olga', 'gus', 'frank', 'carol']) {
      const list = await of(who);
      for (const scope of scopes) {
        const kind = kindAt(scope.type);
        const answer = await t.gql<{ scope: { ancestors: { id: string }[]; viewerCanManage: boolean } }>(
          token[who],
          'query($id: ID!, $kind: RoleKind!) { scope(id: $id) { ancestors { id } viewerCanManage(kind: $kind) } }',
          { id: scope.id, kind },
        );
        const { ancestors, viewerCanManage } = answer.data!.scope;
        const listed = list.some(
          (entry) => entry.roleKinds.includes(kind) && (entry.scope.id === scope.id || (entry.includesDescendants && ancestors.some((a) => a.id === entry.scope.id))),
        );
        expect({ who, scope: scope.id, listed }).toEqual({ who, scope: scope.id, listed: viewerCanManage });
      }
    }
    // And assignRole agrees at a sample: Olga may assign below Development, not at Production.
    const assign = (scopeId: string) =>
      t.gql(token.olga, 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
        input: { principalId: id.dev, roleId: id.contributor, scopeId, type: 'ELIGIBLE', duration: 'P30D', justification: 'check' },
      });
    expect(code(await assign(id.rgWeb))).toBe('FORBIDDEN');
    expect(code(await assign(await t.ids.scope('Development')))).toBe('ok');
  });
});
