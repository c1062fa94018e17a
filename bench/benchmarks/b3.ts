/**
 * B3 — live approval queue: 10,000 approvers subscribed to `approvalQueue` over graphql-ws (two child processes hold
 * the sockets, so that this process's open-file limit is left to the server's side of them), 20 activations/s needing
 * approval for 30 s (open loop, from a worker thread). Each request goes to the approvers named in its role's single
 * approval stage — 400 queues of ~30 approvers, overlapping — and to nobody else; 1,200 subscribed approvers are named
 * nowhere and must receive nothing. (Until 2026-12-04: 1,000 approvers in 40 queues, one worker thread, p99 ≤ 100 ms.)
 *
 * Latency is commit → arrival at the subscriber's socket: the commit instant is taken in this process when the server
 * publishes the change (Services#change publishes right after the transaction commits; the benchmark wraps
 * `pubsub.publish` on the running app, no server change), the arrival in the subscriber process; both are wall-clock
 * (performance.timeOrigin + now()) on one machine, so one clock. Also reported from the mutation's answer.
 */
import { performance } from 'node:perf_hooks';
import { createUsers, benchResources, epochMs, grantEligible, requireApprovalBy, retire } from '../lib/actors';
import type { BenchContext, BenchResult } from '../lib/context';
import { cpuReport, cpuSnapshot } from '../lib/cpu';
import { runFlows, startSubscriberProcesses } from '../lib/live';
import { Rng } from '../lib/prng';
import { server } from '../lib/server';
import { round, roundSummary, summarize } from '../lib/stats';

export const QUEUE_QUERY = `subscription B3 { approvalQueue { kind request { id status principal { displayName } } } }`;

/** QUALITY.md's B3: 10,000 approvers subscribed (raised from 1,000). */
export const B3_APPROVERS = 10_000;
/** About this many approvers name each queue, whatever the number subscribed: a role at a resource has a few dozen approvers. */
const APPROVERS_PER_QUEUE = 22;
/** Subscriber processes: their sockets stay off this process's open-file limit, which the server's side of them needs. */
const SUBSCRIBER_PROCESSES = 2;

export async function b3(ctx: BenchContext): Promise<BenchResult> {
  const APPROVERS = Number(process.env.BENCH_B3_APPROVERS ?? B3_APPROVERS);
  const RATE = Number(process.env.BENCH_B3_RATE ?? 20);
  const SECONDS = Number(process.env.BENCH_B3_SECONDS ?? 30);
  const WARMUP_SECONDS = 3;
  const OUTSIDERS = Math.round(APPROVERS * 0.12);
  const QUEUES = Math.max(40, Math.round((APPROVERS - OUTSIDERS) / APPROVERS_PER_QUEUE));
  const rng = new Rng(ctx.seed + 3);
  const roleId = server.roles.AZURE_READER_ID;

  // People: approvers (the last 12 % named in no stage), requesters (one activation each).
  const total = RATE * (SECONDS + WARMUP_SECONDS);
  const t0 = performance.now();
  const approvers = await createUsers(ctx, 'B3 Approver', APPROVERS);
  const requesters = await createUsers(ctx, 'B3 Requester', total);
  const scopes = await benchResources(ctx, 'b3', QUEUES);
  const named = APPROVERS - OUTSIDERS;
  const block = Math.floor(named / QUEUES);
  const queues: Set<number>[] = scopes.map((_, q) => {
    const members = new Set<number>();
    for (let i = q * block; i < (q + 1) * block; i++) members.add(i);
    while (members.size < Math.min(50, block + 8)) members.add(rng.int(named)); // overlap: some approve for several queues
    return members;
  });
  for (const [q, scopeId] of scopes.entries()) await requireApprovalBy(ctx, roleId, scopeId, [...queues[q]].map((i) => approvers[i].id));
  await grantEligible(ctx, requesters.map((r, i) => ({ principalId: r.id, roleId, scopeId: scopes[i % QUEUES] })));
  const queueOf = (i: number) => i % QUEUES;
  ctx.log(`  B3: ${APPROVERS} approvers (${OUTSIDERS} named nowhere), ${QUEUES} queues of ${block}–${Math.max(...queues.map((s) => s.size))}, ${total} requesters — set up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Commit instants: the server publishes a change right after its transaction commits.
  const committedAt = new Map<string, number>();
  const pubsub = ctx.app.services.pubsub;
  const originalPublish = pubsub.publish.bind(pubsub);
  pubsub.publish = async (events) => {
    const at = epochMs(performance);
    for (const event of events) if (event.topic === 'request' && event.previous === null) committedAt.set(event.requestId, at);
    return originalPublish(events);
  };

  const wsUrl = ctx.url.replace(/^http/, 'ws');
  const subscribers = await startSubscriberProcesses({ url: wsUrl, tokens: approvers.map((a) => a.token), query: QUEUE_QUERY, feed: 'approvalQueue', connectBatch: 100 }, SUBSCRIBER_PROCESSES);
  ctx.log(`  B3: ${subscribers.connected} subscribers connected in ${(subscribers.connectMs / 1000).toFixed(1)} s (${subscribers.failed} failed)`);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // subscriptions start after the ack
  await subscribers.drain();
  const memoryBefore = process.memoryUsage();

  const cpuBefore = await cpuSnapshot(ctx.sql);
  const flows = await runFlows(ctx.sql, {
    kind: 'http',
    url: ctx.url,
    databaseUrl: ctx.databaseUrl,
    items: requesters.map((r, i) => ({
      requesterToken: r.token,
      activateVariables: { roleId, scopeId: scopes[queueOf(i)], duration: 'PT1H', justification: 'bench B3' },
    })),
    plan: { mode: 'open', rate: RATE },
    connections: 16,
  });
  await new Promise((resolve) => setTimeout(resolve, 5000)); // stragglers
  const cpu = await cpuReport(ctx.sql, cpuBefore, flows.started);
  const received = await subscribers.drain();
  const memoryAfter = process.memoryUsage();
  await subscribers.close();
  pubsub.publish = originalPublish;

  // Expected: every (request, approver of its queue). Measured window: requests scheduled after the warm-up.
  const requestIndex = new Map<string, number>();
  flows.requestIds.forEach((id, i) => id && requestIndex.set(id, i));
  const firstStart = Math.min(...Array.from(flows.scheduled).filter(Number.isFinite));
  const measuredFrom = firstStart + WARMUP_SECONDS * 1000;
  const seen = new Set<string>();
  const fromCommit: number[] = [];
  const fromAnswer: number[] = [];
  const fromSend: number[] = [];
  let misdelivered = 0;
  let duplicates = 0;
  let otherKinds = 0;
  let foreign = 0;
  const misdeliveredSamples: string[] = [];
  for (const [subscriber, at, kind, requestId] of received.events) {
    const i = requestIndex.get(requestId);
    if (i === undefined) {
      foreign++;
      continue;
    }
    if (!queues[queueOf(i)].has(subscriber)) {
      misdelivered++;
      if (misdeliveredSamples.length < 5) misdeliveredSamples.push(`approver ${subscriber} got ${kind} for a request of queue ${queueOf(i)}`);
      continue;
    }
    if (kind !== 'ADDED') {
      otherKinds++;
      continue;
    }
    const key = `${i}:${subscriber}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    if (flows.scheduled[i] < measuredFrom) continue;
    const commit = committedAt.get(requestId);
    if (commit !== undefined) fromCommit.push(at - commit);
    fromAnswer.push(at - flows.activated[i]);
    fromSend.push(at - flows.sent[i]);
  }
  let expected = 0;
  let lost = 0;
  const lostSamples: string[] = [];
  flows.requestIds.forEach((id, i) => {
    if (!id) return;
    for (const subscriber of queues[queueOf(i)]) {
      expected++;
      if (!seen.has(`${i}:${subscriber}`)) {
        lost++;
        if (lostSamples.length < 5) lostSamples.push(`approver ${subscriber}, request ${i}`);
      }
    }
  });
  const outsiderEvents = received.events.filter(([s]) => s >= named).length;
  const created = flows.requestIds.filter(Boolean).length;
  const latency = summarize(fromCommit);
  const windowSeconds = SECONDS;
  const measuredCreated = flows.requestIds.filter((id, i) => id && flows.scheduled[i] >= measuredFrom).length;
  const activate = summarize(Array.from(flows.activated).map((t, i) => t - flows.sent[i]).filter(Number.isFinite));
  ctx.log(
    `  B3: ${created} requests (${flows.errors} errors), ${received.events.length} events; commit → screen p50 ${latency.p50.toFixed(1)} p95 ${latency.p95.toFixed(1)} p99 ${latency.p99.toFixed(1)} ms; lost ${lost} of ${expected}, misdelivered ${misdelivered}`,
  );
  await retire(ctx, [...approvers, ...requesters].map((u) => u.id));

  const pass = latency.p99 <= 50 && lost === 0 && misdelivered === 0 && subscribers.failed === 0 && flows.errors === 0 && created === total;
  return {
    id: 'B3',
    name: `approvalQueue: ${APPROVERS} approvers over graphql-ws, ${RATE} activations/s needing approval for ${SECONDS} s`,
    metric: 'commit → subscriber p99 (ms)',
    value: round(latency.p99),
    baseline: null,
    ratio: null,
    goal: 'p99 ≤ 50 ms; 0 lost; 0 misdelivered',
    pass,
    details: {
      latencyFromCommitMs: roundSummary(latency),
      latencyFromMutationAnswerMs: roundSummary(summarize(fromAnswer)),
      latencyFromMutationSentMs: roundSummary(summarize(fromSend)),
      events: { received: received.events.length, expectedAdded: expected, lost, lostSamples, misdelivered, misdeliveredSamples, toOutsiders: outsiderEvents, duplicates, otherKinds, foreign },
      requests: { offered: total, created, errors: flows.errors, errorSamples: flows.errorSamples, measured: measuredCreated, perSecond: round(measuredCreated / windowSeconds, 1), activateLatencyMs: roundSummary(activate) },
      subscribers: { approvers: APPROVERS, connected: subscribers.connected, failed: subscribers.failed, connectSeconds: round(subscribers.connectMs / 1000, 1), closedEarly: received.closedEarly, errors: received.errorCount, errorSamples: received.errors, outsiders: OUTSIDERS },
      queues: { count: QUEUES, sizes: queues.map((s) => s.size), approversPerRequest: round(expected / Math.max(1, created), 1) },
      // CPU per activation (server main thread + its Postgres backends), the fan-out to every subscription included.
      cpu,
      cpuPerActivationMs: round(cpu.perRequestMs.serverMainThread + cpu.perRequestMs.serverPostgres),
      cpuPerDeliveredEventMs: round(((cpu.perRequestMs.serverMainThread + cpu.perRequestMs.serverPostgres) * flows.started) / Math.max(1, received.events.length), 3),
      memoryMiB: { rssBefore: Math.round(memoryBefore.rss / 2 ** 20), rssAfter: Math.round(memoryAfter.rss / 2 ** 20), heapUsedAfter: Math.round(memoryAfter.heapUsed / 2 ** 20) },
      warmupSeconds: WARMUP_SECONDS,
    },
  };
}
