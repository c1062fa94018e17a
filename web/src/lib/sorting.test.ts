import { describe, expect, it } from 'vitest';
import { columnSorts, nextSort, readSort, writeSort, type Sort } from './sorting';

type F = 'START_AT' | 'ROLE_NAME' | 'AT';
const FIELDS: readonly F[] = ['START_AT', 'ROLE_NAME'];

describe('sorting', () => {
  it('reads and writes the address bar, ignoring fields the table does not sort by', () => {
    expect(readSort(new URLSearchParams('sort=START_AT&dir=desc'), FIELDS)).toEqual({ field: 'START_AT', direction: 'DESC' });
    expect(readSort(new URLSearchParams('sort=ROLE_NAME'), FIELDS)).toEqual({ field: 'ROLE_NAME', direction: 'ASC' });
    expect(readSort(new URLSearchParams('sort=DROP_TABLE&dir=desc'), FIELDS)).toBeNull();
    const params = new URLSearchParams();
    writeSort(params, { field: 'START_AT', direction: 'DESC' });
    expect(params.toString()).toBe('sort=START_AT&dir=desc');
    const none = new URLSearchParams();
    writeSort(none, null);
    expect(none.toString()).toBe('');
  });

  it('choosing a column sorts ascending, choosing it again flips the direction', () => {
    const up = nextSort<F>(null, 'ROLE_NAME');
    expect(up).toEqual({ field: 'ROLE_NAME', direction: 'ASC' });
    expect(nextSort(up, 'ROLE_NAME')).toEqual({ field: 'ROLE_NAME', direction: 'DESC' });
    expect(nextSort<F>({ field: 'ROLE_NAME', direction: 'DESC' }, 'START_AT')).toEqual({ field: 'START_AT', direction: 'ASC' });
  });

  it('a sort back to the default order is null, and the default order shows on its column', () => {
    const newestFirst: Sort<F> = { field: 'AT', direction: 'DESC' };
    const oldestFirst = nextSort<F>(null, 'AT', newestFirst);
    expect(oldestFirst).toEqual({ field: 'AT', direction: 'ASC' });
    expect(nextSort(oldestFirst, 'AT', newestFirst)).toBeNull();
    const changes: (Sort<F> | null)[] = [];
    const sorts = columnSorts<F>({ Time: 'AT', Role: 'ROLE_NAME' }, null, (sort) => changes.push(sort), newestFirst);
    expect(sorts.Time.state).toBe('descending');
    expect(sorts.Role.state).toBeNull();
    sorts.Role.onSort();
    expect(changes).toEqual([{ field: 'ROLE_NAME', direction: 'ASC' }]);
  });
});
