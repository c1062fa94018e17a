import type { EntityManager } from 'typeorm';
import type { Kernel } from '../../kernel/kernel';
import { badInput, conflict, notFound, requireId } from '../../lib/errors';
import { logger } from '../../lib/logger';
import type { OutboundGuard } from '../../lib/outbound';
import { optionalText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { assertGlobalAdministrator } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { IdentityProviderEntity } from './oidc.entities';
import { openIdClient, type OpenIdClient } from './openid-client';

export interface IdentityProviderInput {
  name: string;
  issuer: string;
  clientId: string;
  /** Left out on update: the stored secret stays. */
  clientSecret?: string | null;
  scopes?: string[] | null;
  groupsClaim?: string | null;
  mfaClaimValues?: string[] | null;
  guest?: boolean | null;
  homeOrganization?: string | null;
  createMembers?: boolean | null;
  enabled?: boolean | null;
}

const DISCOVERY_TTL_MS = 10 * 60_000;
const FETCH_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 1_000_000;
const CLAIM_NAME = /^[A-Za-z0-9_:./-]{1,100}$/;

/** A person's binding at a provider, as their page shows it. */
export interface IdentityBindingView {
  providerId: string;
  providerName: string;
  guest: boolean;
  subject: string;
  boundAt: Date;
  lastSignInAt: Date | null;
}

/**
 * Identity providers as data (API.md, "Identity providers"): Global Administrators connect OpenID Providers by issuer and
 * client; discovery and JWKS are fetched through the OutboundGuard (R14), and the client secret never leaves the server.
 */
export class IdentityProviderService {
  private readonly discovered = new Map<string, { at: number; updatedAt: number; metadata: OpenIdClient.ServerMetadata }>();

  constructor(
    private readonly kernel: Kernel,
    private readonly outbound: OutboundGuard,
  ) {}

  async list(caller: Caller): Promise<IdentityProviderEntity[]> {
    assertGlobalAdministrator(await caller.capabilities(), 'manage identity providers');
    return this.kernel.db.getRepository(IdentityProviderEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /** Which of these providers keep a client secret (the secret itself stays here). */
  async withSecret(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = (await this.kernel.db.query('SELECT id FROM identity_provider WHERE id = ANY($1::uuid[]) AND client_secret IS NOT NULL', [ids])) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  /** How a person signs in: their bindings (issuer + subject at a provider), oldest first, and whether passwords still work. */
  async signInMethodsOf(principalId: string): Promise<{ bindings: IdentityBindingView[]; passwordSignIn: boolean }> {
    const bindings = (await this.kernel.db.query(
      `SELECT b.provider_id AS "providerId", p.name AS "providerName", p.guest, b.subject, b.created_at AS "boundAt", b.last_sign_in_at AS "lastSignInAt"
         FROM identity_binding b JOIN identity_provider p ON p.id = b.provider_id WHERE b.principal_id = $1 ORDER BY b.created_at, b.id`,
      [principalId],
    )) as IdentityBindingView[];
    const [credential] = (await this.kernel.db.query('SELECT password_sign_in FROM credential WHERE principal_id = $1', [principalId])) as { password_sign_in: boolean }[];
    return { bindings, passwordSignIn: credential?.password_sign_in ?? true };
  }

  /** What the sign-in page offers: every enabled provider, by name (nothing secret, asked before signing in). */
  async signInOptions(): Promise<IdentityProviderEntity[]> {
    return this.kernel.db.getRepository(IdentityProviderEntity).find({ where: { enabled: true }, order: { name: 'ASC', id: 'ASC' } });
  }

  async create(caller: Caller, input: IdentityProviderInput): Promise<IdentityProviderEntity> {
    assertGlobalAdministrator(await caller.capabilities(), 'manage identity providers');
    const fields = await this.validated(input, null);
    return this.kernel.change(async (tx) => {
      await this.requireFreeIssuer(tx, fields.issuer, null);
      const now = this.kernel.now();
      const saved = await tx.getRepository(IdentityProviderEntity).save({ ...fields, clientSecret: fields.clientSecret ?? null, createdAt: now, updatedAt: now });
      await writeAudit(tx, caller.actor, now, [{ action: 'identity_provider.created', after: { providerId: saved.id, ...described(saved) } }]);
      return saved;
    });
  }

  async update(caller: Caller, idInput: string, input: IdentityProviderInput): Promise<IdentityProviderEntity> {
    assertGlobalAdministrator(await caller.capabilities(), 'manage identity providers');
    const id = requireId(idInput, 'identity provider');
    const fields = await this.validated(input, id);
    return this.kernel.change(async (tx) => {
      const current = await tx.getRepository(IdentityProviderEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('identity provider', idInput);
      await this.requireFreeIssuer(tx, fields.issuer, id);
      const now = this.kernel.now();
      const { clientSecret, ...rest } = fields;
      await tx.getRepository(IdentityProviderEntity).update({ id }, { ...rest, ...(clientSecret ? { clientSecret } : {}), updatedAt: now });
      const saved = (await tx.getRepository(IdentityProviderEntity).findOneBy({ id }))!;
      await writeAudit(tx, caller.actor, now, [
        { action: 'identity_provider.updated', before: described(current), after: { providerId: id, ...described(saved), ...(clientSecret ? { clientSecretChanged: true } : {}) } },
      ]);
      this.discovered.delete(id);
      return saved;
    });
  }

  /**
   * The client configuration to talk to a provider with: its discovered metadata (cached for a while), the stored
   * secret, every fetch through the guard, ID token signatures checked against its JWKS, and time as the product's clock
   * tells it (so a controlled clock governs expiry too).
   */
  async configuration(provider: IdentityProviderEntity): Promise<OpenIdClient.Configuration> {
    const oidc = await openIdClient();
    const [withSecret] = (await this.kernel.db.query('SELECT client_secret FROM identity_provider WHERE id = $1', [provider.id])) as { client_secret: string | null }[];
    const cached = this.discovered.get(provider.id);
    let metadata = cached && cached.updatedAt === provider.updatedAt.getTime() && Date.now() - cached.at < DISCOVERY_TTL_MS ? cached.metadata : null;
    if (!metadata) {
      const found = await oidc.discovery(new URL(provider.issuer), provider.clientId, withSecret?.client_secret ?? undefined, undefined, {
        [oidc.customFetch]: this.guardedFetch,
        ...(new URL(provider.issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
        timeout: FETCH_TIMEOUT_MS / 1000,
      });
      metadata = found.serverMetadata();
      this.discovered.set(provider.id, { at: Date.now(), updatedAt: provider.updatedAt.getTime(), metadata });
    }
    const skew = Math.round((this.kernel.now().getTime() - Date.now()) / 1000);
    const config = new oidc.Configuration(metadata, provider.clientId, { client_secret: withSecret?.client_secret ?? undefined, [oidc.clockSkew]: skew }, withSecret?.client_secret ? undefined : oidc.None());
    config[oidc.customFetch] = this.guardedFetch;
    if (new URL(provider.issuer).protocol === 'http:') oidc.allowInsecureRequests(config);
    oidc.enableNonRepudiationChecks(config);
    return config;
  }

  /** fetch for openid-client, through the OutboundGuard: loopback, private and metadata addresses refused (R14). */
  private readonly guardedFetch = async (url: string, init: OpenIdClient.CustomFetchOptions): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers as ConstructorParameters<typeof Headers>[0]).forEach((value, key) => (headers[key] = value));
    const body = init.body === undefined || init.body === null ? undefined : String(init.body);
    const answer = await this.outbound.request(url, { method: init.method === 'POST' ? 'POST' : 'GET', headers, body, timeoutMs: FETCH_TIMEOUT_MS, maxResponseBytes: MAX_RESPONSE_BYTES });
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(answer.headers)) if (value !== undefined) responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : String(value));
    return new Response(new Uint8Array(answer.body), { status: answer.status, headers: responseHeaders });
  };

  private async validated(input: IdentityProviderInput, id: string | null) {
    const name = optionalText(input.name, 'name', 100);
    if (!name) throw badInput('Name the identity provider as people will see it on the sign-in page.', 'name');
    const issuerText = optionalText(input.issuer, 'issuer', 500) ?? '';
    let issuer: URL;
    try {
      issuer = new URL(issuerText);
    } catch {
      throw badInput('The issuer is the provider’s issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0.', 'issuer');
    }
    if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && this.kernel.config.OUTBOUND_ALLOW_PRIVATE)) {
      throw badInput('The issuer must be an https URL.', 'issuer');
    }
    if (issuer.username || issuer.password || issuer.search || issuer.hash) throw badInput('The issuer URL carries no credentials, query or fragment.', 'issuer');
    try {
      await this.outbound.checkUrl(issuer, 2_000);
    } catch (error) {
      throw badInput(`The issuer cannot be reached from here: ${(error as Error).message}.`, 'issuer');
    }
    const clientId = optionalText(input.clientId, 'clientId', 300);
    if (!clientId) throw badInput('Enter the client (application) id registered at the provider.', 'clientId');
    const clientSecret = input.clientSecret === undefined || input.clientSecret === null ? null : optionalText(input.clientSecret, 'clientSecret', 1000);
    if (id === null && input.clientSecret !== undefined && input.clientSecret !== null && !clientSecret) throw badInput('The client secret is empty: leave it out for a public client.', 'clientSecret');
    const scopes = [...new Set(['openid', ...(input.scopes ?? ['email', 'profile']).map((scope) => String(scope).trim()).filter(Boolean)])];
    if (scopes.length > 20 || scopes.some((scope) => !/^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/.test(scope))) throw badInput('Scopes are up to 20 OAuth scope names.', 'scopes');
    const groupsClaim = optionalText(input.groupsClaim ?? null, 'groupsClaim', 100);
    if (groupsClaim && !CLAIM_NAME.test(groupsClaim)) throw badInput('The groups claim is a claim name, e.g. groups.', 'groupsClaim');
    const mfaClaimValues = [...new Set((input.mfaClaimValues ?? ['mfa']).map((value) => String(value).trim()).filter(Boolean))];
    if (mfaClaimValues.length > 20 || mfaClaimValues.some((value) => value.length > 200)) throw badInput('Up to 20 amr or acr values that mean MFA.', 'mfaClaimValues');
    const guest = input.guest === true;
    const homeOrganization = optionalText(input.homeOrganization ?? null, 'homeOrganization', 200);
    if (guest && !homeOrganization) throw badInput('A guest provider is a home organisation: name it.', 'homeOrganization');
    if (!guest && homeOrganization) throw badInput('Only a guest provider has a home organisation.', 'homeOrganization');
    const createMembers = input.createMembers === true;
    if (guest && createMembers) throw badInput('A guest provider never creates users: guests are invited first.', 'createMembers');
    return { name, issuer: issuerText, clientId, clientSecret, scopes, groupsClaim, mfaClaimValues, guest, homeOrganization, createMembers, enabled: input.enabled !== false };
  }

  private async requireFreeIssuer(tx: EntityManager, issuer: string, self: string | null): Promise<void> {
    const [taken] = (await tx.query('SELECT 1 FROM identity_provider WHERE issuer = $1 AND id IS DISTINCT FROM $2', [issuer, self])) as unknown[];
    if (taken) throw conflict('An identity provider with this issuer is connected already.');
  }

  /** Forgets what discovery learned (after a failure, the next sign-in discovers again). */
  forget(providerId: string): void {
    this.discovered.delete(providerId);
    logger.debug('identity provider discovery forgotten', { providerId });
  }
}

/** What the audit says of a provider: everything but its secret. */
function described(provider: IdentityProviderEntity) {
  const { name, issuer, clientId, scopes, groupsClaim, mfaClaimValues, guest, homeOrganization, createMembers, enabled } = provider;
  return { name, issuer, clientId, scopes, groupsClaim, mfaClaimValues, guest, homeOrganization, createMembers, enabled };
}
