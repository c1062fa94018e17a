/**
 * B6 — 1,000 activations ending in the same second. 1,000 new users each get an ACTIVE, ACTIVATED assignment (SQL, as
 * `provision` writes one) ending at the same instant T, a whole second ~15 s ahead; in the same transaction the server's
 * own scheduler enqueues the wake-up for T (`services.jobs.wakeAt(tx, T)`: a pg-boss job, as an activation does).
 * Nothing else is done: the server's pg-boss worker wakes, the sweep records the expiries (audit) and publishes EXPIRED.
 *
 * Measured:
 *  - read-time end: `effectiveAccess(holder, scope)` for 200 holders, 100 answered just before T (must list the role) and
 *    100 sent at or after T (must not) — access ends when the clock passes `end`, not when the sweep runs;
 *  - T → arrival of each EXPIRED `activations` event at a subscriber (the Global Administrator, over graphql-ws, on a
 *    worker thread), and T → the moment each `assignment.expired` audit row is visible (polled every 25 ms).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { benchResources, createUsers, epochMs, retire } from '../lib/actors';
import type { BenchContext, BenchResult } from '../lib/context';
import { cpuReport, cpuSnapshot } from '../lib/cpu';
import { startSubscribers } from '../lib/live';
import { server } from '../lib/server';
import { round, roundSummary, summarize } from '../lib/stats';

const ACCESS = `query B6($principalId: ID!, $scopeId: ID) { effectiveAccess(principalId: $principalId, scopeId: $scopeId) { role { id } endAt } }`;
const FEED = `subscription B6 { activations { kind at assignment { id } } }`;

const sleepUntil = async (epoch: number) => {
  for (;;) {
    const left = epoch - epochMs(performance);
    if (left <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, left > 20 ? left - 10 : 1));
  }
};

export async function b6(ctx: BenchContext): Promise<BenchResult> {
  const N = Number(process.env.BENCH_B6_ACTIVATIONS ?? 1000);
  const roleId = server.roles.AZURE_READER_ID;
  const holders = await createUsers(ctx, 'B6 Holder', N);
  const scopes = await benchResources(ctx, 'b6', 50);
  const T = new Date(Math.ceil((Date.now() + 15_000) / 1000) * 1000);
  const ids = holders.map(() => randomUUID());
  const start = new Date(Date.now() - 10 * 60_000);
  await ctx.app.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO role_assignment (id, principal_id, role_id, scope_id, type, origin, start_at, end_at, created_by_id, source, created_at)
       SELECT id, p, $3, s, 'ACTIVE', 'ACTIVATED', $4, $5, p, 'LOCAL', $4 FROM unnest($1::uuid[], $2::uuid[], $6::uuid[]) AS t(id, p, s)`,
      [ids, holders.map((h) => h.id), roleId, start, T, holders.map((_, i) => scopes[i % scopes.length])],
    );
    await ctx.app.services.jobs.wakeAt(tx, T);
  });
  const scheduler = ctx.app.services.jobs.constructor.name;
  ctx.log(`  B6: ${N} activations end at ${T.toISOString()} (wake-up by ${scheduler})`);

  const subscribers = await startSubscribers({ url: ctx.url.replace(/^http/, 'ws'), tokens: [ctx.tokens.admin], query: FEED, feed: 'activations' });
  if (subscribers.connected !== 1) throw new Error('B6: the subscriber did not connect');

  // Read-time check around T: 100 reads answered before T, 100 sent at or after T.
  const sample = Array.from({ length: 100 }, (_, k) => Math.floor((k * N) / 100));
  const read = async (i: number) => {
    const response = await ctx.gql<{ effectiveAccess: { role: { id: string } }[] }>(ctx.tokens.admin, ACCESS, { principalId: holders[i].id, scopeId: scopes[i % scopes.length] });
    if (!response.data) throw new Error(`B6 effectiveAccess failed: ${JSON.stringify(response.errors)}`);
    return response.data.effectiveAccess.some((e) => e.role.id === roleId);
  };
  // The two batches are independent: the "after" batch leaves at T even if "before" reads are still being answered.
  await sleepUntil(T.getTime() - 1500);
  const cpuBefore = await cpuSnapshot(ctx.sql);
  const beforeBatch = Promise.all(sample.map(async (i) => ({ present: await read(i), answeredAt: epochMs(performance) })));
  await sleepUntil(T.getTime());
  const afterSentAt = epochMs(performance);
  const after = await Promise.all(sample.map(async (i) => ({ present: await read(i), answeredAt: epochMs(performance) })));
  const before = await beforeBatch;
  const beforeInTime = before.filter((r) => r.answeredAt < T.getTime());
  const presentBefore = beforeInTime.filter((r) => r.present).length;
  const absentAfter = after.filter((r) => !r.present).length;

  // Audit rows: polled until all are there (or 75 s: past the once-a-minute safety net).
  const auditSeenAt = new Map<string, number>();
  const auditAt = new Map<string, number>();
  const deadline = T.getTime() + 75_000;
  while (auditSeenAt.size < N && epochMs(performance) < deadline) {
    const { rows } = await ctx.sql.query<{ assignment_id: string; at: Date }>(
      `SELECT assignment_id, at FROM audit_event WHERE action = 'assignment.expired' AND assignment_id = ANY($1::uuid[])`,
      [ids],
    );
    const seenAt = epochMs(performance);
    for (const row of rows) {
      if (!auditSeenAt.has(row.assignment_id)) {
        auditSeenAt.set(row.assignment_id, seenAt);
        auditAt.set(row.assignment_id, row.at.getTime());
      }
    }
    if (auditSeenAt.size < N) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // Events: collected until every EXPIRED has arrived (or the same deadline).
  const wanted = new Set<string>(ids);
  const eventAt = new Map<string, number>();
  let duplicates = 0;
  let otherKinds = 0;
  let subscriberErrors = 0;
  const subscriberErrorSamples: string[] = [];
  for (;;) {
    const received = await subscribers.drain();
    subscriberErrors = received.errorCount;
    subscriberErrorSamples.splice(0, subscriberErrorSamples.length, ...received.errors);
    for (const [, at, kind, id] of received.events) {
      if (!wanted.has(id)) continue;
      if (kind !== 'EXPIRED') otherKinds++;
      else if (eventAt.has(id)) duplicates++;
      else eventAt.set(id, at);
    }
    if (eventAt.size >= N || epochMs(performance) > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const late = await subscribers.drain();
  for (const [, , kind, id] of late.events) if (wanted.has(id) && kind === 'EXPIRED' && eventAt.has(id)) duplicates++;
  const cpu = await cpuReport(ctx.sql, cpuBefore, N);
  await subscribers.close();

  const event = summarize([...eventAt.values()].map((at) => at - T.getTime()));
  const audit = summarize([...auditSeenAt.values()].map((at) => at - T.getTime()));
  const auditStamp = summarize([...auditAt.values()].map((at) => at - T.getTime()));
  const missingEvents = N - eventAt.size;
  const missingAudit = N - auditSeenAt.size;
  const { rows: recorded } = await ctx.sql.query<{ n: number; first: Date | null; last: Date | null }>(
    `SELECT count(*)::int AS n, min(expiry_recorded_at) AS first, max(expiry_recorded_at) AS last FROM role_assignment WHERE id = ANY($1::uuid[]) AND expiry_recorded_at IS NOT NULL`,
    [ids],
  );
  ctx.log(
    `  B6: before T ${presentBefore}/${beforeInTime.length} present, after T ${absentAfter}/${after.length} absent; EXPIRED events ${eventAt.size}/${N} p50 ${event.p50.toFixed(0)} p99 ${event.p99.toFixed(0)} ms after T; audit rows ${auditSeenAt.size}/${N} p99 ${audit.p99.toFixed(0)} ms`,
  );
  await retire(ctx, holders.map((h) => h.id));

  const worst = Math.max(event.p99, audit.p99);
  const readsOk = presentBefore === beforeInTime.length && beforeInTime.length >= 50 && absentAfter === after.length;
  return {
    id: 'B6',
    name: `${N} activations ending in the same second: read-time end, EXPIRED events and audit`,
    metric: 'T → EXPIRED event and audit row, p99 (ms)',
    value: round(worst),
    baseline: null,
    ratio: null,
    goal: 'access ends at end exactly (read-time); events and audit within 1 s p99',
    pass: readsOk && worst <= 1000 && missingEvents === 0 && missingAudit === 0 && duplicates === 0,
    details: {
      endAt: T.toISOString(),
      wakeUp: `services.jobs.wakeAt(tx, T) in the inserting transaction (${scheduler})`,
      readTime: {
        beforeT: { sent: before.length, answeredBeforeT: beforeInTime.length, present: presentBefore, lastAnsweredMsBeforeT: round(T.getTime() - Math.max(...beforeInTime.map((r) => r.answeredAt))) },
        afterT: { sent: after.length, firstSentMsAfterT: round(afterSentAt - T.getTime()), absent: absentAfter, lastAnsweredMsAfterT: round(Math.max(...after.map((r) => r.answeredAt)) - T.getTime()) },
        pass: readsOk,
      },
      expiredEventMsAfterT: roundSummary(event),
      auditVisibleMsAfterT: roundSummary(audit),
      auditTimestampMsAfterT: roundSummary(auditStamp),
      missingEvents,
      missingAudit,
      duplicates,
      otherKinds,
      subscriber: { errors: subscriberErrors, errorSamples: subscriberErrorSamples },
      recorded: recorded[0],
      cpu,
      cpuPerExpiryMs: round(cpu.perRequestMs.serverMainThread + cpu.perRequestMs.serverPostgres),
    },
  };
}
