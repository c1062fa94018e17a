import { randomUUID } from 'node:crypto';
import type { AssignmentOrigin, AssignmentType } from '../../lib/vocabulary/assignments';
import { PrincipalSource } from '../../lib/vocabulary/principals';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';

/** A new schedule row with its id chosen here, ready to insert (no read before the write). */
export function newSchedule(fields: {
  principalId: string;
  roleId: string;
  scopeId: string;
  type: AssignmentType;
  origin: AssignmentOrigin;
  startAt: Date;
  endAt: Date | null;
  eligibilityId?: string | null;
  createdByRequestId: string;
  createdById: string;
  now: Date;
}): RoleAssignmentEntity {
  const { now, ...rest } = fields;
  return Object.assign(new RoleAssignmentEntity(), {
    id: randomUUID(),
    scheduledEndAt: null,
    endReason: null,
    endedByRequestId: null,
    expiryRecordedAt: null,
    source: PrincipalSource.LOCAL,
    createdAt: now,
    ...rest,
    eligibilityId: rest.eligibilityId ?? null,
  });
}
