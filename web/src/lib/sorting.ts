import type { OrderDirection } from '@/gql/graphql';

/**
 * A table's sort, as the API's `orderBy` takes it and as the address bar keeps it (`?sort=START_AT&dir=desc`). A
 * list whose default order is by a column (newest first) shows that column as sorted without any parameter, and a sort
 * back to that default leaves the address without one.
 */
export interface Sort<F extends string> {
  field: F;
  direction: OrderDirection;
}

export function readSort<F extends string>(params: URLSearchParams, fields: readonly F[]): Sort<F> | null {
  const field = fields.find((f) => f === params.get('sort'));
  if (!field) return null;
  return { field, direction: params.get('dir') === 'desc' ? 'DESC' : 'ASC' };
}

/** Adds the sort to `params` (nothing for the default order). */
export function writeSort<F extends string>(params: URLSearchParams, sort: Sort<F> | null): void {
  if (!sort) return;
  params.set('sort', sort.field);
  if (sort.direction === 'DESC') params.set('dir', 'desc');
}

export const sameSort = <F extends string>(a: Sort<F> | null, b: Sort<F> | null) =>
  a === b || (a !== null && b !== null && a.field === b.field && a.direction === b.direction);

/**
 * The sort after choosing `field`: the other direction if it is the sorted column already, else ascending. A sort equal
 * to the list's default order is null (no parameter, the default order's own cursors).
 */
export function nextSort<F extends string>(current: Sort<F> | null, field: F, defaultOrder: Sort<F> | null = null): Sort<F> | null {
  const shown = current ?? defaultOrder;
  const next: Sort<F> = shown?.field === field ? { field, direction: shown.direction === 'ASC' ? 'DESC' : 'ASC' } : { field, direction: 'ASC' };
  return sameSort(next, defaultOrder) ? null : next;
}

/** What `aria-sort` says of a column. */
export type AriaSort = 'ascending' | 'descending';

/** A column header's sort: whether it is the sorted column, and choosing it. See DataTable. */
export interface ColumnSort {
  state: AriaSort | null;
  /** The header's button: this column, ascending, or the other direction when it is sorted by already */
  onSort: () => void;
  /** This column in a direction (the narrow screens' choice) */
  sortTo: (state: AriaSort) => void;
}

/** The column sorts of a table whose columns sort by `fields` (label → field), given its sort and how it changes. */
export function columnSorts<F extends string>(
  fields: Partial<Record<string, F>>,
  current: Sort<F> | null,
  onChange: (sort: Sort<F> | null) => void,
  defaultOrder: Sort<F> | null = null,
): Record<string, ColumnSort> {
  const shown = current ?? defaultOrder;
  const sorts: Record<string, ColumnSort> = {};
  for (const [label, field] of Object.entries(fields)) {
    if (!field) continue;
    sorts[label] = {
      state: shown?.field === field ? (shown.direction === 'ASC' ? 'ascending' : 'descending') : null,
      onSort: () => onChange(nextSort(current, field, defaultOrder)),
      sortTo: (state) => {
        const next: Sort<F> = { field, direction: state === 'ascending' ? 'ASC' : 'DESC' };
        onChange(sameSort(next, defaultOrder) ? null : next);
      },
    };
  }
  return sorts;
}

/** The API's orderBy: the sort asked for, or none for the default order. */
export const toOrderBy = <F extends string>(sort: Sort<F> | null) => (sort ? { field: sort.field, direction: sort.direction } : null);
