import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Kernel } from '../../kernel/kernel';
import { DomainError } from '../../lib/errors';
import { logger } from '../../lib/logger';
import { ActorType, InvitationKind, PrincipalSource, PrincipalType, UserType } from '../../lib/vocabulary/principals';
import { writeAudit } from '../audit/audit.writer';
import type { AuthService } from '../auth/auth.service';
import { hashToken, newToken } from '../auth/tokens';
import type { Actor, RequestMeta } from '../auth/viewer';
import { PrincipalEntity } from '../directory/principal.entity';
import type { SourcedMemberships } from '../directory/sourced-memberships';
import { InvitationEntity } from '../tenant/invitation.entity';
import type { IdentityProviderService } from './identity-providers.service';
import { IdentityBindingEntity, IdentityProviderEntity, OidcLoginEntity } from './oidc.entities';
import { openIdClient, type OpenIdClient } from './openid-client';

/** How long a sign-in may stay at the provider before its callback is refused. */
const LOGIN_TTL_MS = 10 * 60_000;

/** Why a sign-in through a provider did not end in a session: a code the sign-in page says in words. */
export type SignInFailure =
  | 'provider_unavailable'
  | 'provider_error'
  | 'invalid_response'
  | 'expired'
  | 'unknown_person'
  | 'not_invited'
  | 'guest_elsewhere'
  | 'disabled'
  | 'invitation_invalid';

export class OidcSignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface StartedSignIn {
  redirectTo: string;
  /** The state, to be kept in the browser (a cookie) so the callback can tell the same browser came back. */
  state: string;
}

export interface CompletedSignIn {
  token: string;
  expiresAt: Date;
  returnTo: string;
}

/** A path of the dashboard to return to; anything else (another origin, a scheme) is not followed. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 500) return null;
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : null;
}

/**
 * Sign-in with OpenID Connect (authorization code + PKCE, state and nonce) through openid-client. A person is bound by
 * issuer + subject; an email is only a hint for a first link, and only when the provider says it is verified. A guest
 * provider creates nobody: only a guest invited through it signs in there, and such a guest only there. When the ID
 * token says MFA was done (`amr`/`acr`), the session is MFA-fresh from `auth_time`. The groups claim decides the
 * person's memberships with source OIDC, at each sign-in; when the provider left groups out, nothing changes.
 */
export class OidcSignInService {
  constructor(
    private readonly kernel: Kernel,
    private readonly providers: IdentityProviderService,
    private readonly auth: AuthService,
    private readonly memberships: SourcedMemberships,
  ) {}

  /** `apiOrigin`: where this API is reached from the browser (PUBLIC_API_URL's origin); the callback is under it. */
  static redirectUri(apiOrigin: string): string {
    return `${apiOrigin}/auth/oidc/callback`;
  }

  async start(providerId: string, apiOrigin: string, options: { invitation?: string | null; returnTo?: string | null }): Promise<StartedSignIn> {
    const provider = await this.enabledProvider(providerId);
    const oidc = await openIdClient();
    let config: OpenIdClient.Configuration;
    try {
      config = await this.providers.configuration(provider);
    } catch (error) {
      logger.warn('identity provider discovery failed', { providerId: provider.id, issuer: provider.issuer, error: (error as Error).message });
      throw new OidcSignInError('provider_unavailable', `${provider.name} cannot be reached just now.`);
    }
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.kernel.db.getRepository(OidcLoginEntity).insert({
      stateHash: hashToken(state),
      providerId: provider.id,
      codeVerifier,
      nonce,
      invitationHash: options.invitation ? hashToken(options.invitation.trim()) : null,
      returnTo: safeReturnPath(options.returnTo),
      expiresAt: new Date(this.kernel.now().getTime() + LOGIN_TTL_MS),
    });
    await this.kernel.db.query('DELETE FROM oidc_login WHERE expires_at < $1', [new Date(this.kernel.now().getTime() - LOGIN_TTL_MS)]);
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: OidcSignInService.redirectUri(apiOrigin),
      scope: provider.scopes.join(' '),
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { redirectTo: url.href, state };
  }

  /**
   * The provider's answer: the sign-in under way is found by its state (which must be the one this browser keeps) and
   * used once; the code is redeemed with its PKCE verifier; openid-client checks the ID token's signature, issuer,
   * audience, nonce and times. Then the person, the groups and the session.
   */
  async callback(currentUrl: URL, browserState: string | undefined, meta: RequestMeta): Promise<CompletedSignIn> {
    const state = currentUrl.searchParams.get('state') ?? '';
    if (!state || !browserState || state !== browserState) throw new OidcSignInError('invalid_response', 'This sign-in did not start in this browser: start again.');
    const [used] = (await this.kernel.db.query('DELETE FROM oidc_login WHERE state_hash = $1 RETURNING *', [hashToken(state)])) as [Record<string, unknown>[], number];
    const login = used[0] as { provider_id: string; code_verifier: string; nonce: string; invitation_hash: string | null; return_to: string | null; expires_at: Date } | undefined;
    if (!login) throw new OidcSignInError('invalid_response', 'This sign-in is unknown or was used already: start again.');
    if (login.expires_at <= this.kernel.now()) throw new OidcSignInError('expired', 'This sign-in took too long: start again.');
    const provider = await this.enabledProvider(login.provider_id);
    const error = currentUrl.searchParams.get('error');
    if (error) throw new OidcSignInError('provider_error', `${provider.name} did not sign you in (${error.slice(0, 100)}).`);

    const oidc = await openIdClient();
    let claims: OpenIdClient.IDToken;
    try {
      const config = await this.providers.configuration(provider);
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: login.code_verifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const found = tokens.claims();
      if (!found) throw new Error('no ID token');
      claims = found;
    } catch (failure) {
      logger.warn('OIDC sign-in refused', { providerId: provider.id, issuer: provider.issuer, error: (failure as Error).message, code: (failure as { code?: string }).code });
      throw new OidcSignInError('invalid_response', `${provider.name}’s answer could not be trusted: sign in again.`);
    }

    const now = this.kernel.now();
    const actor: Actor = { type: ActorType.ANONYMOUS, id: null, ...meta };
    const person = await this.kernel.change((tx) => this.person(tx, provider, claims, login.invitation_hash, actor, now));
    await this.syncGroups(provider, person.id, claims);
    const mfaAt = this.mfaAt(provider, claims, now);
    const session = await this.kernel.change(async (tx) => {
      const [current] = (await tx.query('SELECT enabled FROM principal WHERE id = $1 FOR SHARE', [person.id])) as { enabled: boolean }[];
      if (!current?.enabled) throw new OidcSignInError('disabled', 'This account is disabled.');
      await tx.query('UPDATE identity_binding SET last_sign_in_at = $3 WHERE issuer = $1 AND subject = $2', [claims.iss, claims.sub, now]);
      return this.auth.openSession(tx, person.id, meta, now, mfaAt, 'oidc', newToken('els'), undefined, { providerId: provider.id, issuer: claims.iss, ...(mfaAt ? { mfa: true } : {}) });
    });
    return { token: session.token, expiresAt: session.expiresAt, returnTo: login.return_to ?? '/' };
  }

  private async enabledProvider(id: string): Promise<IdentityProviderEntity> {
    const provider = /^[0-9a-f-]{36}$/i.test(id) ? await this.kernel.db.getRepository(IdentityProviderEntity).findOneBy({ id: id.toLowerCase(), enabled: true }) : null;
    if (!provider) throw new OidcSignInError('provider_unavailable', 'This identity provider is not connected.');
    return provider;
  }

  /** Who signed in: the bound person; else an invitation's; else (member providers) a verified email's or a new member. */
  private async person(tx: EntityManager, provider: IdentityProviderEntity, claims: OpenIdClient.IDToken, invitationHash: string | null, actor: Actor, now: Date): Promise<PrincipalEntity> {
    const principals = tx.getRepository(PrincipalEntity);
    const binding = await tx.getRepository(IdentityBindingEntity).findOneBy({ issuer: claims.iss, subject: claims.sub });
    if (binding) {
      const bound = await principals.findOneBy({ id: binding.principalId });
      if (!bound?.enabled) throw new OidcSignInError('disabled', 'This account is disabled.');
      return bound;
    }
    const bind = async (person: PrincipalEntity, how: string) => {
      await tx.getRepository(IdentityBindingEntity).insert({ principalId: person.id, providerId: provider.id, issuer: claims.iss, subject: claims.sub });
      await writeAudit(tx, { ...actor, type: ActorType.USER, id: person.id }, now, [
        { action: 'auth.identity_bound', targetPrincipalId: person.id, after: { providerId: provider.id, issuer: claims.iss, subject: claims.sub, how } },
      ]);
      return person;
    };

    if (invitationHash) {
      const invitation = await tx.getRepository(InvitationEntity).findOne({ where: { tokenHash: invitationHash }, lock: { mode: 'pessimistic_write' } });
      const invited = invitation ? await principals.findOneBy({ id: invitation.principalId }) : null;
      if (!invitation || !invited || invitation.usedAt || invitation.revokedAt || invitation.expiresAt <= now || !invited.enabled) {
        throw new OidcSignInError('invitation_invalid', 'This invitation link has expired or was used already: ask for a new one.');
      }
      await this.requireInvitedHere(tx, invitation, invited, provider);
      await this.requireNoOtherBinding(tx, invited.id, provider);
      await tx.query('UPDATE invitation SET used_at = $2 WHERE id = $1', [invitation.id, now]);
      await writeAudit(tx, { ...actor, type: ActorType.USER, id: invited.id }, now, [{ action: 'auth.invitation_accepted', targetPrincipalId: invited.id, after: { kind: invitation.kind, via: 'oidc', providerId: provider.id } }]);
      return bind(invited, 'invitation');
    }
    if (provider.guest) throw new OidcSignInError('not_invited', `Guests from ${provider.homeOrganization ?? provider.name} sign in here once invited: open your invitation link.`);

    const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email.trim().toLowerCase() : null;
    if (email) {
      const known = await principals.findOneBy({ email, type: PrincipalType.USER });
      if (known) {
        if (known.userType === UserType.GUEST) throw new OidcSignInError('guest_elsewhere', 'This guest signs in through their home organisation.');
        if (!known.enabled) throw new OidcSignInError('disabled', 'This account is disabled.');
        await this.requireNoOtherBinding(tx, known.id, provider);
        return bind(known, 'verified_email');
      }
    }
    if (!provider.createMembers) throw new OidcSignInError('unknown_person', `${provider.name} signed you in, but nobody here is you yet: ask an administrator to invite you.`);
    const name = [claims.name, [claims.given_name, claims.family_name].filter(Boolean).join(' '), claims.preferred_username, email].find((value) => typeof value === 'string' && value.trim());
    const created = await principals.save({
      id: randomUUID(),
      type: PrincipalType.USER,
      userType: UserType.MEMBER,
      displayName: String(name ?? `${provider.name} user`).trim().slice(0, 200),
      email,
      givenName: typeof claims.given_name === 'string' ? claims.given_name.slice(0, 200) : null,
      familyName: typeof claims.family_name === 'string' ? claims.family_name.slice(0, 200) : null,
      source: PrincipalSource.OIDC,
    });
    await writeAudit(tx, actor, now, [{ action: 'directory.user_created', targetPrincipalId: created.id, after: { displayName: created.displayName, email, via: 'OIDC', providerId: provider.id } }]);
    return bind(created, 'created');
  }

  /**
   * Where an invitation is accepted: one naming a provider only there; one naming none only through a member provider and
   * by a member (a guest signs in only through their home organisation, which their invitation names). The first
   * administrator's setup link is completed with a password and an authenticator.
   */
  private async requireInvitedHere(tx: EntityManager, invitation: InvitationEntity, invited: PrincipalEntity, provider: IdentityProviderEntity): Promise<void> {
    if (invitation.kind !== InvitationKind.INVITATION) throw new OidcSignInError('invitation_invalid', 'The setup link is completed with a password and an authenticator.');
    if (invitation.identityProviderId === provider.id) return;
    if (invitation.identityProviderId) {
      const named = await tx.getRepository(IdentityProviderEntity).findOneBy({ id: invitation.identityProviderId });
      throw new OidcSignInError('invitation_invalid', `This invitation is accepted by signing in with ${named?.name ?? 'another identity provider'}.`);
    }
    if (provider.guest || invited.userType === UserType.GUEST) {
      throw new OidcSignInError('invitation_invalid', 'This invitation names no home organisation: accept it with a password and an authenticator, or ask for one that names it.');
    }
  }

  /** One binding per person and provider: a person already bound there under another subject is not taken over. */
  private async requireNoOtherBinding(tx: EntityManager, principalId: string, provider: IdentityProviderEntity): Promise<void> {
    const [other] = (await tx.query('SELECT 1 FROM identity_binding WHERE principal_id = $1 AND provider_id = $2', [principalId, provider.id])) as unknown[];
    if (other) throw new OidcSignInError('unknown_person', `This account is bound to another ${provider.name} identity.`);
  }

  /** MFA at the provider: an `amr` or `acr` value the provider's settings name; fresh from `auth_time` (else the token's issue). */
  private mfaAt(provider: IdentityProviderEntity, claims: OpenIdClient.IDToken, now: Date): Date | null {
    const said = new Set([...(Array.isArray(claims.amr) ? claims.amr.map(String) : []), ...(typeof claims.acr === 'string' ? [claims.acr] : [])]);
    if (!provider.mfaClaimValues.some((value) => said.has(value))) return null;
    const seconds = typeof claims.auth_time === 'number' ? claims.auth_time : claims.iat;
    return new Date(Math.min(seconds * 1000, now.getTime()));
  }

  /**
   * Memberships from the groups claim: groups whose external id is a value of the claim, with source OIDC. When the
   * claim is missing or the provider says it left groups out (Entra's overage: `_claim_names`, `hasgroups`), nothing
   * changes. A removal the last-admin guard refuses leaves the membership and lets the sign-in go on.
   */
  private async syncGroups(provider: IdentityProviderEntity, principalId: string, claims: OpenIdClient.IDToken): Promise<void> {
    if (!provider.groupsClaim) return;
    const claimNames = claims._claim_names as Record<string, unknown> | undefined;
    const value = claims[provider.groupsClaim];
    if (claimNames?.[provider.groupsClaim] || claims.hasgroups === true || !Array.isArray(value)) {
      logger.warn('OIDC groups left out by the provider: memberships unchanged', { providerId: provider.id, principalId, claim: provider.groupsClaim });
      return;
    }
    const values = [...new Set(value.filter((item): item is string => typeof item === 'string').map((item) => item.slice(0, 300)))].slice(0, 5_000);
    try {
      await this.kernel.change(async (tx, emit) => {
        const now = this.kernel.now();
        const actor: Actor = { type: ActorType.SYSTEM, id: null, clientIp: null, userAgent: null };
        const wanted = (await tx.query(`SELECT id FROM principal WHERE type = 'GROUP' AND enabled AND external_id = ANY($1::text[])`, [values])) as { id: string }[];
        const wantedIds = new Set(wanted.map((row) => row.id));
        const current = await this.memberships.groupsOf(tx, principalId, PrincipalSource.OIDC, now);
        const reason = `Group membership from ${provider.name} at sign-in`;
        for (const [groupId, row] of current) if (!wantedIds.has(groupId)) await this.memberships.endOne(tx, actor, row, `${reason}: no longer in the group there`, now, emit);
        for (const groupId of wantedIds) if (!current.has(groupId)) await this.memberships.add(tx, actor, groupId, [principalId], PrincipalSource.OIDC, reason, now, emit);
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      logger.warn('OIDC group memberships not changed', { providerId: provider.id, principalId, code: error.code, error: error.message });
    }
  }
}
