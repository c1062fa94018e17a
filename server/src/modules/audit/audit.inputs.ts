import { Field, ID, InputType } from 'type-graphql';
import { AuditEventOrderField, OrderDirection, type ListOrder } from '../../lib/vocabulary/ordering';

@InputType('AuditFilter', { description: 'All given conditions apply together' })
export class AuditFilter {
  @Field(() => Date, { nullable: true, description: 'Events at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this instant' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who did it' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Whom it was about' })
  targetPrincipalId?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => ID, { nullable: true })
  scopeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With scopeId: also events at scopes below it' })
  includeDescendants?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Actions such as "assignment.activated" (any of them)' })
  action?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The events of one request (its timeline)' })
  requestId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only my audit: events I did or that are about me' })
  mine?: boolean | null;
}

@InputType('AuditEventOrder', { description: 'The order of a list of audit events' })
export class AuditEventOrder implements ListOrder<AuditEventOrderField> {
  @Field(() => AuditEventOrderField)
  field: AuditEventOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection;
}
