/**
 * B1 — "who holds which role at this scope": roleAssignments(scopeId: <a resource>, includeInherited, expandGroups,
 * first: 100) over HTTP with 8 concurrent clients, against the hand-written SQL returning the same rows (8 pg clients).
 */
import type { BenchContext, BenchResult } from '../lib/context';
import { runMeasured } from '../lib/load';
import { Rng } from '../lib/prng';
import { server } from '../lib/server';
import { round, roundSummary } from '../lib/stats';

export const B1_QUERY = `query B1($scopeId: ID!) {
  roleAssignments(filter: { scopeId: $scopeId, includeInherited: true, expandGroups: true }, first: 100) {
    totalCount
    edges { node { id principal { displayName } role { name } scope { name } type endAt viaGroup { displayName } inheritedFrom { name } } }
  }
}`;

/**
 * The same rows by hand: assignments in force at the resource and its ancestors (RESOURCE roles), plus group members.
 * path[1] is the tenant root, where RESOURCE roles cannot be assigned (inheritance never crosses kinds): skipped.
 */
export const B1_SQL = `
WITH target AS (
  SELECT path[2:] AS path FROM scope WHERE id = $1
), base AS (
  SELECT a.id, a.principal_id, a.role_id, a.scope_id, a.type, a.end_at, hp.type AS principal_type
    FROM role_assignment a
    JOIN role_definition r ON r.id = a.role_id AND r.kind = 'RESOURCE'
    JOIN principal hp ON hp.id = a.principal_id
   WHERE a.scope_id = ANY ((SELECT path FROM target)::uuid[])
     AND a.start_at <= $2 AND (a.end_at IS NULL OR a.end_at > $2)
), listed AS (
  SELECT b.id::text AS row_id, b.principal_id AS holder_id, NULL::uuid AS via_group_id, b.role_id, b.scope_id, b.type, b.end_at
    FROM base b
  UNION ALL
  SELECT b.id::text || ':' || m.id::text, m.principal_id, b.principal_id, b.role_id, b.scope_id, b.type, LEAST(b.end_at, m.end_at)
    FROM base b
    JOIN scope gs ON gs.group_id = b.principal_id
    JOIN role_assignment m ON m.scope_id = gs.id AND m.role_id = $3 AND m.type = 'ACTIVE'
     AND m.start_at <= $2 AND (m.end_at IS NULL OR m.end_at > $2)
   WHERE b.principal_type = 'GROUP'
), page AS (
  SELECT listed.*, count(*) OVER () AS total FROM listed ORDER BY row_id LIMIT 100
)
SELECT page.row_id, page.total, p.display_name AS principal, r.name AS role, s.name AS scope, page.type, page.end_at,
       g.display_name AS via_group, CASE WHEN page.scope_id <> $1 THEN s.name END AS inherited_from
  FROM page
  JOIN principal p ON p.id = page.holder_id
  JOIN role_definition r ON r.id = page.role_id
  JOIN scope s ON s.id = page.scope_id
  LEFT JOIN principal g ON g.id = page.via_group_id
 ORDER BY page.row_id`;

export async function sampleResources(ctx: BenchContext, n: number, salt: string): Promise<string[]> {
  const { rows } = await ctx.sql.query<{ id: string }>(`SELECT id FROM scope WHERE type = 'RESOURCE' ORDER BY md5(id::text || $1) LIMIT $2`, [
    `${ctx.seed}:${salt}`,
    n,
  ]);
  return new Rng(ctx.seed).shuffle(rows.map((r) => r.id));
}

export async function b1(ctx: BenchContext): Promise<BenchResult> {
  const { GROUP_MEMBER_ID } = server.roles;
  const resources = await sampleResources(ctx, 2000, 'b1');
  const now = new Date();

  // The two return the same rows: compare ids and totals on a sample.
  let mismatches = 0;
  const totals: number[] = [];
  const mismatchSamples: unknown[] = [];
  for (const scopeId of resources.slice(0, 25)) {
    const response = await ctx.gql<{ roleAssignments: { totalCount: number; edges: { node: { id: string } }[] } }>(ctx.tokens.admin, B1_QUERY, { scopeId });
    if (!response.data) throw new Error(`B1 query failed: ${JSON.stringify(response.errors)}`);
    const { rows } = await ctx.sql.query<{ row_id: string; total: string }>(B1_SQL, [scopeId, now, GROUP_MEMBER_ID]);
    const api = response.data.roleAssignments;
    const same = api.totalCount === Number(rows[0]?.total ?? 0) && api.edges.map((e) => e.node.id).join() === rows.map((r) => r.row_id).join();
    totals.push(api.totalCount);
    if (!same) {
      mismatches++;
      if (mismatchSamples.length < 3) mismatchSamples.push({ scopeId, apiTotal: api.totalCount, sqlTotal: rows[0]?.total, apiRows: api.edges.length, sqlRows: rows.length });
    }
  }
  ctx.log(`  B1: ${resources.length} resources; sample totalCount median ${totals.sort((a, b) => a - b)[Math.floor(totals.length / 2)]}; ${mismatches} mismatches of 25`);

  const bodies = resources.map((scopeId) => JSON.stringify({ query: B1_QUERY, variables: { scopeId } }));
  ctx.log('  B1: GraphQL, 8 clients…');
  const api = await runMeasured(ctx.sql, {
    target: { kind: 'http', url: ctx.url, token: ctx.tokens.admin, bodies },
    plan: { mode: 'closed', concurrency: 8 },
    connections: 8,
    warmupMs: ctx.warmupMs,
    durationMs: ctx.durationMs,
  });
  ctx.log('  B1: SQL baseline, 8 clients…');
  const sql = await runMeasured(ctx.sql, {
    target: { kind: 'sql', databaseUrl: ctx.databaseUrl, text: B1_SQL, params: resources.map((id) => [id, now, GROUP_MEMBER_ID]) },
    plan: { mode: 'closed', concurrency: 8 },
    connections: 8,
    warmupMs: ctx.warmupMs,
    durationMs: ctx.durationMs,
  });
  const ratio = api.latency.p95 / sql.latency.p95;
  return {
    id: 'B1',
    name: 'roleAssignments at a resource (inherited, groups expanded, first 100), 8 clients',
    metric: 'p95 latency (ms)',
    value: round(api.latency.p95),
    baseline: round(sql.latency.p95),
    ratio: round(ratio),
    goal: 'p95 ≤ 25 ms and ≤ 2× SQL',
    pass: api.latency.p95 <= 25 && ratio <= 2 && api.errors === 0,
    details: {
      // Noise-robust companion to the latency ratio: CPU (server main thread + its Postgres backends) per API request
      // over Postgres CPU per baseline query.
      cpuPerRequestVsSql: {
        apiMs: round(api.cpu.perRequestMs.serverMainThread + api.cpu.perRequestMs.serverPostgres),
        sqlMs: sql.cpu.perRequestMs.baselinePostgres ?? null,
        ratio: sql.cpu.perRequestMs.baselinePostgres ? round((api.cpu.perRequestMs.serverMainThread + api.cpu.perRequestMs.serverPostgres) / sql.cpu.perRequestMs.baselinePostgres) : null,
      },
      graphql: { latencyMs: roundSummary(api.latency), requestsPerSecond: round(api.throughput, 1), errors: api.errors, errorSamples: api.errorSamples, cpu: api.cpu },
      sql: { latencyMs: roundSummary(sql.latency), queriesPerSecond: round(sql.throughput, 1), errors: sql.errors, errorSamples: sql.errorSamples, cpu: { postgresMsPerQuery: sql.cpu.perRequestMs.baselinePostgres, machinePercent: sql.cpu.machinePercent } },
      resources: resources.length,
      sampleTotalCount: { min: totals[0], median: totals[Math.floor(totals.length / 2)], max: totals[totals.length - 1] },
      sameRowsCheck: { checked: 25, mismatches, mismatchSamples },
      caller: 'Global Administrator (no visibility filter)',
    },
  };
}
