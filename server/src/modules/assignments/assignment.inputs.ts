import { Field, ID, InputType } from 'type-graphql';
import { AssignmentState, AssignmentType } from '../../lib/vocabulary/assignments';
import { DurationScalar } from '../../graphql/scalars';
import { type DurationValue } from '../../lib/duration';
import { RequestReasonInput } from '../requests/request-reason.inputs';
import { OrderDirection, RoleAssignmentOrderField, type ListOrder } from '../../lib/vocabulary/ordering';

@InputType('RoleAssignmentFilter')
export class RoleAssignmentFilter {
  @Field(() => ID, { nullable: true })
  principalId?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => ID, { nullable: true })
  scopeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With scopeId: also assignments made at ancestors of the scope, which apply to it' })
  includeInherited?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'With scopeId: also assignments made at scopes below it' })
  includeDescendants?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'List the users who hold it through a group, with the group named' })
  expandGroups?: boolean | null;

  @Field(() => AssignmentType, { nullable: true })
  type?: AssignmentType | null;

  @Field(() => AssignmentState, { nullable: true, description: 'IN_FORCE by default' })
  state?: AssignmentState | null;

  @Field(() => Date, { nullable: true, description: 'Evaluate the state at this instant instead of now' })
  asOf?: Date | null;
}

@InputType('AssignRoleInput')
export class AssignRoleInput extends RequestReasonInput {
  @Field(() => ID)
  principalId: string;

  @Field(() => ID)
  roleId: string;

  @Field(() => ID)
  scopeId: string;

  @Field(() => AssignmentType)
  type: AssignmentType;

  @Field(() => Date, { nullable: true, description: 'Default: now' })
  startAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endAt?: Date | null;

  @Field(() => DurationScalar, { nullable: true, description: 'Instead of endAt. Neither: permanent, where the settings allow it' })
  duration?: DurationValue | null;
}

@InputType('UpdateAssignmentInput')
export class UpdateAssignmentInput {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => Date, { nullable: true, description: 'Only for schedules that have not started yet' })
  startAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endAt?: Date | null;

  @Field(() => DurationScalar, { nullable: true, description: 'New length from the start, instead of endAt' })
  duration?: DurationValue | null;

  @Field(() => Boolean, { nullable: true, description: 'Make it permanent, where the settings allow it' })
  permanent?: boolean | null;

  @Field(() => String, { nullable: true })
  justification?: string | null;

  @Field(() => String, { nullable: true })
  ticketSystem?: string | null;

  @Field(() => String, { nullable: true })
  ticketNumber?: string | null;

  @Field(() => Boolean, { nullable: true })
  validateOnly?: boolean | null;
}

@InputType('RoleAssignmentOrder', { description: 'The order of a list of assignments: ties are broken by the row id, in the same direction' })
export class RoleAssignmentOrder implements ListOrder<RoleAssignmentOrderField> {
  @Field(() => RoleAssignmentOrderField)
  field: RoleAssignmentOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection;
}
