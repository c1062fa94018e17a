import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/db/demo-seed';
import { totpCode } from './support/totp';
import { ManualClock, startTestApp, type GraphQLResponse, type TestApp } from './support/app';
import { clientAt } from './support/from-address';
import { addUser, adminAssign } from './support/personas';

/**
 * R15: brute force in parallel. Every attempt is recorded; at most a budget of attempts is ever checked, however many
 * arrive at once; the right password or code among them is refused once the lock is reached; and the lock decays, so
 * that a stranger cannot keep the owner out for ever.
 *
 * The clock is a ManualClock that stands still unless a test moves it, so nothing drains while a burst is in flight and
 * the counts below are exact in every interleaving. Budgets (see auth/attempt-limits.ts): five attempts per account and
 * client address, twenty per account from unfamiliar addresses; a lock lasts until its attempts have drained.
 */
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const STEP_UP = 'mutation($c: String!) { stepUpMfa(code: $c) { mfaAt } }';
const UNLOCK = 'mutation($id: ID!) { unlockSignIn(principalId: $id) }';
const PER_ADDRESS = 5;
const MINUTE = 60_000;

const STRANGER = '127.0.0.1';
const OWNER = '127.0.0.2';

const code = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'ok';

interface AttemptEvent {
  action: string;
  reason: string | null;
  checked: boolean | null;
}

/**
 * Whether an attempt's audit event says its password or code was actually checked: every success, and every failure
 * that was not refused by a lock before checking (`checked: false`).
 */
const wasChecked = (e: AttemptEvent) => e.action === 'auth.sign_in' || e.action === 'auth.mfa_step_up' || e.checked === true || (e.checked === null && e.reason !== 'locked');

describe('brute force in parallel (R15)', () => {
  const clock = new ManualClock();
  let t: TestApp;
  let admin: string;
  const stranger = () => clientAt(t, STRANGER);
  const owner = () => clientAt(t, OWNER);

  const attempts = async (principalId: string, actions: string[], sinceSeq = 0) =>
    t.sql<AttemptEvent>(
      `SELECT action, after->>'reason' AS reason, (after->'checked')::boolean AS checked FROM audit_event
        WHERE target_principal_id = $1 AND action = ANY($2) AND seq > $3 ORDER BY seq`,
      [principalId, actions, sinceSeq],
    );
  const maxSeq = async () => (await t.sql<{ seq: number }>('SELECT coalesce(max(seq), 0)::int AS seq FROM audit_event'))[0].seq;
  const sessionsOf = async (principalId: string) =>
    (await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM session WHERE principal_id = $1 AND kind = 'SESSION'", [principalId]))[0].n;

  /** 100 distinct six-digit codes that are wrong now: none is the code of the current step or the one either side. */
  const wrongCodes = async (): Promise<string[]> => {
    const now = clock.now().getTime();
    const valid = new Set(await Promise.all([-30_000, 0, 30_000].map((d) => totpCode(DEMO_TOTP_SECRET, new Date(now + d)))));
    const codes: string[] = [];
    for (let n = 100_000; codes.length < 100; n += 7_919) if (!valid.has(String(n))) codes.push(String(n));
    return codes;
  };

  beforeAll(async () => {
    t = await startTestApp({ clock });
    admin = await t.signIn('admin@contoso.test');
  });
  afterAll(async () => t?.stop());

  it('100 wrong passwords and the right one at the same instant: each counts, five are checked, the lock holds', { timeout: 180_000 }, async () => {
    const email = 'pat@contoso.test';
    const pat = await addUser(t, 'Pat Parallel', email);
    const passwords = Array.from({ length: 100 }, (_, i) => `wrong-password-${i}`);
    passwords.splice(50, 0, DEMO_PASSWORD);
    const results = await Promise.all(passwords.map((p) => stranger()(null, SIGN_IN, { e: email, p })));

    for (const [i, result] of results.entries()) {
      expect(result.status, JSON.stringify(result.errors)).not.toBe(500);
      if (i !== 50) expect(code(result)).toBe('UNAUTHENTICATED');
    }
    const right = results[50];
    const granted = right.data?.signIn ? 1 : 0;
    if (!granted) expect(code(right)).toBe('UNAUTHENTICATED');

    const events = await attempts(pat, ['auth.sign_in', 'auth.sign_in_failed']);
    // Each attempt counts: one audit event for every one of the 101.
    expect(events).toHaveLength(101);
    // Five attempts (the budget of one address) were checked; a sixth only if the right one was among them and was let
    // in before the lock was reached, which gave its place back. All the others were refused without checking.
    expect(events.filter(wasChecked)).toHaveLength(PER_ADDRESS + granted);
    expect(events.filter((e) => e.action === 'auth.sign_in')).toHaveLength(granted);
    expect(await sessionsOf(pat)).toBe(granted);

    // The lock holds: the right password alone, now, is refused without being checked.
    const seq = await maxSeq();
    expect(code(await stranger()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(await attempts(pat, ['auth.sign_in', 'auth.sign_in_failed'], seq)).toEqual([{ action: 'auth.sign_in_failed', reason: 'locked', checked: false }]);
    expect(await sessionsOf(pat)).toBe(granted);
  });

  it('100 wrong TOTP codes and the right one at the same instant: each counts, five are checked, the lock holds', { timeout: 180_000 }, async () => {
    const email = 'quinn@contoso.test';
    const quinn = await addUser(t, 'Quinn Parallel', email);
    const session = await t.signIn(email);
    const codes = await wrongCodes();
    codes.splice(37, 0, await totpCode(DEMO_TOTP_SECRET, clock.now()));
    const results = await Promise.all(codes.map((c) => stranger()(session, STEP_UP, { c })));

    for (const [i, result] of results.entries()) {
      expect(result.status, JSON.stringify(result.errors)).not.toBe(500);
      if (i !== 37) expect(code(result)).toBe('MFA_REQUIRED');
    }
    const granted = results[37].data?.stepUpMfa ? 1 : 0;
    if (!granted) expect(code(results[37])).toBe('MFA_REQUIRED');

    const events = await attempts(quinn, ['auth.mfa_step_up', 'auth.mfa_failed']);
    expect(events).toHaveLength(101);
    expect(events.filter(wasChecked)).toHaveLength(PER_ADDRESS + granted);
    expect(events.filter((e) => e.action === 'auth.mfa_step_up')).toHaveLength(granted);
    const [row] = await t.sql<{ mfa_at: Date | null }>("SELECT mfa_at FROM session WHERE principal_id = $1 AND kind = 'SESSION'", [quinn]);
    expect(row.mfa_at === null).toBe(!granted);

    // The lock holds: the next step's right code is refused without being checked.
    clock.advance(30_000);
    const seq = await maxSeq();
    const later = await stranger()(session, STEP_UP, { c: await totpCode(DEMO_TOTP_SECRET, clock.now()) });
    expect(code(later)).toBe('MFA_REQUIRED');
    expect(await attempts(quinn, ['auth.mfa_step_up', 'auth.mfa_failed'], seq)).toEqual([{ action: 'auth.mfa_failed', reason: 'locked', checked: false }]);
  });

  it('a stranger hammering from one address locks out that address, never the owner at another', { timeout: 180_000 }, async () => {
    const email = 'sam@contoso.test';
    const sam = await addUser(t, 'Sam Target', email);
    await Promise.all(Array.from({ length: 100 }, (_, i) => stranger()(null, SIGN_IN, { e: email, p: `guess-${i}` })));
    // The owner, elsewhere, is not kept out by it.
    expect(code(await owner()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('ok');

    // The stranger keeps at it for an hour, five guesses at once every five minutes: none of them is even checked, and
    // the owner signs in whenever they like.
    const checkedBefore = (await attempts(sam, ['auth.sign_in_failed'])).filter(wasChecked).length;
    for (let round = 0; round < 12; round++) {
      clock.advance(5 * MINUTE);
      const guesses = await Promise.all(Array.from({ length: 5 }, (_, i) => stranger()(null, SIGN_IN, { e: email, p: `guess-${round}-${i}` })));
      expect(guesses.map(code)).toEqual(Array(5).fill('UNAUTHENTICATED'));
      if (round % 4 === 3) expect(code(await owner()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('ok');
    }
    expect((await attempts(sam, ['auth.sign_in_failed'])).filter(wasChecked)).toHaveLength(checkedBefore);

    // Strangers at many addresses at once: the account's own, larger budget for unfamiliar addresses runs out, so a new
    // address is refused — but an address the owner has signed in from before still lets the owner in.
    const seq = await maxSeq();
    const spread = Array.from({ length: 5 }, (_, a) => `127.0.1.${a + 1}`);
    await Promise.all(spread.flatMap((address) => Array.from({ length: 6 }, (_, i) => clientAt(t, address)(null, SIGN_IN, { e: email, p: `spread-${i}` }))));
    const spreadChecked = (await attempts(sam, ['auth.sign_in_failed'], seq)).filter(wasChecked).length;
    expect(spreadChecked).toBe(20);
    expect(code(await clientAt(t, '127.0.2.1')(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(code(await owner()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('ok');
  });

  it('a password lock lapses, and one more wrong password after it does not lock again at once', async () => {
    const email = 'dora@contoso.test';
    await addUser(t, 'Dora Decay', email);
    for (let i = 0; i < 5; i++) expect(code(await stranger()(null, SIGN_IN, { e: email, p: `typo-${i}` }))).toBe('UNAUTHENTICATED');
    expect(code(await stranger()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    clock.advance(4 * MINUTE);
    expect(code(await stranger()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD })), 'still locked a few minutes later').toBe('UNAUTHENTICATED');

    clock.advance(15 * MINUTE);
    expect(code(await stranger()(null, SIGN_IN, { e: email, p: 'one-more-typo' }))).toBe('UNAUTHENTICATED');
    expect(code(await stranger()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('ok');
  });

  it('an MFA lock lapses, and one more wrong code after it does not lock again at once', async () => {
    const email = 'mona@contoso.test';
    await addUser(t, 'Mona Decay', email);
    const session = await t.signIn(email);
    for (const c of (await wrongCodes()).slice(0, 5)) expect(code(await stranger()(session, STEP_UP, { c }))).toBe('MFA_REQUIRED');
    const refused = await stranger()(session, STEP_UP, { c: await totpCode(DEMO_TOTP_SECRET, clock.now()) });
    expect(code(refused)).toBe('MFA_REQUIRED');
    expect(refused.errors?.[0].message).toMatch(/Too many/);

    clock.advance(30 * MINUTE);
    const session2 = await t.signIn(email);
    const [wrong] = await wrongCodes();
    expect(code(await stranger()(session2, STEP_UP, { c: wrong }))).toBe('MFA_REQUIRED');
    expect(code(await stranger()(session2, STEP_UP, { c: await totpCode(DEMO_TOTP_SECRET, clock.now()) }))).toBe('ok');
  });

  it('an administrator unlocks an account (audited); others may not', async () => {
    const email = 'lena@contoso.test';
    const lena = await addUser(t, 'Lena Locked', email);
    await addUser(t, 'Frank Plain', 'frank.unlock@contoso.test');
    const praId = await t.ids.principal('pra@contoso.test');
    await adminAssign(t, admin, { principalId: praId, roleId: await t.ids.role('Privileged Role Administrator'), scopeId: await t.ids.scope('/'), type: 'ACTIVE' });
    const pra = await t.signIn('pra@contoso.test');
    const plain = await t.signIn('frank.unlock@contoso.test');

    for (let i = 0; i < 5; i++) await stranger()(null, SIGN_IN, { e: email, p: `typo-${i}` });
    expect(code(await stranger()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');

    expect(code(await t.gql(plain, UNLOCK, { id: lena }))).toBe('FORBIDDEN');
    expect(code(await t.gql(null, UNLOCK, { id: lena }))).toBe('UNAUTHENTICATED');
    // A Privileged Role Administrator unlocks people who are not administrators, not a Global Administrator.
    expect(code(await t.gql(pra, UNLOCK, { id: await t.ids.principal('admin@contoso.test') }))).toBe('FORBIDDEN');
    expect(code(await t.gql(admin, UNLOCK, { id: '00000000-0000-4000-8000-00000000dead' }))).toBe('NOT_FOUND');
    expect(code(await stranger()(null, SIGN_IN, { e: email, p: DEMO_PASSWORD })), 'refused unlocks changed nothing').toBe('UNAUTHENTICATED');

    const seq = await maxSeq();
    const unlocked = await t.gql<{ unlockSignIn: boolean }>(admin, UNLOCK, { id: lena });
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data?.unlockSignIn).toBe(true);
    const audit = await t.sql<{ action: string; actor_id: string }>(
      "SELECT action, actor_id FROM audit_event WHERE seq > $1 AND target_principal_id = $2 AND action = 'auth.sign_in_unlocked'",
      [seq, lena],
    );
    expect(audit).toEqual([{ action: 'auth.sign_in_unlocked', actor_id: await t.ids.principal('admin@contoso.test') }]);
    const session = await stranger()<{ signIn: { token: string } }>(null, SIGN_IN, { e: email, p: DEMO_PASSWORD });
    expect(code(session)).toBe('ok');

    // MFA locks are cleared the same way, here by a Privileged Role Administrator for a user who is not an administrator.
    const codes = await wrongCodes();
    for (const c of codes.slice(0, 5)) await stranger()(session.data!.signIn.token, STEP_UP, { c });
    expect(code(await stranger()(session.data!.signIn.token, STEP_UP, { c: await totpCode(DEMO_TOTP_SECRET, clock.now()) }))).toBe('MFA_REQUIRED');
    expect(code(await t.gql(pra, UNLOCK, { id: lena }))).toBe('ok');
    expect(code(await stranger()(session.data!.signIn.token, STEP_UP, { c: await totpCode(DEMO_TOTP_SECRET, clock.now()) }))).toBe('ok');
  });
});
