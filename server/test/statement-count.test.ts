import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { CHAINER_TAG } from '../src/modules/audit/audit.chainer';

/**
 * B4 (QUALITY.md) as a test: the SQL statements one `roleRequests(first: N) { principal role scope approvals { approvers } }`
 * sends are the same for N = 10 and N = 100, and at most 8 — for an administrator, for an Owner of a scope and for a
 * guest, whose every principal goes through the directory's visibility rule. Counted by wrapping pg's Client#query in
 * this process, where the test server runs.
 */
const B4 = (n: number) => `{ roleRequests(first: ${n}) { edges { node {
  principal { displayName } requestedBy { displayName } role { name } scope { name } approvals { approvers { displayName } decisions { approver { displayName } } }
} } } }`;

let recording: string[] | null = null;
const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const original = proto.query;

describe('statements per roleRequests page (B4)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    proto.query = function (this: unknown, ...args: unknown[]) {
      if (recording) {
        const q = args[0] as string | { text?: string };
        const text = typeof q === 'string' ? q : (q?.text ?? '?');
        // The audit chainer's poll runs on its own schedule, not for the request measured.
        if (!text.includes(CHAINER_TAG)) recording.push(text);
      }
      return original.apply(this, args);
    };
    t = await startTestApp({ config: { JOBS: 'false' } });
    const [erin, dave, bob, tier3, contributor, rgWeb, production] = await Promise.all([
      t.ids.principal('erin@fabrikam.test'),
      t.ids.principal('dave@contoso.test'),
      t.ids.principal('bob@contoso.test'),
      t.ids.principal('Tier 3 Office Admins'),
      t.ids.role('Contributor'),
      t.ids.scope('rg-web'),
      t.ids.scope('Production'),
    ]);
    // 120 decided requests each for erin (at rg-web) and dave (at Production), approved by bob or Tier 3, denied by bob;
    // the newest of all, so that every page is made of them.
    const snapshot = {
      activation: {
        maxDurationSeconds: 28800, requireMfa: false, requireJustification: false, requireTicket: false, requireApproval: true,
        approvalStages: [{ approvers: [{ id: bob, type: 'USER' }, { id: tier3, type: 'GROUP' }], quorum: 1, timeoutSeconds: 86400, escalationApprovers: [], escalateAfterSeconds: null }],
      },
    };
    for (const [principal, scope] of [[erin, rgWeb], [dave, production]]) {
      await t.sql(
        `WITH made AS (
           INSERT INTO role_request (action, status, type, principal_id, requested_by_id, role_id, scope_id, justification, settings_snapshot, created_at, completed_at)
           SELECT 'SELF_ACTIVATE', 'DENIED', 'ACTIVE', $1, $1, $2, $3, 'b4', $4::jsonb, now() + make_interval(secs => 121 - i), now()
             FROM generate_series(1, 120) i
           RETURNING id
         )
         INSERT INTO approval_decision (request_id, stage, approver_id, decision, justification, decided_at) SELECT id, 0, $5, 'DENY', 'no', now() FROM made`,
        [principal, contributor, scope, JSON.stringify(snapshot), bob],
      );
    }
    token.admin = await t.signIn('admin@contoso.test');
    token.dave = await t.signIn('dave@contoso.test');
    token.erin = await t.signIn('erin@fabrikam.test');
  });
  afterAll(async () => {
    proto.query = original;
    await t?.stop();
  });

  const statements = async (who: string, n: number) => {
    const counts: number[] = [];
    for (let run = 0; run < 4; run++) {
      recording = [];
      const result = await t.gql<{ roleRequests: { edges: unknown[] } }>(token[who], B4(n));
      const sent = recording;
      recording = null;
      expect(result.errors).toBeUndefined();
      expect(result.data!.roleRequests.edges).toHaveLength(n);
      counts.push(sent.length);
    }
    // The first run of a session may also stamp its last use.
    return Math.min(...counts.slice(1));
  };

  it('is the same for 10 and 100 requests, and at most 8, for an administrator, an Owner and a guest', async () => {
    const seen: Record<string, [number, number]> = {};
    for (const who of ['admin', 'dave', 'erin']) seen[who] = [await statements(who, 10), await statements(who, 100)];
    for (const [who, [ten, hundred]] of Object.entries(seen)) {
      expect(hundred, `${who}: N=10 → ${ten}, N=100 → ${hundred}`).toBe(ten);
      expect(hundred, who).toBeLessThanOrEqual(8);
    }
  });
});
