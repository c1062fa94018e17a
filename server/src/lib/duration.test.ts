import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, formatDurationSeconds, HOUR, parseDurationSeconds } from './duration';

const CENTURY = 100 * 365 * DAY;

describe('parseDurationSeconds', () => {
  it.each([
    ['PT5M', 300],
    ['PT1H', HOUR],
    ['PT1H30M', 5400],
    ['P1D', DAY],
    ['P1W', 7 * DAY],
    ['P1W2DT3H4M5S', 7 * DAY + 2 * DAY + 3 * HOUR + 4 * 60 + 5],
    ['PT0S', 0],
    ['PT90M', 5400],
    ['PT1.4S', 1],
    ['PT1.5S', 2],
    ['pt8h', 8 * HOUR],
    ['  PT8H  ', 8 * HOUR],
    [`P${100 * 365}D`, CENTURY],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBe(seconds);
  });

  it.each([
    ['', 'empty'],
    ['P', 'no component'],
    ['PT', 'a T with nothing after it'],
    ['P1M', 'months have no fixed length'],
    ['P1Y', 'nor have years'],
    ['PT1D', 'days after T'],
    ['P1H', 'hours before T'],
    ['1H', 'no P'],
    ['PT-5M', 'negative'],
    ['PT1.5M', 'fractions only on seconds'],
    ['PT5M ago', 'trailing text'],
    [`P${100 * 365 + 1}D`, 'more than a century'],
    [`PT${'9'.repeat(39)}S`, 'longer than 40 characters'],
  ])('%j is refused (%s)', (text) => {
    expect(parseDurationSeconds(text)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(parseDurationSeconds(3600 as unknown as string)).toBeNull();
    expect(parseDurationSeconds(null as unknown as string)).toBeNull();
  });

  it('adds up any combination of weeks, days, hours, minutes and seconds', () => {
    const part = fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined });
    fc.assert(
      fc.property(part, part, part, part, part, (w, d, h, m, s) => {
        const date = `${w !== undefined ? `${w}W` : ''}${d !== undefined ? `${d}D` : ''}`;
        const time = `${h !== undefined ? `${h}H` : ''}${m !== undefined ? `${m}M` : ''}${s !== undefined ? `${s}S` : ''}`;
        const text = `P${date}${time ? `T${time}` : ''}`;
        const expected = (w ?? 0) * 7 * DAY + (d ?? 0) * DAY + (h ?? 0) * HOUR + (m ?? 0) * 60 + (s ?? 0);
        expect(parseDurationSeconds(text)).toBe(date || time ? expected : null);
      }),
    );
  });
});

describe('formatDurationSeconds', () => {
  it.each([
    [0, 'PT0S'],
    [59, 'PT59S'],
    [300, 'PT5M'],
    [HOUR, 'PT1H'],
    [8 * HOUR + 30 * 60, 'PT8H30M'],
    [DAY, 'P1D'],
    [7 * DAY, 'P7D'],
    [DAY + 1, 'P1DT1S'],
    [180 * DAY, 'P180D'],
    [-5, 'PT0S'],
    [299.6, 'PT5M'],
  ])('%d seconds is %s', (seconds, text) => {
    expect(formatDurationSeconds(seconds)).toBe(text);
  });

  it('writes what parseDurationSeconds reads back to the same number, up to a century', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CENTURY }), (seconds) => {
        const text = formatDurationSeconds(seconds);
        expect(text).toMatch(/^P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/);
        expect(parseDurationSeconds(text)).toBe(seconds);
      }),
    );
  });

  it('writes each unit below its carry: hours < 24, minutes and seconds < 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CENTURY }), (seconds) => {
        const [, hours, minutes, secs] = /^P(?:\d+D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(formatDurationSeconds(seconds)) ?? [];
        expect(Number(hours ?? 0)).toBeLessThan(24);
        expect(Number(minutes ?? 0)).toBeLessThan(60);
        expect(Number(secs ?? 0)).toBeLessThan(60);
      }),
    );
  });
});
