import type { EntityManager } from 'typeorm';
import type { EndReason } from '../../lib/vocabulary/assignments';
import { conflict } from '../../lib/errors';
import { affectsProtectedRoles, coverageMayShrink } from './protected-roles';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';

/**
 * The writes that end or move a schedule, in one place: removal, deactivation, revocation, cancellation of a scheduled
 * grant, an update or an extension decided by an admin all come here. Each refuses a schedule that has already ended
 * (expired, or ended by someone: an ended schedule is history and is never rewritten), and each tells the last-admin
 * guard before it writes, so no path can take the last Global or Privileged Role Administrator away.
 */
export async function lockSchedule(tx: EntityManager, id: string): Promise<RoleAssignmentEntity | null> {
  return tx.getRepository(RoleAssignmentEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
}

/** Whether the schedule is over at `at`: it ran out, or someone ended it (a canceled one ends at its future start). */
export function hasEnded(schedule: Pick<RoleAssignmentEntity, 'endAt' | 'endReason'>, at: Date): boolean {
  return schedule.endReason !== null || (schedule.endAt !== null && schedule.endAt.getTime() <= at.getTime());
}

/** Ends a schedule early at `at` (its start, for one that has not begun), keeping what was scheduled and why it ended. */
export async function endSchedule(tx: EntityManager, entity: RoleAssignmentEntity, at: Date, reason: EndReason, requestId: string): Promise<void> {
  if (hasEnded(entity, at)) throw conflict('This assignment has already ended.');
  if (affectsProtectedRoles(entity)) await coverageMayShrink(tx);
  const endAt = entity.startAt.getTime() > at.getTime() ? entity.startAt : at;
  entity.scheduledEndAt = entity.endAt;
  entity.endAt = endAt;
  entity.endReason = reason;
  entity.endedByRequestId = requestId;
  await tx.getRepository(RoleAssignmentEntity).update(entity.id, {
    scheduledEndAt: entity.scheduledEndAt,
    endAt,
    endReason: reason,
    endedByRequestId: requestId,
  });
}

/** Moves a schedule's window (an admin's update or extension). */
export async function reschedule(tx: EntityManager, entity: RoleAssignmentEntity, window: { startAt: Date; endAt: Date | null }, now: Date): Promise<void> {
  if (hasEnded(entity, now)) throw conflict('This assignment has already ended; renew it with a new assignment.');
  if (affectsProtectedRoles(entity)) await coverageMayShrink(tx);
  entity.startAt = window.startAt;
  entity.endAt = window.endAt;
  await tx.getRepository(RoleAssignmentEntity).update(entity.id, { startAt: window.startAt, endAt: window.endAt });
}
