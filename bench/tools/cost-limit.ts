/**
 * The B1 query against the server's default cost limit (QUERY_MAX_COST=5000): with `first: 100` written in the query
 * it is rejected — as an INTERNAL_SERVER_ERROR, not a validation error — and with `first` passed as a variable the
 * same query is accepted, because the cost rule only multiplies by literal `first` arguments.
 *
 *   npx tsx bench/tools/cost-limit.ts
 */
import http from 'node:http';
import { B1_QUERY } from '../benchmarks/b1';
import { gqlClient } from '../lib/context';
import { pg } from '../lib/copy';
import { server } from '../lib/server';
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, ensureLargeTenant } from '../tenant/generate';

function raw(url: string, token: string, body: unknown): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  const data = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': data.length, authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function main() {
  const tenant = await ensureLargeTenant();
  server.logger.setLogLevel('silent');
  const config = server.config.loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: tenant.databaseUrl, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const app = await server.app.startApp(config, tenant.databaseUrl, { seedDemo: false });
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const signIn = await gqlClient(url)<{ signIn: { token: string } }>(null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: BENCH_ADMIN_EMAIL, p: BENCH_PASSWORD });
  const token = signIn.data!.signIn.token;
  const sql = new pg.Client({ connectionString: tenant.databaseUrl });
  await sql.connect();
  const scopeId = (await sql.query(`SELECT id FROM scope WHERE type = 'RESOURCE' LIMIT 1`)).rows[0].id;
  await sql.end();
  const literal = await raw(url, token, { query: B1_QUERY, variables: { scopeId } });
  console.log(`first: 100 literal   → HTTP ${literal.status} ${literal.text.slice(0, 160)}`);
  const asVariable = B1_QUERY.replace('query B1($scopeId: ID!)', 'query B1($scopeId: ID!, $first: Int)').replace('first: 100', 'first: $first');
  const variable = await raw(url, token, { query: asVariable, variables: { scopeId, first: 100 } });
  const edges = (JSON.parse(variable.text).data?.roleAssignments?.edges ?? []).length;
  console.log(`first: $first = 100 → HTTP ${variable.status}, ${edges} edges${variable.text.includes('"errors"') ? ' ' + variable.text.slice(0, 160) : ''}`);
  await app.stop();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
