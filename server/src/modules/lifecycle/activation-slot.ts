import type { EntityManager } from 'typeorm';
import type { RoleRequestEntity } from '../requests/role-request.entity';

/**
 * Serialises everything that may start an activation of one role at one scope for one person — submitting, and
 * provisioning after an approval — so that two of them can never both see "nothing active here".
 */
export async function lockActivationSlot(tx: EntityManager, request: Pick<RoleRequestEntity, 'principalId' | 'roleId' | 'scopeId'>): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`activation:${request.principalId}:${request.roleId}:${request.scopeId}`]);
}

/** Whether the person holds the role ACTIVE at exactly this scope now or later (not ended, not a schedule that never was). */
export async function activeHere(db: EntityManager, request: Pick<RoleRequestEntity, 'principalId' | 'roleId' | 'scopeId'>, now: Date): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM role_assignment
      WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND type = 'ACTIVE' AND end_reason IS NULL
        AND (end_at IS NULL OR end_at > $4)
      LIMIT 1`,
    [request.principalId, request.roleId, request.scopeId, now],
  )) as unknown[];
  return rows.length > 0;
}
