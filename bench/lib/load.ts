import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Pool } from 'pg';
import { cpuReport, cpuSnapshot, type CpuReport } from './cpu';
import { summarize, type Summary } from './stats';

export type LoadTarget =
  | { kind: 'http'; url: string; token: string; bodies: string[] }
  | { kind: 'sql'; databaseUrl: string; text: string; params: unknown[][] };

export type LoadPlan = { mode: 'closed'; concurrency: number } | { mode: 'open'; rate: number };

export interface LoadJob {
  target: LoadTarget;
  plan: LoadPlan;
  /** Sockets (HTTP) or pg clients (SQL). */
  connections: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  latenciesMs: Float64Array;
  errors: number;
  errorSamples: string[];
  windowMs: number;
  completedInWindow: number;
  sent: number;
  completed: number;
  unansweredAtEnd: number;
  censored: number;
  /** SQL runs: CPU of the load's own Postgres backends. */
  backendCpuMs: number | null;
}

export interface LoadReport {
  latency: Summary;
  /** Responses completed inside the measuring window, per second. */
  throughput: number;
  errors: number;
  errorSamples: string[];
  unansweredAtEnd: number;
  /** Samples of requests never answered (open loop): their latency is the time waited, a lower bound. */
  censored: number;
  backendCpuMs: number | null;
  /** Requests sent and answered, warm-up included. */
  sent: number;
  completed: number;
}

/** Runs one load job on a worker thread (TypeScript through tsx's CommonJS hook). */
export function runLoad(job: LoadJob): Promise<LoadReport> {
  const file = path.join(__dirname, 'load-worker.ts');
  const source = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(file)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: job });
    worker.once('message', (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      void worker.terminate();
      if (!message.ok) return reject(new Error(message.error));
      const r = message.result;
      resolve({
        latency: summarize(r.latenciesMs),
        throughput: r.completedInWindow / (r.windowMs / 1000),
        errors: r.errors,
        errorSamples: r.errorSamples,
        unansweredAtEnd: r.unansweredAtEnd,
        censored: r.censored ?? 0,
        backendCpuMs: r.backendCpuMs ?? null,
        sent: r.sent,
        completed: r.completed,
      });
    });
    worker.once('error', reject);
  });
}

/** A load run with the CPU accounting of lib/cpu.ts around it. */
export async function runMeasured(sql: Pool, job: LoadJob): Promise<LoadReport & { cpu: CpuReport }> {
  const before = await cpuSnapshot(sql);
  const report = await runLoad(job);
  return { ...report, cpu: await cpuReport(sql, before, report.completed, report.backendCpuMs) };
}
