import type { EntityManager } from 'typeorm';
import type { Clock } from '../../lib/clock';
import { lastAdminProtected } from '../../lib/errors';
import { countActiveHolders } from '../access/access.repository';
import {
  GLOBAL_ADMINISTRATOR_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  PROTECTED_ROLE_IDS,
  TENANT_ROOT_SCOPE_ID,
} from '../roles/built-in-roles';

const NAMES: Record<string, string> = {
  [GLOBAL_ADMINISTRATOR_ID]: 'Global Administrator',
  [PRIVILEGED_ROLE_ADMINISTRATOR_ID]: 'Privileged Role Administrator',
};
const LOCK_BASE = 7_274_100;

/**
 * Runs a change that may take away a Global or Privileged Role Administrator (removing an assignment or a group
 * membership, deactivating, disabling) and refuses it if it would leave none active where there was one. The roles'
 * locks serialise such changes, so two admins removing the two last Global Administrators at once cannot both succeed
 * (the write skew READ COMMITTED would otherwise allow): the second waits, then counts what the first left.
 */
export async function guardProtectedRoles<T>(tx: EntityManager, clock: Clock, change: (now: Date) => Promise<T>): Promise<T> {
  for (const index of PROTECTED_ROLE_IDS.keys()) await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_BASE + index]);
  // The instant is read only once the locks are held: it is then no earlier than any change that committed before, so
  // an end another transaction just set is already in the past here.
  const at = clock.now();
  const before: Record<string, number> = {};
  for (const roleId of PROTECTED_ROLE_IDS) before[roleId] = await countActiveHolders(tx, roleId, TENANT_ROOT_SCOPE_ID, at);
  const result = await change(at);
  for (const roleId of PROTECTED_ROLE_IDS) {
    if (before[roleId] > 0 && (await countActiveHolders(tx, roleId, TENANT_ROOT_SCOPE_ID, at)) === 0) {
      throw lastAdminProtected(NAMES[roleId]);
    }
  }
  return result;
}

/** Whether removing this assignment could reduce the holders of a protected role (directly or as a group membership). */
export function mayAffectProtectedRoles(roleId: string, isGroupMembership: boolean): boolean {
  return isGroupMembership || PROTECTED_ROLE_IDS.includes(roleId);
}
