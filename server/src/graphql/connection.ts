import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../lib/errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  /** A number, or a lazy count (see `lazily`) that runs only when totalCount is asked for. */
  totalCount: number | PromiseLike<number>;
}

/** Relay connection classes named `<Name>Connection` / `<Name>Edge`. */
export function Connection<T extends object>(name: string, nodeType: () => ClassType<T> | (abstract new (...args: never[]) => T)) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(nodeType)
    node: T;

    @Field(() => String)
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number | PromiseLike<number>;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, defaultSize = 25): number {
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

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid = (part: unknown) => part === null || (typeof part === 'string' && part.length <= 200 && !part.includes('\u0000'));
    if (Array.isArray(key) && key.length === arity && key.every(valid)) return key;
  } catch {
    // fall through to the error below
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
  keyOf: (row: T) => unknown[],
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
