import { notFound, requireId } from '../../lib/errors';
import { PrincipalType } from '../../lib/vocabulary/principals';
import type { Caller } from '../access/caller';
import { assertMayUnlockAnyone, assertMayUnlock } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { PrincipalEntity } from '../directory/principal.entity';
import { isTenantAdministrator } from '../lifecycle/protected-roles';
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
    assertMayUnlockAnyone(capabilities);
    const id = requireId(principalIdInput, 'user');
    const user = await this.db.getRepository(PrincipalEntity).findOneBy({ id, type: PrincipalType.USER });
    if (!user) throw notFound('user', principalIdInput);
    const now = this.kernel.now();
    await assertMayUnlock(capabilities, () => isTenantAdministrator(this.db.manager, id, now));
    await this.kernel.change(async (tx) => {
      const cleared = await clearAttempts(tx, id);
      await writeAudit(tx, caller.actor, now, [{ action: 'auth.sign_in_unlocked', targetPrincipalId: id, after: { clearedBuckets: cleared } }]);
    });
    return true;
  }
}
