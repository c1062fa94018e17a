/**
 * B9 — checkAccess for tools: batches of 100 checks about principals, roles and resources of the LARGE tenant, half of
 * them allowed (a role the principal holds there: directly, through a group, inherited or by an activation) and half
 * denied (another resource role), closed loop; each answer is first compared with effectiveAccess.
 */
import type { BenchContext, BenchResult } from '../lib/context';
import { runMeasured } from '../lib/load';
import { Rng } from '../lib/prng';
import { round, roundSummary } from '../lib/stats';
import { samplePairs } from './b2';

const BATCH = 100;
const QUERY = `query B9($checks: [AccessCheckInput!]!) { checkAccess(checks: $checks) { allowed endAt reason } }`;

interface Check {
  principalId: string;
  roleId: string;
  scopeId: string;
}

export async function b9(ctx: BenchContext): Promise<BenchResult> {
  const rng = new Rng(ctx.seed + 9);
  const pairs = (await samplePairs(ctx, 400)).slice(0, 1000);
  const { rows: roles } = await ctx.sql.query<{ id: string }>(`SELECT id FROM role_definition WHERE kind = 'RESOURCE' ORDER BY id`);
  // What each pair holds, from effectiveAccess: the allowed checks, and the reference every answer is compared with.
  const held = new Map<string, Set<string>>();
  const checks: (Check & { expected: boolean })[] = [];
  for (const pair of pairs) {
    const response = await ctx.gql<{ effectiveAccess: { role: { id: string } }[] }>(
      ctx.tokens.admin,
      'query($p: ID!, $s: ID) { effectiveAccess(principalId: $p, scopeId: $s) { role { id } } }',
      { p: pair.principalId, s: pair.scopeId },
    );
    if (!response.data) throw new Error(`B9: effectiveAccess failed: ${JSON.stringify(response.errors)}`);
    const ids = new Set(response.data.effectiveAccess.map((entry) => entry.role.id));
    held.set(`${pair.principalId}/${pair.scopeId}`, ids);
    if (ids.size) checks.push({ principalId: pair.principalId, roleId: [...ids][rng.int(ids.size)], scopeId: pair.scopeId, expected: true });
    const other = roles[rng.int(roles.length)].id;
    checks.push({ principalId: pair.principalId, roleId: other, scopeId: pair.scopeId, expected: ids.has(other) });
  }
  const shuffled = rng.shuffle(checks);
  const batches: (Check & { expected: boolean })[][] = [];
  for (let i = 0; i + BATCH <= shuffled.length; i += BATCH) batches.push(shuffled.slice(i, i + BATCH));

  // Every answer of every batch equal to effectiveAccess.
  let mismatches = 0;
  let allowed = 0;
  for (const batch of batches) {
    const response = await ctx.gql<{ checkAccess: { allowed: boolean }[] }>(ctx.tokens.admin, QUERY, { checks: batch.map(({ expected: _e, ...check }) => check) });
    if (!response.data) throw new Error(`B9: checkAccess failed: ${JSON.stringify(response.errors)}`);
    response.data.checkAccess.forEach((answer, index) => {
      if (answer.allowed !== batch[index].expected) mismatches++;
      if (answer.allowed) allowed++;
    });
  }
  const total = batches.length * BATCH;
  ctx.log(`  B9: ${batches.length} batches of ${BATCH}; ${allowed} of ${total} allowed; ${mismatches} answers differ from effectiveAccess`);

  const bodies = batches.map((batch) => JSON.stringify({ query: QUERY, variables: { checks: batch.map(({ expected: _e, ...check }) => check) } }));
  ctx.log('  B9: closed loop, 4 clients…');
  const run = await runMeasured(ctx.sql, {
    target: { kind: 'http', url: ctx.url, token: ctx.tokens.admin, bodies },
    plan: { mode: 'closed', concurrency: 4 },
    connections: 4,
    warmupMs: Math.min(ctx.warmupMs, 3000),
    durationMs: Math.min(ctx.durationMs, 10000),
  });
  // One client: the latency of a batch with nothing queued ahead of it.
  const single = await runMeasured(ctx.sql, {
    target: { kind: 'http', url: ctx.url, token: ctx.tokens.admin, bodies },
    plan: { mode: 'closed', concurrency: 1 },
    connections: 1,
    warmupMs: 2000,
    durationMs: Math.min(ctx.durationMs, 8000),
  });
  const checksPerSecond = run.throughput * BATCH;
  return {
    id: 'B9',
    name: `checkAccess, batches of ${BATCH} (half allowed), closed loop`,
    metric: 'checks/s',
    value: round(checksPerSecond),
    baseline: null,
    ratio: null,
    goal: '≥ 20,000 checks/s; p95 ≤ 5 ms per batch; each answer equal to effectiveAccess',
    pass: checksPerSecond >= 20_000 && single.latency.p95 <= 5 && mismatches === 0 && run.errors === 0,
    details: {
      batchLatencyMs: { fourClients: roundSummary(run.latency), oneClient: roundSummary(single.latency) },
      batchesPerSecond: { fourClients: round(run.throughput, 1), oneClient: round(single.throughput, 1) },
      errors: run.errors + single.errors,
      errorSamples: [...run.errorSamples, ...single.errorSamples].slice(0, 5),
      check: { batches: batches.length, answers: total, allowed, mismatches },
      cpu: run.cpu,
      caller: 'Global Administrator',
    },
  };
}
