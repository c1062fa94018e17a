/** The parent side of lib/ws-worker.ts: start N subscribers on a worker thread, collect what they received. */
import path from 'node:path';
import type { Pool } from 'pg';
import { Worker } from 'node:worker_threads';
import type { WsEvent, WsJob } from './ws-worker';
import { cpuReport, cpuSnapshot, type CpuReport } from './cpu';
import type { FlowJob, FlowResult } from './flow-worker';

export interface Subscribers {
  connected: number;
  failed: number;
  connectMs: number;
  /** Events received since the last drain. */
  drain(): Promise<{ events: WsEvent[]; errorCount: number; errors: string[]; closedEarly: number; open: number }>;
  close(): Promise<void>;
}

export function tsWorker(file: string, workerData: unknown): Worker {
  const source = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(path.join(__dirname, file))});`;
  return new Worker(source, { eval: true, workerData });
}

export function startSubscribers(job: WsJob): Promise<Subscribers> {
  const worker = tsWorker('ws-worker.ts', job);
  const waiters = new Map<string, (message: never) => void>();
  const next = <T,>(type: string) => new Promise<T>((resolve) => waiters.set(type, resolve as (message: never) => void));
  return new Promise((resolve, reject) => {
    worker.on('message', (message: { type: string; error?: string }) => {
      if (message.type === 'fatal') return reject(new Error(message.error));
      const waiter = waiters.get(message.type);
      waiters.delete(message.type);
      waiter?.(message as never);
    });
    worker.once('error', reject);
    void next<{ connected: number; failed: number; ms: number; errors: string[] }>('ready').then((ready) =>
      resolve({
        connected: ready.connected,
        failed: ready.failed,
        connectMs: ready.ms,
        drain: () => {
          const p = next<{ events: WsEvent[]; errorCount: number; errors: string[]; closedEarly: number; open: number }>('events');
          worker.postMessage({ cmd: 'drain' });
          return p;
        },
        close: async () => {
          const p = next('closed');
          worker.postMessage({ cmd: 'close' });
          await p;
          await worker.terminate();
        },
      }),
    );
  });
}

/** Runs write flows (lib/flow-worker.ts) on a worker thread, with the CPU accounting of lib/cpu.ts around them. */
export async function runFlows(sql: Pool, job: FlowJob): Promise<FlowResult & { cpu: CpuReport }> {
  const before = await cpuSnapshot(sql);
  const result = await new Promise<FlowResult>((resolve, reject) => {
    const worker = tsWorker('flow-worker.ts', job);
    worker.once('message', (message: { ok: true; result: FlowResult } | { ok: false; error: string }) => {
      void worker.terminate();
      if (!message.ok) reject(new Error(message.error));
      else resolve(message.result);
    });
    worker.once('error', reject);
  });
  const work = job.items.filter((item) => item.approverToken).length ? 2 : 1;
  return { ...result, cpu: await cpuReport(sql, before, Math.max(1, result.started * work), result.backendCpuMs) };
}
