import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from './support/clock';
import { startTestApp, type TestApp } from './support/app';
import { settle, subscribe } from './support/live';
import { wsClient } from './support/ws';

describe('jobs on Postgres (pg-boss)', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await client?.dispose();
    await t?.stop();
  });

  it('records an expiry and announces it within seconds of the end, with no request involved', async () => {
    const admin = await t.signIn('admin@contoso.test');
    client = wsClient(t.url, admin);
    const feed = subscribe(client, 'subscription { activations { kind at assignment { id endAt } } }', (d) => d.activations as { kind: string; assignment: { id: string } });
    await settle(300);
    const services = t.app.services;
    const endAt = new Date(Date.now() + 1500);
    const id = await services.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `INSERT INTO role_assignment (principal_id, role_id, scope_id, type, origin, start_at, end_at)
         SELECT p.id, r.id, s.id, 'ACTIVE', 'ACTIVATED', now(), $1 FROM principal p, role_definition r, scope s
          WHERE p.email = 'carol@contoso.test' AND r.name = 'Reports Reader' AND s.name = '/' RETURNING id`,
        [endAt],
      )) as { id: string }[];
      await services.jobs.wakeAt(tx, endAt);
      return row.id;
    });
    const event = await feed.waitFor((e) => e.kind === 'EXPIRED' && e.assignment.id === id, 10_000);
    expect(event.kind).toBe('EXPIRED');
    const [audit] = await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE action = 'assignment.expired' AND assignment_id = $1", [id]);
    expect(audit.n).toBe(1);
  });

  it('an administrator who shortens an assignment has it end at the new end, announced, and the change is heard at once', async () => {
    const admin = await t.signIn('admin@contoso.test');
    const own = wsClient(t.url, admin);
    try {
      const activations = subscribe(own, 'subscription { activations { kind assignment { id } } }', (d) => d.activations as { kind: string; assignment: { id: string } });
      // The admin's own requests: the update is one (ADMIN_UPDATE), heard as it commits.
      const requests = subscribe(own, 'subscription { myRequests { action assignment { id } } }', (d) => d.myRequests as { action: string; assignment: { id: string } | null });
      await settle(300);
      // Assigned ten minutes ago (an end must be five minutes after the start at least), for a day.
      const [{ id: assignmentId }] = await t.sql<{ id: string }>(
        `INSERT INTO role_assignment (principal_id, role_id, scope_id, type, origin, start_at, end_at)
         SELECT p.id, r.id, s.id, 'ACTIVE', 'ASSIGNED', now() - interval '10 minutes', now() + interval '1 day' FROM principal p, role_definition r, scope s
          WHERE p.email = 'carol@contoso.test' AND r.name = 'Reports Reader' AND s.name = '/' RETURNING id`,
      );
      const shortened = await t.gql(admin, 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { status } }', {
        input: { assignmentId, endAt: new Date(Date.now() + 2000).toISOString(), justification: 'shorter' },
      });
      expect(shortened.errors, JSON.stringify(shortened.errors)).toBeUndefined();
      await requests.waitFor((event) => event.action === 'ADMIN_UPDATE' && event.assignment?.id === assignmentId, 5000);
      // The sweep wakes at the new end, not a day later.
      await activations.waitFor((event) => event.kind === 'EXPIRED' && event.assignment.id === assignmentId, 10_000);
    } finally {
      await own.dispose();
    }
  });
});

describe('undecided requests expire (sweep, controllable clock)', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
  });
  afterAll(async () => t?.stop());

  it('a request nobody decides within the stage timeout becomes EXPIRED, and its requester hears it', async () => {
    const alice = await t.signInWithMfa('alice@contoso.test');
    const asked = await t.gql<{ activateRole: { id: string } }>(alice, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
      input: { roleId: await t.ids.role('Security Administrator'), scopeId: await t.ids.scope('/'), duration: 'PT1H', justification: 'nobody answers' },
    });
    const requestId = asked.data!.activateRole.id;
    const heard: string[] = [];
    const controller = new AbortController();
    void (async () => {
      for await (const event of t.app.services.pubsub.subscribe('request', controller.signal)) if (event.requestId === requestId) heard.push(event.previous?.status ?? '');
    })();
    clock.advance(23 * 3600_000);
    expect((await t.app.services.sweeper.sweep()).timedOut).toBe(0);
    clock.advance(2 * 3600_000);
    expect((await t.app.services.sweeper.sweep()).timedOut).toBe(1);
    await settle(50);
    controller.abort();
    const [row] = await t.sql<{ status: string }>('SELECT status FROM role_request WHERE id = $1', [requestId]);
    expect(row.status).toBe('EXPIRED');
    expect(heard).toEqual(['PENDING_APPROVAL']);
  });
});
