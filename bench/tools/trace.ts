/**
 * Runs one GraphQL request against the LARGE tenant through the real API and prints every SQL statement the server
 * issued for it, with its duration and parameters — and, with EXPLAIN=1, the plan of each (EXPLAIN ANALYZE, BUFFERS).
 *
 *   npx tsx bench/tools/trace.ts b1 [scopeId]        roleAssignments at a resource (B1's query)
 *   npx tsx bench/tools/trace.ts b2 [principalId scopeId]
 *   npx tsx bench/tools/trace.ts b4 [N]
 */
import { performance } from 'node:perf_hooks';
import { B1_QUERY } from '../benchmarks/b1';
import { B2_QUERY } from '../benchmarks/b2';
import { b4Query } from '../benchmarks/b4';
import { gqlClient } from '../lib/context';
import { pg } from '../lib/copy';
import { server } from '../lib/server';
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, ensureLargeTenant } from '../tenant/generate';

interface Traced {
  text: string;
  values: unknown[];
  ms: number;
}

async function main() {
  const [which = 'b1', ...args] = process.argv.slice(2);
  const tenant = await ensureLargeTenant();
  server.logger.setLogLevel('error');
  const config = server.config.loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: tenant.databaseUrl, QUERY_MAX_COST: '10000' } as NodeJS.ProcessEnv);
  const app = await server.app.startApp(config, tenant.databaseUrl, { seedDemo: false });
  const gql = gqlClient(`http://127.0.0.1:${app.port}/graphql`);
  const sql = new pg.Client({ connectionString: tenant.databaseUrl });
  await sql.connect();
  const signIn = await gql<{ signIn: { token: string } }>(null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: BENCH_ADMIN_EMAIL, p: BENCH_PASSWORD });
  const token = signIn.data!.signIn.token;

  let query: string;
  let variables: Record<string, unknown> = {};
  if (which === 'b1') {
    query = B1_QUERY;
    variables = { scopeId: args[0] ?? (await sql.query(`SELECT id FROM scope WHERE type = 'RESOURCE' ORDER BY md5(id::text) LIMIT 1`)).rows[0].id };
  } else if (which === 'b2') {
    query = B2_QUERY;
    if (args[1]) variables = { principalId: args[0], scopeId: args[1] };
    else {
      const { rows } = await sql.query(`SELECT a.principal_id, s.id AS scope_id FROM role_assignment a JOIN scope s ON s.id = a.scope_id AND s.type = 'RESOURCE'
        WHERE a.type = 'ACTIVE' AND (a.end_at IS NULL OR a.end_at > now()) ORDER BY md5(a.id::text) LIMIT 1`);
      variables = { principalId: rows[0].principal_id, scopeId: rows[0].scope_id };
    }
  } else {
    query = b4Query(Number(args[0] ?? 100));
  }

  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  let traced: Traced[] | null = null;
  proto.query = function (this: unknown, ...a: unknown[]) {
    const result = original.apply(this, a);
    if (traced && result && typeof (result as Promise<unknown>).then === 'function') {
      const q = a[0] as string | { text: string; values?: unknown[] };
      const entry: Traced = { text: typeof q === 'string' ? q : q.text, values: (typeof q === 'string' ? a[1] : q.values) as unknown[] ?? [], ms: 0 };
      const t0 = performance.now();
      traced.push(entry);
      (result as Promise<unknown>).then(() => (entry.ms = performance.now() - t0), () => (entry.ms = performance.now() - t0));
    }
    return result;
  };
  await gql(token, query, variables); // warm (session last_used_at, caches)
  traced = [];
  const t0 = performance.now();
  const response = await gql<Record<string, unknown>>(token, query, variables);
  const total = performance.now() - t0;
  const statements = traced;
  traced = null;
  console.log(`${which} ${JSON.stringify(variables)}: ${total.toFixed(1)} ms over HTTP, ${statements.length} statements${response.errors ? ` ERRORS ${JSON.stringify(response.errors)}` : ''}`);
  for (const s of statements) {
    console.log(`\n--- ${s.ms.toFixed(1)} ms\n${s.text.replace(/\n\s*\n/g, '\n')}\n-- params: ${JSON.stringify(s.values).slice(0, 400)}`);
    if (process.env.EXPLAIN === '1') {
      const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
      console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
  }
  await sql.end();
  await app.stop();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
