import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/demo-seed';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/app';
import { changedTables, databaseState } from './support/state';
import { wsClient, wsRequest, type WsResult } from './support/ws';

/**
 * R6: abusive documents — deeper than 10, more than 15 aliases, costlier than the limit, longer than 1,000 tokens,
 * batched — are refused before anything executes, over HTTP and over WebSocket. In production, introspection is
 * refused and error messages make no "Did you mean …" suggestions; in development both are available.
 */

const nest = (levels: number, field: string, leaf: string) => `${`${field} { `.repeat(levels)}${leaf}${' }'.repeat(levels)}`;

/** `{ me { manager { … { id } } } }` with exactly `depth` levels of fields (me is 1, the leaf is `depth`). */
const meOfDepth = (depth: number) => `{ me { ${nest(depth - 2, 'manager', 'id')} } }`;

/** A document that would write: a custom role, plus a sign-in (a session and an audit event) — if it ran. */
const writes = (probe: string, signInSelection: string) => `mutation {
  createCustomRole(input: { name: "${probe}", kind: DIRECTORY }) { id }
  signIn(email: "admin@contoso.test", password: "${DEMO_PASSWORD}") { ${signInSelection} }
}`;

/** Over the cost limit (5,000) with a depth of 10 and no aliases: many fields at the deepest level. */
const costly = (leaves: number) => `user { ${nest(7, 'manager', Array(leaves).fill('id').join(' '))} }`;

/** `first: 100` multiplies the cost of the whole selection (graphql-armor); 7,000-odd at 100, 3,500 at 50. */
const assignmentsPage = (first: string) =>
  `roleAssignments(first: ${first}) { edges { node { id startAt endAt principal { id displayName } role { id name } scope { id name } } } }`;

/** Five lists in one document, each with `page` (e.g. "(first: 5)", or "" to leave the page size out). */
const fiveLists = (page: string) => `{
  a: roleAssignments${page} { edges { node { id startAt endAt principal { id displayName } role { id name } scope { id name } } } }
  b: roleRequests${page} { edges { node { id status principal { id displayName } role { id name } scope { id name } } } }
  c: auditEvents${page} { edges { node { id action at actor { id displayName } role { id name } scope { id name } } } }
  d: principals${page} { edges { node { id displayName type enabled } } }
  e: activationEvents${page} { edges { node { at kind assignment { id startAt endAt role { id name } scope { id name } } } } }
}`;

/** A valid query of exactly `tokens` lexical tokens: `{ scopes(types: [TENANT, …]) { id } }` has 12 besides the list. */
const scopesOfTokens = (tokens: number) => `{ scopes(types: [${Array(tokens - 12).fill('TENANT').join(', ')}]) { id } }`;

function expectRefusedBeforeExecution(label: string, result: GraphQLResponse, pattern: RegExp) {
  const summary = `${label}: HTTP ${result.status} ${JSON.stringify(result).slice(0, 400)}`;
  expect(result.status, summary).toBe(400);
  expect(result.data ?? null, `${summary} — something executed`).toBeNull();
  expect(result.errors?.length, summary).toBeGreaterThan(0);
  expect(result.errors?.[0].extensions?.code, summary).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0].message, summary).toMatch(pattern);
}

function expectWsRefused(label: string, result: WsResult, pattern: RegExp) {
  const summary = `${label}: ${JSON.stringify(result).slice(0, 400)}`;
  expect(result.data ?? null, `${summary} — something executed`).toBeNull();
  expect(result.errors?.length, summary).toBeGreaterThan(0);
  expect(result.errors?.map((e) => e.message).join(' | '), summary).toMatch(pattern);
}

const DEPTH = /depth limit of 10/i;
const ALIASES = /aliases limit of 15/i;
const COST = /cost limit of 5000/i;
const TOKENS = /more tha[nt] 1000 tokens/i;
const SUGGESTION = /did you mean/i;

describe('query limits (R6)', () => {
  let t: TestApp;
  let admin: string;
  let ws: Client;

  const probesCreated = async (prefix: string) =>
    (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM role_definition WHERE name LIKE $1', [`${prefix}%`]))[0].n;

  /** Sends `document` and asserts that it was refused and that nothing at all changed in the database or the audit log. */
  async function refusedOverHttp(label: string, document: string, pattern: RegExp, probe?: string) {
    const before = await databaseState(t);
    const result = await t.gql(admin, document);
    // First that nothing ran, then that the refusal is a proper client error.
    expect(changedTables(before, await databaseState(t)), `${label}: the database changed`).toEqual([]);
    if (probe) expect(await probesCreated(probe), `${label}: the mutation ran`).toBe(0);
    expectRefusedBeforeExecution(label, result, pattern);
  }

  async function refusedOverWs(label: string, document: string, pattern: RegExp, probe?: string) {
    const before = await databaseState(t);
    const outcome = await wsRequest(ws, document).then(
      (result) => ({ result, closed: null }),
      (error: Error) => ({ result: null, closed: error }),
    );
    expect(changedTables(before, await databaseState(t)), `${label}: the database changed`).toEqual([]);
    if (probe) expect(await probesCreated(probe), `${label}: the mutation ran`).toBe(0);
    // A refusal is an error message on the operation; closing the whole connection would end every other operation on it.
    expect(outcome.closed?.message, `${label}: the connection was closed instead of the operation refused`).toBeUndefined();
    expectWsRefused(label, outcome.result as WsResult, pattern);
  }

  beforeAll(async () => {
    // The limits are exercised at 5,000 (the default is 25,000, so that a page of 100 full rows fits).
    t = await startTestApp({ config: { QUERY_MAX_COST: '5000' } });
    admin = await t.signIn('admin@contoso.test');
    await t.gql(admin, '{ __typename }');
    ws = wsClient(t.url, admin);
  });
  afterAll(async () => {
    await ws?.dispose();
    await t?.stop();
  });

  describe('over HTTP', () => {
    it('accepts a document of depth 10 and refuses depth 11, before executing anything', async () => {
      const ok = await t.gql(admin, meOfDepth(10));
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      await refusedOverHttp('query of depth 11', meOfDepth(11), DEPTH);
      await refusedOverHttp('query of depth 50', meOfDepth(50), DEPTH);
      await refusedOverHttp('mutation of depth 11', writes('R6 depth probe', `token user { ${nest(8, 'manager', 'id')} }`), DEPTH, 'R6 depth probe');
    });

    it('counts depth through fragments', async () => {
      const fragments = `query { me { ...A } }
        fragment A on User { manager { ...B } }
        fragment B on User { manager { ...C } }
        fragment C on User { manager { ...D } }
        fragment D on User { manager { manager { manager { manager { manager { manager { manager { id } } } } } } } }`;
      await refusedOverHttp('fragments reaching depth 13', fragments, DEPTH);
    });

    it('accepts 15 aliases and refuses 16, before executing anything', async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const ok = await t.gql(admin, aliases(15));
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      await refusedOverHttp('16 aliases', aliases(16), ALIASES);
      const mutations = `mutation { ${Array.from({ length: 16 }, (_, i) => `r${i}: createCustomRole(input: { name: "R6 alias probe ${i}", kind: DIRECTORY }) { id }`).join(' ')} }`;
      await refusedOverHttp('16 aliased mutations', mutations, ALIASES, 'R6 alias probe');
      const viaFragment = `query { ...Q } fragment Q on Query { ${Array.from({ length: 16 }, (_, i) => `b${i}: me { id }`).join(' ')} }`;
      await refusedOverHttp('16 aliases in a fragment', viaFragment, ALIASES);
    });

    it('accepts a page of 50 and refuses the same selection at 100, whose cost is over the limit', async () => {
      const ok = await t.gql(admin, `{ ${assignmentsPage('50')} }`);
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      await refusedOverHttp('roleAssignments(first: 100) with nested fields', `{ ${assignmentsPage('100')} }`, COST);
    });

    it('refuses a costly mutation before executing it', async () => {
      await refusedOverHttp('costly mutation', writes('R6 cost probe', costly(150)), COST, 'R6 cost probe');
    });

    it('prices `first` given as a variable like the same number written in the document', async () => {
      // The cost rule sees the document only: with `first: $first` it cannot know the page size unless it assumes the worst.
      const before = await databaseState(t);
      const result = await t.gql(admin, `query($first: Int) { ${assignmentsPage('$first')} }`, { first: 100 });
      expectRefusedBeforeExecution('roleAssignments(first: $first = 100)', result, COST);
      expect(changedTables(before, await databaseState(t))).toEqual([]);
    });

    it('prices a list without `first` at its default page size, so leaving it out does not slip past the limit', async () => {
      const found = (result: GraphQLResponse) => /found (\d+)/.exec(result.errors?.[0]?.message ?? '')?.[1];
      const small = await t.gql(admin, fiveLists('(first: 5)'));
      expect(small.errors, JSON.stringify(small.errors)).toBeUndefined();
      const explicit = await t.gql(admin, fiveLists('(first: 25)'));
      expectRefusedBeforeExecution('five lists of 25', explicit, COST);
      await refusedOverHttp('five lists without first', fiveLists(''), COST);
      // Priced exactly as the page the resolvers will return (25), not as one row.
      expect(found(await t.gql(admin, fiveLists('')))).toBe(found(explicit));
      // first: null is the default page as well.
      expect(found(await t.gql(admin, fiveLists('(first: null)')))).toBe(found(explicit));
    });

    it('refuses a document of more than 1,000 tokens before executing it', async () => {
      const ok = await t.gql(admin, scopesOfTokens(980));
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      await refusedOverHttp('query of 1,001 tokens', scopesOfTokens(1001), TOKENS);
      const permissions = Array.from({ length: 1000 }, (_, i) => `"p${i}"`).join(', ');
      await refusedOverHttp(
        'mutation of 1,000+ tokens',
        `mutation { createCustomRole(input: { name: "R6 token probe", kind: DIRECTORY, permissions: [${permissions}] }) { id } }`,
        TOKENS,
        'R6 token probe',
      );
    });

    it('refuses batched operations (a JSON array) without executing any of them', async () => {
      const before = await databaseState(t);
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify([
          { query: 'mutation { createCustomRole(input: { name: "R6 batch probe 1", kind: DIRECTORY }) { id } }' },
          { query: 'mutation { createCustomRole(input: { name: "R6 batch probe 2", kind: DIRECTORY }) { id } }' },
          { query: `mutation { signIn(email: "admin@contoso.test", password: "${DEMO_PASSWORD}") { token } }` },
        ]),
      });
      const text = await response.text();
      expect(response.status, text).toBe(400);
      expect(text).toMatch(/batch/i);
      expect(text).not.toMatch(/"token"|R6 batch probe/);
      expect(changedTables(before, await databaseState(t))).toEqual([]);
      expect(await probesCreated('R6 batch probe')).toBe(0);
    });

    it('refuses a document with two operations and no operation name', async () => {
      const two = `mutation A { createCustomRole(input: { name: "R6 multi probe A", kind: DIRECTORY }) { id } }
                   mutation B { createCustomRole(input: { name: "R6 multi probe B", kind: DIRECTORY }) { id } }`;
      const before = await databaseState(t);
      const result = await t.gql(admin, two);
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(changedTables(before, await databaseState(t))).toEqual([]);
    });

    it('answers introspection and suggests field names in development', async () => {
      const schema = await t.gql<{ __schema: { queryType: { name: string } } }>(admin, '{ __schema { queryType { name } } }');
      expect(schema.data?.__schema.queryType.name).toBe('Query');
      const typo = await t.gql(admin, '{ me { emial } }');
      expect(typo.errors?.[0].message).toMatch(SUGGESTION);
    });
  });

  describe('over WebSocket (graphql-ws)', () => {
    it('answers a plain query, so that the refusals below are about the limits', async () => {
      const ok = await wsRequest(ws, meOfDepth(10));
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      expect(ok.data?.me).toBeTruthy();
    });

    const wsCases: [string, string, RegExp, string?][] = [
      ['query of depth 11', meOfDepth(11), DEPTH],
      ['mutation of depth 11', writes('R6 ws depth probe', `token user { ${nest(8, 'manager', 'id')} }`), DEPTH, 'R6 ws depth probe'],
      ['16 aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, ALIASES],
      ['costly mutation', writes('R6 ws cost probe', costly(150)), COST, 'R6 ws cost probe'],
      ['page of 100 with nested fields', `{ ${assignmentsPage('100')} }`, COST],
      ['five lists without first', fiveLists(''), COST],
      ['query of 1,001 tokens', scopesOfTokens(1001), TOKENS],
    ];
    it.each(wsCases)('refuses a %s before executing anything', async (label, document, pattern, probe) => {
      await refusedOverWs(label, document, pattern, probe);
    });
  });

  describe('in production', () => {
    let prod: TestApp;
    let prodAdmin: string;
    let prodWs: Client;

    beforeAll(async () => {
      // loadConfig requires DATABASE_URL in production; the test app connects to its own database whatever it says.
      prod = await startTestApp({ config: { NODE_ENV: 'production', DATABASE_URL: 'postgres://unused@127.0.0.1:5432/unused', QUERY_MAX_COST: '5000' } });
      prodAdmin = await prod.signIn('admin@contoso.test');
      prodWs = wsClient(prod.url, prodAdmin);
    });
    afterAll(async () => {
      await prodWs?.dispose();
      await prod?.stop();
    });

    const typos: [string, string][] = [
      ['a misspelt field', '{ me { emial } }'],
      ['a misspelt root field', '{ mee { id } }'],
      ['a misspelt argument', '{ roleDefinitions(knd: DIRECTORY) { id } }'],
      ['a misspelt enum value', '{ roleDefinitions(kind: DIRECTRY) { id } }'],
      ['a misspelt type', 'query($k: RoleKnd) { roleDefinitions(kind: $k) { id } }'],
      ['a misspelt input field', 'mutation { createCustomRole(input: { nme: "x", kind: DIRECTORY }) { id } }'],
    ];

    it('still answers ordinary queries', async () => {
      const me = await prod.gql<{ me: { email: string } }>(prodAdmin, '{ me { email } }');
      expect(me.data?.me.email).toBe('admin@contoso.test');
    });

    it('refuses introspection over HTTP', async () => {
      for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name fields { name } } }']) {
        const result = await prod.gql(prodAdmin, query);
        expect(result.data ?? null, `${query}: ${JSON.stringify(result)}`).toBeNull();
        expect(result.errors?.[0].extensions?.code, query).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].message, query).toMatch(/introspection/i);
        const anonymous = await prod.gql(null, query);
        expect(anonymous.data ?? null, `${query} (anonymous): ${JSON.stringify(anonymous)}`).toBeNull();
      }
    });

    it('makes no suggestions in error messages over HTTP', async () => {
      for (const [label, query] of typos) {
        const result = await prod.gql(prodAdmin, query);
        expect(result.errors?.length, label).toBeGreaterThan(0);
        for (const error of result.errors ?? []) expect(error.message, `${label}: ${error.message}`).not.toMatch(SUGGESTION);
      }
    });

    it('refuses introspection over WebSocket', async () => {
      for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name fields { name } } }']) {
        const result = await wsRequest(prodWs, query);
        expect(result.data ?? null, `${query}: ${JSON.stringify(result).slice(0, 300)}`).toBeNull();
        expect(result.errors?.length, query).toBeGreaterThan(0);
      }
    });

    it('makes no suggestions in error messages over WebSocket', async () => {
      for (const [label, query] of typos) {
        const result = await wsRequest(prodWs, query);
        expect(result.errors?.length, label).toBeGreaterThan(0);
        for (const error of result.errors ?? []) expect(error.message, `${label}: ${error.message}`).not.toMatch(SUGGESTION);
      }
    });

    it('keeps the limits in production', async () => {
      expectRefusedBeforeExecution('depth 11 over HTTP in production', await prod.gql(prodAdmin, meOfDepth(11)), /depth/i);
      expectWsRefused('depth 11 over WebSocket in production', await wsRequest(prodWs, meOfDepth(11)), /depth/i);
    });
  });
});
