import { spawn, type ChildProcess } from 'node:child_process';
import { totpCode } from './support/totp';
import path from 'node:path';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/demo-seed';
import { createTestDatabase } from './support/database';
import { settle, subscribe } from './support/live';
import { wsClient } from './support/ws';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const dist = path.resolve(__dirname, '../dist/main.js');

/** Starts `node dist/main.js` (the built server, as in production) and resolves with its URL once it listens. */
function startServer(databaseUrl: string, port: number): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [dist], {
      env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info', SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Elevate API listening')) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}/graphql`, process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

async function gql<T>(url: string, token: string | null, query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

/** Two server processes on one database, events between them over Redis: an approval on one reaches a subscriber on the other. */
describe('two server processes', () => {
  const servers: ChildProcess[] = [];
  const clients: Client[] = [];
  let drop: () => Promise<void>;
  let a: string;
  let b: string;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const base = 41000 + Math.floor(Math.random() * 2000);
    const [first, second] = [await startServer(database.url, base), await startServer(database.url, base + 1)];
    servers.push(first.process, second.process);
    a = first.url;
    b = second.url;
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const server of servers) server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await drop?.();
  });

  const signIn = async (url: string, email: string) =>
    ((await gql<{ signIn: { token: string } }>(url, null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD })).data!).signIn
      .token;

  it('bob approves on process A; alice, subscribed on process B, sees it; bob’s queue on B updates too', async () => {
    const alice = await signIn(b, 'alice@contoso.test');
    const bob = await signIn(a, 'bob@contoso.test');
    const bobOnB = await signIn(b, 'bob@contoso.test');
    const aliceClient = wsClient(b, alice);
    const bobClient = wsClient(b, bobOnB);
    clients.push(aliceClient, bobClient);
    const mine = subscribe(aliceClient, 'subscription { myRequests { id status } }', (d) => d.myRequests as { id: string; status: string });
    const queue = subscribe(bobClient, 'subscription { approvalQueue { kind request { id } } }', (d) => d.approvalQueue as { kind: string; request: { id: string } });
    await settle(300);
    const roles = await gql<{ roleDefinitions: { id: string; name: string }[] }>(a, alice, '{ roleDefinitions(kind: DIRECTORY) { id name } }');
    const secAdmin = roles.data!.roleDefinitions.find((r) => r.name === 'Security Administrator')!.id;
    const scopes = await gql<{ scopes: { id: string }[] }>(a, alice, '{ scopes { id } }');
    // alice asks on process A.
    const asked = await gql<{ activateRole: { id: string; status: string } }>(
      a,
      alice,
      'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }',
      { input: { roleId: secAdmin, scopeId: scopes.data!.scopes[0].id, duration: 'PT1H', justification: 'two processes', mfaCode: await totpCode('JBSWY3DPEHPK3PXP') } },
    );
    expect(asked.data?.activateRole.status).toBe('PENDING_APPROVAL');
    const requestId = asked.data!.activateRole.id;
    await queue.waitFor((e) => e.kind === 'ADDED' && e.request.id === requestId);
    const approved = await gql<{ approveRequest: { status: string } }>(a, bob, 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "ok") { status } }', { id: requestId });
    expect(approved.data?.approveRequest.status).toBe('PROVISIONED');
    await mine.waitFor((e) => e.id === requestId && e.status === 'PROVISIONED');
    await queue.waitFor((e) => e.kind === 'REMOVED' && e.request.id === requestId);
  });

  it('an administrator disables carol on process A; her live feed on process B ends at once, with UNAUTHENTICATED', async () => {
    const admin = await signIn(a, 'admin@contoso.test');
    const carol = await signIn(b, 'carol@contoso.test');
    const carolClient = wsClient(b, carol);
    clients.push(carolClient);
    const ended = new Promise<string>((resolve) => {
      carolClient.subscribe(
        { query: 'subscription { notifications { id } }' },
        {
          next: (value) => {
            if (value.errors?.length) resolve(String((value.errors[0] as { extensions?: { code?: string } }).extensions?.code));
          },
          error: (error) => resolve(Array.isArray(error) ? String((error[0] as { extensions?: { code?: string } }).extensions?.code) : 'SOCKET'),
          complete: () => resolve('COMPLETE'),
        },
      );
    });
    await settle(300);
    const carolId = (await gql<{ viewer: { id: string } }>(b, carol, '{ viewer { id } }')).data!.viewer.id;
    const disabled = await gql<{ setPrincipalEnabled: { enabled: boolean } }>(a, admin, 'mutation($id: ID!) { setPrincipalEnabled(principalId: $id, enabled: false) { enabled } }', {
      id: carolId,
    });
    expect(disabled.data?.setPrincipalEnabled.enabled).toBe(false);
    expect(await ended).toBe('UNAUTHENTICATED');
  });
});
