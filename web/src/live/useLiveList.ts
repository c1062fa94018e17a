import type { ApolloClient, ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConnectionStatus } from '@/apollo/connection';
import { REFETCH, type Merge } from './listUpdates';

export { REFETCH, type Merge };

/** A subscription that keeps a list current: see `liveFeed`. */
export interface LiveFeed<TData> {
  /** The document and variables, to tell when the subscription must be made again */
  readonly key: string;
  /** Subscribes: each event comes as a fold of the cached list, each error (or its end, null) as it happens */
  listen(client: ApolloClient, on: LiveFeedListener<TData>): { unsubscribe(): void };
}

interface LiveFeedListener<TData> {
  event: (fold: (current: TData) => TData | typeof REFETCH) => void;
  error: (error: ErrorLike | null) => void;
}

/** A number per subscription document (documents are module constants), for LiveFeed.key. */
const documentIds = new WeakMap<object, number>();
let lastDocumentId = 0;
function documentKey(document: object): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    id = ++lastDocumentId;
    documentIds.set(document, id);
  }
  return id;
}

/**
 * A subscription that feeds a list (the options of `client.subscribe`), and how its events fold into it (`merge`;
 * without one every event refetches). Apollo Client shares one server subscription among every listener of the same
 * document and variables, so views that listen to the same feed (src/live/feeds.ts) cost the server one subscription.
 */
export function liveFeed<TData, TEvent, TEventVariables extends OperationVariables>(
  subscription: ApolloClient.SubscribeOptions<TEvent, TEventVariables>,
  merge?: Merge<TData, TEvent>,
): LiveFeed<TData> {
  return {
    key: `${documentKey(subscription.query)}:${JSON.stringify(subscription.variables ?? {})}`,
    listen(client, on) {
      return client.subscribe(subscription).subscribe({
        next: (result) => {
          if (result.error) return on.error(result.error);
          on.error(null);
          const event = result.data;
          if (event) on.event((current) => (merge ? merge(current, event) : REFETCH));
        },
        error: (error: unknown) => on.error(error instanceof Error ? error : new Error(String(error))),
      });
    },
  };
}

/**
 * One refetch at a time: asked again while one runs, it runs once more after it (what changed meanwhile), however
 * many times it was asked. With `waitMs`, each run starts that long after it was first asked, so a burst of events
 * (one change seen by several feeds, a bulk decision) is one refetch.
 */
function useCoalescedRefetch(refetch: () => Promise<unknown>, waitMs = 0): () => void {
  const latest = useRef(refetch);
  latest.current = refetch;
  const state = useRef({ running: false, again: false });
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => {
    const current = state.current;
    if (current.running) {
      current.again = true;
      return;
    }
    current.running = true;
    const run = (): void => {
      // Unmounted while it waited: nothing to refetch for.
      if (!mounted.current) {
        current.running = false;
        current.again = false;
        return;
      }
      void latest
        .current()
        .catch(() => undefined)
        .finally(() => {
          if (!current.again) {
            current.running = false;
            return;
          }
          current.again = false;
          later();
        });
    };
    const later = () => (waitMs > 0 ? setTimeout(run, waitMs) : run());
    later();
  }, [waitMs]);
}

/** Runs `refetch` when the subscription socket comes back after a drop: the events missed meanwhile are in the answer. */
function useRefetchOnReconnect(refetch: () => void): void {
  const status = useConnectionStatus();
  const previous = useRef(status);
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (status === 'connected' && previous.current === 'reconnecting') latest.current();
    previous.current = status;
  }, [status]);
}

/**
 * A query kept current by subscriptions: the list, then each feed's events folded into the cached answer (or a
 * refetch where a merge cannot tell), and a refetch when the socket reconnects after a drop. Returns useQuery's result
 * and `liveError`, the last error of a feed (null while they deliver). `refetchWaitMs`: how long a refetch waits for the
 * rest of a burst (see useCoalescedRefetch).
 */
export function useLiveList<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  options: useQuery.Options<TData, TVariables>,
  feeds: readonly LiveFeed<TData>[],
  { refetchWaitMs = 0 }: { refetchWaitMs?: number } = {},
) {
  const client = useApolloClient();
  const result = useQuery(query, options);
  const [liveError, setLiveError] = useState<ErrorLike | null>(null);
  const refetch = useCoalescedRefetch(result.refetch, refetchWaitMs);
  const latest = useRef({ feeds, updateQuery: result.updateQuery, refetch });
  latest.current = { feeds, updateQuery: result.updateQuery, refetch };

  const feedKeys = feeds.map((feed) => feed.key).join('|');
  useEffect(() => {
    const subscriptions = latest.current.feeds.map((feed) =>
      feed.listen(client, {
        error: setLiveError,
        event: (fold) => {
          let refetchInstead = false as boolean;
          latest.current.updateQuery((_, { complete, previousData }) => {
            // Nothing complete cached yet (the first answer is on its way): that answer may predate the event.
            if (!complete) {
              refetchInstead = true;
              return undefined;
            }
            const next = fold(previousData);
            if (next === REFETCH) {
              refetchInstead = true;
              return undefined;
            }
            return next === previousData ? undefined : next;
          });
          if (refetchInstead) latest.current.refetch();
        },
      }),
    );
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
    // The feeds are made anew on every render; their keys say when they really change.
  }, [client, feedKeys]);

  useRefetchOnReconnect(refetch);
  return { ...result, liveError };
}
