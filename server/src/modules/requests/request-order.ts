import { decodeOrderedCursor, keysetSql, orderedKey, sortableInstant, sortableName } from '../../lib/ordering';
import { cursorPart } from '../../lib/pagination';
import { OrderDirection, RoleRequestOrderField, type ListOrder } from '../../lib/vocabulary/ordering';
import type { Caller } from '../access/caller';
import type { RoleRequestEntity } from './role-request.entity';

/**
 * roleRequests in an order asked for (ordering.ts): the SQL of the listed requests, and the same order in memory for
 * the approval queue, which is filtered request by request. CREATED_AT DESC is the default order and is never one of
 * these (request.service.ts serves it with its own cursors).
 */
export type RequestOrder = ListOrder<RoleRequestOrderField>;

/** The order asked for, or null for the default (newest first). */
export function explicitOrder(orderBy: RequestOrder | null | undefined): RequestOrder | null {
  if (!orderBy) return null;
  return orderBy.field === RoleRequestOrderField.CREATED_AT && orderBy.direction === OrderDirection.DESC ? null : orderBy;
}

/** What a request sorts by: an instant to the millisecond, or a name lower-cased. */
type SortValue = Date | string;

const instantOrder = (order: RequestOrder) => order.field === RoleRequestOrderField.CREATED_AT;

export function decodeRequestCursor(after: string | null | undefined, order: RequestOrder): { key: SortValue; id: string } | null {
  return instantOrder(order)
    ? decodeOrderedCursor(after, order, cursorPart.timestamp, cursorPart.uuid)
    : decodeOrderedCursor(after, order, cursorPart.text, cursorPart.uuid);
}

const KEY_SQL: Record<RoleRequestOrderField, string> = {
  CREATED_AT: sortableInstant('q.created_at'),
  PRINCIPAL_NAME: sortableName('p.display_name'),
  ROLE_NAME: sortableName('r.name'),
  SCOPE_NAME: sortableName('s.name'),
};

/**
 * The SQL of a page in `order` over `role_request q` joined to its role `r` and scope `s`: the join of the principal
 * `p` it needs, the sort key column, the condition past the cursor (with its parameters added) and the ORDER BY.
 */
export function requestOrderSql(order: RequestOrder, cursor: { key: SortValue; id: string } | null, param: (value: unknown) => string) {
  const key = KEY_SQL[order.field];
  const keyset = keysetSql(order, key, 'q.id');
  const cast = instantOrder(order) ? '::timestamptz' : '';
  return {
    join: order.field === RoleRequestOrderField.PRINCIPAL_NAME ? 'JOIN principal p ON p.id = q.principal_id' : '',
    select: `${key} AS sort_key`,
    after: cursor ? `AND ${keyset.after(`${param(cursor.key)}${cast}`, `${param(cursor.id)}::uuid`)}` : '',
    orderBy: keyset.orderBy,
  };
}

/** A listed request's cursor, from the sort key its row carries. */
export function requestCursor(order: RequestOrder, sortKey: unknown, id: string): unknown[] {
  return orderedKey(order, sortKey instanceof Date ? sortKey.toISOString() : sortKey, id);
}

/** JavaScript's order of what SQL sorts by: code points, as `COLLATE "C"` (names are lower-cased alike). */
function compareValues(a: SortValue, b: SortValue): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  const [x, y] = [String(a), String(b)];
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * The approval queue (read and filtered in memory) in `order`, past `cursor`: each request's sort key read through the
 * caller's loaders, then sorted and cut as the SQL does. Returns the requests with their keys.
 */
export async function sortInMemory(
  caller: Caller,
  requests: RoleRequestEntity[],
  order: RequestOrder,
  cursor: { key: SortValue; id: string } | null,
): Promise<{ request: RoleRequestEntity; key: SortValue }[]> {
  const keyed = await Promise.all(
    requests.map(async (request) => ({ request, key: await sortValue(caller, request, order.field) })),
  );
  const sign = order.direction === OrderDirection.ASC ? 1 : -1;
  const compare = (a: { key: SortValue; id: string }, b: { key: SortValue; id: string }) =>
    sign * (compareValues(a.key, b.key) || compareValues(a.id, b.id));
  const sorted = keyed.sort((a, b) => compare({ key: a.key, id: a.request.id }, { key: b.key, id: b.request.id }));
  return cursor ? sorted.filter((row) => compare({ key: row.key, id: row.request.id }, cursor) > 0) : sorted;
}

async function sortValue(caller: Caller, request: RoleRequestEntity, field: RoleRequestOrderField): Promise<SortValue> {
  switch (field) {
    case RoleRequestOrderField.CREATED_AT:
      return new Date(request.createdAt.getTime());
    case RoleRequestOrderField.PRINCIPAL_NAME:
      return ((await caller.loaders.principal.load(request.principalId))?.displayName ?? '').toLowerCase();
    case RoleRequestOrderField.ROLE_NAME:
      return ((await caller.loaders.role.load(request.roleId))?.name ?? '').toLowerCase();
    case RoleRequestOrderField.SCOPE_NAME:
      return ((await caller.loaders.scope.load(request.scopeId))?.name ?? '').toLowerCase();
  }
}
