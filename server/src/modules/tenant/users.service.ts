import type { EntityManager } from 'typeorm';
import type { Kernel } from '../../kernel/kernel';
import { badInput, conflict, given, notFound, requireId } from '../../lib/errors';
import { optionalText, requiredText } from '../../lib/strings';
import { InvitationKind, PrincipalSource, PrincipalType, UserType } from '../../lib/vocabulary/principals';
import type { Caller } from '../access/caller';
import { assertManagesUsers, assertMayChangeUser } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { PrincipalEntity } from '../directory/principal.entity';
import { IdentityProviderEntity } from '../oidc/oidc.entities';
import { isTenantAdministrator } from '../lifecycle/protected-roles';
import type { Notifier } from '../notifications/notifier';
import { emailOf, type InvitationService } from './invitations.service';
import { requireFreeExternalId } from './principals.service';

export interface CreateUserFields {
  email: string;
  displayName: string;
  userType?: UserType | null;
  homeOrganization?: string | null;
  managerId?: string | null;
  externalId?: string | null;
  /** The identity provider the invitation is accepted through: a guest's home organisation, or a member provider. */
  identityProviderId?: string | null;
}

export interface UpdateUserFields {
  displayName?: string | null;
  email?: string | null;
  /** An id to set the manager; null to clear it; absent to leave it. */
  managerId?: string | null;
}

/** The outbox event of an invitation mail (not a webhook event: the mail carries a one-time link). */
const INVITATION_MAIL = 'USER_INVITED';

/**
 * The directory's users, made in Elevate (DOMAIN.md, "Tenant and identity"): Global and User Administrators create
 * members and guests, each invited by email to set a password and enrol an authenticator (a link valid 7 days, sent
 * again on request: the earlier one dies), and update them. A User Administrator never changes a Global or Privileged Role
 * Administrator. Everything is audited; the mail goes out if and only if the change commits.
 */
export class UserAdministration {
  constructor(
    private readonly kernel: Kernel,
    private readonly invitations: InvitationService,
    private readonly notifier: Pick<Notifier, 'mail'>,
  ) {}

  async createUser(caller: Caller, input: CreateUserFields): Promise<PrincipalEntity> {
    assertManagesUsers(await caller.capabilities(), 'create users');
    const email = emailOf(input.email);
    const displayName = requiredText(input.displayName, 'displayName', 200);
    const userType = input.userType ?? UserType.MEMBER;
    const homeOrganization = optionalText(input.homeOrganization, 'homeOrganization', 200);
    if (userType === UserType.GUEST && !homeOrganization) throw badInput('A guest needs the organisation they come from.', 'homeOrganization');
    if (userType === UserType.MEMBER && homeOrganization) throw badInput('Only guests have a home organisation.', 'homeOrganization');
    const externalId = optionalText(input.externalId, 'externalId', 300);
    const managerId = given(input.managerId) ? requireId(input.managerId, 'manager') : null;
    const providerId = given(input.identityProviderId) ? requireId(input.identityProviderId, 'identityProvider') : null;

    return this.kernel.change(async (tx) => {
      const now = this.kernel.now();
      if (managerId) await this.requireManager(tx, managerId, null);
      if (providerId) await this.requireInvitingProvider(tx, providerId, userType);
      await this.requireFree(tx, { email, externalId });
      const user = await tx.getRepository(PrincipalEntity).save({
        type: PrincipalType.USER,
        userType,
        displayName,
        email,
        homeOrganization,
        managerId,
        externalId,
        source: PrincipalSource.LOCAL,
      });
      await writeAudit(tx, caller.actor, now, [
        { action: 'directory.user_created', targetPrincipalId: user.id, after: { email, displayName, userType, homeOrganization, managerId, externalId } },
      ]);
      await this.invite(tx, caller, user, now, providerId);
      return user;
    });
  }

  /**
   * A new invitation for a user who has not set up their account yet; the earlier link dies. It names the identity
   * provider given, else the one the earlier invitation named (while it is connected).
   */
  async resendInvitation(caller: Caller, userId: string, identityProviderId?: string | null): Promise<boolean> {
    const capabilities = await caller.capabilities();
    assertManagesUsers(capabilities, 'invite users');
    const id = requireId(userId, 'user');
    const named = given(identityProviderId) ? requireId(identityProviderId, 'identityProvider') : null;
    const now = this.kernel.now();
    await assertMayChangeUser(capabilities, () => isTenantAdministrator(this.kernel.db.manager, id, now));
    return this.kernel.change(async (tx) => {
      const user = await tx.getRepository(PrincipalEntity).findOneBy({ id, type: PrincipalType.USER });
      if (!user) throw notFound('user', userId);
      if (!user.enabled) throw conflict('The user is disabled: enable them before inviting them again.');
      const [credential] = (await tx.query('SELECT password_hash IS NOT NULL AS set FROM credential WHERE principal_id = $1', [id])) as { set: boolean }[];
      if (credential?.set) throw conflict('The user has set up their account already: they sign in with their password.');
      const [bound] = (await tx.query(
        'SELECT p.name FROM identity_binding b JOIN identity_provider p ON p.id = b.provider_id WHERE b.principal_id = $1 ORDER BY b.created_at LIMIT 1',
        [id],
      )) as { name: string }[];
      if (bound) throw conflict(`The user has set up their account already: they sign in with ${bound.name}.`);
      if (named) await this.requireInvitingProvider(tx, named, user.userType as UserType);
      const earlier = named ? null : await this.earlierProvider(tx, id);
      await this.invite(tx, caller, user, this.kernel.now(), named ?? (earlier && (await this.connected(tx, earlier)) ? earlier : null));
      return true;
    });
  }

  async updateUser(caller: Caller, userId: string, input: UpdateUserFields): Promise<PrincipalEntity> {
    const capabilities = await caller.capabilities();
    assertManagesUsers(capabilities, 'update users');
    const id = requireId(userId, 'user');
    await assertMayChangeUser(capabilities, () => isTenantAdministrator(this.kernel.db.manager, id, this.kernel.now()));
    const changes: Partial<Pick<PrincipalEntity, 'displayName' | 'email' | 'managerId'>> = {};
    if (given(input.displayName)) changes.displayName = requiredText(input.displayName, 'displayName', 200);
    if (given(input.email)) changes.email = emailOf(input.email);
    if (input.managerId !== undefined) changes.managerId = given(input.managerId) ? requireId(input.managerId, 'manager') : null;
    if (!Object.keys(changes).length) throw badInput('Nothing to change: give displayName, email or managerId.', 'displayName');

    return this.kernel.change(async (tx) => {
      const user = await tx.getRepository(PrincipalEntity).findOne({ where: { id, type: PrincipalType.USER }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user', userId);
      if (changes.managerId) await this.requireManager(tx, changes.managerId, user.id);
      if (changes.email && changes.email !== user.email) await this.requireFree(tx, { email: changes.email, externalId: null });
      const before = { displayName: user.displayName, email: user.email, managerId: user.managerId };
      Object.assign(user, changes);
      await tx.getRepository(PrincipalEntity).update({ id }, changes);
      await writeAudit(tx, caller.actor, this.kernel.now(), [{ action: 'directory.user_updated', targetPrincipalId: id, before, after: changes }]);
      return user;
    });
  }

  /**
   * Password sign-in off (or on again) for a person bound to an identity provider, by whoever may update them: they
   * then sign in only through it. Never for someone bound nowhere (they could not sign in at all).
   */
  async setPasswordSignIn(caller: Caller, userId: string, enabled: boolean): Promise<void> {
    const capabilities = await caller.capabilities();
    assertManagesUsers(capabilities, 'update users');
    const id = requireId(userId, 'user');
    await assertMayChangeUser(capabilities, () => isTenantAdministrator(this.kernel.db.manager, id, this.kernel.now()));
    await this.kernel.change(async (tx) => {
      const user = await tx.getRepository(PrincipalEntity).findOne({ where: { id, type: PrincipalType.USER }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user', userId);
      const [bound] = (await tx.query('SELECT 1 FROM identity_binding WHERE principal_id = $1 LIMIT 1', [id])) as unknown[];
      if (!enabled && !bound) throw badInput('This person signs in through no identity provider yet: turning passwords off would lock them out.', 'enabled');
      await tx.query(
        `INSERT INTO credential (principal_id, password_sign_in) VALUES ($1, $2) ON CONFLICT (principal_id) DO UPDATE SET password_sign_in = $2`,
        [id, enabled],
      );
      await writeAudit(tx, caller.actor, this.kernel.now(), [{ action: 'directory.password_sign_in_changed', targetPrincipalId: id, after: { enabled } }]);
    });
  }

  /**
   * An invitation's identity provider is connected and of the person's kind: a guest provider (a home organisation) for a
   * guest, a member provider for a member.
   */
  private async requireInvitingProvider(tx: EntityManager, providerId: string, userType: UserType): Promise<void> {
    const provider = await tx.getRepository(IdentityProviderEntity).findOneBy({ id: providerId, enabled: true });
    if (!provider) throw badInput('Choose a connected identity provider, or none (the person then sets a password).', 'identityProviderId');
    const guest = userType === UserType.GUEST;
    if (provider.guest !== guest) {
      throw badInput(
        guest ? `${provider.name} signs in members: a guest is invited through their home organisation's provider, or none.` : `${provider.name} is a home organisation of guests: a member is invited through a member provider, or none.`,
        'identityProviderId',
      );
    }
  }

  private async earlierProvider(tx: EntityManager, principalId: string): Promise<string | null> {
    const [earlier] = (await tx.query(
      `SELECT identity_provider_id FROM invitation WHERE principal_id = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1`,
      [principalId, InvitationKind.INVITATION],
    )) as { identity_provider_id: string | null }[];
    return earlier?.identity_provider_id ?? null;
  }

  private async connected(tx: EntityManager, providerId: string): Promise<boolean> {
    return tx.getRepository(IdentityProviderEntity).existsBy({ id: providerId, enabled: true });
  }

  private async invite(tx: EntityManager, caller: Caller, user: PrincipalEntity, now: Date, identityProviderId: string | null = null): Promise<void> {
    const link = await this.invitations.issue(tx, user.id, InvitationKind.INVITATION, caller.actor.id, now, identityProviderId);
    const provider = identityProviderId ? await tx.getRepository(IdentityProviderEntity).findOneBy({ id: identityProviderId }) : null;
    const inviter = caller.actor.id ? ((await tx.getRepository(PrincipalEntity).findOneBy({ id: caller.actor.id }))?.displayName ?? 'An administrator') : 'An administrator';
    const path = new URL(link.url).pathname + new URL(link.url).search;
    await this.notifier.mail(
      tx,
      `invitation:${link.token.slice(-16)}`,
      INVITATION_MAIL,
      user.email ?? '',
      {
        title: `${inviter} invited you to Elevate`,
        details: [
          ['Your account', user.email ?? ''],
          ['Name', user.displayName],
          ['The link works once, until', `${link.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
        ],
        link: { path, label: provider ? `Accept by signing in with ${provider.name}` : 'Set your password and authenticator' },
      },
      true,
    );
    await writeAudit(tx, caller.actor, now, [
      { action: 'directory.user_invited', targetPrincipalId: user.id, after: { expiresAt: link.expiresAt.toISOString(), identityProviderId } },
    ]);
  }

  /** A manager is an enabled user other than the person (and not someone they manage, directly: no two-person loop). */
  private async requireManager(tx: EntityManager, managerId: string, userId: string | null): Promise<void> {
    const manager = await tx.getRepository(PrincipalEntity).findOneBy({ id: managerId, type: PrincipalType.USER });
    if (!manager) throw badInput('The manager must be a user of this tenant.', 'managerId');
    if (userId && (manager.id === userId || manager.managerId === userId)) throw badInput('A person cannot manage themselves, or their own manager.', 'managerId');
  }

  /** Email and external id are unique (the database says so too; this says it in words). */
  private async requireFree(tx: EntityManager, { email, externalId }: { email: string; externalId: string | null }): Promise<void> {
    const [taken] = (await tx.query(`SELECT 1 FROM principal WHERE email = $1 LIMIT 1`, [email])) as unknown[];
    if (taken) throw conflict(`A user with the email ${email} exists already.`);
    await requireFreeExternalId(tx, PrincipalType.USER, externalId);
  }
}
