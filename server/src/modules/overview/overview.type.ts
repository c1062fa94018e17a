import { Field, Int, ObjectType } from 'type-graphql';
import { AlertSeverity } from '../../lib/vocabulary/alerts';
import { RoleKind } from '../../lib/vocabulary/scopes';

@ObjectType('PrivilegedHoldingCount', { description: 'Assignments of privileged roles of one kind in force now, as the viewer may list them' })
export class PrivilegedHoldingCount {
  @Field(() => RoleKind)
  kind: RoleKind;

  @Field(() => Int, { description: 'ELIGIBLE assignments in force' })
  eligible: number;

  @Field(() => Int, { description: 'Time-bound ACTIVE assignments in force, activations included' })
  active: number;

  @Field(() => Int, { description: 'ACTIVE assignments in force with no end' })
  permanent: number;
}

@ObjectType('DailyCount', { description: 'A count for one UTC day' })
export class DailyCount {
  @Field(() => String, { description: 'The UTC day, as YYYY-MM-DD' })
  day: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('AlertSeverityCount', { description: 'Open alerts of one severity (on, not dismissed, finding something) and their incidents' })
export class AlertSeverityCount {
  @Field(() => AlertSeverity)
  severity: AlertSeverity;

  @Field(() => Int, { description: 'Open alerts of this severity' })
  alerts: number;

  @Field(() => Int, { description: 'Incidents those alerts found that the viewer may read' })
  incidents: number;
}

@ObjectType('Overview', { description: 'The numbers of the Overview page, each counting only what the viewer may list' })
export class Overview {
  @Field(() => Date, { description: 'The instant the numbers are for' })
  at: Date;

  @Field(() => [PrivilegedHoldingCount], { description: 'One row per role kind (DIRECTORY, GROUP, RESOURCE): privileged roles only, in force now' })
  holdings: PrivilegedHoldingCount[];

  @Field(() => [DailyCount], { description: 'Activations that started on each of the last 30 UTC days, oldest first, today last, zeros included' })
  activationsPerDay: DailyCount[];

  @Field(() => Int, { description: 'Requests waiting for a decision (approval, or an administrator’s for an extension or renewal)' })
  requestsWaiting: number;

  @Field(() => [AlertSeverityCount], { nullable: true, description: 'Open alerts by severity, HIGH first; null when the viewer may not read alerts' })
  openAlerts: AlertSeverityCount[] | null;

  @Field(() => Int, { description: 'Access reviews with an instance in progress' })
  reviewsInProgress: number;
}
