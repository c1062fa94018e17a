import type { EntityManager } from 'typeorm';
import { type RoleKind } from '../../lib/vocabulary/scopes';
import { PrincipalType, UserType } from '../../lib/vocabulary/principals';
import { forbidden, notFound } from '../../lib/errors';
import { mayDecide, type DecisionContext } from '../approvals/approvers';
import type { Viewer } from '../auth/viewer';
import type { Capabilities, ScopeRef } from './capabilities';

/**
 * The authorization checks of the services, by name, each with the message its refusal carries (DOMAIN.md's "Who may do
 * what"): a service asks `assertMayManage(capabilities, role, scope)` rather than testing a capability and writing its
 * own refusal. What the principal may do is `Capabilities` (and, for decisions, approvers.ts); this module says how a
 * refusal reads. Refusals are FORBIDDEN, except where the rule is that what one may not read does not exist for one:
 * then NOT_FOUND, the same as an unknown id (`assertMayRead`).
 *
 * The transport-level rules (signed in, users only) are declared on the operations (graphql/rules.ts) and use
 * `assertIsUser` too.
 */

interface Named {
  name: string;
}

// ---- Assignments, settings, custom roles ----------------------------------------------------------------------------

/** Creating, changing and removing assignments of a role at a scope: its administrators (`canManage`). */
export function assertMayManage(capabilities: Capabilities, role: Named & { kind: RoleKind }, scope: Named & ScopeRef): void {
  if (!capabilities.canManage(role.kind, scope)) throw forbidden(`You may not manage ${role.name} assignments at ${scope.name}.`);
}

/** Changing a role's settings, role-wide (no scope) or as an override at a scope (`canManageSettings`). */
export function assertMayChangeSettings(capabilities: Capabilities, role: Named & { kind: RoleKind }, scope: (Named & ScopeRef) | null): void {
  if (!capabilities.canManageSettings(role.kind, scope)) {
    throw forbidden(`You may not change the settings of ${role.name}${scope ? ` at ${scope.name}` : ''}.`);
  }
}

/** Creating custom roles of a kind (`canCreateCustomRole`). */
export function assertMayCreateCustomRole(capabilities: Capabilities, kind: RoleKind): void {
  if (!capabilities.canCreateCustomRole(kind)) throw forbidden('You may not create custom roles of this kind.');
}

// ---- Requests ---------------------------------------------------------------------------------------------------------

/**
 * Deciding a request (approve or deny, an extension or a renewal): nobody decides their own request, and only those
 * who may decide it at `at` (approvers.ts#mayDecide: the current stage's approvers, or the scope's administrators).
 */
export async function assertMayDecide(db: EntityManager, context: DecisionContext, principalId: string, at: Date): Promise<void> {
  if (context.request.principalId === principalId) throw forbidden('Nobody approves their own request.');
  if (!(await mayDecide(db, context, principalId, at))) throw forbidden('You are not an approver of this request.');
}

/** Activating: users only (a service principal is given ACTIVE assignments; it does not activate). */
export function assertMayActivate(viewer: Viewer): void {
  if (viewer.principalType !== PrincipalType.USER) throw forbidden('Only users activate roles.');
}

/** Activating by role and scope: the principal holds an eligibility in force for it (directly or through a group). */
export function assertEligible<T>(eligibility: T | null | undefined): asserts eligibility is T {
  if (eligibility === null || eligibility === undefined) throw forbidden('You are not eligible for this role at this scope.');
}

// ---- Reading ----------------------------------------------------------------------------------------------------------

/**
 * Reading something one may not see: it does not exist for the reader, as an unknown id does (NOT_FOUND), so that a
 * refusal tells nothing about it.
 */
export function assertMayRead(readable: boolean, what: string, id: string): asserts readable {
  if (!readable) throw notFound(what, id);
}

/**
 * One's own schedule or request: its holder's, or (a request) whoever asked for it. Anyone else's does not exist for the
 * caller (NOT_FOUND, as an unknown id): deactivating, cancelling, asking to extend or renew, activating an eligibility.
 */
export function assertOwn<T extends { principalId: string; requestedById?: string }>(
  thing: T | null | undefined,
  principalId: string,
  what: string,
  id: string,
): asserts thing is T {
  if (!thing || (thing.principalId !== principalId && thing.requestedById !== principalId)) throw notFound(what, id);
}

/** Another principal's access (effective roles, the paths to them): those who read anything beyond their own. */
export function assertMayReadAccessOf(capabilities: Capabilities, principalId: string): void {
  if (principalId !== capabilities.principalId && !capabilities.readsAnyoneElse) throw forbidden('You may only see your own access.');
}

/**
 * A guest who administers and reads nothing: sees only themselves and the people and groups their own requests and
 * approvals involve (DOMAIN.md: "never list the directory").
 */
export function isLimitedGuest(viewer: Viewer, capabilities: Capabilities): boolean {
  return viewer.userType === UserType.GUEST && !capabilities.readsAnyoneElse;
}

/** Listing or searching the directory: everyone but a limited guest. */
export function assertMayListDirectory(viewer: Viewer, capabilities: Capabilities): void {
  if (isLimitedGuest(viewer, capabilities)) {
    throw forbidden('Guests cannot list or search the directory: you see yourself and the people your own requests and approvals involve.');
  }
}

/** Verifying the audit chain: the audit readers (`readsAuditLog`). */
export function assertReadsAuditLog(capabilities: Capabilities): void {
  if (!capabilities.readsAuditLog) {
    throw forbidden('Only audit readers (Global Administrator or Reader, Privileged Role Administrator, Security Administrator or Reader) may verify the audit log.');
  }
}

// ---- The tenant -------------------------------------------------------------------------------------------------------

/** What only the tenant's managers (Global and Privileged Role Administrators, `managesTenant`) do. */
export type TenantOperation = 'create API tokens' | 'revoke API tokens' | 'see API tokens' | 'manage webhooks';

export function assertManagesTenant(capabilities: Capabilities, operation: TenantOperation): void {
  if (!capabilities.managesTenant) throw forbidden(`Only Global and Privileged Role Administrators ${operation}.`);
}

/** Unlocking someone's sign-in: Global, Privileged Role and User Administrators (a tenant administrator: see assertMayUnlock). */
export function assertMayUnlockAnyone(capabilities: Capabilities): void {
  if (!capabilities.managesTenant && !capabilities.managesUsers) throw forbidden('Only Global, Privileged Role and User Administrators unlock sign-in.');
}

/** Creating and inviting users: Global and User Administrators (`managesUsers`). */
export function assertManagesUsers(capabilities: Capabilities, operation: 'create users' | 'invite users' | 'update users' | 'disable or enable users'): void {
  if (!capabilities.managesUsers) throw forbidden(`Only Global and User Administrators ${operation}.`);
}

/** Changing a Global or Privileged Role Administrator (their profile, their invitation): a Global Administrator only. */
export async function assertMayChangeUser(capabilities: Capabilities, isTenantAdministrator: () => Promise<boolean>): Promise<void> {
  if (!capabilities.isGlobalAdmin && (await isTenantAdministrator())) {
    throw forbidden('Only a Global Administrator changes a Global or Privileged Role Administrator.');
  }
}

/** Creating, disabling and enabling groups (`managesGroups`): role-assignable ones only Global and Privileged Role Administrators. */
export function assertManagesGroups(capabilities: Capabilities, roleAssignable: boolean, operation: 'create' | 'disable or enable'): void {
  if (capabilities.managesGroups(roleAssignable)) return;
  throw forbidden(
    roleAssignable
      ? `Only Global and Privileged Role Administrators ${operation} role-assignable groups.`
      : `Only Global, Privileged Role and Groups Administrators ${operation} groups.`,
  );
}

/** Creating, disabling and enabling service principals: the tenant's managers, who also make their API tokens. */
export function assertManagesServicePrincipals(capabilities: Capabilities, operation: 'create' | 'disable or enable'): void {
  if (!capabilities.managesTenant) throw forbidden(`Only Global and Privileged Role Administrators ${operation} service principals.`);
}

/** Identity providers and SCIM tokens (DOMAIN.md: "Global Administrator … nobody else"). */
export function assertGlobalAdministrator(capabilities: Capabilities, operation: 'manage SCIM tokens' | 'manage identity providers'): void {
  if (!capabilities.isGlobalAdmin) throw forbidden(`Only Global Administrators ${operation}.`);
}

/** Unlocking a Global or Privileged Role Administrator's sign-in: a Global Administrator only (asked only of others). */
export async function assertMayUnlock(capabilities: Capabilities, isTenantAdministrator: () => Promise<boolean>): Promise<void> {
  if (!capabilities.isGlobalAdmin && (await isTenantAdministrator())) {
    throw forbidden('Only a Global Administrator unlocks a Global or Privileged Role Administrator.');
  }
}

// ---- Who acts ---------------------------------------------------------------------------------------------------------

/** Operations for users only (`Rule.USER`): service principals cannot. */
export function assertIsUser(viewer: Viewer): void {
  if (viewer.principalType !== PrincipalType.USER) throw forbidden('Only users can do this; service principals cannot.');
}

/** Multi-factor authentication (step-up, authenticator enrolment): a user's session, not an API token. */
export function assertUsesMfa(viewer: Viewer): void {
  if (viewer.sessionKind !== 'SESSION') throw forbidden('Service principals do not use multi-factor authentication.');
}

/** A change demanding a fresh step-up, asked with an API token: only a signed-in user can make one. */
export function assertMayStepUp(viewer: Viewer): void {
  if (viewer.sessionKind !== 'SESSION') {
    throw forbidden('This needs a multi-factor step-up, which only a signed-in user can make: an API token cannot.');
  }
}

/** Enrolling an authenticator: accounts that sign in here (with a password), not those of an identity provider. */
export function assertSignsInHere<T>(credential: T | null | undefined): asserts credential is T {
  if (credential === null || credential === undefined) throw forbidden('This account signs in elsewhere and cannot enrol an authenticator here.');
}
