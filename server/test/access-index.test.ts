import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source';
import { AccessIndex, accessIndexFor, type HoldingRow } from '../src/modules/access/access-index';
import { findHoldings } from '../src/modules/access/access.repository';
import { GROUP_MEMBER_ID, TENANT_ROOT_SCOPE_ID } from '../src/modules/roles/built-in-roles';
import { startTestApp, type TestApp } from './support/app';

/** mulberry32: a failing sequence is replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)], chance: (p: number) => next() < p };
}

const HOUR = 3_600_000;
const key = (row: HoldingRow) => `${row.holder_id}/${row.assignment_id}/${row.membership_id ?? ''}`;
const sorted = (rows: HoldingRow[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

describe('the access index (an in-memory copy of what is held, kept by the change feed)', () => {
  let t: TestApp;
  let replica: AccessIndex;
  let replicaDb: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    t = await startTestApp();
    // A second replica: its own connections and its own index on the same database.
    replicaDb = createDataSource(t.databaseUrl, 4);
    await replicaDb.initialize();
    replica = new AccessIndex(replicaDb);
    await replica.start(60_000);
  });
  afterAll(async () => {
    await replica?.stop();
    await replicaDb?.destroy();
    await t?.stop();
  });

  /** The holdings statement itself: inside a transaction the repository never asks the index. */
  const bySql = (principalId: string, at: Date) => t.app.db.transaction((tx) => findHoldings(tx, principalId, at));

  it('answers what the holdings statement answers, on both replicas, right after writes made by neither', async () => {
    const index = t.app.accessIndex;
    expect(index).not.toBeNull();
    const now = new Date();
    expect(accessIndexFor(t.app.db.manager, now)).toBe(index);
    const rnd = prng(15);
    const roles = (await t.sql<{ id: string; kind: string }>("SELECT id, kind FROM role_definition WHERE kind <> 'GROUP'")).map((r) => r.id);
    const scopes = (await t.sql<{ id: string }>("SELECT id FROM scope WHERE type <> 'GROUP'")).map((r) => r.id);
    const users: string[] = [];
    const groups: { id: string; scope: string }[] = [];
    const assignments: string[] = [];
    const instants = [now, new Date(now.getTime() - 2 * HOUR), new Date(now.getTime() + 3 * HOUR), new Date(now.getTime() + 50 * HOUR)];
    const around = () => new Date(now.getTime() + (rnd.int(96) - 48) * HOUR + rnd.int(1000) * 0.001);
    const polls = index!.stats.polls;
    let compared = 0;
    let nonEmpty = 0;

    for (let step = 0; step < 120; step++) {
      const op = rnd.int(10);
      if (op === 0 || users.length < 3) {
        const id = randomUUID();
        await t.sql("INSERT INTO principal (id, type, display_name, email, user_type) VALUES ($1, 'USER', $2, $3, 'MEMBER')", [id, `u${step}`, `u${step}-${id}@index.test`]);
        users.push(id);
      } else if (op === 1 && groups.length < 4) {
        const id = randomUUID();
        const scope = randomUUID();
        await t.sql("INSERT INTO principal (id, type, display_name, role_assignable) VALUES ($1, 'GROUP', $2, true)", [id, `g${step}`]);
        await t.sql("INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, 'GROUP', $2, $3, $4, $5)", [
          scope, `g${step}`, TENANT_ROOT_SCOPE_ID, [TENANT_ROOT_SCOPE_ID, scope], id,
        ]);
        groups.push({ id, scope });
      } else if (op <= 5) {
        // An assignment (microsecond start and end: the index must compare as Postgres does), or a membership.
        const membership = groups.length > 0 && rnd.chance(0.4);
        const group = membership ? rnd.pick(groups) : null;
        const holder = !membership && groups.length > 0 && rnd.chance(0.3) ? rnd.pick(groups).id : rnd.pick(users);
        const start = around();
        const end = rnd.chance(0.3) ? null : new Date(start.getTime() + (1 + rnd.int(72)) * HOUR);
        const id = randomUUID();
        await t.sql(
          `INSERT INTO role_assignment (id, principal_id, role_id, scope_id, type, start_at, end_at)
           VALUES ($1, $2, $3, $4, 'ACTIVE', $5::timestamptz + interval '7 microseconds', $6::timestamptz + interval '3 microseconds')`,
          [id, membership ? rnd.pick(users) : holder, membership ? GROUP_MEMBER_ID : rnd.pick(roles), membership ? group!.scope : rnd.pick(scopes), start, end],
        );
        assignments.push(id);
      } else if (op === 6 && assignments.length) {
        await t.sql('UPDATE role_assignment SET end_at = $2 WHERE id = $1', [rnd.pick(assignments), around()]);
      } else if (op === 7 && assignments.length) {
        const id = assignments.splice(rnd.int(assignments.length), 1)[0];
        await t.sql('DELETE FROM role_assignment WHERE id = $1', [id]);
      } else if (op === 8) {
        // Disabled (now, with the period recorded) or enabled again; groups too.
        const id = rnd.chance(0.3) && groups.length ? rnd.pick(groups).id : rnd.pick(users);
        const [{ enabled }] = await t.sql<{ enabled: boolean }>('SELECT enabled FROM principal WHERE id = $1', [id]);
        const at = around();
        if (enabled) {
          await t.sql('UPDATE principal SET enabled = false, disabled_at = $2 WHERE id = $1', [id, at]);
          await t.sql('INSERT INTO principal_disablement (principal_id, disabled_at) VALUES ($1, $2)', [id, at]);
        } else {
          await t.sql('UPDATE principal SET enabled = true WHERE id = $1', [id]);
          await t.sql('UPDATE principal_disablement SET enabled_at = greatest(disabled_at, $2) WHERE principal_id = $1 AND enabled_at IS NULL', [id, at]);
        }
      } else if (assignments.length) {
        // A change inside a transaction that another keeps open across it: the index reads past its horizon.
        await t.app.db.transaction(async (tx) => {
          await tx.query('UPDATE role_assignment SET start_at = start_at - interval \'1 hour\' WHERE id = $1', [rnd.pick(assignments)]);
        });
      }

      if (step % 10 === 9) {
        for (const principalId of [...users, ...groups.map((g) => g.id)]) {
          for (const at of instants) {
            const expected = sorted(await bySql(principalId, at));
            expect(sorted(await index!.holdings([principalId], at)), `${principalId} at ${at.toISOString()}`).toEqual(expected);
            expect(sorted(await replica.holdings([principalId], at)), `replica: ${principalId} at ${at.toISOString()}`).toEqual(expected);
            // And through the repository, as every reader asks.
            expect(sorted(await findHoldings(t.app.db.manager, principalId, at))).toEqual(expected);
            compared += 1;
            if (expected.length) nonEmpty += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(nonEmpty).toBeGreaterThan(30);
    expect(index!.stats.polls).toBeGreaterThan(polls);
  });

  it('a read waits for the writes committed before it, even while an older transaction is still open', async () => {
    const user = randomUUID();
    await t.sql("INSERT INTO principal (id, type, display_name, email, user_type) VALUES ($1, 'USER', 'late', $2, 'MEMBER')", [user, `${user}@index.test`]);
    // An open transaction that has taken a transaction id holds the horizon back.
    const runner = t.app.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query("INSERT INTO access_change (kind) VALUES ('none')");
    try {
      const reader = (await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE name = 'Reader' AND kind = 'RESOURCE'"))[0].id;
      for (let i = 0; i < 3; i++) {
        await t.sql(`INSERT INTO role_assignment (principal_id, role_id, scope_id, type, start_at) VALUES ($1, $2, $3, 'ACTIVE', now() - interval '1 minute')`, [
          user, reader, TENANT_ROOT_SCOPE_ID,
        ]);
        expect(await replica.holdings([user], new Date())).toHaveLength(i + 1);
        expect(await t.app.accessIndex!.holdings([user], new Date())).toHaveLength(i + 1);
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('a new process loads the same answers, and a TRUNCATE of a watched table makes every index reload', async () => {
    const principals = (await t.sql<{ id: string }>('SELECT DISTINCT principal_id AS id FROM role_assignment WHERE type = \'ACTIVE\'')).map((r) => r.id);
    const fresh = new AccessIndex(replicaDb);
    await fresh.start(60_000);
    try {
      const at = new Date();
      expect(sorted(await fresh.holdings(principals, at))).toEqual(sorted(await t.app.accessIndex!.holdings(principals, at)));
      expect((await fresh.holdings(principals, at)).length).toBeGreaterThan(10);
      const reloads = replica.stats.reloads;
      await t.sql('TRUNCATE principal_disablement');
      await replica.holdings(principals, at);
      expect(replica.stats.reloads).toBe(reloads + 1);
      for (const id of principals) expect(sorted(await replica.holdings([id], at))).toEqual(sorted(await bySql(id, at)));
    } finally {
      await fresh.stop();
    }
  });
});
