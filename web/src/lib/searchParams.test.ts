import { describe, expect, it } from 'vitest';
import { searchParamsOf } from './searchParams';

describe('searchParamsOf', () => {
  it('gives the query string as the client view reads it: repeated names in order, nothing for undefined', async () => {
    const params = await searchParamsOf(Promise.resolve({ scope: 's1', action: ['a', 'b'], empty: '', missing: undefined }));
    expect(params.toString()).toBe('scope=s1&action=a&action=b&empty=');
    expect(params.getAll('action')).toEqual(['a', 'b']);
    expect(params.has('missing')).toBe(false);
  });
});
