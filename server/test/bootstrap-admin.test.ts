import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/modules/auth/tokens';
import { LINK_CODE_ATTEMPTS } from '../src/modules/tenant/invitations.service';
import { DomainError } from '../src/lib/errors';
import { ManualClock, startTestApp, type TestApp } from './support/app';
import { totpCode } from './support/totp';

/**
 * A tenant of one's own starts with nobody. Its first Global Administrator comes from `bootstrap-admin` on the server's
 * host — only while none is in force, one at a time — as a one-time setup link (an hour): the person sets a password,
 * proves an authenticator with a first code, is signed in MFA-fresh and holds Global Administrator, ACTIVE and permanent.
 */

const INVITATION = 'query ($t: String!) { invitation(token: $t) { kind email displayName expiresAt totpSecret otpauthUri identityProviderId } }';
const ACCEPT = 'mutation ($t: String!, $p: String!, $c: String!) { acceptInvitation(token: $t, password: $p, totpCode: $c) { token mfaAt user { id email displayName source } } }';
const MY_ROLES = `query ($p: ID!) { roleAssignments(filter: { principalId: $p, type: ACTIVE }) { edges { node { type endAt role { name } scope { name } } } } }`;
const PASSWORD = 'correct horse battery staple';

interface Details {
  kind: string;
  email: string;
  displayName: string;
  expiresAt: string;
  totpSecret: string;
  otpauthUri: string;
  identityProviderId: string | null;
}
type Accepted = { acceptInvitation: { token: string; mfaAt: string | null; user: { id: string; email: string; displayName: string; source: string } } };

const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

describe('bootstrap-admin on an empty tenant', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-12-02T09:00:00Z'));
  beforeAll(async () => {
    t = await startTestApp({ empty: true, clock });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const bootstrap = (email: string, displayName: string, replace = false) => t.app.services.invitations.bootstrapAdmin({ email, displayName, replace });
  const details = async (token: string) => (await t.gql<{ invitation: Details }>(null, INVITATION, { t: token })).data?.invitation;
  const codeFor = async (secret: string) => totpCode(secret, clock.now());

  it('starts with nobody, and says it needs a first administrator', async () => {
    expect(await t.sql('SELECT id FROM principal')).toEqual([]);
    expect(await t.app.services.invitations.needsFirstAdministrator()).toBe(true);
  });

  it('two bootstraps at once: one gets a link, the other is refused and changes nothing', async () => {
    const results = await Promise.allSettled([bootstrap('grace@example.org', 'Grace Hopper'), bootstrap('ada@example.org', 'Ada Lovelace')]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(DomainError);
    expect((lost[0].reason as DomainError).code).toBe('CONFLICT');
    expect(await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM principal')).toEqual([{ n: 1 }]);
    expect(await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM invitation WHERE kind = 'SETUP'`)).toEqual([{ n: 1 }]);
  });

  it('--replace makes a new link and the old one dies; the token is stored only as its hash', async () => {
    const [{ email }] = await t.sql<{ email: string }>('SELECT email FROM principal');
    const old = await t.sql<{ token_hash: string }>(`SELECT token_hash FROM invitation WHERE revoked_at IS NULL`);
    const link = await bootstrap(email, 'Grace Hopper', true);
    expect(link.url).toMatch(/\/setup\?token=eli_/);
    expect(link.expiresAt.getTime() - clock.now().getTime()).toBe(60 * 60_000);
    const rows = await t.sql<{ token_hash: string; revoked_at: Date | null }>('SELECT token_hash, revoked_at FROM invitation ORDER BY created_at');
    expect(rows.map((row) => row.token_hash)).not.toContain(tokenOf(link.url));
    expect(rows.find((row) => row.token_hash === hashToken(tokenOf(link.url)))?.revoked_at).toBeNull();
    expect(rows.find((row) => row.token_hash === old[0].token_hash)?.revoked_at).not.toBeNull();
  });

  it('setup: the page learns what the link is for; bad passwords and wrong codes change nothing but the count; then the person is Global Administrator', async () => {
    const link = await bootstrap('grace@example.org', 'Grace Hopper', true);
    const token = tokenOf(link.url);
    const shown = await details(token);
    expect(shown).toMatchObject({ kind: 'SETUP', email: 'grace@example.org', displayName: 'Grace Hopper', identityProviderId: null });
    expect(shown?.otpauthUri).toContain(`secret=${shown?.totpSecret}`);
    const secret = shown?.totpSecret ?? '';

    const weak = await t.gql(null, ACCEPT, { t: token, p: 'short', c: await codeFor(secret) });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const same = await t.gql(null, ACCEPT, { t: token, p: 'grace@example.org', c: await codeFor(secret) });
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const wrong = await t.gql(null, ACCEPT, { t: token, p: PASSWORD, c: '000000' === (await codeFor(secret)) ? '111111' : '000000' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totpCode' });
    expect(await t.sql('SELECT principal_id FROM credential')).toEqual([]);
    expect(await t.sql<{ failed_attempts: number }>('SELECT failed_attempts FROM invitation WHERE token_hash = $1', [hashToken(token)])).toEqual([{ failed_attempts: 1 }]);

    const accepted = await t.gql<Accepted>(null, ACCEPT, { t: token, p: PASSWORD, c: await codeFor(secret) });
    expect(accepted.errors).toBeUndefined();
    const session = accepted.data!.acceptInvitation;
    expect(session.user).toMatchObject({ email: 'grace@example.org', displayName: 'Grace Hopper', source: 'LOCAL' });
    expect(session.mfaAt).not.toBeNull();

    // Signed in, MFA-fresh, and Global Administrator at the root for good.
    const me = await t.gql<{ viewerSession: { mfaFreshUntil: string | null } }>(session.token, '{ viewerSession { mfaFreshUntil } }');
    expect(new Date(me.data!.viewerSession.mfaFreshUntil ?? 0).getTime()).toBeGreaterThan(clock.now().getTime());
    const roles = await t.gql<{ roleAssignments: { edges: { node: { type: string; endAt: string | null; role: { name: string }; scope: { name: string } } }[] } }>(
      session.token,
      MY_ROLES,
      { p: session.user.id },
    );
    expect(roles.data?.roleAssignments.edges.map((edge) => edge.node)).toEqual([{ type: 'ACTIVE', endAt: null, role: { name: 'Global Administrator' }, scope: { name: '/' } }]);
    expect(await t.app.services.invitations.needsFirstAdministrator()).toBe(false);

    // The password works for a later sign-in; the link never again.
    const signIn = await t.gql<{ signIn: { token: string } }>(null, 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
      e: 'grace@example.org',
      p: PASSWORD,
    });
    expect(signIn.data?.signIn.token).toMatch(/^els_/);
    const again = await t.gql(null, ACCEPT, { t: token, p: PASSWORD, c: await codeFor(secret) });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(null, INVITATION, { t: token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const actions = await t.sql<{ action: string }>('SELECT action FROM audit_event ORDER BY seq');
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['tenant.bootstrap_started', 'auth.invitation_code_failed', 'auth.invitation_accepted', 'request.submitted', 'assignment.created', 'auth.sign_in']),
    );
  });

  it('is refused once a Global Administrator is in force', async () => {
    await expect(bootstrap('mallory@example.org', 'Mallory')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await t.sql(`SELECT id FROM principal WHERE email = 'mallory@example.org'`)).toEqual([]);
  });
});

describe('setup links that no longer work', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-12-02T09:00:00Z'));
  beforeAll(async () => {
    t = await startTestApp({ empty: true, clock });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('an hour later the link has expired', async () => {
    const link = await t.app.services.invitations.bootstrapAdmin({ email: 'late@example.org', displayName: 'Late' });
    const secret = (await t.gql<{ invitation: Details }>(null, INVITATION, { t: tokenOf(link.url) })).data!.invitation.totpSecret;
    clock.advance(60 * 60_000 + 1);
    const late = await t.gql(null, ACCEPT, { t: tokenOf(link.url), p: PASSWORD, c: await totpCode(secret, clock.now()) });
    expect(late.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await t.sql('SELECT principal_id FROM credential')).toEqual([]);
  });

  it(`${LINK_CODE_ATTEMPTS} wrong codes revoke the link, and the right code no longer helps`, async () => {
    const link = await t.app.services.invitations.bootstrapAdmin({ email: 'late@example.org', displayName: 'Late' });
    const token = tokenOf(link.url);
    const secret = (await t.gql<{ invitation: Details }>(null, INVITATION, { t: token })).data!.invitation.totpSecret;
    const right = await totpCode(secret, clock.now());
    const wrongCode = right === '123456' ? '654321' : '123456';
    for (let attempt = 0; attempt < LINK_CODE_ATTEMPTS; attempt++) {
      const wrong = await t.gql(null, ACCEPT, { t: token, p: PASSWORD, c: wrongCode });
      expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const after = await t.gql(null, ACCEPT, { t: token, p: PASSWORD, c: right });
    expect(after.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('two acceptances of one link at once: one session, the other NOT_FOUND', async () => {
    const link = await t.app.services.invitations.bootstrapAdmin({ email: 'late@example.org', displayName: 'Late', replace: true });
    const token = tokenOf(link.url);
    const secret = (await t.gql<{ invitation: Details }>(null, INVITATION, { t: token })).data!.invitation.totpSecret;
    const code = await totpCode(secret, clock.now());
    const both = await Promise.all([t.gql<Accepted>(null, ACCEPT, { t: token, p: PASSWORD, c: code }), t.gql<Accepted>(null, ACCEPT, { t: token, p: PASSWORD, c: code })]);
    expect(both.filter((result) => result.data?.acceptInvitation)).toHaveLength(1);
    expect(both.filter((result) => result.errors?.[0].extensions?.code === 'NOT_FOUND')).toHaveLength(1);
    expect(await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM session WHERE kind = 'SESSION'`)).toEqual([{ n: 1 }]);
    expect(await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM role_assignment`)).toEqual([{ n: 1 }]);
  });

  it('an unknown or malformed token is NOT_FOUND, never an error page', async () => {
    for (const token of ['', 'eli_nope', 'x'.repeat(5000)]) {
      const answer = await t.gql(null, INVITATION, { t: token });
      // A GraphQL answer (200, as every resolver error is), never a 500.
      expect(answer.status).toBe(200);
      expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('bootstrap-admin on the command line', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ empty: true });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), path.resolve(__dirname, '../src/cli.ts'), 'bootstrap-admin', ...args], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'error' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('prints a setup link; a second run is refused while it is valid; bad arguments are a usage error', async () => {
    const first = await cli('--email', 'Root@Example.org', '--name', 'Root Admin');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/\/setup\?token=eli_[\w-]+/);
    const second = await cli('--email', 'other@example.org', '--name', 'Other');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('still valid');
    const usage = await cli('--email', 'x@example.org');
    expect(usage.code).toBe(2);
    expect(await t.sql('SELECT email FROM principal')).toEqual([{ email: 'root@example.org' }]);
  }, 60_000);
});
