import http from 'node:http';
import os from 'node:os';
import type { Pool } from 'pg';
import type { RunningApp } from './server';

export interface BenchResult {
  id: string;
  name: string;
  metric: string;
  value: number;
  baseline: number | null;
  ratio: number | null;
  goal: string;
  pass: boolean;
  details: Record<string, unknown>;
}

export interface BenchContext {
  app: RunningApp;
  url: string;
  databaseUrl: string;
  /** A pool for setup queries and baselines run from the main thread. */
  sql: Pool;
  seed: number;
  tokens: { admin: string; owner: string; user: string };
  /** Measuring window and warm-up per load run, in ms. */
  durationMs: number;
  warmupMs: number;
  gql<T = Record<string, unknown>>(token: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string }[] }>;
  log(message: string): void;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** One POST /graphql over keep-alive HTTP (setup and validation; load runs use the worker threads). */
export function gqlClient(url: string) {
  const u = new URL(url);
  return <T,>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    new Promise<{ data?: T; errors?: { message: string }[] }>((resolve, reject) => {
      const body = Buffer.from(JSON.stringify({ query, variables }));
      const request = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}

export function machine() {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadavg: os.loadavg().map((x) => Number(x.toFixed(2))) };
}
