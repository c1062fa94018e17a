import { Field, ID, InputType } from 'type-graphql';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { DurationScalar } from '../../graphql/scalars';
import { type DurationValue } from '../../lib/duration';
import { RequestReasonInput } from './request-reason.inputs';
import { OrderDirection, RoleRequestOrderField, type ListOrder } from '../../lib/vocabulary/ordering';

@InputType('RoleRequestFilter')
export class RoleRequestFilter {
  @Field(() => [RequestStatus], { nullable: true })
  status?: RequestStatus[] | null;

  @Field(() => [RequestAction], { nullable: true })
  action?: RequestAction[] | null;

  @Field(() => ID, { nullable: true })
  principalId?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => ID, { nullable: true })
  scopeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only requests I made or that are about me' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only requests waiting for my decision (my approval queue)' })
  awaitingMyDecision?: boolean | null;
}

@InputType('ActivateRoleInput')
export class ActivateRoleInput extends RequestReasonInput {
  @Field(() => ID, { nullable: true, description: 'The eligibility to activate; or give roleId and scopeId' })
  eligibilityId?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where to activate: the eligibility’s scope or a narrower one below it' })
  scopeId?: string | null;

  @Field(() => DurationScalar, { description: 'At least 30 minutes, at most the role’s maximum' })
  duration: DurationValue;

  @Field(() => Date, { nullable: true, description: 'A later start (scheduled activation); default now' })
  startAt?: Date | null;
}

@InputType('RoleRequestOrder', { description: 'The order of a list of requests: ties are broken by the request id, in the same direction' })
export class RoleRequestOrder implements ListOrder<RoleRequestOrderField> {
  @Field(() => RoleRequestOrderField)
  field: RoleRequestOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection;
}
