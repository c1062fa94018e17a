/**
 * Access reviews (DOMAIN.md, "Access reviews"; API.md): the words shared by the database, the GraphQL schema and the
 * services.
 */

/** Which holdings a review covers: eligible ones, active ones (assigned, not activations), or both. */
export enum ReviewAssignmentType {
  ELIGIBLE = 'ELIGIBLE',
  ACTIVE = 'ACTIVE',
  ALL = 'ALL',
}

/** Who reviews: named users, the members of named groups, each holder themselves, or each holder's manager. */
export enum ReviewerKind {
  USERS = 'USERS',
  GROUPS = 'GROUPS',
  SELF = 'SELF',
  MANAGER = 'MANAGER',
}

export enum ReviewFrequency {
  ONE_TIME = 'ONE_TIME',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  SEMI_ANNUAL = 'SEMI_ANNUAL',
  ANNUAL = 'ANNUAL',
}

/** What completion makes of an item nobody answered (or answered DONT_KNOW). */
export enum ReviewDefaultDecision {
  NO_CHANGE = 'NO_CHANGE',
  REMOVE = 'REMOVE',
  APPROVE = 'APPROVE',
  RECOMMENDATION = 'RECOMMENDATION',
}

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  DENY = 'DENY',
  DONT_KNOW = 'DONT_KNOW',
}

export enum ReviewRecommendation {
  APPROVE = 'APPROVE',
  DENY = 'DENY',
}

/** What completion settled for an item: kept, to be removed, or left as it is. */
export enum ReviewOutcome {
  APPROVE = 'APPROVE',
  DENY = 'DENY',
  NO_CHANGE = 'NO_CHANGE',
}

export enum ReviewInstanceStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  APPLYING = 'APPLYING',
  APPLIED = 'APPLIED',
}

/** How long one instance may last, so that it ends before the next begins (a monthly review: 27 days at most). */
export const MAX_DURATION_DAYS: Record<ReviewFrequency, number> = {
  [ReviewFrequency.ONE_TIME]: 180,
  [ReviewFrequency.WEEKLY]: 6,
  [ReviewFrequency.MONTHLY]: 27,
  [ReviewFrequency.QUARTERLY]: 62,
  [ReviewFrequency.SEMI_ANNUAL]: 123,
  [ReviewFrequency.ANNUAL]: 180,
};

/** The period between two instances' starts, in calendar months (weekly: null, 7 days). */
export const PERIOD_MONTHS: Record<ReviewFrequency, number | null> = {
  [ReviewFrequency.ONE_TIME]: null,
  [ReviewFrequency.WEEKLY]: null,
  [ReviewFrequency.MONTHLY]: 1,
  [ReviewFrequency.QUARTERLY]: 3,
  [ReviewFrequency.SEMI_ANNUAL]: 6,
  [ReviewFrequency.ANNUAL]: 12,
};

/** The window recommendations look at (API.md: 30 days of sign-ins and activations). */
export const RECOMMENDATION_DAYS = 30;
