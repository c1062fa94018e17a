import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/db/demo-seed';
import { logger, setLogLevel } from '../src/lib/logger';
import { hashPassword, verifyPassword } from '../src/modules/auth/password';
import { totpCode } from './support/totp';
import { startTestApp, type TestApp } from './support/app';

/**
 * R12: passwords and API tokens are stored hashed; no GraphQL field gives out a hash or a secret (only the one-time
 * outputs: a new session's token, a new API token, a TOTP enrolment); the session cookie is httpOnly and SameSite; CORS
 * answers only allowed origins; logs never carry a password, a token or a code.
 */

const WRONG_PASSWORD = 'Wr0ng-Pa55word-R12-canary';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every table of the schema, each row as JSON text, searched for `needle`; returns "table" for each table holding it. */
async function tablesContaining(t: TestApp, needle: string): Promise<string[]> {
  const tables = await t.sql<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" t WHERE strpos(to_jsonb(t)::text, $1) > 0`, [needle]);
    if (row.n > 0) found.push(name);
  }
  return found;
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);

describe('secrets (R12)', () => {
  let t: TestApp;
  let admin: string;
  let apiToken: string;
  let pipelineId: string;
  let scimToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signInWithMfa('admin@contoso.test');
    pipelineId = await t.ids.principal('deploy-pipeline');
    const issued = await t.gql<{ createApiToken: { token: string } }>(
      admin,
      'mutation($sp: ID!) { createApiToken(servicePrincipalId: $sp, name: "R12 canary") { token } }',
      { sp: pipelineId },
    );
    if (!issued.data) throw new Error(JSON.stringify(issued.errors));
    apiToken = issued.data.createApiToken.token;
    const used = await t.gql(apiToken, '{ viewer { id } }');
    if (used.errors) throw new Error(JSON.stringify(used.errors));
    await t.gql(null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: 'carol@contoso.test', p: WRONG_PASSWORD });
    const scim = await t.gql<{ createScimToken: { token: string } }>(admin, 'mutation { createScimToken(name: "R12 canary") { token } }');
    if (!scim.data) throw new Error(JSON.stringify(scim.errors));
    scimToken = scim.data.createScimToken.token;
    const provisioned = await fetch(`${t.url.replace(/\/graphql$/, '')}/scim/v2/Users`, { headers: { authorization: `Bearer ${scimToken}` } });
    if (provisioned.status !== 200) throw new Error(`SCIM answered ${provisioned.status}`);
  });
  afterAll(async () => t?.stop());

  describe('storage', () => {
    it('keeps no password, session token or API token in plain text in any column of any table', async () => {
      for (const [what, secret] of [
        ['the demo password', DEMO_PASSWORD],
        ['a wrong password that was tried', WRONG_PASSWORD],
        ['a session token', admin],
        ['an API token', apiToken],
        ['the random part of an API token', apiToken.replace(/^elt_/, '')],
        ['a SCIM token', scimToken],
        ['the random part of a SCIM token', scimToken.replace(/^elp_/, '')],
      ]) {
        expect(await tablesContaining(t, secret), `${what} found in plain text`).toEqual([]);
      }
    });

    it('stores tokens as SHA-256 hashes and passwords as salted scrypt hashes', async () => {
      const sessions = await t.sql<{ token_hash: string }>('SELECT token_hash FROM session WHERE token_hash IN ($1, $2)', [sha256(admin), sha256(apiToken)]);
      expect(sessions).toHaveLength(2);
      expect(await t.sql('SELECT 1 FROM scim_token WHERE token_hash = $1', [sha256(scimToken)])).toHaveLength(1);
      const credentials = await t.sql<{ password_hash: string }>('SELECT password_hash FROM credential');
      expect(credentials.length).toBeGreaterThan(0);
      for (const { password_hash: hash } of credentials) expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]{16,}\$[A-Za-z0-9+/=]{40,}$/);
      // The same password hashes differently each time (a fresh salt), and still verifies.
      const [first, second] = [await hashPassword('R12 salt check'), await hashPassword('R12 salt check')];
      expect(first).not.toBe(second);
      expect(await verifyPassword('R12 salt check', first)).toBe(true);
      expect(await verifyPassword('R12 salt check!', first)).toBe(false);
    });
  });

  describe('the GraphQL schema', () => {
    let types: { name: string; kind: string; fields: { name: string; type: TypeRef }[] | null; inputFields: { name: string; type: TypeRef }[] | null }[];

    beforeAll(async () => {
      const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
      const result = await t.gql<{ __schema: { types: typeof types } }>(
        admin,
        `{ __schema { types { name kind fields(includeDeprecated: true) { name type { ${ref} } } inputFields { name type { ${ref} } } } } }`,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      types = result.data.__schema.types.filter((type) => !type.name.startsWith('__'));
    });

    it('exposes secret-looking values only as the one-time outputs', async () => {
      const secretish = /pass(word)?|hash|secret|salt|token|otp|uri|credential|private|api.?key/i;
      const exposed = types
        // Values, not operations: the root types' fields are what one asks for, their types are what comes back.
        .filter((type) => (type.kind === 'OBJECT' || type.kind === 'INTERFACE') && !['Query', 'Mutation', 'Subscription'].includes(type.name))
        .flatMap((type) => (type.fields ?? []).filter((f) => named(f.type).kind === 'SCALAR' && secretish.test(f.name)).map((f) => `${type.name}.${f.name}`))
        .sort();
      // IdentityProvider.hasClientSecret says whether a secret is kept (a Boolean), never the secret; User.passwordSignIn
      // whether a password signs the person in (a Boolean), never the password.
      // AuditEvent.hash is the audit chain's link (sha256 of public content), given out so that anyone can check it: no secret.
      // Invitation.totpSecret/otpauthUri: the authenticator key a setup or invitation link's holder enrols, answered only
      // while the link works (once used it is NOT_FOUND), like TotpEnrolment's: API.md's names.
      expect(exposed).toEqual([
        'AuditEvent.hash',
        'CreatedWebhook.secret',
        'IdentityProvider.hasClientSecret',
        'Invitation.otpauthUri',
        'Invitation.totpSecret',
        'IssuedApiToken.token',
        'IssuedScimToken.token',
        'Session.token',
        'TotpEnrolment.secret',
        'TotpEnrolment.uri',
        'User.passwordSignIn',
      ]);
    });

    it('returns those one-time outputs only from the operations that create them', async () => {
      const carriers = new Set(['IssuedApiToken', 'IssuedScimToken', 'Session', 'TotpEnrolment', 'Invitation']);
      const returning = types
        .flatMap((type) => (type.fields ?? []).filter((f) => carriers.has(named(f.type).name ?? '')).map((f) => `${type.name}.${f.name}`))
        .sort();
      expect(returning).toEqual(['Mutation.acceptInvitation', 'Mutation.beginTotpEnrolment', 'Mutation.createApiToken', 'Mutation.createScimToken', 'Mutation.signIn', 'Mutation.stepUpMfa', 'Query.invitation']);
    });

    it('has no field or input named after a password hash, a token hash or a TOTP secret', async () => {
      const all = types.flatMap((type) => [...(type.fields ?? []), ...(type.inputFields ?? [])].map((f) => `${type.name}.${f.name}`));
      // The one allowed "hash": the audit chain's public link; the one TOTP secret: a link's key to enrol (see above).
      const allowed = new Set(['AuditEvent.hash', 'Invitation.totpSecret']);
      expect(all.filter((name) => !allowed.has(name) && /hash|salt|totp_?secret|totpSecret|pendingSecret|lastStep/i.test(name))).toEqual([]);
      expect(types.map((type) => type.name).filter((name) => /credential|secret|hash/i.test(name))).toEqual([]);
    });

    it('gives out no hash or secret in answers about tokens and people', async () => {
      const answers = JSON.stringify([
        await t.gql(admin, '{ apiTokens { id name createdAt expiresAt lastUsedAt revokedAt servicePrincipal { id displayName } } }'),
        await t.gql(admin, '{ scimTokens { id name createdAt expiresAt lastUsedAt revokedAt } }'),
        await t.gql(admin, '{ identityProviders { id name issuer clientId hasClientSecret scopes } signInProviders { id name signInPath } }'),
        await t.gql(admin, '{ me { id email displayName mfaEnrolled lastSignInAt manager { id } groups { id } } viewer { id } }'),
        await t.gql(admin, '{ principals(first: 100) { edges { node { id displayName ... on User { email mfaEnrolled lastSignInAt } } } } }'),
      ]);
      const [credential] = await t.sql<{ password_hash: string }>('SELECT password_hash FROM credential LIMIT 1');
      for (const [what, secret] of [
        ['an API token', apiToken],
        ['an API token hash', sha256(apiToken)],
        ['a session token', admin],
        ['a session token hash', sha256(admin)],
        ['a password hash', credential.password_hash],
        ['a TOTP secret', DEMO_TOTP_SECRET],
        ['the password', DEMO_PASSWORD],
      ]) {
        expect(answers.includes(secret), `${what} in a GraphQL answer`).toBe(false);
      }
      expect(answers).not.toMatch(/scrypt\$/);
    });
  });

  describe('the session cookie', () => {
    const signInOverHttp = async (url: string, email: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } }),
      });
    const cookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('elevate_session='));

    it('is set by signIn as HttpOnly and SameSite, for the whole site', async () => {
      const response = await signInOverHttp(t.url, 'bob@contoso.test');
      const cookie = cookieOf(response);
      expect(cookie, JSON.stringify(response.headers.getSetCookie())).toBeDefined();
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
      expect(cookie).toMatch(/;\s*Path=\//i);
      expect(cookie).toMatch(/;\s*Expires=/i);
    });

    it('is cleared by signOut', async () => {
      const token = await t.signIn('dave@contoso.test');
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation { signOut }' }),
      });
      const cookie = cookieOf(response);
      expect(cookie).toBeDefined();
      expect(cookie).toMatch(/elevate_session=;/);
      expect(cookie).toMatch(/Expires=Thu, 01 Jan 1970/i);
    });

    it('is not accepted on a request a cross-site form could make (CSRF prevention)', async () => {
      const response = await signInOverHttp(t.url, 'alice@contoso.test');
      const token = cookieOf(response)!.split(';')[0].split('=')[1];
      const cookie = `elevate_session=${token}`;
      const ok = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ me { email } }' }) });
      expect(await ok.json()).toMatchObject({ data: { me: { email: 'alice@contoso.test' } } });
      const form = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: JSON.stringify({ query: 'mutation { signOut }' }) });
      expect(form.status).toBe(400);
      const get = await fetch(`${t.url}?query=${encodeURIComponent('{ me { email } }')}`, { headers: { cookie } });
      expect(get.status).toBe(400);
      expect(await get.text()).not.toContain('alice@contoso.test');
    });

    it('does not hand the cookie’s token to a script through GraphQL', async () => {
      // An httpOnly cookie keeps the token out of reach of page scripts; an answer that echoes it would undo that.
      const response = await signInOverHttp(t.url, 'pra@contoso.test');
      const token = cookieOf(response)!.split(';')[0].split('=')[1];
      const result = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `elevate_session=${token}` },
        body: JSON.stringify({ query: 'mutation($c: String!) { stepUpMfa(code: $c) { token mfaAt } }', variables: { c: await totpCode(DEMO_TOTP_SECRET) } }),
      });
      const body = await result.text();
      expect(body).toContain('mfaAt');
      expect(body.includes(token), `stepUpMfa answered a cookie caller with its session token: ${body}`).toBe(false);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(t.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const post = (origin: string) =>
      fetch(t.url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

    it('answers the web app’s origin, with credentials', async () => {
      for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3000']) {
        const response = await preflight(origin);
        expect(response.status, origin).toBeLessThan(300);
        expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
        expect(response.headers.get('access-control-allow-credentials'), origin).toBe('true');
        expect(response.headers.get('access-control-allow-methods') ?? '', origin).toMatch(/POST/);
        expect((await post(origin)).headers.get('access-control-allow-origin'), origin).toBe(origin);
      }
    });

    it('does not answer other origins', async () => {
      for (const origin of ['http://evil.example', 'null', 'http://localhost:3000.evil.example', 'https://localhost:3000', 'http://localhost:3001']) {
        const response = await preflight(origin);
        expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
        expect((await post(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      }
    });
  });

  describe('logs', () => {
    let captured = '';
    const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
    const restore = () => {
      process.stdout.write = writes.stdout;
      process.stderr.write = writes.stderr;
      setLogLevel('error');
    };
    afterEach(restore);

    it('never carry a password, a token or a TOTP code, even on failures and unexpected errors', async () => {
      const capture =
        (stream: NodeJS.WriteStream, original: typeof process.stdout.write) =>
        (chunk: unknown, ...rest: unknown[]) => {
          captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
          return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
        };
      process.stdout.write = capture(process.stdout, writes.stdout) as typeof process.stdout.write;
      process.stderr.write = capture(process.stderr, writes.stderr) as typeof process.stderr.write;
      setLogLevel('debug');
      logger.debug('R12 capture check');

      const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
      const signedIn = await t.gql<{ signIn: { token: string } }>(null, SIGN_IN, { e: 'bob@contoso.test', p: DEMO_PASSWORD });
      const sessionToken = signedIn.data!.signIn.token;
      await t.gql(null, SIGN_IN, { e: 'bob@contoso.test', p: WRONG_PASSWORD });
      await t.gql(null, SIGN_IN, { e: 'nobody@contoso.test', p: WRONG_PASSWORD });
      // Inputs that have made the server fail unexpectedly, each carrying the password: a NUL byte in the email, in a search.
      await t.gql(null, SIGN_IN, { e: 'bob@contoso.test\u0000', p: WRONG_PASSWORD });
      await t.gql(sessionToken, '{ principals(search: "x\u0000y") { totalCount } }');
      await t.gql(`${sessionToken}x`, '{ me { id } }');
      const code = await totpCode(DEMO_TOTP_SECRET);
      await t.gql(sessionToken, 'mutation($c: String!) { stepUpMfa(code: $c) { mfaAt } }', { c: code });
      const issued = await t.gql<{ createApiToken: { token: string } }>(
        admin,
        'mutation($sp: ID!) { createApiToken(servicePrincipalId: $sp, name: "R12 log canary") { token } }',
        { sp: pipelineId },
      );
      const newApiToken = issued.data!.createApiToken.token;
      await t.gql(newApiToken, '{ viewer { id } }');
      await t.gql(newApiToken, '{ roleAssignments(filter: { state: ALL }) { totalCount } }');
      // Malformed JSON carrying a password: a client error for the HTTP layer.
      await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
        body: `{"query":"mutation { signIn(email: \\"bob@contoso.test\\", password: \\"${WRONG_PASSWORD}\\") { token } }",`,
      });
      // SCIM with a good token, a bad one, and a malformed body.
      const scimBase = `${t.url.replace(/\/graphql$/, '')}/scim/v2`;
      await fetch(`${scimBase}/Users`, { headers: { authorization: `Bearer ${scimToken}` } });
      await fetch(`${scimBase}/Users`, { headers: { authorization: `Bearer ${scimToken}x` } });
      await fetch(`${scimBase}/Users`, { method: 'POST', headers: { authorization: `Bearer ${scimToken}`, 'content-type': 'application/scim+json' }, body: '{"userName":' });
      restore();

      expect(captured, 'the capture of stdout/stderr works').toContain('R12 capture check');
      for (const [what, secret] of [
        ['the password', DEMO_PASSWORD],
        ['a wrong password', WRONG_PASSWORD],
        ['a session token', sessionToken],
        ['the random part of a session token', sessionToken.replace(/^els_/, '')],
        ['an API token', newApiToken],
        ['another API token', apiToken],
        ['the admin session token', admin],
        ['a TOTP code', `"${code}"`],
        ['the TOTP secret', DEMO_TOTP_SECRET],
        ['a SCIM token', scimToken.replace(/^elp_/, '')],
      ]) {
        expect(captured.includes(secret), `${what} in the logs:\n${captured.slice(0, 2000)}`).toBe(false);
      }
    });
  });

  describe('in production', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await startTestApp({ config: { NODE_ENV: 'production', DATABASE_URL: 'postgres://unused@127.0.0.1:5432/unused' } });
    });
    afterAll(async () => prod?.stop());

    it('marks the session cookie Secure as well', async () => {
      const response = await fetch(prod.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: 'bob@contoso.test', p: DEMO_PASSWORD } }),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('elevate_session='));
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    });
  });
});
