/** The parent side of lib/ws-worker.ts: start N subscribers on a worker thread or in a child process, collect what they received. */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { Worker } from 'node:worker_threads';
import type { WsEvent, WsJob } from './ws-worker';
import { countAsBenchClient, cpuReport, cpuSnapshot, type CpuReport } from './cpu';
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

/**
 * Starts N subscribers (lib/ws-worker.ts) on a worker thread, or in a child process when `inProcess` is false: a thread's
 * sockets count against this process's open-file limit, which the server in this process needs for its side of them (B8).
 */
export function startSubscribers(job: WsJob, { inProcess = true }: { inProcess?: boolean } = {}): Promise<Subscribers> {
  const peer = inProcess ? threadPeer(job) : processPeer(job);
  const waiters = new Map<string, (message: never) => void>();
  const next = <T,>(type: string) => new Promise<T>((resolve) => waiters.set(type, resolve as (message: never) => void));
  return new Promise((resolve, reject) => {
    peer.onMessage((message: { type: string; error?: string }) => {
      if (message.type === 'fatal') return reject(new Error(message.error));
      const waiter = waiters.get(message.type);
      waiters.delete(message.type);
      waiter?.(message as never);
    });
    peer.onError(reject);
    void next<{ connected: number; failed: number; ms: number; errors: string[] }>('ready').then((ready) =>
      resolve({
        connected: ready.connected,
        failed: ready.failed,
        connectMs: ready.ms,
        drain: () => {
          const p = next<{ events: WsEvent[]; errorCount: number; errors: string[]; closedEarly: number; open: number }>('events');
          peer.post({ cmd: 'drain' });
          return p;
        },
        close: async () => {
          const p = next('closed');
          peer.post({ cmd: 'close' });
          await p;
          await peer.terminate();
        },
      }),
    );
  });
}

interface Peer {
  onMessage(listener: (message: { type: string; error?: string }) => void): void;
  onError(listener: (error: Error) => void): void;
  post(message: unknown): void;
  terminate(): Promise<void>;
}

function threadPeer(job: WsJob): Peer {
  const worker = tsWorker('ws-worker.ts', job);
  return {
    onMessage: (listener) => worker.on('message', listener),
    onError: (listener) => worker.once('error', listener),
    post: (message) => worker.postMessage(message),
    terminate: async () => {
      await worker.terminate();
    },
  };
}

function processPeer(job: WsJob): Peer {
  // The job (thousands of tokens) in a file: an environment variable holds at most 128 KiB.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'elevate-ws-')), 'job.json');
  writeFileSync(file, JSON.stringify(job));
  const child = fork(path.join(__dirname, 'ws-worker.ts'), [], {
    execArgv: ['--require', require.resolve('tsx/cjs')],
    env: { ...process.env, BENCH_WS_JOB_FILE: file },
    serialization: 'advanced',
  });
  const uncount = countAsBenchClient(child.pid);
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    onMessage: (listener) => child.on('message', listener as (message: unknown) => void),
    onError: (listener) => {
      child.once('error', listener);
      child.once('exit', (code) => code && listener(new Error(`subscriber process exited with ${code}`)));
    },
    post: (message) => child.send(message as never),
    terminate: async () => {
      child.kill();
      await gone;
      uncount();
      rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
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

/**
 * `job.tokens` split across `processes` child processes (their sockets off this process's open-file limit), seen as one
 * set of subscribers: events carry the subscriber's index in `job.tokens`, as from one worker. Started one after the
 * other (the server is what limits how fast they connect); all of them are closed if one fails to start.
 */
export async function startSubscriberProcesses(job: WsJob, processes: number): Promise<Subscribers> {
  const share = Math.ceil(job.tokens.length / processes);
  const groups: { offset: number; subscribers: Subscribers }[] = [];
  try {
    for (let offset = 0; offset < job.tokens.length; offset += share) {
      groups.push({ offset, subscribers: await startSubscribers({ ...job, tokens: job.tokens.slice(offset, offset + share) }, { inProcess: false }) });
    }
  } catch (error) {
    await Promise.all(groups.map((group) => group.subscribers.close()));
    throw error;
  }
  return {
    connected: groups.reduce((sum, group) => sum + group.subscribers.connected, 0),
    failed: groups.reduce((sum, group) => sum + group.subscribers.failed, 0),
    connectMs: groups.reduce((sum, group) => sum + group.subscribers.connectMs, 0),
    drain: async () => {
      const drained = await Promise.all(groups.map(async ({ offset, subscribers }) => ({ offset, drained: await subscribers.drain() })));
      return {
        events: drained.flatMap(({ offset, drained: d }) => d.events.map(([index, at, kind, id]): WsEvent => [index + offset, at, kind, id])),
        errorCount: drained.reduce((sum, { drained: d }) => sum + d.errorCount, 0),
        errors: drained.flatMap(({ drained: d }) => d.errors).slice(0, 10),
        closedEarly: drained.reduce((sum, { drained: d }) => sum + d.closedEarly, 0),
        open: drained.reduce((sum, { drained: d }) => sum + d.open, 0),
      };
    },
    close: async () => {
      await Promise.all(groups.map((group) => group.subscribers.close()));
    },
  };
}
