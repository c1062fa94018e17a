/**
 * B4 — SQL statements per roleRequests(first: N) { principal role scope } for N = 10 and N = 100: counted by wrapping
 * pg's Client#query in this process (the server's TypeORM uses the same pg module; the load workers are other threads).
 */
import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchResult } from '../lib/context';
import { pg } from '../lib/copy';
import { round } from '../lib/stats';

export const b4Query = (n: number) => `query B4 {
  roleRequests(first: ${n}) { edges { node { principal { displayName } role { name } scope { name } } } }
}`;

let recording: string[] | null = null;
let installed = false;

function installCounter(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (recording) {
      const q = args[0] as string | { text?: string };
      recording.push((typeof q === 'string' ? q : (q?.text ?? '?')).replace(/\s+/g, ' ').trim().slice(0, 140));
    }
    return original.apply(this, args);
  };
}

async function statementsFor(ctx: BenchContext, token: string, n: number) {
  const runs: { statements: string[]; ms: number; edges: number }[] = [];
  for (let i = 0; i < 7; i++) {
    recording = [];
    const t0 = performance.now();
    const response = await ctx.gql<{ roleRequests: { edges: unknown[] } }>(token, b4Query(n));
    const ms = performance.now() - t0;
    const statements = recording;
    recording = null;
    if (!response.data) throw new Error(`B4 query failed: ${JSON.stringify(response.errors)}`);
    runs.push({ statements, ms, edges: response.data.roleRequests.edges.length });
  }
  const measured = runs.slice(2); // the first runs may also touch session.last_used_at
  const counts = measured.map((r) => r.statements.length).sort((a, b) => a - b);
  const times = measured.map((r) => r.ms).sort((a, b) => a - b);
  return {
    statements: counts[0],
    countsSeen: [...new Set(counts)],
    edges: measured[0].edges,
    medianMs: round(times[Math.floor(times.length / 2)]),
    statementTexts: measured.find((r) => r.statements.length === counts[0])?.statements ?? [],
  };
}

export async function b4(ctx: BenchContext): Promise<BenchResult> {
  installCounter();
  const { rows } = await ctx.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM role_request');
  const n10 = await statementsFor(ctx, ctx.tokens.admin, 10);
  const n100 = await statementsFor(ctx, ctx.tokens.admin, 100);
  const owner10 = await statementsFor(ctx, ctx.tokens.owner, 10);
  const owner100 = await statementsFor(ctx, ctx.tokens.owner, 100);
  ctx.log(`  B4: admin N=10 → ${n10.statements}, N=100 → ${n100.statements}; resource owner N=10 → ${owner10.statements}, N=100 → ${owner100.statements}`);
  return {
    id: 'B4',
    name: 'SQL statements per roleRequests(first: N) { principal role scope }',
    metric: 'statements at N=100',
    value: n100.statements,
    baseline: n10.statements,
    ratio: round(n100.statements / n10.statements),
    goal: 'same count for N=10 and N=100, ≤ 8',
    pass: n10.statements === n100.statements && n100.statements <= 8 && owner10.statements === owner100.statements,
    details: {
      requestsInDatabase: rows[0].n,
      admin: { n10, n100 },
      resourceOwner: { n10: owner10, n100: owner100 },
      note: 'QUALITY.md asks for `approvals { approvers }` too: the schema has no approvals field on RoleRequest yet, so it is not part of the query.',
    },
  };
}
