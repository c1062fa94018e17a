/**
 * B7 — the audit log at 1,000,000 events: verify the whole chain, and export it all as CSV.
 *
 * Its own database (`elevate_bench_audit`, BENCH_B7_DB), not the LARGE tenant: the server's migrations and the demo tenant
 * (for a Global Administrator to sign in as), then N events appended to the demo's chain with COPY — hashed here with the
 * server's own `auditContent`/`chainHash`, so the chain is valid. Reused while it holds N events (BENCH_REGENERATE=1 rebuilds).
 * A second API (`startApp`, jobs off) runs in this process on that database.
 *
 * Measured:
 *  - verify: `services.audit.verifyAll()` (what verifyAudit and the CLI run): wall time for the whole chain, and RSS growth;
 *  - export: GET /audit/export?format=csv as the Global Administrator over HTTP, the body read as it streams: wall time,
 *    rows and bytes, and the peak growth of this process's RSS (server and client both live here: an upper bound for the
 *    server) sampled every 20 ms.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import type { BenchResult } from '../lib/context';
import { copyInto, line, pg } from '../lib/copy';
import { server } from '../lib/server';

const COLUMNS = ['seq', 'id', 'at', 'actor_type', 'actor_id', 'action', 'target_principal_id', 'role_id', 'scope_id', 'request_id', 'assignment_id', 'justification', 'ticket', 'before', 'after', 'client_ip', 'user_agent', 'prev_hash', 'hash'];
const ACTIONS = ['request.submitted', 'assignment.activated', 'auth.sign_in', 'assignment.expired', 'request.approved', 'assignment.created'];
const MB = 1024 * 1024;

function databaseUrls(): { adminUrl: string; databaseUrl: string; database: string } {
  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = process.env.BENCH_B7_DB ?? 'elevate_bench_audit';
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return { adminUrl, databaseUrl: url.toString(), database };
}

async function count(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM audit_event');
    return Number(rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Appends `n` events to the chain, in COPY batches; content shaped like the real thing (ids, jsonb, justification). */
async function generate(databaseUrl: string, n: number, log: (message: string) => void): Promise<number> {
  const { auditContent, chainHash } = server.auditWriter;
  const client: Client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    const { rows: heads } = await client.query<{ seq: string; hash: string; at: Date }>('SELECT seq, hash, at FROM audit_event ORDER BY seq DESC LIMIT 1');
    const { rows: people } = await client.query<{ id: string }>("SELECT id FROM principal WHERE type = 'USER'");
    const { rows: roles } = await client.query<{ id: string }>('SELECT id FROM role_definition LIMIT 20');
    const { rows: scopes } = await client.query<{ id: string }>('SELECT id FROM scope');
    let seq = heads[0] ? BigInt(heads[0].seq) : 0n;
    let prevHash = heads[0]?.hash ?? '0'.repeat(64);
    const t0 = Date.UTC(2024, 0, 1);
    const BATCH = 50_000;
    for (let done = 0; done < n; ) {
      const lines: string[] = [];
      for (let i = 0; i < BATCH && done < n; i++, done++) {
        seq += 1n;
        const k = Number(seq);
        const at = new Date(t0 + k * 1000);
        const action = ACTIONS[k % ACTIONS.length];
        const event = {
          seq: seq.toString(),
          id: randomUUID(),
          at,
          actorType: 'USER',
          actorId: people[k % people.length].id,
          action,
          targetPrincipalId: people[(k * 7) % people.length].id,
          roleId: action.startsWith('auth.') ? null : roles[k % roles.length].id,
          scopeId: action.startsWith('auth.') ? null : scopes[k % scopes.length].id,
          requestId: action.startsWith('auth.') ? null : randomUUID(),
          assignmentId: action.startsWith('assignment.') ? randomUUID() : null,
          justification: action === 'request.submitted' ? `Bench change ${k}: rotate the keys, ticket follows` : null,
          ticket: k % 10 === 0 ? `ServiceNow:INC${k}` : null,
          before: null,
          after: action.startsWith('assignment.') ? { type: 'ACTIVE', origin: 'ACTIVATED', startAt: at.toISOString(), endAt: new Date(at.getTime() + 3_600_000).toISOString() } : { status: 'PROVISIONED' },
          clientIp: '10.0.0.1',
          userAgent: 'bench/1.0',
        };
        const hash = chainHash(prevHash, auditContent(event));
        lines.push(
          line([
            event.seq, event.id, event.at, event.actorType, event.actorId, event.action, event.targetPrincipalId, event.roleId, event.scopeId,
            event.requestId, event.assignmentId, event.justification, event.ticket, null, JSON.stringify(event.after), event.clientIp,
            event.userAgent, prevHash, hash,
          ]),
        );
        prevHash = hash;
      }
      await copyInto(client, 'audit_event', COLUMNS, lines);
      if (done % 200_000 === 0) log(`  B7: ${done} events appended (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    await client.query('VACUUM (ANALYZE) audit_event');
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}

export async function b7(log: (message: string) => void): Promise<BenchResult> {
  const N = Number(process.env.BENCH_B7_EVENTS ?? 1_000_000);
  const { adminUrl, databaseUrl, database } = databaseUrls();
  let generatedSeconds: number | null = null;
  if (process.env.BENCH_REGENERATE === '1' || (await count(databaseUrl)) < N) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const db = server.dataSource.createDataSource(databaseUrl, 2);
    await db.initialize();
    await server.app.prepareDatabase(db, true);
    await db.destroy();
    log(`  B7: generating ${N} audit events in ${database}…`);
    generatedSeconds = await generate(databaseUrl, N, log);
    log(`  B7: generated in ${generatedSeconds.toFixed(0)} s`);
  } else {
    log(`  B7: reusing ${database}`);
  }

  const config = server.config.loadConfig({ NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', DATABASE_URL: databaseUrl, JOBS: 'false' } as NodeJS.ProcessEnv);
  const app = await server.app.startApp(config, databaseUrl, { seedDemo: false, jobs: false });
  const base = `http://127.0.0.1:${app.port}`;
  try {
    const signIn = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signIn(email: "admin@contoso.test", password: "Elevate-demo-1") { token } }' }),
    });
    const token = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;

    const sampleRss = () => {
      let peak = process.memoryUsage().rss;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      return () => {
        clearInterval(timer);
        return Math.max(peak, process.memoryUsage().rss);
      };
    };
    (globalThis as { gc?: () => void }).gc?.();

    const verifyRssBefore = process.memoryUsage().rss;
    const stopVerifySampling = sampleRss();
    const v0 = performance.now();
    const verification = await app.services.audit.verifyAll();
    const verifyMs = performance.now() - v0;
    const verifyPeak = stopVerifySampling();
    log(`  B7: verify ${verification.ok ? 'OK' : 'BROKEN'}, ${verification.checked} events in ${(verifyMs / 1000).toFixed(1)} s`);
    (globalThis as { gc?: () => void }).gc?.();

    const exportRssBefore = process.memoryUsage().rss;
    const stopExportSampling = sampleRss();
    const e0 = performance.now();
    const response = await fetch(`${base}/audit/export?format=csv`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok || !response.body) throw new Error(`export failed: ${response.status} ${await response.text()}`);
    let bytes = 0;
    let newlines = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (let i = 0; i < value.length; i++) if (value[i] === 10) newlines++;
    }
    const exportMs = performance.now() - e0;
    const exportPeak = stopExportSampling();
    const rows = newlines - 1;
    const exportGrowthMb = (exportPeak - exportRssBefore) / MB;
    log(`  B7: export ${rows} rows, ${(bytes / MB).toFixed(0)} MB in ${(exportMs / 1000).toFixed(1)} s; peak RSS growth ${exportGrowthMb.toFixed(0)} MB`);

    const pass = verification.ok && verification.checked >= N && verifyMs <= 5_000 && exportGrowthMb < 100 && rows >= N;
    return {
      id: 'B7',
      name: 'audit: verify 1 M events; export 1 M rows as CSV',
      metric: 'verify the whole chain (ms)',
      value: Math.round(verifyMs),
      baseline: null,
      ratio: null,
      goal: 'verify ≤ 5 s; export streams with < 100 MB peak memory',
      pass,
      details: {
        events: verification.checked,
        verify: { ok: verification.ok, ms: Math.round(verifyMs), eventsPerSecond: Math.round(verification.checked / (verifyMs / 1000)), rssGrowthMb: Math.round((verifyPeak - verifyRssBefore) / MB) },
        export: { rows, megabytes: Math.round(bytes / MB), ms: Math.round(exportMs), rowsPerSecond: Math.round(rows / (exportMs / 1000)), peakRssGrowthMb: Math.round(exportGrowthMb), rssBeforeMb: Math.round(exportRssBefore / MB), peakRssMb: Math.round(exportPeak / MB) },
        database,
        generatedSeconds: generatedSeconds === null ? null : Math.round(generatedSeconds),
      },
    };
  } finally {
    await app.stop();
  }
}
