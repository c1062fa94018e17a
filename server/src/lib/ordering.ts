import { badInput, truncate } from './errors';
import { decodeCursor, type CursorPart } from './pagination';
import { OrderDirection, type ListOrder } from './vocabulary/ordering';

/**
 * Lists in an order asked for (`orderBy`), paged by keyset: rows sort by one key, ties broken by the row's id, in the
 * same direction. The cursor of such a list is `[order, key, id]` (pagination.ts encodes it), `order` naming the field
 * and direction it was made with: a cursor is only ever used with the order that made it, and one made with another
 * order (or with the list's default order, whose cursors have another shape) is refused as BAD_USER_INPUT instead of
 * paging from a place that means nothing in this order.
 */

/** What names an order in its cursors, e.g. `START_AT:DESC`. */
export function orderTag(order: ListOrder<string>): string {
  return `${order.field}:${order.direction}`;
}

const anyTag: CursorPart<string> = { kind: 'order', decode: (raw) => (typeof raw === 'string' && raw.length <= 60 ? raw : undefined) };

/** The key and id of `after`, a cursor made with `order`; null without one. */
export function decodeOrderedCursor<K, I>(
  after: string | null | undefined,
  order: ListOrder<string>,
  key: CursorPart<K>,
  id: CursorPart<I>,
): { key: K; id: I } | null {
  const decoded = decodeCursor(after, [anyTag, key, id] as const);
  if (!decoded) return null;
  const [madeWith, keyValue, idValue] = decoded;
  if (madeWith !== orderTag(order)) {
    throw badInput(`after was returned for another order (${truncate(madeWith, 60)}), not ${orderTag(order)}: start again from the first page.`, 'after');
  }
  return { key: keyValue, id: idValue };
}

/** A cursor of `order`: the row's sort key and id. */
export function orderedKey(order: ListOrder<string>, key: unknown, id: string): unknown[] {
  return [orderTag(order), key, id];
}

/**
 * SQL of a keyset page: `orderBy` sorts by `key` then `id`, both in the order's direction; `after` (given the
 * cursor's key and id as placeholders) keeps the rows past the cursor's.
 */
export function keysetSql(order: ListOrder<string>, key: string, id: string): { orderBy: string; after: (keyParam: string, idParam: string) => string } {
  const direction = order.direction === OrderDirection.ASC ? 'ASC' : 'DESC';
  const comparison = order.direction === OrderDirection.ASC ? '>' : '<';
  return {
    orderBy: `${key} ${direction}, ${id} ${direction}`,
    after: (keyParam, idParam) => `(${key}, ${id}) ${comparison} (${keyParam}, ${idParam})`,
  };
}

/** A name as lists sort it: case-insensitive, then by code point (the same on every database, whatever its locale). */
export const sortableName = (column: string) => `lower(${column}) COLLATE "C"`;

/** An instant as lists sort it: to the millisecond, as its cursor holds it (JavaScript dates have no microseconds). */
export const sortableInstant = (column: string) => `date_trunc('milliseconds', ${column})`;
