import type {
  PrincipalType,
  ReviewAssignmentType,
  ReviewDecision,
  ReviewDefaultDecision,
  ReviewerKind,
  ReviewFrequency,
  ReviewInstanceStatus,
  ReviewOutcome,
} from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';

/*
 * Access reviews in words: what the review's page says of its settings, the labels and tones of statuses and decisions,
 * and which instances a list shows. Pure, so that it is tested without a page.
 */

/** How long one instance may last, by frequency (the server's limits: ReviewRecurrenceInput.durationDays). */
export const MAX_DURATION_DAYS: Record<ReviewFrequency, number> = {
  ONE_TIME: 180,
  WEEKLY: 6,
  MONTHLY: 27,
  QUARTERLY: 62,
  SEMI_ANNUAL: 123,
  ANNUAL: 180,
};

export const FREQUENCIES: readonly ReviewFrequency[] = ['ONE_TIME', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL'];

export const FREQUENCY_LABELS: Record<ReviewFrequency, string> = {
  ONE_TIME: 'One time',
  WEEKLY: 'Weekly',
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly',
  SEMI_ANNUAL: 'Semi-annually',
  ANNUAL: 'Annually',
};

export const STATUS_LABELS: Record<ReviewInstanceStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  APPLYING: 'Applying',
  APPLIED: 'Applied',
};

export const STATUS_TONES: Record<ReviewInstanceStatus, 'scheduled' | 'active' | 'eligible' | 'info' | 'ended'> = {
  NOT_STARTED: 'scheduled',
  IN_PROGRESS: 'active',
  COMPLETED: 'eligible',
  APPLYING: 'info',
  APPLIED: 'ended',
};

export const DECISION_LABELS: Record<ReviewDecision, string> = {
  APPROVE: 'Approve',
  DENY: 'Deny',
  DONT_KNOW: 'Don’t know',
};

/** A decision taken, in the past tense ("Denied"). */
export const DECIDED_LABELS: Record<ReviewDecision, string> = {
  APPROVE: 'Approved',
  DENY: 'Denied',
  DONT_KNOW: 'Don’t know',
};

export const OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  APPROVE: 'Keep',
  DENY: 'Remove',
  NO_CHANGE: 'No change',
};

export const DEFAULT_DECISIONS: readonly ReviewDefaultDecision[] = ['NO_CHANGE', 'REMOVE', 'APPROVE', 'RECOMMENDATION'];

export const DEFAULT_DECISION_LABELS: Record<ReviewDefaultDecision, string> = {
  NO_CHANGE: 'No change: they keep their access',
  REMOVE: 'Remove their access',
  APPROVE: 'Approve their access',
  RECOMMENDATION: 'Take the recommendations',
};

export const ASSIGNMENT_TYPE_LABELS: Record<ReviewAssignmentType, string> = {
  ALL: 'Eligible and active',
  ELIGIBLE: 'Eligible only',
  ACTIVE: 'Active only (assigned, not activations)',
};

export const PRINCIPAL_TYPES: readonly PrincipalType[] = ['USER', 'GROUP', 'SERVICE_PRINCIPAL'];

const PRINCIPAL_PLURALS: Record<PrincipalType, string> = { USER: 'users', GROUP: 'groups', SERVICE_PRINCIPAL: 'service principals' };

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What is reviewed: "Eligible and active assignments of users and groups, made at Development and below; only holders inactive for 30 days." */
export function describeCoverage(review: {
  assignmentType: ReviewAssignmentType;
  principalTypes: readonly PrincipalType[];
  inactiveDays: number | null;
  scope: { name: string };
}): string {
  const kinds = PRINCIPAL_TYPES.filter((type) => review.principalTypes.includes(type)).map((type) => PRINCIPAL_PLURALS[type]);
  const types = { ALL: 'Eligible and active assignments', ELIGIBLE: 'Eligible assignments', ACTIVE: 'Active assignments (not activations)' }[review.assignmentType];
  const inactive = review.inactiveDays ? `; only holders inactive for ${plural(review.inactiveDays, 'day')} (no sign-in, or an eligibility not activated)` : '';
  return `${types} of ${listInWords(kinds)}, made at ${review.scope.name} and below${inactive}.`;
}

interface ReviewerWords {
  kind: ReviewerKind;
  principals: readonly { displayName: string }[];
  fallbackPrincipals: readonly { displayName: string }[];
}

/** Who reviews, one sentence per kind of reviewer. */
export function describeReviewers(reviewers: readonly ReviewerWords[]): string[] {
  return reviewers.map((reviewer) => {
    const names = listInWords(reviewer.principals.map((principal) => principal.displayName));
    const fallbacks = listInWords(reviewer.fallbackPrincipals.map((principal) => principal.displayName));
    switch (reviewer.kind) {
      case 'USERS':
        return names ? `${names} review every holding (but their own).` : 'Named users review every holding (but their own).';
      case 'GROUPS':
        return names ? `The members of ${names} review every holding (but their own).` : 'The members of named groups review every holding (but their own).';
      case 'SELF':
        return `Each holder reviews their own access${fallbacks ? `; ${fallbacks} review the holders who are not users` : ''}.`;
      case 'MANAGER':
        return `Each holder’s manager reviews their access${fallbacks ? `; ${fallbacks} review those without a manager` : ''}.`;
    }
  });
}

/** When: "One time, for 14 days, from 3 Mar 2026, 10:00." or "Monthly, each for 7 days, from …, 6 occurrences." */
export function describeSchedule(review: {
  recurrence: { frequency: ReviewFrequency; durationDays: number; endAt: string | null; occurrences: number | null };
  startAt: string;
}): string {
  const { frequency, durationDays, endAt, occurrences } = review.recurrence;
  const days = plural(durationDays, 'day');
  if (frequency === 'ONE_TIME') return `One time, for ${days}, from ${formatDateTime(review.startAt)}.`;
  const ends = [endAt ? `none starting on or after ${formatDateTime(endAt)}` : null, occurrences ? `at most ${plural(occurrences, 'occurrence')}` : null].filter(Boolean);
  return `${FREQUENCY_LABELS[frequency]}, each for ${days}, from ${formatDateTime(review.startAt)}; ${ends.length ? listInWords(ends as string[]) : 'until the review is deleted'}.`;
}

/** What completion does: the default decision and whether denials are applied by themselves. */
export function describeCompletion(review: { defaultDecision: ReviewDefaultDecision; autoApply: boolean }): string {
  const unanswered = {
    NO_CHANGE: 'Items nobody answered (or answered “don’t know”) are left as they are',
    REMOVE: 'Items nobody answered (or answered “don’t know”) are denied',
    APPROVE: 'Items nobody answered (or answered “don’t know”) are approved',
    RECOMMENDATION: 'Items nobody answered (or answered “don’t know”) take their recommendation',
  }[review.defaultDecision];
  return `${unanswered}. ${review.autoApply ? 'Denied holdings end by themselves when it completes.' : 'Denied holdings end when someone who manages the review applies it.'}`;
}

/** What reviewers are asked and shown. */
export function describeReviewerRules(review: { requireReason: boolean; showRecommendations: boolean }): string {
  return `${review.requireReason ? 'Reviewers give a reason with each decision (not with “don’t know”)' : 'A reason is optional'}; ${
    review.showRecommendations ? 'they see the recommendations' : 'they do not see the recommendations'
  }.`;
}

export interface Progress {
  total: number;
  decided: number;
  approved: number;
  denied: number;
  dontKnow: number;
}

/** "1 of 2 decided" */
export function progressText(progress: { total: number; decided: number }): string {
  return `${progress.decided} of ${progress.total} decided`;
}

/** "1 approved, 1 denied, 0 don’t know" */
export function breakdownText(progress: Progress): string {
  return `${progress.approved} approved, ${progress.denied} denied, ${progress.dontKnow} don’t know`;
}

/** The sum of several instances' progress. */
export function totalProgress(progresses: readonly Progress[]): Progress {
  return progresses.reduce<Progress>(
    (sum, progress) => ({
      total: sum.total + progress.total,
      decided: sum.decided + progress.decided,
      approved: sum.approved + progress.approved,
      denied: sum.denied + progress.denied,
      dontKnow: sum.dontKnow + progress.dontKnow,
    }),
    { total: 0, decided: 0, approved: 0, denied: 0, dontKnow: 0 },
  );
}

/**
 * The instances a list shows for a review: those of its latest occurrence that has started (the next one is planned as
 * NOT_STARTED instances as soon as one starts), or, before any has, the planned ones.
 */
export function latestInstances<T extends { occurrence: number; status: ReviewInstanceStatus }>(instances: readonly T[]): T[] {
  const started = instances.filter((instance) => instance.status !== 'NOT_STARTED');
  const pool = started.length ? started : instances;
  const latest = Math.max(...pool.map((instance) => instance.occurrence));
  return pool.filter((instance) => instance.occurrence === latest);
}

/** The distinct statuses of some instances, in the order a review goes through them. */
export function statusesOf(instances: readonly { status: ReviewInstanceStatus }[]): ReviewInstanceStatus[] {
  const order: ReviewInstanceStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'APPLYING', 'APPLIED'];
  return order.filter((status) => instances.some((instance) => instance.status === status));
}
