import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAssign } from './support/personas';
import { ManualClock, startTestApp, type TestApp } from './support/app';
import { settle, subscribe } from './support/live';
import { wsClient } from './support/ws';

const CREATE = 'mutation ($input: AccessReviewInput!) { createAccessReview(input: $input) { id name instances { id status occurrence progress { total decided } } } }';
const ITEMS = `query ($filter: ReviewItemFilter, $after: String) { reviewItems(filter: $filter, first: 100, after: $after) {
  edges { node { id assignmentId assignmentType decision reason outcome outcomeByDefault applied applyError recommendation recommendationReason viewerCanDecide
    principal { id displayName } role { name } scope { name } } } pageInfo { hasNextPage endCursor } } }`;
const DECIDE = 'mutation ($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) { decideReviewItems(itemIds: $ids, decision: $decision, reason: $reason) { id decision } }';
const STOP = 'mutation ($id: ID!) { stopAccessReview(instanceId: $id) { id status } }';
const APPLY = 'mutation ($id: ID!) { applyAccessReview(instanceId: $id) { id status } }';

interface Item {
  id: string;
  assignmentId: string;
  assignmentType: string;
  decision: string | null;
  outcome: string | null;
  outcomeByDefault: boolean;
  applied: boolean;
  applyError: string | null;
  recommendation: string | null;
  recommendationReason: string | null;
  viewerCanDecide: boolean;
  principal: { id: string; displayName: string };
}

/**
 * Access reviews (DOMAIN.md, API.md): who may create them, the snapshot at the start, reviewers (SELF, MANAGER with a
 * fallback, named users), decisions (the last one wins; reasons; closed after completion), the default decisions,
 * completion and apply through the lifecycle (the last-admin guard holds), and bad input changing nothing.
 */
describe('access reviews', () => {
  let t: TestApp;
  let admin: string;
  let dave: string;
  let erin: string;
  let carol: string;
  const ids: Record<string, string> = {};
  const items = async (token: string, filter: Record<string, unknown>) => {
    const result = await t.gql<{ reviewItems: { edges: { node: Item }[] } }>(token, ITEMS, { filter });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.reviewItems.edges.map((edge) => edge.node);
  };
  const create = async (token: string, input: Record<string, unknown>) =>
    t.gql<{ createAccessReview: { id: string; instances: { id: string; status: string; occurrence: number; progress: { total: number; decided: number } }[] } }>(token, CREATE, { input });
  const reviewCount = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM access_review'))[0].n;

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    dave = await t.signIn('dave@contoso.test');
    carol = await t.signIn('carol@contoso.test');
    ids.contributor = await t.ids.role('Contributor');
    ids.ga = await t.ids.role('Global Administrator');
    ids.securityAdmin = await t.ids.role('Security Administrator');
    ids.contoso = await t.ids.scope('Contoso');
    ids.development = await t.ids.scope('Development');
    ids.production = await t.ids.scope('Production');
    ids.root = await t.ids.scope('/');
    ids.admin = await t.ids.principal('admin@contoso.test');
    ids.dave = await t.ids.principal('dave@contoso.test');
    ids.erin = await t.ids.principal('erin@fabrikam.test');
    ids.alice = await t.ids.principal('alice@contoso.test');
    ids.bob = await t.ids.principal('bob@contoso.test');
    ids.carol = await t.ids.principal('carol@contoso.test');
    ids.pipeline = await t.ids.principal('deploy-pipeline');
  });
  afterAll(async () => t?.stop());

  it('refuses bad input and those who may not manage the role there, creating nothing', async () => {
    const before = await reviewCount();
    const base = { name: 'Bad', roleIds: [ids.contributor], scopeId: ids.contoso, reviewers: [{ kind: 'SELF' }] };
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['no name', { ...base, name: ' ' }, 'BAD_USER_INPUT', 'name'],
      ['no roles', { ...base, roleIds: [] }, 'BAD_USER_INPUT', 'roleIds'],
      ['an unknown role', { ...base, roleIds: ['00000000-0000-4000-8000-000000000000'] }, 'BAD_USER_INPUT', 'roleIds'],
      ['a malformed scope', { ...base, scopeId: 'nope' }, 'NOT_FOUND', undefined],
      ['an unknown scope', { ...base, scopeId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'scopeId'],
      ['no reviewers', { ...base, reviewers: [] }, 'BAD_USER_INPUT', 'reviewers'],
      ['USERS naming nobody', { ...base, reviewers: [{ kind: 'USERS' }] }, 'BAD_USER_INPUT', 'reviewers'],
      ['a group as a USERS reviewer', { ...base, reviewers: [{ kind: 'USERS', principalIds: [ids.pipeline] }] }, 'BAD_USER_INPUT', 'reviewers'],
      ['MANAGER without fallback', { ...base, reviewers: [{ kind: 'MANAGER' }] }, 'BAD_USER_INPUT', 'reviewers'],
      ['SELF and MANAGER', { ...base, reviewers: [{ kind: 'SELF' }, { kind: 'MANAGER', fallbackPrincipalIds: [ids.admin] }] }, 'BAD_USER_INPUT', 'reviewers'],
      ['a monthly review of 28 days', { ...base, recurrence: { frequency: 'MONTHLY', durationDays: 28 } }, 'BAD_USER_INPUT', 'durationDays'],
      ['a weekly review of 0 days', { ...base, recurrence: { frequency: 'WEEKLY', durationDays: 0 } }, 'BAD_USER_INPUT', 'durationDays'],
      ['occurrences on a one-time review', { ...base, recurrence: { frequency: 'ONE_TIME', durationDays: 3, occurrences: 2 } }, 'BAD_USER_INPUT', 'recurrence'],
      ['a start in the past', { ...base, startAt: '2020-01-01T00:00:00Z' }, 'BAD_USER_INPUT', 'startAt'],
      ['inactiveDays 0', { ...base, inactiveDays: 0 }, 'BAD_USER_INPUT', 'inactiveDays'],
      ['no kind of holder', { ...base, principalTypes: [] }, 'BAD_USER_INPUT', 'principalTypes'],
    ];
    for (const [what, input, code, field] of cases) {
      const result = await create(admin, input);
      expect(result.errors?.[0].extensions, what).toMatchObject({ code, ...(field ? { field } : {}) });
      expect(result.status, what).toBeLessThan(500);
    }
    // Dave owns Production, not Contoso: he may not review Contributor there; Carol reads directory roles only.
    expect((await create(dave, base)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await create(dave, { ...base, scopeId: ids.production })).errors).toBeUndefined();
    expect((await create(carol, { ...base, roleIds: [ids.securityAdmin], scopeId: ids.root })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await reviewCount()).toBe(before + 1);
    await t.sql("DELETE FROM access_review WHERE name = 'Bad'");
  });

  it('SELF: each holder reviews their own holding, a fallback the service principal; the snapshot is taken at the start; denials are applied as removals', async () => {
    const made = await create(admin, {
      name: 'Contributors at Contoso',
      roleIds: [ids.contributor],
      scopeId: ids.contoso,
      reviewers: [{ kind: 'SELF', fallbackPrincipalIds: [ids.admin] }],
      defaultDecision: 'REMOVE',
      recurrence: { frequency: 'ONE_TIME', durationDays: 7 },
    });
    expect(made.errors).toBeUndefined();
    const [instance] = made.data!.createAccessReview.instances;
    expect(instance).toMatchObject({ status: 'IN_PROGRESS', occurrence: 1, progress: { total: 3, decided: 0 } });

    // A holding made after the start is the next occurrence's, not an item of this one.
    await adminAssign(t, admin, { principalId: ids.alice, roleId: ids.contributor, scopeId: ids.development, type: 'ELIGIBLE' });
    const all = await items(admin, { instanceId: instance.id });
    const counted = await t.gql<{ reviewItems: { totalCount: number } }>(admin, 'query ($id: ID) { reviewItems(filter: { instanceId: $id }, first: 1) { totalCount } }', { id: instance.id });
    expect(counted.data?.reviewItems.totalCount).toBe(3);
    expect(all.map((item) => item.principal.displayName).sort()).toEqual(['Dave DevOps', 'Erin Guest', 'deploy-pipeline'].sort());

    // Each reviewer sees what is theirs: dave his own; the fallback the service principal's; carol nothing of it.
    const davesItems = await items(dave, { mine: true });
    expect(davesItems.map((item) => item.principal.id)).toEqual([ids.dave]);
    expect(davesItems[0].viewerCanDecide).toBe(true);
    expect((await items(admin, { mine: true })).map((item) => item.principal.id)).toEqual([ids.pipeline]);
    expect(await items(carol, { mine: true })).toEqual([]);
    expect((await t.gql(carol, 'query ($id: ID!) { accessReview(id: $id) { id } }', { id: made.data!.createAccessReview.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Erin has not signed in within 30 days here: recommended DENY, saying why.
    const erinsItem = all.find((item) => item.principal.id === ids.erin)!;
    expect(erinsItem).toMatchObject({ recommendation: 'DENY', recommendationReason: 'No sign-in in 30 days' });
    expect(all.find((item) => item.principal.id === ids.pipeline)).toMatchObject({ recommendation: 'APPROVE' });

    // A reason is required; another's item is not his to decide; the last decision submitted wins.
    const davesItem = davesItems[0];
    expect((await t.gql(dave, DECIDE, { ids: [davesItem.id], decision: 'DENY' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await t.gql(dave, DECIDE, { ids: [davesItem.id, erinsItem.id], decision: 'DENY', reason: 'x' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await items(admin, { instanceId: instance.id })).every((item) => item.decision === null)).toBe(true);
    expect((await t.gql(dave, DECIDE, { ids: [davesItem.id], decision: 'APPROVE', reason: 'still need it' })).errors).toBeUndefined();
    expect((await t.gql(dave, DECIDE, { ids: [davesItem.id], decision: 'DENY', reason: 'not any more' })).errors).toBeUndefined();
    // The fallback may not decide dave's own item; admin decides the pipeline's.
    const pipelineItem = all.find((item) => item.principal.id === ids.pipeline)!;
    expect((await t.gql(admin, DECIDE, { ids: [davesItem.id], decision: 'APPROVE', reason: 'x' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(admin, DECIDE, { ids: [pipelineItem.id], decision: 'APPROVE', reason: 'deploys' })).errors).toBeUndefined();
    const [audited] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access_review.decided'`);
    expect(audited.n).toBe(3);

    // Dave sees the review he takes part in, but may not stop it; admin stops it: erin's unanswered item is denied by the
    // default decision.
    expect((await t.gql(dave, STOP, { id: instance.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(admin, STOP, { id: instance.id })).data).toMatchObject({ stopAccessReview: { status: 'COMPLETED' } });
    expect((await t.gql(dave, DECIDE, { ids: [davesItem.id], decision: 'APPROVE', reason: 'late' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const settled = await items(admin, { instanceId: instance.id });
    expect(Object.fromEntries(settled.map((item) => [item.principal.displayName, [item.outcome, item.outcomeByDefault]]))).toEqual({
      'Dave DevOps': ['DENY', false],
      'Erin Guest': ['DENY', true],
      'deploy-pipeline': ['APPROVE', false],
    });

    expect((await t.gql(admin, APPLY, { id: instance.id })).data).toMatchObject({ applyAccessReview: { status: 'APPLIED' } });
    const applied = await items(admin, { instanceId: instance.id });
    expect(applied.filter((item) => item.applied).map((item) => item.principal.displayName).sort()).toEqual(['Dave DevOps', 'Erin Guest']);
    // The holdings ended as administrators' removals naming the review; the pipeline's stays.
    const ended = await t.sql<{ end_reason: string; action: string; justification: string }>(
      `SELECT a.end_reason, q.action, q.justification FROM role_assignment a JOIN role_request q ON q.assignment_id = a.id AND q.action = 'ADMIN_REMOVE' WHERE a.id = $1`,
      [davesItem.assignmentId],
    );
    expect(ended).toEqual([{ end_reason: 'REMOVED', action: 'ADMIN_REMOVE', justification: 'Access review "Contributors at Contoso": denied: not any more' }]);
    const davesRoles = await t.gql<{ roleAssignments: { edges: { node: { role: { name: string } } }[] } }>(
      dave,
      'query ($id: ID!) { roleAssignments(filter: { principalId: $id }) { edges { node { role { name } } } } }',
      { id: ids.dave },
    );
    expect(davesRoles.data?.roleAssignments.edges.map((edge) => edge.node.role.name)).not.toContain('Contributor');
    const [pipeline] = await t.sql<{ end_reason: string | null }>('SELECT end_reason FROM role_assignment WHERE id = $1', [pipelineItem.assignmentId]);
    expect(pipeline.end_reason).toBeNull();
    expect((await t.gql(admin, APPLY, { id: instance.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    // The results, downloadable by its readers and managers (not by a reviewer), streamed as CSV or NDJSON.
    const download = (token: string, query: string) => fetch(`${t.url.replace(/\/graphql$/, '')}/reviews/${instance.id}/export${query}`, { headers: { authorization: `Bearer ${token}` } });
    const csv = await download(admin, '?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('principalName,principalEmail');
    expect(lines.find((line) => line.includes('dave@contoso.test'))).toContain('DENY,not any more');
    const ndjson = (await (await download(admin, '?format=ndjson')).text()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(ndjson.find((row) => row.principalId === ids.pipeline)).toMatchObject({ decision: 'APPROVE', outcome: 'APPROVE', applied: false, reviewedByName: 'Ada Admin' });
    expect((await download(dave, '')).status).toBe(404);
    const canExport = async (token: string) =>
      (await t.gql<{ accessReview: { viewerCanExport: boolean } }>(token, 'query ($id: ID!) { accessReview(id: $id) { viewerCanExport } }', { id: made.data!.createAccessReview.id })).data?.accessReview.viewerCanExport;
    expect([await canExport(admin), await canExport(dave)]).toEqual([true, false]);
    expect((await download(admin, '?format=xlsx')).status).toBe(400);

    // Dave was told the review started; the creator that it completed.
    const told = await t.sql<{ principal_id: string; event_type: string }>(`SELECT principal_id, event_type FROM in_app_notification WHERE event_type LIKE 'REVIEW_%'`);
    expect(told).toEqual(expect.arrayContaining([{ principal_id: ids.dave, event_type: 'REVIEW_STARTED' }, { principal_id: ids.admin, event_type: 'REVIEW_COMPLETED' }]));
    // Erin (a guest) lost the access under review.
    erin = await t.signIn('erin@fabrikam.test');
    const erinsRoles = await t.gql<{ roleAssignments: { edges: unknown[] } }>(erin, 'query ($id: ID!) { roleAssignments(filter: { principalId: $id }) { edges { node { id } } } }', { id: ids.erin });
    expect(erinsRoles.data?.roleAssignments.edges).toEqual([]);
  });

  it('MANAGER: the holder’s manager reviews, the fallback only those without one; the default decisions settle unanswered items', async () => {
    expect((await t.gql(admin, 'mutation ($id: ID!, $m: ID) { updateUser(id: $id, input: { managerId: $m }) { id } }', { id: ids.alice, m: ids.bob })).errors).toBeUndefined();
    const outcomes: Record<string, string | null> = {};
    for (const defaultDecision of ['NO_CHANGE', 'APPROVE', 'RECOMMENDATION', 'REMOVE']) {
      const made = await create(admin, {
        name: `Security Administrators (${defaultDecision})`,
        roleIds: [ids.securityAdmin],
        scopeId: ids.root,
        assignmentType: 'ELIGIBLE',
        reviewers: [{ kind: 'MANAGER', fallbackPrincipalIds: [ids.carol] }],
        defaultDecision,
      });
      expect(made.errors).toBeUndefined();
      const [instance] = made.data!.createAccessReview.instances;
      const [aliceItem] = (await items(admin, { instanceId: instance.id })).filter((item) => item.principal.id === ids.alice);
      expect(aliceItem).toBeDefined();
      // Bob is alice's manager: he decides; carol is only the fallback, and alice has a manager.
      const bob = await t.signIn('bob@contoso.test');
      expect((await items(bob, { mine: true, instanceId: instance.id })).map((item) => item.id)).toEqual([aliceItem.id]);
      expect((await t.gql(carol, DECIDE, { ids: [aliceItem.id], decision: 'DENY', reason: 'x' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      if (defaultDecision === 'NO_CHANGE') {
        expect((await t.gql(bob, DECIDE, { ids: [aliceItem.id], decision: 'DONT_KNOW' })).errors).toBeUndefined();
      }
      expect((await t.gql(admin, STOP, { id: instance.id })).errors).toBeUndefined();
      outcomes[defaultDecision] = (await items(admin, { instanceId: instance.id })).find((item) => item.id === aliceItem.id)!.outcome;
      await t.gql(admin, 'mutation ($id: ID!) { deleteAccessReview(id: $id) }', { id: made.data!.createAccessReview.id });
    }
    // Alice signed in within 30 days? Not in this test: her recommendation is DENY, so RECOMMENDATION denies.
    expect(outcomes).toEqual({ NO_CHANGE: 'NO_CHANGE', APPROVE: 'APPROVE', RECOMMENDATION: 'DENY', REMOVE: 'DENY' });
  });

  it('live: the review’s progress reaches its managers and reviewers as decisions come, over WebSocket; others hear nothing', async () => {
    const made = await create(admin, { name: 'Live', roleIds: [ids.contributor], scopeId: ids.development, reviewers: [{ kind: 'SELF' }], requireReason: false });
    expect(made.errors).toBeUndefined();
    const [instance] = made.data!.createAccessReview.instances;
    // Alice holds Contributor at Development now (dave's was removed by the review above).
    const alice = await t.signIn('alice@contoso.test');
    const bob = await t.signIn('bob@contoso.test');
    const clients = [wsClient(t.url, admin), wsClient(t.url, alice), wsClient(t.url, bob)];
    type Event = { id: string; status: string; progress: { decided: number; total: number } };
    const query = 'subscription { accessReviewChanged { id status progress { decided total } } }';
    const [admins, alices, bobs] = clients.map((client) => subscribe(client, query, (data) => data.accessReviewChanged as Event));
    try {
      await settle(300);
      const [own] = await items(alice, { mine: true, instanceId: instance.id });
      expect((await t.gql(alice, DECIDE, { ids: [own.id], decision: 'APPROVE' })).errors).toBeUndefined();
      const decided = (event: Event) => event.id === instance.id && event.progress.decided === 1;
      expect(await admins.waitFor(decided)).toMatchObject({ status: 'IN_PROGRESS' });
      expect(await alices.waitFor(decided)).toMatchObject({ status: 'IN_PROGRESS' });
      expect((await t.gql(admin, STOP, { id: instance.id })).errors).toBeUndefined();
      await admins.waitFor((event) => event.id === instance.id && event.status === 'COMPLETED');
      // Bob neither reads Contributor at Development nor reviews it: nothing of it reached him.
      expect(bobs.events.filter((event) => event.id === instance.id)).toEqual([]);
    } finally {
      for (const feed of [admins, alices, bobs]) feed.stop();
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it('recommends DENY for an eligibility held over 30 days and not activated in the last 30, whoever signed in', async () => {
    const rgDev = await t.ids.scope('rg-dev');
    const made = await adminAssign(t, admin, { principalId: ids.carol, roleId: ids.contributor, scopeId: rgDev, type: 'ELIGIBLE' });
    await t.sql(`UPDATE role_assignment SET start_at = now() - interval '40 days' WHERE id = $1`, [made.assignmentId]);
    await t.signIn('carol@contoso.test');
    const review = await create(admin, { name: 'Unused', roleIds: [ids.contributor], scopeId: rgDev, reviewers: [{ kind: 'SELF' }] });
    expect(review.errors).toBeUndefined();
    const [item] = (await items(admin, { instanceId: review.data!.createAccessReview.instances[0].id })).filter((row) => row.assignmentId === made.assignmentId);
    expect(item).toMatchObject({ recommendation: 'DENY', recommendationReason: 'Eligible for over 30 days and not activated in the last 30' });
  });

  it('a review cannot remove the last Global Administrator: the item says why, and nothing else is undone', async () => {
    const made = await create(admin, {
      name: 'Global Administrators',
      roleIds: [ids.ga],
      scopeId: ids.root,
      reviewers: [{ kind: 'USERS', principalIds: [ids.carol] }],
      requireReason: false,
    });
    expect(made.errors).toBeUndefined();
    const [instance] = made.data!.createAccessReview.instances;
    const [item] = await items(carol, { instanceId: instance.id });
    expect(item.principal.id).toBe(ids.admin);
    expect((await t.gql(carol, DECIDE, { ids: [item.id], decision: 'DENY' })).errors).toBeUndefined();
    expect((await t.gql(admin, STOP, { id: instance.id })).errors).toBeUndefined();
    expect((await t.gql(admin, APPLY, { id: instance.id })).data).toMatchObject({ applyAccessReview: { status: 'APPLIED' } });
    const [after] = await items(admin, { instanceId: instance.id });
    expect(after).toMatchObject({ outcome: 'DENY', applied: false });
    expect(after.applyError).toContain('Global Administrator');
    const [held] = await t.sql<{ end_reason: string | null }>('SELECT end_reason FROM role_assignment WHERE id = $1', [item.assignmentId]);
    expect(held.end_reason).toBeNull();
  });
});

describe('access reviews over time', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-12-07T09:00:00Z'));
  afterAll(async () => t?.stop());

  it('a weekly review of two occurrences: starts when due, reminds a day before its end, completes, and starts the next; then the series ends', async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
    const admin = await t.signIn('admin@contoso.test');
    const contributor = await t.ids.role('Contributor');
    const development = await t.ids.scope('Development');
    const dave = await t.ids.principal('dave@contoso.test');
    const made = await t.gql<{ createAccessReview: { id: string } }>(admin, CREATE, {
      input: {
        name: 'Weekly',
        roleIds: [contributor],
        scopeId: development,
        reviewers: [{ kind: 'SELF' }],
        startAt: new Date(clock.now().getTime() + 3_600_000).toISOString(),
        recurrence: { frequency: 'WEEKLY', durationDays: 3, occurrences: 2 },
        autoApply: true,
        defaultDecision: 'APPROVE',
      },
    });
    expect(made.errors).toBeUndefined();
    const id = made.data!.createAccessReview.id;
    const state = async () =>
      (await t.sql<{ occurrence: number; status: string; total: number }>('SELECT occurrence, status, total FROM access_review_instance WHERE review_id = $1 ORDER BY occurrence', [id])).map(
        (row) => `${row.occurrence}:${row.status}:${row.total}`,
      );
    expect(await state()).toEqual(['1:NOT_STARTED:0']);
    await t.app.services.sweeper.sweep();
    expect(await state()).toEqual(['1:NOT_STARTED:0']);
    clock.advance(3_600_000);
    await t.app.services.sweeper.sweep();
    expect(await state()).toEqual(['1:IN_PROGRESS:1', '2:NOT_STARTED:0']);
    const reminded = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM in_app_notification WHERE event_type = 'REVIEW_ENDING' AND principal_id = $1`, [dave]))[0].n;
    clock.advance(1.5 * 86_400_000);
    await t.app.services.sweeper.sweep();
    expect(await reminded()).toBe(0);
    clock.advance(0.6 * 86_400_000);
    await t.app.services.sweeper.sweep();
    expect(await reminded()).toBe(1);
    clock.advance(86_400_000);
    await t.app.services.sweeper.sweep();
    // Completed and applied (nothing to remove: nobody answered, the default approves).
    expect(await state()).toEqual(['1:APPLIED:1', '2:NOT_STARTED:0']);
    clock.advance(4 * 86_400_000);
    await t.app.services.sweeper.sweep();
    expect(await state()).toEqual(['1:APPLIED:1', '2:IN_PROGRESS:1']);
    const [review] = await t.sql<{ next_start_at: Date | null; started_count: number }>('SELECT next_start_at, started_count FROM access_review WHERE id = $1', [id]);
    expect(review).toEqual({ next_start_at: null, started_count: 2 });
    clock.advance(8 * 86_400_000);
    await t.app.services.sweeper.sweep();
    expect(await state()).toEqual(['1:APPLIED:1', '2:APPLIED:1']);
  });
});
