import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertType } from '../src/lib/vocabulary/alerts';
import { startTestApp, type TestApp } from './support/app';
import { addUser } from './support/personas';

/**
 * Changes about different people rescan one alert at the same time (a principal's incidents are decided by that
 * principal's rows alone); changes about one person take turns; and the alert's own state — raised, cleared — is
 * settled after the commits, so that however the changes interleave it is raised once and cleared once.
 */
describe('alerts under concurrent changes', () => {
  let t: TestApp;
  let admin: string;
  let roleId: string;
  let rootId: string;
  const people: string[] = [];

  const assign = async (principalId: string) => {
    const result = await t.gql<{ assignRole: { assignment: { id: string } } }>(
      admin,
      'mutation($input: AssignRoleInput!) { assignRole(input: $input) { assignment { id } } }',
      { input: { principalId, roleId, scopeId: rootId, type: 'ACTIVE', duration: 'P30D', justification: 'concurrency' } },
    );
    if (!result.data?.assignRole) throw new Error(JSON.stringify(result.errors));
    return result.data.assignRole.assignment.id;
  };
  const remove = async (assignmentId: string) => {
    const result = await t.gql(admin, 'mutation($id: ID!) { removeAssignment(assignmentId: $id, justification: "concurrency") { id } }', { id: assignmentId });
    expect(result.errors).toBeUndefined();
  };
  const stored = async () => (await t.sql<{ row: string }>("SELECT alert_type || ' ' || key || ' ' || detail AS row FROM alert_incident ORDER BY 1")).map((r) => r.row);
  const announced = async (action: string) =>
    (await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND after->>'alert' = 'STALE_SIGN_IN'", [action]))[0].n;
  const staleState = async () =>
    (await t.sql<{ shown: boolean; n: number }>("SELECT shown, (SELECT count(*)::int FROM alert_incident WHERE alert_type = 'STALE_SIGN_IN') AS n FROM alert WHERE type = 'STALE_SIGN_IN'"))[0];
  /** Whether `work` finishes, or waits on one of the alerts' locks first (as the database shows it, not by a timer). */
  const finishesOrWaits = async (work: Promise<unknown>): Promise<'finished' | 'waits'> => {
    let finished = false;
    void work.then(() => (finished = true), () => (finished = true));
    for (;;) {
      if (finished) return 'finished';
      // A lock of the alerts' spaces (alert-scanner.ts) asked for and not granted.
      const waiting = await t.sql("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid::bigint BETWEEN 7274101 AND 7274119");
      if (waiting.length) return 'waits';
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    roleId = await t.ids.role('Security Administrator');
    rootId = await t.ids.scope('/');
    for (let i = 0; i < 8; i++) people.push(await addUser(t, `Parallel Person ${i}`, `parallel${i}@contoso.test`));
    // They look stale (never signed in, made long ago): each holding of a privileged role is an incident.
    await t.sql("UPDATE principal SET created_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])", [people]);
    expect((await t.gql(admin, 'mutation { refreshAlerts { id } }')).errors).toBeUndefined();
  });
  afterAll(async () => t?.stop());

  it('raises an alert once and clears it once, however many changes about different people move it at the same time', async () => {
    expect(await staleState()).toEqual({ shown: false, n: 0 });
    for (let round = 1; round <= 3; round++) {
      const assignments = await Promise.all(people.map((person) => assign(person)));
      expect(await staleState()).toEqual({ shown: true, n: people.length });
      expect(await announced('alert.raised')).toBe(round);
      const incremental = await stored();
      await t.gql(admin, 'mutation { refreshAlerts { id } }');
      expect(await stored()).toEqual(incremental);
      expect(await announced('alert.raised')).toBe(round);

      await Promise.all(assignments.map((id) => remove(id)));
      expect(await staleState()).toEqual({ shown: false, n: 0 });
      expect(await announced('alert.cleared')).toBe(round);
    }
    // Every raise was told to the alerts' administrators: once per raise.
    const [notices] = await t.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM in_app_notification n JOIN principal p ON p.id = n.principal_id AND p.email = 'admin@contoso.test' WHERE n.event_type = 'ALERT_RAISED' AND n.title LIKE '%stale accounts%'",
    );
    expect(notices.n).toBe(3);
  });

  it('a change about another person rescans an alert while one about this person holds it; a second change about this person waits', async () => {
    const { alertScanner: scanner, kernel } = t.app.services;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    // A change about people[0] that has rescanned STALE_SIGN_IN and not yet committed.
    const holder = kernel.db.transaction(async (tx) => {
      const rewrites = await scanner.rescan(tx, { types: new Set([AlertType.STALE_SIGN_IN]), principalIds: new Set([people[0]]), roleIds: new Set(), scopeIds: new Set() }, () => undefined);
      expect(rewrites.map((rewrite) => rewrite.type)).toEqual([AlertType.STALE_SIGN_IN]);
      entered();
      await released;
    });
    await inside;
    const other = assign(people[1]);
    expect(await finishesOrWaits(other)).toBe('finished');
    const same = assign(people[0]);
    expect(await finishesOrWaits(same)).toBe('waits');
    release();
    await holder;
    await Promise.all([other, same]);
    expect((await staleState()).n).toBe(2);
    const incremental = await stored();
    await t.gql(admin, 'mutation { refreshAlerts { id } }');
    expect(await stored()).toEqual(incremental);
  });
});
