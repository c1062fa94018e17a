import type { TransactionParticipant } from '../../kernel/kernel';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../lib/clock';
import { lastAdminProtected } from '../../lib/errors';
import { GROUP_MEMBER_ID, GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID, PROTECTED_ROLE_IDS, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';

const NAMES: Record<string, string> = {
  [GLOBAL_ADMINISTRATOR_ID]: 'Global Administrator',
  [PRIVILEGED_ROLE_ADMINISTRATOR_ID]: 'Privileged Role Administrator',
};
const LOCK_BASE = 7_274_100;

interface ProtectedState {
  /** Someone holds the role now. */
  heldNow: boolean;
  /** From now on, someone always holds it (the known schedules leave no gap, and one of them never ends). */
  heldForever: boolean;
}

interface Guard {
  clock: Clock;
  /** Set once the locks are held: the instant both snapshots are taken at, and the coverage before any reduction. */
  entered: { at: Date; before: Record<string, ProtectedState> } | null;
}

/**
 * The last-administrator rule, in one place for every path. A change that could take coverage of Global or Privileged
 * Role Administrator away — ending, shortening, cancelling or delaying a schedule (lifecycle/schedules.ts calls this
 * for every such write), disabling a principal — first calls `coverageMayShrink`. The first call in a transaction takes
 * the roles' locks and snapshots their coverage; the kernel's change then runs `verifyCoverage` before committing and
 * refuses the whole change if it left none active where there was one — now, or later through expiry: if the role was
 * held without a gap for ever before the change, it must still be after it, so the last holder can never be let expire
 * either. The locks serialise such changes: of two admins removing the two last Global Administrators at once, the second
 * waits, then sees what the first left (READ COMMITTED alone would allow write skew).
 */
const guards = new WeakMap<EntityManager, Guard>();

/** The guard as a participant of every change: opened with the transaction, verified before it commits. */
export function coverageGuard(clock: Clock): TransactionParticipant {
  return { name: 'last-admin guard', open: (tx) => openCoverageGuard(tx, clock), beforeCommit: (tx) => verifyCoverage(tx) };
}

/** Called when a transaction begins. */
export function openCoverageGuard(tx: EntityManager, clock: Clock): void {
  guards.set(tx, { clock, entered: null });
}

/** Before a write that may reduce who holds the protected roles: locks them and snapshots their coverage (once per transaction). */
export async function coverageMayShrink(tx: EntityManager): Promise<void> {
  const guard = guards.get(tx);
  // A reduction outside a change could not be verified before it commits: that is a programming error, never allowed.
  if (!guard) throw new Error('A change to who holds a role must run inside Kernel#change.');
  if (guard.entered) return;
  for (const index of PROTECTED_ROLE_IDS.keys()) await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_BASE + index]);
  // The instant is read only once the locks are held: it is then no earlier than any change that committed before, so
  // an end another transaction just set is already in the past here.
  const at = guard.clock.now();
  const before: Record<string, ProtectedState> = {};
  for (const roleId of PROTECTED_ROLE_IDS) before[roleId] = await protectedState(tx, roleId, at);
  guard.entered = { at, before };
}

/** Whether a write to this schedule can change who holds a protected role (directly, or as a member of a group). */
export function affectsProtectedRoles(schedule: { roleId: string; type: string }): boolean {
  return schedule.type === 'ACTIVE' && (PROTECTED_ROLE_IDS.includes(schedule.roleId) || schedule.roleId === GROUP_MEMBER_ID);
}

/** Called before the change commits: refuses the change if it reduced coverage of a protected role. */
export async function verifyCoverage(tx: EntityManager): Promise<void> {
  const guard = guards.get(tx);
  guards.delete(tx);
  if (!guard?.entered) return;
  const { at, before } = guard.entered;
  for (const roleId of PROTECTED_ROLE_IDS) {
    const after = await protectedState(tx, roleId, at);
    if ((before[roleId].heldNow && !after.heldNow) || (before[roleId].heldForever && !after.heldForever)) {
      throw lastAdminProtected(NAMES[roleId]);
    }
  }
}

/** The windows (from `at` on) in which enabled principals hold the role at the root, directly or through a group. */
async function protectedState(tx: EntityManager, roleId: string, at: Date): Promise<ProtectedState> {
  const windows = (await tx.query(
    `WITH direct AS (
       SELECT a.principal_id, a.start_at, a.end_at FROM role_assignment a
        WHERE a.role_id = $1 AND a.scope_id = $2 AND a.type = 'ACTIVE' AND (a.end_at IS NULL OR a.end_at > $3)
          AND (a.end_at IS NULL OR a.end_at > a.start_at)
     )
     SELECT d.start_at, d.end_at FROM direct d JOIN principal p ON p.id = d.principal_id
      WHERE p.type <> 'GROUP' AND p.enabled
     UNION ALL
     SELECT GREATEST(d.start_at, m.start_at), LEAST(d.end_at, m.end_at) FROM direct d
       JOIN principal g ON g.id = d.principal_id AND g.type = 'GROUP' AND g.enabled
       JOIN scope gs ON gs.group_id = g.id
       JOIN role_assignment m ON m.scope_id = gs.id AND m.role_id = $4 AND m.type = 'ACTIVE' AND (m.end_at IS NULL OR m.end_at > $3)
       JOIN principal p ON p.id = m.principal_id AND p.enabled`,
    [roleId, TENANT_ROOT_SCOPE_ID, at, GROUP_MEMBER_ID],
  )) as { start_at: Date; end_at: Date | null }[];
  const live = windows.filter((w) => w.end_at === null || w.end_at > w.start_at);
  const heldNow = live.some((w) => w.start_at <= at && (w.end_at === null || w.end_at > at));
  // Sweep forward from `at`: covered for ever if the windows chain without a gap into one that never ends.
  let reach = at.getTime();
  let forever = false;
  const sorted = [...live].sort((a, b) => a.start_at.getTime() - b.start_at.getTime());
  for (const window of sorted) {
    if (window.start_at.getTime() > reach) break;
    if (window.end_at === null) {
      forever = true;
      break;
    }
    reach = Math.max(reach, window.end_at.getTime());
  }
  return { heldNow, heldForever: heldNow && forever };
}

/** Whether enabled principals hold the role at the root at `at`, directly or through a group ("in force"). */
export async function protectedRoleHeld(tx: EntityManager, roleId: string, at: Date): Promise<boolean> {
  return (await protectedState(tx, roleId, at)).heldNow;
}

/**
 * Whether a principal holds or may activate Global or Privileged Role Administrator at the root, now or later, directly
 * or through a group: the tenant's administrators, whom only a Global Administrator unlocks, changes or disables.
 */
export async function isTenantAdministrator(db: EntityManager, principalId: string, now: Date): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM role_assignment a
      WHERE a.role_id = ANY($2::uuid[]) AND a.scope_id = $3 AND (a.end_at IS NULL OR a.end_at > $4)
        AND (a.principal_id = $1 OR a.principal_id IN (
              SELECT s.group_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
               WHERE m.principal_id = $1 AND m.role_id = $5 AND s.group_id IS NOT NULL AND (m.end_at IS NULL OR m.end_at > $4)))
      LIMIT 1`,
    [principalId, PROTECTED_ROLE_IDS, TENANT_ROOT_SCOPE_ID, now, GROUP_MEMBER_ID],
  )) as unknown[];
  return rows.length > 0;
}

/**
 * A break-glass account (the README's advice: two permanent Global Administrators with strong local credentials): a
 * user holding Global Administrator at the root directly, ACTIVE and without an end. Each of its sign-ins is told to
 * every Global Administrator (notifications/tenant-notices.ts).
 */
export async function isBreakGlassAccount(db: EntityManager, principalId: string, at: Date): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM role_assignment
      WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND type = 'ACTIVE' AND start_at <= $4 AND end_at IS NULL LIMIT 1`,
    [principalId, GLOBAL_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID, at],
  )) as unknown[];
  return rows.length > 0;
}
