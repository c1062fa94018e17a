/**
 * B8 — subscribed sockets on one process: 18,000 graphql-ws sockets subscribed to `approvalQueue` on the server, the
 * clients in other processes. 17,000 idle subscribers (each signed in with its own session, approver of nothing) are
 * opened from child processes, the server's memory is read before and after (after a full GC each time), then B3 runs
 * with its own 1,000 subscribers on top, so 18,000 sockets are subscribed while B3 measures live delivery.
 *
 * The server runs in this process, whose open-file limit (20,000 here) must hold the server's side of every socket; the
 * idle clients are child processes for that reason. B3's 1,000 are on a worker thread of this process as always.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createUsers, retire } from '../lib/actors';
import type { BenchContext, BenchResult } from '../lib/context';
import { startSubscriberProcesses, type Subscribers } from '../lib/live';
import { round } from '../lib/stats';
import { b3, B3_APPROVERS, QUEUE_QUERY } from './b3';

/** A full collection, so that the two readings compare what is held rather than what is garbage. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function settledMemory(): Promise<{ rss: number; heapUsed: number; external: number; arrayBuffers: number }> {
  for (let i = 0; i < 3; i++) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

export async function b8(ctx: BenchContext): Promise<BenchResult> {
  const SOCKETS = Number(process.env.BENCH_B8_SOCKETS ?? 18_000);
  const B3_SUBSCRIBERS = Number(process.env.BENCH_B3_APPROVERS ?? B3_APPROVERS);
  const IDLE = SOCKETS - B3_SUBSCRIBERS;
  const PROCESSES = Number(process.env.BENCH_B8_PROCESSES ?? 2);

  const t0 = performance.now();
  const watchers = await createUsers(ctx, 'B8 Watcher', IDLE);
  ctx.log(`  B8: ${IDLE} idle subscribers' users and sessions made in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const before = await settledMemory();
  const wsUrl = ctx.url.replace(/^http/, 'ws');
  let idleSubscribers: Subscribers | null = null;
  const connectStarted = performance.now();
  try {
    idleSubscribers = await startSubscriberProcesses({ url: wsUrl, tokens: watchers.map((w) => w.token), query: QUEUE_QUERY, feed: 'approvalQueue', connectBatch: 100 }, PROCESSES);
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    const { connected, failed } = idleSubscribers;
    await new Promise((resolve) => setTimeout(resolve, 3000)); // subscriptions start after the ack
    const after = await settledMemory();
    const perSocket = (key: keyof typeof before) => round((after[key] - before[key]) / Math.max(1, connected) / 1024, 1);
    const perSocketKiB = { rss: perSocket('rss'), heapUsed: perSocket('heapUsed'), external: perSocket('external'), arrayBuffers: perSocket('arrayBuffers') };
    ctx.log(`  B8: ${connected} idle subscribers connected in ${connectSeconds.toFixed(1)} s (${failed} failed) from ${PROCESSES} processes; per socket ${perSocketKiB.rss} KiB RSS, ${perSocketKiB.heapUsed} KiB heap`);

    // B3 with them connected: its approvers make SOCKETS subscribed in all.
    const live = await b3(ctx);
    const idle = await idleSubscribers.drain();
    const stillOpen = idle.open;
    const idleEvents = idle.events.length;
    const idleErrors = idle.errorCount;
    ctx.log(`  B8: with ${connected + B3_SUBSCRIBERS} subscribed, B3 p99 ${live.value} ms (${live.pass ? 'met' : 'missed'}); idle subscribers still open ${stillOpen}, received ${idleEvents}, errors ${idleErrors}`);

    const pass = connected + B3_SUBSCRIBERS >= SOCKETS && failed === 0 && perSocketKiB.rss <= 20 && live.pass && stillOpen === connected && idleEvents === 0;
    return {
      id: 'B8',
      name: `${SOCKETS} graphql-ws sockets subscribed to approvalQueue on one process (clients in ${PROCESSES + 1} others), B3 meanwhile`,
      metric: 'server memory per subscribed socket (KiB RSS)',
      value: perSocketKiB.rss,
      baseline: null,
      ratio: null,
      goal: `≥ ${SOCKETS} sockets, ≤ 20 KiB each, B3 still met`,
      pass,
      details: {
        sockets: { idle: connected, failed, b3: B3_SUBSCRIBERS, total: connected + B3_SUBSCRIBERS, connectSeconds: round(connectSeconds, 1), stillOpenAfterB3: stillOpen, idleEventsReceived: idleEvents, idleErrors, idleErrorSamples: idle.errors.slice(0, 5) },
        memoryMiB: {
          before: Object.fromEntries(Object.entries(before).map(([k, v]) => [k, round(v / 2 ** 20, 1)])),
          after: Object.fromEntries(Object.entries(after).map(([k, v]) => [k, round(v / 2 ** 20, 1)])),
        },
        perSocketKiB,
        // B3's CPU accounting, with these 8,000 connected (the table's "other processes" column reads it).
        cpu: live.details.cpu,
        b3: { value: live.value, pass: live.pass, metric: live.metric, goal: live.goal, latencyFromCommitMs: live.details.latencyFromCommitMs, lost: (live.details.events as { lost: number }).lost, misdelivered: (live.details.events as { misdelivered: number }).misdelivered },
      },
    };
  } finally {
    await idleSubscribers?.close();
    await retire(ctx, watchers.map((w) => w.id));
  }
}
