import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Decision } from '../../lib/vocabulary/requests';
import { StageState } from './stages';

registerEnumType(StageState, {
  name: 'StageState',
  valuesConfig: { CLOSED: { description: 'The request ended (canceled, expired, failed) before this stage was decided' } },
});

@ObjectType('ApprovalDecision')
export class ApprovalDecision {
  approverId: string;

  @Field(() => Int)
  stage: number;

  @Field(() => Decision)
  decision: Decision;

  @Field(() => String, { nullable: true })
  justification: string | null;

  @Field(() => Date)
  decidedAt: Date;
}

@ObjectType('ApprovalStageStatus', { description: 'One approval stage of a request: who decides, how many must, what was decided' })
export class ApprovalStageStatus {
  requestId: string;
  approverRefs: { id: string; type: string }[];
  escalationRefs: { id: string; type: string }[];
  /** Directory roles without named approvers: Global and Privileged Role Administrators. */
  defaultApprovers: boolean;

  @Field(() => Boolean, {
    description: 'Decided by an administrator of the scope (extensions and renewals): no approvers are named, decisions say who decided',
  })
  byScopeAdministrators: boolean;

  @Field(() => Int)
  stage: number;

  @Field(() => Int)
  quorum: number;

  @Field(() => StageState)
  state: StageState;

  @Field(() => Date, { nullable: true, description: 'When an undecided stage expires the request' })
  timeoutAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the escalation approvers join' })
  escalatesAt: Date | null;

  @Field(() => [ApprovalDecision])
  decisions: ApprovalDecision[];
}
