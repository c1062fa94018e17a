import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { webUrl } from '../../config';
import type { Emit, Kernel } from '../../kernel/kernel';
import { badInput, conflict, DomainError } from '../../lib/errors';
import { optionalText, requiredText } from '../../lib/strings';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import { ActorType, InvitationKind, PrincipalSource, PrincipalType, UserType } from '../../lib/vocabulary/principals';
import { writeAudit } from '../audit/audit.writer';
import type { AuthService, IssuedSession } from '../auth/auth.service';
import { hashPassword, passwordProblem } from '../auth/password';
import { hashToken, newToken } from '../auth/tokens';
import { checkTotp, newTotpSecret, totpUri } from '../auth/totp';
import { systemActor, type RequestMeta } from '../auth/viewer';
import { PrincipalEntity } from '../directory/principal.entity';
import { IdentityProviderEntity } from '../oidc/oidc.entities';
import { protectedRoleHeld } from '../lifecycle/protected-roles';
import type { RequestLifecycle } from '../lifecycle/request-lifecycle';
import { GLOBAL_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { SettingsReader } from '../settings/role-settings.service';
import { InvitationEntity } from './invitation.entity';

/** How long a link works: the first administrator's setup link an hour, an invitation a week. */
export const LINK_LIFETIME_MS: Record<InvitationKind, number> = {
  [InvitationKind.SETUP]: 60 * 60_000,
  [InvitationKind.INVITATION]: 7 * 86_400_000,
};
/** Wrong authenticator codes a link survives; then it is revoked and a new one must be asked for. */
export const LINK_CODE_ATTEMPTS = 5;
/** Bootstraps (and the setup they lead to) happen one at a time. */
const BOOTSTRAP_LOCK = 'elevate:bootstrap-admin';

/** The same shape rule as the role settings' extra recipients (role-settings.schema.ts): zod's. */
const EMAIL = z.string().max(320).email();

/** What the setup and invitation pages are told about their link. */
export interface InvitationDetails {
  kind: InvitationKind;
  email: string;
  displayName: string;
  expiresAt: Date;
  totpSecret: string;
  otpauthUri: string;
  identityProviderId: string | null;
  /** The provider named by `identityProviderId`, while it is connected: the page offers only signing in there. */
  identityProvider: { id: string; name: string; guest: boolean } | null;
}

export interface IssuedLink {
  token: string;
  url: string;
  expiresAt: Date;
  principalId: string;
}

const invalidLink = () =>
  new DomainError('NOT_FOUND', 'This link does not work: it was used already, it expired, or a newer one replaced it. Ask for a new one.');

/**
 * One-time links to set a password and enrol an authenticator. The first administrator's setup link (made on the server's
 * host while no Global Administrator is in force) and a new user's invitation are the same mechanism: the page reads what
 * the link is for, the person sets a password and proves the authenticator with a first code, and is signed in with an
 * MFA-fresh session. A link works once, dies with its expiry or a newer link, and after too many wrong codes.
 */
export class InvitationService {
  constructor(
    private readonly kernel: Kernel,
    private readonly auth: Pick<AuthService, 'openSession'>,
    private readonly lifecycle: RequestLifecycle,
    private readonly settings: SettingsReader,
  ) {}

  /**
   * `bootstrap-admin`: only while no Global Administrator is in force, under a lock (two at once: the second waits and is
   * refused). An unused setup link is refused too unless `replace` (then it dies). The person is created when the
   * email is new; they become Global Administrator only when they complete the setup.
   */
  async bootstrapAdmin(input: { email: string; displayName: string; replace?: boolean }): Promise<IssuedLink> {
    const email = emailOf(input.email);
    const displayName = requiredText(input.displayName, 'name', 200);
    return this.kernel.change(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [BOOTSTRAP_LOCK]);
      const now = this.kernel.now();
      if (await protectedRoleHeld(tx, GLOBAL_ADMINISTRATOR_ID, now)) {
        throw conflict('A Global Administrator is in force: sign in as them and invite people from the dashboard instead.');
      }
      const outstanding = await this.outstandingSetup(tx, now);
      if (outstanding && !input.replace) {
        throw conflict(`A setup link is still valid until ${outstanding.expiresAt.toISOString()}: use it, or make a new one with --replace.`);
      }
      if (outstanding) await tx.query('UPDATE invitation SET revoked_at = $2 WHERE id = $1', [outstanding.id, now]);

      const existing = await tx.getRepository(PrincipalEntity).findOneBy({ email, type: PrincipalType.USER });
      if (existing && !existing.enabled) throw conflict(`${email} belongs to a disabled user: enable them, or bootstrap another address.`);
      const user =
        existing ??
        (await tx.getRepository(PrincipalEntity).save({
          type: PrincipalType.USER,
          userType: UserType.MEMBER,
          displayName,
          email,
          source: PrincipalSource.LOCAL,
        }));
      const link = await this.issue(tx, user.id, InvitationKind.SETUP, null, now);
      await writeAudit(tx, systemActor, now, [
        { action: 'tenant.bootstrap_started', targetPrincipalId: user.id, after: { email, expiresAt: link.expiresAt.toISOString(), replaced: Boolean(outstanding) } },
      ]);
      return link;
    });
  }

  /** Whether the tenant has nobody to administer it yet (no Global Administrator in force): bootstrap-admin is for that. */
  async needsFirstAdministrator(): Promise<boolean> {
    return !(await protectedRoleHeld(this.kernel.db.manager, GLOBAL_ADMINISTRATOR_ID, this.kernel.now()));
  }

  /**
   * A new link for a person, in the caller's transaction; earlier unused links of the same kind for them die. One that
   * names an identity provider is accepted only by signing in there (no password, no authenticator of ours).
   */
  async issue(tx: EntityManager, principalId: string, kind: InvitationKind, createdById: string | null, now: Date, identityProviderId: string | null = null): Promise<IssuedLink> {
    await tx.query('UPDATE invitation SET revoked_at = $3 WHERE principal_id = $1 AND kind = $2 AND used_at IS NULL AND revoked_at IS NULL', [
      principalId,
      kind,
      now,
    ]);
    const token = newToken('eli');
    const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[kind]);
    await tx.getRepository(InvitationEntity).insert({ principalId, kind, tokenHash: hashToken(token), totpSecret: newTotpSecret(), expiresAt, createdById, identityProviderId });
    const page = kind === InvitationKind.SETUP ? 'setup' : 'invitation';
    return { token, url: `${webUrl(this.kernel.config)}/${page}?token=${encodeURIComponent(token)}`, expiresAt, principalId };
  }

  /** What a link is for, for its page; a link that does not work says so (NOT_FOUND) and tells nothing else. */
  async describe(token: string): Promise<InvitationDetails> {
    const found = await this.usable(this.kernel.db.manager, token, this.kernel.now());
    if (!found) throw invalidLink();
    const { invitation, user } = found;
    const provider = invitation.identityProviderId
      ? await this.kernel.db.getRepository(IdentityProviderEntity).findOneBy({ id: invitation.identityProviderId, enabled: true })
      : null;
    return {
      kind: invitation.kind as InvitationKind,
      email: user.email ?? '',
      displayName: user.displayName,
      expiresAt: invitation.expiresAt,
      totpSecret: invitation.totpSecret,
      otpauthUri: totpUri(invitation.totpSecret, user.email ?? user.displayName),
      identityProviderId: invitation.identityProviderId,
      identityProvider: provider ? { id: provider.id, name: provider.name, guest: provider.guest } : null,
    };
  }

  /**
   * Sets the password and the authenticator (proved by a first code) and signs the person in, MFA-fresh. A setup link
   * also makes them Global Administrator (ACTIVE, permanent) through the lifecycle, as an assignment would, unless one
   * came to be in force meanwhile. A wrong code counts against the link; a link is used once, whoever is first.
   */
  async accept(meta: RequestMeta, token: string, password: string, totpCode: string): Promise<IssuedSession> {
    const now = this.kernel.now();
    const found = await this.usable(this.kernel.db.manager, token, now);
    if (!found) throw invalidLink();
    if (found.invitation.identityProviderId) {
      const provider = await this.kernel.db.getRepository(IdentityProviderEntity).findOneBy({ id: found.invitation.identityProviderId });
      throw badInput(`This invitation is accepted by signing in with ${provider?.name ?? 'your identity provider'}, not with a password.`, 'password');
    }
    const problem = passwordProblem(password, found.user.email);
    if (problem) throw badInput(problem, 'password');
    const step = await checkTotp(found.invitation.totpSecret, String(totpCode ?? '').trim(), now, null);
    if (step === null) {
      await this.kernel.change(async (tx) => {
        await tx.query(
          `UPDATE invitation SET failed_attempts = failed_attempts + 1,
                  revoked_at = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE revoked_at END
            WHERE id = $1`,
          [found.invitation.id, LINK_CODE_ATTEMPTS, now],
        );
        await writeAudit(tx, { type: ActorType.ANONYMOUS, id: null, ...meta }, now, [
          { action: 'auth.invitation_code_failed', targetPrincipalId: found.user.id, after: { kind: found.invitation.kind } },
        ]);
      });
      throw badInput('The code does not match the authenticator. Check the device clock and enter the current code.', 'totpCode');
    }
    const passwordHash = await hashPassword(password);

    const issued = await this.kernel.change(async (tx, emit) => {
      if (found.invitation.kind === InvitationKind.SETUP) await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [BOOTSTRAP_LOCK]);
      const [locked] = (await tx.query('SELECT id FROM invitation WHERE id = $1 FOR UPDATE', [found.invitation.id])) as { id: string }[];
      const current = locked ? await this.usable(tx, token, now) : null;
      if (!current) throw invalidLink();
      const { invitation, user } = current;
      const actor = { type: ActorType.USER, id: user.id, ...meta };
      await tx.query(
        `INSERT INTO credential (principal_id, password_hash, totp_secret, totp_pending_secret, totp_last_step) VALUES ($1, $2, $3, NULL, $4)
         ON CONFLICT (principal_id) DO UPDATE SET password_hash = $2, totp_secret = $3, totp_pending_secret = NULL, totp_last_step = $4`,
        [user.id, passwordHash, invitation.totpSecret, step],
      );
      await tx.query('UPDATE invitation SET used_at = $2 WHERE id = $1', [invitation.id, now]);
      await writeAudit(tx, actor, now, [{ action: 'auth.invitation_accepted', targetPrincipalId: user.id, after: { kind: invitation.kind } }]);
      if (invitation.kind === InvitationKind.SETUP) {
        if (await protectedRoleHeld(tx, GLOBAL_ADMINISTRATOR_ID, now)) {
          throw conflict('A Global Administrator came to be in force meanwhile: ask them to invite you.');
        }
        await this.makeGlobalAdministrator(tx, actor, user.id, now, emit);
      }
      const session = await this.auth.openSession(tx, user.id, meta, now, now, 'invitation');
      return { ...session, user };
    });
    return { token: issued.token, expiresAt: issued.expiresAt, user: issued.user, mfaAt: now };
  }

  /** The first administrator: Global Administrator at the tenant root, ACTIVE and permanent, as an admin assignment. */
  private async makeGlobalAdministrator(tx: EntityManager, actor: { type: ActorType; id: string } & RequestMeta, userId: string, now: Date, emit: Emit) {
    const { settings } = await this.settings.effective(tx, GLOBAL_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID);
    // The bootstrap's Global Administrator is permanent whatever the settings say: it is the tenant's way in.
    const permanent = { ...settings, assignment: { ...settings.assignment, allowPermanentActive: true } };
    const target = { principalId: userId, roleId: GLOBAL_ADMINISTRATOR_ID, scopeId: TENANT_ROOT_SCOPE_ID, type: AssignmentType.ACTIVE };
    await this.lifecycle.grant(tx, actor, target, permanent, 'First administrator (bootstrap-admin setup)', now, emit);
  }


  /** The link and its person when it still works: unused, not revoked, not expired, the person enabled. */
  private async usable(db: EntityManager, token: string, now: Date): Promise<{ invitation: InvitationEntity; user: PrincipalEntity } | null> {
    if (typeof token !== 'string' || token.length < 10 || token.length > 200) return null;
    const invitation = await db.getRepository(InvitationEntity).findOneBy({ tokenHash: hashToken(token.trim()) });
    if (!invitation || invitation.usedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
    const user = await db.getRepository(PrincipalEntity).findOneBy({ id: invitation.principalId });
    if (!user || !user.enabled || user.type !== PrincipalType.USER) return null;
    return { invitation, user };
  }

  private async outstandingSetup(tx: EntityManager, now: Date): Promise<InvitationEntity | null> {
    return tx
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.kind = :kind AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now', { kind: InvitationKind.SETUP, now })
      .orderBy('i.created_at', 'DESC')
      .getOne();
  }
}

/** An email address as stored: trimmed, lower-cased, of a plausible shape. */
export function emailOf(value: string): string {
  const email = (optionalText(value, 'email', 320) ?? '').toLowerCase();
  if (!EMAIL.safeParse(email).success) throw badInput('Give an email address such as name@example.com.', 'email');
  return email;
}
