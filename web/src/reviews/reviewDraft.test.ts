import { describe, expect, it } from 'vitest';
import { acceptsPrincipal, EMPTY_DRAFT, fieldOfProblem, readDraft, type ReviewDraft } from './reviewDraft';

const NOW = new Date('2030-01-01T10:00:00Z');

function draft(change: Partial<ReviewDraft> = {}): ReviewDraft {
  return { ...EMPTY_DRAFT, name: 'Quarterly Contributor review', roleIds: ['r-contributor'], scopeId: 's-dev', holders: 'SELF', ...change };
}

describe('readDraft', () => {
  it('makes the input of a one-time self-review with the server’s defaults spelled out', () => {
    const { input, errors } = readDraft(draft(), NOW);
    expect(errors).toEqual({});
    expect(input).toEqual({
      name: 'Quarterly Contributor review',
      description: null,
      roleIds: ['r-contributor'],
      scopeId: 's-dev',
      assignmentType: 'ALL',
      principalTypes: ['USER', 'GROUP', 'SERVICE_PRINCIPAL'],
      inactiveDays: null,
      reviewers: [{ kind: 'SELF', fallbackPrincipalIds: [] }],
      recurrence: { frequency: 'ONE_TIME', durationDays: 14, endAt: null, occurrences: null },
      startAt: null,
      autoApply: false,
      defaultDecision: 'NO_CHANGE',
      requireReason: true,
      showRecommendations: true,
    });
  });

  it('says what is missing, field by field, and makes no input', () => {
    const { input, errors } = readDraft({ ...EMPTY_DRAFT, principalTypes: [] }, NOW);
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['name', 'principalTypes', 'reviewers', 'roleIds', 'scopeId']);
  });

  it('names reviewers by kind: users, groups, and the holders’ managers with their fallbacks', () => {
    const alice = { id: 'u-alice', displayName: 'Alice', type: 'USER' };
    const admins = { id: 'g-admins', displayName: 'Admins', type: 'GROUP' };
    const { input } = readDraft(draft({ namedUsers: true, users: [alice], namedGroups: true, groups: [admins], holders: 'MANAGER', fallbacks: [alice] }), NOW);
    expect(input?.reviewers).toEqual([
      { kind: 'USERS', principalIds: ['u-alice'] },
      { kind: 'GROUPS', principalIds: ['g-admins'] },
      { kind: 'MANAGER', fallbackPrincipalIds: ['u-alice'] },
    ]);
  });

  it('asks for the reviewers a checked kind names, and fallbacks for a manager review', () => {
    const { errors } = readDraft(draft({ namedUsers: true, namedGroups: true, holders: 'MANAGER' }), NOW);
    expect(errors.users).toBe('Add the users who review.');
    expect(errors.groups).toBe('Add the groups whose members review.');
    expect(errors.fallbacks).toMatch(/fallback reviewers/);
  });

  it('holds the duration to what the frequency allows', () => {
    expect(readDraft(draft({ frequency: 'WEEKLY', durationDays: '7' }), NOW).errors.durationDays).toBe('A whole number of days from 1 to 6 for this frequency.');
    expect(readDraft(draft({ frequency: 'WEEKLY', durationDays: '6' }), NOW).errors).toEqual({});
    expect(readDraft(draft({ durationDays: '2.5' }), NOW).errors.durationDays).toBeDefined();
  });

  it('ends a recurring series on a date after the start, or after some occurrences; a one-time review has neither', () => {
    const early = readDraft(draft({ frequency: 'MONTHLY', durationDays: '7', seriesEnd: 'DATE', endAt: '2029-12-31T00:00:00Z' }), NOW);
    expect(early.errors.endAt).toBe('The series must end after the review starts.');
    const dated = readDraft(draft({ frequency: 'MONTHLY', durationDays: '7', seriesEnd: 'DATE', endAt: '2030-07-01T00:00:00.000Z' }), NOW);
    expect(dated.input?.recurrence).toEqual({ frequency: 'MONTHLY', durationDays: 7, endAt: '2030-07-01T00:00:00.000Z', occurrences: null });
    const counted = readDraft(draft({ frequency: 'QUARTERLY', durationDays: '30', seriesEnd: 'OCCURRENCES', occurrences: '4' }), NOW);
    expect(counted.input?.recurrence).toEqual({ frequency: 'QUARTERLY', durationDays: 30, endAt: null, occurrences: 4 });
    const once = readDraft(draft({ seriesEnd: 'OCCURRENCES', occurrences: '4', endAt: '2030-07-01T00:00:00.000Z' }), NOW);
    expect(once.input?.recurrence).toEqual({ frequency: 'ONE_TIME', durationDays: 14, endAt: null, occurrences: null });
  });

  it('refuses a start in the past and an inactivity outside 1 to 730 days', () => {
    const { errors } = readDraft(draft({ startAt: '2029-12-31T10:00:00Z', inactiveDays: '0' }), NOW);
    expect(errors.startAt).toMatch(/past/);
    expect(errors.inactiveDays).toMatch(/1 to 730/);
    expect(readDraft(draft({ inactiveDays: '30' }), NOW).input?.inactiveDays).toBe(30);
  });
});

describe('fieldOfProblem', () => {
  it('maps the server’s field names to the form’s, the recurrence to its end', () => {
    expect(fieldOfProblem('durationDays')).toBe('durationDays');
    expect(fieldOfProblem('recurrence')).toBe('endAt');
    expect(fieldOfProblem('first')).toBeNull();
    expect(fieldOfProblem(undefined)).toBeNull();
  });
});

describe('acceptsPrincipal', () => {
  it('takes users as named reviewers, groups as reviewing groups, either as fallbacks, never a service principal', () => {
    expect(acceptsPrincipal('users', 'USER')).toBe(true);
    expect(acceptsPrincipal('users', 'GROUP')).toBe(false);
    expect(acceptsPrincipal('groups', 'GROUP')).toBe(true);
    expect(acceptsPrincipal('fallbacks', 'GROUP')).toBe(true);
    expect(acceptsPrincipal('fallbacks', 'SERVICE_PRINCIPAL')).toBe(false);
  });
});
