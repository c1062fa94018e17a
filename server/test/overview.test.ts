import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';

const OVERVIEW = `query { overview { at holdings { kind eligible active permanent } activationsPerDay { day count }
  requestsWaiting openAlerts { severity alerts incidents } reviewsInProgress } }`;
const ACTIVATE = 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id status assignment { id } } }';
const DAY_MS = 24 * 60 * 60 * 1000;

interface Holding {
  kind: string;
  eligible: number;
  active: number;
  permanent: number;
}
interface OverviewData {
  at: string;
  holdings: Holding[];
  activationsPerDay: { day: string; count: number }[];
  requestsWaiting: number;
  openAlerts: { severity: string; alerts: number; incidents: number }[] | null;
  reviewsInProgress: number;
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

describe('overview: each number as the viewer may list it, moving by exactly one with the change it counts', () => {
  // The next UTC noon (after the demo was seeded, so that what it holds is in force), so that no step crosses a midnight.
  const clock = new ManualClock(new Date(Math.ceil((Date.now() - DAY_MS / 2) / DAY_MS) * DAY_MS + DAY_MS / 2));
  let t: TestApp;
  let admin: string;
  let carol: string;
  let gina: string;
  const id: Record<string, string> = {};

  const overview = async (token: string): Promise<OverviewData> => {
    const result = await t.gql<{ overview: OverviewData }>(token, OVERVIEW);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.overview;
  };
  const holding = (data: OverviewData, kind: string) => data.holdings.find((row) => row.kind === kind) as Holding;
  const ok = <T,>(result: { data?: T | null; errors?: unknown }): T => {
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  /**
   * The holdings as the roleAssignments list gives them to this viewer: for every privileged role, its eligible total,
   * and its active rows split by whether they end. What the overview counts must be what the lists show.
   */
  const holdingsListed = async (token: string): Promise<Holding[]> => {
    const { roleDefinitions } = ok(await t.gql<{ roleDefinitions: { id: string; kind: string; privileged: boolean }[] }>(admin, '{ roleDefinitions { id kind privileged } }'));
    const byKind = new Map(['DIRECTORY', 'GROUP', 'RESOURCE'].map((kind) => [kind, { kind, eligible: 0, active: 0, permanent: 0 }]));
    const list = `query ($f: RoleAssignmentFilter) { roleAssignments(filter: $f, first: 100) { totalCount edges { node { endAt } } } }`;
    for (const role of roleDefinitions.filter((r) => r.privileged)) {
      const row = byKind.get(role.kind)!;
      type Listed = { roleAssignments: { totalCount: number; edges: { node: { endAt: string | null } }[] } };
      const eligible = ok(await t.gql<Listed>(token, list, { f: { roleId: role.id, type: 'ELIGIBLE' } })).roleAssignments;
      const active = ok(await t.gql<Listed>(token, list, { f: { roleId: role.id, type: 'ACTIVE' } })).roleAssignments;
      expect(active.edges.length).toBe(active.totalCount);
      row.eligible += eligible.totalCount;
      row.active += active.edges.filter((edge) => edge.node.endAt !== null).length;
      row.permanent += active.edges.filter((edge) => edge.node.endAt === null).length;
    }
    return [...byKind.values()];
  };

  beforeAll(async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    carol = await t.signIn('carol@contoso.test');
    id.root = await t.ids.scope('/');
    id.contoso = await t.ids.scope('Contoso');
    id.secAdmin = await t.ids.role('Security Administrator');
    id.userAdmin = await t.ids.role('User Administrator');
    id.ga = await t.ids.role('Global Administrator');
    id.contributor = await t.ids.role('Contributor');
    id.alice = await t.ids.principal('alice@contoso.test');
    id.frank = await addUser(t, 'Frank Plain', 'frank@contoso.test');
    id.gina = await addUser(t, 'Gina Global-Reader', 'gina@contoso.test');
    await adminAssign(t, admin, { principalId: id.gina, roleId: await t.ids.role('Global Reader'), scopeId: id.root, type: 'ACTIVE' });
    gina = await t.signIn('gina@contoso.test');
  });
  afterAll(async () => t?.stop());

  it('holdings equal what roleAssignments lists, for a Global Administrator, a Global Reader and a Security Reader', async () => {
    const mine = await overview(admin);
    expect(mine.holdings.map((row) => row.kind)).toEqual(['DIRECTORY', 'GROUP', 'RESOURCE']);
    expect(mine.holdings).toEqual(await holdingsListed(admin));
    // The demo tenant (API.md): admin's Global Administrator is the one permanent active privileged directory holding; the
    // eligible ones are pra's, alice's two (Security Administrator, User Administrator) …
    expect(holding(mine, 'DIRECTORY').permanent).toBe(1);
    expect(holding(mine, 'DIRECTORY').eligible).toBe(3);
    // … and the resource side: dave's Owner (active) and Contributor (eligible), erin's Contributor (eligible, ending),
    // deploy-pipeline's Contributor (active, ending).
    expect(holding(mine, 'RESOURCE')).toEqual({ kind: 'RESOURCE', eligible: 2, active: 2, permanent: 0 });
    expect(await overview(gina)).toEqual({ ...mine, at: expect.any(String) });

    // Carol reads directory assignments only: the resource and group numbers are what she may list there (nothing).
    const hers = await overview(carol);
    expect(hers.holdings).toEqual(await holdingsListed(carol));
    expect(holding(hers, 'DIRECTORY')).toEqual(holding(mine, 'DIRECTORY'));
    expect(holding(hers, 'RESOURCE')).toEqual({ kind: 'RESOURCE', eligible: 0, active: 0, permanent: 0 });
  });

  it('an assignment, an activation and a request waiting each move their number by exactly one', async () => {
    const before = await overview(admin);
    await adminAssign(t, admin, { principalId: id.frank, roleId: id.secAdmin, scopeId: id.root, type: 'ELIGIBLE' });
    const assigned = await overview(admin);
    expect(holding(assigned, 'DIRECTORY')).toEqual({ ...holding(before, 'DIRECTORY'), eligible: holding(before, 'DIRECTORY').eligible + 1 });
    expect(assigned.holdings.filter((row) => row.kind !== 'DIRECTORY')).toEqual(before.holdings.filter((row) => row.kind !== 'DIRECTORY'));

    // A non-privileged role is not counted.
    await adminAssign(t, admin, { principalId: id.frank, roleId: await t.ids.role('Directory Readers'), scopeId: id.root, type: 'ACTIVE' });
    expect((await overview(admin)).holdings).toEqual(assigned.holdings);

    // Alice activates User Administrator (no approval): one more time-bound active holding, one more activation today.
    const alice = await t.signInWithMfa('alice@contoso.test');
    const activated = await t.gql<{ activateRole: { status: string } }>(alice, ACTIVATE, { input: { roleId: id.userAdmin, scopeId: id.root, duration: 'PT1H', justification: 'reset a password' } });
    expect(activated.data?.activateRole.status).toBe('PROVISIONED');
    const after = await overview(admin);
    expect(holding(after, 'DIRECTORY')).toEqual({ ...holding(assigned, 'DIRECTORY'), active: holding(assigned, 'DIRECTORY').active + 1 });
    expect(after.activationsPerDay.at(-1)).toEqual({ day: utcDay(clock.now()), count: assigned.activationsPerDay.at(-1)!.count + 1 });
    expect(after.activationsPerDay.slice(0, -1)).toEqual(assigned.activationsPerDay.slice(0, -1));
    expect(after.requestsWaiting).toBe(assigned.requestsWaiting);

    // Security Administrator waits for bob: one more request waiting, nothing else moves.
    const asked = await t.gql<{ activateRole: { status: string } }>(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT1H', justification: 'investigate an incident' } });
    expect(asked.data?.activateRole.status).toBe('PENDING_APPROVAL');
    const waiting = await overview(admin);
    expect(waiting.requestsWaiting).toBe(after.requestsWaiting + 1);
    expect(waiting.holdings).toEqual(after.holdings);
    // The same number the request list gives for that status.
    const listed = ok(await t.gql<{ roleRequests: { totalCount: number } }>(admin, '{ roleRequests(filter: { status: [PENDING_APPROVAL, PENDING_ADMIN_DECISION] }, first: 1) { totalCount } }'));
    expect(waiting.requestsWaiting).toBe(listed.roleRequests.totalCount);
    expect((await overview(carol)).requestsWaiting).toBe(waiting.requestsWaiting);
  });

  it('an alert raised and a review started each count once; openAlerts follows a dismissal', async () => {
    const before = await overview(admin);
    expect(before.openAlerts?.map((row) => row.severity)).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    const low = (data: OverviewData) => data.openAlerts!.find((row) => row.severity === 'LOW')!;
    const { alerts } = ok(await t.gql<{ alerts: { id: string; type: string }[] }>(admin, '{ alerts { id type } }'));
    const tooMany = alerts.find((alert) => alert.type === 'TOO_MANY_GLOBAL_ADMINS')!.id;
    const raised = ok(
      await t.gql<{ updateAlertSettings: { active: boolean; incidentCount: number } }>(
        admin,
        'mutation ($id: ID!) { updateAlertSettings(alertId: $id, input: { thresholds: [{ name: "minimumCount", value: 1 }, { name: "minimumPercent", value: 0 }] }) { active incidentCount } }',
        { id: tooMany },
      ),
    ).updateAlertSettings;
    expect(raised.active).toBe(true);
    const after = await overview(admin);
    expect(low(after)).toEqual({ severity: 'LOW', alerts: low(before).alerts + 1, incidents: low(before).incidents + raised.incidentCount });
    expect(after.openAlerts!.filter((row) => row.severity !== 'LOW')).toEqual(before.openAlerts!.filter((row) => row.severity !== 'LOW'));
    // The same as the alert list says: open alerts of each severity and their incidents.
    const listed = ok(await t.gql<{ alerts: { severity: string; active: boolean; incidentCount: number }[] }>(carol, '{ alerts { severity active incidentCount } }')).alerts;
    for (const row of (await overview(carol)).openAlerts!) {
      const open = listed.filter((alert) => alert.severity === row.severity && alert.active);
      expect(row).toEqual({ severity: row.severity, alerts: open.length, incidents: open.reduce((sum, alert) => sum + alert.incidentCount, 0) });
    }

    ok(await t.gql(admin, 'mutation ($id: ID!) { dismissAlert(alertId: $id) { id } }', { id: tooMany }));
    expect(low(await overview(admin))).toEqual(low(before));

    const made = await t.gql<{ createAccessReview: { instances: { status: string }[] } }>(
      admin,
      'mutation ($input: AccessReviewInput!) { createAccessReview(input: $input) { instances { status } } }',
      { input: { name: 'Contributors', roleIds: [id.contributor], scopeId: id.contoso, reviewers: [{ kind: 'USERS', principalIds: [id.frank] }], recurrence: { frequency: 'ONE_TIME', durationDays: 7 } } },
    );
    expect(made.data?.createAccessReview.instances.map((instance) => instance.status)).toEqual(['IN_PROGRESS']);
    expect((await overview(admin)).reviewsInProgress).toBe(before.reviewsInProgress + 1);
    // Carol reads directory roles: a review of a resource role is not hers to list, so not hers to count.
    expect((await overview(carol)).reviewsInProgress).toBe(before.reviewsInProgress);
    const frank = await t.signIn('frank@contoso.test');
    // Frank reviews it, but the overview is not his to read.
    expect((await t.gql(frank, OVERVIEW)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('who may read it: readers of role assignments at the root; others are refused; every reader may read alerts', async () => {
    const refused = ['alice@contoso.test', 'bob@contoso.test', 'dave@contoso.test', 'erin@fabrikam.test'];
    for (const email of refused) {
      const result = await t.gql(await t.signIn(email), OVERVIEW);
      expect(result.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
      expect(result.errors?.[0].message, email).toMatch(/read role assignments at the tenant root/);
      expect(result.data ?? null, email).toBeNull();
    }
    expect((await t.gql(null, OVERVIEW)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // pra, once active, reads it; so do the Security Administrator and the Security and Global Readers. openAlerts is null
    // only for a reader who may not read alerts: every reader at the root reads alerts too (both rules rest on the
    // directory readers), so none of them gets null.
    const pra = await t.ids.principal('pra@contoso.test');
    await adminAssign(t, admin, { principalId: pra, roleId: await t.ids.role('Privileged Role Administrator'), scopeId: id.root, type: 'ACTIVE' });
    await adminAssign(t, admin, { principalId: id.frank, roleId: id.secAdmin, scopeId: id.root, type: 'ACTIVE' });
    for (const email of ['admin@contoso.test', 'pra@contoso.test', 'frank@contoso.test', 'carol@contoso.test', 'gina@contoso.test']) {
      const token = await t.signIn(email);
      const data = await overview(token);
      expect(data.openAlerts, email).not.toBeNull();
      expect((await t.gql(token, '{ alerts { id } }')).errors, email).toBeUndefined();
    }
  });

  it('activations per day: the last 30 UTC days, oldest first, zeros included; an activation moves back a day at a time and falls off', async () => {
    const now = clock.now();
    const today = (await overview(admin)).activationsPerDay;
    expect(today).toHaveLength(30);
    expect(today.map((row) => row.day)).toEqual(Array.from({ length: 30 }, (_, index) => utcDay(new Date(now.getTime() - (29 - index) * DAY_MS))));
    const activatedToday = today[29].count;
    expect(activatedToday).toBeGreaterThanOrEqual(1);
    // Past days of the demo are quiet: every activation so far was made today, and the sum says so.
    const stored = await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM role_assignment WHERE origin = 'ACTIVATED' AND end_at IS DISTINCT FROM start_at");
    expect(today.reduce((sum, row) => sum + row.count, 0)).toBe(stored[0].n);

    clock.advance(3 * DAY_MS);
    admin = await t.signIn('admin@contoso.test');
    const later = (await overview(admin)).activationsPerDay;
    expect(later.at(-1)).toEqual({ day: utcDay(clock.now()), count: 0 });
    expect(later[26]).toEqual({ day: utcDay(now), count: activatedToday });

    clock.advance(27 * DAY_MS);
    admin = await t.signIn('admin@contoso.test');
    const gone = (await overview(admin)).activationsPerDay;
    expect(gone[0].day).toBe(utcDay(new Date(now.getTime() + DAY_MS)));
    expect(gone.every((row) => row.count === 0)).toBe(true);
  });
});
