import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../lib/duration';
import { DomainError, type ErrorCode } from '../../lib/errors';
import { resolveWindow, type WindowRequest, type WindowRules } from './assignment-window';

const MINUTE = 60_000;
const now = new Date('2026-03-01T12:00:00.000Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
const eightHours: WindowRules = { allowPermanent: false, maxSeconds: 8 * HOUR, label: 'active' };
const anyLength: WindowRules = { allowPermanent: true, maxSeconds: 365 * DAY, label: 'eligible' };

/** The DomainError `run` throws (failing the test if it throws nothing, or something else). */
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal, got a window');
}

describe('resolveWindow', () => {
  it('a duration starts now and ends that long after', () => {
    expect(resolveWindow(now, { durationSeconds: 2 * HOUR }, eightHours)).toEqual({ startAt: now, endAt: at(120 * MINUTE) });
  });

  it('an end is taken as given', () => {
    expect(resolveWindow(now, { endAt: at(90 * MINUTE) }, eightHours)).toEqual({ startAt: now, endAt: at(90 * MINUTE) });
  });

  it('nothing asked is permanent, where the rules allow it', () => {
    expect(resolveWindow(now, {}, anyLength)).toEqual({ startAt: now, endAt: null });
    const refused = refusal(() => resolveWindow(now, {}, eightHours));
    expect(refused.code).toBe('POLICY_VIOLATION');
    expect(refused.details).toEqual({ maxDuration: 'PT8H' });
    expect(refused.message).toContain('permanent active assignments');
  });

  it('a future start moves the end with it', () => {
    expect(resolveWindow(now, { startAt: at(DAY * 1000), durationSeconds: HOUR }, eightHours)).toEqual({
      startAt: at(DAY * 1000),
      endAt: at(DAY * 1000 + 60 * MINUTE),
    });
  });

  it('a start up to five minutes in the past is taken as now; further back is refused', () => {
    expect(resolveWindow(now, { startAt: at(-5 * MINUTE), durationSeconds: HOUR }, eightHours).startAt).toEqual(now);
    const refused = refusal(() => resolveWindow(now, { startAt: at(-5 * MINUTE - 1), durationSeconds: HOUR }, eightHours));
    expect([refused.code, refused.details]).toEqual(['BAD_USER_INPUT', { field: 'startAt' }]);
  });

  it('a start more than two years away is refused', () => {
    expect(resolveWindow(now, { startAt: at(2 * 365 * DAY * 1000), durationSeconds: HOUR }, eightHours).startAt).toEqual(at(2 * 365 * DAY * 1000));
    const refused = refusal(() => resolveWindow(now, { startAt: at(2 * 365 * DAY * 1000 + 1), durationSeconds: HOUR }, eightHours));
    expect(refused.details).toEqual({ field: 'startAt' });
  });

  it('an end and a duration together are refused', () => {
    const refused = refusal(() => resolveWindow(now, { endAt: at(HOUR * 1000), durationSeconds: HOUR }, eightHours));
    expect([refused.code, refused.details]).toEqual(['BAD_USER_INPUT', { field: 'duration' }]);
    // A duration of 0 is a duration too.
    expect(refusal(() => resolveWindow(now, { endAt: at(HOUR * 1000), durationSeconds: 0 }, eightHours)).details).toEqual({ field: 'duration' });
  });

  it('a window is at least five minutes long', () => {
    expect(resolveWindow(now, { durationSeconds: 300 }, eightHours).endAt).toEqual(at(5 * MINUTE));
    expect(refusal(() => resolveWindow(now, { durationSeconds: 299 }, eightHours)).details).toEqual({ field: 'duration' });
    expect(resolveWindow(now, { endAt: at(5 * MINUTE) }, eightHours).endAt).toEqual(at(5 * MINUTE));
    expect(refusal(() => resolveWindow(now, { endAt: at(5 * MINUTE - 1) }, eightHours)).details).toEqual({ field: 'endAt' });
    // Measured from the start, not from now.
    expect(refusal(() => resolveWindow(now, { startAt: at(HOUR * 1000), endAt: at(HOUR * 1000 + 4 * MINUTE) }, eightHours)).details).toEqual({ field: 'endAt' });
  });

  it('the role settings bound the length', () => {
    expect(resolveWindow(now, { durationSeconds: 8 * HOUR }, eightHours).endAt).toEqual(at(8 * HOUR * 1000));
    const refused = refusal(() => resolveWindow(now, { durationSeconds: 8 * HOUR + 1 }, eightHours));
    expect(refused.code).toBe('POLICY_VIOLATION');
    expect(refused.details).toEqual({ maxDuration: 'PT8H' });
    expect(refused.message).toBe('The role settings allow active assignments of at most PT8H.');
  });

  describe('with a fixed start (an extension of a running assignment)', () => {
    const started = at(-3 * HOUR * 1000);

    it('keeps the start, even in the past, and ignores the start asked', () => {
      expect(resolveWindow(now, { startAt: at(HOUR * 1000), durationSeconds: 4 * HOUR }, eightHours, started)).toEqual({
        startAt: started,
        endAt: at(HOUR * 1000),
      });
    });

    it('measures the length from now, like a new grant', () => {
      // 3 h already run + 8 h from now: 11 h in all, within 8 h of now.
      expect(resolveWindow(now, { endAt: at(8 * HOUR * 1000) }, eightHours, started).endAt).toEqual(at(8 * HOUR * 1000));
      expect(refusal(() => resolveWindow(now, { endAt: at(8 * HOUR * 1000 + 1) }, eightHours, started)).code).toBe('POLICY_VIOLATION');
    });

    it('refuses an end already past', () => {
      const refused = refusal(() => resolveWindow(now, { durationSeconds: 2 * HOUR }, eightHours, started));
      expect([refused.code, refused.details]).toEqual(['BAD_USER_INPUT', { field: 'endAt' }]);
      expect(refusal(() => resolveWindow(now, { endAt: now }, eightHours, started)).details).toEqual({ field: 'endAt' });
    });
  });

  it('any request gets a window within the rules, or a refusal that says which rule', () => {
    const offset = fc.integer({ min: -3 * DAY * 1000, max: 3 * 365 * DAY * 1000 });
    const asked = fc.record(
      {
        startAt: fc.option(offset.map(at), { nil: undefined }),
        endAt: fc.option(offset.map(at), { nil: undefined }),
        durationSeconds: fc.option(fc.integer({ min: 0, max: 400 * DAY }), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    const rules = fc.record({ allowPermanent: fc.boolean(), maxSeconds: fc.integer({ min: 300, max: 365 * DAY }), label: fc.constant('active') });
    const fixedStart = fc.option(offset.map(at), { nil: undefined });
    fc.assert(
      fc.property(asked, rules, fixedStart, (request: WindowRequest, rule: WindowRules, fixed) => {
        let result;
        try {
          result = resolveWindow(now, request, rule, fixed);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect<ErrorCode[]>(['BAD_USER_INPUT', 'POLICY_VIOLATION']).toContain((error as DomainError).code);
          return;
        }
        const { startAt, endAt } = result;
        if (fixed) expect(startAt).toEqual(fixed);
        else {
          expect(startAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
          expect(startAt.getTime()).toBeLessThanOrEqual(now.getTime() + 2 * 365 * DAY * 1000);
        }
        if (endAt === null) {
          expect(rule.allowPermanent).toBe(true);
          expect(request.endAt ?? request.durationSeconds).toBeUndefined();
          return;
        }
        expect(endAt.getTime()).toBeGreaterThan(now.getTime());
        expect(endAt.getTime() - startAt.getTime()).toBeGreaterThanOrEqual(300_000);
        expect(endAt.getTime() - Math.max(startAt.getTime(), now.getTime())).toBeLessThanOrEqual(rule.maxSeconds * 1000);
        if (typeof request.durationSeconds === 'number') expect(endAt.getTime() - startAt.getTime()).toBe(request.durationSeconds * 1000);
        else expect(endAt).toEqual(request.endAt);
      }),
      { numRuns: 500 },
    );
  });
});
