import { describe, expect, it } from 'vitest';
import { durationToMinutes, formatDuration, formatMinutes, formatTimeLeft, isoDuration, minutesToDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it('reads the exact units the API accepts, in seconds', () => {
    expect(parseDuration('PT8H')).toBe(8 * 3600);
    expect(parseDuration('PT30M')).toBe(1800);
    expect(parseDuration('P30D')).toBe(30 * 86_400);
    expect(parseDuration('P1DT2H30M15S')).toBe(86_400 + 2 * 3600 + 30 * 60 + 15);
    expect(parseDuration('P2W')).toBe(14 * 86_400);
    expect(parseDuration('pt1.5s')).toBe(2);
  });

  it('refuses what is not a duration, or not one of fixed length', () => {
    for (const text of ['', 'P', 'PT', '8H', 'P1M', 'P1Y', 'PT-1H', 'P1DT', 'PT1H30']) expect(parseDuration(text)).toBeNull();
    expect(parseDuration(null)).toBeNull();
    expect(parseDuration(undefined)).toBeNull();
  });
});

describe('isoDuration', () => {
  it('writes the canonical form the server writes', () => {
    expect(isoDuration({ hours: 8 })).toBe('PT8H');
    expect(isoDuration({ days: 30 })).toBe('P30D');
    expect(isoDuration({ hours: 1.5 })).toBe('PT1H30M');
    expect(isoDuration({ hours: 26 })).toBe('P1DT2H');
    expect(isoDuration({ minutes: 90 })).toBe('PT1H30M');
    expect(isoDuration({ seconds: 61 })).toBe('PT1M1S');
    expect(isoDuration({})).toBe('PT0S');
  });

  it('round-trips through parseDuration', () => {
    for (const seconds of [0, 59, 60, 3600, 5400, 86_400, 90_061, 30 * 86_400]) expect(parseDuration(isoDuration({ seconds }))).toBe(seconds);
  });
});

describe('minutes', () => {
  it('converts both ways', () => {
    expect(durationToMinutes('PT4H')).toBe(240);
    expect(durationToMinutes('PT90S')).toBe(2);
    expect(durationToMinutes(null)).toBeNull();
    expect(minutesToDuration(30)).toBe('PT30M');
    expect(minutesToDuration(240)).toBe('PT4H');
    expect(minutesToDuration(24 * 60)).toBe('P1D');
  });

  it('reads for people', () => {
    expect(formatMinutes(240)).toBe('4 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(27 * 60)).toBe('1 d 3 h');
    expect(formatDuration('PT8H')).toBe('8 h');
    expect(formatDuration('P1M')).toBe('P1M');
    expect(formatDuration(null)).toBe('—');
  });
});

describe('formatTimeLeft', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  it('counts down to the second, then says ended', () => {
    expect(formatTimeLeft('2030-01-01T03:59:12Z', now)).toBe('3 h 59 min 12 s');
    expect(formatTimeLeft('2030-01-01T00:00:42Z', now)).toBe('42 s');
    expect(formatTimeLeft('2030-01-03T05:00:00Z', now)).toBe('2 d 5 h');
    expect(formatTimeLeft('2029-12-31T23:59:59Z', now)).toBe('ended');
  });
});
