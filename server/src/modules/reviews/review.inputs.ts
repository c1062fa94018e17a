import { Field, ID, InputType, Int } from 'type-graphql';
import { PrincipalType } from '../../lib/vocabulary/principals';
import { ReviewAssignmentType, ReviewDefaultDecision, ReviewerKind, ReviewFrequency } from '../../lib/vocabulary/reviews';

@InputType('ReviewerInput')
export class ReviewerInput {
  @Field(() => ReviewerKind)
  kind: ReviewerKind;

  @Field(() => [ID], { nullable: true, description: 'USERS: the users; GROUPS: the groups whose members review' })
  principalIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'SELF and MANAGER: who reviews items without a reviewer of their own (required for MANAGER)' })
  fallbackPrincipalIds?: string[] | null;
}

@InputType('ReviewRecurrenceInput')
export class ReviewRecurrenceInput {
  @Field(() => ReviewFrequency)
  frequency: ReviewFrequency;

  @Field(() => Int, { description: 'Days each instance lasts: weekly ≤ 6, monthly ≤ 27, quarterly ≤ 62, semi-annual ≤ 123, annual and one-time ≤ 180' })
  durationDays: number;

  @Field(() => Date, { nullable: true })
  endAt?: Date | null;

  @Field(() => Int, { nullable: true })
  occurrences?: number | null;
}

@InputType('AccessReviewInput')
export class AccessReviewInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ID], { description: 'One instance per role in each occurrence' })
  roleIds: string[];

  @Field(() => ID, { description: 'Holdings made here and below are reviewed' })
  scopeId: string;

  @Field(() => ReviewAssignmentType, { nullable: true, description: 'ALL unless given' })
  assignmentType?: ReviewAssignmentType | null;

  @Field(() => [PrincipalType], { nullable: true, description: 'Every kind unless given' })
  principalTypes?: PrincipalType[] | null;

  @Field(() => Int, { nullable: true })
  inactiveDays?: number | null;

  @Field(() => [ReviewerInput])
  reviewers: ReviewerInput[];

  @Field(() => ReviewRecurrenceInput, { nullable: true, description: 'ONE_TIME for 14 days unless given' })
  recurrence?: ReviewRecurrenceInput | null;

  @Field(() => Date, { nullable: true, description: 'Now unless given' })
  startAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  autoApply?: boolean | null;

  @Field(() => ReviewDefaultDecision, { nullable: true, description: 'NO_CHANGE unless given' })
  defaultDecision?: ReviewDefaultDecision | null;

  @Field(() => Boolean, { nullable: true, description: 'true unless given' })
  requireReason?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true unless given' })
  showRecommendations?: boolean | null;
}

@InputType('ReviewItemFilter')
export class ReviewItemFilterInput {
  @Field(() => ID, { nullable: true })
  instanceId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the items I may decide now (the default without instanceId)' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  decided?: boolean | null;
}
