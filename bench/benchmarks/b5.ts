/**
 * B5 — writes end to end: `activateRole` (a request needing approval: request row, audit, wake-ups for its timeout, event)
 * then `approveRequest` by an approver of its stage (decision, assignment, request update, two audit rows, wake-up for the
 * end, events) — two HTTP mutations per pair, each its own transaction. Load from a worker thread: first a closed-loop
 * capacity probe, then open loop at BENCH_B5_RATE pairs/s (default 100 pairs/s = 200 mutations/s); a pair's latency
 * counts from its scheduled instant, each mutation's from when it was sent.
 *
 * Baseline, same run, same rate: the raw SQL of one transaction inserting a request, an assignment and an audit row
 * chained like the server's (advisory lock, last hash, insert) — lib/flow-worker.ts.
 */
import { performance } from 'node:perf_hooks';
import { benchResources, createUsers, grantEligible, requireApprovalBy, retire } from '../lib/actors';
import type { BenchContext, BenchResult } from '../lib/context';
import { runFlows } from '../lib/live';
import { server } from '../lib/server';
import { recordStatements, underAuditLock } from '../lib/statements';
import { round, roundSummary, summarize } from '../lib/stats';

export async function b5(ctx: BenchContext): Promise<BenchResult> {
  const RATE = Number(process.env.BENCH_B5_RATE ?? 100); // pairs per second
  const QUEUES = 20;
  const PROBE_MS = 8000;
  const PROBE_CLIENTS = 8;
  // At most 8 mutations in flight by default (as the closed-loop probe): before dc4df77, approveRequest read through the pool
  // inside its transaction and ≥ 20 (the pool size) concurrent approvals wedged the server for good (FINDINGS.md §8).
  // Requests beyond wait in the client's queue — counted, since latency runs from the scheduled instant.
  const OPEN_CONNECTIONS = Number(process.env.BENCH_B5_CONNECTIONS ?? 8);
  const warmupMs = ctx.warmupMs;
  const windowMs = ctx.durationMs;
  const roleId = server.roles.AZURE_CONTRIBUTOR_ID;
  const t0 = performance.now();
  const probeItems = 2500;
  const openItems = Math.ceil((RATE * (warmupMs + windowMs)) / 1000);
  const approvers = await createUsers(ctx, 'B5 Approver', QUEUES * 2);
  const spareItems = RATE * 15 + 1; // the open loop at a sustainable rate, and one pair traced from this thread
  const requesters = await createUsers(ctx, 'B5 Requester', probeItems + 2 * openItems + spareItems);
  const scopes = await benchResources(ctx, 'b5', QUEUES);
  // Queue q: approved by approvers 2q and 2q+1 (either decides).
  for (const [q, scopeId] of scopes.entries()) await requireApprovalBy(ctx, roleId, scopeId, [approvers[2 * q].id, approvers[2 * q + 1].id]);
  const eligibilities = await grantEligible(ctx, requesters.map((r, i) => ({ principalId: r.id, roleId, scopeId: scopes[i % QUEUES] })));
  const item = (i: number) => ({
    requesterToken: requesters[i].token,
    activateVariables: { roleId, scopeId: scopes[i % QUEUES], duration: 'PT1H', justification: 'bench B5' },
    approverToken: approvers[2 * (i % QUEUES) + (i % 2)].token,
    sql: { principalId: requesters[i].id, roleId, scopeId: scopes[i % QUEUES], eligibilityId: eligibilities[i] },
  });
  // One pair from this thread, its statements recorded (what each mutation sends to Postgres, and what runs under the audit lock).
  const traced = requesters.length - 1;
  const activation = await recordStatements(() =>
    ctx.gql<{ activateRole: { id: string } }>(requesters[traced].token, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }', { input: item(traced).activateVariables }),
  );
  const requestId = activation.result.data?.activateRole.id;
  if (!requestId) throw new Error(`B5 activateRole failed: ${JSON.stringify(activation.result.errors)}`);
  const approval = await recordStatements(() =>
    ctx.gql<{ approveRequest: { status: string } }>(approvers[2 * (traced % QUEUES) + (traced % 2)].token, 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "bench: approved") { id status } }', { id: requestId }),
  );
  if (approval.result.data?.approveRequest.status !== 'PROVISIONED') throw new Error(`B5 approveRequest failed: ${JSON.stringify(approval.result)}`);
  const statements = {
    activateRole: { count: activation.statements.length, underAuditLock: underAuditLock(activation.statements), texts: activation.statements.map((s) => s.text.slice(0, 200)) },
    approveRequest: { count: approval.statements.length, underAuditLock: underAuditLock(approval.statements), texts: approval.statements.map((s) => s.text.slice(0, 200)) },
  };
  ctx.log(`  B5: statements: activateRole ${statements.activateRole.count} (${statements.activateRole.underAuditLock.length} under the audit lock), approveRequest ${statements.approveRequest.count} (${statements.approveRequest.underAuditLock.length})`);
  ctx.log(`  B5: ${requesters.length} requesters, ${QUEUES} queues — set up in ${((performance.now() - t0) / 1000).toFixed(1)} s; closed-loop probe (${PROBE_CLIENTS} clients)…`);

  const probe = await runFlows(ctx.sql, {
    kind: 'http',
    url: ctx.url,
    databaseUrl: ctx.databaseUrl,
    items: Array.from({ length: probeItems }, (_, i) => item(i)),
    plan: { mode: 'closed', concurrency: PROBE_CLIENTS, durationMs: PROBE_MS },
    connections: PROBE_CLIENTS * 2,
  });
  const probePairs = probe.started;
  ctx.log(`  B5: capacity ≈ ${(probePairs / (PROBE_MS / 1000)).toFixed(0)} pairs/s (${((2 * probePairs) / (PROBE_MS / 1000)).toFixed(0)} mutations/s); open loop at ${RATE} pairs/s…`);

  const open = await runFlows(ctx.sql, {
    kind: 'http',
    url: ctx.url,
    databaseUrl: ctx.databaseUrl,
    items: Array.from({ length: openItems }, (_, i) => item(probeItems + i)),
    plan: { mode: 'open', rate: RATE },
    connections: OPEN_CONNECTIONS,
  });
  // What the server does at a rate it sustains here (half the probed capacity), when the target is beyond it.
  const capacityPairs = probePairs / (PROBE_MS / 1000);
  const sustainableRate = Math.max(2, Math.round(capacityPairs / 2));
  let sustainable: { rate: number; result: Awaited<ReturnType<typeof runFlows>> } | null = null;
  if (sustainableRate < RATE * 0.9) {
    ctx.log(`  B5: open loop at ${sustainableRate} pairs/s (half the probed capacity)…`);
    const n = Math.min(spareItems - 1, sustainableRate * 13);
    sustainable = {
      rate: sustainableRate,
      result: await runFlows(ctx.sql, {
        kind: 'http',
        url: ctx.url,
        databaseUrl: ctx.databaseUrl,
        items: Array.from({ length: n }, (_, i) => item(probeItems + 2 * openItems + i)),
        plan: { mode: 'open', rate: sustainableRate },
        connections: OPEN_CONNECTIONS,
      }),
    };
  }
  ctx.log(`  B5: SQL baseline open loop at ${RATE} transactions/s…`);
  const sql = await runFlows(ctx.sql, {
    kind: 'sql',
    url: ctx.url,
    databaseUrl: ctx.databaseUrl,
    items: Array.from({ length: openItems }, (_, i) => item(probeItems + openItems + i)),
    plan: { mode: 'open', rate: RATE },
    connections: 8,
  });

  // The measuring window: pairs scheduled after the warm-up.
  const stats = (r: typeof open, warmup = warmupMs, window = windowMs) => {
    const first = Math.min(...Array.from(r.scheduled).filter(Number.isFinite));
    const from = first + warmup;
    const to = from + window;
    const pair: number[] = [];
    const activate: number[] = [];
    const approve: number[] = [];
    let completedInWindow = 0;
    let unfinished = 0;
    for (let i = 0; i < r.scheduled.length; i++) {
      const s = r.scheduled[i];
      const end = Number.isFinite(r.approved[i]) ? r.approved[i] : r.activated[i];
      if (Number.isFinite(end) && end >= from && end < to) completedInWindow++;
      if (!(s >= from && s < to)) continue;
      if (!Number.isFinite(end)) {
        unfinished++;
        continue;
      }
      pair.push(end - s);
      activate.push(r.activated[i] - r.sent[i]);
      if (Number.isFinite(r.approved[i])) approve.push(r.approved[i] - r.activated[i]);
    }
    return { pair: summarize(pair), activate: summarize(activate), approve: summarize(approve), perSecond: completedInWindow / (window / 1000), unfinished };
  };
  const api = stats(open);
  const slow = sustainable ? stats(sustainable.result, 3000, Math.floor((Math.min(spareItems - 1, sustainable.rate * 13) / sustainable.rate) * 1000) - 3000) : null;
  const base = stats(sql);
  const mutationsPerSecond = api.perSecond * 2;
  // Pairs scheduled in the window and not finished when the worker gave up (30 s after the last was due) make it a lower bound.
  const p95PerMutation = Math.max(...[api.activate.p95, api.approve.p95].filter(Number.isFinite));
  ctx.log(
    `  B5: ${api.perSecond.toFixed(1)} pairs/s (${mutationsPerSecond.toFixed(0)} mutations/s); p95 pair ${api.pair.p95.toFixed(1)} ms, activate ${api.activate.p95.toFixed(1)}, approve ${api.approve.p95.toFixed(1)}; SQL p95 ${base.pair.p95.toFixed(1)} ms`,
  );
  await retire(ctx, [...approvers, ...requesters].map((u) => u.id));

  const serverCpuPerPair = 2 * (open.cpu.perRequestMs.serverMainThread + open.cpu.perRequestMs.serverPostgres);
  const sqlCpu = sql.cpu.perRequestMs.baselinePostgres ?? null;
  return {
    id: 'B5',
    name: `activateRole + approveRequest over HTTP, open loop at ${RATE} pairs/s (${2 * RATE} mutations/s)`,
    metric: 'p95 latency per mutation (ms)',
    value: round(p95PerMutation),
    baseline: round(base.pair.p95),
    ratio: round(p95PerMutation / base.pair.p95),
    goal: 'p95 ≤ 50 ms at ≥ 200 req/s',
    pass: p95PerMutation <= 50 && mutationsPerSecond >= 0.99 * 200 && open.errors === 0 && api.unfinished === 0,
    details: {
      interpretation: '"req/s" = HTTP write requests (mutations): a pair is 2. Pairs/s (role requests activated and approved end to end) are reported too.',
      valueIsLowerBound: api.unfinished > 0,
      targetPairsPerSecond: RATE,
      achievedPairsPerSecond: round(api.perSecond, 1),
      achievedMutationsPerSecond: round(mutationsPerSecond, 1),
      latencyMs: { pairFromSchedule: roundSummary(api.pair), activateRole: roundSummary(api.activate), approveRequest: roundSummary(api.approve) },
      errors: open.errors,
      errorSamples: open.errorSamples,
      unfinishedInWindow: api.unfinished,
      cpuPerPairVsSql: { apiMs: round(serverCpuPerPair), sqlMs: sqlCpu, ratio: sqlCpu ? round(serverCpuPerPair / sqlCpu) : null, note: 'server main thread + its Postgres backends, per pair (two mutations); SQL: Postgres CPU per baseline transaction' },
      graphql: { latencyMs: roundSummary(api.pair), requestsPerSecond: round(mutationsPerSecond, 1), cpu: open.cpu },
      closedLoopCapacity: {
        clients: PROBE_CLIENTS,
        pairsPerSecond: round(probePairs / (PROBE_MS / 1000), 1),
        mutationsPerSecond: round((2 * probePairs) / (PROBE_MS / 1000), 1),
        latencyMs: {
          activateRole: roundSummary(summarize(Array.from(probe.activated).map((t, i) => t - probe.sent[i]).filter(Number.isFinite))),
          approveRequest: roundSummary(summarize(Array.from(probe.approved).map((t, i) => t - probe.activated[i]).filter(Number.isFinite))),
        },
        errors: probe.errors,
        errorSamples: probe.errorSamples,
        cpu: probe.cpu,
      },
      atSustainableRate: sustainable && slow
        ? {
            pairsPerSecond: sustainable.rate,
            achievedPairsPerSecond: round(slow.perSecond, 1),
            latencyMs: { pairFromSchedule: roundSummary(slow.pair), activateRole: roundSummary(slow.activate), approveRequest: roundSummary(slow.approve) },
            errors: sustainable.result.errors,
            errorSamples: sustainable.result.errorSamples,
            cpu: sustainable.result.cpu,
          }
        : null,
      statements,
      sql: { latencyMs: roundSummary(base.pair), transactionsPerSecond: round(base.perSecond, 1), errors: sql.errors, errorSamples: sql.errorSamples, cpu: { postgresMsPerTransaction: sqlCpu, machinePercent: sql.cpu.machinePercent } },
    },
  };
}
