/**
 * Write flows on their own thread: for each item, `activateRole` as its requester, then (when the item has an approver)
 * `approveRequest` for the request it created, as the approver. Open loop (items start on a fixed schedule; the pair's
 * latency counts from the scheduled instant) or closed loop (N flows in a row). Also the SQL baseline of B5: one
 * transaction inserting a request, an assignment and an audit row (chained like the server's), per item.
 * Times are wall clock with sub-millisecond resolution (performance.timeOrigin + now()), comparable with other threads.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';

export interface FlowItem {
  requesterToken: string;
  activateVariables: Record<string, unknown>;
  approverToken?: string;
  /** SQL baseline: who, what, where, from which eligibility. */
  sql?: { principalId: string; roleId: string; scopeId: string; eligibilityId: string };
}

export interface FlowJob {
  kind: 'http' | 'sql';
  url: string;
  databaseUrl: string;
  items: FlowItem[];
  plan: { mode: 'open'; rate: number } | { mode: 'closed'; concurrency: number; durationMs: number };
  connections: number;
}

export interface FlowResult {
  /** Per item started, wall clock ms: scheduled, activate sent, activate answered, approve answered (NaN: not done). */
  scheduled: Float64Array;
  sent: Float64Array;
  activated: Float64Array;
  approved: Float64Array;
  requestIds: string[];
  errors: number;
  errorSamples: string[];
  started: number;
  backendCpuMs: number | null;
}

const ACTIVATE = `mutation B($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }`;
const APPROVE = `mutation B($requestId: ID!) { approveRequest(requestId: $requestId, justification: "bench: approved") { id status } }`;

const job = workerData as FlowJob;
const now = () => performance.timeOrigin + performance.now();
const n = job.items.length;
const result: FlowResult = {
  scheduled: new Float64Array(n).fill(NaN),
  sent: new Float64Array(n).fill(NaN),
  activated: new Float64Array(n).fill(NaN),
  approved: new Float64Array(n).fill(NaN),
  requestIds: new Array<string>(n).fill(''),
  errors: 0,
  errorSamples: [],
  started: 0,
  backendCpuMs: null,
};

function fail(message: string) {
  result.errors++;
  if (result.errorSamples.length < 8) result.errorSamples.push(message.slice(0, 300));
}

const u = new URL(job.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections, maxFreeSockets: job.connections });

function post(token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, { id: string; status: string }>; errors?: unknown[] }> {
  return new Promise((resolve) => {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    const request = http.request(
      { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${token}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch {
            resolve({ errors: [`HTTP ${response.statusCode}: unreadable body`] });
          }
        });
        response.on('error', (error) => resolve({ errors: [String(error)] }));
      },
    );
    request.on('error', (error) => resolve({ errors: [String(error)] }));
    request.end(body);
  });
}

async function httpFlow(i: number): Promise<void> {
  const item = job.items[i];
  result.sent[i] = now();
  const activated = await post(item.requesterToken, ACTIVATE, { input: item.activateVariables });
  result.activated[i] = now();
  const request = activated.data?.activateRole;
  if (!request) return fail(`activateRole: ${JSON.stringify(activated.errors)}`);
  result.requestIds[i] = request.id;
  if (!item.approverToken) return;
  const approved = await post(item.approverToken, APPROVE, { requestId: request.id });
  result.approved[i] = now();
  if (approved.data?.approveRequest?.status !== 'PROVISIONED') fail(`approveRequest: ${JSON.stringify(approved.errors ?? approved.data)}`);
}

// ---- SQL baseline -------------------------------------------------------------------------------------------------
const pool: pg.Client[] = [];
const free: pg.Client[] = [];
const waiting: ((client: pg.Client) => void)[] = [];
let pids: number[] = [];

function ticks(): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(f[11]) + Number(f[12]);
    } catch {
      return NaN;
    }
  }
  return total;
}

async function sqlFlow(i: number): Promise<void> {
  const item = job.items[i].sql!;
  const client = free.length ? free.pop()! : await new Promise<pg.Client>((resolve) => waiting.push(resolve));
  result.sent[i] = now();
  try {
    const at = new Date();
    const requestId = randomUUID();
    const assignmentId = randomUUID();
    const end = new Date(at.getTime() + 3600_000);
    await client.query('BEGIN');
    // The assignment first, as `provision` does for a request it creates (role_request.assignment_id refers to it).
    // Born recorded and ended: nothing for the sweep to announce later (the baseline measures the inserts only).
    await client.query(
      `INSERT INTO role_assignment (id, principal_id, role_id, scope_id, type, origin, start_at, end_at, eligibility_id, created_by_request_id,
                                    created_by_id, source, created_at, end_reason, expiry_recorded_at)
       VALUES ($1, $2, $3, $4, 'ACTIVE', 'ACTIVATED', $5, $6, $7, $8, $2, 'LOCAL', $5, 'DEACTIVATED', $5)`,
      [assignmentId, item.principalId, item.roleId, item.scopeId, at, end, item.eligibilityId, requestId],
    );
    await client.query(
      `INSERT INTO role_request (id, action, status, type, principal_id, requested_by_id, role_id, scope_id, justification, start_at, end_at,
                                 created_at, completed_at, source_assignment_id, duration_seconds, assignment_id)
       VALUES ($1, 'SELF_ACTIVATE', 'PROVISIONED', 'ACTIVE', $2, $2, $3, $4, 'bench baseline', $5, $6, $5, $5, $7, 3600, $8)`,
      [requestId, item.principalId, item.roleId, item.scopeId, at, end, item.eligibilityId, assignmentId],
    );
    // Its audit event pending, as the server writes one since the chainer (no lock; the running server's chainer chains it).
    const after = { startAt: at.toISOString(), endAt: end.toISOString() };
    await client.query(
      `INSERT INTO audit_pending (id, at, actor_type, actor_id, action, target_principal_id, role_id, scope_id, request_id, assignment_id, after)
       VALUES ($1, $2, 'USER', $3, 'bench.baseline', $3, $4, $5, $6, $7, $8)`,
      [randomUUID(), at, item.principalId, item.roleId, item.scopeId, requestId, assignmentId, JSON.stringify(after)],
    );
    await client.query('COMMIT');
    result.activated[i] = now();
    result.requestIds[i] = requestId;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    fail(String(error));
  } finally {
    const next = waiting.shift();
    if (next) next(client);
    else free.push(client);
  }
}

async function main() {
  if (job.kind === 'sql') {
    for (let i = 0; i < job.connections; i++) {
      const client = new pg.Client({ connectionString: job.databaseUrl, application_name: 'elevate-bench-baseline' });
      await client.connect();
      pool.push(client);
    }
    free.push(...pool);
    pids = await Promise.all(pool.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number));
  }
  const ticksAtStart = job.kind === 'sql' ? ticks() : NaN;
  const flow = job.kind === 'http' ? httpFlow : sqlFlow;
  const t0 = now() + 20;
  const inflight = new Set<Promise<void>>();
  let next = 0;
  if (job.plan.mode === 'open') {
    const interval = 1000 / job.plan.rate;
    while (next < n) {
      const t = now();
      while (next < n && t0 + next * interval <= t) {
        const i = next++;
        result.scheduled[i] = t0 + i * interval;
        const p = flow(i).catch((error) => fail(String(error)));
        inflight.add(p);
        void p.then(() => inflight.delete(p));
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (now() - t < 0.5) await new Promise((resolve) => setTimeout(resolve, 1));
    }
  } else {
    const until = t0 + job.plan.durationMs;
    while (now() < t0) await new Promise((resolve) => setTimeout(resolve, 2));
    await Promise.all(
      Array.from({ length: job.plan.concurrency }, async () => {
        while (next < n && now() < until) {
          const i = next++;
          result.scheduled[i] = now();
          await flow(i).catch((error) => fail(String(error)));
        }
      }),
    );
  }
  const deadline = now() + 30_000;
  while (inflight.size && now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  result.started = next;
  if (job.kind === 'sql') {
    const ms = (ticks() - ticksAtStart) * 10;
    result.backendCpuMs = Number.isFinite(ms) ? ms : null;
    await Promise.all(pool.map((c) => c.end()));
  }
  agent.destroy();
  return result;
}

main().then(
  (r) => parentPort!.postMessage({ ok: true, result: r }),
  (error) => parentPort!.postMessage({ ok: false, error: String(error?.stack ?? error) }),
);
