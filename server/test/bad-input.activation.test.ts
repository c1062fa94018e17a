import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { changedTables, databaseState, expectRejected } from './support/state';

/** R5 for the holder's and the approver's mutations: refused with a clear code, never a 500, nothing changed. */
const ACTIVATE = 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id } }';
const APPROVE = 'mutation($id: ID!, $j: String, $d: Duration) { approveRequest(requestId: $id, justification: $j, duration: $d) { id } }';
const DENY = 'mutation($id: ID!, $j: String) { denyRequest(requestId: $id, justification: $j) { id } }';
const DECIDE = 'mutation($ids: [ID!]!, $d: Decision!, $j: String) { decideRequests(requestIds: $ids, decision: $d, justification: $j) { id } }';
const CANCEL = 'mutation($id: ID!) { cancelRequest(requestId: $id) { id } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateRole(assignmentId: $id) { id } }';
const EXTEND = 'mutation($id: ID!, $j: String!) { requestExtension(assignmentId: $id, justification: $j) { id } }';
const RENEW = 'mutation($id: ID!, $j: String!) { requestRenewal(assignmentId: $id, justification: $j) { id } }';
const BAD = ['BAD_USER_INPUT'];
const BAD_OR_MISSING = ['BAD_USER_INPUT', 'NOT_FOUND'];
const BAD_OR_POLICY = ['BAD_USER_INPUT', 'POLICY_VIOLATION'];

describe('bad input on activation and approval (R5)', () => {
  let t: TestApp;
  let alice: string;
  let bob: string;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    alice = await t.signInWithMfa('alice@contoso.test');
    bob = await t.signIn('bob@contoso.test');
    id.root = await t.ids.scope('/');
    id.secAdmin = await t.ids.role('Security Administrator');
    id.userAdmin = await t.ids.role('User Administrator');
    id.production = await t.ids.scope('Production');
    const asked = await t.gql<{ activateRole: { id: string } }>(alice, ACTIVATE, {
      input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT2H', justification: 'pending for the bad-input cases' },
    });
    id.pending = asked.data!.activateRole.id;
    id.eligibility = (await t.sql<{ id: string }>("SELECT id FROM role_assignment WHERE role_id = $1 AND type = 'ELIGIBLE' LIMIT 1", [id.userAdmin]))[0].id;
  });
  afterAll(async () => t?.stop());

  const activation = (extra: Record<string, unknown>) => ({ input: { roleId: id.userAdmin, scopeId: id.root, duration: 'PT1H', justification: 'x', ...extra } });
  const cases: { name: string; as: () => string; query: string; vars: () => Record<string, unknown>; codes: string[] }[] = [
    { name: 'activateRole duration: PT10M (under 30 minutes)', as: () => alice, query: ACTIVATE, vars: () => activation({ duration: 'PT10M' }), codes: BAD },
    { name: 'activateRole duration: P2D (over the maximum)', as: () => alice, query: ACTIVATE, vars: () => activation({ duration: 'P2D' }), codes: BAD_OR_POLICY },
    { name: 'activateRole duration: "eight hours"', as: () => alice, query: ACTIVATE, vars: () => activation({ duration: 'eight hours' }), codes: BAD },
    { name: 'activateRole duration: huge', as: () => alice, query: ACTIVATE, vars: () => activation({ duration: 'P99999999999999999999D' }), codes: BAD },
    { name: 'activateRole startAt: last year', as: () => alice, query: ACTIVATE, vars: () => activation({ startAt: '2025-01-01T00:00:00Z' }), codes: BAD },
    { name: 'activateRole startAt: malformed', as: () => alice, query: ACTIVATE, vars: () => activation({ startAt: '2024-13-45' }), codes: BAD },
    { name: 'activateRole roleId: unknown', as: () => alice, query: ACTIVATE, vars: () => activation({ roleId: randomUUID() }), codes: ['FORBIDDEN', 'NOT_FOUND'] },
    { name: 'activateRole roleId: malformed', as: () => alice, query: ACTIVATE, vars: () => activation({ roleId: "'; DROP TABLE x; --" }), codes: BAD_OR_MISSING },
    { name: 'activateRole scopeId: unknown', as: () => alice, query: ACTIVATE, vars: () => activation({ scopeId: randomUUID() }), codes: BAD_OR_MISSING },
    { name: 'activateRole eligibilityId: someone else’s', as: () => bob, query: ACTIVATE, vars: () => ({ input: { eligibilityId: id.eligibility, duration: 'PT1H', justification: 'x' } }), codes: ['NOT_FOUND', 'FORBIDDEN'] },
    { name: 'activateRole: neither eligibility nor role', as: () => alice, query: ACTIVATE, vars: () => ({ input: { duration: 'PT1H' } }), codes: BAD },
    { name: 'activateRole justification: 10,000 characters', as: () => alice, query: ACTIVATE, vars: () => activation({ justification: 'x'.repeat(10_000) }), codes: BAD },
    { name: 'activateRole justification: NUL byte', as: () => alice, query: ACTIVATE, vars: () => activation({ justification: 'a\u0000b' }), codes: BAD },
    { name: 'activateRole: ticket system without number', as: () => alice, query: ACTIVATE, vars: () => activation({ ticketSystem: 'Jira' }), codes: BAD },
    { name: 'activateRole: at a resource scope (wrong kind)', as: () => alice, query: ACTIVATE, vars: () => activation({ scopeId: id.production }), codes: ['FORBIDDEN'] },
    { name: 'approveRequest requestId: malformed', as: () => bob, query: APPROVE, vars: () => ({ id: '1 OR 1=1', j: 'ok' }), codes: BAD_OR_MISSING },
    { name: 'approveRequest: no justification', as: () => bob, query: APPROVE, vars: () => ({ id: id.pending, j: '  ' }), codes: BAD },
    { name: 'approveRequest duration: longer than asked', as: () => bob, query: APPROVE, vars: () => ({ id: id.pending, j: 'ok', d: 'PT3H' }), codes: BAD },
    { name: 'approveRequest duration: PT5M', as: () => bob, query: APPROVE, vars: () => ({ id: id.pending, j: 'ok', d: 'PT5M' }), codes: BAD },
    { name: 'approveRequest justification: 10,000 characters', as: () => bob, query: APPROVE, vars: () => ({ id: id.pending, j: 'y'.repeat(10_000) }), codes: BAD },
    { name: 'denyRequest requestId: empty', as: () => bob, query: DENY, vars: () => ({ id: '', j: 'no' }), codes: BAD_OR_MISSING },
    { name: 'decideRequests: none selected', as: () => bob, query: DECIDE, vars: () => ({ ids: [], d: 'APPROVE', j: 'ok' }), codes: BAD },
    { name: 'decideRequests: 101 requests', as: () => bob, query: DECIDE, vars: () => ({ ids: Array.from({ length: 101 }, () => randomUUID()), d: 'APPROVE', j: 'ok' }), codes: BAD },
    { name: 'decideRequests decision: unknown', as: () => bob, query: DECIDE, vars: () => ({ ids: [id.pending], d: 'MAYBE', j: 'ok' }), codes: BAD },
    { name: 'cancelRequest requestId: unknown', as: () => alice, query: CANCEL, vars: () => ({ id: randomUUID() }), codes: BAD_OR_MISSING },
    { name: 'deactivateRole assignmentId: unknown', as: () => alice, query: DEACTIVATE, vars: () => ({ id: randomUUID() }), codes: BAD_OR_MISSING },
    { name: 'deactivateRole: an eligibility, not an activation', as: () => alice, query: DEACTIVATE, vars: () => ({ id: id.eligibility }), codes: BAD_OR_MISSING },
    { name: 'requestExtension: empty justification', as: () => alice, query: EXTEND, vars: () => ({ id: id.eligibility, j: ' ' }), codes: BAD },
    { name: 'requestExtension: ends in a year, not within 14 days', as: () => alice, query: EXTEND, vars: () => ({ id: id.eligibility, j: 'please' }), codes: BAD_OR_POLICY },
    { name: 'requestRenewal: has not ended', as: () => alice, query: RENEW, vars: () => ({ id: id.eligibility, j: 'please' }), codes: BAD_OR_POLICY },
    { name: 'requestRenewal assignmentId: malformed', as: () => alice, query: RENEW, vars: () => ({ id: 'abc', j: 'please' }), codes: BAD_OR_MISSING },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const before = await databaseState(t);
      const result = await t.gql(c.as(), c.query, c.vars());
      expectRejected(c.name, result, c.codes);
      expect(changedTables(before, await databaseState(t)), c.name).toEqual([]);
    });
  }
});
