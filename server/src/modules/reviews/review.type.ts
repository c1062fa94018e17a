import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import { PrincipalType } from '../../lib/vocabulary/principals';
import {
  ReviewAssignmentType,
  ReviewDecision,
  ReviewDefaultDecision,
  ReviewerKind,
  ReviewFrequency,
  ReviewInstanceStatus,
  ReviewOutcome,
} from '../../lib/vocabulary/reviews';

@ObjectType('ReviewRecurrence', { description: 'When instances start, how long each lasts, when the series ends' })
export class ReviewRecurrence {
  @Field(() => ReviewFrequency)
  frequency: ReviewFrequency;

  @Field(() => Int, { description: 'How long each instance lasts (a monthly one: at most 27 days)' })
  durationDays: number;

  @Field(() => Date, { nullable: true, description: 'No instance starts at or after this instant' })
  endAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'No more instances than this many occurrences' })
  occurrences: number | null;
}

@ObjectType('ReviewProgress')
export class ReviewProgress {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Items with an answer (DONT_KNOW included)' })
  decided: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int)
  denied: number;

  @Field(() => Int)
  dontKnow: number;
}

/** The review's fields as stored; its reviewers, roles, scope, creator and instances come from AccessReviewResolver. */
@ObjectType('AccessReview', { description: 'An access review: roles at a scope and below, its reviewers, when, and what completion does' })
export class AccessReview {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ReviewAssignmentType)
  assignmentType: ReviewAssignmentType;

  @Field(() => [PrincipalType], { description: 'Which holders are reviewed' })
  principalTypes: PrincipalType[];

  @Field(() => Int, { nullable: true, description: 'Only holders inactive for this many days (no sign-in; an eligibility not activated)' })
  inactiveDays: number | null;

  @Field(() => Date)
  startAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the next occurrence starts; null once the series has ended' })
  nextStartAt: Date | null;

  @Field(() => Boolean, { description: 'Denials are applied when an instance completes' })
  autoApply: boolean;

  @Field(() => ReviewDefaultDecision, { description: 'What completion makes of items nobody answered (or answered DONT_KNOW)' })
  defaultDecision: ReviewDefaultDecision;

  @Field(() => Boolean, { description: 'Reviewers give a reason with each decision' })
  requireReason: boolean;

  @Field(() => Boolean, { description: 'Reviewers see the recommendations' })
  showRecommendations: boolean;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Reviewer', { description: 'Who reviews: named users, the members of named groups, each holder, or their manager (with fallbacks)' })
export class Reviewer {
  @Field(() => ReviewerKind)
  kind: ReviewerKind;

  principalIds: string[];
  fallbackPrincipalIds: string[];
}

@ObjectType('AccessReviewInstance', { description: "One role's review in one occurrence: its items, progress, completion and apply" })
export class AccessReviewInstance {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 for the first occurrence' })
  occurrence: number;

  @Field(() => ReviewInstanceStatus)
  status: ReviewInstanceStatus;

  @Field(() => Date)
  startAt: Date;

  @Field(() => Date)
  endAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  appliedAt: Date | null;
}

@ObjectType('AccessReviewItem', { description: 'One holding under review, as it was when its instance started' })
export class AccessReviewItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The schedule under review' })
  assignmentId: string;

  @Field(() => AssignmentType)
  assignmentType: AssignmentType;

  @Field(() => ReviewDecision, { nullable: true, description: 'The last decision submitted' })
  decision: ReviewDecision | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => ReviewOutcome, { nullable: true, description: 'What completion settled (the default decision where nobody answered)' })
  outcome: ReviewOutcome | null;

  @Field(() => Boolean, { description: 'The outcome came from the default decision' })
  outcomeByDefault: boolean;

  @Field(() => Boolean, { description: 'The denial was carried out: the holding ended' })
  applied: boolean;

  @Field(() => String, { nullable: true, description: 'Why a denial could not be carried out (e.g. the last Global Administrator)' })
  applyError: string | null;
}

export const AccessReviewConnection = Connection<AccessReview>('AccessReview', () => AccessReview);
export const AccessReviewItemConnection = Connection<AccessReviewItem>('AccessReviewItem', () => AccessReviewItem);


