import { PrincipalSource } from '../../lib/vocabulary/principals';
import { Field, ID, ObjectType } from 'type-graphql';
import { AssignmentOrigin, AssignmentState, AssignmentType, EndReason } from '../../lib/vocabulary/assignments';
import { Connection } from '../../graphql/connection';

/**
 * A schedule as listed. `viaGroupId` is set on rows expanded from a group's assignment (then `id` names both the
 * group's assignment and the membership), `inheritedFromScopeId` when the row was made at an ancestor of the scope asked about.
 */
@ObjectType('RoleAssignment')
export class RoleAssignment {
  @Field(() => ID)
  id: string;

  /** The stored schedule behind the row. */
  @Field(() => ID, { description: 'The stored schedule behind this row (differs from id on rows expanded from a group)' })
  assignmentId: string;

  principalId: string;
  roleId: string;
  scopeId: string;

  @Field(() => AssignmentType)
  type: AssignmentType;

  @Field(() => AssignmentOrigin)
  origin: AssignmentOrigin;

  @Field(() => PrincipalSource, { description: 'Where the assignment came from: made in Elevate, provisioned over SCIM, from a sign-in, imported' })
  source: PrincipalSource;

  @Field(() => Date, { nullable: true })
  startAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'null: permanent' })
  endAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The end that was scheduled, when the assignment ended early' })
  scheduledEndAt: Date | null;

  @Field(() => EndReason, { nullable: true })
  endReason: EndReason | null;

  @Field(() => Date)
  createdAt: Date;

  eligibilityId: string | null;
  createdByRequestId: string | null;
  createdById: string | null;
  viaGroupId: string | null;
  membershipId: string | null;
  inheritedFromScopeId: string | null;
  /** The instant the row was evaluated at, for `state`. */
  evaluatedAt: Date;
}

export const RoleAssignmentConnection = Connection<RoleAssignment>('RoleAssignment', () => RoleAssignment);

export function stateAt(row: { startAt: Date | null; endAt: Date | null }, at: Date): AssignmentState {
  if (row.endAt && row.endAt.getTime() <= at.getTime()) return AssignmentState.ENDED;
  if (row.startAt && row.startAt.getTime() > at.getTime()) return AssignmentState.SCHEDULED;
  return AssignmentState.IN_FORCE;
}
