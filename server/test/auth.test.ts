import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../src/db/demo-seed';
import { totpCode } from './support/totp';
import { startTestApp, type TestApp } from './support/app';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('signs in with email and password and answers me', async () => {
    const token = await t.signIn('alice@contoso.test');
    const result = await t.gql<{ me: { email: string; userType: string } }>(token, '{ me { email userType displayName } }');
    expect(result.data?.me).toMatchObject({ email: 'alice@contoso.test', userType: 'MEMBER' });
  });

  it('refuses a wrong password with UNAUTHENTICATED and records the failure', async () => {
    const result = await t.gql(null, 'mutation { signIn(email: "bob@contoso.test", password: "nope") { token } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign_in_failed'");
    expect(row.n).toBeGreaterThan(0);
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    for (let i = 0; i < 5; i++) {
      await t.gql(null, 'mutation { signIn(email: "erin@fabrikam.test", password: "wrong") { token } }');
    }
    const result = await t.gql(null, 'mutation { signIn(email: "erin@fabrikam.test", password: "Elevate-demo-1") { token } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores only hashes of passwords and tokens', async () => {
    const token = await t.signIn('carol@contoso.test');
    const sessions = await t.sql<{ token_hash: string }>('SELECT token_hash FROM session');
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    const creds = await t.sql<{ password_hash: string }>('SELECT password_hash FROM credential');
    expect(creds.every((c) => c.password_hash.startsWith('scrypt$'))).toBe(true);
  });

  it('rejects requests without a token, and with a revoked one', async () => {
    expect((await t.gql(null, '{ me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = await t.signIn('dave@contoso.test');
    expect((await t.gql(token, 'mutation { signOut }')).data).toEqual({ signOut: true });
    const after = await t.gql(token, '{ me { id } }');
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('steps up with a TOTP code once; the same code is refused the second time', async () => {
    const token = await t.signIn('pra@contoso.test');
    const code = await totpCode(DEMO_TOTP_SECRET);
    const first = await t.gql<{ stepUpMfa: { mfaAt: string; token: string } }>(token, 'mutation($c: String!) { stepUpMfa(code: $c) { mfaAt token } }', { c: code });
    expect(first.data?.stepUpMfa.mfaAt).toBeTruthy();
    expect(first.data?.stepUpMfa.token).toBe(token);
    const replay = await t.gql(token, 'mutation($c: String!) { stepUpMfa(code: $c) { mfaAt } }', { c: code });
    expect(replay.errors?.[0].extensions?.code).toBe('MFA_REQUIRED');
  });

  it('refuses codes outside one step of drift and rate-limits guessing', async () => {
    const token = await t.signIn('bob@contoso.test');
    const old = await totpCode(DEMO_TOTP_SECRET, new Date(Date.now() - 120_000));
    const stale = await t.gql(token, 'mutation($c: String!) { stepUpMfa(code: $c) { mfaAt } }', { c: old });
    expect(stale.errors?.[0].extensions?.code).toBe('MFA_REQUIRED');
    for (let i = 0; i < 5; i++) await t.gql(token, 'mutation { stepUpMfa(code: "000000") { mfaAt } }');
    const good = await totpCode(DEMO_TOTP_SECRET);
    const locked = await t.gql(token, 'mutation($c: String!) { stepUpMfa(code: $c) { mfaAt } }', { c: good });
    expect(locked.errors?.[0].extensions?.code).toBe('MFA_REQUIRED');
    expect(locked.errors?.[0].message).toMatch(/Too many/);
  });
});
