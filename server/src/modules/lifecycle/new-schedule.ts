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
  /** Made in Elevate unless said: SCIM for what an identity provider provisions. */
  source?: PrincipalSource;
}): RoleAssignmentEntity {
  const { now, ...rest } = fields;
  return Object.assign(new RoleAssignmentEntity(), {
    id: randomUUID(),
    scheduledEndAt: null,
    endReason: null,
    endedByRequestId: null,
    expiryRecordedAt: null,
    createdAt: now,
    ...rest,
    source: rest.source ?? PrincipalSource.LOCAL,
    eligibilityId: rest.eligibilityId ?? null,
  });
}
