import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { csvRecords } from './support/csv';
import { addUser, adminAssign } from './support/personas';
import { appendAudit, prepareAudit } from '../src/modules/audit/audit.writer';
import { ActorType } from '../src/lib/vocabulary/principals';

const EVENTS = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id sequence at action actorType justification hash before after clientIp userAgent assignmentId
      actor { id displayName } targetPrincipal { id displayName } role { id name kind } scope { id name } request { id status } } }
  }
}`;

interface EventNode {
  id: string;
  sequence: number;
  action: string;
  actorType: string;
  justification: string | null;
  hash: string;
  after: Record<string, unknown> | null;
  assignmentId: string | null;
  actor: { id: string; displayName: string } | null;
  targetPrincipal: { id: string } | null;
  role: { id: string; name: string; kind: string } | null;
  scope: { id: string; name: string } | null;
  request: { id: string; status: string } | null;
}
interface EventsResult {
  auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: EventNode }[] };
}

describe('the audit log: auditEvents and GET /audit/export', () => {
  let t: TestApp;
  let admin: string;
  let alice: string;
  let frank: string;
  let carol: string;
  let dave: string;
  const id: Record<string, string> = {};
  let activationRequestId: string;

  const events = async (token: string | null, filter: Record<string, unknown> = {}, first = 100, after: string | null = null) =>
    t.gql<EventsResult>(token, EVENTS, { filter, first, after });
  const nodes = async (token: string, filter: Record<string, unknown> = {}) => {
    const result = await events(token, filter);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.auditEvents.edges.map((edge) => edge.node);
  };
  const download = async (token: string | null, query: string, cookie = false) =>
    fetch(`${t.url.replace(/\/graphql$/, '')}/audit/export?${query}`, {
      headers: token ? (cookie ? { cookie: `elevate_session=${token}` } : { authorization: `Bearer ${token}` }) : {},
    });

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    id.frank = await addUser(t, 'Frank Plain', 'frank@contoso.test');
    frank = await t.signIn('frank@contoso.test');
    carol = await t.signIn('carol@contoso.test');
    dave = await t.signIn('dave@contoso.test');
    id.alice = await t.ids.principal('alice@contoso.test');
    id.admin = await t.ids.principal('admin@contoso.test');
    id.userAdministrator = await t.ids.role('User Administrator');
    id.root = await t.ids.scope('/');
    id.production = await t.ids.scope('Production');
    id.rgWeb = await t.ids.scope('rg-web');
    // A resource event below Production (dave owns Production) and a directory activation by alice.
    await adminAssign(t, admin, { principalId: id.frank, roleId: await t.ids.role('Reader'), scopeId: id.rgWeb, type: 'ACTIVE' });
    alice = await t.signInWithMfa('alice@contoso.test');
    const activated = await t.gql<{ activateRole: { id: string } }>(alice, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
      input: { roleId: id.userAdministrator, scopeId: id.root, duration: 'PT1H', justification: 'audit test: rotate a password' },
    });
    if (!activated.data) throw new Error(JSON.stringify(activated.errors));
    activationRequestId = activated.data.activateRole.id;
  });
  afterAll(async () => t?.stop());

  it("finds alice's activation by target, action and role, with its actor, role, scope and request resolved", async () => {
    const found = await nodes(admin, { targetPrincipalId: id.alice, action: ['assignment.activated'], roleId: id.userAdministrator });
    expect(found).toHaveLength(1);
    const [event] = found;
    expect(event).toMatchObject({
      action: 'assignment.activated',
      actorType: 'USER',
      justification: 'audit test: rotate a password',
      actor: { id: id.alice, displayName: expect.stringContaining('Alice') },
      targetPrincipal: { id: id.alice },
      role: { id: id.userAdministrator, name: 'User Administrator', kind: 'DIRECTORY' },
      scope: { id: id.root },
      request: { id: activationRequestId, status: 'PROVISIONED' },
    });
    expect(event.after).toMatchObject({ type: 'ACTIVE', origin: 'ACTIVATED' });
    expect(event.assignmentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  // In the order things happened: the chain's order is the timeline's, so it is compared as it is, never sorted.
  const inOrder = (events: EventNode[]) => [...events].sort((a, b) => a.sequence - b.sequence).map((e) => e.action);

  it("a request's timeline: all its events, and nothing else, in the order they happened", async () => {
    const timeline = await nodes(admin, { requestId: activationRequestId });
    expect(inOrder(timeline)).toEqual(['request.submitted', 'assignment.activated']);
    expect(timeline.every((e) => e.request?.id === activationRequestId)).toBe(true);
  });

  it("an approved request's timeline: submitted, approved, then activated (the decision before what it caused)", async () => {
    const asked = await t.gql<{ activateRole: { id: string } }>(alice, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
      input: { roleId: await t.ids.role('Security Administrator'), scopeId: id.root, duration: 'PT1H', justification: 'audit order' },
    });
    if (!asked.data) throw new Error(JSON.stringify(asked.errors));
    const bob = await t.signIn('bob@contoso.test');
    const approved = await t.gql(bob, 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "ok") { status } }', { id: asked.data.activateRole.id });
    expect(approved.errors).toBeUndefined();
    const timeline = await nodes(admin, { requestId: asked.data.activateRole.id });
    expect(inOrder(timeline)).toEqual(['request.submitted', 'request.approved', 'assignment.activated']);
  });

  it('filters by time range, actor and scope (with or without the scopes below)', async () => {
    const all = await nodes(admin);
    const newest = all[0];
    const [{ at }] = await t.sql<{ at: Date }>('SELECT at FROM audit_event WHERE seq = $1', [newest.sequence]);
    const fromNewest = await nodes(admin, { from: at.toISOString() });
    expect(fromNewest.map((e) => e.sequence)).toContain(newest.sequence);
    expect(fromNewest.every((e) => e.sequence >= newest.sequence - 5)).toBe(true);
    expect(await nodes(admin, { to: new Date(0).toISOString() })).toHaveLength(0);
    const byAlice = await nodes(admin, { actorId: id.alice });
    expect(byAlice.length).toBeGreaterThan(0);
    expect(byAlice.every((e) => e.actor?.id === id.alice)).toBe(true);
    const atProduction = await nodes(admin, { scopeId: id.production });
    expect(atProduction.some((e) => e.scope?.id === id.rgWeb)).toBe(false);
    const belowProduction = await nodes(admin, { scopeId: id.production, includeDescendants: true });
    expect(belowProduction.some((e) => e.scope?.id === id.rgWeb && e.action === 'assignment.created')).toBe(true);
  });

  it('pages newest first by sequence, with a stable cursor and a total', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const result: Awaited<ReturnType<typeof events>> = await events(admin, {}, 7, after);
      const connection = result.data!.auditEvents;
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge) => edge.node.sequence));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event');
    expect(seen).toHaveLength(n);
    expect(total).toBe(n);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('my audit for everyone; scope readers see their scopes; audit readers the directory and tenant events', async () => {
    const frankSees = await nodes(frank);
    expect(frankSees.length).toBeGreaterThan(0);
    expect(frankSees.every((e) => e.actor?.id === id.frank || e.targetPrincipal?.id === id.frank)).toBe(true);
    expect(await nodes(frank, { targetPrincipalId: id.alice })).toHaveLength(0);

    // dave owns Production: the Reader assignment at rg-web, not alice's directory activation.
    const daveSees = await nodes(dave);
    expect(daveSees.some((e) => e.scope?.id === id.rgWeb && e.action === 'assignment.created')).toBe(true);
    expect(daveSees.some((e) => e.request?.id === activationRequestId)).toBe(false);

    // carol is Security Reader: directory events and sign-ins of others, not the resource assignment.
    const carolSees = await nodes(carol);
    expect(carolSees.some((e) => e.action === 'assignment.activated' && e.targetPrincipal?.id === id.alice)).toBe(true);
    expect(carolSees.some((e) => e.action === 'auth.sign_in' && e.actor?.id === id.admin)).toBe(true);
    expect(carolSees.some((e) => e.scope?.id === id.rgWeb)).toBe(false);

    const anonymous = await events(null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('bad input is a BAD_USER_INPUT (or NOT_FOUND for an id that names nothing), never a 500', async () => {
    const code = async (filter: Record<string, unknown>, first = 10, after: string | null = null) =>
      (await events(admin, filter, first, after)).errors?.[0].extensions?.code;
    expect(await code({ from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' })).toBe('BAD_USER_INPUT');
    expect(await code({ from: 'yesterday' })).toBe('BAD_USER_INPUT');
    expect(await code({ action: ["'; DROP TABLE audit_event; --"] })).toBe('BAD_USER_INPUT');
    expect(await code({ action: [] })).toBe('BAD_USER_INPUT');
    expect(await code({ includeDescendants: true })).toBe('BAD_USER_INPUT');
    expect(await code({ actorId: 'not-an-id' })).toBe('NOT_FOUND');
    expect(await code({}, 0)).toBe('BAD_USER_INPUT');
    expect(await code({}, 101)).toBe('BAD_USER_INPUT');
    expect(await code({}, 10, 'garbage')).toBe('BAD_USER_INPUT');
    expect(await code({}, 10, Buffer.from(JSON.stringify(['1; select'])).toString('base64url'))).toBe('BAD_USER_INPUT');
  });

  it('exports the same rows as the query, as CSV and as NDJSON, with the bearer token or the session cookie', async () => {
    const filter = { targetPrincipalId: id.alice };
    const expected = (await nodes(admin, filter)).map((e) => e.sequence).sort((a, b) => a - b);

    const csv = await download(admin, `format=csv&targetPrincipalId=${id.alice}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="elevate-audit-.*\.csv"$/);
    const records = csvRecords(await csv.text());
    expect(records.map((r) => Number(r.sequence))).toEqual(expected);
    const activation = records.find((r) => r.action === 'assignment.activated')!;
    expect(activation).toMatchObject({ targetPrincipalId: id.alice, roleId: id.userAdministrator, requestId: activationRequestId, justification: 'audit test: rotate a password' });
    expect(JSON.parse(activation.after)).toMatchObject({ type: 'ACTIVE' });

    const ndjson = await download(admin, `format=ndjson&targetPrincipalId=${id.alice}`, true);
    expect(ndjson.status).toBe(200);
    expect(ndjson.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await ndjson.text()).trim().split('\n').map((line) => JSON.parse(line) as { sequence: number; hash: string; action: string });
    expect(lines.map((line) => line.sequence)).toEqual(expected);
    const [{ hash }] = await t.sql<{ hash: string }>('SELECT hash FROM audit_event WHERE seq = $1', [lines[0].sequence]);
    expect(lines[0].hash).toBe(hash);

    // Several actions, as repeated parameters or separated by commas.
    const twoActions = await download(admin, `format=ndjson&requestId=${activationRequestId}&action=request.submitted,assignment.activated`);
    expect((await twoActions.text()).trim().split('\n')).toHaveLength(2);
  });

  it('exports with the same authorization as auditEvents', async () => {
    const frankCsv = csvRecords(await (await download(frank, 'format=csv')).text());
    expect(frankCsv.length).toBeGreaterThan(0);
    expect(frankCsv.every((r) => r.actorId === id.frank || r.targetPrincipalId === id.frank)).toBe(true);
    const frankSeen = (await nodes(frank)).map((e) => e.sequence).sort((a, b) => a - b);
    expect(frankCsv.map((r) => Number(r.sequence))).toEqual(frankSeen);
    const empty = await download(frank, `format=csv&targetPrincipalId=${id.alice}`);
    expect(empty.status).toBe(200);
    expect(csvRecords(await empty.text())).toHaveLength(0);
  });

  it('export errors are JSON with a code: 401 without a token, 400 for a bad format, date or parameter', async () => {
    const expectError = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe(code);
      expect(body.errors[0].message.length).toBeGreaterThan(5);
    };
    await expectError(await download(null, 'format=csv'), 401, 'UNAUTHENTICATED');
    await expectError(await download('not-a-token', 'format=csv'), 401, 'UNAUTHENTICATED');
    await expectError(await download(admin, 'format=xml'), 400, 'BAD_USER_INPUT');
    await expectError(await download(admin, 'format=csv&from=last-tuesday'), 400, 'BAD_USER_INPUT');
    await expectError(await download(admin, 'format=csv&from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z'), 400, 'BAD_USER_INPUT');
    await expectError(await download(admin, 'format=csv&frm=2025-01-01'), 400, 'BAD_USER_INPUT');
    await expectError(await download(admin, 'format=csv&format=ndjson'), 400, 'BAD_USER_INPUT');
    await expectError(await download(admin, 'format=csv&mine=maybe'), 400, 'BAD_USER_INPUT');
    await expectError(await download(admin, 'format=csv&roleId=nope'), 404, 'NOT_FOUND');
  });

  it('stores hostile text exactly and chains it verifiably, in one round trip (a handful) and in bulk (hundreds), from concurrent writers', async () => {
    const hostile = [
      "it's", 'back\\slash \\\\ and \\x27', "'); DROP TABLE audit_event; --", "$$ dollar $$ $tag$ x $tag$", "' || pg_sleep(5) || '",
      '"quoted" \t tab \n newline \r\n', '日本語 ü ß 👩‍💻 \u2028\u2029', "E'\\\\'", '::text', '--', '/* comment */', ']', '","',
    ];
    const actor = { type: ActorType.SYSTEM, id: null, clientIp: "127.0.0.1' OR '1'='1", userAgent: 'agent \\ "x" \'y\'' };
    const batch = (size: number, tag: string) =>
      Array.from({ length: size }, (_, index) =>
        prepareAudit(actor, new Date(), {
          action: `test.hostile.${tag}`,
          justification: hostile[index % hostile.length],
          ticket: hostile[(index + 3) % hostile.length],
          before: { [hostile[index % hostile.length]]: hostile[(index + 1) % hostile.length], nested: { list: hostile, n: index } },
          after: null,
        }),
      );
    const batches = [batch(1, 'one'), batch(13, 'few'), batch(250, 'edge'), batch(251, 'bulk'), batch(5, 'few2'), batch(1, 'one2')];
    await Promise.all(batches.map((events) => t.app.db.transaction((manager) => appendAudit(manager, events))));
    // Written outside a change (whose commit would chain them): chained by the server's chainer, as its poll would.
    await t.app.services.audit.chainer.chain();

    const stored = await t.sql<{ id: string; justification: string; ticket: string; before: unknown; client_ip: string; user_agent: string }>(
      "SELECT id, justification, ticket, before, client_ip, user_agent FROM audit_event WHERE action LIKE 'test.hostile.%'",
    );
    const byId = new Map(stored.map((row) => [row.id, row]));
    expect(stored).toHaveLength(batches.flat().length);
    for (const event of batches.flat()) {
      expect(byId.get(event.id)).toEqual({
        id: event.id, justification: event.justification, ticket: event.ticket, before: event.before, client_ip: actor.clientIp, user_agent: actor.userAgent,
      });
    }
    // Each batch is contiguous in the chain, and the whole chain has no gap.
    for (const events of batches) {
      const seqs = await t.sql<{ seq: string }>('SELECT seq FROM audit_event WHERE id = ANY($1::uuid[]) ORDER BY seq', [events.map((e) => e.id)]);
      expect(Number(seqs.at(-1)!.seq) - Number(seqs[0].seq)).toBe(events.length - 1);
    }
    const [{ gaps }] = await t.sql<{ gaps: number }>('SELECT (max(seq) - min(seq) + 1 - count(*))::int AS gaps FROM audit_event');
    expect(gaps).toBe(0);
    const verified = await t.gql<{ verifyAudit: { ok: boolean; reason: string | null } }>(carol, 'query { verifyAudit { ok reason } }');
    expect(verified.data?.verifyAudit).toEqual({ ok: true, reason: null });
  });

  it('verifyAudit: the intact chain verifies, for audit readers only', async () => {
    const query = 'query { verifyAudit { ok checked firstBrokenSequence reason lastSequence } }';
    const result = await t.gql<{ verifyAudit: { ok: boolean; checked: number; firstBrokenSequence: number | null; reason: string | null; lastSequence: number } }>(carol, query);
    const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event');
    expect(result.data?.verifyAudit).toMatchObject({ ok: true, firstBrokenSequence: null, reason: null });
    expect(result.data!.verifyAudit.checked).toBeGreaterThanOrEqual(n);
    expect((await t.gql(frank, query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(null, query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
