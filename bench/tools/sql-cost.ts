/**
 * What the server's hottest statements cost Postgres, and what proposed fixes would save: each statement is captured
 * from the server's own code (server/dist, called with a stand-in `db` that records SQL and parameters), then run
 * repeatedly on one connection — as sent today (unnamed: parsed and planned every time) and as a named prepared
 * statement — measuring wall time and the backend's CPU (/proc/<pid>/stat) per execution. Index experiments create
 * the index in the bench database, measure, and drop it again.
 *
 *   npx tsx bench/tools/sql-cost.ts [iterations]
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { pg } from '../lib/copy';
import { SERVER_DIST, server } from '../lib/server';
import { BENCH_ADMIN_EMAIL, ensureLargeTenant } from '../tenant/generate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const dist = (file: string) => require(path.join(SERVER_DIST, file));

interface Captured {
  text: string;
  values: unknown[];
}

function recorder() {
  const captured: Captured[] = [];
  const db = {
    query: async (text: string, values: unknown[] = []) => {
      captured.push({ text, values });
      return [];
    },
    getRepository: () => ({ create: (x: unknown) => x }),
  };
  return { db, captured };
}

function ticks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]);
}

async function measure(client: Client, pid: number, name: string, statements: Captured[], iterations: number, prepared: boolean) {
  // warm
  for (let i = 0; i < Math.min(20, iterations); i++) {
    const s = statements[i % statements.length];
    await client.query(prepared ? { name, text: s.text, values: s.values } : { text: s.text, values: s.values });
  }
  const t0 = performance.now();
  const c0 = ticks(pid);
  let rows = 0;
  for (let i = 0; i < iterations; i++) {
    const s = statements[i % statements.length];
    const r = await client.query(prepared ? { name, text: s.text, values: s.values } : { text: s.text, values: s.values });
    rows += r.rowCount ?? 0;
  }
  const wall = (performance.now() - t0) / iterations;
  const cpu = ((ticks(pid) - c0) * 10) / iterations;
  return { wallMs: Number(wall.toFixed(3)), backendCpuMs: Number(cpu.toFixed(3)), rowsPerExecution: Number((rows / iterations).toFixed(1)) };
}

async function main() {
  const iterations = Number(process.argv[2] ?? 300);
  const tenant = await ensureLargeTenant();
  const client = new pg.Client({ connectionString: tenant.databaseUrl });
  await client.connect();
  const { rows: pidRows } = await client.query('SELECT pg_backend_pid() AS pid');
  const pid = pidRows[0].pid as number;
  const now = new Date();
  const { findHoldings } = dist('modules/access/access.repository.js');
  const { queryAssignments } = dist('modules/assignments/assignment.repository.js');
  const { Capabilities } = dist('modules/access/capabilities.js');
  const { RequestService } = dist('modules/requests/request.service.js');
  const { GROUP_MEMBER_ID } = server.roles;

  const { rows: [admin] } = await client.query('SELECT id FROM principal WHERE email = $1', [BENCH_ADMIN_EMAIL]);
  const { rows: pairs } = await client.query(`SELECT a.principal_id, s.id AS scope_id, s.path::text[] AS path FROM role_assignment a JOIN scope s ON s.id = a.scope_id AND s.type = 'RESOURCE'
      WHERE a.type = 'ACTIVE' AND (a.end_at IS NULL OR a.end_at > now()) ORDER BY md5(a.id::text) LIMIT 200`);
  const { rows: resources } = await client.query(`SELECT id, path::text[] AS path FROM scope WHERE type = 'RESOURCE' ORDER BY md5(id::text || 'cost') LIMIT 200`);

  const capture = async (fn: (db: unknown) => Promise<unknown>): Promise<Captured> => {
    const r = recorder();
    await fn(r.db);
    return r.captured[0];
  };
  const adminCaps = new Capabilities(admin.id, [{ role_id: server.roles.GLOBAL_ADMINISTRATOR_ID, scope_id: server.roles.TENANT_ROOT_SCOPE_ID, role_kind: 'DIRECTORY', scope_group_id: null }]);
  const assignmentsQuery = (scopeId: string, scopePath: string[]) => (db: unknown) =>
    queryAssignments(db, { scope: { id: scopeId, path: scopePath, roleKind: 'RESOURCE' }, includeInherited: true, includeDescendants: false, expandGroups: true, state: 'IN_FORCE', at: now, limit: 100, after: null }, adminCaps);
  const requestsQuery = (limit: number) => async (db: unknown) => {
    const services = { db, now: () => now };
    const caller = { requireViewer: () => ({ principalId: admin.id }), capabilities: async () => adminCaps };
    await new RequestService(services).list(caller, null, limit, null);
  };

  const experiments: { name: string; statements: Captured[]; index?: string }[] = [
    { name: 'B2 findHoldings(viewer) — capabilities, every request', statements: [await capture((db) => findHoldings(db, admin.id, now))] },
    {
      name: 'B2 findHoldings(target, ancestors, RESOURCE)',
      statements: await Promise.all(pairs.map((p) => capture((db) => findHoldings(db, p.principal_id, now, { scopeIds: p.path, roleKind: 'RESOURCE' })))),
    },
    {
      name: 'B2 findHoldings(target, ancestors without the root)',
      statements: await Promise.all(pairs.map((p) => capture((db) => findHoldings(db, p.principal_id, now, { scopeIds: p.path.slice(1), roleKind: 'RESOURCE' })))),
    },
    { name: 'B1 queryAssignments — today (path includes the tenant root)', statements: await Promise.all(resources.slice(0, 40).map((r) => capture(assignmentsQuery(r.id, r.path)))) },
    { name: 'B1 queryAssignments — ancestors of the same kind only (path without the root)', statements: await Promise.all(resources.map((r) => capture(assignmentsQuery(r.id, r.path.slice(1))))) },
    { name: 'B4 roleRequests(first: 10) — today', statements: [await capture(requestsQuery(10))] },
    { name: 'B4 roleRequests(first: 100) — today', statements: [await capture(requestsQuery(100))] },
    {
      name: 'B4 page by index + total as a scalar subquery (first: 100)',
      index: 'CREATE INDEX bench_tmp_role_request_created_idx ON role_request (created_at DESC, id DESC)',
      statements: [
        {
          text: `SELECT q.*, (SELECT count(*) FROM role_request) AS total FROM role_request q ORDER BY q.created_at DESC, q.id DESC LIMIT 101`,
          values: [],
        },
      ],
    },
    {
      name: 'B4 page by index, no total (totalCount not selected) (first: 100)',
      index: 'CREATE INDEX bench_tmp_role_request_created_idx ON role_request (created_at DESC, id DESC)',
      statements: [{ text: `SELECT q.* FROM role_request q ORDER BY q.created_at DESC, q.id DESC LIMIT 101`, values: [] }],
    },
  ];
  void GROUP_MEMBER_ID;

  const results: Record<string, unknown>[] = [];
  for (const [i, e] of experiments.entries()) {
    if (e.index) await client.query(e.index);
    try {
      const n = e.name.startsWith('B1 queryAssignments — today') ? Math.max(10, Math.floor(iterations / 10)) : iterations;
      const unnamed = await measure(client, pid, `x${i}`, e.statements, n, false);
      const named = await measure(client, pid, `x${i}`, e.statements, n, true);
      results.push({ experiment: e.name, iterations: n, unnamed, prepared: named });
      console.log(`${e.name}\n   unnamed ${JSON.stringify(unnamed)}\n   prepared ${JSON.stringify(named)}`);
    } finally {
      if (e.index) await client.query('DROP INDEX IF EXISTS bench_tmp_role_request_created_idx');
    }
  }
  fs.writeFileSync(path.join(__dirname, '..', 'results', 'sql-cost.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2) + '\n');
  await client.end();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
