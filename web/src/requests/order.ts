import type { RoleRequestOrder, RoleRequestOrderField } from '@/gql/graphql';
import { newestFirst, type ListOrder } from '@/live/listUpdates';
import { readSort, toOrderBy, writeSort, type Sort } from '@/lib/sorting';

/** How the server orders roleRequests by default (newest first), for a live event joining a cached list of them. */
export const requestOrder = {
  key: (request: { id: string }) => request.id,
  compare: newestFirst((request: { id: string; createdAt: string }) => request.createdAt, (request) => request.id),
};

/** What a listed request needs unmasked for its list to be kept in any of its orders. */
export interface SortableRequest {
  id: string;
  createdAt: string;
  principal: { displayName: string };
  role: { name: string };
  scope: { name: string };
}

/** The requests tables' default order, newest first: the Created column shows it as sorted. */
export const NEWEST_FIRST: Sort<RoleRequestOrderField> = { field: 'CREATED_AT', direction: 'DESC' };

/** The columns the requests tables sort by, and the API's field for each (RequestTable's column names). */
export const SORTABLE_COLUMNS: Record<string, RoleRequestOrderField> = {
  Requester: 'PRINCIPAL_NAME',
  Role: 'ROLE_NAME',
  Scope: 'SCOPE_NAME',
  Created: 'CREATED_AT',
};

export const readRequestSort = (params: URLSearchParams) => readSort(params, Object.values(SORTABLE_COLUMNS));
export function requestSortQuery(sort: Sort<RoleRequestOrderField> | null): string {
  const params = new URLSearchParams();
  writeSort(params, sort);
  return params.toString();
}

const byCodePoint = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

const SORT_KEY: Record<RoleRequestOrderField, (request: SortableRequest) => string | number> = {
  CREATED_AT: (request) => Date.parse(request.createdAt),
  PRINCIPAL_NAME: (request) => request.principal.displayName.toLowerCase(),
  ROLE_NAME: (request) => request.role.name.toLowerCase(),
  SCOPE_NAME: (request) => request.scope.name.toLowerCase(),
};

/**
 * The order of a requests list as the server sorts it with `orderBy` (names case-insensitively, in code-point order;
 * ties by id in the same direction), so that a request arriving live goes where a reload would put it.
 */
export function requestOrderFor(sort: Sort<RoleRequestOrderField> | null): ListOrder<SortableRequest> {
  if (!sort) return requestOrder;
  const key = SORT_KEY[sort.field];
  const sign = sort.direction === 'ASC' ? 1 : -1;
  return {
    key: requestOrder.key,
    compare: (a, b) => {
      const [x, y] = [key(a), key(b)];
      const byKey = typeof x === 'number' && typeof y === 'number' ? Math.sign(x - y) : byCodePoint(String(x), String(y));
      return sign * (byKey || byCodePoint(a.id, b.id));
    },
  };
}

/** A request list's variables for the table's sort (My requests, Approvals): one function, so a preload and its view ask the same. */
export function requestListVariables(sort: Sort<RoleRequestOrderField> | null): { orderBy: RoleRequestOrder | null } {
  return { orderBy: toOrderBy(sort) };
}
