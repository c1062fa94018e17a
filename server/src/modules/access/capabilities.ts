import { RoleKind } from '../../lib/vocabulary/scopes';
import {
  AZURE_CONTRIBUTOR_ID,
  AZURE_OWNER_ID,
  GLOBAL_ADMINISTRATOR_ID,
  GLOBAL_READER_ID,
  GROUP_OWNER_ID,
  GROUPS_ADMINISTRATOR_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  REPORTS_READER_ID,
  SECURITY_ADMINISTRATOR_ID,
  SECURITY_READER_ID,
  TENANT_ROOT_SCOPE_ID,
  USER_ACCESS_ADMINISTRATOR_ID,
  USER_ADMINISTRATOR_ID,
} from '../roles/built-in-roles';
import type { HoldingRow } from './access.repository';

/** The parts of a scope that authorization looks at. */
export interface ScopeRef {
  id: string;
  path: string[];
  groupId: string | null;
}

const DIRECTORY_READER_ROLES = new Set([
  GLOBAL_ADMINISTRATOR_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  SECURITY_ADMINISTRATOR_ID,
  SECURITY_READER_ID,
  GLOBAL_READER_ID,
]);
const RESOURCE_MANAGER_ROLES = new Set([AZURE_OWNER_ID, USER_ACCESS_ADMINISTRATOR_ID]);
/** Who shapes the resource tree below where they hold it: Owners and Contributors (DOMAIN.md). */
const SCOPE_EDITOR_ROLES = new Set([AZURE_OWNER_ID, AZURE_CONTRIBUTOR_ID]);
/** The directory's administrators and readers: they also read people's sign-in times and managers. */
const DIRECTORY_DETAIL_ROLES = new Set([...DIRECTORY_READER_ROLES, USER_ADMINISTRATOR_ID, REPORTS_READER_ID]);

/** The tenant root as authorization sees it: reading there is reading the whole tenant. */
const ROOT_SCOPE: ScopeRef = { id: TENANT_ROOT_SCOPE_ID, path: [TENANT_ROOT_SCOPE_ID], groupId: null };

export interface ManageableScopeRef {
  scopeId: string;
  roleKinds: RoleKind[];
  includesDescendants: boolean;
}

/**
 * What a principal may do, derived from what it actively holds right now: DOMAIN.md's "Who may do what" table in code.
 * Computed per request from the database, never cached across requests, so a removed role stops working at once.
 */
export class Capabilities {
  readonly isGlobalAdmin: boolean;
  readonly isPrivilegedRoleAdmin: boolean;
  /** User Administrator at the root: creates, invites, updates, disables and enables users (not the tenant's administrators). */
  readonly isUserAdmin: boolean;
  /** Groups Administrator at the root: creates and manages groups that are not role-assignable. */
  readonly isGroupsAdmin: boolean;
  /** Reads all DIRECTORY assignments, requests, alerts and audit. */
  readonly readsDirectory: boolean;
  /** Reads RESOURCE and GROUP scopes everywhere (Global Administrator, Global Reader). */
  readonly readsEverything: boolean;
  /**
   * Reads other people's sign-in times and managers (DOMAIN.md: "only for admins and readers"): the directory readers
   * above, and User Administrator and Reports Reader. Not the administrators of resources or groups.
   */
  readonly readsDirectoryDetails: boolean;
  /** Scopes where the principal is Owner or User Access Administrator: it manages RESOURCE assignments there and below. */
  readonly resourceManagerScopeIds: ReadonlySet<string>;
  /** Groups the principal actively owns. */
  readonly ownedGroupIds: ReadonlySet<string>;
  /** Scopes where the principal is Owner or Contributor: it creates, renames, moves and archives scopes below them. */
  readonly scopeEditorScopeIds: ReadonlySet<string>;
  private readonly topResourceManagerScopeIds: ReadonlySet<string>;
  /** The GROUP scopes of those groups (where the Owner role is held). */
  private readonly ownedGroupScopeIds: ReadonlySet<string>;

  constructor(
    readonly principalId: string,
    holdings: HoldingRow[],
  ) {
    const atRoot = (roleId: string) =>
      holdings.some((h) => h.role_id === roleId && h.scope_id === TENANT_ROOT_SCOPE_ID);
    this.isGlobalAdmin = atRoot(GLOBAL_ADMINISTRATOR_ID);
    this.isPrivilegedRoleAdmin = atRoot(PRIVILEGED_ROLE_ADMINISTRATOR_ID);
    this.isUserAdmin = atRoot(USER_ADMINISTRATOR_ID);
    this.isGroupsAdmin = atRoot(GROUPS_ADMINISTRATOR_ID);
    this.readsDirectory = [...DIRECTORY_READER_ROLES].some(atRoot);
    this.readsEverything = this.isGlobalAdmin || atRoot(GLOBAL_READER_ID);
    this.readsDirectoryDetails = [...DIRECTORY_DETAIL_ROLES].some(atRoot);
    const managed = holdings.filter((h) => RESOURCE_MANAGER_ROLES.has(h.role_id) && h.role_kind === RoleKind.RESOURCE);
    this.resourceManagerScopeIds = new Set(managed.map((h) => h.scope_id));
    // The topmost of those scopes: one managed below another adds nothing.
    this.topResourceManagerScopeIds = new Set(
      managed.filter((h) => !h.scope_path.some((id) => id !== h.scope_id && this.resourceManagerScopeIds.has(id))).map((h) => h.scope_id),
    );
    this.scopeEditorScopeIds = new Set(holdings.filter((h) => SCOPE_EDITOR_ROLES.has(h.role_id) && h.role_kind === RoleKind.RESOURCE).map((h) => h.scope_id));
    const owned = holdings.filter((h) => h.role_id === GROUP_OWNER_ID && h.scope_group_id);
    this.ownedGroupIds = new Set(owned.map((h) => h.scope_group_id as string));
    this.ownedGroupScopeIds = new Set(owned.map((h) => h.scope_id));
  }

  /** May create, change and remove assignments of a role of this kind at this scope (and edit its settings there). */
  canManage(kind: RoleKind, scope: ScopeRef): boolean {
    if (this.isGlobalAdmin) return true;
    switch (kind) {
      case RoleKind.DIRECTORY:
        return this.isPrivilegedRoleAdmin;
      case RoleKind.RESOURCE:
        return scope.path.some((id) => this.resourceManagerScopeIds.has(id));
      case RoleKind.GROUP:
        return this.isPrivilegedRoleAdmin || (scope.groupId !== null && this.ownedGroupIds.has(scope.groupId));
    }
  }

  /**
   * May change the settings of a role of this kind: at a scope (an override there), as `canManage`; role-wide (no
   * scope), Global Administrators for RESOURCE roles, Global and Privileged Role Administrators for DIRECTORY and GROUP
   * roles.
   */
  canManageSettings(kind: RoleKind, scope: ScopeRef | null): boolean {
    if (scope) return this.canManage(kind, scope);
    return kind === RoleKind.RESOURCE ? this.isGlobalAdmin : this.isGlobalAdmin || this.isPrivilegedRoleAdmin;
  }

  /** May create custom roles of this kind: DIRECTORY ones Global and Privileged Role Administrators, RESOURCE ones Global Administrators. */
  canCreateCustomRole(kind: RoleKind): boolean {
    if (kind === RoleKind.DIRECTORY) return this.managesTenant;
    return kind === RoleKind.RESOURCE && this.isGlobalAdmin;
  }

  /**
   * Where `canManage` says yes, as a list: each scope with the kinds of role managed there (and, with
   * `includesDescendants`, below it). `canManage(kind, s)` ⇔ some entry lists `kind` and is `s` or, including
   * descendants, an ancestor of `s`. Derived from the holdings already read: no query.
   */
  manageableScopes(): ManageableScopeRef[] {
    if (this.isGlobalAdmin) {
      return [{ scopeId: TENANT_ROOT_SCOPE_ID, roleKinds: [RoleKind.DIRECTORY, RoleKind.RESOURCE, RoleKind.GROUP], includesDescendants: true }];
    }
    const entries: ManageableScopeRef[] = [];
    if (this.isPrivilegedRoleAdmin) {
      entries.push({ scopeId: TENANT_ROOT_SCOPE_ID, roleKinds: [RoleKind.DIRECTORY, RoleKind.GROUP], includesDescendants: true });
    }
    for (const scopeId of this.topResourceManagerScopeIds) entries.push({ scopeId, roleKinds: [RoleKind.RESOURCE], includesDescendants: true });
    // A Privileged Role Administrator manages every group already.
    if (!this.isPrivilegedRoleAdmin) {
      for (const scopeId of this.ownedGroupScopeIds) entries.push({ scopeId, roleKinds: [RoleKind.GROUP], includesDescendants: false });
    }
    return entries;
  }

  /** May read assignments and requests of a role of this kind at this scope (someone else's). */
  canRead(kind: RoleKind, scope: ScopeRef): boolean {
    if (this.readsEverything) return true;
    if (kind === RoleKind.DIRECTORY && this.readsDirectory) return true;
    return this.canManage(kind, scope);
  }

  /**
   * The read rule of a row about a role of this kind at this scope that involves `principalIds` (its holder, its
   * requester): one's own, or what `canRead` allows. `visibilitySql` is its SQL form.
   */
  readsRow(kind: RoleKind, scope: ScopeRef, principalIds: readonly (string | null)[]): boolean {
    return principalIds.includes(this.principalId) || this.canRead(kind, scope);
  }

  /** May read everything, so listings need no visibility filter. */
  get readsAll(): boolean {
    return this.readsEverything;
  }

  /**
   * May read role assignments at the tenant root (`canRead` at `/`): the tenant-wide figures (the Overview) are for
   * those who read what is held there.
   */
  get readsAtRoot(): boolean {
    return this.canRead(RoleKind.DIRECTORY, ROOT_SCOPE);
  }

  /**
   * Reads security alerts: the directory's readers (DOMAIN.md: they "read all … alerts"), and those who manage RESOURCE
   * assignments somewhere (Owners, User Access Administrators), who read the resource alerts of their scopes.
   */
  get readsAlerts(): boolean {
    return this.readsDirectory || this.manageableScopes().some((entry) => entry.roleKinds.includes(RoleKind.RESOURCE));
  }

  /** May change alert settings, dismiss, refresh and remediate alerts: Global and Privileged Role Administrators. */
  get managesAlerts(): boolean {
    return this.managesTenant;
  }

  /** May manage anything at all: gates admin-only screens and operations that are not about one scope. */
  get isAnyAdmin(): boolean {
    return this.isGlobalAdmin || this.isPrivilegedRoleAdmin || this.resourceManagerScopeIds.size > 0 || this.ownedGroupIds.size > 0;
  }

  /** Reads anything beyond their own: used to refuse rather than return an empty answer about other principals. */
  get readsAnyoneElse(): boolean {
    return this.readsDirectory || this.readsEverything || this.isAnyAdmin;
  }

  /**
   * Reads the audit log beyond their own events and may verify the chain: Global Administrator, Global Reader, Privileged
   * Role Administrator, Security Administrator, Security Reader (DOMAIN.md: they "read all … audit").
   */
  get readsAuditLog(): boolean {
    return this.readsDirectory;
  }

  /**
   * Which audit events this principal may read: their own ("my audit": as actor or target), events about roles at scopes
   * they may read (as `visibilitySql`), and, for the audit readers, the tenant-level events that name no role (sign-ins,
   * tokens). Global Administrator and Global Reader read everything.
   */
  auditVisibilitySql(params: unknown[], columns: { kind: string; path: string; groupId: string; roleId: string; principals: string[] }): string {
    const scoped = this.visibilitySql(params, columns);
    if (scoped === 'true' || !this.readsAuditLog) return scoped;
    return `(${scoped} OR ${columns.roleId} IS NULL)`;
  }

  /** May create, invite, update, disable and enable users (DOMAIN.md: Global and User Administrators). */
  get managesUsers(): boolean {
    return this.isGlobalAdmin || this.isUserAdmin;
  }

  /**
   * May create, disable and enable groups (DOMAIN.md): role-assignable ones Global and Privileged Role Administrators,
   * the others Groups Administrators too.
   */
  managesGroups(roleAssignable: boolean): boolean {
    return this.managesTenant || (!roleAssignable && this.isGroupsAdmin);
  }

  /**
   * May create, rename, move and archive resource scopes under the scope with this path (ids from the root down to it,
   * itself included): Global Administrators everywhere, Owners and Contributors at it or above.
   */
  editsScopesUnder(path: readonly string[]): boolean {
    return this.isGlobalAdmin || path.some((id) => this.scopeEditorScopeIds.has(id));
  }

  /** Edits scopes anywhere at all: offers the scope tree's editing. */
  get editsAnyScopes(): boolean {
    return this.isGlobalAdmin || this.isPrivilegedRoleAdmin || this.scopeEditorScopeIds.size > 0;
  }

  /** May create API tokens for service principals, create custom roles. */
  get managesTenant(): boolean {
    return this.isGlobalAdmin || this.isPrivilegedRoleAdmin;
  }

  /**
   * A SQL predicate limiting rows to what this principal may read: the SQL form of `readsRow` (test/policy-sql.property
   * .test.ts proves them equal on random tenants). `kind`, `path`, `groupId` and `principals` are SQL expressions for the
   * row's role kind, scope path, scope group and the principals it involves (holder, requester); parameters are appended
   * to `params`.
   */
  visibilitySql(
    params: unknown[],
    columns: { kind: string; path: string; groupId: string; principals: string[] },
  ): string {
    if (this.readsAll) return 'true';
    params.push(this.principalId);
    const own = columns.principals.map((column) => `${column} = $${params.length}`);
    const parts = [...own];
    if (this.readsDirectory || this.isPrivilegedRoleAdmin) parts.push(`${columns.kind} = 'DIRECTORY'`);
    if (this.isPrivilegedRoleAdmin) parts.push(`${columns.kind} = 'GROUP'`);
    if (this.resourceManagerScopeIds.size > 0) {
      params.push([...this.resourceManagerScopeIds]);
      parts.push(`(${columns.kind} = 'RESOURCE' AND ${columns.path} && $${params.length}::uuid[])`);
    }
    if (this.ownedGroupIds.size > 0) {
      params.push([...this.ownedGroupIds]);
      parts.push(`(${columns.kind} = 'GROUP' AND ${columns.groupId} = ANY($${params.length}::uuid[]))`);
    }
    return `(${parts.join(' OR ')})`;
  }
}
