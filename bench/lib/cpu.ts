/**
 * Where the CPU went during a load run, from /proc (Linux): the server's main thread (event-loop utilisation), this
 * whole process (server + load worker), the server's Postgres backends, the benchmark's client processes, and everything else on the machine — which on a
 * shared 2-core box is often the largest noise source, so each result records it.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';

const TICK_MS = 10; // CLK_TCK = 100 on Linux

function machineTicks(): { total: number; idle: number } {
  try {
    const [cpu] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
    const v = cpu.trim().split(/\s+/).slice(1, 9).map(Number);
    return { total: v.reduce((a, b) => a + b, 0), idle: v[3] + v[4] };
  } catch {
    return { total: NaN, idle: NaN };
  }
}

function pidTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return NaN;
  }
}

/** CPU ticks of this process's main thread (the server's event loop): /proc/self/task/<pid>/stat. */
function mainThreadTicks(): number {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

/** The benchmark's own client processes (subscribers in child processes): their CPU is not "everything else". */
const clientProcesses = new Set<number>();
export function countAsBenchClient(pid: number | undefined): () => void {
  if (pid === undefined) return () => undefined;
  clientProcesses.add(pid);
  return () => clientProcesses.delete(pid);
}

export interface CpuSnapshot {
  at: number;
  clients: Map<number, number>;
  mainThread: number;
  process: NodeJS.CpuUsage;
  machine: { total: number; idle: number };
  backends: Map<number, number>;
}

export async function cpuSnapshot(sql: Pool, applicationName = 'elevate'): Promise<CpuSnapshot> {
  const { rows } = await sql.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
    [applicationName],
  );
  return {
    at: performance.now(),
    mainThread: mainThreadTicks(),
    process: process.cpuUsage(),
    machine: machineTicks(),
    clients: new Map([...clientProcesses].map((pid) => [pid, pidTicks(pid)])),
    backends: new Map(rows.map((r) => [r.pid, pidTicks(r.pid)])),
  };
}

export interface CpuReport {
  seconds: number;
  /** Milliseconds of CPU per request. */
  perRequestMs: { serverMainThread: number; thisProcess: number; serverPostgres: number; baselinePostgres?: number };
  /** Share of the machine's cores (100 % = all cores busy). */
  machinePercent: { busy: number; serverMainThread: number; thisProcess: number; serverPostgres: number; baselinePostgres?: number; benchClients: number; everythingElse: number };
}

export async function cpuReport(sql: Pool, before: CpuSnapshot, requests: number, baselineBackendMs: number | null = null): Promise<CpuReport> {
  const after = await cpuSnapshot(sql);
  const seconds = (after.at - before.at) / 1000;
  const mainMs = (after.mainThread - before.mainThread) * TICK_MS;
  const processMs = (after.process.user - before.process.user + after.process.system - before.process.system) / 1000;
  let pgTicks = 0;
  for (const [pid, ticks] of after.backends) {
    const start = before.backends.get(pid) ?? 0;
    if (Number.isFinite(ticks) && Number.isFinite(start)) pgTicks += ticks - start;
  }
  const pgMs = pgTicks * TICK_MS;
  let clientTicks = 0;
  for (const [pid, ticks] of after.clients) {
    const start = before.clients.get(pid);
    if (start !== undefined && Number.isFinite(ticks) && Number.isFinite(start)) clientTicks += ticks - start;
  }
  const clientsMs = clientTicks * TICK_MS;
  const totalTicks = after.machine.total - before.machine.total;
  const busyTicks = totalTicks - (after.machine.idle - before.machine.idle);
  const capacityMs = totalTicks * TICK_MS; // all cores
  const pct = (ms: number) => Number(((100 * ms) / capacityMs).toFixed(1));
  const per = (ms: number) => Number((ms / Math.max(1, requests)).toFixed(3));
  const baseMs = baselineBackendMs ?? 0;
  return {
    seconds: Number(seconds.toFixed(1)),
    perRequestMs: {
      serverMainThread: per(mainMs),
      thisProcess: per(processMs),
      serverPostgres: per(pgMs),
      ...(baselineBackendMs !== null ? { baselinePostgres: per(baseMs) } : {}),
    },
    machinePercent: {
      busy: pct(busyTicks * TICK_MS),
      serverMainThread: pct(mainMs),
      thisProcess: pct(processMs),
      serverPostgres: pct(pgMs),
      ...(baselineBackendMs !== null ? { baselinePostgres: pct(baseMs) } : {}),
      benchClients: pct(clientsMs),
      everythingElse: pct(Math.max(0, busyTicks * TICK_MS - processMs - pgMs - baseMs - clientsMs)),
    },
  };
}
