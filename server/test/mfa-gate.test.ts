import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../src/db/demo-seed';
import { hashToken } from '../src/modules/auth/tokens';
import { totpCode } from './support/totp';
import { ManualClock, startTestApp, type GraphQLResponse, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';

/**
 * One MFA gate for every change that needs a fresh step-up (activation, an admin's active assignment, stepUpMfa): the
 * step-up — `session.mfa_at` and an `auth.mfa_step_up` audit event — is recorded in the transaction of the change that
 * needed it, so a change that fails leaves the session as it was; a checked code stays used either way (replay safety);
 * a dry run checks nothing and records nothing.
 */
const ACTIVATE = 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status validateOnly } }';
const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id status } }';
const STEP_UP = 'mutation($c: String!) { stepUpMfa(code: $c) { mfaAt } }';
const code = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'ok';

interface Event {
  seq: number;
  action: string;
  actor_id: string | null;
  target_principal_id: string | null;
  request_id: string | null;
}

describe('the MFA gate', () => {
  const clock = new ManualClock();
  let t: TestApp;
  let admin: string;
  const id: Record<string, string> = {};

  const nextCode = async () => {
    // Each code is taken at a new time step, so that no test depends on another's use of a step.
    clock.advance(30_000);
    return totpCode(DEMO_TOTP_SECRET, clock.now());
  };
  const maxSeq = async () => (await t.sql<{ seq: number }>('SELECT coalesce(max(seq), 0)::int AS seq FROM audit_event'))[0].seq;
  const eventsSince = (seq: number) =>
    t.sql<Event>('SELECT seq::int AS seq, action, actor_id, target_principal_id, request_id FROM audit_event WHERE seq > $1 ORDER BY seq', [seq]);
  const mfaAt = async (token: string) =>
    (await t.sql<{ mfa_at: Date | null }>('SELECT mfa_at FROM session WHERE token_hash = $1', [hashToken(token)]))[0].mfa_at;
  const lastStep = async (principalId: string) =>
    (await t.sql<{ step: string | null }>('SELECT totp_last_step AS step FROM credential WHERE principal_id = $1', [principalId]))[0].step;
  /** A new user, ELIGIBLE for Global Reader at the root (default settings: MFA and a justification, no approval). */
  const eligibleUser = async (name: string, email: string) => {
    const principalId = await addUser(t, name, email);
    await adminAssign(t, admin, { principalId, roleId: id.globalReader, scopeId: id.root, type: 'ELIGIBLE' });
    return principalId;
  };
  const activation = (extra: Record<string, unknown>) => ({
    input: { roleId: id.globalReader, scopeId: id.root, duration: 'PT1H', justification: 'gate test', ...extra },
  });

  beforeAll(async () => {
    t = await startTestApp({ clock });
    admin = await t.signIn('admin@contoso.test');
    id.admin = await t.ids.principal('admin@contoso.test');
    id.root = await t.ids.scope('/');
    id.rgWeb = await t.ids.scope('rg-web');
    id.globalReader = await t.ids.role('Global Reader');
    id.reader = await t.ids.role('Reader');
  });
  afterAll(async () => t?.stop());

  it('an activation with a code records the step-up in the activation’s own transaction', async () => {
    const gia = await eligibleUser('Gia Gate', 'gia@contoso.test');
    const token = await t.signIn('gia@contoso.test');
    const seq = await maxSeq();
    const result = await t.gql<{ activateRole: { id: string; status: string } }>(token, ACTIVATE, activation({ mfaCode: await nextCode() }));
    expect(result.errors).toBeUndefined();
    expect(result.data?.activateRole.status).toBe('PROVISIONED');
    expect((await mfaAt(token))?.getTime()).toBe(clock.now().getTime());

    const events = await eventsSince(seq);
    const stepUps = events.filter((e) => e.action === 'auth.mfa_step_up');
    expect(stepUps).toHaveLength(1);
    expect(stepUps[0]).toMatchObject({ actor_id: gia, target_principal_id: gia });
    // Written by the activation's transaction: the next event in the chain is the activation's own first event.
    expect(events.find((e) => e.seq === stepUps[0].seq + 1)).toMatchObject({ action: 'request.submitted', request_id: result.data!.activateRole.id });
  });

  it('an activation that fails after its code was checked leaves the session as it was; the code stays used', async () => {
    await eligibleUser('Hal Gate', 'hal@contoso.test');
    const first = await t.signIn('hal@contoso.test');
    expect(code(await t.gql(first, ACTIVATE, activation({ mfaCode: await nextCode() })))).toBe('ok');

    // A second session, not MFA-fresh, asks for the same role again: refused (already active) after the code was checked.
    const second = await t.signIn('hal@contoso.test');
    const seq = await maxSeq();
    const used = await nextCode();
    expect(code(await t.gql(second, ACTIVATE, activation({ mfaCode: used })))).toBe('CONFLICT');
    expect(await mfaAt(second)).toBeNull();
    expect((await eventsSince(seq)).filter((e) => e.action === 'auth.mfa_step_up')).toEqual([]);
    // Replay safety: a code that was checked is used, even though the change it was for did not happen.
    expect(code(await t.gql(second, STEP_UP, { c: used }))).toBe('MFA_REQUIRED');
    expect(await mfaAt(second)).toBeNull();

    // Refused for its duration: nothing recorded either.
    const third = await t.signIn('hal@contoso.test');
    const seq2 = await maxSeq();
    expect(code(await t.gql(third, ACTIVATE, activation({ duration: 'PT9H', mfaCode: await nextCode() })))).toBe('POLICY_VIOLATION');
    expect(await mfaAt(third)).toBeNull();
    expect((await eventsSince(seq2)).filter((e) => e.action === 'auth.mfa_step_up')).toEqual([]);
  });

  it('a dry run with a code neither uses the code nor records anything', async () => {
    const val = await eligibleUser('Val Validate', 'val@contoso.test');
    const token = await t.signIn('val@contoso.test');
    const seq = await maxSeq();
    const stepBefore = await lastStep(val);
    const mfaCode = await nextCode();
    const dry = await t.gql<{ activateRole: { validateOnly: boolean } }>(token, ACTIVATE, activation({ mfaCode, validateOnly: true }));
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.activateRole.validateOnly).toBe(true);
    expect(await lastStep(val)).toBe(stepBefore);
    expect(await mfaAt(token)).toBeNull();
    expect(await eventsSince(seq)).toEqual([]);
    expect(code(await t.gql(token, ACTIVATE, activation({ mfaCode }))), 'the code is still unused').toBe('ok');
  });

  it('a wrong code refuses the activation and is counted, and the count persists', async () => {
    const wes = await eligibleUser('Wes Wrong', 'wes@contoso.test');
    const token = await t.signIn('wes@contoso.test');
    const right = await nextCode();
    const seq = await maxSeq();
    const result = await t.gql(token, ACTIVATE, activation({ mfaCode: right === '000000' ? '111111' : '000000' }));
    expect(code(result)).toBe('MFA_REQUIRED');
    const events = await eventsSince(seq);
    expect(events.map((e) => [e.action, e.target_principal_id])).toEqual([['auth.mfa_failed', wes]]);
    expect(await mfaAt(token)).toBeNull();
    expect((await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM role_request WHERE principal_id = $1 AND action = 'SELF_ACTIVATE'", [wes]))[0].n).toBe(0);
  });

  it('an admin’s active assignment with a code records the step-up in the assignment’s transaction', async () => {
    const settings = (on: boolean) =>
      t.gql(admin, 'mutation($r: ID!, $on: Boolean!) { updateRoleSettings(roleId: $r, input: { assignment: { requireMfaOnActive: $on } }) { isDefault } }', { r: id.reader, on });
    expect(code(await settings(true))).toBe('ok');
    try {
      const ivy = await addUser(t, 'Ivy Assignee', 'ivy@contoso.test');
      const input = { principalId: ivy, roleId: id.reader, scopeId: id.rgWeb, type: 'ACTIVE', duration: 'P1D', justification: 'gate test' };
      const adminSession = await t.signIn('admin@contoso.test');
      const seq = await maxSeq();
      const assigned = await t.gql<{ assignRole: { id: string; status: string } }>(adminSession, ASSIGN, { input: { ...input, mfaCode: await nextCode() } });
      expect(assigned.errors).toBeUndefined();
      expect((await mfaAt(adminSession))?.getTime()).toBe(clock.now().getTime());
      const events = await eventsSince(seq);
      const stepUps = events.filter((e) => e.action === 'auth.mfa_step_up');
      expect(stepUps).toHaveLength(1);
      expect(stepUps[0]).toMatchObject({ actor_id: id.admin, target_principal_id: id.admin });
      expect(events.find((e) => e.seq === stepUps[0].seq + 1)).toMatchObject({ action: 'request.submitted', request_id: assigned.data!.assignRole.id });

      // The same assignment again from a session without MFA: refused (it overlaps), and the session stays as it was.
      const another = await t.signIn('admin@contoso.test');
      const seq2 = await maxSeq();
      expect(code(await t.gql(another, ASSIGN, { input: { ...input, mfaCode: await nextCode() } }))).toBe('CONFLICT');
      expect(await mfaAt(another)).toBeNull();
      expect((await eventsSince(seq2)).filter((e) => e.action === 'auth.mfa_step_up')).toEqual([]);
    } finally {
      await settings(false);
    }
  });

  it('stepUpMfa records the step-up: mfa_at and one audit event', async () => {
    const uma = await addUser(t, 'Uma Step-Up', 'uma@contoso.test');
    const token = await t.signIn('uma@contoso.test');
    const seq = await maxSeq();
    const result = await t.gql<{ stepUpMfa: { mfaAt: string } }>(token, STEP_UP, { c: await nextCode() });
    expect(result.errors).toBeUndefined();
    expect(new Date(result.data!.stepUpMfa.mfaAt).getTime()).toBe(clock.now().getTime());
    expect((await mfaAt(token))?.getTime()).toBe(clock.now().getTime());
    expect((await eventsSince(seq)).map((e) => [e.action, e.actor_id, e.target_principal_id])).toEqual([['auth.mfa_step_up', uma, uma]]);
  });
});
