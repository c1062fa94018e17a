/**
 * Subscribers on their own thread: N WebSocket clients speaking graphql-ws's protocol (graphql-transport-ws) straight
 * over `ws`, each signed in with its own bearer token in connectionParams, each with one subscription. Every `next` is
 * stamped on arrival (wall clock, sub-millisecond: performance.timeOrigin + now(), comparable with the main thread's) before
 * it is parsed. The parent asks for the events collected so far ('drain') and finally closes everything ('close').
 * Also runs as a child process (B8: its sockets must not count against the server's open-file limit), the job then in the
 * JSON file BENCH_WS_JOB_FILE names and the messages over the IPC channel.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

export interface WsJob {
  url: string;
  tokens: string[];
  query: string;
  variables?: Record<string, unknown>;
  /** Path to the id and kind in `data`: 'approvalQueue' → data.approvalQueue.{kind, request.id}; 'activations' → {kind, assignment.id}. */
  feed: 'approvalQueue' | 'activations';
  /** Sockets opened at once while connecting. */
  connectBatch?: number;
}

/** One received event: subscriber index, arrival (epoch ms), kind, object id. */
export type WsEvent = [number, number, string, string];

const job = (parentPort ? workerData : JSON.parse(readFileSync(process.env.BENCH_WS_JOB_FILE ?? '', 'utf8'))) as WsJob;
const channel = parentPort
  ? { post: (message: unknown) => parentPort!.postMessage(message), on: (listener: (message: { cmd: 'drain' | 'close' }) => void) => parentPort!.on('message', listener) }
  : { post: (message: unknown) => process.send!(message), on: (listener: (message: { cmd: 'drain' | 'close' }) => void) => process.on('message', listener) };
const now = () => performance.timeOrigin + performance.now();
const sockets: WebSocket[] = [];
let events: WsEvent[] = [];
const errors: string[] = [];
let errorCount = 0;
let closedEarly = 0;

function noteError(message: string) {
  errorCount++;
  if (errors.length < 10) errors.push(message.slice(0, 300));
}

function open(index: number, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(job.url, 'graphql-transport-ws', { perMessageDeflate: false });
    sockets[index] = socket;
    let acked = false;
    const timer = setTimeout(() => {
      if (!acked) {
        noteError(`subscriber ${index}: no connection_ack in 30 s`);
        resolve(false);
      }
    }, 30_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (raw: Buffer) => {
      const at = now();
      const message = JSON.parse(raw.toString('utf8')) as { type: string; id?: string; payload?: { data?: Record<string, { kind: string; request?: { id: string }; assignment?: { id: string } }>; errors?: unknown } | unknown[] };
      if (message.type === 'connection_ack') {
        acked = true;
        clearTimeout(timer);
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: job.query, variables: job.variables ?? {} } }));
        resolve(true);
      } else if (message.type === 'next') {
        const payload = message.payload as { data?: Record<string, { kind: string; request?: { id: string }; assignment?: { id: string } }>; errors?: unknown };
        const item = payload.data?.[job.feed];
        if (!item) return noteError(`subscriber ${index}: ${JSON.stringify(payload.errors ?? payload)}`);
        events.push([index, at, item.kind, (job.feed === 'approvalQueue' ? item.request?.id : item.assignment?.id) ?? '?']);
      } else if (message.type === 'error') {
        noteError(`subscriber ${index}: ${JSON.stringify(message.payload)}`);
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'complete') {
        noteError(`subscriber ${index}: subscription completed by the server`);
      }
    });
    socket.on('close', (code: number, reason: Buffer) => {
      if (!closing) {
        closedEarly++;
        noteError(`subscriber ${index}: closed ${code} ${reason.toString()}`);
      }
      if (!acked) resolve(false);
    });
    socket.on('error', (error: Error) => noteError(`subscriber ${index}: ${error.message}`));
  });
}

let closing = false;

async function main() {
  const started = now();
  const batch = job.connectBatch ?? 50;
  let connected = 0;
  for (let from = 0; from < job.tokens.length; from += batch) {
    const results = await Promise.all(job.tokens.slice(from, from + batch).map((token, i) => open(from + i, token)));
    connected += results.filter(Boolean).length;
  }
  channel.post({ type: 'ready', connected, failed: job.tokens.length - connected, ms: now() - started, errors });
  channel.on((message: { cmd: 'drain' | 'close' }) => {
    if (message.cmd === 'drain') {
      const out = events;
      events = [];
      channel.post({ type: 'events', events: out, errorCount, errors, closedEarly, open: sockets.filter((s) => s?.readyState === WebSocket.OPEN).length });
    } else if (message.cmd === 'close') {
      closing = true;
      for (const socket of sockets) socket?.terminate();
      channel.post({ type: 'closed' });
    }
  });
}

main().catch((error) => channel.post({ type: 'fatal', error: String(error?.stack ?? error) }));
