// The built product for the browser benchmarks, started as the e2e suite starts it (e2e/support/serve.mjs: node
// server/dist/launch.js on a fresh database, dropped afterwards), and sign-in through its API.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const API_PORT = Number(process.env.BENCH_API_PORT ?? 4390);
export const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 3390);
export const web = `http://localhost:${WEB_PORT}`;
export const api = `http://localhost:${API_PORT}/graphql`;

/** Debian's Chromium; --no-sandbox only as root */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function waitFor(url: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer in ${seconds} s`);
}

/** Starts the product, runs `work` against it, stops it (and drops its database) whatever happens */
export async function withProduct<T>(work: () => Promise<T>): Promise<T> {
  const server = spawn(process.execPath, [path.join(root, 'e2e', 'support', 'serve.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(API_PORT), WEB_PORT: String(WEB_PORT), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopped = new Promise((resolve) => server.once('exit', resolve));
  try {
    await waitFor(`${web}/sign-in`, 180);
    return await work();
  } finally {
    server.kill('SIGTERM');
    await stopped;
  }
}

/** Signs in through the API; returns the session cookie's value (the token) */
export async function signIn(email: string): Promise<string> {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: email, p: 'Elevate-demo-1' } }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('elevate_session='));
  if (!cookie) throw new Error(`no session cookie for ${email}: ${await response.text()}`);
  return cookie.split(';')[0].slice('elevate_session='.length);
}

/** A GraphQL call with a bearer token */
export async function call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
