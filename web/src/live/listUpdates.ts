/**
 * Folding a live event into a cached list: the pure half of useLiveList. A list is a GraphQL connection whose edges
 * select only `node` (no cursor: an edge made here could not have one). Every function returns the connection itself
 * when nothing changes, so the caller can tell "nothing to write" from a new list.
 */

/** What a merge answers when only the server can say what the list is now. */
export const REFETCH = 'refetch';

/**
 * Folds one event into the list as the cache holds it: the new data (the same object when the event changes nothing
 * here), or REFETCH. The payload was already written to the cache before this runs, so a row that is normalised by id
 * is up to date by then; what is left is rows arriving, leaving, or not normalised.
 */
export type Merge<TData, TEvent> = (current: TData, event: TEvent) => TData | typeof REFETCH;

export interface ConnectionLike {
  __typename: string;
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean };
  edges: ReadonlyArray<{ __typename: string; node: unknown; cursor?: never }>;
}

export type NodeOf<C extends ConnectionLike> = C['edges'][number]['node'];

export interface ListOrder<N> {
  /** What tells two rows apart (an id; for rows without one, what makes them one) */
  key: (node: N) => string;
  /** The list's order, as the server sorts it: negative when `a` comes first. Without it a new row goes on top. */
  compare?: (a: N, b: N) => number;
  /** The most rows to keep, as the query's `first` would: those past it fall off the end */
  limit?: number;
}

/** Whether the server holds rows past the last one listed: a new row sorting after them belongs to a later page. */
function hasMore(connection: ConnectionLike): boolean {
  if (connection.pageInfo?.hasNextPage) return true;
  return connection.totalCount !== undefined && connection.totalCount > connection.edges.length;
}

function edgeTypename(connection: ConnectionLike): string {
  return connection.edges[0]?.__typename ?? connection.__typename.replace(/Connection$/, 'Edge');
}

/**
 * The list with `node` in it: replacing the row with the same key where it is, or inserted where the order puts it
 * (counted in `totalCount`). A new row that sorts past the end of a list with more pages is only counted.
 */
export function upsertNode<C extends ConnectionLike>(connection: C, node: NodeOf<C>, order: ListOrder<NodeOf<C>>): C {
  const key = order.key(node);
  const edges = [...connection.edges];
  const at = edges.findIndex((edge) => order.key(edge.node) === key);
  if (at >= 0) {
    if (edges[at].node === node) return connection;
    edges[at] = { ...edges[at], node };
    return { ...connection, edges };
  }
  const compare = order.compare;
  const position = compare ? edges.findIndex((edge) => compare(node, edge.node) < 0) : 0;
  const totalCount = connection.totalCount === undefined ? undefined : connection.totalCount + 1;
  if (position === -1 && hasMore(connection)) return totalCount === undefined ? connection : { ...connection, totalCount };
  // An edge is its typename and its node (ConnectionLike rules out a cursor), so this one is whole.
  const edge = { __typename: edgeTypename(connection), node } as C['edges'][number];
  edges.splice(position === -1 ? edges.length : position, 0, edge);
  if (order.limit !== undefined && edges.length > order.limit) edges.length = order.limit;
  return { ...connection, edges, ...(totalCount === undefined ? {} : { totalCount }) };
}

/** The list without the row of `key` (and one fewer in `totalCount`); the same list when it was not there. */
export function removeNode<C extends ConnectionLike>(connection: C, key: string, keyOf: (node: NodeOf<C>) => string): C {
  const edges = connection.edges.filter((edge) => keyOf(edge.node) !== key);
  if (edges.length === connection.edges.length) return connection;
  const totalCount = connection.totalCount === undefined ? undefined : Math.max(0, connection.totalCount - (connection.edges.length - edges.length));
  return { ...connection, edges, ...(totalCount === undefined ? {} : { totalCount }) };
}

/** Newest first by an ISO-8601 instant, then by key, descending (the server's `ORDER BY created_at DESC, id DESC`). */
export function newestFirst<N>(instant: (node: N) => string, key: (node: N) => string): (a: N, b: N) => number {
  return (a, b) => {
    const byTime = Date.parse(instant(b)) - Date.parse(instant(a));
    if (byTime !== 0) return byTime;
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? 0 : ka < kb ? 1 : -1;
  };
}

/** The server's `ORDER BY id` for ids compared as text. */
export function byKey<N>(key: (node: N) => string): (a: N, b: N) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? 0 : ka < kb ? -1 : 1;
  };
}

/** `data` with `field` updated; `data` itself when the update changes nothing. */
export function updateField<T, K extends keyof T>(data: T, field: K, update: (value: T[K]) => T[K]): T {
  const next = update(data[field]);
  return next === data[field] ? data : { ...data, [field]: next };
}
