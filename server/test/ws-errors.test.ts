import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLogLevel } from '../src/lib/logger';
import { startTestApp, type TestApp } from './support/app';
import { wsClient, wsRequest, type WsResult } from './support/ws';

/**
 * One error path for every transport (STYLE.md 13, API.md "Errors carry extensions.code … nothing else leaks"): over
 * graphql-ws, errors carry the same `extensions.code` as over HTTP; an unexpected error (here a real PostgreSQL failure)
 * reaches the client as INTERNAL_SERVER_ERROR with no SQL text, and is logged on the server. The same holds for
 * GET /audit/export.
 */

const INBOX = '{ notifications(first: 5) { totalCount edges { node { id } } } }';
const PG_TEXT = /column|does not exist|relation|syntax|select|QueryFailed|read_at/i;
/** What a client could read of an error besides where it points: its message and extensions. */
const readable = (answer: { errors?: { message: string; extensions?: unknown }[] }) =>
  JSON.stringify((answer.errors ?? []).map(({ message, extensions }) => ({ message, extensions })));

type Answer = WsResult & { closed?: string };

const over = (client: Client, query: string, variables?: Record<string, unknown>): Promise<Answer> =>
  wsRequest(client, query, variables).then(
    (result) => result,
    (error: Error) => ({ closed: error.message }),
  );

const codesOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => (answer.errors ?? []).map((error) => error.extensions?.code);

describe('errors over WebSocket take the same path as over HTTP', () => {
  let t: TestApp;
  let alice: string;
  let anonymous: Client;
  let asAlice: Client;

  beforeAll(async () => {
    t = await startTestApp();
    alice = await t.signIn('alice@contoso.test');
    anonymous = wsClient(t.url);
    asAlice = wsClient(t.url, alice);
  });
  afterAll(async () => {
    await anonymous?.dispose();
    await asAlice?.dispose();
    await t?.stop();
  });

  describe('domain errors keep their code', () => {
    const cases: { name: string; client: () => Client; query: string; variables?: Record<string, unknown>; code: string }[] = [
      { name: 'me, signed out', client: () => anonymous, query: '{ me { id } }', code: 'UNAUTHENTICATED' },
      { name: 'a mutation, signed out', client: () => anonymous, query: 'mutation { markAllNotificationsRead }', code: 'UNAUTHENTICATED' },
      { name: 'a request that does not exist', client: () => asAlice, query: 'query($id: ID!) { roleRequest(id: $id) { id } }', variables: { id: randomUUID() }, code: 'NOT_FOUND' },
      { name: 'a plain user verifying the audit log', client: () => asAlice, query: '{ verifyAudit { ok } }', code: 'FORBIDDEN' },
      { name: 'a months duration in a variable', client: () => asAlice, query: 'mutation($d: Duration!) { activateRole(input: { roleId: "x", scopeId: "y", duration: $d }) { id } }', variables: { d: 'P1M' }, code: 'BAD_USER_INPUT' },
      { name: 'a field that does not exist', client: () => asAlice, query: '{ me { password } }', code: 'BAD_USER_INPUT' },
      { name: 'a document that does not parse', client: () => asAlice, query: '{ me { ', code: 'BAD_USER_INPUT' },
      { name: 'a subscription with an id that names nothing', client: () => asAlice, query: 'subscription { activations(scopeId: "not-an-id") { at } }', code: 'NOT_FOUND' },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const ws = await over(c.client(), c.query, c.variables);
        expect(ws.closed, `${c.name}: the connection was closed`).toBeUndefined();
        expect(codesOf(ws), `${c.name}: ${JSON.stringify(ws)}`).toEqual([c.code]);
        // The same document over HTTP answers the same code.
        if (!c.query.startsWith('subscription')) {
          const http = await t.gql(c.client() === anonymous ? null : alice, c.query, c.variables);
          expect(codesOf(http), `${c.name} over HTTP: ${JSON.stringify(http)}`).toEqual([c.code]);
        }
      });
    }
  });

  describe('unexpected errors', () => {
    let captured = '';
    const original = process.stderr.write;
    afterEach(async () => {
      process.stderr.write = original;
      setLogLevel('error');
      await t.sql('ALTER TABLE in_app_notification RENAME COLUMN read_at_broken TO read_at').catch(() => undefined);
    });

    it('are masked as INTERNAL_SERVER_ERROR without SQL text, and logged, over WebSocket, HTTP and the export', async () => {
      // A real database failure: the column the inbox reads is gone for the length of this test.
      await t.sql('ALTER TABLE in_app_notification RENAME COLUMN read_at TO read_at_broken');
      captured = '';
      process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
        captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
        return (original as (...args: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
      }) as typeof process.stderr.write;

      const ws = await over(asAlice, INBOX);
      expect(ws.closed, 'the connection was closed').toBeUndefined();
      expect(codesOf(ws), JSON.stringify(ws)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(ws.errors?.[0].message).toBe('Internal server error');
      expect(readable(ws)).not.toMatch(PG_TEXT);
      expect(captured, 'the WebSocket error was not logged').toMatch(/unexpected error/);
      expect(captured).toMatch(/read_at/);

      captured = '';
      const http = await t.gql(alice, INBOX);
      expect(codesOf(http)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(readable(http)).not.toMatch(PG_TEXT);
      expect(captured, 'the HTTP error was not logged').toMatch(/unexpected error/);

      // The connection still serves other operations after a masked error.
      expect(await over(asAlice, '{ me { email } }')).toEqual({ data: { me: { email: 'alice@contoso.test' } } });
    });
  });

  describe('GET /audit/export', () => {
    const original = process.stderr.write;
    afterEach(async () => {
      process.stderr.write = original;
      await t.sql('ALTER TABLE audit_event RENAME COLUMN justification_broken TO justification').catch(() => undefined);
    });

    it('answers a domain error with its code and an unexpected one masked and logged', async () => {
      const exportUrl = (query: string) => `${t.url.replace(/\/graphql$/, '')}/audit/export?${query}`;
      const bad = await fetch(exportUrl('format=xml'), { headers: { authorization: `Bearer ${alice}` } });
      expect(bad.status).toBe(400);
      expect(codesOf((await bad.json()) as WsResult)).toEqual(['BAD_USER_INPUT']);

      await t.sql('ALTER TABLE audit_event RENAME COLUMN justification TO justification_broken');
      let captured = '';
      process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
        captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
        return (original as (...args: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
      }) as typeof process.stderr.write;
      const broken = await fetch(exportUrl('format=ndjson'), { headers: { authorization: `Bearer ${alice}` } });
      const text = await broken.text();
      expect(broken.status, text).toBe(500);
      expect(codesOf(JSON.parse(text) as WsResult)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(text).not.toMatch(/justification|column|does not exist/i);
      expect(captured).toMatch(/unexpected error/);
    });
  });
});
