import { decodeOrderedCursor, keysetSql, orderedKey, sortableInstant, sortableName } from '../../lib/ordering';
import { cursorPart } from '../../lib/pagination';
import { RoleAssignmentOrderField, type ListOrder } from '../../lib/vocabulary/ordering';
import type { RoleAssignment } from './role-assignment.type';

/**
 * roleAssignments in an order asked for (ordering.ts). The listed rows (assignment.repository.ts: stored schedules,
 * and group assignments expanded to members, whose window is the overlap) are sorted by a key computed from the
 * listed row itself — its window, or the name of its holder, role or scope — then by the row id, as text in code-point
 * order. Without an order the list keeps its default order (by row id), whose cursors are the row id alone.
 */
export type AssignmentOrder = ListOrder<RoleAssignmentOrderField>;

/** An order with the cursor to page on from: a sort key (an instant, null for an open end, or a name) and a row id. */
export interface OrderedPage {
  order: AssignmentOrder;
  after: { key: Date | string | null; id: string } | null;
}

export function orderedPage(order: AssignmentOrder, after: string | null | undefined): OrderedPage {
  switch (order.field) {
    case RoleAssignmentOrderField.START_AT:
      return { order, after: decodeOrderedCursor(after, order, cursorPart.timestamp, cursorPart.compositeId) };
    case RoleAssignmentOrderField.END_AT:
      return { order, after: decodeOrderedCursor(after, order, cursorPart.optionalTimestamp, cursorPart.compositeId) };
    default:
      return { order, after: decodeOrderedCursor(after, order, cursorPart.text, cursorPart.compositeId) };
  }
}

const nameOf = (table: string, column: string, id: string) => sortableName(`(SELECT x.${column} FROM ${table} x WHERE x.id = listed_row.${id})`);

/** The sort key of a row of `visible` (aliased listed_row). Open ends sort as the latest instant. */
const KEY_SQL: Record<RoleAssignmentOrderField, string> = {
  START_AT: sortableInstant('listed_row.start_at'),
  END_AT: `COALESCE(${sortableInstant('listed_row.end_at')}, 'infinity'::timestamptz)`,
  PRINCIPAL_NAME: nameOf('principal', 'display_name', 'holder_id'),
  ROLE_NAME: nameOf('role_definition', 'name', 'role_id'),
  SCOPE_NAME: nameOf('scope', 'name', 'scope_id'),
};

const isName = (field: RoleAssignmentOrderField) =>
  field !== RoleAssignmentOrderField.START_AT && field !== RoleAssignmentOrderField.END_AT;

/** The statement's last part: a page of `visible` in the order, past the cursor (its parameters added by `param`). */
export function orderedPageSql(page: OrderedPage, limit: number, param: (value: unknown) => string): string {
  const { order, after } = page;
  const name = isName(order.field);
  const keyset = keysetSql(order, name ? 'sort_key COLLATE "C"' : 'sort_key', 'row_id COLLATE "C"');
  let where = '';
  if (after) {
    const key = name ? `${param(after.key)}::text` : `${param(after.key ?? 'infinity')}::timestamptz`;
    where = `WHERE ${keyset.after(key, `${param(after.id)}::text`)}`;
  }
  return `SELECT * FROM (SELECT listed_row.*, ${KEY_SQL[order.field]} AS sort_key FROM visible listed_row) sorted ${where}
    ORDER BY ${keyset.orderBy} LIMIT ${limit + 1}`;
}

/** A listed row's cursor in the order: instants from the row itself, names from the key its row carried. */
export function orderedCursor(order: AssignmentOrder, row: RoleAssignment, sortKey: unknown): unknown[] {
  switch (order.field) {
    case RoleAssignmentOrderField.START_AT:
      // Stored schedules always start (the column is NOT NULL); the type allows null for other views of a schedule.
      return orderedKey(order, (row.startAt ?? new Date(0)).toISOString(), row.id);
    case RoleAssignmentOrderField.END_AT:
      return orderedKey(order, row.endAt ? row.endAt.toISOString() : null, row.id);
    default:
      return orderedKey(order, sortKey, row.id);
  }
}
