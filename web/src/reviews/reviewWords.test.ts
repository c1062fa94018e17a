import { describe, expect, it } from 'vitest';
import {
  breakdownText,
  describeCompletion,
  describeCoverage,
  describeReviewers,
  describeSchedule,
  latestInstances,
  listInWords,
  progressText,
  statusesOf,
  totalProgress,
} from './reviewWords';

describe('settings in words', () => {
  it('says what is reviewed', () => {
    expect(describeCoverage({ assignmentType: 'ALL', principalTypes: ['GROUP', 'USER'], inactiveDays: null, scope: { name: 'Development' } })).toBe(
      'Eligible and active assignments of users and groups, made at Development and below.',
    );
    expect(describeCoverage({ assignmentType: 'ELIGIBLE', principalTypes: ['USER'], inactiveDays: 30, scope: { name: '/' } })).toMatch(
      /^Eligible assignments of users, made at \/ and below; only holders inactive for 30 days/,
    );
  });

  it('says who reviews', () => {
    expect(
      describeReviewers([
        { kind: 'USERS', principals: [{ displayName: 'Ada' }, { displayName: 'Bob' }], fallbackPrincipals: [] },
        { kind: 'SELF', principals: [], fallbackPrincipals: [{ displayName: 'Carol' }] },
      ]),
    ).toEqual(['Ada and Bob review every holding (but their own).', 'Each holder reviews their own access; Carol review the holders who are not users.']);
    expect(describeReviewers([{ kind: 'MANAGER', principals: [], fallbackPrincipals: [] }])).toEqual(['Each holder’s manager reviews their access.']);
  });

  it('says when, and how a series ends', () => {
    const startAt = '2030-03-01T10:00:00Z';
    expect(describeSchedule({ startAt, recurrence: { frequency: 'ONE_TIME', durationDays: 14, endAt: null, occurrences: 1 } })).toMatch(/^One time, for 14 days, from /);
    expect(describeSchedule({ startAt, recurrence: { frequency: 'MONTHLY', durationDays: 1, endAt: null, occurrences: 6 } })).toMatch(
      /^Monthly, each for 1 day, from .*; at most 6 occurrences\.$/,
    );
    expect(describeSchedule({ startAt, recurrence: { frequency: 'WEEKLY', durationDays: 3, endAt: null, occurrences: null } })).toMatch(/until the review is deleted\.$/);
  });

  it('says what completion does', () => {
    expect(describeCompletion({ defaultDecision: 'NO_CHANGE', autoApply: false })).toBe(
      'Items nobody answered (or answered “don’t know”) are left as they are. Denied holdings end when someone who manages the review applies it.',
    );
    expect(describeCompletion({ defaultDecision: 'RECOMMENDATION', autoApply: true })).toMatch(/take their recommendation\. Denied holdings end by themselves/);
  });

  it('lists in words', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('progress', () => {
  const progress = { total: 4, decided: 3, approved: 1, denied: 1, dontKnow: 1 };
  it('is said and summed', () => {
    expect(progressText(progress)).toBe('3 of 4 decided');
    expect(breakdownText(progress)).toBe('1 approved, 1 denied, 1 don’t know');
    expect(totalProgress([progress, progress])).toEqual({ total: 8, decided: 6, approved: 2, denied: 2, dontKnow: 2 });
  });
});

describe('latestInstances', () => {
  it('shows the latest occurrence that started, not the next one planned', () => {
    const instances = [
      { id: 'c', occurrence: 3, status: 'NOT_STARTED' as const },
      { id: 'b1', occurrence: 2, status: 'IN_PROGRESS' as const },
      { id: 'b2', occurrence: 2, status: 'COMPLETED' as const },
      { id: 'a', occurrence: 1, status: 'APPLIED' as const },
    ];
    expect(latestInstances(instances).map((instance) => instance.id)).toEqual(['b1', 'b2']);
    expect(statusesOf(latestInstances(instances))).toEqual(['IN_PROGRESS', 'COMPLETED']);
  });

  it('shows the planned ones before any has started, and nothing for none', () => {
    expect(latestInstances([{ id: 'a', occurrence: 1, status: 'NOT_STARTED' as const }]).map((instance) => instance.id)).toEqual(['a']);
    expect(latestInstances([])).toEqual([]);
  });
});
