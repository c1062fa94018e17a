import type { EntityManager } from 'typeorm';
import type { Emit } from '../../kernel/kernel';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import type { PrincipalSource } from '../../lib/vocabulary/principals';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import type { Actor } from '../auth/viewer';
import { newRequest } from '../lifecycle/request-draft';
import type { RequestLifecycle } from '../lifecycle/request-lifecycle';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import type { SettingsReader } from '../settings/role-settings.service';

/**
 * Group memberships an identity provider decides (SCIM pushes, an OIDC groups claim): ACTIVE Member assignments of the
 * group's scope that record their source, made through the lifecycle's grant and ended through its endHolding (so the
 * last-admin guard, audit, notifications and live events hold). A source only ends what it made: the rows of other
 * sources (an administrator's, another provider's) are never touched.
 */
export class SourcedMemberships {
  constructor(
    private readonly lifecycle: RequestLifecycle,
    private readonly settings: SettingsReader,
  ) {}

  /** New memberships (of `source`) for those not members yet; existing memberships of any source stay as they are. */
  async add(tx: EntityManager, actor: Actor, groupId: string, principalIds: readonly string[], source: PrincipalSource, reason: string, now: Date, emit: Emit): Promise<void> {
    if (!principalIds.length) return;
    const scopeId = await this.groupScope(tx, groupId);
    const present = new Set(
      ((await tx.query(
        `SELECT principal_id FROM role_assignment WHERE scope_id = $1 AND role_id = $2 AND type = 'ACTIVE' AND principal_id = ANY($3::uuid[])
           AND start_at <= $4 AND (end_at IS NULL OR end_at > $4)`,
        [scopeId, GROUP_MEMBER_ID, [...principalIds], now],
      )) as { principal_id: string }[]).map((row) => row.principal_id),
    );
    const { settings } = await this.settings.effective(tx, GROUP_MEMBER_ID, scopeId);
    // The identity provider decides how long a membership lasts: it stands until it says otherwise.
    const standing = { ...settings, assignment: { ...settings.assignment, allowPermanentActive: true } };
    const targets = [...new Set(principalIds)]
      .filter((principalId) => !present.has(principalId))
      .map((principalId) => ({ principalId, roleId: GROUP_MEMBER_ID, scopeId, type: AssignmentType.ACTIVE, source }));
    // One batch, however many members: a provider's PATCH of 100 members is a few statements, not a few hundred.
    await this.lifecycle.grantMany(tx, actor, targets, standing, reason, now, emit);
  }

  /** Ends the memberships of `source` in this group: of these principals, or of all but `keep` (a replace). */
  async end(
    tx: EntityManager,
    actor: Actor,
    groupId: string,
    which: { only: readonly string[] } | { keep: readonly string[] },
    source: PrincipalSource,
    reason: string,
    now: Date,
    emit: Emit,
  ): Promise<void> {
    if ('only' in which && !which.only.length) return;
    const scopeId = await this.groupScope(tx, groupId);
    const query = this.inForce(tx, source, now).andWhere('a.scope_id = :scopeId', { scopeId });
    if ('only' in which) query.andWhere('a.principal_id IN (:...ids)', { ids: [...which.only] });
    const keep = new Set('keep' in which ? which.keep : []);
    for (const row of await query.getMany()) if (!keep.has(row.principalId)) await this.endOne(tx, actor, row, reason, now, emit);
  }

  /** The groups `principalId` is a member of through `source`, now. */
  async groupsOf(tx: EntityManager, principalId: string, source: PrincipalSource, now: Date): Promise<Map<string, RoleAssignmentEntity>> {
    const rows = await this.inForce(tx, source, now).andWhere('a.principal_id = :principalId', { principalId }).getMany();
    const scopes = rows.length ? ((await tx.query(`SELECT id, group_id FROM scope WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.scopeId)])) as { id: string; group_id: string }[]) : [];
    const groupOf = new Map(scopes.map((scope) => [scope.id, scope.group_id]));
    return new Map(rows.map((row) => [groupOf.get(row.scopeId) ?? '', row]));
  }

  async endOne(tx: EntityManager, actor: Actor, row: RoleAssignmentEntity, reason: string, now: Date, emit: Emit): Promise<void> {
    const request = newRequest({
      action: RequestAction.ADMIN_REMOVE,
      status: RequestStatus.PROVISIONED,
      type: AssignmentType.ACTIVE,
      principalId: row.principalId,
      roleId: row.roleId,
      scopeId: row.scopeId,
      requestedById: row.principalId,
      reason: { justification: reason, ticketSystem: null, ticketNumber: null },
      startAt: null,
      endAt: null,
      settings: null,
      now,
      assignmentId: row.id,
    });
    await this.lifecycle.endHolding(tx, actor, request, row, now, emit);
  }

  private inForce(tx: EntityManager, source: PrincipalSource, now: Date) {
    return tx
      .getRepository(RoleAssignmentEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where(`a.role_id = :role AND a.type = 'ACTIVE' AND a.source = :source AND a.end_reason IS NULL AND (a.end_at IS NULL OR a.end_at > :now)`, { role: GROUP_MEMBER_ID, source, now })
      .orderBy('a.id');
  }

  private async groupScope(tx: EntityManager, groupId: string): Promise<string> {
    const [row] = (await tx.query(`SELECT id FROM scope WHERE group_id = $1`, [groupId])) as { id: string }[];
    return row.id;
  }
}
