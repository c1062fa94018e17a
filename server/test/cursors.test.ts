import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { changedTables, databaseState, expectRejected } from './support/state';
import { wsClient, wsRequest } from './support/ws';

/**
 * R5 at the edge: a cursor is opaque, but a client can craft one. Every list decodes its cursor through one typed
 * schema (graphql/connection.ts), so a cursor of the right shape with parts of the wrong kind — an id that is no UUID,
 * an instant PostgreSQL cannot store — is refused as BAD_USER_INPUT before any SQL, over HTTP and WebSocket alike.
 * The DateTime scalar likewise refuses instants outside years 0001–9999 wherever a DateTime is accepted.
 */

const cursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const NOW = '2026-01-01T00:00:00.000Z';
const id = randomUUID();

/** [time, id] cursors of the newest-first lists, crafted. */
const TIMED: [string, unknown[]][] = [
  ['a non-UUID id', [NOW, 'not-a-uuid']],
  ['an SQL fragment as the id', [NOW, "x' OR '1'='1"]],
  ['the smallest JavaScript date', ['-271821-04-20T00:00:00.000Z', id]],
  ['the largest JavaScript date', ['+275760-09-13T00:00:00.000Z', id]],
  ['year 0', ['0000-01-01T00:00:00.000Z', id]],
  ['a date PostgreSQL cannot read', ['2026-02-30T00:00:00.000Z', id]],
  ['a time as a number', [1_700_000_000_000, id]],
  ['a word for the time', ['yesterday', id]],
  ['an id as a number', [NOW, 42]],
  ['null parts', [null, null]],
];

const LISTS: { name: string; query: string; parts: [string, unknown[]][]; variables?: Record<string, unknown> }[] = [
  { name: 'notifications', query: 'query($after: String) { notifications(after: $after) { totalCount edges { cursor } } }', parts: TIMED },
  { name: 'activationEvents', query: 'query($after: String) { activationEvents(after: $after) { totalCount edges { cursor } } }', parts: TIMED },
  { name: 'roleRequests', query: 'query($after: String) { roleRequests(after: $after) { totalCount edges { cursor } } }', parts: TIMED },
  {
    name: 'roleRequests awaiting my decision',
    query: 'query($after: String) { roleRequests(after: $after, filter: { awaitingMyDecision: true }) { totalCount edges { cursor } } }',
    parts: TIMED,
  },
  {
    name: 'principals',
    query: 'query($after: String) { principals(after: $after) { totalCount edges { cursor } } }',
    parts: [
      ['a non-UUID id', ['Alice', 'not-a-uuid']],
      ['a name as a number', [7, id]],
      ['a NUL byte in the name', ['Al\u0000ice', id]],
      ['null parts', [null, null]],
    ],
  },
  {
    name: 'roleAssignments',
    query: 'query($after: String) { roleAssignments(after: $after) { totalCount edges { cursor } } }',
    parts: [
      ['a non-UUID row', ['not-a-uuid']],
      ['a row of a group with a bad member', [`${id}:nope`]],
      ['a number', [12]],
      ['null', [null]],
    ],
  },
  {
    name: 'auditEvents',
    query: 'query($after: String) { auditEvents(after: $after) { totalCount edges { cursor } } }',
    parts: [
      ['a negative sequence', ['-1']],
      ['an exponent', ['1e5']],
      ['beyond bigint', ['99999999999999999999']],
      ['a UUID', [id]],
      ['a number', [5]],
    ],
  },
];

const DATETIME_ARGS: { name: string; query: string; variables: (asOf: string, principalId: string) => Record<string, unknown> }[] = [
  { name: 'effectiveAccess asOf', query: 'query($p: ID!, $asOf: DateTime) { effectiveAccess(principalId: $p, asOf: $asOf) { endAt } }', variables: (asOf, p) => ({ p, asOf }) },
  {
    name: 'roleAssignments filter.asOf',
    query: 'query($asOf: DateTime) { roleAssignments(filter: { asOf: $asOf }) { totalCount } }',
    variables: (asOf) => ({ asOf }),
  },
  {
    name: 'auditEvents filter.from',
    query: 'query($from: DateTime) { auditEvents(filter: { from: $from }) { totalCount } }',
    variables: (from) => ({ from }),
  },
];
const OUT_OF_RANGE = ['0000-01-01T00:00:00Z', '0000-12-31T23:59:59.999Z', '9999-12-31T23:59:59-14:00', '9999-12-31T23:59:60Z'];
const IN_RANGE = ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '1970-01-01T00:00:00+14:00'];

describe('crafted cursors and out-of-range instants (R5)', () => {
  let t: TestApp;
  let admin: string;
  let ws: Client;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@contoso.test');
    adminId = await t.ids.principal('admin@contoso.test');
    ws = wsClient(t.url, admin);
  });
  afterAll(async () => {
    await ws?.dispose();
    await t?.stop();
  });

  for (const list of LISTS) {
    it(`${list.name}: refuses every crafted cursor with BAD_USER_INPUT, over HTTP and WebSocket`, async () => {
      const before = await databaseState(t);
      for (const [label, parts] of list.parts) {
        const variables = { after: cursor(parts) };
        expectRejected(`${list.name} after: ${label}`, await t.gql(admin, list.query, variables), ['BAD_USER_INPUT']);
        const overWs = await wsRequest(ws, list.query, variables);
        expect(overWs.errors?.map((e) => e.extensions?.code), `${list.name} after: ${label} over WebSocket: ${JSON.stringify(overWs)}`).toEqual([
          'BAD_USER_INPUT',
        ]);
      }
      expect(changedTables(before, await databaseState(t))).toEqual([]);
    });
  }

  it('still pages with the cursors the lists hand out', async () => {
    for (const list of LISTS) {
      const first = await t.gql<Record<string, { edges: { cursor: string }[] }>>(admin, list.query.replace('(after: $after', '(first: 1, after: $after'), {});
      expect(first.errors, `${list.name}: ${JSON.stringify(first.errors)}`).toBeUndefined();
      const edges = Object.values(first.data ?? {})[0].edges;
      if (!edges.length) continue;
      const next = await t.gql(admin, list.query, { after: edges[0].cursor });
      expect(next.errors, `${list.name} page 2: ${JSON.stringify(next.errors)}`).toBeUndefined();
    }
  });

  for (const arg of DATETIME_ARGS) {
    it(`${arg.name}: refuses instants outside years 0001–9999 and accepts those inside`, async () => {
      for (const instant of OUT_OF_RANGE) {
        const result = await t.gql(admin, arg.query, arg.variables(instant, adminId));
        expectRejected(`${arg.name} = ${instant}`, result, ['BAD_USER_INPUT']);
        const overWs = await wsRequest(ws, arg.query, arg.variables(instant, adminId));
        expect(overWs.errors?.map((e) => e.extensions?.code), `${arg.name} = ${instant} over WebSocket`).toEqual(['BAD_USER_INPUT']);
      }
      for (const instant of IN_RANGE) {
        const result = await t.gql(admin, arg.query, arg.variables(instant, adminId));
        expect(result.errors, `${arg.name} = ${instant}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      }
    });
  }

  it('GET /audit/export: refuses from/to outside the same range', async () => {
    for (const instant of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59-14:00']) {
      const response = await fetch(`${t.url.replace(/\/graphql$/, '')}/audit/export?format=ndjson&from=${encodeURIComponent(instant)}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      const body = await response.text();
      expect(response.status, `${instant}: ${body.slice(0, 200)}`).toBe(400);
      expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'from' } }] });
    }
  });

  it('refuses an out-of-range instant written in the document too', async () => {
    const result = await t.gql(admin, `query($p: ID!) { effectiveAccess(principalId: $p, asOf: "0000-01-01T00:00:00Z") { endAt } }`, { p: adminId });
    expectRejected('literal asOf in year 0', result, ['BAD_USER_INPUT']);
  });
});
