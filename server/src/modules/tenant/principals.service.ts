import type { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { Emit, Kernel } from '../../kernel/kernel';
import { badInput, conflict, forbidden, notFound, requireId } from '../../lib/errors';
import { optionalText, requiredText } from '../../lib/strings';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import { PrincipalSource, PrincipalType } from '../../lib/vocabulary/principals';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { ScopeType } from '../../lib/vocabulary/scopes';
import type { Capabilities } from '../access/capabilities';
import type { Caller } from '../access/caller';
import { assertManagesGroups, assertManagesServicePrincipals, assertManagesUsers, assertMayChangeUser } from '../access/policy';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import { writeAudit } from '../audit/audit.writer';
import { PrincipalEntity } from '../directory/principal.entity';
import { coverageMayShrink, isTenantAdministrator } from '../lifecycle/protected-roles';
import { newRequest } from '../lifecycle/request-draft';
import type { RequestLifecycle } from '../lifecycle/request-lifecycle';
import { GROUP_OWNER_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { SettingsReader } from '../settings/role-settings.service';
import type { Actor } from '../auth/viewer';

export interface CreateGroupFields {
  displayName: string;
  description?: string | null;
  roleAssignable?: boolean | null;
  externalId?: string | null;
  ownerIds?: string[] | null;
}

export interface CreateServicePrincipalFields {
  displayName: string;
  description?: string | null;
  externalId?: string | null;
}

const MAX_OWNERS = 20;

/**
 * The directory's groups and service principals, and disabling and enabling any principal (DOMAIN.md, "Tenant and
 * identity" and "Who may do what"). Disabling takes effect in the one transaction of the change: from that instant the
 * principal holds nothing (access reads the disablement history, directory/enabled-at.ts), its sessions and API tokens
 * are revoked for good, its open requests are canceled with the reason, its activations in force end (so enabling it
 * again does not bring back an elevation), the last-admin guard refuses it for the last Global or Privileged Role
 * Administrator, and after the commit its live feeds end on every replica. Its eligibilities and assignments stay:
 * they count again only if it is enabled while they are still in force.
 */
export class PrincipalAdministration {
  constructor(
    private readonly kernel: Kernel,
    private readonly lifecycle: RequestLifecycle,
    private readonly settings: SettingsReader,
  ) {}

  async setEnabled(caller: Caller, principalIdInput: string, enabled: boolean, reasonInput: string | null | undefined): Promise<PrincipalEntity> {
    const viewer = caller.requireViewer();
    const capabilities = await caller.capabilities();
    if (!capabilities.managesUsers && !capabilities.managesGroups(false) && !capabilities.managesTenant) {
      throw forbidden('Only Global, Privileged Role, User and Groups Administrators disable or enable principals.');
    }
    const id = requireId(principalIdInput, 'principal');
    const reason = optionalText(reasonInput, 'reason', 500);
    if (typeof enabled !== 'boolean') throw badInput('enabled must be true or false.', 'enabled');
    const found = await this.kernel.db.getRepository(PrincipalEntity).findOneBy({ id });
    if (!found) throw notFound('principal', principalIdInput);
    await this.assertMayChange(capabilities, found);
    if (!enabled && id === viewer.principalId) throw badInput('You cannot disable yourself: ask another administrator.', 'principalId');

    return this.kernel.change(async (tx, emit) => {
      const principal = await tx.getRepository(PrincipalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!principal) throw notFound('principal', principalIdInput);
      // Already as asked: nothing happens, and nothing is recorded.
      if (principal.enabled === enabled) return principal;
      const now = this.kernel.now();
      if (enabled) await this.enableWithin(tx, caller.actor, principal, reason, now);
      else await this.disableWithin(tx, caller.actor, principal, reason, now, emit);
      return principal;
    });
  }

  async createGroup(caller: Caller, input: CreateGroupFields): Promise<PrincipalEntity> {
    const roleAssignable = input.roleAssignable ?? false;
    assertManagesGroups(await caller.capabilities(), roleAssignable, 'create');
    const displayName = requiredText(input.displayName, 'displayName', 200);
    const description = optionalText(input.description, 'description', 1000);
    const externalId = optionalText(input.externalId, 'externalId', 300);
    const ownerIds = [...new Set((input.ownerIds ?? []).map((ownerId) => requireId(ownerId, 'owner')))];
    if (ownerIds.length > MAX_OWNERS) throw badInput(`A group is created with at most ${MAX_OWNERS} owners; add more afterwards.`, 'ownerIds');

    return this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      await requireFreeExternalId(tx, PrincipalType.GROUP, externalId);
      const owners = ownerIds.length
        ? ((await tx.query(`SELECT id FROM principal WHERE id = ANY($1::uuid[]) AND type = 'USER' AND enabled`, [ownerIds])) as { id: string }[])
        : [];
      if (owners.length !== ownerIds.length) throw badInput('Owners must be enabled users of this tenant.', 'ownerIds');
      const group = await tx.getRepository(PrincipalEntity).save({
        type: PrincipalType.GROUP,
        displayName,
        description,
        roleAssignable,
        externalId,
        source: PrincipalSource.LOCAL,
      });
      // A group's scope: where its Member and Owner assignments (and the group's settings) live.
      const scopeId = randomUUID();
      await tx.query(`INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
        scopeId,
        ScopeType.GROUP,
        displayName,
        TENANT_ROOT_SCOPE_ID,
        [TENANT_ROOT_SCOPE_ID, scopeId],
        group.id,
      ]);
      await writeAudit(tx, caller.actor, now, [
        { action: 'directory.group_created', targetPrincipalId: group.id, scopeId, after: { displayName, description, roleAssignable, externalId, ownerIds } },
      ]);
      if (ownerIds.length) {
        const { settings } = await this.settings.effective(tx, GROUP_OWNER_ID, scopeId);
        for (const ownerId of ownerIds) {
          await this.lifecycle.grant(
            tx,
            caller.actor,
            { principalId: ownerId, roleId: GROUP_OWNER_ID, scopeId, type: AssignmentType.ACTIVE },
            settings,
            `Owner named when the group was created`,
            now,
            emit,
          );
        }
      }
      return group;
    });
  }

  async createServicePrincipal(caller: Caller, input: CreateServicePrincipalFields): Promise<PrincipalEntity> {
    assertManagesServicePrincipals(await caller.capabilities(), 'create');
    const displayName = requiredText(input.displayName, 'displayName', 200);
    const description = optionalText(input.description, 'description', 1000);
    const externalId = optionalText(input.externalId, 'externalId', 300);
    return this.kernel.change(async (tx) => {
      await requireFreeExternalId(tx, PrincipalType.SERVICE_PRINCIPAL, externalId);
      const principal = await tx.getRepository(PrincipalEntity).save({
        type: PrincipalType.SERVICE_PRINCIPAL,
        displayName,
        description,
        externalId,
        source: PrincipalSource.LOCAL,
      });
      await writeAudit(tx, caller.actor, this.kernel.now(), [
        { action: 'directory.service_principal_created', targetPrincipalId: principal.id, after: { displayName, description, externalId } },
      ]);
      return principal;
    });
  }

  /** DOMAIN.md's rows: users by Global and User Administrators (a tenant administrator only by a Global Administrator), groups by kind, service principals by the tenant's managers. */
  private async assertMayChange(capabilities: Capabilities, principal: PrincipalEntity): Promise<void> {
    switch (principal.type) {
      case PrincipalType.USER:
        assertManagesUsers(capabilities, 'disable or enable users');
        await assertMayChangeUser(capabilities, () => isTenantAdministrator(this.kernel.db.manager, principal.id, this.kernel.now()));
        return;
      case PrincipalType.GROUP:
        assertManagesGroups(capabilities, principal.roleAssignable, 'disable or enable');
        return;
      case PrincipalType.SERVICE_PRINCIPAL:
        assertManagesServicePrincipals(capabilities, 'disable or enable');
    }
  }

  /**
   * Disables `principal` (locked, enabled) in the caller's change, as `actor`: for setPrincipalEnabled, and for the
   * identity provider's own disabling over SCIM (`active: false`, DELETE), which the same rule covers.
   */
  async disableWithin(tx: EntityManager, actor: Actor, principal: PrincipalEntity, reason: string | null, now: Date, emit: Emit): Promise<void> {
    // The last Global or Privileged Role Administrator: the guard snapshots coverage now and refuses the commit if none is left.
    await coverageMayShrink(tx);
    Object.assign(principal, { enabled: false, disabledAt: now });
    await tx.query(`UPDATE principal SET enabled = false, disabled_at = $2 WHERE id = $1`, [principal.id, now]);
    await tx.query(`INSERT INTO principal_disablement (principal_id, disabled_at, reason) VALUES ($1, $2, $3)`, [principal.id, now, reason]);
    const sessions = (await tx.query(`UPDATE session SET revoked_at = $2 WHERE principal_id = $1 AND revoked_at IS NULL RETURNING kind`, [
      principal.id,
      now,
    ])) as [{ kind: string }[], number];
    const why = `${principal.displayName} was disabled${reason ? `: ${reason}` : ''}`;

    // Open requests: waiting for a decision, or granted for a start still to come.
    const open = (await tx.query(
      `SELECT q.id FROM role_request q LEFT JOIN role_assignment a ON a.id = q.assignment_id
        WHERE q.principal_id = $1 AND (q.status IN ('PENDING_APPROVAL', 'PENDING_ADMIN_DECISION') OR (q.status = 'GRANTED' AND (a.id IS NULL OR a.start_at > $2)))
        ORDER BY q.id`,
      [principal.id, now],
    )) as { id: string }[];
    for (const { id } of open) {
      const request = await this.lifecycle.lockRequest(tx, id);
      if (request) await this.lifecycle.cancel(tx, actor, request, now, emit, `Canceled: ${why}.`);
    }

    // Activations in force: its own, and its members' made from a group's eligibility.
    const activations = await tx
      .getRepository(RoleAssignmentEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where(`a.type = 'ACTIVE' AND a.origin = 'ACTIVATED' AND a.end_reason IS NULL AND a.start_at <= :now AND (a.end_at IS NULL OR a.end_at > :now)`, { now })
      .andWhere(`(a.principal_id = :id OR a.eligibility_id IN (SELECT e.id FROM role_assignment e WHERE e.principal_id = :id))`, { id: principal.id })
      .orderBy('a.id')
      .getMany();
    for (const activation of activations) {
      const request = newRequest({
        action: RequestAction.ADMIN_REMOVE,
        status: RequestStatus.PROVISIONED,
        type: AssignmentType.ACTIVE,
        principalId: activation.principalId,
        roleId: activation.roleId,
        scopeId: activation.scopeId,
        requestedById: actor.id ?? principal.id,
        reason: { justification: `Ended: ${why}.`, ticketSystem: null, ticketNumber: null },
        startAt: null,
        endAt: null,
        settings: null,
        now,
        assignmentId: activation.id,
      });
      await this.lifecycle.endHolding(tx, actor, request, activation, now, emit);
    }

    const [rows] = sessions;
    await writeAudit(tx, actor, now, [
      {
        action: 'directory.principal_disabled',
        targetPrincipalId: principal.id,
        before: { enabled: true },
        after: {
          enabled: false,
          reason,
          sessionsEnded: rows.filter((row) => row.kind !== 'API_TOKEN').length,
          apiTokensRevoked: rows.filter((row) => row.kind === 'API_TOKEN').length,
          requestsCanceled: open.length,
          activationsEnded: activations.length,
        },
      },
    ]);
    emit({ topic: 'sessions', principalId: principal.id, sessionId: null, at: now.toISOString() });
  }

  /** Enables `principal` (locked, disabled) in the caller's change, as `actor`. Restores nothing by itself. */
  async enableWithin(tx: EntityManager, actor: Actor, principal: PrincipalEntity, reason: string | null, now: Date): Promise<void> {
    principal.enabled = true;
    await tx.query(`UPDATE principal SET enabled = true WHERE id = $1`, [principal.id]);
    await tx.query(`UPDATE principal_disablement SET enabled_at = $2 WHERE principal_id = $1 AND enabled_at IS NULL`, [principal.id, now]);
    await writeAudit(tx, actor, now, [
      { action: 'directory.principal_enabled', targetPrincipalId: principal.id, before: { enabled: false }, after: { enabled: true, reason } },
    ]);
  }
}

/** External ids are unique among principals of one type (the database says so too; this says it in words). */
export async function requireFreeExternalId(tx: EntityManager, type: PrincipalType, externalId: string | null): Promise<void> {
  if (!externalId) return;
  const [used] = (await tx.query(`SELECT 1 FROM principal WHERE type = $1 AND external_id = $2 LIMIT 1`, [type, externalId])) as unknown[];
  if (used) throw conflict(`A ${type === PrincipalType.USER ? 'user' : type === PrincipalType.GROUP ? 'group' : 'service principal'} with the external id ${externalId} exists already.`);
}
