import { notFound, requireId } from '../../lib/errors';
import { PrincipalType } from '../../lib/vocabulary/principals';
import type { Caller } from '../access/caller';
import { assertManagesTenant, assertMayUnlock } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { PrincipalEntity } from '../directory/principal.entity';
import { GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { Kernel } from '../../kernel/kernel';
import { clearAttempts } from './attempt-budget';

/** What administrators do about lockouts (the budgets themselves are attempt-budget.ts and attempt-limits.ts). */
export class LockoutService {
  constructor(private readonly kernel: Kernel) {}

  private get db() {
    return this.kernel.db;
  }

  /**
   * Ends a lockout: clears every password and MFA attempt counted against the user. Global Administrators unlock anyone;
   * Privileged Role Administrators (the tenant's other managers) unlock users who are not Global or Privileged Role
   * Administrators themselves, eligible or active, directly or through a group.
   */
  async unlockSignIn(caller: Caller, principalIdInput: string): Promise<boolean> {
    const capabilities = await caller.capabilities();
    assertManagesTenant(capabilities, 'unlock sign-in');
    const id = requireId(principalIdInput, 'user');
    const user = await this.db.getRepository(PrincipalEntity).findOneBy({ id, type: PrincipalType.USER });
    if (!user) throw notFound('user', principalIdInput);
    const now = this.kernel.now();
    await assertMayUnlock(capabilities, () => this.isTenantAdministrator(id, now));
    await this.kernel.change(async (tx) => {
      const cleared = await clearAttempts(tx, id);
      await writeAudit(tx, caller.actor, now, [{ action: 'auth.sign_in_unlocked', targetPrincipalId: id, after: { clearedBuckets: cleared } }]);
    });
    return true;
  }

  /** Holds or may activate Global or Privileged Role Administrator at the root, now or later, directly or through a group. */
  private async isTenantAdministrator(principalId: string, now: Date): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM role_assignment a
        WHERE a.role_id = ANY($2::uuid[]) AND a.scope_id = $3 AND (a.end_at IS NULL OR a.end_at > $4)
          AND (a.principal_id = $1 OR a.principal_id IN (
                SELECT s.group_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
                 WHERE m.principal_id = $1 AND m.role_id = $5 AND s.group_id IS NOT NULL AND (m.end_at IS NULL OR m.end_at > $4)))
        LIMIT 1`,
      [principalId, [GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID], TENANT_ROOT_SCOPE_ID, now, GROUP_MEMBER_ID],
    )) as unknown[];
    return rows.length > 0;
  }
}
