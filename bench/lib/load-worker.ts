/**
 * A load generator on its own thread (its own event loop), so the clients do not share the server's: closed loop
 * (N clients, each sends its next request when the previous answers) or open loop (requests sent on a fixed schedule,
 * latency measured from the scheduled instant, so a slow server cannot hide its queue — no coordinated omission).
 */
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { LoadJob, LoadResult } from './load';

const job = workerData as LoadJob;

type Send = (i: number) => Promise<string | null>; // null = ok, otherwise an error description

function backendTicks(pids: number[]): number {
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

async function httpSender(): Promise<{ send: Send; close(): Promise<number | null> }> {
  if (job.target.kind !== 'http') throw new Error('not http');
  const { url, token, bodies } = job.target;
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections, maxFreeSockets: job.connections });
  const buffers = bodies.map((body) => Buffer.from(body));
  const send: Send = (i) =>
    new Promise((resolve) => {
      const body = buffers[i % buffers.length];
      const request = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${token}` },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode !== 200) resolve(`HTTP ${response.statusCode}: ${text.slice(0, 300)}`);
            else if (text.startsWith('{"errors"') || text.includes('"errors":[')) resolve(text.slice(0, 300));
            else resolve(null);
          });
          response.on('error', (error) => resolve(String(error)));
        },
      );
      request.on('error', (error) => resolve(String(error)));
      request.end(body);
    });
  return {
    send,
    close: async () => {
      agent.destroy();
      return null;
    },
  };
}

async function sqlSender(): Promise<{ send: Send; close(): Promise<number | null> }> {
  if (job.target.kind !== 'sql') throw new Error('not sql');
  const { databaseUrl, text, params } = job.target;
  const clients: pg.Client[] = [];
  for (let i = 0; i < job.connections; i++) {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'elevate-bench-baseline' });
    await client.connect();
    clients.push(client);
  }
  // The baseline's own Postgres CPU: its backends' /proc ticks over the whole run (same machine).
  const pids = await Promise.all(clients.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number));
  const ticksAtStart = backendTicks(pids);
  const free = [...clients];
  const waiting: ((client: pg.Client) => void)[] = [];
  const acquire = () => (free.length ? Promise.resolve(free.pop() as pg.Client) : new Promise<pg.Client>((resolve) => waiting.push(resolve)));
  const release = (client: pg.Client) => {
    const next = waiting.shift();
    if (next) next(client);
    else free.push(client);
  };
  const send: Send = async (i) => {
    const client = await acquire();
    try {
      const result = await client.query(text, params[i % params.length]);
      return result.rowCount === null ? 'no result' : null;
    } catch (error) {
      return String(error);
    } finally {
      release(client);
    }
  };
  return {
    send,
    close: async () => {
      const ms = (backendTicks(pids) - ticksAtStart) * 10;
      await Promise.all(clients.map((c) => c.end()));
      return Number.isFinite(ms) ? ms : null;
    },
  };
}

async function main(): Promise<LoadResult> {
  const { send, close } = job.target.kind === 'http' ? await httpSender() : await sqlSender();
  const latencies: number[] = [];
  const errors: string[] = [];
  let errorCount = 0;
  let next = 0;
  const t0 = performance.now() + 50;
  const measureFrom = t0 + job.warmupMs;
  const measureTo = measureFrom + job.durationMs;
  let completedInWindow = 0;
  let completed = 0;
  const record = (intended: number, error: string | null) => {
    const done = performance.now();
    completed++;
    if (done >= measureFrom && done < measureTo) completedInWindow++;
    if (intended < measureFrom || intended >= measureTo) return;
    if (error) {
      errorCount++;
      if (errors.length < 5) errors.push(error);
    }
    latencies.push(done - intended);
  };
  let lateAtEnd = 0;
  let censored = 0;

  while (performance.now() < t0) await new Promise((resolve) => setTimeout(resolve, 5));
  if (job.plan.mode === 'closed') {
    const loop = async () => {
      while (performance.now() < measureTo) {
        const i = next++;
        const started = performance.now();
        record(started, await send(i));
      }
    };
    await Promise.all(Array.from({ length: job.plan.concurrency }, loop));
  } else {
    const interval = 1000 / job.plan.rate;
    const inflight = new Map<number, number>(); // request number → scheduled instant
    let k = 0;
    while (true) {
      const now = performance.now();
      if (now >= measureTo) break;
      // Send everything due by now, each stamped with its scheduled instant.
      while (t0 + k * interval <= now) {
        const intended = t0 + k * interval;
        const n = next++;
        inflight.set(n, intended);
        void send(n).then((error) => {
          record(intended, error);
          inflight.delete(n);
        });
        k++;
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (performance.now() - now < 0.5) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const deadline = performance.now() + 15_000;
    while (inflight.size && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    lateAtEnd = inflight.size;
    // Never answered: counted at the time waited so far (a lower bound), so overload cannot shrink the percentiles.
    const end = performance.now();
    for (const intended of inflight.values()) {
      if (intended >= measureFrom && intended < measureTo) {
        latencies.push(end - intended);
        censored++;
      }
    }
  }
  const backendCpuMs = await close();
  return {
    backendCpuMs,
    latenciesMs: Float64Array.from(latencies),
    errors: errorCount,
    errorSamples: errors,
    windowMs: job.durationMs,
    completedInWindow,
    sent: next,
    completed,
    unansweredAtEnd: lateAtEnd,
    censored,
  };
}

main().then(
  (result) => parentPort?.postMessage({ ok: true, result }, [result.latenciesMs.buffer as ArrayBuffer]),
  (error) => parentPort?.postMessage({ ok: false, error: String(error?.stack ?? error) }),
);
