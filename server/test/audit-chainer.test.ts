import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { ActorType } from '../src/lib/vocabulary/principals';
import { appendAudit, prepareAudit } from '../src/modules/audit/audit.writer';
import { startTestApp, type TestApp } from './support/app';

const VERIFY = 'query { verifyAudit { ok reason checked firstBrokenSequence pendingCount oldestPendingAgeMs } }';
interface Verification {
  ok: boolean;
  reason: string | null;
  checked: number;
  firstBrokenSequence: number | null;
  pendingCount: number;
  oldestPendingAgeMs: number | null;
}
const PEOPLE = ['admin@contoso.test', 'alice@contoso.test', 'bob@contoso.test', 'carol@contoso.test', 'dave@contoso.test'];

/**
 * The audit chain off the commit path (issue 15): changes write their events pending, without a lock, and the chainer
 * chains them right after the commit. The guarantees stay: linear and gap-free under concurrent writers from two
 * processes, each change's events together, nothing lost when a process dies between its commit and its chaining, and
 * verifyAudit telling (and failing) when events wait unchained past the bound.
 */
describe('the audit chainer', () => {
  let t: TestApp;
  let other: RunningApp | null = null;
  let carol: string;

  // This process's chainer never polls (an hour): only the changes it makes chain their events, as in a process whose
  // poll has died; the bound is short, so that a stranded event fails verification soon.
  beforeAll(async () => {
    t = await startTestApp({ config: { AUDIT_CHAIN_POLL_MS: '3600000', AUDIT_CHAIN_MAX_LAG_MS: '300' } });
    carol = await t.signIn('carol@contoso.test');
  });
  afterAll(async () => {
    await other?.stop();
    await t?.stop();
  });

  const verify = async () => (await t.gql<{ verifyAudit: Verification }>(carol, VERIFY)).data!.verifyAudit;
  const gapsAndForks = async () =>
    (await t.sql<{ gaps: number; pending: number }>('SELECT (max(seq) - min(seq) + 1 - count(DISTINCT seq))::int AS gaps, (SELECT count(*)::int FROM audit_pending) AS pending FROM audit_event'))[0];
  const createGroupAt = async (url: string, token: string, name: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation($n: String!) { createGroup(input: { displayName: $n }) { id } }', variables: { n: name } }),
    });
    const body = (await response.json()) as { data?: { createGroup: { id: string } }; errors?: unknown };
    expect(body.data?.createGroup.id, JSON.stringify(body.errors)).toBeTruthy();
  };

  it('concurrent changes are chained by the time they answer: linear, gap-free, nothing left pending', async () => {
    const before = (await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign_in'"))[0].n;
    await Promise.all(Array.from({ length: 10 }, (_, i) => t.signIn(PEOPLE[i % PEOPLE.length])));
    const after = (await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign_in'"))[0].n;
    expect(after - before).toBe(10);
    expect(await gapsAndForks()).toEqual({ gaps: 0, pending: 0 });
    expect(await verify()).toMatchObject({ ok: true, reason: null, firstBrokenSequence: null, pendingCount: 0, oldestPendingAgeMs: null });
  });

  it("a change's events stay together in the chain, even when concurrent transactions insert them interleaved", async () => {
    const actor = { type: ActorType.SYSTEM, id: null, clientIp: null, userAgent: null };
    const batches = Array.from({ length: 8 }, (_, b) => Array.from({ length: 40 }, () => prepareAudit(actor, new Date(), { action: `test.together.${b}` })));
    await Promise.all(batches.map((events) => t.app.db.transaction(async (manager) => {
      // Two statements per transaction, so that the transactions' rows interleave in insertion order.
      await appendAudit(manager, events.slice(0, 20));
      await new Promise((resolve) => setTimeout(resolve, 5));
      await appendAudit(manager, events.slice(20));
    })));
    // They did interleave: some transaction's rows lie between the first and last row of another's.
    const [{ interleaved }] = await t.sql<{ interleaved: boolean }>(
      `WITH r AS (SELECT tx, min(pos) AS lo, max(pos) AS hi FROM audit_pending GROUP BY tx)
       SELECT EXISTS (SELECT 1 FROM r a JOIN r b ON a.tx <> b.tx AND b.lo BETWEEN a.lo AND a.hi) AS interleaved`,
    );
    expect(interleaved).toBe(true);
    await t.app.services.audit.chainer.chain();
    for (const events of batches) {
      const seqs = await t.sql<{ seq: string }>('SELECT seq FROM audit_event WHERE id = ANY($1::uuid[]) ORDER BY seq', [events.map((e) => e.id)]);
      expect(seqs).toHaveLength(40);
      expect(Number(seqs[39].seq) - Number(seqs[0].seq)).toBe(39);
    }
    expect(await verify()).toMatchObject({ ok: true, pendingCount: 0 });
  });

  it('events a dead process committed but never chained: verifyAudit counts them, fails past the bound, and a running chainer chains them', async () => {
    const [{ head }] = await t.sql<{ head: string }>('SELECT max(seq)::text AS head FROM audit_event');
    // Committed outside a change: no chaining follows the commit, as when the process dies right after it.
    const stranded = prepareAudit({ type: ActorType.SYSTEM, id: null, clientIp: null, userAgent: null }, new Date(), { action: 'test.stranded' });
    await t.app.db.transaction((manager) => appendAudit(manager, [stranded]));

    const waiting = await verify();
    expect(waiting.pendingCount).toBe(1);
    expect(waiting.oldestPendingAgeMs).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await verify()).ok, { timeout: 15_000 }).toBe(false);
    const late = await verify();
    expect(late).toMatchObject({ ok: false, firstBrokenSequence: null, pendingCount: 1 });
    expect(late.reason).toMatch(/not chained, the oldest for \d+ ms \(more than 300 ms\)/);
    expect(late.oldestPendingAgeMs).toBeGreaterThan(300);

    // A second process with a live chainer on the same database chains it at its next poll.
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', AUDIT_CHAIN_POLL_MS: '50' } as NodeJS.ProcessEnv);
    other = await startApp(config, t.databaseUrl, { seedDemo: false });
    await expect.poll(async () => (await verify()).pendingCount, { timeout: 15_000 }).toBe(0);
    const [row] = await t.sql<{ seq: string }>('SELECT seq::text AS seq FROM audit_event WHERE id = $1', [stranded.id]);
    expect(BigInt(row.seq)).toBeGreaterThan(BigInt(head));
    expect(await verify()).toMatchObject({ ok: true, reason: null, pendingCount: 0 });
  });

  it('two processes writing and chaining one database at once never fork the chain', async () => {
    expect(other).not.toBeNull();
    const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const before = (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event'))[0].n;
    const admin = await t.signIn('admin@contoso.test');
    await Promise.all(Array.from({ length: 40 }, (_, i) => createGroupAt(i % 2 ? t.url : urlOf(other!.port), admin, `Chainer group ${i}`)));
    const after = (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event'))[0].n;
    expect(after - before).toBeGreaterThanOrEqual(40);
    expect(await gapsAndForks()).toEqual({ gaps: 0, pending: 0 });
    expect(await verify()).toMatchObject({ ok: true, reason: null, pendingCount: 0 });
  });
});
