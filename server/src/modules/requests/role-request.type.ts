import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DurationScalar } from '../../graphql/scalars';
import { type DurationValue } from '../../lib/duration';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import { Connection } from '../../graphql/connection';

@ObjectType('RoleRequest', { description: 'Every change goes through a request' })
export class RoleRequest {
  @Field(() => ID)
  id: string;

  @Field(() => RequestAction)
  action: RequestAction;

  @Field(() => RequestStatus)
  status: RequestStatus;

  @Field(() => AssignmentType)
  type: AssignmentType;

  principalId: string;
  requestedById: string;
  roleId: string;
  scopeId: string;
  assignmentId: string | null;

  @Field(() => String, { nullable: true })
  justification: string | null;

  @Field(() => String, { nullable: true })
  ticketSystem: string | null;

  @Field(() => String, { nullable: true })
  ticketNumber: string | null;

  @Field(() => Date, { nullable: true })
  startAt: Date | null;

  @Field(() => Date, { nullable: true })
  endAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the request failed or was refused' })
  statusReason: string | null;

  @Field(() => Boolean, { description: 'A dry run (validateOnly): nothing was stored' })
  validateOnly: boolean;

  @Field(() => Int, { description: 'Approval: the stage being decided (0-based)' })
  currentStage: number;

  @Field(() => Date, { nullable: true, description: 'When the current approval stage started' })
  stageStartedAt: Date | null;

  @Field(() => DurationScalar, { nullable: true, description: 'The length asked for (an approver may have shortened it)' })
  duration: DurationValue | null;

  sourceAssignmentId: string | null;
  settingsSnapshot: RoleSettingsDocument | null;
}

export const RoleRequestConnection = Connection<RoleRequest>('RoleRequest', () => RoleRequest);
