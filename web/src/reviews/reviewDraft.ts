import type { AccessReviewInput, PrincipalType, ReviewAssignmentType, ReviewDefaultDecision, ReviewerInput, ReviewFrequency } from '@/gql/graphql';
import { MAX_DURATION_DAYS } from './reviewWords';

/*
 * The New access review form as data: what it holds, what is wrong with it before it is sent (the server checks the
 * same again), and the AccessReviewInput it makes. Pure, so that its rules are tested without a page.
 */

export interface ChosenPrincipal {
  id: string;
  displayName: string;
  type: string;
}

/** Who reviews the holders one by one: nobody (only named reviewers), each holder, or each holder's manager. */
export type HolderReviewers = 'NONE' | 'SELF' | 'MANAGER';

/** How a recurring review's series ends. */
export type SeriesEnd = 'NEVER' | 'DATE' | 'OCCURRENCES';

export interface ReviewDraft {
  name: string;
  description: string;
  roleIds: readonly string[];
  scopeId: string | null;
  assignmentType: ReviewAssignmentType;
  principalTypes: readonly PrincipalType[];
  /** Text of the number field; empty: every holder */
  inactiveDays: string;
  namedUsers: boolean;
  users: readonly ChosenPrincipal[];
  namedGroups: boolean;
  groups: readonly ChosenPrincipal[];
  holders: HolderReviewers;
  fallbacks: readonly ChosenPrincipal[];
  frequency: ReviewFrequency;
  durationDays: string;
  seriesEnd: SeriesEnd;
  /** ISO instant, or null */
  endAt: string | null;
  occurrences: string;
  /** ISO instant, or null for now */
  startAt: string | null;
  autoApply: boolean;
  defaultDecision: ReviewDefaultDecision;
  requireReason: boolean;
  showRecommendations: boolean;
}

/** The form's fields that can be wrong (also the server's `extensions.field` names, see `fieldOfProblem`). */
export type DraftField =
  | 'name'
  | 'description'
  | 'roleIds'
  | 'scopeId'
  | 'principalTypes'
  | 'inactiveDays'
  | 'reviewers'
  | 'users'
  | 'groups'
  | 'fallbacks'
  | 'durationDays'
  | 'endAt'
  | 'occurrences'
  | 'startAt';

export type DraftErrors = Partial<Record<DraftField, string>>;

/** The order the fields come in on the form: the first one wrong takes the focus. */
export const DRAFT_FIELDS: readonly DraftField[] = [
  'name',
  'description',
  'roleIds',
  'scopeId',
  'principalTypes',
  'inactiveDays',
  'reviewers',
  'users',
  'groups',
  'fallbacks',
  'durationDays',
  'endAt',
  'occurrences',
  'startAt',
];

export const EMPTY_DRAFT: ReviewDraft = {
  name: '',
  description: '',
  roleIds: [],
  scopeId: null,
  assignmentType: 'ALL',
  principalTypes: ['USER', 'GROUP', 'SERVICE_PRINCIPAL'],
  inactiveDays: '',
  namedUsers: false,
  users: [],
  namedGroups: false,
  groups: [],
  holders: 'NONE',
  fallbacks: [],
  frequency: 'ONE_TIME',
  durationDays: '14',
  seriesEnd: 'NEVER',
  endAt: null,
  occurrences: '',
  startAt: null,
  autoApply: false,
  defaultDecision: 'NO_CHANGE',
  requireReason: true,
  showRecommendations: true,
};

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** What the draft makes, and what is wrong with it; `now` is the instant the start and end are checked against. */
export function readDraft(draft: ReviewDraft, now: Date): { input: AccessReviewInput | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Name the review.';
  else if (name.length > 200) errors.name = 'At most 200 characters.';
  const description = draft.description.trim();
  if (description.length > 2000) errors.description = 'At most 2,000 characters.';
  if (!draft.roleIds.length) errors.roleIds = 'Choose at least one role to review.';
  else if (draft.roleIds.length > 200) errors.roleIds = 'At most 200 roles in one review.';
  if (!draft.scopeId) errors.scopeId = 'Choose the scope whose holdings (there and below) are reviewed.';
  if (!draft.principalTypes.length) errors.principalTypes = 'Choose at least one kind of holder.';

  let inactiveDays: number | null = null;
  if (draft.inactiveDays.trim()) {
    inactiveDays = wholeNumber(draft.inactiveDays);
    if (inactiveDays === null || inactiveDays < 1 || inactiveDays > 730) errors.inactiveDays = 'A whole number of days from 1 to 730, or empty to review every holder.';
  }

  if (!draft.namedUsers && !draft.namedGroups && draft.holders === 'NONE') errors.reviewers = 'Say who reviews: named users, the members of groups, the holders themselves or their managers.';
  if (draft.namedUsers && !draft.users.length) errors.users = 'Add the users who review.';
  if (draft.namedGroups && !draft.groups.length) errors.groups = 'Add the groups whose members review.';
  if (draft.holders === 'MANAGER' && !draft.fallbacks.length) errors.fallbacks = 'A manager review needs fallback reviewers, for holders without a manager.';

  const max = MAX_DURATION_DAYS[draft.frequency];
  const durationDays = wholeNumber(draft.durationDays);
  if (durationDays === null || durationDays < 1 || durationDays > max) errors.durationDays = `A whole number of days from 1 to ${max} for this frequency.`;

  const start = draft.startAt ? new Date(draft.startAt) : now;
  if (draft.startAt && start.getTime() < now.getTime() - 60_000) errors.startAt = 'The start cannot be in the past: leave it empty to start now.';
  const recurring = draft.frequency !== 'ONE_TIME';
  let occurrences: number | null = null;
  if (recurring && draft.seriesEnd === 'DATE') {
    if (!draft.endAt) errors.endAt = 'Choose when the series ends.';
    else if (new Date(draft.endAt).getTime() <= start.getTime()) errors.endAt = 'The series must end after the review starts.';
  }
  if (recurring && draft.seriesEnd === 'OCCURRENCES') {
    occurrences = wholeNumber(draft.occurrences);
    if (occurrences === null || occurrences < 1 || occurrences > 1000) errors.occurrences = 'A whole number of occurrences from 1 to 1,000.';
  }

  if (Object.keys(errors).length || !draft.scopeId || durationDays === null) return { input: null, errors };

  const reviewers: ReviewerInput[] = [
    ...(draft.namedUsers ? [{ kind: 'USERS' as const, principalIds: draft.users.map((user) => user.id) }] : []),
    ...(draft.namedGroups ? [{ kind: 'GROUPS' as const, principalIds: draft.groups.map((group) => group.id) }] : []),
    ...(draft.holders !== 'NONE' ? [{ kind: draft.holders, fallbackPrincipalIds: draft.fallbacks.map((fallback) => fallback.id) }] : []),
  ];
  const input: AccessReviewInput = {
    name,
    description: description || null,
    roleIds: [...draft.roleIds],
    scopeId: draft.scopeId,
    assignmentType: draft.assignmentType,
    principalTypes: [...draft.principalTypes],
    inactiveDays,
    reviewers,
    recurrence: {
      frequency: draft.frequency,
      durationDays,
      endAt: recurring && draft.seriesEnd === 'DATE' ? draft.endAt : null,
      occurrences,
    },
    startAt: draft.startAt,
    autoApply: draft.autoApply,
    defaultDecision: draft.defaultDecision,
    requireReason: draft.requireReason,
    showRecommendations: draft.showRecommendations,
  };
  return { input, errors };
}

/** The form's field the server's refusal names (`extensions.field`), so the field says it is invalid. */
export function fieldOfProblem(field: string | undefined): DraftField | null {
  if (!field) return null;
  if (field === 'recurrence') return 'endAt';
  return (DRAFT_FIELDS as readonly string[]).includes(field) ? (field as DraftField) : null;
}

/** Which kinds of principal a reviewer list takes: users for named users; users or groups as fallbacks; groups. */
export function acceptsPrincipal(list: 'users' | 'groups' | 'fallbacks', type: string): boolean {
  if (list === 'users') return type === 'USER';
  if (list === 'groups') return type === 'GROUP';
  return type === 'USER' || type === 'GROUP';
}
