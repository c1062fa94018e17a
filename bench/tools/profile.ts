/**
 * CPU profile of the server's main thread while a benchmark's GraphQL load runs (closed loop), summarised by package
 * and by function (self time). Writes the raw .cpuprofile to /tmp for Chrome DevTools.
 *
 *   npx tsx bench/tools/profile.ts b1|b2|b4|typename [seconds] [clients]
 *   PROFILE=0 …   no profiler: just throughput, latency and CPU per request (for A/B runs with BENCH_WHATIF)
 */
import fs from 'node:fs';
import { Session } from 'node:inspector';
import { B1_QUERY, sampleResources } from '../benchmarks/b1';
import { B2_QUERY } from '../benchmarks/b2';
import { b4Query } from '../benchmarks/b4';
import { gqlClient, type BenchContext } from '../lib/context';
import { pg } from '../lib/copy';
import { runMeasured } from '../lib/load';
import { server } from '../lib/server';
import { applyWhatIfs, whatIfNames, whatIfsBeforeStart } from '../lib/whatif';
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, ensureLargeTenant } from '../tenant/generate';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main() {
  const [which = 'b2', secondsArg = '10', clientsArg = '8'] = process.argv.slice(2);
  const tenant = await ensureLargeTenant();
  server.logger.setLogLevel('error');
  const config = server.config.loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: tenant.databaseUrl, QUERY_MAX_COST: '10000' } as NodeJS.ProcessEnv);
  whatIfsBeforeStart(whatIfNames());
  const app = await server.app.startApp(config, tenant.databaseUrl, { seedDemo: false });
  console.log(applyWhatIfs(app, whatIfNames()).join('\n'));
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const gql = gqlClient(url);
  const sql = new pg.Pool({ connectionString: tenant.databaseUrl, max: 2 });
  const signIn = await gql<{ signIn: { token: string } }>(null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: BENCH_ADMIN_EMAIL, p: BENCH_PASSWORD });
  const token = signIn.data!.signIn.token;
  let bodies: string[];
  if (which === 'b1') {
    const ctx = { sql, seed: tenant.seed } as unknown as BenchContext;
    bodies = (await sampleResources(ctx, 500, 'profile')).map((scopeId) => JSON.stringify({ query: B1_QUERY, variables: { scopeId } }));
  } else if (which === 'b2') {
    const { rows } = await sql.query(`SELECT a.principal_id, s.id AS scope_id FROM role_assignment a JOIN scope s ON s.id = a.scope_id AND s.type = 'RESOURCE'
      WHERE a.type = 'ACTIVE' AND (a.end_at IS NULL OR a.end_at > now()) ORDER BY md5(a.id::text) LIMIT 500`);
    bodies = rows.map((r) => JSON.stringify({ query: B2_QUERY, variables: { principalId: r.principal_id, scopeId: r.scope_id } }));
  } else if (which === 'typename') {
    bodies = [JSON.stringify({ query: '{ __typename }' })];
  } else {
    bodies = [JSON.stringify({ query: b4Query(100) })];
  }

  const session = new Session();
  session.connect();
  const post = <T,>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  const profiling = process.env.PROFILE !== '0';
  if (profiling) {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
  }
  const report = await runMeasured(sql, {
    target: { kind: 'http', url, token, bodies },
    plan: { mode: 'closed', concurrency: Number(clientsArg) },
    connections: Number(clientsArg),
    warmupMs: 1000,
    durationMs: Number(secondsArg) * 1000,
  });
  if (!profiling) {
    console.log(`${which}: ${report.throughput.toFixed(1)} req/s, p50 ${report.latency.p50.toFixed(1)} ms, p95 ${report.latency.p95.toFixed(1)} ms; ${report.completed} requests`);
    console.log(`cpu: ${JSON.stringify(report.cpu)}`);
    await sql.end();
    await app.stop();
    return;
  }
  const { profile } = await post<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }>('Profiler.stop');
  const file = `/tmp/elevate-${which}-${Date.now()}.cpuprofile`;
  fs.writeFileSync(file, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const pkg = (n: ProfileNode) => {
    const u = n.callFrame.url || '';
    const m = u.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
    if (m) return m[1];
    if (u.includes('/server/dist/')) return 'server: ' + u.split('/server/dist/')[1];
    if (u.startsWith('node:')) return 'node: ' + u.slice(5);
    return u ? u.split('/').slice(-1)[0] : n.callFrame.functionName || '(native)';
  };
  const byPkg = new Map<string, number>();
  const byFn = new Map<string, number>();
  let busy = 0;
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') continue;
    busy += t;
    byPkg.set(pkg(n), (byPkg.get(pkg(n)) ?? 0) + t);
    const f = `${n.callFrame.functionName || '(anonymous)'} ${pkg(n)}:${n.callFrame.lineNumber}`;
    byFn.set(f, (byFn.get(f) ?? 0) + t);
  }
  const requests = report.completed;
  console.log(`${which}: ${report.throughput.toFixed(0)} req/s, p50 ${report.latency.p50.toFixed(1)} ms, p95 ${report.latency.p95.toFixed(1)} ms; ${requests} requests`);
  console.log(`cpu: ${JSON.stringify(report.cpu)}`);
  console.log(`main thread busy (profiler): ${(busy / 1000).toFixed(0)} ms = ${(busy / 1000 / requests).toFixed(3)} ms per request; profile ${file}`);
  console.log('\nself time by package (µs per request):');
  for (const [k, t] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(`${(t / requests).toFixed(0).padStart(7)}  ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${k}`);
  console.log('\nself time by function (µs per request):');
  for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(t / requests).toFixed(0).padStart(7)}  ${k}`);
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
