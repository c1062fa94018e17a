import { badInput, isUuid } from './errors';
import { isAcceptedInstant } from './instants';

/** Relay pagination without the transport: page sizes, typed opaque cursors, and the connection a list returns. */

export interface PageInfoShape {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfoShape;
  /** A number, or a lazy count (see `lazily`) that runs only when totalCount is asked for. */
  totalCount: number | PromiseLike<number>;
}

export const MAX_PAGE_SIZE = 100;
/**
 * The page a list returns when `first` is left out. The cost rule (cost.ts) counts a list without `first` at this size
 * too. A list with another default declares it as its `first` argument's default value in the schema: GraphQL hands
 * that to the resolver, and the cost rule reads it from there.
 */
export const DEFAULT_PAGE_SIZE = 25;

export function pageSize(first: number | null | undefined, defaultSize = DEFAULT_PAGE_SIZE): number {
  if (first === null || first === undefined) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/** Cursors are opaque: base64url of a JSON array of the sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * One part of a cursor's sort key, of a known kind. A cursor is opaque but comes back from the client, who may have
 * crafted it: each part is checked for its kind here, before it reaches SQL, so a crafted cursor is bad input and never
 * a database error (an id that is no UUID, an instant PostgreSQL cannot store).
 */
export interface CursorPart<T> {
  readonly kind: string;
  /** The part's value, or undefined when the raw JSON value is not of this kind. */
  decode(raw: unknown): T | undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function decodeTimestamp(raw: unknown): Date | undefined {
  if (typeof raw !== 'string' || !ISO_INSTANT.test(raw)) return undefined;
  const date = new Date(raw);
  // A date that does not exist (30 February) does not survive the round trip.
  return isAcceptedInstant(date) && date.toISOString() === raw ? date : undefined;
}
const SEQUENCE = /^(0|[1-9]\d{0,17})$/;
const MAX_TEXT = 1000;

export const cursorPart = {
  /** A row id. */
  uuid: { kind: 'uuid', decode: (raw) => (typeof raw === 'string' && isUuid(raw) ? raw.toLowerCase() : undefined) } satisfies CursorPart<string>,
  /** A listed row's id: a UUID, or UUIDs joined by ':' (an assignment listed once per member of a group). */
  compositeId: {
    kind: 'compositeId',
    decode: (raw) => (typeof raw === 'string' && raw.length <= 400 && raw.split(':').every(isUuid) ? raw.toLowerCase() : undefined),
  } satisfies CursorPart<string>,
  /** An instant as Date#toISOString writes it, within the instants the API accepts at all (the DateTime scalar's). */
  timestamp: {
    kind: 'timestamp',
    decode: decodeTimestamp,
  } satisfies CursorPart<Date>,
  /** An instant as `timestamp` writes it, or null (an open end, which sorts as the latest). */
  optionalTimestamp: {
    kind: 'optionalTimestamp',
    decode: (raw) => (raw === null ? null : decodeTimestamp(raw)),
  } satisfies CursorPart<Date | null>,
  /** A bigint sequence number in decimal (kept as text: it may exceed 2^53). */
  sequence: { kind: 'sequence', decode: (raw) => (typeof raw === 'string' && SEQUENCE.test(raw) ? raw : undefined) } satisfies CursorPart<string>,
  /** Sort text such as a display name. */
  text: {
    kind: 'text',
    decode: (raw) => (typeof raw === 'string' && raw.length <= MAX_TEXT && !raw.includes('\u0000') ? raw : undefined),
  } satisfies CursorPart<string>,
};

type Decoded<P extends readonly CursorPart<unknown>[]> = { -readonly [K in keyof P]: P[K] extends CursorPart<infer T> ? T : never };

/**
 * The sort key of `after`, typed by its parts (`decodeCursor(after, [cursorPart.timestamp, cursorPart.uuid])` gives
 * `[Date, string]`), or null when there is none. Anything that is not a cursor this list could have handed out is
 * refused with BAD_USER_INPUT.
 */
export function decodeCursor<const P extends readonly CursorPart<unknown>[]>(cursor: string | null | undefined, parts: P): Decoded<P> | null {
  if (cursor === null || cursor === undefined) return null;
  let key: unknown = null;
  try {
    key = cursor.length <= 4 * MAX_TEXT ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    // not JSON: refused below
  }
  if (Array.isArray(key) && key.length === parts.length) {
    const decoded = parts.map((part, index) => part.decode(key[index]));
    if (decoded.every((value) => value !== undefined)) return decoded as Decoded<P>;
  }
  throw badInput('after is not a cursor returned by this list.', 'after');
}

/**
 * A value computed only if GraphQL awaits it: a thenable that starts its work on `then`. Counting a whole list can cost
 * more than the page, so a connection's total is counted only when a query selects totalCount.
 */
export function lazily<T>(compute: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | null = null;
  return {
    then: (onFulfilled, onRejected) => (started ??= compute()).then(onFulfilled, onRejected),
  };
}

/** Builds a connection from rows fetched with one extra row (limit + 1) to learn whether another page exists. */
export function toConnection<T>(
  rows: T[],
  limit: number,
  totalCount: number | PromiseLike<number>,
  keyOf: (row: T, index: number) => unknown[],
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node, index) => ({ node, cursor: encodeCursor(keyOf(node, index)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
