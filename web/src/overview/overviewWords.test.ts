import { describe, expect, it } from 'vitest';
import { assignmentsLink, counted, dayLabel } from './overviewWords';

describe('overview words', () => {
  it('counts with the right noun', () => {
    expect(counted(0, 'request')).toBe('0 requests');
    expect(counted(1, 'request')).toBe('1 request');
    expect(counted(2, 'activity', 'activities')).toBe('2 activities');
  });

  it('labels a UTC day as that day, wherever the browser is', () => {
    expect(dayLabel('2026-12-01')).toBe('Tue 1 Dec');
    expect(dayLabel('2026-02-28')).toBe('Sat 28 Feb');
  });

  it('links a holding to the Assignments page filtered by its type', () => {
    expect(assignmentsLink('ELIGIBLE')).toBe('/assignments?type=ELIGIBLE');
  });
});
