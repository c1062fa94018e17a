import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_MEMBER_ID } from '../src/modules/roles/built-in-roles';
import type { TestOpenIdProvider } from './support/openid-provider.mjs' with { 'resolution-mode': 'import' };
import { startSmtpSink } from './support/sinks';
import { startTestApp, type TestApp } from './support/app';

const startOpenIdProvider = async (...args: Parameters<typeof import('./support/openid-provider.mjs', { with: { 'resolution-mode': 'import' } }).startOpenIdProvider>) =>
  (await import('./support/openid-provider.mjs')).startOpenIdProvider(...args);

const WEB = 'https://elevate.test';
const PROVIDER_FIELDS = 'id name issuer clientId hasClientSecret scopes groupsClaim mfaClaimValues guest homeOrganization createMembers enabled signInPath';
const CREATE = `mutation ($input: IdentityProviderInput!) { createIdentityProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: IdentityProviderInput!) { updateIdentityProvider(id: $id, input: $input) { ${PROVIDER_FIELDS} } }`;

/** Cookies per origin, as a browser keeps them (enough for these two servers: every cookie goes back to its origin). */
class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();
  take(url: string, response: Response): void {
    const jar = this.jars.get(new URL(url).origin) ?? new Map<string, string>();
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, ...value] = pair.split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || attributes.some((a) => /^\s*max-age=0\b/i.test(a));
      if (expired) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    this.jars.set(new URL(url).origin, jar);
  }
  header(url: string): string {
    return [...(this.jars.get(new URL(url).origin) ?? new Map()).entries()].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  get(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).origin)?.get(name);
  }
}

/**
 * Sign-in with OpenID Connect against a real OpenID Provider (panva's oidc-provider on 127.0.0.1): the authorization code
 * flow with PKCE, state and nonce, driven as a browser drives it (redirects, cookies, the provider's login form); binding
 * by issuer + subject; MFA from `amr`; groups; guests; and R17's misbehaving provider: wrong issuer, audience, nonce, an
 * expired token, a foreign signature, a replayed callback — each ends on the sign-in page with no session.
 */
describe('OpenID Connect sign-in', () => {
  let t: TestApp;
  let idp: TestOpenIdProvider;
  let home: TestOpenIdProvider;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: string;
  let providerId: string;
  let guestProviderId: string;
  let api: string;
  const accounts: Record<string, { claims: Record<string, unknown>; amr?: string[]; acr?: string }> = {
    'alice-at-idp': { claims: { email: 'alice@contoso.test', email_verified: true, name: 'Alice at the IdP' }, amr: ['pwd', 'mfa'] },
    'no-mfa': { claims: { email: 'bob@contoso.test', email_verified: true }, amr: ['pwd'] },
    unverified: { claims: { email: 'carol@contoso.test', email_verified: false } },
    newcomer: { claims: { email: 'newcomer@contoso.test', email_verified: true, name: 'Nia Newcomer', given_name: 'Nia', family_name: 'Newcomer' } },
    invited: { claims: { email: 'someone-else@idp.test', email_verified: true } },
  };
  const guestAccounts: Record<string, { claims: Record<string, unknown>; amr?: string[] }> = {
    'fabrikam-guest': { claims: { email: 'gus@fabrikam.test', email_verified: true }, amr: ['mfa'] },
    'fabrikam-stranger': { claims: { email: 'stranger@fabrikam.test', email_verified: true } },
  };
  const sessions = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM session WHERE kind = 'SESSION'`))[0].n;

  /** The whole round trip as a browser makes it; returns where it ended and the session cookie, if any. */
  async function signInThrough(id: string, account: string, options: { invitation?: string; provider?: TestOpenIdProvider; jar?: CookieJar; keepCallback?: (url: string) => void } = {}) {
    const jar = options.jar ?? new CookieJar();
    const go = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: jar.header(url) } });
      jar.take(url, response);
      return response;
    };
    let url = `${api}/auth/oidc/${id}/start${options.invitation ? `?invitation=${encodeURIComponent(options.invitation)}` : ''}`;
    for (let hop = 0; hop < 12; hop += 1) {
      if (url.startsWith(WEB)) return { location: url, session: jar.get(api, 'elevate_session') };
      if (url.includes('/interaction/')) {
        const form = await go(url);
        expect(await form.text()).toContain('Sign in to the test identity provider');
        const posted = await go(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ login: account }).toString() });
        url = new URL(posted.headers.get('location') ?? '', url).href;
        continue;
      }
      if (url.startsWith(`${api}/auth/oidc/callback`)) options.keepCallback?.(url);
      const response = await go(url);
      const next = response.headers.get('location');
      if (!next) throw new Error(`no redirect from ${url}: ${response.status} ${await response.text()}`);
      url = new URL(next, url).href;
    }
    throw new Error('too many redirects');
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ config: { JOBS: 'false', OUTBOUND_ALLOW_PRIVATE: 'true', PUBLIC_WEB_URL: WEB, SMTP_URL: smtp.url } });
    api = t.url.replace(/\/graphql$/, '');
    idp = await startOpenIdProvider({ redirectUris: [`${api}/auth/oidc/callback`], accounts });
    home = await startOpenIdProvider({ redirectUris: [`${api}/auth/oidc/callback`], accounts: guestAccounts });
    admin = await t.signInWithMfa('admin@contoso.test');
    const made = await t.gql<{ createIdentityProvider: { id: string } }>(admin, CREATE, {
      input: { name: 'Contoso SSO', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, scopes: ['email', 'profile', 'groups'], groupsClaim: 'groups' },
    });
    expect(made.errors).toBeUndefined();
    providerId = made.data!.createIdentityProvider.id;
    const guest = await t.gql<{ createIdentityProvider: { id: string } }>(admin, CREATE, {
      input: { name: 'Fabrikam', issuer: home.issuer, clientId: home.clientId, clientSecret: home.clientSecret, guest: true, homeOrganization: 'Fabrikam' },
    });
    expect(guest.errors).toBeUndefined();
    guestProviderId = guest.data!.createIdentityProvider.id;
    await t.app.services.notifications.delivery.deliverDue();
    smtp.mails.length = 0;
  });
  afterAll(async () => {
    await t?.stop();
    await idp?.stop();
    await home?.stop();
    await smtp?.stop();
  });

  it('connects a provider as data: the secret is kept and never shown; the sign-in page lists it; R14 refuses a metadata address', async () => {
    const listed = await t.gql<{ identityProviders: Record<string, unknown>[] }>(admin, `{ identityProviders { ${PROVIDER_FIELDS} } }`);
    expect(listed.data?.identityProviders.find((p) => p.id === providerId)).toMatchObject({
      name: 'Contoso SSO',
      issuer: idp.issuer,
      hasClientSecret: true,
      scopes: ['openid', 'email', 'profile', 'groups'],
      mfaClaimValues: ['mfa'],
      guest: false,
      createMembers: false,
      signInPath: `/auth/oidc/${providerId}/start`,
    });
    expect(JSON.stringify(listed)).not.toContain(idp.clientSecret);
    const page = await t.gql<{ signInProviders: { id: string; name: string }[] }>(null, '{ signInProviders { id name guest signInPath } }');
    expect(page.data?.signInProviders.map((p) => p.name)).toEqual(['Contoso SSO', 'Fabrikam']);
    // Only Global Administrators manage them.
    const alice = await t.signIn('alice@contoso.test');
    expect((await t.gql(alice, '{ identityProviders { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The metadata service, and a guest provider that would create users: refused, nothing written.
    const before = (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM identity_provider'))[0].n;
    // R14 where private addresses are not allowed (production): the metadata service and loopback are refused.
    const strict = await startTestApp();
    try {
      const strictAdmin = await strict.signInWithMfa('admin@contoso.test');
      for (const issuer of ['https://169.254.169.254/latest', 'https://127.0.0.1:8443', 'http://idp.example.com']) {
        const refused = await strict.gql(strictAdmin, CREATE, { input: { name: 'Metadata', issuer, clientId: 'x' } });
        expect(refused.errors?.[0].extensions, issuer).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuer' });
      }
      expect(await strict.sql('SELECT 1 FROM identity_provider')).toHaveLength(0);
    } finally {
      await strict.stop();
    }
    const creatingGuests = await t.gql(admin, CREATE, { input: { name: 'G', issuer: 'https://guests.example.com', clientId: 'x', guest: true, homeOrganization: 'G', createMembers: true } });
    expect(creatingGuests.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'createMembers' });
    const duplicate = await t.gql(admin, CREATE, { input: { name: 'Again', issuer: idp.issuer, clientId: 'x' } });
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM identity_provider'))[0].n).toBe(before);
  });

  it('binds a known person by a verified email once, then by issuer + subject; MFA at the provider makes the session MFA-fresh from auth_time', async () => {
    const aliceId = await t.ids.principal('alice@contoso.test');
    const first = await signInThrough(providerId, 'alice-at-idp');
    expect(first.location).toBe(`${WEB}/`);
    expect(first.session).toMatch(/^els_/);
    const session = await t.gql<{ viewer: { id: string }; viewerSession: { mfaAt: string | null } }>(first.session!, '{ viewer { id } viewerSession { mfaAt } }');
    expect(session.data?.viewer.id).toBe(aliceId);
    expect(session.data?.viewerSession.mfaAt).not.toBeNull();
    expect(Math.abs(Date.parse(session.data!.viewerSession.mfaAt!) - Date.now())).toBeLessThan(60_000);
    const [binding] = await t.sql<{ principal_id: string; issuer: string; subject: string }>('SELECT principal_id, issuer, subject FROM identity_binding WHERE subject = $1', ['alice-at-idp']);
    expect(binding).toEqual({ principal_id: aliceId, issuer: idp.issuer, subject: 'alice-at-idp' });
    const [audit] = await t.sql<{ after: Record<string, unknown> }>(`SELECT after FROM audit_event WHERE action = 'auth.sign_in' AND target_principal_id = $1 ORDER BY seq DESC LIMIT 1`, [aliceId]);
    expect(audit.after).toMatchObject({ via: 'oidc', providerId, mfa: true });
    // Her page shows how she signs in, to the directory's administrators and to herself; to another member, nothing.
    const SIGN_IN = 'query ($id: ID!) { principal(id: $id) { ... on User { passwordSignIn identityBindings { providerId providerName guest subject boundAt lastSignInAt } } } }';
    const shown = await t.gql<{ principal: { passwordSignIn: boolean; identityBindings: Record<string, unknown>[] } }>(admin, SIGN_IN, { id: aliceId });
    expect(shown.data?.principal).toMatchObject({ passwordSignIn: true, identityBindings: [{ providerId, providerName: 'Contoso SSO', guest: false, subject: 'alice-at-idp' }] });
    expect(shown.data?.principal.identityBindings[0].lastSignInAt).not.toBeNull();
    expect((await t.gql<{ principal: unknown }>(first.session!, SIGN_IN, { id: aliceId })).data?.principal).toMatchObject({ identityBindings: [{ subject: 'alice-at-idp' }] });
    const dave = await t.signIn('dave@contoso.test');
    expect((await t.gql(dave, SIGN_IN, { id: aliceId })).data?.principal).toEqual({ passwordSignIn: null, identityBindings: [] });

    // The provider now says another email: the binding, not the email, says who this is.
    accounts['alice-at-idp'].claims.email = 'bob@contoso.test';
    const again = await signInThrough(providerId, 'alice-at-idp');
    expect((await t.gql<{ viewer: { id: string } }>(again.session!, '{ viewer { id } }')).data?.viewer.id).toBe(aliceId);
    accounts['alice-at-idp'].claims.email = 'alice@contoso.test';

    // Without MFA at the provider the session is not MFA-fresh.
    const bob = await signInThrough(providerId, 'no-mfa');
    expect((await t.gql<{ viewerSession: { mfaAt: string | null } }>(bob.session!, '{ viewerSession { mfaAt } }')).data?.viewerSession.mfaAt).toBeNull();
  });

  it('an unverified email links nobody; an unknown person gets in only where the provider may create members (source OIDC)', async () => {
    const before = await sessions();
    const unverified = await signInThrough(providerId, 'unverified');
    expect(unverified).toEqual({ location: `${WEB}/sign-in?sso=unknown_person`, session: undefined });
    expect(await t.sql('SELECT 1 FROM identity_binding WHERE subject = $1', ['unverified'])).toHaveLength(0);
    const stranger = await signInThrough(providerId, 'newcomer');
    expect(stranger.location).toBe(`${WEB}/sign-in?sso=unknown_person`);
    expect(await sessions()).toBe(before);
    expect(await t.sql("SELECT 1 FROM principal WHERE email = 'newcomer@contoso.test'")).toHaveLength(0);

    const allowed = await t.gql(admin, UPDATE, { id: providerId, input: { name: 'Contoso SSO', issuer: idp.issuer, clientId: idp.clientId, scopes: ['email', 'profile', 'groups'], groupsClaim: 'groups', createMembers: true } });
    expect(allowed.errors).toBeUndefined();
    expect((allowed.data as { updateIdentityProvider: { hasClientSecret: boolean } }).updateIdentityProvider.hasClientSecret).toBe(true);
    const created = await signInThrough(providerId, 'newcomer');
    expect(created.location).toBe(`${WEB}/`);
    const [person] = await t.sql<{ display_name: string; source: string; user_type: string; given_name: string }>(
      "SELECT display_name, source, user_type, given_name FROM principal WHERE email = 'newcomer@contoso.test'",
    );
    expect(person).toEqual({ display_name: 'Nia Newcomer', source: 'OIDC', user_type: 'MEMBER', given_name: 'Nia' });
  });

  it('the groups claim makes and ends memberships with source OIDC; when the provider leaves groups out, nothing changes', async () => {
    const made = await t.gql<{ createGroup: { id: string } }>(admin, 'mutation { createGroup(input: { displayName: "Mail team", externalId: "idp-mail-team" }) { id } }');
    expect(made.errors).toBeUndefined();
    const groupId = made.data!.createGroup.id;
    const aliceId = await t.ids.principal('alice@contoso.test');
    const memberships = () =>
      t.sql<{ source: string }>(
        `SELECT m.source FROM role_assignment m JOIN scope s ON s.id = m.scope_id WHERE s.group_id = $1 AND m.principal_id = $2 AND m.role_id = $3 AND m.end_reason IS NULL`,
        [groupId, aliceId, GROUP_MEMBER_ID],
      );
    accounts['alice-at-idp'].claims.groups = ['idp-mail-team', 'a-group-nobody-linked'];
    await signInThrough(providerId, 'alice-at-idp');
    expect(await memberships()).toEqual([{ source: 'OIDC' }]);
    // Entra's overage: the groups are elsewhere (_claim_names); change nothing.
    delete accounts['alice-at-idp'].claims.groups;
    accounts['alice-at-idp'].claims._claim_names = { groups: 'src1' };
    await signInThrough(providerId, 'alice-at-idp');
    expect(await memberships()).toEqual([{ source: 'OIDC' }]);
    delete accounts['alice-at-idp'].claims._claim_names;
    // Out of the group at the provider: the membership it made ends.
    accounts['alice-at-idp'].claims.groups = [];
    await signInThrough(providerId, 'alice-at-idp');
    expect(await memberships()).toEqual([]);
    delete accounts['alice-at-idp'].claims.groups;
  });

  it('a guest provider creates nobody: an invited guest accepts there, is bound, and signs in only there', async () => {
    const before = await sessions();
    expect((await signInThrough(guestProviderId, 'fabrikam-stranger', { provider: home })).location).toBe(`${WEB}/sign-in?sso=not_invited`);
    expect(await sessions()).toBe(before);

    const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';
    const gus = { email: 'gus@fabrikam.test', displayName: 'Gus Guest', userType: 'GUEST', homeOrganization: 'Fabrikam' };
    // A guest is invited through a home organisation's provider, never a member provider; an unknown one is refused.
    const users = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM principal WHERE type = 'USER'`))[0].n;
    const usersBefore = await users();
    for (const [identityProviderId, code] of [[providerId, 'BAD_USER_INPUT'], ['00000000-0000-4000-8000-000000000000', 'BAD_USER_INPUT'], ['not-an-id', 'NOT_FOUND']]) {
      const refused = await t.gql(admin, CREATE_USER, { input: { ...gus, identityProviderId } });
      expect(refused.errors?.[0].extensions, identityProviderId).toMatchObject({ code });
    }
    expect(await users()).toBe(usersBefore);

    const invited = await t.gql<{ createUser: { id: string } }>(admin, CREATE_USER, { input: { ...gus, identityProviderId: guestProviderId } });
    expect(invited.errors).toBeUndefined();
    await t.app.services.notifications.delivery.deliverDue();
    const mail = smtp.mails.find((m) => m.to.includes('gus@fabrikam.test'));
    expect(mail?.text).toContain('Accept by signing in with Fabrikam');
    const token = decodeURIComponent(/invitation\?token=([\w%-]+)/.exec(mail?.text ?? '')?.[1] ?? '');
    expect(token).toMatch(/^eli_/);
    // The page is told where to accept it; a password is refused and the link still works.
    const page = await t.gql<{ invitation: { identityProviderId: string; identityProvider: { name: string; signInPath: string } } }>(
      null,
      'query ($t: String!) { invitation(token: $t) { identityProviderId identityProvider { name signInPath } } }',
      { t: token },
    );
    expect(page.data?.invitation).toEqual({ identityProviderId: guestProviderId, identityProvider: { name: 'Fabrikam', signInPath: `/auth/oidc/${guestProviderId}/start` } });
    const withPassword = await t.gql(null, 'mutation ($t: String!) { acceptInvitation(token: $t, password: "A-long-enough-passphrase-9", totpCode: "000000") { token } }', { t: token });
    expect(withPassword.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(withPassword.errors?.[0].message).toContain('signing in with Fabrikam');
    // Through another provider (here the member one, as somebody with the same verified email): refused, the link kept.
    accounts['gus-at-contoso'] = { claims: { email: 'gus@fabrikam.test', email_verified: true } };
    expect((await signInThrough(providerId, 'gus-at-contoso', { invitation: token })).location).toBe(`${WEB}/sign-in?sso=invitation_invalid`);
    expect((await t.gql(null, 'query ($t: String!) { invitation(token: $t) { kind } }', { t: token })).errors).toBeUndefined();

    const accepted = await signInThrough(guestProviderId, 'fabrikam-guest', { invitation: token });
    expect(accepted.location).toBe(`${WEB}/`);
    expect((await t.gql<{ viewer: { id: string } }>(accepted.session!, '{ viewer { id } }')).data?.viewer.id).toBe(invited.data!.createUser.id);
    // The link worked once; from now on the binding says who this is.
    expect((await t.gql(null, 'query ($t: String!) { invitation(token: $t) { kind } }', { t: token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await signInThrough(guestProviderId, 'fabrikam-guest', { provider: home })).location).toBe(`${WEB}/`);
    // A guest's email does not link them at a member provider.
    expect((await signInThrough(providerId, 'gus-at-contoso')).location).toBe(`${WEB}/sign-in?sso=guest_elsewhere`);
    // Bound now: no new invitation (it would let them set a password).
    const resend = await t.gql(admin, 'mutation ($id: ID!) { resendInvitation(userId: $id) }', { id: invited.data!.createUser.id });
    expect(resend.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(resend.errors?.[0].message).toContain('Fabrikam');
  });

  it('a guest invitation that names no home organisation is not accepted through one', async () => {
    const invited = await t.gql<{ createUser: { id: string } }>(admin, 'mutation { createUser(input: { email: "gwen@fabrikam.test", displayName: "Gwen Guest", userType: GUEST, homeOrganization: "Fabrikam" }) { id } }');
    expect(invited.errors).toBeUndefined();
    await t.app.services.notifications.delivery.deliverDue();
    const mail = smtp.mails.find((m) => m.to.includes('gwen@fabrikam.test'));
    const token = decodeURIComponent(/invitation\?token=([\w%-]+)/.exec(mail?.text ?? '')?.[1] ?? '');
    guestAccounts['fabrikam-gwen'] = { claims: { email: 'gwen@fabrikam.test', email_verified: true }, amr: ['mfa'] };
    const bindings = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM identity_binding WHERE principal_id = $1', [invited.data!.createUser.id]))[0].n;
    expect((await signInThrough(guestProviderId, 'fabrikam-gwen', { invitation: token, provider: home })).location).toBe(`${WEB}/sign-in?sso=invitation_invalid`);
    expect(await bindings()).toBe(0);
    // A new invitation naming Fabrikam replaces it, and that one is accepted there.
    const resend = await t.gql(admin, 'mutation ($id: ID!, $p: ID) { resendInvitation(userId: $id, identityProviderId: $p) }', { id: invited.data!.createUser.id, p: guestProviderId });
    expect(resend.errors).toBeUndefined();
    await t.app.services.notifications.delivery.deliverDue();
    const again = smtp.mails.filter((m) => m.to.includes('gwen@fabrikam.test')).at(-1);
    const second = decodeURIComponent(/invitation\?token=([\w%-]+)/.exec(again?.text ?? '')?.[1] ?? '');
    expect(second).not.toBe(token);
    expect((await signInThrough(guestProviderId, 'fabrikam-gwen', { invitation: second, provider: home })).location).toBe(`${WEB}/`);
    expect(await bindings()).toBe(1);
  });

  it('R17: a wrong issuer, audience or nonce, an expired token, a foreign signature and a replayed callback give no session', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const foreign = createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, Parameters<TestOpenIdProvider['setTamper']>[0]][] = [
      ['wrong issuer', async (claims) => ({ claims: { ...claims, iss: 'https://evil.example.com' } })],
      ['wrong audience', async (claims) => ({ claims: { ...claims, aud: 'another-client' } })],
      ['wrong nonce', async (claims) => ({ claims: { ...claims, nonce: 'not-the-nonce' } })],
      ['expired', async (claims) => ({ claims: { ...claims, iat: now - 7_200, exp: now - 3_600, auth_time: now - 7_200 } })],
      ['foreign signature', async (claims) => ({ claims, key: foreign as never })],
    ];
    for (const [what, tamper] of cases) {
      idp.setTamper(tamper);
      const before = await sessions();
      const issued = idp.tokensIssued();
      const result = await signInThrough(providerId, 'alice-at-idp');
      expect(idp.tokensIssued(), what).toBe(issued + 1);
      expect(result, what).toEqual({ location: `${WEB}/sign-in?sso=invalid_response`, session: undefined });
      expect(await sessions(), what).toBe(before);
    }
    idp.setTamper(null);

    // A callback replayed (by the same browser, with its state cookie): the sign-in under way was used once.
    const jar = new CookieJar();
    let callback = '';
    const honest = await signInThrough(providerId, 'alice-at-idp', { jar, keepCallback: (url) => (callback = url) });
    expect(honest.session).toMatch(/^els_/);
    const before = await sessions();
    const replayed = await fetch(callback, { redirect: 'manual', headers: { cookie: `elevate_oidc_state=${new URL(callback).searchParams.get('state')}` } });
    expect(replayed.headers.get('location')).toBe(`${WEB}/sign-in?sso=invalid_response`);
    expect(replayed.headers.getSetCookie().some((c) => c.startsWith('elevate_session='))).toBe(false);
    expect(await sessions()).toBe(before);

    // A callback in another browser (without the state this one keeps): refused before the code is redeemed.
    let other = '';
    const issued = idp.tokensIssued();
    await signInThrough(providerId, 'alice-at-idp', { keepCallback: (url) => (other = url) }).catch(() => undefined);
    expect(idp.tokensIssued()).toBe(issued + 1);
    const started = await fetch(`${api}/auth/oidc/${providerId}/start`, { redirect: 'manual' });
    expect(started.status).toBe(302);
    const elsewhere = await fetch(other.replace(/state=[^&]+/, `state=${encodeURIComponent('forged')}`), { redirect: 'manual', headers: { cookie: 'elevate_oidc_state=forged' } });
    expect(elsewhere.headers.get('location')).toBe(`${WEB}/sign-in?sso=invalid_response`);
  });

  it('password sign-in can be turned off for someone bound to a provider (never for someone bound nowhere)', async () => {
    const aliceId = await t.ids.principal('alice@contoso.test');
    const carolId = await t.ids.principal('carol@contoso.test');
    const SET = 'mutation ($id: ID!, $on: Boolean!) { setPasswordSignIn(principalId: $id, enabled: $on) }';
    expect((await t.gql(admin, SET, { id: carolId, on: false })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(admin, SET, { id: aliceId, on: false })).errors).toBeUndefined();
    const refused = await t.gql(null, 'mutation { signIn(email: "alice@contoso.test", password: "Elevate-demo-1") { token } }');
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(refused.errors?.[0].message).toContain('identity provider');
    expect((await signInThrough(providerId, 'alice-at-idp')).session).toMatch(/^els_/);
    expect((await t.gql(admin, SET, { id: aliceId, on: true })).errors).toBeUndefined();
    expect((await t.signIn('alice@contoso.test')).length).toBeGreaterThan(10);
  });
});
