import { describe, expect, it } from 'vitest';
import { defaultMinutes } from './activationDefaults';

describe('defaultMinutes', () => {
  it('offers an hour when nothing was chosen before', () => {
    expect(defaultMinutes(8 * 60, null)).toBe(60);
  });
  it('offers the role maximum when it is shorter than an hour', () => {
    expect(defaultMinutes(30, null)).toBe(30);
  });
  it('offers the remembered choice, within the role maximum', () => {
    expect(defaultMinutes(8 * 60, 150)).toBe(150);
    expect(defaultMinutes(4 * 60, 6 * 60)).toBe(4 * 60);
    expect(defaultMinutes(4 * 60, 10)).toBe(30);
  });
});
