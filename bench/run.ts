/**
 * `npm run bench`: builds the server (npm script), makes or reuses the LARGE tenant, starts the real API in this
 * process on a random port, runs the benchmarks, writes bench/results/<id>.json and prints one table.
 *
 * Environment: BENCH_ONLY=B1,B4  BENCH_SECONDS=20  BENCH_WARMUP_SECONDS=5  BENCH_B2_RATE=1000  BENCH_SEED  BENCH_DB
 *              BENCH_PG_URL (admin URL of the Postgres server)  BENCH_REGENERATE=1
 */
import fs from 'node:fs';
import path from 'node:path';
import { b1 } from './benchmarks/b1';
import { b2 } from './benchmarks/b2';
import { b3 } from './benchmarks/b3';
import { b4 } from './benchmarks/b4';
import { b5 } from './benchmarks/b5';
import { b6 } from './benchmarks/b6';
import { b7 } from './benchmarks/b7';
import { b10 } from './benchmarks/b10';
import { b11 } from './benchmarks/b11';
import { b12 } from './benchmarks/b12';
import { b8 } from './benchmarks/b8';
import { b9 } from './benchmarks/b9';
import { gqlClient, machine, type BenchContext, type BenchResult } from './lib/context';
import { pg } from './lib/copy';
import { server } from './lib/server';
import { applyWhatIfs, whatIfNames, whatIfsBeforeStart } from './lib/whatif';
import { BENCH_ADMIN_EMAIL, BENCH_OWNER_EMAIL, BENCH_PASSWORD, BENCH_USER_EMAILS, ensureLargeTenant, settleHistory, settleNotifications } from './tenant/generate';

const BENCHMARKS: Record<string, (ctx: BenchContext) => Promise<BenchResult>> = { B1: b1, B2: b2, B3: b3, B4: b4, B5: b5, B6: b6, B8: b8, B9: b9, B11: b11, B12: b12 };
const STANDALONE: Record<string, (log: (message: string) => void) => Promise<BenchResult>> = { B7: b7, B10: b10 };

async function main() {
  const log = (message: string) => console.log(message);
  const startedAt = new Date();
  const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim().toUpperCase()) : [...Object.keys(BENCHMARKS), ...Object.keys(STANDALONE)];
  const machineBefore = machine();
  // Benchmarks with their own database and server (B7): they need neither the LARGE tenant nor the shared API.
  const standalone = only.filter((id) => id in STANDALONE);
  const standaloneResults: BenchResult[] = [];
  for (const id of standalone) {
    log(`${id}…`);
    const result = await STANDALONE[id](log);
    result.details = { ...result.details, machine: machine(), at: new Date().toISOString() };
    standaloneResults.push(result);
    fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'results', `${id}.json`), JSON.stringify(result, null, 2) + '\n');
    log(`${id}: ${result.value} ms (${result.goal}) ${result.pass ? 'PASS' : 'MISS'} ${JSON.stringify(id === 'B7' ? { verify: result.details.verify, export: result.details.export } : { baseline: result.baseline, ratio: result.ratio, passConditions: result.details.passConditions })}`);
  }
  if (standalone.length === only.length) return;
  const tenant = await ensureLargeTenant(log);
  const settled = await settleHistory(tenant.databaseUrl, tenant.anchor);
  if (settled) log(`LARGE tenant: ${settled} expiries before the generation instant marked as recorded (history, not work for the sweep)`);

  server.logger.setLogLevel('error');
  const config = server.config.loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    DATABASE_URL: tenant.databaseUrl,
    // B1's query (first: 100, five nested objects) costs 8,018.75 under the server's cost model; the default limit is 5,000.
    QUERY_MAX_COST: process.env.QUERY_MAX_COST ?? '10000',
  } as NodeJS.ProcessEnv);
  whatIfsBeforeStart(whatIfNames());
  const app = await server.app.startApp(config, tenant.databaseUrl, { seedDemo: false });
  await settleHistory(tenant.databaseUrl, tenant.anchor); // in case the migrations just added the column
  const notices = await settleNotifications(tenant.databaseUrl);
  if (notices.reminders || notices.outbox) {
    log(`LARGE tenant: ${notices.reminders} reminders of assignments ending soon marked as sent, ${notices.outbox} leftover outbox rows marked delivered (history, not work for the benchmarks)`);
  }
  const whatIfs = applyWhatIfs(app, whatIfNames());
  for (const w of whatIfs) log(`WHAT-IF (simulated server change, in this process only): ${w}`);
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const gql = gqlClient(url);
  const signIn = async (email: string) => {
    const response = await gql<{ signIn: { token: string } }>(
      null,
      'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      { email, password: BENCH_PASSWORD },
    );
    if (!response.data?.signIn) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(response.errors)}`);
    return response.data.signIn.token;
  };
  const sql = new pg.Pool({ connectionString: tenant.databaseUrl, max: 4 });
  const ctx: BenchContext = {
    app,
    url,
    databaseUrl: tenant.databaseUrl,
    sql,
    seed: tenant.seed,
    tokens: { admin: await signIn(BENCH_ADMIN_EMAIL), owner: await signIn(BENCH_OWNER_EMAIL), user: await signIn(BENCH_USER_EMAILS[0]) },
    durationMs: Number(process.env.BENCH_SECONDS ?? 20) * 1000,
    warmupMs: Number(process.env.BENCH_WARMUP_SECONDS ?? 5) * 1000,
    gql: (token, query, variables) => gql(token, query, variables),
    log,
  };
  log(`API on ${url} (NODE_ENV=production, pool ${config.DATABASE_POOL_SIZE}, QUERY_MAX_COST ${config.QUERY_MAX_COST}); signed in as ${BENCH_ADMIN_EMAIL} (Global Administrator)`);

  const results: BenchResult[] = [...standaloneResults];
  const resultsDir = path.join(__dirname, 'results', ...(whatIfs.length ? ['whatif'] : []));
  fs.mkdirSync(resultsDir, { recursive: true });
  try {
    for (const id of only.filter((name) => !(name in STANDALONE))) {
      const run = BENCHMARKS[id];
      if (!run) {
        log(`(no benchmark ${id} yet)`);
        continue;
      }
      log(`${id}…`);
      const vacuum = await vacuumIfNoAutovacuum(sql);
      if (vacuum) log(`  (autovacuum is off here: VACUUM (ANALYZE) of the tenant first, ${vacuum.seconds} s)`);
      const result = await run(ctx);
      result.details = { ...result.details, ...(vacuum ? { vacuumedBefore: vacuum } : {}), machine: machine(), tenant: { database: tenant.database, seed: tenant.seed, generatedSeconds: Number(tenant.seconds.toFixed(1)), reused: tenant.reused, counts: tenant.counts }, whatIfs, at: new Date().toISOString() };
      results.push(result);
      fs.writeFileSync(path.join(resultsDir, `${id}.json`), JSON.stringify(result, null, 2) + '\n');
    }
  } finally {
    await sql.end();
    await app.stop();
  }

  const table = [
    ['id', 'figure', 'baseline', 'ratio', 'goal', 'pass', 'CPU used by other processes'],
    ...results.map((r) => [
      r.id,
      `${(r.details as { valueIsLowerBound?: boolean }).valueIsLowerBound ? '≥ ' : ''}${r.value} ${unit(r)}`,
      r.baseline === null ? '—' : `${r.baseline} ${unit(r)}${r.id === 'B1' || r.id === 'B2' ? ' (SQL)' : r.id === 'B4' ? ' (N=10)' : r.id === 'B5' ? ' (SQL transaction)' : r.id === 'B10' ? ' (SQL inserts, one request a transaction)' : ''}`,
      r.ratio === null ? '—' : `${r.ratio}×`,
      r.goal,
      r.pass ? 'PASS' : 'MISS',
      othersCpu(r),
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  log('');
  for (const [i, row] of table.entries()) {
    log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const r of results) {
    const d = r.details as {
      graphql?: { latencyMs: { p50: number; p99: number }; requestsPerSecond?: number };
      achievedRequestsPerSecond?: number;
      cpuPerRequestVsSql?: { apiMs: number; sqlMs: number | null; ratio: number | null };
    };
    if (d.graphql) {
      const cpu = d.cpuPerRequestVsSql;
      log(
        `${r.id}: p50 ${d.graphql.latencyMs.p50} ms, p99 ${d.graphql.latencyMs.p99} ms, ${d.achievedRequestsPerSecond ?? d.graphql.requestsPerSecond} req/s` +
          (cpu ? `; CPU per request ${cpu.apiMs} ms (server + its Postgres) vs ${cpu.sqlMs} ms per SQL query (${cpu.ratio}×)` : ''),
      );
    }
  }
  log(`\nmachine: ${JSON.stringify(machineBefore)} → load after ${machine().loadavg.join(' ')}; ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s in all`);
}

/**
 * Each benchmark starts from the same state. An installation runs Postgres with autovacuum on; the shared Postgres of this
 * machine runs with it off, so what the writing benchmarks leave behind (dead rows: SENT outbox rows, ended assignments,
 * canceled requests) piled up from run to run on the reused tenant, and the partial indexes of queues kept pointing at
 * them: on 2026-12-04 the notification outbox held 350,416 dead rows beside 198,687 live ones and every delivery claim
 * read 54,852 pages (200–340 ms, several a second during B3, B5, B6 and B8) — which is why B3 and B6 degraded from one
 * run to the next. So, when autovacuum is off, the tenant is vacuumed before each benchmark (2–3 s when little is dead).
 */
async function vacuumIfNoAutovacuum(sql: import("pg").Pool): Promise<{ seconds: number } | null> {
  const { rows } = await sql.query<{ autovacuum: string }>('SHOW autovacuum');
  if (rows[0]?.autovacuum === 'on') return null;
  const started = Date.now();
  await sql.query('VACUUM (ANALYZE)');
  return { seconds: Number(((Date.now() - started) / 1000).toFixed(1)) };
}

/** How much of the machine other processes took while the API was measured (noise on a shared box). */
function othersCpu(r: BenchResult): string {
  const d = r.details as { graphql?: { cpu?: { machinePercent: { everythingElse: number } } }; cpu?: { machinePercent: { everythingElse: number } } };
  const cpu = d.graphql?.cpu ?? d.cpu;
  return cpu ? `${cpu.machinePercent.everythingElse} %` : '—';
}

function unit(r: BenchResult): string {
  return r.metric.includes('(ms)') ? 'ms' : r.metric.startsWith('statements') ? 'statements' : '';
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
